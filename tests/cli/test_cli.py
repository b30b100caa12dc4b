"""The command-line interface: outputs, help with examples, exit statuses, atomic writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE
from treatyscope.cli import cli


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input)


def test_default_text_output_is_readable() -> None:
    result = run("analyze", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("CMW")
    assert "Participants (7):" in result.output
    assert "Jasminka Dzumhur" in result.output and "Head of Delegation" in result.output
    assert "Sections (11):" in result.output


def test_the_readmes_example_output_is_what_the_tool_prints(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line of the README's example output (its "..." elisions aside) is a line the
    tool prints for the example, in order: the README shows real output."""
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)  # the README shows the example's path as `make demo` gives it
    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = readme.split("Its output starts:\n\n```text\n", 1)[1].split("```", 1)[0]
    result = run("analyze", "examples/cmw-kyrgyzstan-2023-press-release.txt")
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    at = 0
    for line in (x.rstrip() for x in shown.splitlines() if x.strip() != "..."):
        assert line in printed[at:], line
        at = printed.index(line, at) + 1


def test_json_output_is_the_interchange_record() -> None:
    result = run("analyze", str(EXAMPLE), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["text_length"] == 34699
    assert len(data["participants"]) == 7


def test_markdown_output() -> None:
    result = run("analyze", str(EXAMPLE), "--format", "md")
    assert result.exit_code == 0
    assert result.output.startswith("# CMW")
    assert "## Participants" in result.output


def test_stdin_input() -> None:
    result = run("analyze", "-", input=b"A Committee Expert asked about prisons.")
    assert result.exit_code == 0
    assert "unnamed committee expert" in result.output


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "review.json"
    result = run("analyze", str(EXAMPLE), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["document"] == EXAMPLE.name
    assert [p.name for p in tmp_path.iterdir()] == ["review.json"]


def test_failed_analysis_leaves_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "review.json"
    out.write_text("previous", encoding="utf-8")
    result = run("analyze", str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 3
    assert out.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize(
    ("make", "status", "words"),
    [
        (lambda d: d / "missing.txt", 3, "no such file"),
        (lambda d: d, 3, "not a regular file"),
        (lambda d: _write(d / "empty.txt", b""), 4, "empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\n\t "), 4, "whitespace"),
        (lambda d: _write(d / "bin.dat", bytes(range(256)) * 8), 5, "binary"),
        (lambda d: _write(d / "img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), 7, "PNG"),
    ],
)
def test_bad_input_gives_one_line_and_a_documented_status(make, status, words, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("analyze", str(make(tmp_path)))
    assert result.exit_code == status
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("treatyscope: error E")
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unsupported_url_scheme_exits_with_fetch_status() -> None:
    result = run("analyze", "ftp://example.org/x.txt")
    assert result.exit_code == 9


def test_every_command_has_help_with_an_example() -> None:
    commands = list(cli.commands)
    assert {"analyze", "schema"} <= set(commands)
    for name in commands:
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.output, name


def test_module_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "treatyscope", "analyze", str(EXAMPLE)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("CMW")


def test_text_that_is_not_a_meeting_summary_still_gets_a_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "recipe.txt", b"Mix flour and water. Bake for twenty minutes.")
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["participants"][-1]["roles"] == ["Narrator"]


def test_damaged_pdf_gives_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ngarbage")
    proc = subprocess.run(
        [sys.executable, "-m", "treatyscope", "analyze", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 8
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("treatyscope: error E107")


@pytest.mark.parametrize(
    ("content", "status", "words"),
    [
        ("{not json", 8, "not valid JSON"),
        ('{"some": "other json"}', 2, "not a treatyscope review record"),
    ],
)
def test_json_that_is_not_a_review_record_is_refused(
    tmp_path: Path, content: str, status: int, words: str
) -> None:
    path = tmp_path / "record.json"
    path.write_text(content, encoding="utf-8")
    result = run("questions", str(path))
    assert result.exit_code == status
    assert words in result.output


def test_a_written_record_is_read_back(tmp_path: Path) -> None:
    out = tmp_path / "review.json"
    assert run("analyze", str(EXAMPLE), "--format", "json", "-o", str(out)).exit_code == 0
    result = run("questions", str(out), "--status", "not_answered")
    assert result.exit_code == 0 and "not_answered" in result.output


def test_output_file_mode_follows_the_umask(tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "review.md"
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(cli, ["analyze", str(EXAMPLE), "--format", "md", "-o", str(out)])
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("data", "status", "words"),
    [
        (bytes(range(256)) * 8, 5, "binary"),  # NUL bytes
        (b"\x01\x02\x03\x04\x05" * 100, 5, "binary"),  # control characters
        (b"<html><head><title>Experts Commend Benin | OHCHR</title></head><body", 4, "no article text"),
        (b"<html><body><main><h1>Experts Commend Benin</h1><div>Meeting Summaries</div>"
         b"<div>1 February 2024</div><div>Share Facebook X</div></main></body></html>", 4, "no article text"),
    ],
)
def test_a_bad_input_error_names_the_file(data: bytes, status: int, words: str, tmp_path: Path) -> None:
    path = _write(tmp_path / "input.html", data)
    result = run("analyze", str(path))
    assert result.exit_code == status
    assert result.stdout == ""
    assert result.stderr.startswith("treatyscope: error E") and result.stderr.count("\n") == 1
    assert str(path) in result.stderr and words in result.stderr


def test_warnings_go_to_stderr_one_line_each_and_json_stays_clean(tmp_path: Path) -> None:
    path = _write(tmp_path / "cut.txt", "A Committee Expert asked about pri\u00adsons and said that the "
                  "law of 2021 on the treatment of detainees had not yet been applied in".encode())
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    codes = [n["code"] for n in data["notices"]]
    assert "W002" in codes and "W012" in codes
    lines = result.stderr.splitlines()
    assert lines == [f"treatyscope: warning {n['code']}: {n['message']}" for n in data["notices"]]


def test_a_clean_summary_prints_no_warning() -> None:
    result = run("analyze", str(EXAMPLE), "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
