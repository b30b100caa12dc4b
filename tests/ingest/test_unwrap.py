"""Hard-wrapped plain text is read as its paragraphs, with every offset kept."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import treatyscope
from conftest import CORPUS, ROOT, needs_shared
from treatyscope.ingest.unwrap import unwrap_lines

DIALOGUES = ROOT / "quality" / "dialogues"

PARAGRAPH = (
    "The delegation said that the Ombudsperson had received 1,874 complaints in 2023, of "
    "which 1,312 had been resolved, and that a new law on the Ombudsperson would give the "
    "office a budget of its own and the power to visit every place of detention without "
    "notice. Regarding migrant workers, the delegation said a bilateral agreement had been "
    "signed in 2022 and that recruitment agencies were now licensed by the Ministry of Labour."
)


def wrap_paragraphs(text: str, width: int) -> str:
    """``text`` with each paragraph wrapped at ``width`` (a wrap never splits a word, so
    the result has the same length and every character at the same place)."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False))
                       if len(p) > width else p for p in text.split("\n\n"))


def test_wrapped_lines_join_with_a_space_and_headings_stay() -> None:
    text = "Responses by the Delegation\n\n" + wrap_paragraphs(PARAGRAPH, 60) + "\n\nConcluding Remarks"
    joined = unwrap_lines(text)
    assert len(joined) == len(text)  # one character for one: offsets still hold
    assert PARAGRAPH in joined
    assert joined.startswith("Responses by the Delegation\n\n")
    assert joined.endswith(".\n\nConcluding Remarks")


def test_a_line_ended_before_the_width_is_a_real_break() -> None:
    lines = textwrap.wrap(PARAGRAPH, 60, break_on_hyphens=False)
    text = "\n".join([*lines, "Questions by Committee Experts", *lines])
    joined = unwrap_lines(text)
    assert joined.count("\n") == 2  # "Labour." ends short: the next word would have fitted
    assert "Labour.\nQuestions by Committee Experts\nThe delegation" in joined


def test_a_heading_after_a_full_line_stays_on_its_own() -> None:
    full = [
        "The delegation said that the Ombudsperson had received 1,874",
        "complaints in 2023, of which 1,312 had been resolved, and a",
        "new law would give the office the power to visit any prison.",
    ]
    text = "\n".join([*full, "Questions by Committee Experts", *full, "Responses", *full])
    joined = unwrap_lines(text)
    assert "prison.\nQuestions by Committee Experts\nThe" in joined
    assert "prison.\nResponses\nThe" in joined
    assert joined.count("\n") == 4


@pytest.mark.parametrize("text", [
    PARAGRAPH,  # one long line
    "\n".join(textwrap.wrap(PARAGRAPH, 60)[:5]),  # too few lines to tell
    "\n".join(["Introduction", "Presentation of the Report", "Questions by Committee Experts",
               "Responses by the Delegation", "Concluding Remarks"] * 3),  # short headings
    "\n".join([PARAGRAPH] * 12),  # a paragraph per line
])
def test_text_that_is_not_wrapped_is_unchanged(text: str) -> None:
    assert unwrap_lines(text) == text


@needs_shared
def test_no_corpus_text_is_taken_for_wrapped() -> None:
    # the real openings keep a paragraph (or a heading) per line: nothing to join
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert unwrap_lines(text) == text, path.name


@pytest.mark.parametrize("name", ["cat-portugal", "cescr-cameroun-fr"])
@pytest.mark.parametrize("width", [60, 76])
def test_a_wrapped_release_gives_the_record_of_its_paragraphs(name: str, width: int) -> None:
    # a release received by e-mail: same sections, speakers, questions, answers and claims,
    # at the same offsets (before, a wrapped line was cut into half-sentences)
    text = Path(DIALOGUES / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    wrapped = wrap_paragraphs(text, width)
    assert wrapped != text and len(wrapped) == len(text)
    plain, mailed = treatyscope.analyze(text), treatyscope.analyze(wrapped)
    for part in ("sections", "turns", "participants", "questions", "answers", "claims",
                 "metadata"):
        assert getattr(mailed, part) == getattr(plain, part), part


def test_a_running_footer_longer_than_the_lines_does_not_set_the_width() -> None:
    """A PDF copy repeats its header and footer on every page; a footer longer than the
    wrapped lines would otherwise widen the width, and the full lines would stay broken."""
    footer = "Communiqué de presse du Service de l'information des Nations Unies - document non officiel"
    lines = textwrap.wrap(PARAGRAPH * 3, 60, break_on_hyphens=False)
    pages = [[*lines[i:i + 6], footer, f"Page {i // 6 + 1} sur 3"] for i in range(0, len(lines), 6)]
    text = "\n".join(line for page in pages for line in page)
    assert len(footer) > 60
    joined = unwrap_lines(text)
    assert "1,874 complaints" in joined.replace("\n", " ")
    assert joined.count("\n") < text.count("\n") // 2
