"""Review metadata: committee, State party, report, session, date, next meeting, symbols (placeholder: the stage is registered so the pipeline order is fixed; it changes nothing yet)."""

from __future__ import annotations

from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@stage("metadata", requires=("sections", "sentences", "participants"), assigns=("metadata",))
def metadata(review: Review, options: AnalyzeOptions) -> Review:
    """Review metadata: committee, State party, report, session, date, next meeting, symbols."""
    return review
