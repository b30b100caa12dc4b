"""Turns in news-style releases: an office written before its holder's name, an opening
phrase that lists with "including", and the delegation named after its verb."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Review

LEAD = ("The Committee on the Elimination of Discrimination against Women today considered "
        "the fifth periodic report of Veloria.\n\n")
EXPERTS = "Experts asked about rural women and about access to courts.\n\n"


def speaker_of(review: Review, words: str) -> tuple[str, str | None, str]:
    """(side, name, label) of the speaker whose turn holds ``words``."""
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    [who] = [p for p in review.participants if p.id == turn.participant]
    return who.side, who.name, who.label


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Interior Minister Tomas Berig said that 2,100 officers had been trained.",
     "Tomas Berig", "Interior Minister"),
    ("Labour Affairs Commissioner Ilse Marod told the Committee that 2,100 officers had been "
     "trained.", "Ilse Marod", "Labour Affairs Commissioner"),
])
def test_an_office_before_a_mixed_case_name_makes_the_speaker(sentence: str, name: str,
                                                              title: str) -> None:
    review = analyze_text(LEAD + EXPERTS + sentence)
    side, who, _ = speaker_of(review, "2,100 officers")
    assert (side, who) == ("state", name)
    [person] = [p for p in review.participants if p.name == name]
    assert person.title == title


def test_capitalised_words_before_a_name_without_an_office_make_no_title() -> None:
    # "Northern Province" holds no office: the sentence is no speaker's
    review = analyze_text(LEAD + EXPERTS + "Northern Province Tomas Berig said nothing new.")
    assert not any(p.title and "Province" in p.title for p in review.participants)


def test_an_opening_phrase_with_an_including_list_before_the_speaker() -> None:
    text = (LEAD + EXPERTS + "Despite severe droughts, including the loss of two harvests, the "
            "Deputy Minister of Health, Oren Valdi, described a recovering system. Currently, "
            "14 clinics were open, he noted.")
    review = analyze_text(text)
    assert speaker_of(review, "14 clinics")[:2] == ("state", "Oren Valdi")


@pytest.mark.parametrize("ending", ["said its delegation today.", "said the delegation this "
                                    "morning.", "said the delegation."])
def test_the_delegation_named_after_its_verb_and_a_time(ending: str) -> None:
    text = LEAD + EXPERTS + f"Veloria had halved child poverty, {ending}"
    review = analyze_text(text)
    side, name, _ = speaker_of(review, "halved child poverty")
    assert (side, name) == ("state", None)


@pytest.mark.parametrize("office", ["Deputy Minister of Justice", "Attorney-General"])
def test_an_office_and_the_headship_without_a_comma_before_the_verb(office: str) -> None:
    text = ("The Human Rights Committee today concluded its consideration of the fourth "
            f"periodic report of Veloria.\n\nIlse Varga, {office}, and head of the delegation "
            "said in opening remarks that the prison population had fallen by 12 per cent.\n\n"
            "Experts said efforts were needed on prisons.")
    review = analyze_text(text)
    assert speaker_of(review, "prison population")[:2] == ("state", "Ilse Varga")
    [head] = [p for p in review.participants if p.name == "Ilse Varga"]
    assert head.head_of_delegation and head.title == office


@pytest.mark.parametrize("possessive", ["committee's", "Committee's", "panel's"])
def test_the_rapporteur_named_with_the_states_adjective(possessive: str) -> None:
    """"The committee's Velorian rapporteur, X, urged ...": a member of the Committee."""
    review = analyze_text(LEAD + f"The {possessive} Velorian rapporteur, Omar Diallo, urged the "
                          "Government to close the camps. Professor Diallo asked for information "
                          "on convictions for abuse in detention centres.")
    [diallo] = [p for p in review.participants if p.name == "Omar Diallo"]
    assert (diallo.side, diallo.roles) == ("committee", ("Country Rapporteur",))
    assert [q.asker for q in review.questions] == [diallo.id]


def test_experts_who_referenced_a_report_speak() -> None:
    review = analyze_text(LEAD + "The delegation said that 12 shelters had opened.\n\nDuring "
                          "the dialogue Committee Experts referenced the report of the Special "
                          "Rapporteur. They asked whether the minimum wage was indexed.")
    assert speaker_of(review, "referenced")[0] == "committee"
    assert speaker_of(review, "minimum wage")[0] == "committee"


def test_a_sentence_opening_conjunction_is_no_given_name() -> None:
    review = analyze_text(LEAD + "But Pedro Alves, the chairman of the committee, said the "
                          "dialogue was useful.")
    assert [p.name for p in review.participants if p.name] == ["Pedro Alves"]


def test_who_a_member_is_counts_nothing() -> None:
    review = analyze_text(LEAD + "Felice Gaer, one of the panel's 10 members, said that 40 "
                          "prisons were full.")
    assert [c.value for c in review.claims] == [10, 40]


@pytest.mark.parametrize("sentence", [
    "\"We need names,\" committee member Rosa Pinto told the delegation.",
    "Norwegian expert Rosa Pinto meanwhile criticized the prison conditions.",
])
def test_a_member_named_news_style_after_a_quote_or_by_nationality(sentence: str) -> None:
    review = analyze_text(LEAD + "The delegation said that prisons were full.\n\n" + sentence)
    assert speaker_of(review, sentence[-20:]) == ("committee", "Rosa Pinto", "Rosa Pinto")
