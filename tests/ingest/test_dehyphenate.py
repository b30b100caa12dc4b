"""Words divided at a line end in plain text: joined, with spans into the text as read."""

from __future__ import annotations

import treatyscope
from treatyscope.ingest.dehyphenate import join_divided_words

#: Lines as a PDF copy breaks them, and the text once divided words are joined.
DIVISIONS = {
    "had risen to 4.5 mil-\nlion tenge": "had risen to 4.5 million tenge",
    "1,200 prison-\n  ers had been released": "1,200 prisoners had been released",
    # a compound keeps its hyphen and loses the break
    "the Committee's Vice-\nChairperson said": "the Committee's Vice-Chairperson said",
    "a well-\nknown case": "a well-known case",
    "gender-based violence and community-\nbased care":
        "gender-based violence and community-based care",
    # no word after the hyphen, or a dash after a space: no division
    "from 2021-\n2030": "from 2021-\n2030",
    "Migrant Workers -\nconcluding observations": "Migrant Workers -\nconcluding observations",
}


def test_divided_words_are_joined() -> None:
    assert {lines: join_divided_words(lines) for lines in DIVISIONS} == DIVISIONS


def test_the_division_is_found_where_the_unwrapped_text_has_a_space() -> None:
    """Unwrapping made the line break a space; the division is read off the lines."""
    lines = "the budget had risen to 4.5 mil-\nlion tenge"
    assert join_divided_words(lines, lines.replace("\n", " ")) == (
        "the budget had risen to 4.5 million tenge")


def test_a_text_without_divisions_is_returned_as_it_is() -> None:
    text = "No line here ends with a hyphen.\nNor here."
    assert join_divided_words(text) is text


def test_figures_of_divided_words_are_read_and_their_spans_point_at_the_text_as_read() -> None:
    """A record copied out of a PDF: "4.5 mil-|lion tenge" is 4.5 million tenge, "1,200
    prison-|ers" counts prisoners; each claim's span holds the divided word as written."""
    text = ("The Committee against Torture considered the fourth periodic report of "
            "Kazakhstan.\n\nMr. Sarsembayev (Kazakhstan) said that the budget of the prison "
            "service had risen to 4.5 mil-\nlion tenge in 2022 and that 1,200 prison-\ners had "
            "been released under the amnesty.\n")
    review = treatyscope.analyze(text)
    assert review.text == text
    claims = {review.text[c.span.start:c.span.end]: (c.value, c.unit) for c in review.claims}
    assert claims["4.5 mil-\nlion tenge"] == (4_500_000, "KZT")
    assert claims["1,200 prison-\ners"][0] == 1200
