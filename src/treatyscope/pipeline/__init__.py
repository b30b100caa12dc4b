"""The analysis pipeline: one module per stage, run in :data:`DEFAULT_STAGES` order.

Importing this package registers every built-in stage in :data:`registry.STAGES`.
"""

from __future__ import annotations

from treatyscope.pipeline import (  # noqa: F401  (imported to register the stages)
    answers,
    claims,
    clean,
    commitments,
    conflicts,
    detect,
    metadata,
    participants,
    questions,
    sections,
    sentences,
    topics,
    turns,
)
from treatyscope.pipeline.registry import STAGES, check_order, run_stages, stage

#: The order :func:`treatyscope.analyze` runs the stages in.
DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "detect",
    "sections",
    "sentences",
    "participants",
    "turns",
    "metadata",
    "questions",
    "answers",
    "claims",
    "conflicts",
    "commitments",
    "topics",
)

__all__ = ["DEFAULT_STAGES", "STAGES", "check_order", "run_stages", "stage"]
