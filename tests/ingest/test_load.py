"""Ingest dispatch: paths, strings, bytes, URLs through the fetch seam, and refusals."""

from __future__ import annotations

import unicodedata
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
from treatyscope.ingest import load, load_bytes, load_with_notices
from treatyscope.ingest.normalise import INVISIBLE
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


MEETING = """The Committee on the Elimination of Discrimination against Women today considered the \
fifth periodic report of Benin.

Questions by Committee Experts

GENEVIÈVE LACROIX-MBAYE, Committee Expert and Country Rapporteur, asked how many cases of \
child marriage had been prosecuted.

Responses by the Delegation

VÉRONIQUE AGBODJÈDO, Minister of Social Affairs of Benin, said that 214 persons had been \
prosecuted in 2023.
"""
NAMES = ["Geneviève Lacroix-Mbaye", "Véronique Agbodjèdo"]


def _names(review: treatyscope.Review) -> list[str]:
    return [p.name for p in review.participants if p.name]


def test_a_stray_byte_in_utf8_is_repaired_with_a_notice() -> None:
    data = MEETING.encode("utf-8").replace(b"report of", b"report\x92s of", 1)
    review = treatyscope.analyze(data)
    assert review.source.encoding == "utf-8"
    assert "report’s of" in review.text
    assert _names(review) == NAMES
    assert [n.code for n in review.notices if n.code.startswith("W00")] == ["W001"]


def test_a_page_declares_its_charset_in_a_meta_element() -> None:
    page = f'<html><head><meta charset="iso-8859-15"></head><body><article><p>{MEETING}</p></article></body></html>'
    data = page.replace("2023", "2023 (€ 10)").encode("iso8859_15")
    source = load(data, AnalyzeOptions())
    assert "VÉRONIQUE AGBODJÈDO" in source.text and "€ 10" in source.text


def test_a_url_is_decoded_in_the_charset_of_its_content_type() -> None:
    url = "https://example.org/summary.txt"
    text = "JIŘÍ DVOŘÁK, Committee Expert, asked about the 2021 law on prisons in Czechia.\n"
    fetch = fake_fetcher({url: (text.encode("cp1250"), "text/plain; charset=windows-1250")})
    review = treatyscope.analyze(url, options=AnalyzeOptions(fetcher=fetch))
    assert review.text == text  # read as Windows-1252 it would say "JIØÍ DVOØÁK"


@pytest.mark.parametrize(
    ("dirty", "message"),
    [
        (MEETING.replace("AGBODJÈDO", "AGBOD\u00adJÈDO"), "1 invisible character removed"),
        (MEETING.replace("MBAYE,", "MBAYE\u200b,").replace("Delegation\n", "Delegation\u2060\n"),
         "2 invisible characters removed"),
        (unicodedata.normalize("NFD", MEETING), "composed to NFC"),
        (MEETING.replace("Benin.", "Be\u200dnin.\ufeff"), "2 invisible characters removed"),
    ],
)
def test_invisible_characters_and_decomposed_accents_are_normalised(dirty: str, message: str) -> None:
    clean = treatyscope.analyze(MEETING)
    for given in (dirty, dirty.encode("utf-8")):
        review = treatyscope.analyze(given)
        assert review.text == dirty  # the stages read the clean text; spans index the input
        assert _names(review) == NAMES
        assert [s.kind for s in review.sections] == [s.kind for s in clean.sections]
        for ours, theirs in zip(review.sections, clean.sections, strict=True):
            written = INVISIBLE.sub("", unicodedata.normalize("NFC", ours.span.slice(dirty)))
            assert written == theirs.span.slice(clean.text)
        assert [(n.code, n.message) for n in review.notices] == [("W002", f"text normalised: {message}")]


def test_an_html_page_is_normalised_too() -> None:
    page = f"<html><body><article><p>{MEETING.replace('AGBODJÈDO', 'AGBOD&shy;JÈDO')}</p></article></body></html>"
    review = treatyscope.analyze(unicodedata.normalize("NFD", page))
    assert _names(review) == NAMES
    assert review.notices[0].message == "text normalised: 1 invisible character removed, composed to NFC"


def test_a_clean_text_is_left_as_it_is() -> None:
    loaded = load_with_notices(MEETING, AnalyzeOptions())
    assert loaded.source.text == MEETING and loaded.notices == ()


