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
