"""Everything between the user and the pipeline for ``sumber analyze``.

:func:`analyze_inputs` reads what the user named (files, folders, JSON Lines,
HTML, URLs, stdin: see :mod:`sumber.inputs.sources`), runs
:func:`sumber.pipeline.run` on each article, and writes the records:

- ``json`` (default for one plain input): one ``sumber/1`` object, indented by
  two spaces (spans kept on one line); asked for with several inputs, a JSON
  array of them.
- ``jsonl`` (default for several inputs, folders and JSON Lines): one compact
  object per line, in input order, each written as soon as it is ready.
- ``text``: a readable summary per article (:mod:`sumber.inputs.render`).

Errors never stop a batch: each is one line on stderr,
``sumber: error: <input>: <message>``, the input is skipped and the others are
still processed; the exit code is then 1. Unexpected exceptions in the
pipeline are reported the same way as ``internal error`` (set the environment
variable ``SUMBER_DEBUG=1`` to get the traceback instead). Option errors
(``--published``, ``--lang``, ``--max-bytes``) are one line and exit code 2.
Encoding guesses are one ``sumber: warning:`` line; files skipped in a folder
one ``sumber: note:`` line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from typing import Any

import click

from sumber import lang, pipeline
from sumber.errors import LanguageError, SumberError
from sumber.inputs.render import summary
from sumber.inputs.sources import Record, is_single, normalise_date, plan, records
from sumber.model import Article
from sumber.options import Options

__all__ = ["analyze_inputs", "Record", "plan", "records"]


# a span pretty-printed over four lines, "[\n    3,\n    7\n  ]": JSON strings hold no raw
# line breaks, so this never matches inside text
_SPAN_RE = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")


def pretty_json(record: dict[str, Any], ensure_ascii: bool = False) -> str:
    """A record as indented JSON, with each ``[start, end]`` span kept on one line."""
    return _SPAN_RE.sub(r"[\1, \2]", json.dumps(record, ensure_ascii=ensure_ascii, indent=2))


def _encodable(text: str) -> bool:
    """Whether stdout can take ``text`` as it is (no lone surrogates, encodable characters)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _say(kind: str, name: str | None, message: str) -> None:
    where = f"{_one_line(name)}: " if name else ""
    click.echo(f"sumber: {kind}: {where}{_one_line(message)}", err=True)


class _Writer:
    """Writes analysed articles to stdout in one of the three formats."""

    def __init__(self, fmt: str, single: bool) -> None:
        self.fmt = fmt
        self.single = single
        self.count = 0
        self.array = fmt == "json" and not single
        self.tty = sys.stdout.isatty()

    def _echo(self, text: str, nl: bool = True) -> None:
        try:
            click.echo(text, nl=nl)
        except UnicodeEncodeError:
            # stdout cannot encode some character (a lone surrogate, a legacy console): JSON
            # falls back to \u escapes, text to replacement characters
            encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
            click.echo(text.encode(encoding, "replace").decode(encoding), nl=nl)

    def write(self, article: Article) -> None:
        """Write one analysed article."""
        record: dict[str, Any] = article.to_dict()
        if self.fmt == "jsonl":
            compact = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            if not _encodable(compact):
                compact = json.dumps(record, separators=(",", ":"))
            self._echo(compact)
        elif self.fmt == "json":
            text = pretty_json(record)
            if not _encodable(text):
                text = pretty_json(record, ensure_ascii=True)
            if self.array:
                self._echo(("[\n" if self.count == 0 else ",\n") + text, nl=False)
            else:
                self._echo(text)
        else:
            width = min(shutil.get_terminal_size((100, 24)).columns, 120) if self.tty else 100
            if self.count:
                self._echo("")
            self._echo(summary(article, width=width, style=lambda s: click.style(s, bold=True)))
        self.count += 1

    def close(self) -> None:
        if self.array:
            click.echo("[]" if self.count == 0 else "\n]")


def _run(record: Record, options: Options) -> Article | None:
    """The analysed article, or None after reporting why there is none."""
    for warning in record.warnings:
        _say("warning", record.name, warning)
    if record.error is not None or record.article is None:
        message = record.error.message if record.error else "nothing to analyse"
        _say("error", record.name, message)
        return None
    try:
        return pipeline.run(record.article, options)
    except SumberError as exc:
        _say("error", record.name, exc.message)
    except RecursionError:
        _say("error", record.name, "internal error: RecursionError: input nested too deeply")
    except Exception as exc:
        if os.environ.get("SUMBER_DEBUG"):
            raise
        _say("error", record.name, f"internal error: {type(exc).__name__}: {exc}")
    return None


def analyze_inputs(
    inputs: list[str],
    *,
    language: str | None = None,
    published: str | None = None,
    fmt: str | None = None,
    use_model: bool = True,
    max_bytes: int | None = None,
    fetch_timeout: float | None = None,
) -> int:
    """Analyse every input and write the records to stdout (the ``sumber analyze`` command).

    Args:
        inputs: file paths, folders, ``.jsonl`` files, http(s) URLs, or ``-`` for stdin.
        language: ISO code to use for inputs that do not say ("id", "en"); None detects it.
        published: publication date (YYYY-MM-DD) for inputs that carry none.
        fmt: "json", "jsonl" or "text"; None chooses json for one plain input, else jsonl.
        use_model: use trained models where a language ships one.
        max_bytes: the size limit per input (per line for JSON Lines); None keeps the default.
        fetch_timeout: seconds to wait for a URL; None keeps the default.

    Returns:
        The exit code: 0 when every input was analysed, 1 when any failed, 2 for bad options.
    """
    options = Options(use_model=use_model)
    if published is not None:
        try:
            options = options.with_(published=normalise_date(published))
        except ValueError as exc:
            _say("error", "--published", str(exc))
            return 2
    if language is not None:
        code = language.strip().lower()
        try:
            lang.get(code)
        except LanguageError as exc:
            _say("error", "--lang", exc.message)
            return 2
        options = options.with_(language=code)
    if max_bytes is not None:
        if max_bytes < 1:
            _say("error", "--max-bytes", f"must be a positive number of bytes, not {max_bytes}")
            return 2
        options = options.with_(max_bytes=max_bytes)
    if fetch_timeout is not None:
        options = options.with_(fetch_timeout=fetch_timeout)
    if fmt not in (None, "json", "jsonl", "text"):
        _say("error", "--format", f"unknown format {fmt!r} (json, jsonl or text)")
        return 2

    failed = False
    try:
        notes: list[str] = []
        items = plan(inputs, options, notes)
        for note in notes:
            _say("note", None, note)
        writer = _Writer(fmt or ("json" if is_single(items) else "jsonl"), is_single(items))
        for record in records(items, options):
            article = _run(record, options)
            if article is None:
                failed = True
            else:
                writer.write(article)
        writer.close()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining
        # about the unflushed stdout at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
    return 1 if failed else 0
