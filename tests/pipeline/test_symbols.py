"""UN document symbols: found in text order, repaired, parsed into their parts."""

from __future__ import annotations

import pytest

from treatyscope.model import Span
from treatyscope.pipeline.symbols import find_symbols, is_addendum, parse_symbol


def symbols(text: str, meeting: str | None = None) -> list[str]:
    return [s.symbol for s in find_symbols(text, meeting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the initial report of Sao Tome and Principe (CMW/C/STP/1).", ["CMW/C/STP/1"]),
        ("(CAT/C/KAZ/4; CAT/C/KAZ/Q/4; CAT/C/KAZ/RQ/4)", ["CAT/C/KAZ/4", "CAT/C/KAZ/Q/4", "CAT/C/KAZ/RQ/4"]),
        ("(CMW/C/PHL/3; CMW/C/PHL/QPR/3)", ["CMW/C/PHL/3", "CMW/C/PHL/QPR/3"]),
        ("Kuwait(continued)(CEDAW/C/KWT/3-4; CEDAW/C/KWT/Q/3-4 and Add.1)", ["CEDAW/C/KWT/3-4", "CEDAW/C/KWT/Q/3-4"]),
        ("E/C.12/2017/SR.27 and E/C.12/LKA/5", ["E/C.12/2017/SR.27", "E/C.12/LKA/5"]),
        ("figureront au document CCPR/C/CHN-HKG/CO/3 .", ["CCPR/C/CHN-HKG/CO/3"]),
        ("(CAT/C/54/Add.1) and CERD/C/428/Add.2", ["CAT/C/54/Add.1", "CERD/C/428/Add.2"]),
        ("appears as document CAT/C/SR.842/Add.1.", ["CAT/C/SR.842/Add.1"]),
        ("A/HRC/WG.6/22/L.10 and HRI/MC/2007/2/Add.1", ["A/HRC/WG.6/22/L.10", "HRI/MC/2007/2/Add.1"]),
        ("CEDAW/C/LKA/3 et 4; CEDAW/PSWG/2002/I/CRP.1/Add.4et", ["CEDAW/C/LKA/3", "CEDAW/PSWG/2002/I/CRP.1/Add.4"]),
        ("draft general comment (CAT/C/47/GC/R.1)", ["CAT/C/47/GC/R.1"]),
        # "/C/" left out by a misprint: listed as written, before a State's code only
        ("reports of Zambia (CEDAW/ZMB/4-5; CEDAW/ZMB/Q/4-5)", ["CEDAW/ZMB/4-5", "CEDAW/ZMB/Q/4-5"]),
        ("the report of Hong Kong, China (CCPR/CHN-HKG/3)", ["CCPR/CHN-HKG/3"]),
        # a part of a long document, its spaces removed
        ("(CERD/C/97/CRP.1/Part. III and Add.1 to 5; CERD/C/97/CRP.2/Add.1)",
         ["CERD/C/97/CRP.1/Part.III", "CERD/C/97/CRP.2/Add.1"]),
        ("(CAT/C/61/CRP.1/Part.2)", ["CAT/C/61/CRP.1/Part.2"]),
        # an older symbol: a session in Roman numerals, then a lettered part in mixed case
        ("documents CAT/C/XXII/Concl.4 and CERD/C/LVII/Misc.20.",
         ["CAT/C/XXII/Concl.4", "CERD/C/LVII/Misc.20"]),
    ],
)
def test_symbols_in_text_order(text: str, expected: list[str]) -> None:
    assert symbols(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Press Release HR/CT/617",
        "not an official record CAT/18/017E",
        "GA/SHC/4377",
        "document officiel CCPR/19/1",
        "DH/G/357",
        "CERD17/020F",
        "resolution 66/254 and Council resolution 5/1",
        "ILO Conventions 181 and 189",
        "Covid-19",
        # a body's letters before a code that is no State's: the Conference of States
        # parties, an unknown code
        "CRPD/CSP/2019/2",
        "CEDAW/XYZ/3",
    ],
)
def test_press_codes_and_resolutions_are_not_symbols(text: str) -> None:
    assert symbols(text) == []


