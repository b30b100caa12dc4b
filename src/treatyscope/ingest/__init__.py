"""Ingest: a path, URL, bytes or string becomes a :class:`~treatyscope.model.Source`.

The Source's text is what every span of the review points into: the decoded input for
plain text (line ends normalised, the lines of hard-wrapped paragraphs joined with a space:
one character for one, :mod:`treatyscope.ingest.unwrap`), the extracted main text for HTML
and PDF, the rendered text for Markdown (:mod:`treatyscope.ingest.markdown`).  Every text is then NFC without invisible format characters
(:mod:`treatyscope.ingest.normalise`), after mojibake is undone
(:mod:`treatyscope.ingest.mojibake`).  What ingest had to repair or change is reported as
notices (:class:`Loaded`): ``W001`` invalid bytes repaired, ``W002`` text normalised,
``W003`` mojibake repaired.  In plain text the stages also read words divided at a line end
joined (:mod:`treatyscope.ingest.dehyphenate`); like every repair that shortens the text,
the review's spans are then carried back to the text as read (:mod:`treatyscope.ingest.align`).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import NamedTuple

from treatyscope.errors import (
    BinaryInput,
    EmptyDocument,
    InputNotFound,
    InputTooLarge,
    NotAFile,
    UnsupportedFormat,
)
from treatyscope.ingest.align import Restore, align, restore
from treatyscope.ingest.decode import decode_bytes, meta_charset, normalise_newlines
from treatyscope.ingest.dehyphenate import join_divided_words
from treatyscope.ingest.fetch import check_url, http_fetch, is_url
from treatyscope.ingest.html import html_to_text, looks_like_html
from treatyscope.ingest.markdown import is_markdown_name, looks_like_markdown, markdown_to_text
from treatyscope.ingest.mojibake import repair_mojibake
from treatyscope.ingest.normalise import normalise_unicode
from treatyscope.ingest.pdf import pdf_to_text
from treatyscope.ingest.unwrap import unwrap_lines
from treatyscope.model import Notice, Source
from treatyscope.options import AnalyzeOptions

__all__ = ["Loaded", "load", "load_bytes", "load_path", "load_text", "load_url", "load_with_notices"]

#: Magic numbers of formats that are not text, HTML or PDF, named in the error message.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx or .odt)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc)"),
    (b"{\\rtf", "an RTF file"),
)

Input = str | bytes | os.PathLike[str]


class Loaded(NamedTuple):
    """A Source and the notices of what ingest repaired or changed to make it.

    ``restore`` is set when a repair moved the offsets of a plain text: the stages read the
    repaired text, and the finished review's spans are carried back to the text as read."""

    source: Source
    notices: tuple[Notice, ...] = ()
    restore: Restore | None = None


def load(source: Input, options: AnalyzeOptions) -> Source:
    """The Source of ``source`` (see :func:`load_with_notices`), without the notices."""
    return load_with_notices(source, options).source


def load_with_notices(source: Input, options: AnalyzeOptions) -> Loaded:
    """Dispatch on the kind of input: a path, a URL, raw bytes or a string of text.

    A ``str`` is a URL when it has a scheme and host, a path when it names an existing
    file, and otherwise the text itself.
    """
    if isinstance(source, bytes):
        return load_bytes(source, options, origin="<bytes>")
    if isinstance(source, os.PathLike):
        return load_path(Path(source), options)
    if is_url(source):
        return load_url(source, options)
    if "\n" not in source and len(source) < 4096 and _is_existing_path(source):
        return load_path(Path(source), options)
    return load_text(source, options)


def load_text(text: str, options: AnalyzeOptions, *, origin: str = "<string>") -> Loaded:
    """A string of text (or HTML) as a Source."""
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > options.max_bytes:
        raise InputTooLarge(f"the text is larger than {options.max_bytes} bytes")
    if not text.strip():
        raise EmptyDocument("the text is empty or holds only whitespace")
    digest = hashlib.sha256(data).hexdigest()
    if looks_like_html(text):
        return _loaded(html_to_text(text, origin=origin), origin, "text/html", "utf-8", digest)
    text = normalise_newlines(text)
    if looks_like_markdown(text):
        return _loaded(markdown_to_text(text), origin, "text/markdown", "utf-8", digest)
    return _loaded(text, origin, "text/plain", "utf-8", digest)


