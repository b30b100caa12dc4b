"""Renderers of questions and answers: Markdown grouped by asker, text, CSV, JSON, filters."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import analyze_text
from treatyscope.errors import OptionsError
from treatyscope.export import render_markdown
from treatyscope.export.questions import (
    CSV_COLUMNS,
    render_questions_csv,
    render_questions_json,
    render_questions_markdown,
    render_questions_text,
    select_questions,
)
from treatyscope.model import Review

TEXT = """Questions by Committee Experts
ANA LÓPEZ, Committee Expert and Country Rapporteur, said detention was a concern. How many migrants were held in detention centres? Was there a law on domestic workers?
A Committee Expert asked about the voting rights of citizens living abroad.
Responses by the Delegation
The delegation said 1,200 migrants were held in three detention centres in 2023. Citizens abroad could vote in consulates during elections. The domestic economy had grown.
"""


@pytest.fixture(scope="module")
def review() -> Review:
    return analyze_text(TEXT)


def test_markdown_groups_questions_by_asker_with_status_and_quotes(review: Review) -> None:
    md = render_questions_markdown(review)
    assert md.startswith("## Questions and answers")
    assert md.index("### Ana López") < md.index("### unnamed committee expert")
    assert "*answered*" in md and "*not answered*" in md
    assert "  > The delegation said 1,200 migrants were held" in md
    assert "3 questions:" in md


def test_markdown_report_includes_the_section(review: Review) -> None:
    assert "## Questions and answers" in render_markdown(review)


def test_markdown_escapes_text() -> None:
    review = analyze_text("Questions by Committee Experts\nANA LOPEZ, Committee Expert and "
                          "Country Rapporteur, said so. Was the *pilot* law_2 in force?\n")
    assert r"\*pilot\* law\_2" in render_questions_markdown(review)


def test_no_questions_no_section() -> None:
    review = analyze_text("The Committee today adopted its agenda.")
    assert render_questions_markdown(review) == ""


def test_text_list_shows_status_asker_and_answers(review: Review) -> None:
    out = render_questions_text(review).splitlines()
    assert out[0] == "3 of 3 questions"
    assert out[1].startswith("q1    answered")
    assert "Ana López: How many migrants were held in detention centres?" in out[1]
    assert out[2].startswith("      > The delegation said 1,200")


def test_csv_rows(review: Review) -> None:
    rows = list(csv.DictReader(io.StringIO(render_questions_csv(review))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["status"] for r in rows][1] == "not_answered"
    first = rows[0]
    start, end = map(int, first["answer_spans"].split(";")[0].split("-"))
    assert review.text[start:end] in first["answer_text"]
    assert review.text[int(first["mention_start"]):int(first["mention_end"])] == (
        "How many migrants were held in detention centres?")


def test_json_uses_the_interchange_fields(review: Review) -> None:
    data = json.loads(render_questions_json(review, select_questions(review, status="answered")))
    assert {q["id"] for q in data["questions"]} == {a["question"] for a in data["answers"]}
    q = data["questions"][0]
    assert set(q) >= {"id", "asker", "mentions", "form", "text", "turn"}
    assert isinstance(q["mentions"][0], list)
    assert data["answers"][0]["status"] == "answered"


def test_select_by_status_and_asker(review: Review) -> None:
    assert [q.id for q in select_questions(review, status="not_answered")] == ["q2"]
    assert [q.id for q in select_questions(review, asker="lopez")] == ["q1", "q2"]  # accents
    assert [q.id for q in select_questions(review, asker="unnamed")] == ["q3"]
    pid = review.questions[0].asker
    assert pid is not None
    assert len(select_questions(review, asker=pid)) == 2


def test_unknown_asker_or_status_is_an_options_error(review: Review) -> None:
    with pytest.raises(OptionsError, match="no participant matches"):
        select_questions(review, asker="Nobody")
    with pytest.raises(OptionsError, match="unknown status"):
        select_questions(review, status="maybe")
