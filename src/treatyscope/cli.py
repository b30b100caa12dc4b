"""The command-line interface: a thin shell over the library.

Each command parses its arguments, calls one library function and maps
:class:`~treatyscope.errors.TreatyscopeError` to one line on stderr and the error's exit
status (see :mod:`treatyscope.errors`).  Output files are written atomically.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from treatyscope.analyze import analyze
from treatyscope.errors import InputError, InputNotFound, MalformedDocument, TreatyscopeError
from treatyscope.export import RENDERERS
from treatyscope.model import SCHEMA_VERSION, Review
from treatyscope.options import AnalyzeOptions

F = TypeVar("F", bound=Callable[..., Any])

EXIT_STATUSES = """
Exit status: 0 success; 1 internal error; 2 bad input or option; 3 no such file or not a
file; 4 empty input; 5 binary input; 6 input too large; 7 unsupported format; 8 malformed
HTML or PDF; 9 URL fetch failed.
"""


def handle_errors(func: F) -> F:
    """Turn treatyscope errors into one stderr line and a documented exit status."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TreatyscopeError as exc:
            click.echo(f"treatyscope: error {exc}", err=True)
            sys.exit(exc.exit_status)
        except KeyboardInterrupt:
            click.echo("treatyscope: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def read_input(source: str, options: AnalyzeOptions) -> Review:
    """Analyze a path, a URL or '-' (standard input); warn on stderr of each notice."""
    if source == "-":
        review = analyze(sys.stdin.buffer.read(), options=options)
    elif "://" in source:
        review = analyze(source, options=options)
    else:
        path = Path(source)
        if not path.exists():
            raise InputNotFound(f"no such file: {source}")
        review = analyze(path, options=options)
    warn_notices(review)
    return review


def warn_notices(review: Review) -> None:
    """One stderr line for each warning notice (code W...) of the review; stdout, where the
    record goes, stays clean."""
    for notice in review.notices:
        if notice.code.startswith("W"):
            click.echo(f"treatyscope: warning {notice.code}: {notice.message}", err=True)


def load_review(source: str) -> Review:
    """A review from a JSON record written by ``analyze --format json``, or by analyzing.

    A ``.json`` file must be a review record: a damaged or foreign JSON file is an error,
    not a document to analyze.
    """
    if not (source.endswith(".json") and Path(source).is_file()):
        return read_input(source, AnalyzeOptions())
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedDocument(f"{source} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        raise InputError(
            f"{source} is not a treatyscope review record (schema {SCHEMA_VERSION}); "
            "write one with: treatyscope analyze FILE --format json -o record.json"
        )
    try:
        return Review.from_json(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{source} is a damaged review record: {exc!r}") from exc


def _new_file_mode() -> int:
    """The mode a newly created file gets here: 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_output(text: str, output: str | None) -> None:
    """Print, or write ``output`` atomically (a temporary file renamed into place)."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=".treatyscope-", dir=target.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, _new_file_mode())  # mkstemp makes it 0600; a written file follows umask
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.group(epilog=EXIT_STATUSES)
@click.version_option(package_name="treatyscope")
def cli() -> None:
    """treatyscope: UN treaty-body review dialogues as structured, checkable records.

    Example:

        treatyscope analyze examples/cmw-kyrgyzstan-2023-press-release.txt
    """


@cli.command(epilog=EXIT_STATUSES)
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text",
              show_default=True, help="text for people, json for programs, md for reports")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here, not stdout")
@handle_errors
def analyze_cmd(source: str, fmt: str, output: str | None) -> None:
    """Analyze a meeting summary (PATH, URL or - for stdin) into a review record.

    Example:

        treatyscope analyze examples/cmw-kyrgyzstan-2023-press-release.txt --format json -o review.json
    """
    review = read_input(source, AnalyzeOptions())
    write_output(RENDERERS[fmt](review), output)


analyze_cmd.name = "analyze"


@cli.command(epilog=EXIT_STATUSES)
@handle_errors
def schema() -> None:
    """Print the JSON Schema of the review record.

    Example:

        treatyscope schema > review.schema.json
    """
    from treatyscope.codec import review_schema

    click.echo(json.dumps(review_schema(), indent=1, ensure_ascii=False))


@cli.command(epilog=EXIT_STATUSES)
@click.argument("source")
@click.option("--status", type=click.Choice(["answered", "partial", "not_answered"]),
              help="only questions with this answer status")
@click.option("--asker", help="only questions by this participant (id or part of a name)")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="text for people, json or csv for programs")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here, not stdout")
@handle_errors
def questions_cmd(source: str, status: str | None, asker: str | None, fmt: str,
                  output: str | None) -> None:
    """List the questions of a review (PATH, URL, - or a JSON record) and their answers.

    Example:

        treatyscope questions review.json --status not_answered --asker Dzumhur --format csv
    """
    from treatyscope.export.questions import QUESTION_RENDERERS, select_questions

    review = load_review(source)
    chosen = select_questions(review, status=status, asker=asker)
    write_output(QUESTION_RENDERERS[fmt](review, chosen), output)


@cli.command(epilog=EXIT_STATUSES)
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="text for people, json or csv for programs")
@click.option("--all", "restatements", is_flag=True, help="also list restatements (duplicates)")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here, not stdout")
@handle_errors
def claims_cmd(source: str, fmt: str, restatements: bool, output: str | None) -> None:
    """List the figures of a review (PATH, URL, - or a JSON record), contradictions marked.

    Example:

        treatyscope claims review.json --format csv -o figures.csv
    """
    from treatyscope.export.claims import CLAIM_RENDERERS, select_claims

    review = load_review(source)
    chosen = select_claims(review, restatements=restatements)
    write_output(CLAIM_RENDERERS[fmt](review, chosen), output)


claims_cmd.name = "claims"


def main() -> None:
    """Entry point of the ``treatyscope`` command."""
    cli(prog_name="treatyscope")
