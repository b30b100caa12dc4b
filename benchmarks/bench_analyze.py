"""Speed of ``treatyscope.analyze`` against a plain baseline measured in the same run.

Baseline: one ``syntok`` sentence-segmentation pass over the same text (the ``bench`` extra).
Reports the ratio analyze/syntok on the bundled sample (target: <= 1.0), the median time of
each pipeline stage, the share of the "answers" stage (question -> answer linking), and
documents per second over the shared corpus in a single process.

Usage::

    make bench
    .venv/bin/python benchmarks/bench_analyze.py --runs 30 --json   # machine-readable
    .venv/bin/python benchmarks/bench_analyze.py --check            # exit 1 if ratio > target
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from syntok import segmenter  # type: ignore[import-untyped]

import treatyscope
from treatyscope.caching import clear_text_caches

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "cmw-kyrgyzstan-2023-press-release.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
#: Acceptance: analyzing the sample takes no longer than one syntok pass over it.
TARGET_RATIO = 1.0


def syntok_pass(text: str) -> int:
    """Segment ``text`` with syntok, consuming every token; return the sentence count."""
    sentences = 0
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            sentences += 1
            for _token in sentence:
                pass
    return sentences


def timed(func: Callable[[], object]) -> float:
    """Seconds one call of ``func`` takes."""
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def compare_on_sample(path: Path, runs: int, warmup: int) -> dict[str, Any]:
    """Median seconds of analyze and of syntok on ``path`` (runs interleaved), and stages."""
    text = path.read_text(encoding="utf-8")
    for _ in range(warmup):
        treatyscope.analyze(path)
        syntok_pass(text)
    analyze_s: list[float] = []
    syntok_s: list[float] = []
    stages: dict[str, list[float]] = {}
    for _ in range(runs):
        timings: dict[str, float] = {}
        # Memo caches keyed on the text would make every run after the first a re-analysis
        # of a known document; a user's next document is new, so time it as new.
        clear_text_caches()
        start = time.perf_counter()
        treatyscope.analyze(path, timings=timings)
        analyze_s.append(time.perf_counter() - start)
        syntok_s.append(timed(lambda: syntok_pass(text)))
        for name, seconds in timings.items():
            stages.setdefault(name, []).append(seconds)
    return {
        "chars": len(text),
        "words": len(text.split()),
        "sentences_syntok": syntok_pass(text),
        "analyze_s": statistics.median(analyze_s),
        "syntok_s": statistics.median(syntok_s),
        "stages_s": {name: statistics.median(values) for name, values in stages.items()},
    }


def corpus_throughput(corpus: Path, passes: int) -> dict[str, Any] | None:
    """Documents per second over every ``*.txt`` of ``corpus`` (median of ``passes``)."""
    files = sorted(corpus.glob("*.txt"))
    if not files:
        return None
    for path in files[:5]:  # warm-up: lazy tables and compiled patterns
        treatyscope.analyze(path)
    def one_pass() -> None:
        clear_text_caches()
        for path in files:
            treatyscope.analyze(path)

    seconds = statistics.median(timed(one_pass) for _ in range(passes))
    return {"files": len(files), "seconds": seconds, "docs_per_s": len(files) / seconds}


#: The stages of the review record's structure (issue 2), reported as a subtotal.
STRUCTURE_STAGES = (
    "ingest", "clean", "detect", "sections", "sentences", "participants", "turns", "metadata",
)


def report(sample: dict[str, Any], corpus: dict[str, Any] | None, runs: int) -> str:
    """The human-readable report."""
    ratio = sample["analyze_s"] / sample["syntok_s"]
    total = sum(sample["stages_s"].values())
    lines = [
        f"sample: {SAMPLE.name} ({sample['chars']:,} chars, {sample['words']:,} words, "
        f"{sample['sentences_syntok']} syntok sentences); median of {runs} runs after warm-up",
        f"  treatyscope.analyze  {sample['analyze_s'] * 1e3:8.2f} ms",
        f"  syntok (baseline)    {sample['syntok_s'] * 1e3:8.2f} ms",
        f"  ratio analyze/syntok {ratio:8.2f}   target <= {TARGET_RATIO:.2f}: "
        + ("PASS" if ratio <= TARGET_RATIO else "FAIL"),
        "",
        "time per stage (median ms, share of the summed stages):",
    ]
    for name, seconds in sample["stages_s"].items():
        lines.append(f"  {name:12} {seconds * 1e3:8.2f} ms  {seconds / total:6.1%}")
    answers = sample["stages_s"].get("answers", 0.0)
    lines += ["", f"answers (linking) share: {answers / total:.1%} ({answers * 1e3:.2f} ms)"]
    structure = sum(sample["stages_s"].get(name, 0.0) for name in STRUCTURE_STAGES)
    lines += [
        f"structure stages (ingest .. metadata): {structure * 1e3:.2f} ms, "
        f"ratio to syntok {structure / sample['syntok_s']:.2f}",
        "",
    ]
    if corpus is None:
        lines.append(f"corpus: {CORPUS} not found, throughput skipped")
    else:
        lines.append(
            f"corpus: {corpus['files']} files in {corpus['seconds']:.2f} s = "
            f"{corpus['docs_per_s']:.0f} documents/s (single process)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the report (or JSON); with --check, fail above the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per measure")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over the corpus")
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 if the ratio is over target")
    args = parser.parse_args(argv)
    sample = compare_on_sample(args.sample, args.runs, args.warmup)
    corpus = corpus_throughput(args.corpus, args.passes)
    if args.json:
        print(json.dumps({"sample": sample, "corpus": corpus}, indent=1))
    else:
        print(report(sample, corpus, args.runs))
    over = sample["analyze_s"] > TARGET_RATIO * sample["syntok_s"]
    return 1 if args.check and over else 0


if __name__ == "__main__":
    sys.exit(main())
