"""The ``treatyscope questions`` command and the questions section of ``analyze --format md``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatyscope.cli import cli

TEXT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said detention was a concern. How many migrants were held in detention centres? Was there a law on domestic workers?
A Committee Expert asked about the voting rights of citizens living abroad.
Responses by the Delegation
The delegation said 1,200 migrants were held in three detention centres in 2023. Citizens abroad could vote in consulates during elections. The domestic economy had grown.
"""


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "dialogue.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_lists_questions_as_text(source: Path) -> None:
    result = run("questions", str(source))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "3 of 3 questions"
    assert "Ana Lopez: How many migrants were held in detention centres?" in result.output


def test_filters_by_status_and_asker(source: Path) -> None:
    result = run("questions", str(source), "--status", "not_answered")
    assert result.exit_code == 0
    assert "Was there a law on domestic workers?" in result.output
    assert "How many migrants" not in result.output
    result = run("questions", str(source), "--asker", "Lopez", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["q1", "q2"]


def test_reads_a_json_record(source: Path, tmp_path: Path) -> None:
    record = tmp_path / "review.json"
    assert run("analyze", str(source), "--format", "json", "-o", str(record)).exit_code == 0
    result = run("questions", str(record), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [q["id"] for q in data["questions"]] == ["q1", "q2", "q3"]
    assert len(data["answers"]) == 3


def test_writes_to_a_file(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "questions.csv"
    assert run("questions", str(source), "--format", "csv", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("id,asker,asker_name,")


def test_unknown_asker_exits_with_status_2(source: Path) -> None:
    result = run("questions", str(source), "--asker", "Nobody")
    assert result.exit_code == 2
    assert "no participant matches" in result.output


def test_missing_file_exits_with_status_3(tmp_path: Path) -> None:
    assert run("questions", str(tmp_path / "absent.txt")).exit_code == 3


def test_help_has_an_example() -> None:
    result = run("questions", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "--status" in result.output


def test_analyze_markdown_has_the_questions_section(source: Path) -> None:
    result = run("analyze", str(source), "--format", "md")
    assert result.exit_code == 0
    assert "## Questions and answers" in result.output
    assert "### Ana Lopez" in result.output
