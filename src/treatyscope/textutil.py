"""Small text helpers shared by stages, data tables and exporters."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``text`` without diacritics ("Ünver" -> "Unver"): NFKD, combining marks dropped.

    Note that NFKD also expands compatibility characters ("ﬁ" -> "fi"), so the result may
    be longer than the input: never use its offsets as offsets into ``text``.
    """
    if text.isascii():  # speed only: NFKD changes no ASCII character and none combines
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
