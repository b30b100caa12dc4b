"""Speed-only shortcuts of the questions, topics, participants and detect stages find exactly
what the plain scans they replace find (on the sample, the corpus and made-up texts)."""

from __future__ import annotations

import random
import re
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLE
from treatyscope.data import questions as Q
from treatyscope.model import Review, Span, TopicTag
from treatyscope.pipeline import detect, meta_review, participants, q_find, speakers, topics
from treatyscope.pipeline import sentences as sentence_stage
from treatyscope.pipeline.spans import finditer_near


def texts() -> list[str]:
    """The sample, the corpus texts beside the repo, and a few made-up ones."""
    found = [EXAMPLE.read_text(encoding="utf-8")]
    found += [p.read_text(encoding="utf-8") for p in sorted(Path(CORPUS).glob("**/*.txt"))]
    found += [
        "CHAIRCHAIR Chair the Chair orapporteurapporteu elegation delegate The President "
        "PRÉSIDENTE La Présidente. A Committee Expert asked whether it would be useful.",
        "The ſtate and the İnstitution: Another Expert, Mr. Lopez (Chile) said.",
    ]
    return found


def sentences(text: str) -> list[str]:
    """Rough sentences of a text (the finders take any chunk)."""
    return [m.group() for m in re.finditer(r"[^.?!\n]+[.?!]?", text)]


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    return [s for text in texts() for s in sentences(text)]


# ------------------------------------------------------------------ questions
def test_request_gates_hold_in_every_match(chunks: list[str]) -> None:
    cues = Q.REQUEST_CUES_EN + Q.REQUEST_CUES_FR
    assert len(q_find.REQUEST_GATES) == len(cues)
    made = [
        "It would be useful to learn more.", "Information on that would be welcome.",
        "Data should be provided.", "The delegation should comment on it.",
        "Il serait utile de savoir.", "Des informations seraient utiles.",
        "Qu'en est-il ?", "Elle s'est enquise de la loi.", "Please explain the law.",
    ]
    for index, (cue, gate) in enumerate(zip(cues, q_find.REQUEST_GATES, strict=True)):
        for chunk in chunks + made:
            for m in re.finditer(cue, chunk):
                assert any(word in m.group() for word in gate), (index, m.group())


def test_request_cues_are_those_of_the_whole_alternation(chunks: list[str]) -> None:
    whole = q_find._request_rx(tuple(range(len(q_find.REQUEST_GATES))))
    past = q_find._rx()["past"]
    for chunk in chunks:
        plain = [m.span() for m in whole.finditer(chunk)
                 if not past.search(chunk[max(0, m.start() - 30) : m.start()])]
        assert [m.span() for m in q_find.request_cues(chunk)] == plain, chunk


def test_split_scans_from_the_first_conjunction(chunks: list[str]) -> None:
    rx = q_find._rx()
    for chunk in [*chunks, "What, and  how; and why,  and when et quand ; et si"]:
        and_at, et_at = q_find._spaced_at(chunk, "and"), q_find._spaced_at(chunk, "et")
        for pattern, conjunction in ((rx["split"], and_at), (rx["split_fr"], et_at),
                                     (rx["split_request"], and_at)):
            whole = [m.span() for m in pattern.finditer(chunk)]
            if conjunction < 0 and ";" not in chunk:
                assert whole == []
                continue
            begin = q_find._split_begin(chunk, conjunction)
            assert [m.span() for m in pattern.finditer(chunk, begin)] == whole, chunk


# ------------------------------------------------------------------ participants
def test_name_variants_are_found_as_by_plain_search() -> None:
    rng = random.Random(7)
    for text in texts()[:40]:
        finder = participants._Occurrences(text)
        words = text.split()
        for _ in range(50):
            at = rng.randrange(len(words))
            variant = " ".join(words[at : at + rng.randint(1, 3)]).strip(".,;:()")
            if variant:
                assert finder.of(variant) == participants._occurrences(text, variant), variant
    for text, variant in (("aaaa aaa aa a", "aa"), ("x aa aa aa aa y", "aa aa"),
                          ("abab ab abab", "ab ab")):
        assert participants._Occurrences(text).of(variant) == participants._occurrences(text, variant)


def test_role_phrases_are_found_around_the_same_anchors() -> None:
    for text in texts():
        for variant in (text, text.upper()):
            found = sorted(
                (m.start(), m.end(), kind, m.groupdict().get("paren"))
                for kind, rx in speakers._anon_patterns()
                for m in finditer_near(rx, variant, *speakers._ANCHORS[kind])
            )
            plain = ([f[0] for f in found], [(k, s, e, p) for s, e, k, p in found])
            assert speakers._role_matches.__wrapped__(variant) == plain  # type: ignore[attr-defined]


