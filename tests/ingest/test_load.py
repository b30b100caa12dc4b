"""Ingest dispatch: paths, strings, bytes, URLs through the fetch seam, and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

import treatyscope
from treatyscope.errors import (
    EmptyDocument,
    FetchError,
    InputNotFound,
    InputTooLarge,
    NotAFile,
    UnsupportedFormat,
)
from treatyscope.ingest import load
from treatyscope.options import AnalyzeOptions

SNIPPET = "The Committee against Torture today considered the report of Chile.\n"


def test_string_of_text_is_the_source() -> None:
    source = load(SNIPPET, AnalyzeOptions())
    assert source.text == SNIPPET
    assert source.media_type == "text/plain"
    assert len(source.sha256) == 64


def test_path_is_read(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_bytes(SNIPPET.replace("\n", "\r\n").encode("cp1252"))
    source = load(path, AnalyzeOptions())
    assert source.text == SNIPPET
    assert source.origin == str(path)


def test_string_naming_a_file_is_read_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    assert load(str(path), AnalyzeOptions()).origin == str(path)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        load(tmp_path / "nope.txt", AnalyzeOptions())
    with pytest.raises(NotAFile):
        load(tmp_path, AnalyzeOptions())


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(SNIPPET * 100, encoding="utf-8")
    with pytest.raises(InputTooLarge):
        load(path, AnalyzeOptions(max_bytes=1000))
    with pytest.raises(InputTooLarge):
        load((SNIPPET * 100).encode(), AnalyzeOptions(max_bytes=1000))


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, b"PK\x03\x04" + b"\x00" * 50, b"\x1f\x8b\x08" + b"x" * 40]
)
def test_known_binary_formats_are_unsupported(data: bytes) -> None:
    with pytest.raises(UnsupportedFormat):
        load(data, AnalyzeOptions())


def test_empty_bytes_and_text() -> None:
    with pytest.raises(EmptyDocument):
        load(b"  \n ", AnalyzeOptions())
    with pytest.raises(EmptyDocument):
        treatyscope.analyze("   \n\t")


def fake_fetcher(pages: dict[str, tuple[bytes, str]]):  # type: ignore[no-untyped-def]
    """A fetch seam answering from a dict, recording what was asked."""
    asked: list[str] = []

    def fetch(url: str, options: AnalyzeOptions) -> tuple[bytes, str, str]:
        asked.append(url)
        if url not in pages:
            raise FetchError(f"{url} answered HTTP 404 Not Found")
        body, content_type = pages[url]
        return body, content_type, url

    fetch.asked = asked  # type: ignore[attr-defined]
    return fetch


def test_url_goes_through_the_fetch_seam() -> None:
    url = "https://www.ohchr.org/en/press-releases/2023/11/example"
    page = b"<html><body><article><h1>Title</h1><p>" + SNIPPET.encode() + b"</p></article></body></html>"
    fetch = fake_fetcher({url: (page, "text/html; charset=utf-8")})
    review = treatyscope.analyze(url, options=AnalyzeOptions(fetcher=fetch))
    assert fetch.asked == [url]  # type: ignore[attr-defined]
    assert review.source.media_type == "text/html"
    assert review.source.origin == url
    assert "considered the report of Chile" in review.text


def test_fetch_failure_is_a_fetch_error() -> None:
    fetch = fake_fetcher({})
    with pytest.raises(FetchError):
        treatyscope.analyze("https://example.org/missing", options=AnalyzeOptions(fetcher=fetch))


@pytest.mark.parametrize("url", ["ftp://example.org/x.txt", "file:///etc/passwd"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchError):
        treatyscope.analyze(url, options=AnalyzeOptions(fetcher=fake_fetcher({})))


def test_invalid_options_are_refused() -> None:
    with pytest.raises(treatyscope.OptionsError):
        AnalyzeOptions(max_bytes=0)
    with pytest.raises(treatyscope.OptionsError):
        AnalyzeOptions(document_year=1200)
