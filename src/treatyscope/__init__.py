"""treatyscope: UN human-rights treaty-body dialogues as structured, checkable review records.

    >>> import treatyscope
    >>> review = treatyscope.analyze("examples/cmw-kyrgyzstan-2023-press-release.txt")
    >>> review.metadata.committee_code
    'CMW'
"""

from __future__ import annotations

from treatyscope.analyze import analyze
from treatyscope.errors import (
    BinaryInput,
    EmptyDocument,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    MalformedDocument,
    NotAFile,
    OptionsError,
    TreatyscopeError,
    UnsupportedFormat,
)
from treatyscope.model import (
    AnswerLink,
    Claim,
    Commitment,
    Conflict,
    DocumentSymbol,
    Metadata,
    NextMeeting,
    Notice,
    Participant,
    Question,
    Report,
    Review,
    Section,
    Session,
    Source,
    Span,
    TopicTag,
    Turn,
)
from treatyscope.options import AnalyzeOptions

__version__ = "0.1.0"

__all__ = [
    "AnalyzeOptions",
    "AnswerLink",
    "BinaryInput",
    "Claim",
    "Commitment",
    "Conflict",
    "DocumentSymbol",
    "EmptyDocument",
    "FetchError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "MalformedDocument",
    "Metadata",
    "NextMeeting",
    "NotAFile",
    "Notice",
    "OptionsError",
    "Participant",
    "Question",
    "Report",
    "Review",
    "Section",
    "Session",
    "Source",
    "Span",
    "TopicTag",
    "TreatyscopeError",
    "Turn",
    "UnsupportedFormat",
    "analyze",
]