def test_anchor_keys_stand_in_their_words() -> None:
    for word, (key, offset) in speakers._ANCHOR_KEYS.items():
        assert word.lower()[offset : offset + len(key)] == key, word


def test_collective_cue_gate(chunks: list[str]) -> None:
    for chunk in [*chunks, "Committee Experts asked about it.", "Les experts ont demandé."]:
        plain = bool(speakers._collective().match(chunk))
        assert speakers.collective_cue(chunk, Span(0, len(chunk))) == plain


def test_pair_gate_holds_in_every_pair(chunks: list[str]) -> None:
    made = ["Committee Rapporteur Ann Lee and Expert Bo Kim took the floor.",
            "Ann de la Cruz and Bo Kim, Committee Experts, also spoke."]
    for chunk in [*chunks, *made]:
        for m in re.finditer(speakers._pair(), chunk):
            assert speakers._pair_gate().search(m.group()), m.group()
            assert speakers._pair_start().match(chunk, m.start()), m.group()
        for at in range(len(chunk)):
            if speakers._pair().match(chunk, at):
                assert speakers._pair_start().match(chunk, at), chunk[at:]


# ------------------------------------------------------------------ sentences
def test_word_before_a_stop_is_what_the_forward_search_finds() -> None:
    forward = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
    rng = random.Random(3)
    alphabet = "ab.E. _1²é-Ü\n"
    cases = [(t, i) for t in texts()[:20] for i in range(len(t)) if t[i] == "."]
    for _ in range(3000):
        made = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) + "."
        cases.append((made, len(made) - 1))
    for text, stop in cases:
        for start in {0, max(0, stop - 20), max(0, stop - 3)}:
            m = forward.search(text, start, stop + 1)
            assert sentence_stage._word_before(text, start, stop) == (m.group(1) if m else None)


# ------------------------------------------------------------------ metadata
def test_event_words_hold_in_every_event_match() -> None:
    made = ["The Committee concluded its eighty-fourth SESSION today.",
            "Le Comité a tenu une réunion informelle avec les États.",
            "The Council held a general debate on item 4."]
    for text in [*texts(), *made]:
        for rx, words in zip(meta_review._event_rx(), meta_review._EVENT_WORDS, strict=True):
            for m in rx.finditer(text):
                assert any(w in m.group().lower() for w in words), m.group()


def test_next_meeting_cue_is_found_as_by_the_whole_pattern() -> None:
    from treatyscope.data import review_phrases

    assert all(p.startswith(r"\b") and p == p.lower() for p in review_phrases.NEXT_MEETING)
    made = ["The Committee will next meet on 3 May.", "xCommittee will meet. THE COMMITTEE WILL MEET",
            "Le Comité se réunira demain.", "At its next meeting, ...", "its_next meeting is here"]
    cue, rare = meta_review._next_rx()[0], meta_review._next_rare_rx()
    for text in [*texts(), *made]:
        m = cue.search(text)
        sentences = [Span(0, len(text))]
        found = meta_review.find_next_meeting_sentence(text, sentences)
        cued = m is not None or rare.search(text) is not None
        # (a cue in a sentence of the session's programme announces no next meeting)
        assert (found is not None) == cued or (
            found is None and meta_review._PROGRAMME.search(text) is not None)
        low = meta_review.lowered(text)
        if low is None:
            continue
        quick = meta_review.first_at_word_start(meta_review._next_cue_bare(), low, text)
        assert (quick.start() if quick else None) == (m.start() if m else None), text[:80]


def test_composition_cue_is_found_as_by_a_plain_search() -> None:
    from treatyscope.pipeline import meta_delegation

    made = ["x the-delegation was composed of A", "The  big\tdelegation included A; B.",
            "la délégation était composée de A", "Delegation: the delegation included B"]
    for text in [*texts(), *made]:
        plain = meta_delegation._cue_rx().search(text)
        found = meta_delegation._cue(text)
        assert (found.span() if found else None) == (plain.span() if plain else None)


def test_keywords_found_through_shared_parts_are_all_found() -> None:
    from treatyscope.pipeline import clean
    from treatyscope.pipeline.spans import literal_matches

    assert {w for _, words in clean.KEYWORD_PARTS for w in words} <= set(clean.KEYWORDS)
    made = ["Webcast webcastWebcast. Produced byProduit par available onavailable here",
            "versions anglaise versions of our releases", "abab ab abab"]
    for text in [*texts(), *made]:
        assert (literal_matches(text, clean.KEYWORDS, clean.KEYWORD_PARTS)
                == literal_matches(text, clean.KEYWORDS))
    assert literal_matches("abab ab abab", ["abab"], [("ab", ("abab",))]) == [(0, 4), (8, 12)]


