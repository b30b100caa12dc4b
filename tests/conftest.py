"""Shared fixtures: the real documents in ../shared and a helper to analyze snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

import treatyscope
from treatyscope.model import Review

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "cmw-kyrgyzstan-2023-press-release.txt"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"

needs_shared = pytest.mark.skipif(
    not (SHARED / "gold").is_dir(), reason="../shared (references and corpus) is not beside the repo"
)


@pytest.fixture(scope="session")
def sample_review() -> Review:
    """The bundled real example, analyzed once per test session."""
    return treatyscope.analyze(EXAMPLE)


@pytest.fixture(scope="session")
def corpus_reviews() -> dict[str, Review]:
    """Every corpus text of ../shared analyzed once per session, by id."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repo")
    return {p.stem: treatyscope.analyze(p) for p in sorted(CORPUS.glob("*.txt"))}


def analyze_text(text: str, **kwargs: object) -> Review:
    """Analyze a hand-made snippet."""
    return treatyscope.analyze(text, **kwargs)  # type: ignore[arg-type]


def spans_of(review: Review):  # type: ignore[no-untyped-def]
    """Every span in a review, with a label saying where it came from."""
    import dataclasses

    from treatyscope.model import Span

    def walk(value: object, path: str):  # type: ignore[no-untyped-def]
        if isinstance(value, Span):
            yield path, value
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.name != "source":
                    yield from walk(getattr(value, f.name), f"{path}.{f.name}")
        elif isinstance(value, (tuple, list)):
            for i, v in enumerate(value):
                yield from walk(v, f"{path}[{i}]")

    yield from walk(review, "review")


def assert_span_invariant(review: Review) -> None:
    """Every span lies in the text and neither starts nor ends on whitespace."""
    text = review.text
    for path, span in spans_of(review):
        assert 0 <= span.start < span.end <= len(text), f"{path} {span} out of range"
        piece = text[span.start : span.end]
        assert not piece[0].isspace() and not piece[-1].isspace(), f"{path} {span} {piece!r}"
