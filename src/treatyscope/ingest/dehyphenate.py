"""Words divided at a line end in a plain text, joined again.

A record put through ``pdftotext``, or copied out of a PDF reader, keeps the word division
of the printed page: "4.5 mil-" ends one line and "lion tenge" starts the next.  Unwrapping
makes the break a space ("mil- lion"), and no stage reads a divided word: the figure loses
its scale, the noun after it its count.  Here the hyphen and the line break of a divided
word are deleted ("million"); a compound keeps its hyphen and loses the break
("Vice-Chairperson", "well-known", "community-based" when the text writes "gender-based"),
decided as for a PDF (:func:`treatyscope.ingest.pdf.keep_hyphen`).  The text gets shorter,
so ingest carries the review's spans back to the text as read
(:mod:`treatyscope.ingest.align`).
"""

from __future__ import annotations

import re

from treatyscope.ingest.pdf import keep_hyphen

#: A word, a hyphen at the end of its line (a hyphen or U+2010), the line break and the
#: next line's indentation, before a letter.
_DIVIDED = re.compile(r"([^\W\d_]+)[-\u2010][ \t]*\r?\n[ \t]*(?=[^\W\d_])")
#: A line that ends with a hyphen (speed: most texts have none).
_HYPHEN_AT_END = re.compile(r"[-\u2010][ \t]*\r?\n")
#: The document's words, hyphenated ones whole, for :func:`keep_hyphen`.
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def join_divided_words(lines: str, text: str | None = None) -> str:
    """``text`` (by default ``lines``) with the words that ``lines`` divides at a line end
    joined.  ``text`` is ``lines`` unwrapped, one character for one (a line break may be a
    space there): the divisions are found where the line breaks are.  The same string is
    returned when there are none."""
    text = lines if text is None else text
    if _HYPHEN_AT_END.search(lines) is None:
        return text
    vocabulary = {word.lower() for word in _WORDS.findall(lines)}
    parts: list[str] = []
    done = 0
    for m in _DIVIDED.finditer(lines):
        following = lines[m.end() : m.end() + 40]
        divided = following[:1].islower() and not keep_hyphen(m.group(1), following, vocabulary)
        cut = m.end(1) if divided else m.end(1) + 1  # after the word, or after its hyphen
        parts.append(text[done:cut])
        done = m.end()
    parts.append(text[done:])
    return "".join(parts)
