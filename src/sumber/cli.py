"""The ``sumber`` command line: thin wrappers over the library.

Every command calls a public function of the same name; errors derived from
:class:`sumber.errors.SumberError` become one line on stderr and exit code 1
(2 for usage errors), never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sumber.errors import SumberError

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn SumberError (and a few OS errors) into one clear line and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SumberError as exc:
            click.echo(f"sumber: error: {exc}", err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("sumber: interrupted", err=True)
            sys.exit(130)
        except (OSError, MemoryError) as exc:
            click.echo(f"sumber: error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def analysis_options(language: str | None, published: str | None, no_model: bool) -> Any:
    """The :class:`~sumber.options.Options` that ``--lang``, ``--published`` and
    ``--no-model`` ask for (commands that analyse before they store or write tables).

    Raises:
        click.BadParameter: a date that is not YYYY-MM-DD.
        LanguageError: a language sumber has no pack for.
    """
    from sumber import lang
    from sumber.inputs.sources import normalise_date
    from sumber.options import Options

    options = Options(use_model=not no_model)
    if published is not None:
        try:
            options = options.with_(published=normalise_date(published))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--published") from None
    if language is not None:
        lang.get(language.strip().lower())
        options = options.with_(language=language.strip().lower())
    return options


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sumber")
def cli() -> None:
    """sumber: who said what, according to whom, and who denies it."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--lang", "language", help="Language code (id, en, ...); detected when omitted.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "text"]),
    default=None,
    help="json (one input), jsonl (several), or a readable text summary. Default: json for "
    "one plain input, jsonl otherwise.",
)
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
@click.option(
    "--max-bytes",
    type=int,
    default=None,
    help="Refuse inputs (JSONL: lines) larger than this many bytes. Default: 20000000.",
)
@reports_errors
def analyze(
    inputs: tuple[str, ...],
    language: str | None,
    published: str | None,
    fmt: str | None,
    no_model: bool,
    max_bytes: int | None,
) -> None:
    """Analyse articles: files, folders, JSONL, HTML, URLs or - for stdin."""
    from sumber.inputs import analyze_inputs

    code = analyze_inputs(
        list(inputs),
        language=language,
        published=published,
        fmt=fmt,
        use_model=not no_model,
        max_bytes=max_bytes,
    )
    sys.exit(code)


@cli.command(name="eval")
@click.argument("gold", nargs=1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "sumber-gold", "polnear", "pfsa", "story"]),
    default="auto",
    help="Gold format; detected when auto.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--predictions", type=click.Path(), help="Score saved analyzer output (JSONL).")
@click.option("--published", help="Anchor date for gold files that carry none.")
@click.option(
    "--split", default=None, help="Corpus part to score, e.g. 'test' (PFSA-ID held-out part)."
)
@click.option(
    "--speakers",
    type=click.Choice(["public", "all"]),
    default="public",
    show_default=True,
    help="PFSA-ID only: score quotations of public figures (the corpus annotates no others; "
    "sources the analyzer marks as ordinary people are left out) or of every speaker.",
)
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
@reports_errors
def eval_(
    gold: str,
    fmt: str,
    as_json: bool,
    predictions: str | None,
    published: str | None,
    split: str | None,
    speakers: str,
    no_model: bool,
) -> None:
    """Measure accuracy against an annotated corpus."""
    from sumber.evaluate import evaluate, format_report

    report = evaluate(
        gold,
        fmt=fmt,
        predictions=predictions,
        published=published,
        split=split,
        use_model=not no_model,
        speakers=speakers,
    )
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report))


from sumber import (  # noqa: E402,F401  (register the store, batch and web commands)
    cli_batch,
    cli_store,
    cli_web,
)


def main() -> None:
    """Entry point of the ``sumber`` console script."""
    cli(prog_name="sumber")
