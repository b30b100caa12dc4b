"""State names in English and French, UN short names, and their ISO alpha-3 codes."""

from __future__ import annotations

import pycountry
import pytest

from treatyscope.data.countries import (
    FORMER_STATES,
    KNOWN_STATES,
    UN_MEMBERS,
    UN_NAMES,
    country_name,
    country_table,
    english_names,
    fold,
    lookup_country,
    max_name_words,
)


def test_every_member_state_is_an_iso_country() -> None:
    assert len(UN_MEMBERS) == 193
    current = KNOWN_STATES - FORMER_STATES
    assert all(pycountry.countries.get(alpha_3=code) is not None for code in current)
    # a former State keeps the alpha-3 code ISO 3166-3 records it withdrew
    withdrawn = {c.alpha_3 for c in pycountry.historic_countries if hasattr(c, "alpha_3")}
    assert withdrawn >= FORMER_STATES


def test_every_known_state_has_a_name_in_the_table() -> None:
    assert set(country_table().values()) == set(KNOWN_STATES)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # UN short names that ISO writes otherwise
        ("Republic of Moldova", "MDA"),
        ("Türkiye", "TUR"),
        # former Member States of the texts of 1999-2006
        ("Serbia and Montenegro", "SCG"),
        ("Serbie-et-Monténégro", "SCG"),
        ("the Federal Republic of Yugoslavia", "YUG"),
        ("Turkey", "TUR"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("State of Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("Sao Tome and Principe", "STP"),
        ("São Tomé and Príncipe", "STP"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("Lao People’s Democratic Republic", "LAO"),
        ("United Republic of Tanzania", "TZA"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo", "COG"),
        ("Viet Nam", "VNM"),
        ("Czech Republic", "CZE"),
        ("Eswatini", "SWZ"),
        ("Cabo Verde", "CPV"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("United States", "USA"),
        ("the Sudan", "SDN"),
        ("Kyrgyz Republic", "KGZ"),
        ("Russia", "RUS"),
        ("Hong Kong Special Administrative Region of China", "HKG"),
        # ALL CAPS titles
        ("NIGERIA", "NGA"),
        ("ARABIE SAOUDITE", "SAU"),
        # French names, with and without accents and articles
        ("Malte", "MLT"),
        ("la Suède", "SWE"),
        ("l’Ouzbékistan", "UZB"),
        ("Ouzbekistan", "UZB"),
        ("Arabie saoudite", "SAU"),
        ("Fédération de Russie", "RUS"),
        ("République arabe syrienne", "SYR"),
        ("République de Corée", "KOR"),
        ("République islamique d'Iran", "IRN"),
        ("États-Unis d'Amérique", "USA"),
        ("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "GBR"),
        ("Sao Tomé-et-Principe", "STP"),
        ("Saint-Siège", "VAT"),
        ("État de Palestine", "PSE"),
        ("Pays-Bas", "NLD"),
        ("Kirghizistan", "KGZ"),
        ("Koweït", "KWT"),
    ],
)
def test_lookup_country(name: str, code: str) -> None:
    assert lookup_country(name) == code


@pytest.mark.parametrize(
    "name",
    ["Korea", "Réunion", "réunion", "Committee", "Kosovo", "Europe", "Geneva", "Guadeloupe", ""],
)
def test_not_a_state(name: str) -> None:
    """Ambiguous or non-State names, and ISO territories that are not UN States."""
    assert lookup_country(name) is None


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Côte d’Ivoire", "cote d ivoire"),
        ("the  United\nKingdom", "united kingdom"),
        ("Bolivia (Plurinational State of)", "bolivia plurinational state of"),
        ("Bolivia, Plurinational State of", "bolivia plurinational state of"),
        ("Guinée-Bissau", "guinee bissau"),
    ],
)
def test_fold(raw: str, key: str) -> None:
    assert fold(raw) == key


@pytest.mark.parametrize(
    ("code", "name"),
    [("STP", "Sao Tome and Principe"), ("MDA", "Republic of Moldova"), ("TUR", "Türkiye"),
     ("KGZ", "Kyrgyzstan"), ("FRA", "France"), ("XXX", None)],
)
def test_country_name_is_the_un_short_name(code: str, name: str | None) -> None:
    assert country_name(code) == name


def test_english_names_exclude_french_forms() -> None:
    names = english_names()
    assert fold("Sweden") in names and fold("Republic of Moldova") in names
    assert fold("Suède") not in names and fold("Malte") not in names


def test_un_names_resolve_to_their_own_code() -> None:
    for code, un in UN_NAMES.items():
        for name in (un.short, *un.english, *un.french):
            assert lookup_country(name) == code, name


def test_longest_name() -> None:
    assert 8 <= max_name_words() <= 12
