"""Unicode clean-up of every source text: NFC, and no invisible format characters.

A soft hyphen inside "AGBOD\\u00adJÈDO", a zero-width space after a name or a heading, or
decomposed accents (NFD text, as macOS and some PDF copies write it) break every name and
heading pattern, which match composed letters.  So ingest deletes the default-ignorable
format characters of :data:`INVISIBLE`, writes a non-breaking hyphen as a hyphen and
composes the text to NFC.  The change is
reported (notice ``W002``); for plain text the record's spans are carried back to the text
as read (:mod:`treatyscope.ingest.align`).  A text that is already clean, as almost every
one is, is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata

from treatyscope.model import Notice

#: Soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner, and a
#: zero-width no-break space (U+FEFF) that is not a byte-order mark.
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: The characters of :data:`INVISIBLE`, for a fast test of whether a text holds one.
INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


#: A non-breaking hyphen (U+2011) inside a name ("Kyung‑wha Kang") is a hyphen: every
#: name pattern reads "-".
NON_BREAKING_HYPHEN = "\u2011"


def normalise_unicode(text: str) -> tuple[str, Notice | None]:
    """``text`` without :data:`INVISIBLE` characters and in NFC, its non-breaking hyphens
    plain, and a notice if it changed."""
    if text.isascii():  # speed only: nothing to remove or compose
        return text, None
    hyphens = text.count(NON_BREAKING_HYPHEN)
    if hyphens:
        text = text.replace(NON_BREAKING_HYPHEN, "-")
    # a plain `in` per character finds none far faster than a scan by the pattern (speed)
    if any(map(text.__contains__, INVISIBLE_CHARS)):
        cleaned, removed = INVISIBLE.subn("", text)
    else:
        cleaned, removed = text, 0
    composed = unicodedata.is_normalized("NFC", cleaned)
    if not composed:
        cleaned = unicodedata.normalize("NFC", cleaned)
    if not removed and composed and not hyphens:
        return text, None
    done = [f"{removed} invisible character{'s' if removed != 1 else ''} removed"] if removed else []
    done += [f"{hyphens} non-breaking hyphen{'s' if hyphens != 1 else ''} made plain"] if hyphens else []
    done += [] if composed else ["composed to NFC"]
    return cleaned, Notice("W002", f"text normalised: {', '.join(done)}")
