"""Regression over the real corpus: every file analyzes, every span holds, the CLI exits 0.

Each corpus file (``../shared/corpus/*.txt``, 131 openings, and ``corpus/variants/*.txt``)
is run stage by stage, so a failure names the stage that raised; a span that breaks the
invariant is reported with the stage that writes its field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, assert_span_invariant, needs_shared, spans_of
from treatyscope.cli import cli
from treatyscope.ingest import load
from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline import DEFAULT_STAGES, STAGES

pytestmark = needs_shared

CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
VARIANT_FILES = sorted((CORPUS / "variants").glob("*.txt"))


def _ids(paths: list[Path]) -> list[object]:
    return [pytest.param(path, id=path.stem) for path in paths] or [
        pytest.param(None, id="no-corpus")
    ]


def _analyze_by_stage(path: Path) -> Review:
    """Analyze ``path`` one stage at a time; fail naming the stage that raised."""
    options = AnalyzeOptions()
    review = Review(source=load(path, options))
    for name in DEFAULT_STAGES:
        try:
            review = STAGES[name].func(review, options)
        except Exception as exc:  # report any failure with its stage
            pytest.fail(f"{path.name}: stage {name!r} raised {type(exc).__name__}: {exc}")
    return review


def _writer_of(span_path: str) -> str:
    """The stage that assigns the review field a span path lies in ("review.turns[3].span")."""
    field = span_path.removeprefix("review.").split("[")[0].split(".")[0]
    writers = [s.name for s in STAGES.values() if any(a.split(".")[0] == field for a in s.assigns)]
    return ", ".join(writers) or "?"


def _broken_spans(review: Review) -> list[str]:
    text = review.text
    broken = []
    for span_path, span in spans_of(review):
        piece = text[span.start : span.end]
        if not (0 <= span.start < span.end <= len(text)) or piece[0].isspace() or piece[-1].isspace():
            broken.append(f"{span_path} {span} {piece[:40]!r} (stage {_writer_of(span_path)})")
    return broken


@pytest.mark.parametrize("path", _ids(CORPUS_FILES + VARIANT_FILES))
def test_analyze_keeps_the_span_invariant(path: Path) -> None:
    review = _analyze_by_stage(path)
    broken = _broken_spans(review)
    assert not broken, f"{path.name}: " + "; ".join(broken[:5])
    assert_span_invariant(review)  # the shared helper agrees


@pytest.mark.parametrize("path", _ids(CORPUS_FILES))
def test_cli_analyze_json_exits_zero(path: Path) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, f"{path.name}: {result.output[-500:]} {result.exception!r}"
    record = json.loads(result.stdout)
    assert record["source"]["format"] != ""


def test_the_corpus_is_complete() -> None:
    assert len(CORPUS_FILES) == 131
    assert len(VARIANT_FILES) == 5
