"""Names of States (English and French) and their ISO 3166-1 alpha-3 codes.

The table is built once from ``pycountry`` (English names, official and common names, and
the French names of its ``iso3166-1`` gettext catalogue), completed by ``UN_NAMES``: the
UN short names and usual variants that ISO lacks ("Republic of Moldova", "Türkiye",
"Bolivia (Plurinational State of)", "Holy See", "État de Palestine" ...).  Lookup keys are
folded: lower case, no diacritics, apostrophes and hyphens as spaces, a leading article
("the", "la", "l'") dropped, punctuation removed.
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache
from typing import NamedTuple

import pycountry

from treatyscope.textutil import strip_accents

_MEMBERS = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
    COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
    GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
    LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
    MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
    QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
#: The 193 Member States of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS: frozenset[str] = frozenset(_MEMBERS.split())
#: Non-member observer States, States parties that are not UN members, and the Special
#: Administrative Regions that report under China's reviews (CCPR/C/CHN-HKG/...).
OTHER_STATES: frozenset[str] = frozenset({"VAT", "PSE", "COK", "NIU", "HKG", "MAC"})
#: Former Member States whose reports the texts of 1999-2006 review, with the alpha-3 codes
#: ISO 3166-1 gave them until they were withdrawn (ISO 3166-3): Serbia and Montenegro (SCG,
#: to 2006) and the Federal Republic of Yugoslavia (YUG, to 2003).
FORMER_STATES: frozenset[str] = frozenset({"SCG", "YUG"})
#: Every code the table knows; ISO territories such as Réunion are left out ("réunion" is
#: also the French word for a meeting).
KNOWN_STATES: frozenset[str] = UN_MEMBERS | OTHER_STATES | FORMER_STATES


#: Country parts of UN document symbols that are no ISO code, with the State's code:
#: "CCPR/C/SEMO/2003/1" (Serbia and Montenegro), "CEDAW/C/GUA/7" (Guatemala).
SYMBOL_COUNTRY_PARTS: dict[str, str] = {"SEMO": "SCG", "GUA": "GTM"}


#: Regions reviewed with a State's report (China's reports cover Hong Kong and Macao).
PARTS_OF: dict[str, str] = {"HKG": "CHN", "MAC": "CHN"}


class UNName(NamedTuple):
    """The UN English short name of a State and the variants ISO lacks."""

    short: str
    english: tuple[str, ...] = ()
    french: tuple[str, ...] = ()


#: alpha-3 -> UN short name and variants (English, French).
UN_NAMES: dict[str, UNName] = {
    "BOL": UNName("Bolivia (Plurinational State of)", (), ("Bolivie (État plurinational de)",)),
    "BRN": UNName("Brunei Darussalam", ("Brunei",)),
    "BLR": UNName("Belarus", (), ("Biélorussie",)),
    "CIV": UNName("Côte d'Ivoire", ("Ivory Coast",)),
    "COD": UNName("Democratic Republic of the Congo", ("Democratic Republic of Congo",), ("RD Congo",)),
    "COG": UNName("Congo", ("Republic of Congo",), ("Congo",)),
    "CPV": UNName("Cabo Verde", ("Cape Verde",)),
    "CZE": UNName("Czechia", ("Czech Republic",)),
    "FSM": UNName("Micronesia (Federated States of)", ("Micronesia",), ("Micronésie (États fédérés de)",)),
    "GBR": UNName("United Kingdom of Great Britain and Northern Ireland", ("United Kingdom", "Britain")),
    "HKG": UNName("Hong Kong, China", ("Hong Kong SAR",), ("Hong Kong (Chine)", "Hong-Kong")),
    "IRN": UNName("Iran (Islamic Republic of)", (), ("Iran (République islamique d')",)),
    "IRQ": UNName("Iraq", (), ("Irak", "Iraq")),
    "KGZ": UNName("Kyrgyzstan", ("Kyrgyz Republic",), ("Kirghizistan",)),
    "KOR": UNName("Republic of Korea", ("South Korea",), ("République de Corée",)),
    "LAO": UNName("Lao People's Democratic Republic", ("Laos",), ("République démocratique populaire lao",)),
    "LBY": UNName("Libya", ("Libyan Arab Jamahiriya",), ("Jamahiriya arabe libyenne",)),
    "MAC": UNName("Macao, China", ("Macau", "Macao SAR"), ("Macao (Chine)",)),
    "MDA": UNName("Republic of Moldova", ("Moldova",), ("République de Moldova", "Moldavie")),
    "MKD": UNName(
        "North Macedonia",
        ("The former Yugoslav Republic of Macedonia",),
        ("ex-République yougoslave de Macédoine",),
    ),
    "MMR": UNName("Myanmar", ("Burma",), ("Birmanie", "Myanmar")),
    "NLD": UNName("Netherlands", ("Netherlands (Kingdom of the)",), ("Pays-Bas",)),
    "PRK": UNName("Democratic People's Republic of Korea", ("North Korea",)),
    "PSE": UNName("State of Palestine", ("Palestine",), ("État de Palestine",)),
    "RUS": UNName("Russian Federation", ("Russia",), ("Fédération de Russie", "Russie")),
    "SWZ": UNName("Eswatini", ("Swaziland",)),
    "SYR": UNName("Syrian Arab Republic", ("Syria",), ("République arabe syrienne", "Syrie")),
    "TLS": UNName("Timor-Leste", ("East Timor",)),
    "TUR": UNName("Türkiye", ("Turkey",), ("Turquie",)),
    "TZA": UNName("United Republic of Tanzania", ("Tanzania",), ("République-Unie de Tanzanie",)),
    "USA": UNName("United States of America", ("United States",), ("États-Unis d'Amérique", "États-Unis")),
    "VAT": UNName("Holy See", ("Vatican",), ("Saint-Siège",)),
    "VEN": UNName(
        "Venezuela (Bolivarian Republic of)", ("Venezuela",), ("Venezuela (République bolivarienne du)",)
    ),
    "VNM": UNName("Viet Nam", ("Vietnam",)),
    "SCG": UNName("Serbia and Montenegro", (), ("Serbie-et-Monténégro",)),
    "YUG": UNName("Yugoslavia", ("Federal Republic of Yugoslavia",),
                  ("Yougoslavie", "République fédérale de Yougoslavie")),
}

_ARTICLE = re.compile(r"^(?:the|la|le|les|l)\s+")
_FOLD_PUNCT = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=8192)  # a vocabulary (name or word -> key), kept across texts: speed only
def fold(name: str) -> str:
    """A lookup key: lower case, no diacritics or punctuation, no leading article."""
    ascii_ish = strip_accents(name.replace("’", "'")).casefold()
    spaced = _FOLD_PUNCT.sub(" ", ascii_ish.replace("'", " ").replace("-", " "))
    return _ARTICLE.sub("", " ".join(spaced.split()))


def _inverted(name: str) -> list[str]:
    """ISO writes some names inverted ("Korea, Republic of"): give the natural order too."""
    head, sep, tail = name.partition(", ")
    if not sep:
        return [name]
    joiner = "" if tail.endswith("'") else " "
    return [name, f"{tail}{joiner}{head}"]


@cache
def _french() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # locale files missing: English names only
        return gettext.NullTranslations()


def _iso_names(country: object) -> list[str]:
    names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
    english = [n for n in names if n]
    french = [_french().gettext(n) for n in english]
    return [variant for n in english + french for variant in _inverted(n)]


@cache
def country_table() -> dict[str, str]:
    """Folded name -> alpha-3, for every ISO 3166-1 country and every UN name variant."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        if country.alpha_3 not in KNOWN_STATES:
            continue
        for name in _iso_names(country):
            table.setdefault(fold(name), country.alpha_3)
    for code, un in UN_NAMES.items():
        for name in (un.short, *un.english, *un.french):
            table[fold(name)] = code
    return table


