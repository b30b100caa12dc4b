"""The review record: frozen dataclasses whose every item points into one source text.

The :class:`Review` owns the text (``review.source.text``); every other item holds
:class:`Span` offsets into it, never a copied substring alone.  Pipeline stages never
mutate a review: each returns a new one with :func:`dataclasses.replace`.

Equality is field equality, as for any dataclass.  The JSON form of a review is the
review interchange format of ``shared/gold/README.md`` (see :mod:`treatyscope.codec`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "treatyscope.review/1"

Side = Literal["committee", "state", "other"]
SectionKind = Literal[
    "summary",
    "title",
    "header",
    "agenda",
    "report",
    "presentation",
    "statements",
    "questions",
    "responses",
    "dialogue",
    "concluding_remarks",
    "boilerplate",
]
QuestionForm = Literal["direct", "indirect"]
AnswerStatus = Literal["answered", "partial", "not_answered"]
ConflictStrength = Literal["hard", "soft"]
Value = float | tuple[float, float]


def help_(text: str) -> Any:
    """Field metadata carrying the documentation of a field (used by the JSON Schema)."""
    return {"help": text}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the review's source text.

    Spans order by start, then end.  A span never starts or ends on whitespace.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` that this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True if ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Notice:
    """A coded warning: something the analyzer looked for and could not decide or find."""

    code: str = field(metadata=help_("stable code, e.g. W101"))
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """The input after ingest: the text every span points into, and where it came from."""

    text: str = field(metadata=help_("the source text; for HTML and PDF the extracted text"))
    origin: str = field(metadata=help_("path, URL or '<string>'"))
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    sha256: str = field(default="", metadata=help_("sha256 of the input bytes"))
    format: str = field(
        default="unknown",
        metadata=help_("unis-press-release, unis-meeting-summary, summary-record, ..."),
    )
    language: str | None = field(default=None, metadata=help_("ISO 639-1 code of the text"))

    @property
    def length(self) -> int:
        """Length of the text in code points."""
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the document: the lede, a heading and what follows it, or boilerplate."""

    kind: SectionKind
    span: Span
    heading_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """A speaker: a named person, an anonymous role ("A Committee Expert") or the narrator.

    ``mentions`` are the explicit names and noun phrases that refer to this participant.
    """

    id: str
    name: str | None
    label: str
    side: Side
    roles: tuple[str, ...] = ()
    title: str | None = None
    head_of_delegation: bool = False
    country: str | None = field(default=None, metadata=help_("State a delegate speaks for"))
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Turn:
    """A contiguous stretch of text attributed to one participant."""

    id: str
    participant: str
    section: int = field(metadata=help_("index into sections"))
    span: Span
    attribution: Span | None = field(
        default=None, metadata=help_("the phrase that names the speaker, if any")
    )


@dataclass(frozen=True, slots=True)
class Report:
    """The report under review."""

    type: Literal["initial", "periodic"] | None = None
    ordinal: int | tuple[int, ...] | None = None
    symbol: str | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """The committee session, e.g. the thirty-seventh."""

    ordinal: int | None = None
    text: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """What the committee does next, when the text says so."""

    state_party: str | None = None
    state_party_code: str | None = None
    report_symbol: str | None = None
    report_type: str | None = None
    when_text: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class DocumentSymbol:
    """A UN document symbol parsed into its parts (``CMW/C/KGZ/2`` -> CMW, KGZ, report, 2)."""

    symbol: str
    span: Span
    body: str | None = None
    country: str | None = field(default=None, metadata=help_("ISO 3166-1 alpha-3"))
    doc_type: str | None = field(
        default=None,
        metadata=help_(
            "report, additional_information, list_of_issues, list_of_issues_prior, replies, "
            "concluding_observations, "
            "summary_record, general_comment, other"
        ),
    )
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """Who reviewed whom, on which report, when."""

    committee: str | None = None
    committee_code: str | None = None
    treaty: str | None = None
    state_party: str | None = None
    state_party_code: str | None = None
    report: Report | None = None
    session: Session | None = None
    date: str | None = field(default=None, metadata=help_("ISO date stated in the text"))
    meeting: str | None = field(default=None, metadata=help_("meeting number, summary records"))
    next_meeting: NextMeeting | None = None
    delegation_composition: tuple[str, ...] = ()
    delegation_composition_spans: tuple[Span, ...] = ()
    document_symbols: tuple[str, ...] = ()
    document_symbol_spans: tuple[Span, ...] = ()
    symbols: tuple[DocumentSymbol, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """One atomic question put by a committee member."""

    id: str
    asker: str | None
    mentions: tuple[Span, ...] = field(metadata=help_("canonical mention first"))
    form: QuestionForm = "direct"
    text: str = field(default="", metadata=help_("normalised, self-contained wording"))
    turn: str | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AnswerLink:
    """The delegation statements that respond to one question, and a status."""

    question: str
    status: AnswerStatus
    spans: tuple[Span, ...] = ()
    confidence: float = 0.0
    evidence: dict[str, Any] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative statement of fact."""

    id: str
    span: Span = field(metadata=help_("the numeral and its unit or counted noun"))
    sentence_span: Span
    value: Value
    unit: str | None = None
    year: int | None = None
    subject: str = ""
    speaker: str | None = None
    duplicate_of: str | None = None
    qualifier: str | None = None
    text: str = ""
    year_basis: str | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims about the same subject and period whose values disagree."""

    claims: tuple[str, ...]
    strength: ConflictStrength
    note: str = ""
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Commitment:
    """A delegation statement of future action."""

    id: str
    span: Span
    actor: str | None = None
    cue: str = ""
    when_text: str | None = None
    year: int | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TopicTag:
    """A taxonomy entry assigned to an item of the review."""

    topic: str = field(metadata=help_("taxonomy id, e.g. theme:children or sdg:8"))
    label: str
    item: str = field(metadata=help_("id of the tagged question, claim, commitment or turn"))
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """The review record of one meeting text."""

    source: Source
    notices: tuple[Notice, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    sections: tuple[Section, ...] = ()
    sentences: tuple[Span, ...] = ()
    participants: tuple[Participant, ...] = ()
    turns: tuple[Turn, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    questions: tuple[Question, ...] = ()
    answers: tuple[AnswerLink, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    topics: tuple[TopicTag, ...] = ()

    @property
    def text(self) -> str:
        """The source text that every span indexes."""
        return self.source.text

    def participant(self, pid: str | None) -> Participant | None:
        """The participant with id ``pid``, or None."""
        return next((p for p in self.participants if p.id == pid), None)

    def turn_at(self, offset: int) -> Turn | None:
        """The turn that contains ``offset``, or None."""
        return next((t for t in self.turns if t.span.start <= offset < t.span.end), None)

    def section_at(self, offset: int) -> int | None:
        """Index of the section that contains ``offset``, or None."""
        for i, s in enumerate(self.sections):
            if s.span.start <= offset <= s.span.end:
                return i
        return None

    def to_json(self) -> dict[str, Any]:
        """The review as a JSON-ready dict in the review interchange format."""
        from treatyscope.codec import review_to_json

        return review_to_json(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Review:
        """Rebuild a review from :meth:`to_json` output."""
        from treatyscope.codec import review_from_json

        return review_from_json(data)
