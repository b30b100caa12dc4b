"""Delegation statements of future action (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("commitments", requires=("turns", "sentences", "metadata"), assigns=("commitments",))
def commitments(review: Review, options: AnalyzeOptions) -> Review:
    """Delegation statements of future action."""
    return review
