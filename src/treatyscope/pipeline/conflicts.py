"""Contradictions between numeric claims (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("conflicts", requires=("claims",), assigns=("conflicts",))
def conflicts(review: Review, options: AnalyzeOptions) -> Review:
    """Contradictions between numeric claims."""
    return review
