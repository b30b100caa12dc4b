"""Numeric claims (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("claims", requires=("turns", "sentences", "metadata"), assigns=("claims",))
def claims(review: Review, options: AnalyzeOptions) -> Review:
    """Numeric claims."""
    return review