@cache
def english_names() -> frozenset[str]:
    """Folded English names (ISO and UN), to tell an English mention from a French one."""
    keys = {fold(n) for c in pycountry.countries if c.alpha_3 in KNOWN_STATES
            for n in _english_iso(c)}
    keys |= {fold(n) for un in UN_NAMES.values() for n in (un.short, *un.english)}
    return frozenset(keys)


def _english_iso(country: object) -> list[str]:
    names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
    return [v for n in names if n for v in _inverted(n)]


def lookup_country(name: str) -> str | None:
    """The alpha-3 code of a State name in English or French, or None."""
    return country_table().get(fold(name))


@cache
def _names_by_code() -> dict[str, tuple[str, ...]]:
    by_code: dict[str, list[str]] = {}
    for key, code in country_table().items():
        by_code.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in by_code.items()}


def folded_names(code: str) -> tuple[str, ...]:
    """Every folded name of an alpha-3 code, English and French ("chile", "chili")."""
    return _names_by_code().get(code, ())


def country_name(code: str) -> str | None:
    """The UN English short name of an alpha-3 code (ISO name if the UN one is the same)."""
    if code in UN_NAMES:
        return UN_NAMES[code].short
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country is not None else None


@cache
def max_name_words() -> int:
    """Words in the longest folded name ("royaume uni de grande bretagne et d irlande du nord")."""
    return max(len(key.split()) for key in country_table())


@cache
def names_with_and() -> tuple[str, ...]:
    """State names (English, French) that hold "and" or "et" ("Trinidad and Tobago",
    "Saint Vincent and the Grenadines"): a list of bodies must not be split inside them."""
    names = {n for c in pycountry.countries if c.alpha_3 in KNOWN_STATES
             for n in _iso_names(c) if " and " in n or " et " in n}
    names |= {n for un in UN_NAMES.values() for n in (un.short, *un.english, *un.french)
              if " and " in n or " et " in n}
    return tuple(sorted(names, key=len, reverse=True))
