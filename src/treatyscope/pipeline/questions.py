"""Atomic questions put by committee members (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("questions", requires=("turns", "participants", "sentences"), assigns=("questions",))
def questions(review: Review, options: AnalyzeOptions) -> Review:
    """Atomic questions put by committee members."""
    return review
