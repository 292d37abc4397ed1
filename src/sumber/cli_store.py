"""The store's commands: ``ingest``, ``disputes``, ``claims``, ``entity``, ``articles``.

Each is a thin wrapper over the :class:`sumber.store.Store` method of the same
name; ``--json`` prints the method's return value, otherwise a readable
rendering. Every command takes ``--db URL`` (default ``$SUMBER_DB`` or the
SQLite file ``sumber.db`` in the working directory). Registered on the ``cli``
group by an import in :mod:`sumber.cli`.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar, overload

import click

from sumber.cli import analysis_options, cli, reports_errors

F = TypeVar("F", bound=Callable[..., Any])

_MARK = {"asserts": "✔", "reports": "✔", "hedges": "~", "denies": "✘", "no_comment": "·"}


DB_HELP = (
    "Database: a SQLAlchemy URL (postgresql://user@host/db) or an SQLite file path. "
    "Default: $SUMBER_DB or sumber.db in the working directory."
)


@overload
def db_option(func: F) -> F: ...


@overload
def db_option(*, help: str) -> Callable[[F], F]: ...


def db_option(func: F | None = None, *, help: str = DB_HELP) -> F | Callable[[F], F]:
    """The ``--db URL`` option every store command takes (``@db_option``), opened with
    :func:`_open`; ``@db_option(help=...)`` words its help for another use of the store."""

    def add(f: F) -> F:
        return click.option("--db", "db", default=None, metavar="URL", help=help)(f)

    return add if func is None else add(func)


def json_option(func: F) -> F:
    """The ``--json`` flag."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


def _open(db: str | None) -> Any:
    from sumber.store import Store

    return Store(db)


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def article_error(exc: Exception) -> str:
    """What to say about an article the store could not take (``ingest_many``'s
    ``on_error``); with ``$SUMBER_DEBUG`` set, an unexpected error is raised instead."""
    from sumber.errors import SumberError

    if isinstance(exc, SumberError):
        return exc.message
    if os.environ.get("SUMBER_DEBUG"):
        raise exc
    return f"internal error: {type(exc).__name__}: {exc}"


def stored_line(tally: Counter[str]) -> str:
    """``N articles: a inserted, b replaced, c unchanged``, from ingest results' statuses."""
    stored = sum(tally.values())
    return (
        f"{stored} article{'s' if stored != 1 else ''}: {tally['inserted']} inserted, "
        f"{tally['replaced']} replaced, {tally['unchanged']} unchanged"
    )


def _say(kind: str, name: str, message: str) -> None:
    where = " ".join(name.split())
    click.echo(f"sumber: {kind}: {where}: {' '.join(str(message).split())}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--lang", "language", help="Language code for inputs that do not say.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
@json_option
@reports_errors
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    language: str | None,
    published: str | None,
    no_model: bool,
    as_json: bool,
) -> None:
    """Analyse articles and store them: files, folders, JSONL (also sumber/1 records), URLs, -."""
    from sumber.store import reading

    options = analysis_options(language, published, no_model)

    store = _open(db)
    failed = 0

    def report(kind: str, name: str, message: str) -> None:
        nonlocal failed
        failed += kind == "error"
        _say(kind, name, message)

    def on_error(name: str, exc: Exception) -> None:
        report("error", name, article_error(exc))

    notes: list[str] = []
    items = reading.plan(inputs, options, notes)
    for note in notes:
        click.echo(f"sumber: note: {note}", err=True)
    total = reading.count(items)
    stream = reading.read(items, options, report)
    tally: Counter[str] = Counter()
    results = []
    try:
        if total is not None and total > 1 and sys.stderr.isatty():
            with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:

                def progress(result: Any) -> None:
                    bar.update(1)
                    tally[result.status] += 1
                    results.append(result)

                store.ingest_many(stream, progress=progress, options=options, on_error=on_error)
        else:

            def count_(result: Any) -> None:
                tally[result.status] += 1
                results.append(result)

            store.ingest_many(stream, progress=count_, options=options, on_error=on_error)
    finally:
        store.close()
    if as_json:
        _echo_json(
            {
                "results": [{"id": r.article_id, "status": r.status} for r in results],
                "failed": failed,
            }
        )
    else:
        click.echo(stored_line(tally) + (f"; {failed} failed" if failed else ""))
    sys.exit(1 if failed else 0)


def _plural(n: int, word: str) -> str:
    singular = {
        "entities": "entity",
        "claims": "claim",
        "attributions": "attribution",
        "articles": "article",
        "mentions": "mention",
    }
    return f"{n} {word if n != 1 else singular.get(word, word)}"


def _stance_line(st: dict[str, Any]) -> str:
    art = st["article"]
    where = ", ".join(x for x in (art["id"], art.get("published"), art.get("language")) if x)
    via = f" via {', '.join(st['via'])}" if st["via"] else ""
    hedged = " (hedged)" if st.get("hedged") else ""
    quote = " ".join((st.get("quote") or "").split())
    if len(quote) > 110:
        quote = quote[:107] + "..."
    mark = _MARK.get(st["stance"], "?")
    return f"    {mark} {st['holder']['name']} {st['stance']}{hedged}{via} [{where}]: “{quote}”"


