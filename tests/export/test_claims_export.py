"""Renderings of figures and commitments: Markdown table, text, CSV, JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from treatyscope.export import render_markdown
from treatyscope.export.claims import (
    CLAIM_RENDERERS,
    CSV_COLUMNS,
    format_value,
    render_claims_markdown,
    select_claims,
)
from treatyscope.model import Review


@pytest.mark.parametrize(("value", "unit", "text"), [
    (2.76e9, "USD", "2.76 billion"), (1200.0, "families", "1,200"), (84.5, "percent", "84.5%"),
    ((6.0, 12.0), "months", "6–12"), (2.6e6, "persons", "2.6 million"), (3.0, "multiplier", "3"),
])
def test_format_value(value: float | tuple[float, float], unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_markdown_table_marks_contradictions(sample_review: Review) -> None:
    md = render_claims_markdown(sample_review)
    assert md.startswith("## Figures")
    assert "| id | value | unit | year | in context | speaker | check |" in md
    assert "**2.76 billion dollars**" in md  # the figure in bold inside its sentence
    assert "⚠ soft conflict with c30" in md
    assert "## Commitments" in md and "`k1`" in md
    restated = [c.id for c in sample_review.claims if c.duplicate_of]
    assert restated and all(f"| {cid} |" not in md for cid in restated)


def test_analyze_markdown_has_figures_and_commitments(sample_review: Review) -> None:
    md = render_markdown(sample_review)
    assert "## Figures" in md and "## Commitments" in md


def test_csv(sample_review: Review) -> None:
    chosen = select_claims(sample_review)
    rows = list(csv.DictReader(io.StringIO(CLAIM_RENDERERS["csv"](sample_review, chosen))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(chosen)
    ranged = next(r for r in rows if r["text"] == "six to 12 months")
    assert (ranged["value"], ranged["value_max"], ranged["unit"]) == ("6", "12", "months")


def test_json_and_text(sample_review: Review) -> None:
    everything = select_claims(sample_review, restatements=True)
    data = json.loads(CLAIM_RENDERERS["json"](sample_review, everything))
    assert len(data["claims"]) == len(sample_review.claims)
    assert data["conflicts"] and data["commitments"]
    text = CLAIM_RENDERERS["text"](sample_review, everything)
    assert text.startswith(f"Figures ({len(everything)}):") and "Commitments (" in text


def test_context_is_escaped_and_bounded(sample_review: Review) -> None:
    from treatyscope.export.claims import CONTEXT_CHARS, in_context

    for claim in sample_review.claims:
        shown = in_context(sample_review, claim)
        assert f"**{claim.span.slice(sample_review.text)}" in shown.replace("\\", "")
        assert len(shown) <= len(claim.text) + 2 * CONTEXT_CHARS + 60
