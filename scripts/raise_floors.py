#!/usr/bin/env python3
"""Raise the quality floors in quality/floors.json to what is measured now.

    python scripts/raise_floors.py            # raise floors that improved; keep the rest
    python scripts/raise_floors.py --add METRIC --column COL   # start gating a new metric

A floor is never lowered unless --allow-regression is given (and the commit says why).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "quality" / "floors.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--add", action="append", default=[], help="metric to start gating")
    ap.add_argument("--column", action="append", default=[], help="column for --add")
    ap.add_argument("--allow-regression", action="store_true")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("eval_shared", ROOT / "scripts" / "eval_shared.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as tmp:
        table, failed = module.measure(Path(tmp))
    if failed:
        print("analyze failed:", failed)
        return 1
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    floors = data["floors"]
    for column in a.column:
        for metric in a.add:
            floors.setdefault(column, {})[metric] = 0.0
    for column, metrics in floors.items():
        for metric, old in metrics.items():
            # rounded down: a floor rounded up past the measured value would fail at once
            new = math.floor(table[column].get(metric, 0.0) * 10_000) / 10_000
            if new < old and not a.allow_regression:
                print(f"REFUSED: {column}/{metric} would drop {old} -> {new}")
                return 1
            metrics[metric] = max(new, old) if not a.allow_regression else new
            print(f"{column:15} {metric:42} {old:.4f} -> {metrics[metric]:.4f}")
    FLOORS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
