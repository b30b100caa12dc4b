"""Bytes to text: detect the encoding, refuse binary data, normalise line ends.

Line ends are normalised the way Python's universal-newline mode does (``\\r\\n`` and ``\\r``
become ``\\n``), so offsets agree with ``open(path, encoding=...).read()``.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from treatyscope.errors import BinaryInput, EmptyDocument

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of control characters (other than tab, newline, carriage return, form feed) above
#: which decoded text is taken for binary data.  Real summaries have none; 1% tolerates a
#: few stray bytes in a scraped page.
MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise on empty or binary input.

    Order: a byte-order mark; UTF-16 without BOM (every other byte NUL); strict UTF-8;
    charset-normalizer's best guess; Windows-1252 as the last resort.
    """
    if not data.strip():
        raise EmptyDocument("the input is empty or holds only whitespace")
    text, encoding = _decode(data)
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyDocument("the input holds only whitespace")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput("the input looks like binary data, not text, HTML or PDF")
    return text, encoding


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF (universal newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if b"\x00" in data:
        raise BinaryInput("the input contains NUL bytes: binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        # charset-normalizer prefers cp1250 etc. for short Western texts; cp1252 is a
        # superset of Latin-1 for printable characters and the usual case for UN pages
        encoding = "cp1252" if best.encoding in ("cp1250", "latin_1", "iso8859_15") else best.encoding
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs fill every other byte of a text, else None."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


#: Control characters other than tab, newline, vertical tab and form feed, and U+FFFD.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0d-\x1f\ufffd]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    # one regular-expression scan: a Python loop over the characters cost 0.5 ms
    bad = len(_BAD_CHARS.findall(sample))
    return bad / max(1, len(sample))
