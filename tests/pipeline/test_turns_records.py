"""Turns in summary records: decisions the record notes and what the meeting did are the
narrator's, not the last speaker's."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Review

RECORD = ("Committee on the Elimination of Racial Discrimination\nNinetieth session\nSummary "
          "record of the 2301st meeting\nHeld at the Palais Wilson, Geneva, on Friday, 8 March "
          "2019, at 3 p.m.\n\nChairperson: Mr. Orlov\n\nThe meeting was called to order at "
          "3.05 p.m.\n\nMr. Kessel (Rapporteur) introduced chapter II of the draft report. He "
          "said it described the session.\n\n{event}\n\nThe Chairperson said the session had "
          "been productive.\n")


def label_at(review: Review, words: str) -> str:
    """The label of the speaker whose turn holds ``words``."""
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    return next(p.label for p in review.participants if p.id == turn.participant)


FRENCH_RECORD = (
    "Comité pour l'élimination de la discrimination raciale\nSoixante-dix-huitième session\n"
    "Compte rendu analytique de la 2220e séance\ntenue au Palais Wilson, à Genève,\nle "
    "vendredi 9 mars 2012, à 15 heures\n\nPrésident: M. Orlov\n\nLa séance est ouverte à "
    "15 h 5.\n\nM. Kessel (Rapporteur) présente le chapitre II du projet de rapport. Il dit "
    "que le chapitre décrit la session.\n\n{event}\n\nLe PRÉSIDENT dit que la session a "
    "été fructueuse.\n")
#: (record, what it notes)
NOTED = [
    (RECORD, "Chapter II, as amended, was adopted subject to the necessary verifications."),
    (RECORD, "Paragraphs 4 to 9 were adopted ."),
    (RECORD, "A minute of silence was observed."),
    (RECORD, "A short video on the rights of migrants was screened."),
    (FRENCH_RECORD, "Les chapitres I, II et IV sont adoptés ."),
    (FRENCH_RECORD, "Le projet de rapport est adopté sous réserve des modifications "
                    "rédactionnelles."),
    (FRENCH_RECORD, "Une minute de silence est observée."),
    (RECORD, "Ms. Lund was elected Rapporteur by acclamation."),
    (RECORD, "Mr. Ito, Ms. Sy and Mr. Roy were elected Vice-Chairpersons."),
    (RECORD, "At the invitation of the Chairperson, Ms. Varga and Mr. Osei (Norland) resumed "
             "places at the Committee table."),
]


@pytest.mark.parametrize(("record", "event"), NOTED)
def test_what_the_record_notes_is_the_narrators(record: str, event: str) -> None:
    review = analyze_text(record.format(event=event))
    assert label_at(review, event) == "narrator"
    # the speaker before goes on to the decision, not past it
    assert label_at(review, "introduced" if record is RECORD else "présente") != "narrator"


#: (what a record says, who speaks it)
SPOKEN = [
    # the article in capitals too, as older records write it
    ("THE CHAIRPERSON declared open the fortieth session of the Committee.", "Orlov"),
    # an election's motions are interventions
    ("Mr. HALVORSEN nominated Mr. Tanaka for the office of Rapporteur.", "Halvorsen"),
    ("Ms. SALAS supported the proposal.", "Salas"),
    # a time of day without its comma before an office
    ("Also this afternoon the Secretary of the Committee announced that 31 reports were "
     "overdue.", "Secretary of the Committee"),
    # a participle holding a symbol's dots between the unnamed speaker and the verb
    ("A representative of Norland, introducing his country’s fifth periodic report "
     "(E/C.12/NOR/5), said that 2,300 health centres had been built.", "the delegation"),
]


@pytest.mark.parametrize(("event", "speaker"), SPOKEN)
def test_who_speaks_in_a_record(event: str, speaker: str) -> None:
    review = analyze_text(RECORD.format(event=event))
    assert label_at(review, event[-30:]).lower() == speaker.lower()
    assert label_at(review, "introduced") == "Kessel"  # the speaker before stops there


def test_an_absent_office_holder_reported_in_a_paragraph_is_no_speaker() -> None:
    """A record's paragraph is one speaker's: "The High Commissioner regretted ..." inside
    the paragraph of the one who brought her greetings is his report of her words; a
    paragraph of her own would be hers."""
    event = ("Mr. Amadi (Representative of the High Commissioner for Human Rights) conveyed "
             "the greetings of the High Commissioner. The High Commissioner regretted that she "
             "could not attend the session.")
    review = analyze_text(RECORD.format(event=event))
    assert label_at(review, "could not attend") == "Amadi"


def test_delegates_who_resume_their_places_are_no_participants() -> None:
    review = analyze_text(RECORD.format(event="At the invitation of the Chairperson, Ms. Varga "
                                              "and Mr. Osei (Norland) resumed places at the "
                                              "Committee table."))
    assert "Osei" not in {p.name for p in review.participants}
