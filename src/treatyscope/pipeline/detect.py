"""Detect the document's format and language (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("detect", requires=("boilerplate",), assigns=("source.format", "source.language"))
def detect(review: Review, options: AnalyzeOptions) -> Review:
    """Detect the document's format and language."""
    return review
