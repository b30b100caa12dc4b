"""``treatyscope claims``: text, JSON and CSV output, from a text file or a JSON record."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from conftest import EXAMPLE
from treatyscope.cli import cli


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["claims", *args])
    return result.exit_code, result.output


def test_text() -> None:
    code, out = run(str(EXAMPLE))
    assert code == 0 and out.startswith("Figures (") and "⚠" in out


def test_json_and_all() -> None:
    code, out = run(str(EXAMPLE), "--format", "json")
    canonical = json.loads(out)["claims"]
    code_all, out_all = run(str(EXAMPLE), "--format", "json", "--all")
    assert code == code_all == 0
    assert len(json.loads(out_all)["claims"]) > len(canonical)


def test_csv_from_a_json_record(tmp_path: Path) -> None:
    record = tmp_path / "review.json"
    code, _ = CliRunner().invoke(cli, ["analyze", str(EXAMPLE), "--format", "json", "-o",
                                       str(record)]).exit_code, None
    assert code == 0
    target = tmp_path / "figures.csv"
    code, _ = run(str(record), "--format", "csv", "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows and rows[0]["id"] == "c4"


def test_missing_file() -> None:
    code, _ = run("no-such-file.txt")
    assert code == 3
