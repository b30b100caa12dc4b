"""Speed-only shortcuts of the structure stages find exactly what the plain scans find."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLE
from treatyscope.data.committees import SYMBOL_ROOTS
from treatyscope.data.headings import HEADINGS, INLINE_FOLLOWER, INLINE_STOP
from treatyscope.ingest.decode import _control_share
from treatyscope.model import Span
from treatyscope.pipeline import speakers
from treatyscope.pipeline.clean import KEYWORDS, _letter_counts
from treatyscope.pipeline.meta_review import REPORT_WORDS, REVIEW_WORDS, _review_rx
from treatyscope.pipeline.sections import _inline_matches
from treatyscope.pipeline.spans import finditer_words, literal_matches
from treatyscope.pipeline.symbols import _SYMBOL, ROOT_BEFORE_SLASH, _symbol_matches


def texts() -> list[str]:
    """The sample, the corpus texts that are beside the repo, and a few made-up ones."""
    found = [EXAMPLE.read_text(encoding="utf-8")]
    found += [p.read_text(encoding="utf-8") for p in sorted(Path(CORPUS).glob("**/*.txt"))]
    found += [
        "Report of İstanbul. The ſecond REVIEW of Chile.\nCMW/C/KGZ/2 C E D A W/C/5 a/b/c",
        "Questions by Committee Experts. Ms. Lopez asked.\nReports\nResponses by the Delegation X",
        "x/ /CMW/C/1 CMW/C/SR.1/Add.2/CAT/C/3 E/C.12/2017/SR.27 HRI/CORE/LKA/2008",
    ]
    return found


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", texts()[:40])
def test_literal_matches_are_finditer(text: str) -> None:
    rx = re.compile("|".join(map(re.escape, KEYWORDS)))
    assert literal_matches(text, KEYWORDS) == spans(rx.finditer(text))


@pytest.mark.parametrize("text", texts())
def test_report_phrases_by_word(text: str) -> None:
    words = REPORT_WORDS + REVIEW_WORDS
    assert spans(finditer_words(_review_rx(), text, words)) == spans(_review_rx().finditer(text))
    mid = len(text) // 3
    assert spans(finditer_words(_review_rx(), text, words, mid, 2 * mid)) == spans(
        _review_rx().finditer(text, mid, 2 * mid)
    )


@pytest.mark.parametrize("text", texts())
def test_symbols_before_slashes(text: str) -> None:
    assert spans(_symbol_matches(text)) == spans(_SYMBOL.finditer(text))


def test_root_before_slash_is_the_longest_root_head() -> None:
    from re import _parser  # type: ignore[attr-defined]

    heads = [root.split("/")[0] for root in SYMBOL_ROOTS]
    assert max(_parser.parse(head).getwidth()[1] for head in heads) == ROOT_BEFORE_SLASH


@pytest.mark.parametrize("text", texts())
def test_inline_headings(text: str) -> None:
    groups = "|".join(f"(?P<h{i}>{rx})" for i, (rx, _, ok) in enumerate(HEADINGS) if ok)
    leader = rf"(?:(?<={INLINE_STOP})\s+|^)"
    plain = re.compile(f"{leader}(?:{groups}){INLINE_FOLLOWER}", re.MULTILINE)
    expected = [(m.lastgroup, m.span(m.lastgroup or 0)) for m in plain.finditer(text)]
    assert [(m.lastgroup, m.span(m.lastgroup or 0)) for m in _inline_matches(text)] == expected


def test_letter_counts() -> None:
    letter, latin = re.compile(r"[^\W\d_]"), re.compile(r"[A-Za-z\u00c0-\u024f]")
    rng = random.Random(4)
    samples = [t[:5000] for t in texts()]
    samples.append("".join(chr(rng.randrange(0, 0x3000)) for _ in range(5000)))
    for sample in samples:
        assert _letter_counts(sample) == (len(letter.findall(sample)), len(latin.findall(sample)))


def test_control_share() -> None:
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(300)] + ["\ufffd"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400)))
        bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\f\v") or ch == "\ufffd")
        assert _control_share(text) == bad / max(1, len(text))


@pytest.mark.parametrize("text", texts())
def test_name_cue_gates_skip_only_hopeless_sentences(text: str) -> None:
    """A sentence the gates turn away matches none of the named patterns."""
    patterns = speakers._named_patterns()
    for m in re.finditer(r"[^.\n]+[.\n]?", text):
        chunk = m.group()
        starts = speakers._body_starts(chunk)
        gated = speakers._name_gate().search(chunk) or speakers._honorific_gate().search(chunk)
        for index, rx in enumerate(patterns):
            if rx.match(chunk):
                assert gated and speakers._may_match(index, chunk, starts), (index, chunk)
        if not gated:
            assert speakers.name_cues.__wrapped__(chunk, Span(0, len(chunk))) == ()  # type: ignore[attr-defined]
