"""Encoding detection, newline normalisation and refusal of binary input."""

from __future__ import annotations

import codecs

import pytest

from treatyscope.errors import BinaryInput, EmptyDocument
from treatyscope.ingest.decode import decode_bytes

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
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


def test_latin1_text_decodes_without_loss() -> None:
    latin = "Réponses de la délégation: le Comité a salué les progrès réalisés."
    text, _ = decode_bytes(latin.encode("latin-1"))
    assert text == latin


@pytest.mark.parametrize("raw", [b"a\r\nb\r\n", b"a\rb\r", b"a\nb\n"])
def test_newlines_are_normalised(raw: bytes) -> None:
    text, _ = decode_bytes(raw)
    assert text == "a\nb\n"


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
