#!/usr/bin/env python3
"""Answer linking on the hand-written dialogues of ``quality/dialogues`` (a second check
besides the shared sample, which the linking constants were calibrated on).

    python scripts/eval_dialogues.py             # per dialogue and pooled, with the confusion
    python scripts/eval_dialogues.py -v          # also one line per key question
    python scripts/eval_dialogues.py --held-out  # the dialogues of quality/dialogues/held-out

The held-out dialogues were written after the linker was last changed and measured once
before any change since; keep them out of every tuning decision.

Each ``<name>.key.json`` lists the questions of ``<name>.txt`` as a distinctive verbatim
substring (``q``), the status a careful reader gives them and verbatim substrings of the
delegation sentences that answer them.  A key question is the tool question whose mentions
overlap the substring most.  Scoring follows ``../shared/eval/score.py``: status
accuracy; link recall = key sentences overlapped by a linked span of the same question
(by half the shorter span), precision = linked spans that overlap some key sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIALOGUES = ROOT / "quality" / "dialogues"
HELD_OUT = DIALOGUES / "held-out"
STATUSES = ("answered", "partial", "not_answered")


@dataclass
class Tally:
    """Counts over key questions: status hits, link hits, unmatched questions, confusion."""

    questions: int = 0
    status_ok: int = 0
    key_sentences: int = 0
    key_hit: int = 0
    linked: int = 0
    linked_hit: int = 0
    unmatched: int = 0
    confusion: dict[str, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for name in ("questions", "status_ok", "key_sentences", "key_hit", "linked",
                     "linked_hit", "unmatched"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.confusion.items():
            self.confusion[k] = self.confusion.get(k, 0) + v

    def metrics(self) -> dict[str, float]:
        """Status accuracy, link precision / recall / F1, and the share of key questions found."""
        p = self.linked_hit / self.linked if self.linked else 0.0
        r = self.key_hit / self.key_sentences if self.key_sentences else 0.0
        total = self.questions + self.unmatched
        return {
            "answers.status.accuracy": self.status_ok / self.questions if self.questions else 0.0,
            "answers.link.precision": p,
            "answers.link.recall": r,
            "answers.link.f1": 2 * p * r / (p + r) if p + r else 0.0,
            "questions.found": self.questions / total if total else 0.0,
        }


def _covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True if the spans overlap by at least half the shorter one (as the shared scorer)."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and min(a[1], b[1]) - max(a[0], b[0]) >= 0.5 * shorter


def score_dialogue(path: Path, verbose: bool = False) -> Tally:
    """Analyze one dialogue and score its answers against its key."""
    import treatyscope

    key = json.loads(path.with_suffix(".key.json").read_text(encoding="utf-8"))
    review = treatyscope.analyze(path)
    text = review.text
    links = {a.question: a for a in review.answers}
    tally = Tally()
    for item in key:
        question = _question_at(review, text.find(item["q"]), len(item["q"]))
        if question is None:
            tally.unmatched += 1
            if verbose:
                print(f"  not found: {item['q'][:70]}")
            continue
        link = links[question.id]
        tally.questions += 1
        tally.status_ok += item["status"] == link.status
        pair = f"{item['status']}->{link.status}"
        tally.confusion[pair] = tally.confusion.get(pair, 0) + 1
        gold = [_sentence_of(review, text.find(s)) for s in item["answers"] if s in text]
        linked = [(s.start, s.end) for s in link.spans]
        hits = sum(any(_covers(g, p) for p in linked) for g in gold)
        tally.key_sentences += len(gold)
        tally.key_hit += hits
        tally.linked += len(linked)
        tally.linked_hit += sum(any(_covers(g, p) for g in gold) for p in linked)
        if verbose:
            print(f"  {item['status'][:4]:>4} {link.status[:4]:>4} key={len(gold)} linked={len(linked)} "
                  f"hit={hits} | {question.text[:70]}")
    return tally


def _question_at(review, at: int, length: int):  # type: ignore[no-untyped-def]
    """The tool question whose mentions overlap ``text[at:at + length]`` most, if any."""
    if at < 0:
        return None
    end = at + length
    best, most = None, 0
    for q in review.questions:
        share = max(min(end, m.end) - max(at, m.start) for m in q.mentions)
        if share > most:
            best, most = q, share
    return best


def _sentence_of(review, offset: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The span of the review sentence holding ``offset``."""
    for s in review.sentences:
        if s.start <= offset < s.end:
            return (s.start, s.end)
    return (offset, offset + 1)


def measure(verbose: bool = False, folder: Path = DIALOGUES) -> tuple[dict[str, float], dict[str, Tally]]:
    """Pooled metrics over every dialogue of ``folder``, and each dialogue's tally."""
    pooled, each = Tally(), {}
    for path in sorted(folder.glob("*.txt")):
        if verbose:
            print(path.stem)
        each[path.stem] = score_dialogue(path, verbose)
        pooled.add(each[path.stem])
    return pooled.metrics(), each


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--held-out", action="store_true", help="score quality/dialogues/held-out")
    a = ap.parse_args()
    pooled, each = measure(a.verbose, HELD_OUT if a.held_out else DIALOGUES)
    rows = {name: t.metrics() for name, t in each.items()} | {"pooled": pooled}
    print(f"{'dialogue':20} {'status':>7} {'P':>6} {'R':>6} {'F1':>6} {'found':>6}")
    for name, m in rows.items():
        print(f"{name:20} {m['answers.status.accuracy']:7.3f} {m['answers.link.precision']:6.3f} "
              f"{m['answers.link.recall']:6.3f} {m['answers.link.f1']:6.3f} {m['questions.found']:6.3f}")
    total = Tally()
    for t in each.values():
        total.add(t)
    print("confusion (key -> tool):")
    for k in STATUSES:
        print(f"  {k:13}" + " ".join(f"{total.confusion.get(f'{k}->{p}', 0):4d}" for p in STATUSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
