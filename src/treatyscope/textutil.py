"""Small text helpers shared by stages, data tables and exporters."""

from __future__ import annotations

import re
import unicodedata

from treatyscope.data.dates import HEADLINE_SMALL_WORDS

_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_STOP = re.compile(r"[.!?;]\s")
#: A line is a headline when this share of its content words is capitalised ("Experts of
#: the Committee ... Commend China on Reforms Made since the Initial Review"); running text
#: has far fewer.
TITLE_CAPITALS = 0.8
#: Headlines have at least this many content words.
TITLE_MIN_WORDS = 3


def strip_accents(text: str) -> str:
    """``text`` without diacritics ("Ünver" -> "Unver"): NFKD, combining marks dropped.

    Note that NFKD also expands compatibility characters ("ﬁ" -> "fi"), so the result may
    be longer than the input: never use its offsets as offsets into ``text``.
    """
    if text.isascii():  # speed only: NFKD changes no ASCII character and none combines
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def reads_as_headline(text: str) -> bool:
    """True if ``text`` reads as a headline: mostly capitalised words, no sentence stop."""
    if _SENTENCE_STOP.search(text):
        return False
    words = [w for w in _TITLE_WORD.findall(text) if w.casefold() not in HEADLINE_SMALL_WORDS]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= TITLE_MIN_WORDS and capitals >= TITLE_CAPITALS * len(words)
