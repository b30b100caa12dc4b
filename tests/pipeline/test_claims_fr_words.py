"""Numeric claims in French: people counted by nouns of residence and office, and
paragraph references that are no claims."""

from __future__ import annotations

import pytest

from treatyscope.model import Span
from treatyscope.pipeline.claim_find import find_quantities


def found(text: str) -> list[tuple[str, object, str | None]]:
    return [(text[q.span.start : q.span.end], q.value, q.unit)
            for q in find_quantities(text, Span(0, len(text)), "fr")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le pays accueille près de 64 000 résidents étrangers.",
     [("64 000 résidents", 64000, "persons")]),
    ("L'Assemblée compte 37 députées et 9 sénatrices.",
     [("37 députées", 37, "persons"), ("9 sénatrices", 9, "persons")]),
    ("Quelque 212 élus locaux ont été formés.", [("212 élus", 212, "persons")]),
    ("En 2021, 450 requérants d'asile ont été accueillis.", [("450 requérants", 450, "persons")]),
])
def test_french_people_by_residence_and_office_are_persons(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "La Commission (CRC/C/BEN/3, par. 84) a été restructurée.",
    "Conformément à l'article 4, al. 2, la loi s'applique aux mineurs.",
])
def test_a_french_paragraph_reference_is_no_claim(text: str) -> None:
    assert found(text) == []


def test_a_multiplier_after_par_stays_a_claim() -> None:
    assert found("Le budget a été multiplié par 3 depuis 2015.") == [("3", 3, "multiplier")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Conseil a prorogé d'un an le mandat de l'Experte indépendante.",
     [("un an", 1, "years")]),
    ("La détention a été prolongée d'un mois.", [("un mois", 1, "months")]),
])
def test_a_change_by_one_period_is_a_claim(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_one_year_old_is_no_claim() -> None:
    assert found("Un enfant âgé d'un an est décédé.") == []


def quantities(text: str, lang: str = "fr") -> list[tuple[str, object, str | None, str | None]]:
    return [(text[q.span.start : q.span.end], q.value, q.unit, q.qualifier)
            for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize(("text", "expected"), [
    # a third and a quarter with the definite article
    ("Le pays consacre près du tiers de son budget à l'éducation.",
     [("tiers", 33.3, "percent", "nearly")]),
    ("Le quart des villages n'ont pas d'école.", [("quart", 25.0, "percent", None)]),
    # halved, doubled in the infinitive
    ("Le nombre des décès a été divisé par deux.", [("deux", 0.5, "multiplier", None)]),
    ("Le plan a permis de doubler les effectifs.", [("doubler", 2.0, "multiplier", None)]),
    # ceilings
    ("La part des femmes n'a pas dépassé les 9 % en 2020.", [("9 %", 9.0, "percent", "at most")]),
    ("Au plus 31 tribunaux ont un juge des enfants.", [("31 tribunaux", 31.0, "tribunaux",
                                                        "at most")]),
    # the noun of a total named after its figure
    ("Cela porte à 28 le nombre d'hôpitaux publics.", [("28", 28.0, "hôpitaux", None)]),
    # the United Nations' "p. 100" and the per-mille sign
    ("Le taux de couverture atteint 83 p. 100.", [("83 p. 100", 83.0, "percent", None)]),
    ("La mortalité infantile est de 96‰.", [("96‰", 96.0, "per 1,000", None)]),
    # "des moins de cinq ans": the children under five, an age
    ("La mortalité des moins de cinq ans atteint 71 pour 1 000 naissances.",
     [("71 pour 1 000", 71.0, "per 1,000", None)]),
])
def test_french_forms_of_shares_multipliers_ceilings_and_rates(text: str,
                                                              expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize("text", ["Les pays tiers ont coopéré.",
                                  "La réunion a duré un quart d'heure."])
def test_tiers_and_quart_that_are_no_share(text: str) -> None:
    assert quantities(text) == []


def test_the_total_named_after_its_figure_in_english() -> None:
    text = "South Sudan ratified it, bringing to 190 the number of States parties."
    assert quantities(text, "en") == [("190", 190.0, "States parties", None)]
