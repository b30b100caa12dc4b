"""Renderings of a review's questions and answer links: Markdown, a text list, CSV, JSON.

The Markdown section groups questions by asker, each with its status and the answering
sentences quoted; ``treatyscope analyze --format md`` appends it to the report.  The text,
CSV and JSON forms serve ``treatyscope questions``.  Renderers only read the review.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

from treatyscope.codec import encode
from treatyscope.errors import OptionsError
from treatyscope.model import AnswerLink, Question, Review
from treatyscope.textutil import strip_accents

STATUSES = ("answered", "partial", "not_answered")
STATUS_LABELS = {"answered": "answered", "partial": "partly answered",
                 "not_answered": "not answered"}
CSV_COLUMNS = ("id", "asker", "asker_name", "form", "status", "confidence", "text",
               "mention_start", "mention_end", "answer_spans", "answer_text")


# ------------------------------------------------------------------ selection
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name ("Ünver" -> "unver")."""
    return strip_accents(text).casefold()


def answer_of(review: Review, question: Question) -> AnswerLink | None:
    """The answer link of ``question``, or None when answers were not computed."""
    return next((a for a in review.answers if a.question == question.id), None)


def status_of(review: Review, question: Question) -> str:
    """The question's status; "not_answered" when it has no answer link."""
    link = answer_of(review, question)
    return link.status if link else "not_answered"


def asker_ids(review: Review, asker: str) -> set[str]:
    """Participant ids matching ``asker``: an id ("p3") or part of a name or label.

    RAISES: OptionsError when no participant matches.
    """
    key = fold(asker)
    found = {p.id for p in review.participants
             if p.id == asker or key in fold(p.label) or (p.name and key in fold(p.name))}
    if not found:
        known = ", ".join(f"{p.id} ({p.label})" for p in review.participants) or "none"
        raise OptionsError(f"no participant matches --asker {asker!r}; known: {known}")
    return found


def select_questions(review: Review, *, status: str | None = None,
                     asker: str | None = None) -> list[Question]:
    """The review's questions, filtered by answer status and by asker."""
    if status is not None and status not in STATUSES:
        raise OptionsError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    wanted = asker_ids(review, asker) if asker else None
    return [q for q in review.questions
            if (status is None or status_of(review, q) == status)
            and (wanted is None or q.asker in wanted)]


def asker_label(review: Review, question: Question) -> str:
    """The asker's display label ("?" when unknown)."""
    who = review.participant(question.asker)
    return who.label if who else "?"


def answer_sentences(review: Review, question: Question) -> list[str]:
    """The delegation sentences linked to ``question``, as text."""
    link = answer_of(review, question)
    return [s.slice(review.text) for s in link.spans] if link else []


# ------------------------------------------------------------------ markdown
def _md_escape(text: str) -> str:
    from treatyscope.export.markdown import md_escape

    return md_escape(text)


def render_questions_markdown(review: Review) -> str:
    """A Markdown section: questions grouped by asker, with status and quoted answers."""
    if not review.questions:
        return ""
    counts = {s: sum(status_of(review, q) == s for q in review.questions) for s in STATUSES}
    summary = ", ".join(f"{counts[s]} {STATUS_LABELS[s]}" for s in STATUSES)
    lines = ["## Questions and answers", "",
             f"{len(review.questions)} questions: {summary}.", ""]
    for pid in dict.fromkeys(q.asker for q in review.questions):
        asked = [q for q in review.questions if q.asker == pid]
        lines += [f"### {_md_escape(asker_label(review, asked[0]))}", ""]
        for q in asked:
            lines += _markdown_item(review, q)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _markdown_item(review: Review, question: Question) -> list[str]:
    status = status_of(review, question)
    link = answer_of(review, question)
    confidence = f", confidence {link.confidence:.2f}" if link else ""
    out = [f"- **{question.id}** ({question.form}) {_md_escape(question.text)}  ",
           f"  *{STATUS_LABELS[status]}*{confidence}"]
    for sentence in answer_sentences(review, question):
        out.append(f"  > {_md_escape(sentence)}")
    return out


# ------------------------------------------------------------------ text, csv, json
def render_questions_text(review: Review, questions: Sequence[Question] | None = None) -> str:
    """One block per question: id, status, asker and text, then the answering sentences."""
    chosen = list(review.questions if questions is None else questions)
    out = [f"{len(chosen)} of {len(review.questions)} questions"]
    for q in chosen:
        out.append(f"{q.id:5} {status_of(review, q):13} {asker_label(review, q)}: {q.text}")
        out += [f"      > {s}" for s in answer_sentences(review, q)]
    return "\n".join(out) + "\n"


def question_rows(review: Review, questions: Sequence[Question] | None = None) -> list[dict[str, str]]:
    """One flat row per question (the CSV columns)."""
    rows = []
    for q in review.questions if questions is None else questions:
        link = answer_of(review, q)
        spans = link.spans if link else ()
        rows.append({
            "id": q.id, "asker": q.asker or "", "asker_name": asker_label(review, q),
            "form": q.form, "status": status_of(review, q),
            "confidence": f"{link.confidence:.3f}" if link else "",
            "text": q.text, "mention_start": str(q.mentions[0].start),
            "mention_end": str(q.mentions[0].end),
            "answer_spans": ";".join(f"{s.start}-{s.end}" for s in spans),
            "answer_text": " | ".join(s.slice(review.text) for s in spans),
        })
    return rows


def render_questions_csv(review: Review, questions: Sequence[Question] | None = None) -> str:
    """The question rows as CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(question_rows(review, questions))
    return buffer.getvalue()


def render_questions_json(review: Review, questions: Sequence[Question] | None = None) -> str:
    """``questions`` and their ``answers`` in the review interchange format."""
    chosen = list(review.questions if questions is None else questions)
    ids = {q.id for q in chosen}
    data = {"document": review.source.origin,
            "questions": encode(chosen),
            "answers": encode([a for a in review.answers if a.question in ids])}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


#: ``treatyscope questions --format`` name -> renderer.
QUESTION_RENDERERS: dict[str, Callable[[Review, Sequence[Question] | None], str]] = {
    "text": render_questions_text,
    "json": render_questions_json,
    "csv": render_questions_csv,
}