def load_path(path: Path, options: AnalyzeOptions) -> Loaded:
    """Read a file, refusing what is not a regular file or is over the size limit."""
    if not path.exists():
        raise InputNotFound(f"no such file: {path}")
    if not path.is_file():
        raise NotAFile(f"not a regular file: {path}")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputTooLarge(f"{path} is {size} bytes, over the limit of {options.max_bytes}")
    return load_bytes(path.read_bytes(), options, origin=str(path))


def load_url(url: str, options: AnalyzeOptions) -> Loaded:
    """Fetch a URL through the options' fetch seam (the real HTTP client by default).

    The charset of the response's Content-Type, if any, is the declared encoding.
    """
    check_url(url)
    fetch = options.fetcher or http_fetch
    body, content_type, final_url = fetch(url, options)
    media, _, params = content_type.partition(";")
    charset = _CHARSET_PARAM.search(params)
    return load_bytes(
        body, options, origin=final_url, media_type=media.strip().lower() or None,
        charset=charset.group(1) if charset else None,
    )


def load_bytes(
    data: bytes,
    options: AnalyzeOptions,
    *,
    origin: str,
    media_type: str | None = None,
    charset: str | None = None,
) -> Loaded:
    """Sniff the bytes (PDF, HTML, other binary, text) and turn them into a Source.

    charset: the encoding a transport declares (HTTP); an HTML page's own ``<meta
    charset>`` comes after it (see :mod:`treatyscope.ingest.decode`).
    """
    if len(data) > options.max_bytes:
        raise InputTooLarge(f"{origin} is over the limit of {options.max_bytes} bytes")
    if not data.strip():
        raise EmptyDocument(f"{origin} is empty or holds only whitespace")
    digest = hashlib.sha256(data).hexdigest()
    if data.lstrip()[:5] == b"%PDF-" or media_type == "application/pdf":
        return _loaded(pdf_to_text(data), origin, "application/pdf", "binary", digest)
    _refuse_known_binary(data, origin)
    html = media_type in _HTML_TYPES or looks_like_html(data[:2000].decode("latin-1"))
    declared = charset or (meta_charset(data) if html else None)
    decoded = decode_bytes(data, declared=declared, origin=origin)
    repaired = _repair_notice(decoded.repaired, decoded.encoding)
    if html or looks_like_html(decoded.text):
        text = html_to_text(decoded.text, origin=origin)
        return _loaded(text, origin, "text/html", decoded.encoding, digest, repaired)
    if is_markdown_name(origin, media_type) or looks_like_markdown(decoded.text):
        text = markdown_to_text(decoded.text)
        return _loaded(text, origin, "text/markdown", decoded.encoding, digest, repaired)
    return _loaded(decoded.text, origin, "text/plain", decoded.encoding, digest, repaired)


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)


def _loaded(
    text: str, origin: str, media_type: str, encoding: str, digest: str,
    notices: tuple[Notice, ...] = (),
) -> Loaded:
    """A Loaded whose text is repaired of mojibake, normalised (and, for plain text and
    Markdown, unwrapped)."""
    read = text
    text, repaired = repair_mojibake(text)
    notices += (repaired,) if repaired else ()
    text, normalised = normalise_unicode(text)
    notices += (normalised,) if normalised else ()
    fixed = text
    if media_type in ("text/plain", "text/markdown"):
        text = unwrap_lines(text)
    # spans index a plain text as read; HTML, Markdown and PDF have no characters to
    # point at but the text extracted from them, which the record stores repaired
    back = restore(read, fixed, text) if media_type == "text/plain" and fixed != read else None
    if media_type == "text/plain":
        joined = join_divided_words(fixed, text)
        if joined != text:  # words divided at line ends ("mil-|lion"): spans go back
            stored = back.text if back is not None else text
            back = Restore(stored, align(stored, joined))
            text = joined
    return Loaded(Source(text, origin, media_type, encoding, digest), notices, back)


def _repair_notice(repaired: int, encoding: str) -> tuple[Notice, ...]:
    if not repaired:
        return ()
    what = "byte that is" if repaired == 1 else "bytes that are"
    return (Notice("W001", f"{repaired} {what} not valid {encoding} read as Windows-1252"),)


def _refuse_known_binary(data: bytes, origin: str) -> None:
    for magic, name in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(
                f"{origin} is {name}; treatyscope reads text, HTML and PDF"
            )
    if data[:1] in (b"\x7f",) and data[:4] == b"\x7fELF":
        raise BinaryInput(f"{origin} is an executable, not a document")


def _is_existing_path(value: str) -> bool:
    try:
        return Path(value).exists()
    except (OSError, ValueError):
        return False
