"""Property tests: analyze never raises anything but documented errors, and every span it
produces satisfies the span invariant, on arbitrary text and on text built from the
genre's own phrases."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import treatyscope
from conftest import assert_span_invariant
from treatyscope.errors import InputError

PHRASES = [
    "The Committee on the Rights of the Child today concluded its review of the report of Chile.",
    "Ana Lopez, Committee Expert and Country Rapporteur, said",
    "A Committee Expert asked whether",
    "Another Expert asked",
    "The delegation said",
    "Questions by Committee Experts",
    "Responses by the Delegation",
    "Concluding Remarks",
    "Report",
    "Mr. Perez (Chile) said that",
    "Was there a law in place?",
    "about 2.5 billion dollars in 2022,",
    "40 to 80 per cent",
    "The webcast of Committee meetings can be found here.",
    "Skip to main content",
    "مشاركة :",
    "\n",
    " ",
    "  \n\n ",
    "(CRC/C/CHL/6-7).",
]

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def analyze_or_documented_error(text: str) -> None:
    try:
        review = treatyscope.analyze(text)
    except InputError:
        return
    assert_span_invariant(review)
    for turn in review.turns:
        assert review.participant(turn.participant) is not None


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    analyze_or_documented_error(text)


@SETTINGS
@given(st.lists(st.sampled_from(PHRASES), max_size=30).map(" ".join))
def test_text_made_of_the_genre_phrases(text: str) -> None:
    analyze_or_documented_error(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        review = treatyscope.analyze(data)
    except InputError:
        return
    assert_span_invariant(review)
