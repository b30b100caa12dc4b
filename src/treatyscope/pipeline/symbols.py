"""UN document symbols: find them in text order and parse them into their parts.

A symbol is a series root issued by a treaty body or the Council ("CMW/C", "E/C.12",
"CAT/OP", "A/HRC", "HRI/CORE") followed by slash-separated parts: ``CMW/C/KGZ/2``,
``CMW/C/SYR/2-3``, ``CAT/C/KAZ/Q/2/Add.1``, ``CMW/C/PHL/QPR/3``, ``CMW/C/SR.519``.
Press-release codes (HR/CT/617, CAT/18/017E, GA/SHC/4377, CCPR/19/1) are not symbols: their
second part is neither a committee series letter nor a known series.  A symbol misprinted
without its series ("CEDAW/ZMB/4-5") is read when a State's code follows the body.

Text extraction damages symbols in three ways that are repaired here: a space inside the
root ("C AT/C/SR.1740") or after a slash ("E/C.12/ LKA/Q/2-4"), removed from the symbol
while the span keeps the characters as written, and a date glued to the end ("CERD/C/SR.16859 March 2005" is SR.1685 issued on
9 March).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from treatyscope.data.committees import PROTOCOLS, SYMBOL_BODIES, SYMBOL_ROOTS, SYMBOL_SERIES
from treatyscope.data.countries import KNOWN_STATES, SYMBOL_COUNTRY_PARTS
from treatyscope.data.dates import MONTH_RX
from treatyscope.model import DocumentSymbol, Span

#: One part after the root: a code (KGZ, Q, QPR, CO, GC, CHN-HKG), a number or range
#: (2, 3-4, 2017), a lettered number (SR.519, Add.1, WG.6, L.10, R.1, CRP.1).
_PART = (
    # (a space after the dot of a lettered number too: "CAT/C/SR. 1640")
    # (a part of a long document: "CCPR/C/99/CRP.1/Part. I", "CERD/C/102/CRP.1/Part.II")
    # (and the lettered parts of older symbols: "CAT/C/XXVI/Concl.8", "CERD/C/LIV/Misc.12")
    # (and a draft's part: "CERD/C/62/draftCO/11")
    r"(?:(?:Add|Rev|Corr|Amend|Concl|Misc|Dec|Res|Sess)\. ?\d+|draft[A-Z]{1,4}|Part\.? ?(?:[IVX]{1,4}\b|\d{1,2})|[A-Z]{1,6}\. ?\d+|[A-Z]{2,6}(?:-[A-Z]{3})?|[A-Z]|\d{1,5}(?:-\d{1,3}|"
    # a range spaced out by extraction, closed by a bracket or a stop: "(CRC/C/MNG/5 -6)",
    # "(CEDAW/C/BOL/5 - 7)"
    r"[ ]?-[ ]?\d{1,3}(?=[ ]?[)\],;.]))?)"
)
#: A space after a slash, before a code that another slash follows ("E/C.12/ LKA/Q/2-4",
#: a line broken inside the symbol; "CERD/ C/NZL/18-20") or before a last number a bracket
#: closes ("(CAT/C/BEN/ 1)"): removed from the symbol like a space in the root.
_SLASH = r"/(?: (?=[A-Z]{1,6}/|\d{1,3}[ ]?[)\],;]))?"
#: A treaty body's letters right before a State's code, the series "/C/" left out by a
#: misprint ("CEDAW/ZMB/5-6; CEDAW/ZMB/Q/5-6"): a symbol all the same, listed as written.
#: Only a State's code may follow, so "CRPD/CSP/2019/2" and press codes ("CAT/18/017E")
#: stay out.
_BODY_BEFORE_STATE = (
    rf"(?:{'|'.join(sorted((b for b in SYMBOL_BODIES if b.isalpha()), key=len, reverse=True))})"
    rf"(?=/(?:{'|'.join(sorted(KNOWN_STATES | SYMBOL_COUNTRY_PARTS.keys()))})(?:-[A-Z]{{3}})?/)"
)
_SYMBOL = re.compile(
    rf"(?<![\w/])(?:{'|'.join((*SYMBOL_ROOTS, _BODY_BEFORE_STATE))})(?:{_SLASH}{_PART})+")
#: A date glued to the end of a symbol: "SR.16859 March 2005", "SR.183524 janvier 2008".
_GLUED_DATE = re.compile(rf"[ \t]+(?:{MONTH_RX})\b\.?[ \t]+\d{{4}}", re.IGNORECASE)
_LAST_NUMBER = re.compile(r"(\d+)$")
#: Final digits split off by extraction ("HRI/CORE/LKA/200 8 );"): joined back only when
#: they close a parenthesis or a list item.
_SPLIT_DIGITS = re.compile(r"(?<=\d) (\d{1,2}) ?(?=[);,])")
#: The day of a glued date has at most this many digits.
MAX_DAY_DIGITS = 2


def find_symbols(text: str, meeting: str | None = None) -> list[DocumentSymbol]:
    """Every UN document symbol in ``text``, in text order, parsed.

    meeting (str | None): the record's meeting number, used to split a glued date
        ("SR.183524 janvier" is SR.1835 when the record is of the 1835th meeting).
    """
    out = []
    for start, end in _candidates(text):
        end = _unglue_date(text, start, end, meeting)
        split = _SPLIT_DIGITS.match(text, end)
        end = split.end(1) if split else end
        written = text[start:end].rstrip(".- ")
        symbol = written.replace(" ", "")
        out.append(parse_symbol(symbol, Span(start, start + len(written))))
    return out


#: The most characters a root has before its first slash ("C E D A W " spaced out).
ROOT_BEFORE_SLASH = 10


def _symbol_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_SYMBOL.finditer(text)`` finds, tried only just before each slash.

    Speed only: the pattern opens with a lookbehind, so finditer tries it at every position
    (0.6 ms on the sample).  Exact: every symbol holds a slash within
    :data:`ROOT_BEFORE_SLASH` characters of its start; positions are tried in text order
    and those an earlier match covers are skipped, as finditer does.
    """
    tried = 0
    slash = text.find("/")
    while slash >= 0:
        for at in range(max(tried, slash - ROOT_BEFORE_SLASH), slash):
            m = _SYMBOL.match(text, at)
            if m:
                yield m
                tried = m.end()
                break
        else:
            tried = max(tried, slash)
        slash = text.find("/", max(slash + 1, tried))


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    for m in _symbol_matches(text):
        end = m.end()
        if end < len(text) and (text[end].isalpha() and text[end - 1].isalpha()):
            continue  # runs into a word: not a symbol
        yield m.start(), end


