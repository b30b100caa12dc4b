"""Speakers together or unnamed: experts after a long opening phrase, the delegation that
"told the Committee", the Committee's own words, States in a Council debate (English and
French, rights of reply) and a national human rights institution by its name."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Review

REVIEW = ("The Committee on the Rights of the Child today began its consideration of the "
          "initial report of Norland.\n\nIntroducing the report, Ida Berge, Minister of Family "
          "of Norland, said that the law had been amended.\n\n{sentence}\n")
DEBATE = ("Le Conseil des droits de l'homme a tenu ce matin un dialogue avec le Rapporteur "
          "spécial.\n\nLe Rapporteur spécial, M. Jan Oster, a déclaré que la situation était "
          "grave.\n\n{sentence}\n")
UPR = ("The Human Rights Council this morning adopted the outcome of the Universal Periodic "
       "Review of Norland.\n\nIda Berge, Minister of Justice of Norland, said that the country "
       "accepted 150 recommendations.\n\n{sentence}\n")


def speaker(review: Review, words: str) -> tuple[str, str | None, str]:
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    who = next(p for p in review.participants if p.id == turn.participant)
    return who.side, who.name, who.label


@pytest.mark.parametrize(("template", "sentence", "side"), [
    (REVIEW, "Over the course of their consideration of the report, a number of Committee "
             "Experts expressed the view that Norland's health services were declining.",
     "committee"),
    (REVIEW, "During the dialogue, several Experts voiced concern over the use of solitary "
             "confinement.", "committee"),
    (REVIEW, "In response to questions posed by experts during the previous meeting, the "
             "delegation of Norland told the Committee that 96 per cent of children were "
             "enrolled.", "state"),
    (DEBATE, "De nombreux intervenants ont souligné l'importance de l'assistance technique.",
     "state"),
    (DEBATE, "Un intervenant a estimé que les sanctions étaient injustes.", "state"),
    (DEBATE, "Un groupe d'États a constaté une détérioration de la situation.", "state"),
    (DEBATE, "La Colombie a exercé son droit de réponse.", "state"),
    (DEBATE, "Colombia exercised its right of reply.", "state"),
    (DEBATE, "Haiti stated that the elections would be held in 2027.", "state"),
    (UPR, "Kenya National Commission on Human Rights said it would follow the implementation.",
     "other"),
    (UPR, "The National Human Rights Commission of Zambia said it would follow the "
          "implementation.", "other"),
    (UPR, "La Commission nationale des droits de l'homme du Niger a déclaré que la loi était "
          "bonne.", "other"),
])
def test_an_unnamed_speaker_opens_a_turn(template: str, sentence: str, side: str) -> None:
    review = analyze_text(template.format(sentence=sentence))
    got_side, name, label = speaker(review, sentence[-25:])
    assert (got_side, name) == (side, None)
    assert label != "narrator"


def test_the_committee_after_an_occasion_is_the_narrator() -> None:
    sentence = "During the discussion, the Committee commended Norland on its detailed report."
    review = analyze_text(REVIEW.format(sentence=sentence))
    assert speaker(review, "detailed report")[2] == "narrator"


def test_a_speaker_of_an_organisation_is_no_state() -> None:
    sentence = "A speaker for Rights Watch Norland said the prisons were full."
    review = analyze_text(DEBATE.format(sentence=sentence))
    assert speaker(review, "prisons were full")[0] != "state"


@pytest.mark.parametrize("sentence", [
    "The Norlandic delegation is also composed of Nabin Sharma, Joint Secretary, and Ram Oli.",
    "The delegation of Norland is also composed of Nabin Sharma and Ram Oli.",
])
def test_the_delegations_make_up_is_narration(sentence: str) -> None:
    review = analyze_text(REVIEW.format(sentence=sentence))
    assert speaker(review, "Ram Oli")[2] == "narrator"


@pytest.mark.parametrize("sentence", [
    "The Representative of Haiti at the United Nations declared that elections would be held.",
    "The State of Haiti said that elections would be held.",
])
def test_a_state_in_a_council_dialogue_by_its_representative_or_name(sentence: str) -> None:
    review = analyze_text(DEBATE.format(sentence=sentence))
    assert speaker(review, "elections would")[:2] == ("state", None)


def test_experts_questions_summed_up_then_asked_directly() -> None:
    sentence = ("Questions and issues raised by Experts during the discussion included early "
                "marriage. How was the Government preventing child marriage and what support was "
                "available to survivors of violence?")
    review = analyze_text(REVIEW.format(sentence=sentence))
    assert speaker(review, "early marriage")[0] == "committee"
    assert len(review.questions) == 2


@pytest.mark.parametrize(("sentence", "label"), [
    ("In the course of the dialogue, which was held over three meetings, issues concerning "
     "juvenile detention were raised among other subjects.", "narrator"),
    ("Several Experts were concerned that corporal punishment remained lawful in the home.",
     "unnamed committee expert"),
])
def test_a_summary_in_the_passive_and_experts_concerned(sentence: str, label: str) -> None:
    review = analyze_text(REVIEW.format(sentence=sentence))
    assert speaker(review, sentence[-20:])[2] == label
