"""Mojibake: UTF-8 text that was once read as Windows-1252 (or Mac Roman) and saved again.

A release copied through a tool that guessed the wrong encoding reaches us as valid UTF-8
that reads "Committeeâ€™s", "JosÃ© GarcÃ­a", "1Â 250" (a no-break space).  Every later
pattern expects real letters: a French text so damaged gives no heading, no speaker and no
question.  The damage is undone here, before the other clean-up (a soft hyphen, U+00AD, is
the second half of a damaged "í").  ``ftfy`` (a library made for this) does the repair; it
is imported only for a text that shows the damage, which almost none does.  The stages read
the repaired text; for plain text the record's spans are carried back to the text as read
(:mod:`treatyscope.ingest.align`).
"""

from __future__ import annotations

import re

from treatyscope.model import Notice

#: What UTF-8 letters and punctuation look like read as Windows-1252: "Ã" or "Â" before a
#: character of the upper half ("Ã©" for "é", "Â " for a no-break space), "â€" before the
#: rest of a quote or a dash ("â€™", "â€œ", "â€“").
SIGNS = re.compile("[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                   "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026"
                   "\u2030\u2039\u203a\u20ac\u2122\ufffd]")
#: ... and read as Mac Roman (realprobe 29: "today‚Äôs", "Jos√©", "1¬†250"): "√", "¬" or
#: "‚" before a character of Mac Roman's upper half.
MAC_SIGNS = re.compile("[√¬‚][ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø]")
_LEADS = ("Ã", "Â", "â€", "√", "¬", "‚")
#: Fewest signs for a text to be repaired: one may be a real "Â" or "Ã" before a symbol.
MIN_SIGNS = 3
#: A sign no real text holds: a quote or a dash so damaged ("‚Äô" for "’") is repaired alone.
_CERTAIN = "‚Ä"


def repair_mojibake(text: str) -> tuple[str, Notice | None]:
    """``text`` with UTF-8 read as Windows-1252 undone, and a notice if anything changed."""
    if text.isascii() or not any(map(text.__contains__, _LEADS)):
        return text, None  # (only for speed: every sign holds one of these)
    if (_CERTAIN not in text and len(SIGNS.findall(text, 0, 200_000))
            + len(MAC_SIGNS.findall(text, 0, 200_000)) < MIN_SIGNS):
        return text, None
    import ftfy  # only here: most texts never need it

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, None
    return fixed, Notice("W003", "text repaired: UTF-8 that had been read as Windows-1252 "
                                 "or Mac Roman (mojibake such as 'Ã©' or '√©' for 'é')")
