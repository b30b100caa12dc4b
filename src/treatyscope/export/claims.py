"""Renderings of a review's figures and commitments: Markdown, a text list, CSV, JSON.

The Markdown form (a figures table with contradictions marked, then the commitments) is
appended to ``treatyscope analyze --format md``; the text, CSV and JSON forms serve
``treatyscope claims``.  Renderers only read the review.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

from treatyscope.codec import encode
from treatyscope.model import Claim, Conflict, Review, Value

CSV_COLUMNS = ("id", "value", "value_max", "unit", "qualifier", "year", "year_basis", "subject",
               "speaker", "speaker_name", "duplicate_of", "conflicts", "text", "start", "end",
               "sentence")
_SCALES = ((1e9, "billion"), (1e6, "million"))


def format_number(x: float) -> str:
    """2.76e9 -> '2.76 billion', 1200 -> '1,200', 84.5 -> '84.5'."""
    for scale, word in _SCALES:
        if abs(x) >= scale and (x / scale) == round(x / scale, 3):
            return f"{x / scale:g} {word}"
    return f"{x:,.0f}" if x == int(x) else f"{x:g}"


def format_value(value: Value, unit: str | None = None) -> str:
    """A claim's value for people: '6–12', '60%', '2.5 billion'."""
    text = (f"{format_number(value[0])}–{format_number(value[1])}" if isinstance(value, tuple)
            else format_number(value))
    return f"{text}%" if unit == "percent" else text


def select_claims(review: Review, *, restatements: bool = False) -> list[Claim]:
    """The claims to show: canonical ones, and restatements too if asked."""
    return [c for c in review.claims if restatements or c.duplicate_of is None]


def conflicts_of(review: Review, claim: Claim) -> list[Conflict]:
    """The conflicts a claim takes part in."""
    return [k for k in review.conflicts if claim.id in k.claims]


def _speaker(review: Review, claim: Claim) -> str:
    who = review.participant(claim.speaker)
    return who.label if who else ""


def _conflict_mark(review: Review, claim: Claim) -> str:
    marks = [f"{k.strength} conflict with {', '.join(x for x in k.claims if x != claim.id)}"
             for k in conflicts_of(review, claim)]
    return "; ".join(marks)


# ------------------------------------------------------------------ Markdown
#: Characters of the sentence shown on each side of a figure in the Markdown table.
CONTEXT_CHARS = 60


def in_context(review: Review, claim: Claim) -> str:
    """The claim's words in bold inside a window of its sentence, Markdown-escaped, so a
    reader can check the figure against what was said."""
    from treatyscope.export.markdown import md_escape

    text, sent = review.text, claim.sentence_span
    start = max(sent.start, claim.span.start - CONTEXT_CHARS)
    end = min(sent.end, claim.span.end + CONTEXT_CHARS)
    before = ("…" if start > sent.start else "") + text[start : claim.span.start]
    after = text[claim.span.end : end] + ("…" if end < sent.end else "")
    return f"{md_escape(before)}**{md_escape(claim.span.slice(text))}**{md_escape(after)}"


def render_claims_markdown(review: Review) -> str:
    """A "Figures" table (contradictions marked ⚠) and a "Commitments" list."""
    from treatyscope.export.markdown import md_escape

    lines = ["## Figures", ""]
    shown = select_claims(review)
    if shown:
        lines += ["| id | value | unit | year | in context | speaker | check |",
                  "|---|---|---|---|---|---|---|"]
    for c in shown:
        qual = f"{c.qualifier} " if c.qualifier else ""
        mark = _conflict_mark(review, c)
        lines.append(f"| {c.id} | {md_escape(qual + format_value(c.value, c.unit))} | "
                     f"{md_escape(c.unit or '')} | {c.year or ''} | {in_context(review, c)} | "
                     f"{md_escape(_speaker(review, c))} | {'⚠ ' + md_escape(mark) if mark else ''} |")
    if not shown:
        lines.append("No figures found.")
    if review.conflicts:
        lines += ["", "Contradictions:", ""]
        lines += [f"- ⚠ **{k.strength}** ({k.confidence:.2f}): {md_escape(k.note)}" for k in review.conflicts]
    lines += ["", "## Commitments", ""]
    for k in review.commitments:
        when = f" ({md_escape(k.when_text)})" if k.when_text else ""
        actor = f"**{md_escape(k.actor)}**{when}: " if k.actor else ""
        lines.append(f"- {actor}{md_escape(k.span.slice(review.text))} `{k.id}`")
    if not review.commitments:
        lines.append("No commitments found.")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ text, CSV, JSON
def render_claims_text(review: Review, claims: Sequence[Claim]) -> str:
    """One line per claim, then the contradictions and commitments."""
    out = [f"Figures ({len(claims)}):"]
    for c in claims:
        qual = f"{c.qualifier} " if c.qualifier else ""
        year = f" [{c.year}]" if c.year else ""
        dup = f" (= {c.duplicate_of})" if c.duplicate_of else ""
        mark = _conflict_mark(review, c)
        unit = "" if c.unit in (None, "percent") else f" {c.unit}"
        out.append(f"  {c.id:5} {qual}{format_value(c.value, c.unit)}{unit}{year}{dup}"
                   f" — {c.subject} — {_speaker(review, c) or 'narrator'}"
                   + (f"  ⚠ {mark}" if mark else ""))
    if review.conflicts:
        out += ["", f"Contradictions ({len(review.conflicts)}):"]
        out += [f"  {k.strength:4} {k.confidence:.2f}  {k.note}" for k in review.conflicts]
    out += ["", f"Commitments ({len(review.commitments)}):"]
    for k in review.commitments:
        when = f" ({k.when_text})" if k.when_text else ""
        out.append(f"  {k.id:4} {k.actor or '?'}{when}: {k.span.slice(review.text)}")
    return "\n".join(out) + "\n"


def claim_row(review: Review, c: Claim) -> dict[str, object]:
    """One CSV row of a claim (see :data:`CSV_COLUMNS`)."""
    low, high = c.value if isinstance(c.value, tuple) else (c.value, None)
    return {  # integral values are written without ".0"
        "id": c.id, "value": _plain(low), "value_max": None if high is None else _plain(high), "unit": c.unit, "qualifier": c.qualifier,
        "year": c.year, "year_basis": c.year_basis, "subject": c.subject, "speaker": c.speaker,
        "speaker_name": _speaker(review, c), "duplicate_of": c.duplicate_of,
        "conflicts": " ".join(x for k in conflicts_of(review, c) for x in k.claims if x != c.id),
        "text": c.text, "start": c.span.start, "end": c.span.end,
        "sentence": c.sentence_span.slice(review.text),
    }


def _plain(x: float) -> float | int:
    return int(x) if x == int(x) else x


def render_claims_csv(review: Review, claims: Sequence[Claim]) -> str:
    """The claims as CSV with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in claims:
        writer.writerow(claim_row(review, c))
    return buffer.getvalue()


def render_claims_json(review: Review, claims: Sequence[Claim]) -> str:
    """The claims, the conflicts among them and the commitments, as JSON."""
    ids = {c.id for c in claims}
    data = {
        "document": review.source.origin,
        "claims": encode(list(claims)),
        "conflicts": encode([k for k in review.conflicts if set(k.claims) <= ids]),
        "commitments": encode(list(review.commitments)),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


#: Output format of ``treatyscope claims`` -> renderer.
CLAIM_RENDERERS: dict[str, Callable[[Review, Sequence[Claim]], str]] = {
    "text": render_claims_text,
    "json": render_claims_json,
    "csv": render_claims_csv,
}