def test_a_space_inside_the_body_is_removed_but_kept_in_the_span() -> None:
    text = "United Nations\n\nC AT/C/SR.1740\n\nConvention"
    [sym] = find_symbols(text)
    assert sym.symbol == "CAT/C/SR.1740"
    assert sym.span.slice(text) == "C AT/C/SR.1740"


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        ("CERD/C/SR.16859 March 2005", None, "CERD/C/SR.1685"),  # 59 is no day: 9 March
        ("CAT/C/SR.62424 November 2004", None, "CAT/C/SR.624"),
        ("CERD/C/SR.183524 janvier 2008", "1835", "CERD/C/SR.1835"),
        ("CERD/C/SR.12312 May 2010", "1231", "CERD/C/SR.1231"),  # the meeting decides
        ("CRC/C/SR.1025*2 février 2005", None, "CRC/C/SR.1025"),
        ("CAT/C/SR.1740\n10 May 2019", None, "CAT/C/SR.1740"),  # a date on its own line
        ("(HRI/CORE/LKA/200 8 );", None, "HRI/CORE/LKA/2008"),  # digits split by extraction
    ],
)
def test_repaired_symbols(text: str, meeting: str | None, expected: str) -> None:
    assert symbols(text, meeting) == [expected]


@pytest.mark.parametrize(
    ("symbol", "body", "country", "doc_type", "number"),
    [
        ("CMW/C/KGZ/2", "CMW", "KGZ", "report", "2"),
        ("CMW/C/SYR/2-3", "CMW", "SYR", "report", "2-3"),
        ("CAT/C/KAZ/Q/2", "CAT", "KAZ", "list_of_issues", "2"),
        ("CAT/C/KAZ/Q/2/Add.1", "CAT", "KAZ", "replies", "2"),
        ("CAT/C/KAZ/RQ/4", "CAT", "KAZ", "replies", "4"),
        ("CMW/C/PHL/QPR/3", "CMW", "PHL", "list_of_issues_prior", "3"),
        ("CAT/C/GBR/CO/5", "CAT", "GBR", "concluding_observations", "5"),
        ("CCPR/C/CHN-HKG/CO/3", "CCPR", "CHN", "concluding_observations", "3"),
        ("CMW/C/SR.519", "CMW", None, "summary_record", "519"),
        ("E/C.12/2017/SR.27", "CESCR", None, "summary_record", "27"),
        ("CRPD/C/6/SR.10", "CRPD", None, "summary_record", "10"),
        ("E/C.12/LKA/5", "CESCR", "LKA", "report", "5"),
        ("CCPR/C/GC/36", "CCPR", None, "general_comment", "36"),
        ("CAT/C/54/Add.1", "CAT", None, "other", None),  # a report or observations: context decides
        ("CAT/OP/MEX/1", "SPT", "MEX", "report", "1"),
        ("A/HRC/WG.6/22/L.10", "HRC", None, "other", None),
        ("HRI/CORE/NZL/2010", "HRI", "NZL", "other", None),
        ("CCPR/C/ISR/2001/2", "CCPR", "ISR", "report", "2"),
        ("CCPR/C/UKR/99/5", "CCPR", "UKR", "report", "5"),  # a year of two digits (probe K)
        ("CRC/C/OPSC/MLT/1", "CRC", "MLT", "report", "1"),
        ("CERD/C/2007/1", "CERD", None, "other", None),
        ("E/C.12/Q/CHL/1", "CESCR", "CHL", "list_of_issues", "1"),  # older order
        # the UN's own country parts, and a former State's code
        ("CCPR/C/SEMO/2003/1", "CCPR", "SCG", "report", "1"),
        ("CEDAW/C/GUA/7", "CEDAW", "GTM", "report", "7"),
    ],
)
def test_parse_symbol(symbol: str, body: str, country: str | None, doc_type: str, number: str | None) -> None:
    parsed = parse_symbol(symbol, Span(0, len(symbol)))
    assert (parsed.body, parsed.country, parsed.doc_type, parsed.number) == (body, country, doc_type, number)


def test_spans_never_end_on_whitespace_or_punctuation() -> None:
    text = "see CMW/C/KGZ/2. Then CAT/C/SR.1740 - and (CRC/C/NGA/3-4)"
    for sym in find_symbols(text):
        piece = sym.span.slice(text)
        assert piece == sym.symbol
        assert not piece[-1].isspace() and piece[-1] not in ".-"


