"""The record does not depend on the order Python happens to give sets of strings.

String hashing is randomised per process (PYTHONHASHSEED), so a sum over a set of terms
adds its floats in a different order in each run; a score on a threshold could then flip.
The linking and conflict sums are exact (math.fsum), whatever the order.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

#: An invented CEDAW meeting summary (written for a probe of the tool, 2026) whose record
#: changed with the hash seed before the sums were made exact.
DOCUMENT = ROOT / "tests" / "fixtures" / "cedaw-paraguay-2021-invented.txt"


def _record(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "treatyscope", "analyze", str(DOCUMENT), "--format", "json"],
        capture_output=True, text=True, check=True, env=env).stdout


def test_the_record_is_the_same_whatever_the_hash_seed() -> None:
    first = _record(1)
    assert all(_record(seed) == first for seed in (2, 3))
