"""Page furniture of UN documents and hyphenation data, for PDF text extraction.

Each furniture entry is a regular expression matched (case-insensitively) against a whole
line at the top or bottom edge of a page; such lines are removed on every page.  Lines that
merely repeat across pages (the document symbol as a running header) are found by counting,
not listed here.
"""

from __future__ import annotations

#: Page labels: whole lines that say they are page furniture wherever they stand, in a PDF's
#: text and in text copied out of a PDF viewer (the clean stage marks them there).
PAGE_LABELS: tuple[str, ...] = (
    # page numbers that say so: "Page 3", "3/11", "3 of 11", "page 3 sur 11", "- 3 -"
    r"page\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?",
    r"\d{1,4}\s*(?:/|of|sur|de)\s*\d{1,4}",
    r"[-–—]\s*\d{1,4}\s*[-–—]",
    # UN job numbers: "GE.23-05812 (E) 030423 040423", "GE.23-05812  3", "02-12345 (E)"
    r"(?:\d{1,4}\s+)?GE\.\d{2}-\d{4,6}\b.*",
    r"\d{2}-\d{5}\s*\([A-Z]\).*",
    # the barcode line printed under the job number: "*2305812*"
    r"\*\d{6,8}\*",
)

#: Whole lines that are page furniture wherever they sit at a page's top or bottom edge.
PAGE_FURNITURE: tuple[str, ...] = (
    # a bare page number: "3"
    r"\d{1,4}",
    # roman page numbers of front matter: "iv", "xii"
    r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})",
    *PAGE_LABELS,
)

#: Openings of the notice that summary records print in small type at the foot of their
#: first page ("This record is subject to correction. Corrections should be submitted in one
#: of the working languages ... consolidated in a single corrigendum ...").  It is several
#: lines long, so it is recognised by how its block starts (matched case-insensitively at the
#: start of a page's last block, whitespace-insensitive), not line by line; the second
#: sentence is listed too for a notice that leaves out the first.
RECORD_NOTICES: tuple[str, ...] = (
    r"this record is subject to correction",
    r"corrections (?:to this record )?should be submitted in one of the working languages",
    r"le présent compte rendu est sujet à rectifications?",
    r"les rectifications doivent être rédigées dans l['’]une des langues de travail",
)

#: Words after which a line-final hyphen is kept when the next line starts in lower case
#: ("twenty-\nfirst" -> "twenty-first", "non-\ngovernmental" -> "non-governmental",
#: "follow-\nup", "decision-\nmaking"): the first elements of the hyphenated compounds of
#: UN texts that are never a point of word division themselves.  Short prefixes that are
#: (re-, pre-, co-, in-, inter-, multi-: "re-\nport", "inter-\nnational") and words that
#: begin common closed words ("high-\nlighted") are left out.  After other words the hyphen is
#: taken for word division ("implemen-\ntation") unless the document shows otherwise.
KEEP_HYPHEN_AFTER = frozenset({
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "non", "self",
    "vice", "ex", "well", "half", "anti", "cross", "follow", "long", "short", "low", "middle",
    "decision", "ill",
})

#: Endings that word division leaves at the start of a line after a whole-word stem
#: ("follow-\ning", "short-\nage", "low-\nest"): never the second word of a compound, so
#: the hyphen goes whatever the first part is.
DIVISION_SUFFIXES = frozenset({
    "ing", "ings", "ed", "er", "ers", "est", "ly", "ness", "ment", "ments", "age", "ages",
    "ship", "ships", "ful", "less", "able", "ity",
})

#: Second parts that are never the rest of a divided word: the pronouns of a French
#: inversion ("sont-|ils", "a-t-|il", "peut-|elle"; French divides before a consonant, so no
#: divided word goes on with "il" or "elle"), and "t-il" itself.
KEEP_HYPHEN_BEFORE = frozenset({"il", "ils", "elle", "elles", "on", "t", "je", "nous", "vous"})
#: French compound numbers: a tens word and a unit ("vingt-|cinq", "trente-|deux").
TENS = frozenset({"vingt", "trente", "quarante", "cinquante", "soixante", "dix", "quatre",
                  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
UNITS = frozenset({"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                   "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                   "vingt", "et", "one", "two", "three", "four", "five", "seven", "eight",
                   "nine"})
