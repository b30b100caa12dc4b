"""Topic tags from the taxonomy (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("topics", requires=("questions", "claims", "commitments"), assigns=("topics",))
def topics(review: Review, options: AnalyzeOptions) -> Review:
    """Topic tags from the taxonomy."""
    return review
