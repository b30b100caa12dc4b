"""Participants of summary records: what a speaker's brackets say of their side, the office
a member speaks in, people the meeting heard, and names written with and without accents."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Participant, Review

HEADER = ("Committee against Torture\nForty-fourth session\nSummary record of the 912th "
          "meeting\nHeld at the Palais Wilson, Geneva, on Monday, 3 May 2010, at 10 a.m.\n\n"
          "Chairperson: Mr. Tellez\n\nThe meeting was called to order at 10.05 a.m.\n\n")


def named(review: Review, name: str) -> Participant:
    [person] = [p for p in review.participants if p.name == name]
    return person


@pytest.mark.parametrize(("bracket", "side"), [
    ("Committee against Torture", "committee"),
    ("Subcommittee on Prevention of Torture", "other"),
    ("Council of Europe", "other"),
    ("European Union", "other"),
    ("International Committee of the Red Cross", "other"),
    ("Norland Institution for Human Rights", "other"),
    # a State whose name holds an organisation's word is still a State
    # the Office's staff by their French initials
    ("Directrice de la Division des traités du HCDH", "other"),
    ("Union of the Comoros", "state"),
    ("Veloria", "state"),
])
def test_the_brackets_after_a_name_say_the_side(bracket: str, side: str) -> None:
    review = analyze_text(HEADER + f"Mr. Varga ({bracket}) asked how the two bodies could "
                          "share information.\n")
    assert named(review, "Varga").side == side


def test_a_co_chair_in_brackets_is_the_committees() -> None:
    review = analyze_text(HEADER + "Mr. Varga (Co-Chairperson) said the meeting was open.\n")
    assert named(review, "Varga").side == "committee"
    assert "Chairperson" in named(review, "Varga").roles


def test_the_acting_chair_speaks_as_the_chair() -> None:
    review = analyze_text(HEADER + "The ACTING CHAIRMAN said that the Committee would resume "
                          "its work.\n")
    at = review.text.index("would resume")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant == named(review, "Tellez").id


def test_speaking_as_country_rapporteur_gives_the_role() -> None:
    review = analyze_text(HEADER + "Ms. Lund, speaking as Country Rapporteur, wished to know "
                          "whether hate crimes were recorded separately.\n")
    assert named(review, "Lund").roles == ("Country Rapporteur",)


@pytest.mark.parametrize("described", ["a lawyer whose son had disappeared in 2015",
                                       "an activist from the northern region"])
def test_a_person_the_meeting_heard_is_no_member(described: str) -> None:
    review = analyze_text(HEADER + "The Chairperson said that the Committee had heard the "
                          f"testimony of Mr. Osei, {described}.\n")
    person = named(review, "Osei")
    assert (person.side, person.roles) == ("other", ())


def test_a_name_in_capitals_takes_the_accents_the_text_gives_it() -> None:
    review = analyze_text(HEADER + "At the invitation of the Chairperson, the members of the "
                          "delegation of Chile, Mr. Muñoz Ibáñez and Ms. Ortúzar (Chile), took "
                          "places at the Committee table.\n\nMr. MUNOZ IBANEZ (Chile) said that "
                          "the law had been amended.\n")
    person = named(review, "Muñoz Ibáñez")
    assert [review.text[m.start : m.end] for m in person.mentions] == [
        "Mr. Muñoz Ibáñez", "Mr. MUNOZ IBANEZ"]


def test_an_unnamed_vice_chair_speaks_for_the_committee() -> None:
    review = analyze_text(HEADER + "Mr. Ruiz (Peru) said the law was new.\n\nThe VICE-CHAIRMAN "
                          "said that the meeting was timely.\n")
    at = review.text.index("meeting was timely")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    who = next(p for p in review.participants if p.id == turn.participant)
    assert (who.side, who.name) == ("committee", None)