@pytest.mark.parametrize(
    ("symbol", "addendum"),
    [("CAT/C/54/Add.1", True), ("CCPR/C/79/Add.50", True), ("E/1990/6/Add.32", True),
     ("E/C.12/1/Add.107", True), ("CAT/C/KAZ/Q/2/Add.1", False),
     ("CAT/C/SR.842/Add.1", False), ("HRI/CORE/1/Add.5", False)],
)
def test_old_style_addenda(symbol: str, addendum: bool) -> None:
    assert is_addendum(parse_symbol(symbol, Span(0, len(symbol)))) is addendum


def test_space_after_a_slash_is_removed_from_the_symbol() -> None:
    text = "the list of issues (E/C.12/ LKA/Q/2-4) and the replies (E/C.12/ LKA/Q/2-4/Add.1)."
    found = find_symbols(text)
    assert [s.symbol for s in found] == ["E/C.12/LKA/Q/2-4", "E/C.12/LKA/Q/2-4/Add.1"]
    assert text[found[0].span.start:found[0].span.end] == "E/C.12/ LKA/Q/2-4"
    assert found[0].country == "LKA"
    # a slash before ordinary words stays where it is
    assert [s.symbol for s in find_symbols("CAT/C/SR.12/ The Committee met.")] == ["CAT/C/SR.12"]


@pytest.mark.parametrize(("text", "symbol", "written"), [
    ("the initial report (CAT/C/BEN/ 1) was", "CAT/C/BEN/1", "CAT/C/BEN/ 1"),
    # a space inside an addendum's number (probe ai)
    ("réponses écrites (CRC/C/TGO/Q/3-4/Add. 1)", "CRC/C/TGO/Q/3-4/Add.1",
     "CRC/C/TGO/Q/3-4/Add. 1"),
    # a space after the body's slash (probe ai)
    ("Rapport de la Nouvelle-Zélande (CERD/ C/NZL/18-20 et", "CERD/C/NZL/18-20",
     "CERD/ C/NZL/18-20"),
    ("the report (CRC/C/MNG/5 -6).", "CRC/C/MNG/5-6", "CRC/C/MNG/5 -6"),
    ("the report (CRC/C/MNG/5- 6).", "CRC/C/MNG/5-6", "CRC/C/MNG/5- 6"),
    ("the report (CEDAW/C/BOL/5 - 7).", "CEDAW/C/BOL/5-7", "CEDAW/C/BOL/5 - 7"),
    # a space before what no bracket closes stays outside: a dash, a date
    ("CAT/C/BEN/1 - the report", "CAT/C/BEN/1", "CAT/C/BEN/1"),
    ("CAT/C/BEN/ 12 May", "CAT/C/BEN", "CAT/C/BEN"),
])
def test_a_last_number_or_range_spaced_out_by_extraction(text: str, symbol: str,
                                                          written: str) -> None:
    """Extraction from PDF spaces the end of a symbol ("CAT/C/BEN/ 1", "5 - 7"): the symbol
    is read whole, its span keeps the characters as written (probe A)."""
    [found] = find_symbols(text)
    assert (found.symbol, text[found.span.start:found.span.end]) == (symbol, written)


def test_a_slash_typed_for_the_dot_of_the_cescr_root() -> None:
    text = "Deuxième à quatrième rapports périodiques de Sri Lanka (E/C/12/LKA/2-4) (suite)"
    (sym,) = find_symbols(text)
    assert (sym.symbol, sym.body, sym.country, sym.doc_type, sym.number) == (
        "E/C/12/LKA/2-4", "CESCR", "LKA", "report", "2-4")


def test_a_space_after_a_lettered_numbers_dot_or_the_first_slash() -> None:
    """"CAT/C/SR. 1640" was cut to "CAT/C/SR" and "E/ C.12/2011/SR.14" was lost."""
    text = "Les comptes rendus (CAT/C/SR. 1640) et E/ C.12/2011/SR.14 ont été publiés."
    assert [s.symbol for s in find_symbols(text)] == ["CAT/C/SR.1640", "E/C.12/2011/SR.14"]