def _unglue_date(text: str, start: int, end: int, meeting: str | None) -> int:
    """End of the symbol once the day of a glued date is given back."""
    number = _LAST_NUMBER.search(text, start, end)
    if not number or not _GLUED_DATE.match(text, end):
        return end
    digits = number.group(1)
    extra = len(digits) - len(meeting or "")
    if meeting and digits.startswith(meeting) and 0 < extra <= MAX_DAY_DIGITS:
        return number.start() + len(meeting)
    for day_len in range(MAX_DAY_DIGITS, 0, -1):
        day = digits[-day_len:]
        if len(digits) > day_len and day[0] != "0" and 1 <= int(day) <= 31:
            return end - day_len
    return end


def parse_symbol(symbol: str, span: Span) -> DocumentSymbol:
    """A :class:`DocumentSymbol` with body, country, document type and number."""
    parts = symbol.split("/")
    root = next((r for r in _roots_by_length() if symbol.startswith(r + "/")), None)
    body = SYMBOL_BODIES[root] if root else parts[0]
    rest = parts[root.count("/") + 1 :] if root else parts[1:]
    rest = [p for i, p in enumerate(rest) if not (i == 0 and p in SYMBOL_SERIES) and p not in PROTOCOLS]
    at = next((i for i, p in enumerate(rest[:3]) if _country_part(p)), None)
    country = _country_part(rest[at]) if at is not None else None
    others = rest[:at] + rest[at + 1 :] if at is not None else rest
    doc_type, number = _doc_type(others, at is not None)
    if root is None and doc_type == "report":
        doc_type, number = "other", None  # HRI core documents, not treaty reports
    return DocumentSymbol(symbol, span, body, country, doc_type, number)


def _country_part(part: str) -> str | None:
    """The State a symbol's part names ("KEN", "CHN-HKG", the UN's own "SEMO"), or None."""
    code = part.split("-")[0]
    code = SYMBOL_COUNTRY_PARTS.get(code, code)
    return code if code in KNOWN_STATES else None


@cache
def _roots_by_length() -> tuple[str, ...]:
    return tuple(sorted(SYMBOL_BODIES, key=len, reverse=True))


def _doc_type(rest: list[str], has_country: bool) -> tuple[str, str | None]:
    """Document type and number from the parts after the body (and country, if any)."""
    if not rest:
        return "other", None
    head = rest[0]
    if head.startswith("SR."):
        return "summary_record", head[3:]
    if len(rest) >= 2 and rest[1].startswith("SR."):  # E/C.12/2017/SR.27
        return "summary_record", rest[1][3:]
    if head in ("Q", "LOI") and len(rest) >= 2:
        kind = "replies" if any(p.startswith("Add.") for p in rest[2:]) else "list_of_issues"
        return kind, rest[1]
    if head == "QPR" and len(rest) >= 2:
        return "list_of_issues_prior", rest[1]
    if head in ("RQ", "REP") and len(rest) >= 2:
        return "replies", rest[1]
    if head == "CO" and len(rest) >= 2:
        return "concluding_observations", rest[1]
    if head == "AI" and len(rest) >= 2:  # CED: additional information under article 29 (4)
        return "additional_information", rest[1]
    if "GC" in rest:
        after = rest[rest.index("GC") + 1 :]
        return "general_comment", after[0] if after and after[0].isdigit() else None
    if re.fullmatch(r"\d{1,3}(?:-\d{1,3})?", head) and len(rest) == 1:
        return "report", head
    if has_country and len(rest) == 2 and re.fullmatch(r"(?:19|20)\d{2}|9\d|0\d", head) and rest[1].isdigit():
        # 1999-2006 style: CCPR/C/ISR/2001/2, also with a year of two digits:
        # CCPR/C/UKR/99/5 (probe K)
        return "report", rest[1]
    return "other", None


def is_addendum(sym: DocumentSymbol) -> bool:
    """An old-style symbol "CAT/C/54/Add.1": before about 2008 State reports, and also
    concluding observations (CCPR/C/79/Add.50), were issued as numbered addenda, so only
    the context tells which."""
    return sym.country is None and sym.doc_type == "other" and bool(_ADDENDUM.fullmatch(sym.symbol))


_ADDENDUM = re.compile(r"(?:[A-Z]+/C|E/C\.12|E/(?:19|20)\d{2})/\d{1,4}/Add\.\d+")
