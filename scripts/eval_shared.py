#!/usr/bin/env python3
"""Score treatyscope on the shared references: the sample and the corpus excerpts.

    python scripts/eval_shared.py                 # sample + excerpt subsets, a summary table
    python scripts/eval_shared.py --per-doc       # also each excerpt's metrics
    python scripts/eval_shared.py --out DIR       # keep the records in DIR

The last columns, ``dialogues`` and ``held-out``, are answer linking on the hand-written
dialogues of ``quality/dialogues`` and of ``quality/dialogues/held-out``
(``scripts/eval_dialogues.py``), checks besides the sample.

Records are produced in-process with treatyscope.analyze and written as <id>.json; the
scoring is done by ../shared/eval/score.py and score_set.py, unchanged.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUBSETS = {
    "all": [],
    "en-press": ["--where", "text_lang=en", "--where", "kind=press-release,meeting-summary"],
    "summary-record": ["--where", "kind=summary-record"],
    "fr": ["--where", "text_lang=fr"],
}


def write_records(out: Path) -> list[str]:
    """Analyze every corpus file with a reference; return the ids that failed."""
    import treatyscope

    failed = []
    for gold in sorted((SHARED / "gold" / "excerpts").glob("*.gold.json")):
        doc = gold.name.removesuffix(".gold.json")
        try:
            review = treatyscope.analyze(SHARED / "corpus" / f"{doc}.txt")
        except treatyscope.TreatyscopeError as exc:
            failed.append(f"{doc}: {exc}")
            continue
        (out / f"{doc}.json").write_text(json.dumps(review.to_json(), ensure_ascii=False))
    sample = treatyscope.analyze(SHARED / "samples" / "cmw-kyrgyzstan-2023-press-release.txt")
    (out / "_sample.json").write_text(json.dumps(sample.to_json(), ensure_ascii=False))
    return failed


def score_set(out: Path, where: list[str], per_doc: bool) -> dict[str, float]:
    cmd = [sys.executable, str(SHARED / "eval" / "score_set.py"), "--gold-dir",
           str(SHARED / "gold" / "excerpts"), "--pred-dir", str(out), "--index",
           str(SHARED / "corpus" / "index.jsonl"), *where, "--json"]
    result = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    if per_doc:
        subprocess.run([*cmd[:-1], "--per-doc"], check=True)
    return result["means"]


def score_sample(out: Path) -> dict[str, float]:
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
           str(SHARED / "gold" / "kyrgyzstan-cmw-2023.gold.json"), "--pred",
           str(out / "_sample.json"), "--json"]
    data = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return {k: v for k, v in data.items() if isinstance(v, float)}


def measure(out: Path, per_doc: bool = False) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Write the records into ``out`` and score them: {column: {metric: value}}, failures."""
    failed = write_records(out)
    table = {"sample": score_sample(out)}
    for name, where in SUBSETS.items():
        table[name] = score_set(out, where, per_doc and name == "all")
    dialogues = _dialogues_module()
    table["dialogues"] = dialogues.measure()[0]
    table["held-out"] = dialogues.measure(folder=dialogues.HELD_OUT)[0]
    return table, failed


def _dialogues_module():  # type: ignore[no-untyped-def]
    """``scripts/eval_dialogues.py``: answer linking on the repo's hand-written dialogues."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_dialogues", ROOT / "scripts" / "eval_dialogues.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--metric", action="append", help="only show metrics containing this")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        table, failed = measure(out, a.per_doc)
    keys = sorted({k for col in table.values() for k in col})
    if a.metric:
        keys = [k for k in keys if any(m in k for m in a.metric)]
    print(f"{'metric':42}" + "".join(f"{c:>15}" for c in table))
    for k in keys:
        print(f"{k:42}" + "".join(f"{table[c][k]:15.3f}" if k in table[c] else f"{'-':>15}"
                                  for c in table))
    if failed:
        print("failed:", *failed, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
