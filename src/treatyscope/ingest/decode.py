"""Bytes to text: detect the encoding, refuse binary data, normalise line ends.

The encoding is decided in this order (the first that applies wins):

1. a byte-order mark; UTF-16 without one (NULs fill every other byte);
2. strict UTF-8: bytes that are valid UTF-8 and hold a multi-byte character are UTF-8
   whatever a page declares (a stale ``<meta charset=iso-8859-1>`` on a re-saved page);
3. a declared charset (the HTTP ``Content-Type``, or an HTML page's ``<meta charset>`` /
   ``http-equiv`` in its first 1,024 bytes, as the WHATWG prescan does) when the bytes
   decode cleanly in it;
4. *mostly* UTF-8: at least :data:`MIN_UTF8_SHARE` of the non-ASCII sequences are
   well-formed UTF-8 (a stray Windows-1252 byte pasted from Word into a UTF-8 file): UTF-8,
   each invalid byte read as Windows-1252 and counted in ``repaired``;
5. charset-normalizer's ranking, restricted to :data:`PLAUSIBLE_ENCODINGS` (the encodings
   UN texts come in) and to decodings without C1 control characters (no real text has
   them; they are how Mac Roman letters look in Latin-1);
6. Windows-1252.

Line ends are normalised the way Python's universal-newline mode does (``\\r\\n`` and ``\\r``
become ``\\n``), so offsets agree with ``open(path, encoding=...).read()``.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

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
#: Share of the non-ASCII sequences that must be well-formed UTF-8 for bytes that are not
#: all valid UTF-8 to be read as UTF-8 with the other bytes repaired.  Legacy single-byte
#: text almost never forms a valid multi-byte sequence by chance, so its share is near 0.
MIN_UTF8_SHARE = 0.75
#: The encodings charset-normalizer may choose between (Python codec names): UTF-8/16/32,
#: the Western code pages, Central European, Cyrillic (Windows and KOI8-R), Arabic,
#: Simplified Chinese and Mac Roman.  Anything else it guesses is an artefact of short or
#: mostly-ASCII input.
PLAUSIBLE_ENCODINGS = (
    "utf_8", "utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251",
    "koi8_r", "cp1256", "gb18030", "mac_roman",
)  # fmt: skip
#: Guesses read as Windows-1252: charset-normalizer prefers cp1250 etc. for short Western
#: texts, and cp1252 is a superset of Latin-1 for printable characters.
_AS_CP1252 = frozenset(["cp1250", "latin_1", "iso8859_15"])
#: Declared charsets that the WHATWG Encoding Standard reads as another one.
_DECLARED_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "utf_16": "utf_8", "utf_16_le": "utf_8", "utf_16_be": "utf_8"}
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


class Decoded(NamedTuple):
    """Decoded text, the codec used, and how many bytes were invalid in it and repaired."""

    text: str
    encoding: str
    repaired: int = 0


def decode_bytes(data: bytes, *, declared: str | None = None, origin: str = "the input") -> Decoded:
    """Decode ``data`` (see the module docstring for the order); raise on empty or binary input.

    declared: a charset named by the HTTP header or the page itself (see :func:`meta_charset`).
    origin: how error messages name the input (a path or URL).
    """
    if not data.strip():
        raise EmptyDocument(f"{origin} is empty or holds only whitespace")
    decoded = _decode(data, declared, origin)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise EmptyDocument(f"{origin} holds only whitespace")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput(f"{origin} looks like binary data, not text, HTML or PDF")
    return decoded._replace(text=text)


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF (universal newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 1,024 bytes (``<meta charset>`` or
    ``<meta http-equiv="Content-Type" content="...; charset=...">``), or None."""
    found = _META_CHARSET.search(data[:1024])
    return found.group(1).decode("ascii") if found else None


def _decode(data: bytes, declared: str | None, origin: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data:
        raise BinaryInput(f"{origin} contains NUL bytes: binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return (
        _decode_declared(data, declared)
        or _decode_mostly_utf8(data)
        or _decode_guessed(data)
        or Decoded(data.decode("cp1252", errors="replace"), "cp1252")
    )


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    encoding = _codec_name(declared) if declared else None
    if encoding is None:
        return None
    encoding = _DECLARED_ALIASES.get(encoding, encoding)
    try:
        return Decoded(data.decode(encoding), encoding.replace("_", "-"))
    except UnicodeDecodeError:
        return None


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None


def _decode_mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with its invalid bytes read as Windows-1252, when most non-ASCII is UTF-8."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", errors="ignore"))
    well_formed = non_ascii - invalid
    if well_formed < MIN_UTF8_SHARE * (well_formed + invalid):
        return None
    text = _ESCAPED_BYTE.sub(_repair_byte, escaped)
    return Decoded(text, "utf-8", invalid)


def _repair_byte(escaped: re.Match[str]) -> str:
    byte = bytes([ord(escaped.group()) - 0xDC00])
    return byte.decode("cp1252", errors="replace")


def _decode_guessed(data: bytes) -> Decoded | None:
    for match in from_bytes(data, cp_isolation=list(PLAUSIBLE_ENCODINGS)):
        if match.encoding in ("utf_8", "ascii"):
            continue  # strict UTF-8 failed above
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _C1_CONTROLS.search(text):
            continue
        if match.encoding in _AS_CP1252:
            try:
                return Decoded(data.decode("cp1252"), "cp1252")
            except UnicodeDecodeError:
                pass  # bytes cp1252 leaves undefined: keep the guess
        return Decoded(text, match.encoding)
    return None


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
