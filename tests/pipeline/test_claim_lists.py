"""Numeric claims in lists: the parts of a count by the role their members hold, and
figures paired in order with coordinated things by "respectively"."""

from __future__ import annotations

import pytest

from treatyscope.model import Span
from treatyscope.pipeline.claim_find import find_quantities


def subjects(text: str, lang: str = "en") -> list[tuple[str, object, str | None, str]]:
    """(span text, value, unit, subject) of every quantity in a one-sentence text."""
    return [(text[q.span.start : q.span.end], q.value, q.unit, q.subject)
            for q in find_quantities(text, Span(0, len(text)), lang)]


# ------------------------------------------------------------------ parts by role
def test_parts_of_a_count_by_role_are_each_a_claim() -> None:
    text = ("The delegation said that 85 women had been elected: four as Mayors, 31 as "
            "councillors and seven as Deputies.")
    got = subjects(text)
    assert [(span, value, unit) for span, value, unit, _ in got] == [
        ("85 women", 85, "persons"), ("four", 4, "persons"), ("31", 31, "persons"),
        ("seven", 7, "persons")]
    # each part is of the women, in its own role; the next item is no part of the one before
    assert [subject for *_, subject in got[1:]] == [
        "women as Mayors", "women as councillors", "women as Deputies"]


def test_a_role_part_in_french() -> None:
    text = "Sur les 40 juges nommés, neuf comme présidents et trois comme Procureurs."
    assert [(span, value) for span, value, *_ in subjects(text, "fr")] == [
        ("40 juges", 40), ("neuf", 9), ("trois", 3)]


@pytest.mark.parametrize("text", [
    "He said two as well as three were fine.",  # "as well as" names no role
    "She counted four as a result of the reform.",
])
def test_as_without_a_role_makes_no_part(text: str) -> None:
    assert all(span not in ("two", "four") for span, *_ in subjects(text))


def test_the_item_after_a_role_is_not_in_its_subject() -> None:
    text = "Of the 62 new inspectors, nine served as heads of units and five as trainers."
    got = {span: subject for span, _, _, subject in subjects(text)}
    assert "five" not in got["nine"]
    assert got["five"].endswith("as trainers")


def test_the_item_after_a_figure_is_not_in_its_subject() -> None:
    text = "Of those detained, 1,310 were adults and 412 were minors."
    got = {span: subject for span, _, _, subject in subjects(text)}
    assert got["412"] == "minors"


def test_a_share_after_a_listed_share_is_of_its_own_group() -> None:
    text = "It said that in 2020, 64 per cent of men and 41 per cent of boys were employed."
    got = {span: subject for span, _, _, subject in subjects(text)}
    assert got["64 per cent"] == "men"
    assert got["41 per cent"].startswith("boys")


# ------------------------------------------------------------------ respectively
@pytest.mark.parametrize(("text", "expected"), [
    # the things before the figures
    ("The delegation said that the literacy rates for men and women were 81 and 74 per cent "
     "respectively.",
     ["the literacy rates for men", "the literacy rates for women"]),
    # the things after the figures
    ("The delegation said that coverage stood at 63 and 58 per cent for towns and villages, "
     "respectively.",
     ["coverage for towns", "coverage for villages"]),
    # three things of two words each
    ("It said that the shares of women in the Cabinet, the Senate and the judiciary were 9, "
     "27 and 44 per cent respectively.",
     ["shares of women in the Cabinet", "shares of women in the Senate",
      "shares of women in the judiciary"]),
    ("La délégation a indiqué que les taux d'emploi des hommes et des femmes étaient de 71 "
     "et 55 pour cent respectivement.",
     ["taux d'emploi des hommes", "taux d'emploi des femmes"]),
])
def test_respectively_pairs_each_figure_with_its_thing(text: str, expected: list[str]) -> None:
    lang = "fr" if text.startswith("La ") else "en"
    assert [subject for *_, subject in subjects(text, lang)] == expected


def test_respectively_without_things_only_drops_the_word() -> None:
    text = "He said that 14 and 19 complaints had been lodged in 2017 and 2021 respectively."
    got = [subject for *_, subject in subjects(text)]
    assert len(got) == 2 and not any("respectively" in s for s in got)


# ------------------------------------------------------------------ fractions of a scale
@pytest.mark.parametrize(("text", "value", "unit", "subject"), [
    ("Nearly three quarters of a million pupils received free meals.", 750_000, "persons",
     "pupils"),
    ("Some two thirds of a million dollars had been pledged by donors.", 666_667, "USD", None),
])
def test_a_fraction_of_a_scale_is_one_count(text: str, value: int, unit: str,
                                            subject: str | None) -> None:
    [(_, got_value, got_unit, got_subject)] = subjects(text)
    assert (got_value, got_unit) == (value, unit)
    if subject:
        assert got_subject.startswith(subject)


def test_a_fraction_of_something_else_stays_a_share() -> None:
    [(span, value, unit, _)] = subjects("A third of the budget went to health.")
    assert (span, value, unit) == ("A third", 33.3, "percent")


