"""Spans of a repaired plain text point at the characters of the text as read."""

from __future__ import annotations

import itertools
import unicodedata

import ftfy
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import CORPUS, needs_shared

import treatyscope
from treatyscope.ingest.align import align
from treatyscope.model import Review, Span

CLEAN = """Le Comité des droits économiques, sociaux et culturels a examiné le rapport du Bénin.

Questions et observations des membres du Comité

M. François Lemaître, rapporteur du Comité pour l’examen du rapport, a demandé combien \
d’écoles étaient accessibles aux enfants handicapés. Il a demandé où en était la réforme \
d’été à Cotonou.

Réponses de la délégation

Mme Hélène Aïssi, ministre de l’Éducation du Bénin, a déclaré que 1 250 écoles étaient \
accessibles en 2023, contre 980 en 2020. À Cotonou, la réforme était achevée.
"""


def _damaged(text: str) -> str:
    """``text`` as UTF-8 read as Windows-1252 and saved again (mojibake)."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _sloppy(text: str) -> str:
    """``text`` damaged as :func:`_damaged`, a byte Windows-1252 leaves undefined ("”" is
    E2 80 9D) read as the same code point, as the tools that damage text do."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


def test_a_damaged_text_without_ascii_maps_character_by_character() -> None:
    clean = "委员会审查了报告。" * 300
    offsets = align(_sloppy(clean), clean)
    assert offsets.span(Span(9, 18)) == Span(len(_sloppy(clean[:9])), len(_sloppy(clean[:18])))


def _spans(review: Review) -> list[Span]:
    """The spans of the review's sentences, turns, mentions, questions and claims."""
    spans = [*review.sentences, *(t.span for t in review.turns)]
    spans += [m for p in review.participants for m in p.mentions]
    spans += [m for q in review.questions for m in q.mentions]
    spans += [c.span for c in review.claims]
    return spans


def test_spans_of_a_repaired_text_point_into_the_text_as_read() -> None:
    damaged = _damaged(CLEAN)
    assert len(damaged) > len(CLEAN) + 20
    clean, repaired = treatyscope.analyze(CLEAN), treatyscope.analyze(damaged)
    assert repaired.text == damaged  # the record stores the input as read
    # the stages read the repaired text: the same speakers, questions and figures
    assert [p.name for p in repaired.participants] == [p.name for p in clean.participants]
    assert [q.text for q in repaired.questions] == [q.text for q in clean.questions]
    assert [c.value for c in repaired.claims] == [c.value for c in clean.claims]
    # ... and every span holds, in the damaged text, what it holds in the clean one
    pairs = list(zip(_spans(repaired), _spans(clean), strict=True))
    assert len(pairs) > 12
    for damaged_span, clean_span in pairs:
        assert ftfy.fix_encoding(damaged_span.slice(damaged)) == clean_span.slice(CLEAN)


def test_turns_stay_apart_when_two_repairs_are_a_space_apart() -> None:
    """"été. À Cotonou": the damaged "é" and "À" are two blocks, so the turn or sentence
    that starts at "À" does not start at "é"."""
    review = treatyscope.analyze(_damaged(CLEAN))
    for spans in (review.sentences, [t.span for t in review.turns]):
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    text = review.text
    assert any(s.slice(text).startswith(_damaged("À Cotonou")) for s in review.sentences)


def test_invisible_characters_and_decomposed_accents_keep_offsets_of_the_input() -> None:
    dirty = unicodedata.normalize("NFD", CLEAN).replace("Lemaître", "Lema\u00adître")
    review = treatyscope.analyze(dirty)
    assert review.text == dirty
    lemaitre = next(p for p in review.participants if p.name == "François Lemaître")
    written = unicodedata.normalize("NFC", lemaitre.mentions[0].slice(dirty)).replace("\u00ad", "")
    assert written == "François Lemaître"


def test_a_wrapped_damaged_text_keeps_its_joined_lines() -> None:
    """A hard-wrapped text is stored with its wrapped lines joined, as when it needs no
    repair: only the repair's offsets are undone."""
    paragraph = ("Mme Hélène Aïssi, ministre de l’Éducation du Bénin, a déclaré que les écoles "
                 "étaient accessibles. " * 12)
    words, lines, line = paragraph.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 60:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped = "\n".join([*lines, line]) + "\n"
    review = treatyscope.analyze(_damaged(wrapped))
    assert review.text == _damaged(wrapped).replace("\n", " ", len(lines))


@needs_shared
def test_a_real_damaged_release_is_indexed_as_read() -> None:
    """The corpus's damaged CED release ("today‚Äôs"): spans after the damaged quote count
    its three characters, as the file has them."""
    path = CORPUS / "ced-2013-s4-close-newsarchive-mojibake.txt"
    read = path.read_text(encoding="utf-8")
    damage = read.index("‚Äô")
    review = treatyscope.analyze(path)
    clean = treatyscope.analyze(read.replace("‚Äô", "’"))
    assert review.text == read
    later = [(a, b) for a, b in zip(_spans(review), _spans(clean), strict=True)
             if b.start > damage]
    assert later
    for as_read, repaired in later:
        assert (as_read.start, as_read.end) == (repaired.start + 2, repaired.end + 2)


#: Characters whose UTF-8 read as Windows-1252 is two or three characters (one of them a
#: byte that code page leaves undefined: "”"), and ASCII.
ALPHABET = "ab é’”çàд委。.,"


@given(st.lists(st.tuples(st.sampled_from(ALPHABET), st.booleans()), max_size=60))
def test_align_maps_each_character_to_what_it_was(chars: list[tuple[str, bool]]) -> None:
    """Damage a text character by character (mojibake, and a soft hyphen before some):
    each character of the clean text maps to exactly the characters it came from."""
    clean = "".join(c for c, _ in chars)
    pieces = [("\u00ad" if hyphen else "") + _sloppy(c) for c, hyphen in chars]
    offsets = align("".join(pieces), clean)
    at = 0
    for k, piece in enumerate(pieces):
        image = piece.lstrip("\u00ad")
        start = at + len(piece) - len(image)
        mapped = offsets.span(Span(k, k + 1))
        assert (mapped.start, mapped.end) == (start, start + len(image))
        at += len(piece)
