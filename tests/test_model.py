"""The review model: spans, JSON round trip, the public API."""

from __future__ import annotations

import json

import pytest

import treatyscope
from treatyscope.model import Review, Span


def test_span_rejects_negative_and_reversed() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_span_helpers() -> None:
    span = Span(2, 5)
    assert span.slice("abcdefg") == "cde"
    assert len(span) == 3
    assert span.contains(Span(3, 5)) and not span.contains(Span(1, 3))
    assert span.overlaps(Span(4, 9)) and not span.overlaps(Span(5, 9))


def test_json_round_trip_is_lossless(sample_review: Review) -> None:
    data = json.loads(json.dumps(sample_review.to_json()))
    again = Review.from_json(data)
    assert again == sample_review


def test_json_has_interchange_fields(sample_review: Review) -> None:
    data = sample_review.to_json()
    for key in ("document", "sha256", "text_length", "metadata", "boilerplate", "sections",
                "participants", "turns", "questions", "answers", "claims", "conflicts"):
        assert key in data
    assert data["text_length"] == len(sample_review.text)
    assert data["source"]["text"] == sample_review.text
    assert all(isinstance(s, list) and len(s) == 2 for s in data["boilerplate"])


def test_public_api_is_sorted_and_complete() -> None:
    assert treatyscope.__all__ == sorted(treatyscope.__all__)
    for name in treatyscope.__all__:
        assert hasattr(treatyscope, name), name
    public = {n for n in dir(treatyscope) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(treatyscope.__all__)


def test_review_is_immutable(sample_review: Review) -> None:
    with pytest.raises(AttributeError):
        sample_review.participants = ()  # type: ignore[misc]
