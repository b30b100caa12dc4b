"""Link each question to the delegation statements that answer it (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("answers", requires=("questions", "turns", "sentences"), assigns=("answers",))
def answers(review: Review, options: AnalyzeOptions) -> Review:
    """Link each question to the delegation statements that answer it."""
    return review
