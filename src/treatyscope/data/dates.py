"""Month and weekday names (English and French) and the phrases that introduce a date.

Keys are lower-case and without diacritics (the date finder folds the text the same way),
so "février", "FEVRIER" and "Février" all look up ``fevrier``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    # English, full and abbreviated
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}

WEEKDAYS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    }
)

#: Regular expression of a month name as written (any case, with or without accents).
MONTH_RX = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|janvier|f[ée]vrier|mars|"
    r"avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
)
WEEKDAY_RX = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)"
)

#: The meeting line of a summary record: "Held at the Palais Wilson, Geneva, on Tuesday,
#: 7 May 2019, at 10 a.m.", "Tenue au Palais Wilson, à Genève, le mardi 9 novembre 2010".
#: Case-sensitive: "Held" capitalised anywhere, lower-case "tenue" only at a line start
#: (running text says "was held at" and "la réunion tenue à"). Remote meetings of 2020-2021
#: were "Held online on ...", "Held via videoconference", "Tenue en ligne le ...".
HELD_RX = (
    r"(?-i:(?:(?<=\s)|^)(?:Held|HELD|Tenue|TENUE)|(?m:^)[ \t]*tenue)"
    r"\s+(?:at|au|à|online|virtually|via|en\s+ligne|par|à\s+distance)\b"
)

#: A dateline opening a release: "GENEVA (19 April 2017) –", "NEW YORK (3 May 2010) -".
DATELINE_PLACE_RX = r"[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]+(?:[ -][A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]+){0,2}"

#: Function words a headline leaves in lower case ("Committee on the Rights of the Child").
HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
        "from", "into", "its", "their", "et", "de", "des", "du", "la", "le", "les", "l", "d",
        "sur", "pour", "au", "aux", "en",
    }
)

#: Earliest and latest plausible years of a treaty-body meeting text.
FIRST_YEAR = 1946
LAST_YEAR = 2100
