"""Encoding detection, newline normalisation and refusal of binary input."""

from __future__ import annotations

import codecs

import pytest

from treatyscope.errors import BinaryInput, EmptyDocument
from treatyscope.ingest.decode import PLAUSIBLE_ENCODINGS, decode_bytes, meta_charset

TEXT = "Le Comité a examiné le rapport de la Côte d’Ivoire — 63 pour cent, Ünver."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.repaired == 0


def test_latin1_text_decodes_without_loss() -> None:
    latin = "Réponses de la délégation: le Comité a salué les progrès réalisés."
    assert decode_bytes(latin.encode("latin-1")).text == latin


@pytest.mark.parametrize("raw", [b"a\r\nb\r\n", b"a\rb\r", b"a\nb\n"])
def test_newlines_are_normalised(raw: bytes) -> None:
    assert decode_bytes(raw).text == "a\nb\n"


@pytest.mark.parametrize("raw", [b"", b"   \n\t  ", codecs.BOM_UTF8 + b"  \n"])
def test_empty_input_is_refused(raw: bytes) -> None:
    with pytest.raises(EmptyDocument):
        decode_bytes(raw)


@pytest.mark.parametrize(
    "raw",
    [bytes(range(256)) * 4, b"\x00\x01\x02\x03text\x00\x00\x05", b"\x01\x02\x03\x04\x05" * 100],
)
def test_binary_input_is_refused(raw: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode_bytes(raw)


# A UTF-8 text long enough for charset-normalizer to guess at it, with accented names.
LONG = (
    "Geneviève Lacroix-Mbaye, Committee Expert, said that the State party’s report was "
    "welcome. Hélène Rousseau-Diallo asked about child marriage. Rodrigo Sáenz Ibáñez "
    "asked whether the law of 2021 was applied, and Véronique Agbodjèdo-Hounkpè replied.\n"
) * 5


@pytest.mark.parametrize("stray", [b"\x92", b"\xa9", b"\x80", b"\xe9"])
def test_a_stray_byte_in_utf8_text_is_repaired_alone(stray: bytes) -> None:
    data = LONG.encode("utf-8").replace(b"report", b"report" + stray, 1)
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and decoded.repaired == 1
    assert decoded.text == LONG.replace("report", "report" + stray.decode("cp1252"), 1)


def test_mostly_legacy_bytes_are_not_read_as_utf8() -> None:
    # the one valid UTF-8 sequence is outnumbered by the Windows-1252 letters
    data = LONG.encode("cp1252") + "’".encode()
    decoded = decode_bytes(data)
    assert decoded.repaired == 0 and decoded.encoding == "cp1252"
    assert decoded.text.startswith(LONG)


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1251", "cp1252"])
def test_guesses_are_plausible_encodings(encoding: str) -> None:
    text = LONG if encoding != "cp1251" else "Комитет рассмотрел доклад Российской Федерации. " * 20
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding in PLAUSIBLE_ENCODINGS


@pytest.mark.parametrize(
    "head",
    [
        b'<meta charset="windows-1251">',
        b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>",
    ],
)
def test_an_html_page_declares_its_charset(head: bytes) -> None:
    body = "<p>Эксперт спросил о тюрьмах.</p>"  # too short for a reliable guess
    data = b"<html><head>" + head + b"</head><body>" + body.encode("cp1251") + b"</body></html>"
    charset = meta_charset(data)
    assert charset == "windows-1251"
    decoded = decode_bytes(data, declared=charset)
    assert body in decoded.text and decoded.encoding == "cp1251"


def test_valid_utf8_wins_over_a_stale_declared_charset() -> None:
    decoded = decode_bytes(LONG.encode("utf-8"), declared="iso-8859-1")
    assert decoded.text == LONG and decoded.encoding == "utf-8"


def test_a_declared_charset_that_does_not_fit_is_ignored() -> None:
    data = LONG.encode("utf-8").replace(b"report", b"report\x92", 1)
    decoded = decode_bytes(data, declared="utf-8")
    assert decoded.repaired == 1 and "’" in decoded.text


def test_binary_input_error_names_the_input() -> None:
    with pytest.raises(BinaryInput, match=r"/data/x\.txt"):
        decode_bytes(bytes(range(256)) * 4, origin="/data/x.txt")
    with pytest.raises(BinaryInput, match=r"/data/x\.txt"):
        decode_bytes(b"\x01\x02\x03\x04\x05" * 100, origin="/data/x.txt")
