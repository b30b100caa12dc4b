"""Acceptance: a PDF built from the bundled sample analyzes like the text itself.

The PDF has the sample's paragraphs (the sample is one long line, so one paragraph that runs
over several pages), a running header and page numbers.  Questions, claims, participants and
sections must come out the same from both.
"""

from __future__ import annotations

import pytest
from pdf_builder import build_pdf, printable

import treatyscope
from conftest import EXAMPLE
from treatyscope.model import Review


@pytest.fixture(scope="module")
def reviews() -> tuple[Review, Review]:
    """(review of the text, review of the PDF built from it)."""
    text = printable(EXAMPLE.read_text(encoding="utf-8"))
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    pdf = build_pdf(paragraphs, header="CMW/C/KGZ/2 - review", footer="Page {page}")
    return treatyscope.analyze(text), treatyscope.analyze(pdf)


def test_the_pdf_is_read_as_pdf(reviews: tuple[Review, Review]) -> None:
    _, from_pdf = reviews
    assert from_pdf.source.media_type == "application/pdf"
    assert "CMW/C/KGZ/2 - review" not in from_pdf.text
    assert "Page " not in from_pdf.text


def test_same_questions(reviews: tuple[Review, Review]) -> None:
    from_text, from_pdf = reviews
    assert [(q.text, q.form) for q in from_pdf.questions] == [
        (q.text, q.form) for q in from_text.questions
    ]


def test_same_claims(reviews: tuple[Review, Review]) -> None:
    from_text, from_pdf = reviews
    assert [(c.value, c.unit) for c in from_pdf.claims] == [
        (c.value, c.unit) for c in from_text.claims
    ]


def test_same_participants_and_sections(reviews: tuple[Review, Review]) -> None:
    from_text, from_pdf = reviews
    assert [p.name for p in from_pdf.participants] == [p.name for p in from_text.participants]
    assert [s.kind for s in from_pdf.sections] == [s.kind for s in from_text.sections]


def test_same_format_and_language(reviews: tuple[Review, Review]) -> None:
    from_text, from_pdf = reviews
    assert (from_pdf.source.format, from_pdf.source.language) == (
        from_text.source.format,
        from_text.source.language,
    )
