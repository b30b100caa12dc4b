"""French summary records: more verbs of the records' present (and the future of a reply),
the unaccented capitals of the 1990s, a chair's heading split by the copy, and record
titles split or without "analytique"."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Participant, Review

RECORD = ("COMITÉ DES DROITS DE L'ENFANT\nDixième session\n{title}\ntenue au Palais des "
          "Nations, à Genève,\nle mardi 10 octobre 1995, à 15 heures\n\n{chair}\n\nLa séance "
          "est ouverte à 15 h 10.\n\nRapport initial du Togo (suite)\n\n{body}\n")
TITLE = "COMPTE RENDU ANALYTIQUE DE LA 249e SÉANCE"
CHAIR = "Présidente : Mme AMADOU"


def speaker_at(review: Review, words: str) -> Participant:
    """The participant whose turn holds ``words``."""
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    return next(p for p in review.participants if p.id == turn.participant)


@pytest.mark.parametrize(("sentence", "name", "side"), [
    ("2. Mme KODJO (Togo) traitera tout d'abord de la question des châtiments corporels.",
     "Kodjo", "state"),
    ("3. M. Ayi (Togo) transmet au Comité les salutations du Président.", "Ayi", "state"),
    ("4. Mme Lopes (Togo) énumère les réformes adoptées depuis 2015.", "Lopes", "state"),
    ("5. M. BRUNO désirerait savoir si le Togo envisage de ratifier le Protocole facultatif.",
     "Bruno", "committee"),
    # a participle with a relative clause of its own before the verb
    ("6. Mme HALVORSEN (Togo), remerciant le Comité d'examiner le troisième rapport, qui a été "
     "soumis avec un an de retard, dit que la loi est nouvelle.", "Halvorsen", "state"),
    ("7. M. DAHL (Togo), ayant rappelé la ratification, qui date de 1986, dit que la loi est "
     "nouvelle.", "Dahl", "state"),
    # what a member urges or argues
    ("8. Mme LINDQVIST engage l'État partie à publier ses données.", "Lindqvist", "committee"),
    ("9. M. KLEIN fait valoir que la loi est ancienne.", "Klein", "committee"),
])
def test_a_record_speaker_with_a_verb_of_the_present_or_future(sentence: str, name: str,
                                                               side: str) -> None:
    review = analyze_text(RECORD.format(title=TITLE, chair=CHAIR, body=sentence))
    [person] = [p for p in review.participants if p.name == name]
    assert person.side == side
    assert speaker_at(review, sentence[3:20]) == person


@pytest.mark.parametrize(("chair", "sentence"), [
    (CHAIR, "1. La PRESIDENTE invite la délégation togolaise à continuer de répondre."),
    ("Président e: Mme Amadou", "1. La Présidente invite la délégation à continuer de répondre."),
    ("Préside n t e: Mme Amadou", "1. La Présidente invite la délégation à répondre."),
    # the office in lower case where the paragraph opens with it
    (CHAIR, "1. M. Ayi (Togo) dit que la loi est nouvelle.\n\n2. La présidente invite la "
            "délégation à continuer de répondre."),
])
def test_the_chair_named_in_the_header_speaks(chair: str, sentence: str) -> None:
    review = analyze_text(RECORD.format(title=TITLE, chair=chair, body=sentence))
    [person] = [p for p in review.participants if p.name == "Amadou"]
    assert person.roles == ("Chairperson",)
    assert speaker_at(review, "invite la délégation") == person


@pytest.mark.parametrize("title", ["Co mpte rendu analytique de la 1577 e séance",
                                   "COMPTE RENDU DE LA 1577e SÉANCE"])
def test_a_record_title_split_or_without_analytique_numbers_the_meeting(title: str) -> None:
    body = "1. La PRESIDENTE invite la délégation togolaise à continuer de répondre."
    review = analyze_text(RECORD.format(title=title, chair=CHAIR, body=body))
    assert review.metadata.meeting == "1577"
    assert review.sections[0].kind == "header"


def test_a_releases_label_is_no_record_title() -> None:
    review = analyze_text("Compte rendu de séance\n\nLe Comité des droits de l'enfant a examiné "
                          "le rapport du Gabon.\n")
    assert review.metadata.meeting is None


def test_a_surname_that_opens_with_le_after_a_french_honorific() -> None:
    body = "4. M. Le Goff (Togo) dit que 310 plaintes ont été examinées."
    review = analyze_text(RECORD.format(title=TITLE, chair=CHAIR, body=body))
    [person] = [p for p in review.participants if p.name == "Le Goff"]
    assert (person.side, person.country) == ("state", "Togo")


def test_the_president_of_the_council_in_french_is_no_committee_chair() -> None:
    text = ("Le Conseil des droits de l'homme a tenu une réunion-débat sur la mortalité "
            "maternelle.\n\nM. Jan Berg, Rapporteur spécial, a déclaré que la situation était "
            "grave.\n\nEn prélude à cette réunion, le Président du Conseil des droits de l'homme a "
            "rappelé que 529 000 femmes meurent chaque année.\n")
    who = speaker_at(analyze_text(text), "529 000")
    assert (who.side, who.title) == ("other", "Président du Conseil des droits de l'homme")


def test_a_delegation_composed_of_persons_taking_its_places_lists_no_body() -> None:
    body = ("1. Sur l'invitation du Président, la délégation togolaise, composée de M. Ayi et "
            "de Mme Lopes, prend place à la table du Comité.")
    review = analyze_text(RECORD.format(title=TITLE, chair=CHAIR, body=body))
    assert all("prend place" not in c for c in review.metadata.delegation_composition)



@pytest.mark.parametrize(("body", "texts"), [
    ("1. Mme ABEBE voudrait en savoir plus sur le fonds d'indemnisation.",
     ["Plus d'informations sur le fonds d'indemnisation."]),
    ("1. Mme ABEBE voudrait toutefois savoir si les détenus ont un avocat.",
     ["Si les détenus ont un avocat."]),
    ("1. M. KLEIN fait valoir que la loi est ancienne et demande si elle sera révisée.",
     ["Si elle sera révisée."]),
])
def test_more_ways_a_member_asks(body: str, texts: list[str]) -> None:
    review = analyze_text(RECORD.format(title=TITLE, chair=CHAIR, body=body))
    assert [q.text.split(" (regarding")[0] for q in review.questions] == texts


def test_a_split_number_sign_and_a_draft_s_symbol_are_no_figures_or_report() -> None:
    review = analyze_text(RECORD.format(title=TITLE, chair=CHAIR, body=(
        "1. L'observation générale n o 5 (CRC/C/62/draftCO/11) est adoptée.")))
    assert review.claims == ()
    assert review.metadata.document_symbols[-1] == "CRC/C/62/draftCO/11"
    assert review.metadata.report is None or review.metadata.report.symbol is None