# ------------------------------------------------------------------ a breakdown after a colon
def test_the_parts_of_a_count_a_colon_breaks_down_are_claims() -> None:
    text = ("The Chair said the Committee had adopted 14 decisions: six on admissibility and "
            "eight on the merits.")
    got = subjects(text)
    assert [(span, value, unit) for span, value, unit, _ in got] == [
        ("14 decisions", 14, "decisions"), ("six", 6, "decisions"), ("eight", 8, "decisions")]
    assert [subject for *_, subject in got[1:]] == [
        "decisions on admissibility", "decisions on the merits"]


def test_a_number_word_after_a_colon_without_a_count_before_is_no_claim() -> None:
    assert subjects("The Chair said: two on the list were ready.") == []


def test_a_census_named_by_its_year_and_the_countrys_adjective_dates_its_figure() -> None:
    from treatyscope.pipeline.claim_years import claim_year

    text = "The delegation said the 1991 Norlandic population census had found 412,300 children."
    at = text.index("412,300")
    fix = claim_year(text, Span(0, len(text)), at, 2001, None)
    assert fix is not None and fix.year == 1991



@pytest.mark.parametrize(("text", "expected"), [
    ("The maternal mortality rate had been cut in half since 2004.", [("half", 50.0, "percent")]),
    ("One-fifth of the districts lacked a children's court.", [("One-fifth", 20.0, "percent")]),
    # an age after a share of the population delimits it, no claim of its own
    ("About half of the population was under 18.", [("half", 50.0, "percent")]),
    ("A quarter of the population was under 15.", [("A quarter", 25.0, "percent")]),
])
def test_halves_fifths_and_ages_after_a_share(text: str, expected: list) -> None:
    assert [(span, value, unit) for span, value, unit, _ in subjects(text)] == expected





#: The year of a figure, the document being of 2023: text | figure | year ("-": none).
#: A sister clause's year, and "since" as an adverb, date no figure of another clause;
#: years are counted back from the document ("three years ago") or from the sentence ("a
#: decade earlier"); the present in a clause of its own has no year.
YEAR_TABLE = """
The expert said it was a region where 70,000 infants lacked vaccines and where, by mid-2016, over 1.2 million adults were unemployed. | 70,000 | -
The expert said it was a region where 70,000 infants lacked vaccines and where, by mid-2016, over 1.2 million adults were unemployed. | 1.2 million | 2016
The delegation said that in June 2004 the Labour Code was passed; it had since been adopted by 9 more provinces. | 9 more | -
En juin 2004, le code a été adopté ; depuis lors, 9 provinces l'ont appliqué. | 9 provinces | -
Three years ago, 410 families had received housing grants. | 410 | 2020
The year before last, 57 attacks had been prosecuted. | 57 | 2021
A year ago, 5,600 children had been out of school. | 5,600 | 2022
Il y a trois ans, 410 familles avaient reçu des aides. | 410 | 2020
In 2022, 41 per cent of judges were women, up from 17 per cent a decade earlier. | 17 | 2012
In 2021, 7,800 workers had joined unions, up from 6,900 in the preceding year. | 6,900 | 2020
In 2011, there had been 9 ombudspersons, while there were now 31. | 31 | -
In 2014, 55 per cent of schools had power, whereas today the figure was 93 per cent. | 93 | -
In 2017, 6,400 children were in care, and two years later the number had dropped to 4,100. | 4,100 | 2019
In 2016, 700 carers had been trained, and the subsequent year 950 more had completed it. | 950 | 2017
In 2015, 38 victims had been identified; the following year 52 such victims had been found. | 52 | 2016
"""


@pytest.mark.parametrize("row", YEAR_TABLE.strip().splitlines())
def test_the_year_of_a_figure(row: str) -> None:
    from treatyscope.pipeline.claim_years import claim_year

    text, figure, year = (part.strip() for part in row.split(" | "))
    fix = claim_year(text, Span(0, len(text)), text.index(figure), 2023, None)
    assert fix.year == (None if year == "-" else int(year))


@pytest.mark.parametrize(("text", "subject"), [
    ("The share of women in local government was 36 per cent.",
     "share of women in local government"),
    ("The rate of attendance in vocational training was 48 per cent.",
     "rate of attendance in vocational training"),
])
def test_a_long_subject_drops_its_article_before_its_last_noun(text: str, subject: str) -> None:
    [(_, _, _, got)] = subjects(text)
    assert got == subject


@pytest.mark.parametrize(("text", "expected"), [
    ("The law raised the age of criminal responsibility from seven to 13.",
     [(7.0, "years", "age of criminal responsibility"),
      (13.0, "years", "age of criminal responsibility")]),
    ("The minimum age of marriage was 18.", [(18.0, "years", "minimum age of marriage")]),
])
def test_the_value_an_age_is_set_to_counts_years(text: str, expected: list) -> None:
    assert [(value, unit, subject.removeprefix("the ").removeprefix("The "))
            for _, value, unit, subject in subjects(text)] == expected