CHROME = (
    '<html><head><title>Experts Commend Benin | OHCHR</title></head><body><main>'
    "<h1>Experts Commend Benin on Women's Representation in Parliament</h1>"
    "<div>Meeting Summaries</div><div>1 February 2024</div><div>Share Facebook X LinkedIn Email</div>"
    "<div>Tags</div><ul><li>Committee on the Elimination of Discrimination against Women</li>"
    "<li>Benin</li><li>Women's rights and gender equality</li></ul>{article}</main></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [
        CHROME.format(article="").encode(),  # the article left out of a saved page
        CHROME.partition("<body")[0].encode() + b"<body",  # cut off right after <body
    ],
)
def test_a_page_without_article_text_is_empty(data: bytes) -> None:
    with pytest.raises(EmptyDocument, match=r"page\.html holds no article text"):
        load_bytes(data, AnalyzeOptions(), origin="page.html")


def test_a_page_with_one_sentence_is_read() -> None:
    page = CHROME.format(article=f"<p>{SNIPPET}</p>")
    assert SNIPPET.strip() in load(page, AnalyzeOptions()).text


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_every_invisible_character_is_removed(char: str) -> None:
    from treatyscope.ingest.normalise import normalise_unicode

    text = f"Ms. Agbodjèdo{char} said that 1{char}250 women had been trained."
    cleaned, notice = normalise_unicode(text)
    assert cleaned == INVISIBLE.sub("", text) == text.replace(char, "")
    assert notice is not None and notice.code == "W002"


def test_mojibake_is_repaired_with_a_notice() -> None:
    """UTF-8 once read as Windows-1252 ("Le ComitÃ©", "â€™", "1Â 250") reads as it was
    written: the headings, the speaker and the figure come back."""
    clean = ("Le Comité des droits économiques, sociaux et culturels a examiné le rapport du "
             "Bénin.\nQuestions et observations des membres du Comité\nM. François Lemaître, "
             "rapporteur du Comité pour l’examen du rapport, a demandé combien de 1\u00a0250 "
             "écoles étaient accessibles.\n")
    damaged = clean.encode("utf-8").decode("cp1252", errors="replace")
    assert "Ã©" in damaged and "â€™" in damaged
    review = treatyscope.analyze(damaged)
    assert review.text == damaged  # spans index the input as read (see test_align.py)
    assert [n.code for n in review.notices if n.code.startswith("W00")] == ["W003"]
    assert [p.label for p in review.participants if p.name] == ["François Lemaître"]
    assert [q.asker for q in review.questions] == [review.participants[0].id]
    # a real "Ã" or "Â" in a text is left alone
    text = "Ãngela Müller met Âme Toulouse.\n"
    assert load(text, AnalyzeOptions()).text == text


def test_mojibake_of_mac_roman_is_repaired() -> None:
    """UTF-8 once read as Mac Roman ("today‚Äôs", "Jos√©"): a damaged quote alone is
    repaired (realprobe 29), and a real "√" or "‚" is left alone."""
    damaged = "The Secretary said that today‚Äôs meeting marked the end of a two-year cycle.\n"
    review = treatyscope.analyze(damaged)
    assert review.text == damaged and review.sentences[0].slice(damaged) == damaged.strip()
    assert [n.code for n in review.notices if n.code.startswith("W00")] == ["W003"]
    clean = "Mr. José García said √2 was irrational ‚ and so on.\n"
    assert load(clean, AnalyzeOptions()).text == clean


def test_a_non_breaking_hyphen_in_a_name_is_a_hyphen() -> None:
    """"Ms. Kyung‑wha KANG" written with U+2011 (probe ai): the stages read a hyphen, the
    speaker is found, and her mention still points at the text as read."""
    text = ("Human Rights Committee\nSummary record of the 2540th meeting\n\n1. The CHAIRPERSON "
            "declared the session open.\n\n2. Ms. Kyung\u2011wha KANG (Acting High Commissioner for "
            "Human Rights) highlighted the reform.\n")
    review = treatyscope.analyze(text)
    assert review.text == text
    [kang] = [p for p in review.participants if p.name and "Kang" in p.name]
    assert kang.name == "Kyung-wha Kang"
    assert [m.slice(text) for m in kang.mentions] == ["Ms. Kyung\u2011wha KANG"]
    assert ("W002", "text normalised: 1 non-breaking hyphen made plain") in [
        (n.code, n.message) for n in review.notices]