def render_claim(view: dict[str, Any]) -> str:
    """A claim and its stances as readable text, grouped by side."""
    c = view["claim"]
    who = ", ".join(c["participants"]) or "?"
    lines = [
        f"{c['event']}: {who}"
        + (f" on {c['date']}" if c["date"] else "")
        + f"  [{view['status']}, {view['independent_confirmations']} independent "
        f"confirmation{'s' if view['independent_confirmations'] != 1 else ''}; {c['id']}]"
    ]
    summary = " ".join((c.get("summary") or "").split())
    if summary:
        lines.append(f"  “{summary[:150]}{'...' if len(summary) > 150 else ''}”")
    sides = (
        ("for", ("asserts", "reports", "hedges")),
        ("against", ("denies",)),
        ("no comment", ("no_comment",)),
    )
    for label, kinds in sides:
        group = [st for st in view["stances"] if st["stance"] in kinds]
        if group:
            lines.append(f"  {label}:")
            lines.extend(_stance_line(st) for st in group)
    return "\n".join(lines)


def _render_claims(views: list[dict[str, Any]], empty: str) -> None:
    if not views:
        click.echo(empty)
    for i, v in enumerate(views):
        if i:
            click.echo("")
        click.echo(render_claim(v))


@cli.command()
@db_option
@json_option
@reports_errors
def disputes(db: str | None, as_json: bool) -> None:
    """Claims asserted by some holders and denied by others."""
    store = _open(db)
    try:
        views = store.disputes()
    finally:
        store.close()
    if as_json:
        _echo_json(views)
    else:
        _render_claims(views, "No disputed claims.")


@cli.command()
@db_option
@click.option("--about", default=None, help="Only claims with this participant (a name).")
@click.option("--event", default=None, help="Only claims of this event (phone_call, ...).")
@json_option
@reports_errors
def claims(db: str | None, about: str | None, event: str | None, as_json: bool) -> None:
    """All stored claims, with every holder's stance."""
    store = _open(db)
    try:
        views = store.claims(about=about, event=event)
    finally:
        store.close()
    if as_json:
        _echo_json(views)
    else:
        _render_claims(views, "No claims.")


@cli.command()
@click.argument("name")
@db_option
@json_option
@reports_errors
def entity(name: str, db: str | None, as_json: bool) -> None:
    """What NAME said, what others said about NAME, and NAME's aliases."""
    from sumber.store import StoreError

    store = _open(db)
    try:
        view = store.entity(name)
    finally:
        store.close()
    if view is None:
        raise StoreError(f"no stored entity called {name!r}")
    if as_json:
        _echo_json(view)
        return
    click.echo(
        f"{view['name']} ({view['type']}; {view['id']}): "
        f"{_plural(view['mentions'], 'mentions')} in "
        f"{_plural(len(view['articles']), 'articles')}"
    )
    aliases = sorted(
        {
            f"{a['alias']}" + (f" ({a['language']})" if a["language"] else "")
            for a in view["aliases"]
        }
    )
    click.echo("  aliases: " + "; ".join(aliases))
    if view["roles"]:
        click.echo("  roles: " + "; ".join(view["roles"]))
    click.echo(f"\nWhat {view['name']} said:")
    if not view["said"]:
        click.echo("  nothing stored")
    for a in view["said"]:
        quote = " ".join(a["quote"].split())
        mark = _MARK.get(a["stance"], "?")
        click.echo(f"  {mark} [{a['article']['id']}] {a['cue'] or ''} ({a['kind']}): “{quote}”")
    if view["stances"]:
        click.echo(f"\nClaims {view['name']} took a stance on:")
    for v in view["stances"]:
        c = v["claim"]
        own = sorted({st["stance"] for st in v["stances"] if st["holder"]["id"] == view["id"]})
        marks = " ".join(f"{_MARK.get(x, '?')} {x}" for x in own)
        click.echo(
            f"  {marks}: {c['event']}: {', '.join(c['participants'])}"
            + (f" on {c['date']}" if c["date"] else "")
            + f"  [{v['status']}; {c['id']}]"
        )
    click.echo(f"\nWhat others said about {view['name']}:")
    if not view["about"]:
        click.echo("  nothing stored")
    for v in view["about"]:
        click.echo("\n".join("  " + line for line in render_claim(v).splitlines()))


@cli.command()
@db_option
@json_option
@reports_errors
def articles(db: str | None, as_json: bool) -> None:
    """The stored articles."""
    store = _open(db)
    try:
        rows = store.articles()
    finally:
        store.close()
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("No articles.")
    for r in rows:
        counts = ", ".join(_plural(r[k], k) for k in ("entities", "attributions", "claims"))
        click.echo(
            f"{r['id']}  {r['published'] or '-'}  {r['language'] or '-'}  {counts}  "
            f"{r['title'] or r['url'] or ''}".rstrip()
        )
