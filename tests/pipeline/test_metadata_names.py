"""Metadata: the committee named in the ways French and news texts write it, and French
summary-record headers."""

from __future__ import annotations

import pytest

from conftest import analyze_text


@pytest.mark.parametrize(("text", "code"), [
    ("Le Comité des Nations Unies contre la torture a examiné le rapport de la Zambie.", "CAT"),
    ("Le Comité de l'ONU pour l'élimination de la discrimination à l'égard des femmes a salué "
     "les progrès du Niger.", "CEDAW"),
    ("Le Comité des Nations Unies pour l'élimination de la discrimination raciale a examiné "
     "le rapport du Mali.", "CERD"),
    # the body's letters beside "Committee" or after "au"
    ("The CEDAW Committee today reviewed the report of Nepal.", "CEDAW"),
    ("Le Comité CERD a examiné le rapport de la Bolivie.", "CERD"),
    ("Examen de la Bolivie au CESCR : les experts saluent la réforme.", "CESCR"),
    # the treaty's French title alone
    ("Le troisième rapport du Togo a été examiné au titre de la Convention contre la torture.",
     "CAT"),
    ("Le rapport du Niger au titre de la Convention sur l'élimination de toutes les formes de "
     "discrimination à l'égard des femmes a été examiné.", "CEDAW"),
    ("Le rapport de la Bolivie au titre de la Convention relative aux droits des personnes "
     "handicapées a été examiné.", "CRPD"),
])
def test_the_committee_named_the_french_or_news_way(text: str, code: str) -> None:
    assert analyze_text(text).metadata.committee_code == code


def test_a_word_cat_is_no_committee() -> None:
    text = "Le Comité des droits de l'enfant a examiné le rapport du Chili. Un chat du CAT."
    assert analyze_text(text).metadata.committee_code == "CRC"


HEADER = ("Comité contre la torture\nQuarantième session\n{title}\ntenue au Palais Wilson, à "
          "Genève,\nle lundi 12 mai 2008, à 10 heures\n\nPrésident: M. LOPEZ\n\n{opening}\n\n"
          "Le PRÉSIDENT souhaite la bienvenue à la délégation.\n")


def test_a_hyphenated_compte_rendu_numbers_the_meeting() -> None:
    text = HEADER.format(title="COMPTE-RENDU ANALYTIQUE DE LA PARTIE PUBLIQUE* DE LA 912e SÉANCE",
                         opening="La séance est ouverte à 10 h 5.")
    assert analyze_text(text).metadata.meeting == "912"


def test_the_summarised_debate_beginning_closes_the_header() -> None:
    text = HEADER.format(title="COMPTE RENDU ANALYTIQUE DE LA 912e SÉANCE",
                         opening="Le débat résumé commence à 10 h 15.")
    review = analyze_text(text)
    [header] = [s for s in review.sections if s.kind == "header"]
    assert header.span.end < review.text.index("Le débat résumé")
    assert review.metadata.meeting == "912"