def test_session_words_are_found_as_by_finditer() -> None:
    from treatyscope.pipeline import meta_header
    from treatyscope.pipeline.spans import finditer_words

    rx = meta_header._SESSION
    for text in [*texts(), "SESSION sessions Session\nsession.", "ſession session"]:
        assert ([m.span() for m in finditer_words(rx, text, ("session",))]
                == [m.span() for m in rx.finditer(text)])


# ------------------------------------------------------------------ detect
def test_format_rule_twins_find_what_the_rules_find() -> None:
    twins = [r for rules in (*detect._page_rules().values(), *detect._lede_rules().values())
             for r in rules if r.twin is not None]
    assert twins
    for text in texts():
        for window in (text[:4000], text[-1000:], text[:4000].upper()):
            low = detect._lowered(window)
            if low is None:
                continue
            for rule in twins:
                assert (rule.twin.search(low) is None) == (rule.pattern.search(window) is None)  # type: ignore[union-attr]
                if rule.quick is not None:
                    assert rule.quick(low) == (rule.twin.search(low) is not None)  # type: ignore[union-attr]


def test_quick_rule_tests_answer_as_the_twins() -> None:
    made = ["x_will hold", "uwill hold", "will hold", "éwill meet", "2will open", "hewill meet",
            "it has considered", "cashas reviewed", "sujet à rectifications", "a tenu hier",
            "the committee will open its session", "examine les rapports", "examine le rapport"]
    rules = [r for rules in (*detect._page_rules().values(), *detect._lede_rules().values())
             for r in rules if r.quick is not None]
    assert len(rules) > 5
    for text in [*made, *(t[:3000].lower() for t in texts())]:
        for rule in rules:
            assert rule.quick(text) == (rule.twin.search(text) is not None), (rule, text)  # type: ignore[misc, union-attr]


def test_branches_split_at_top_level_bars() -> None:
    assert detect._branches(r"a|b(?:c|d)|[|]|\||e") == ["a", "b(?:c|d)", "[|]", "\\|", "e"]
    assert detect._branches(r"[]|]x|y") == ["[]|]x", "y"]


def test_latin_share_counts_letters_as_before() -> None:
    rng = random.Random(1)
    alphabet = "abcé ɐʃ中文кир1,.\u024f\u0250"
    for _ in range(2000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        letters = [ch for ch in sample if ch.isalpha()]
        latin = sum(map(str.isalpha, sample)) - sum(map(str.isalpha, detect._NOT_LATIN.findall(sample)))
        assert latin == sum(ch < "\u0250" for ch in letters)


# ------------------------------------------------------------------ topics
def test_tag_builds_what_the_constructor_builds() -> None:
    assert [f.name for f in fields(TopicTag)] == ["topic", "label", "item", "span"]
    assert not hasattr(TopicTag, "__post_init__")
    made = topics._tag("theme:x", "X", "q1", Span(1, 4))
    assert made == TopicTag("theme:x", "X", "q1", Span(1, 4))
    assert hash(made) == hash(TopicTag("theme:x", "X", "q1", Span(1, 4)))


def test_needles_look_into_a_group_around_the_phrase() -> None:
    assert topics._needle(r"(?-i:\bA status\b)") == "a status"
    assert topics._unwrapped("((abc))") == "abc"
    assert topics._unwrapped("(ab)c") == "(ab)c"
    assert topics._unwrapped("(ab)?") == "(ab)?"
    assert topics._needle("(a|b)") == ""


def test_needle_offsets_answer_as_a_bounded_find(sample_review: Review) -> None:
    taxonomy = topics.load_taxonomy()
    matcher = topics._Matcher(sample_review.text, taxonomy)
    low = matcher.lowered
    assert low is not None
    rng = random.Random(3)
    for needle in ("a status", "the", "migrant workers", "zzz"):
        for _ in range(300):
            start = rng.randrange(len(low))
            span = Span(start, min(len(low), start + rng.randrange(0, 200)))
            assert matcher._holds(low, needle, span) == (low.find(needle, span.start, span.end) >= 0)


def test_cue_table_holds_what_the_finders_find(sample_review: Review) -> None:
    """The table both speaker stages read holds, per sentence, the memoised finders' cues."""
    text, found = sample_review.text, sample_review.sentences
    table = speakers.sentence_cues(text, found)
    assert speakers.sentence_cues(text, found) is table  # made once for both stages
    for index, sentence in enumerate(found):
        assert table.names[index] == speakers.name_cues(text, sentence)
        assert table.roles[index] == speakers.role_cues(text, sentence)
        assert table.states_speak(index) == speakers.collective_state_cue(text, sentence)
