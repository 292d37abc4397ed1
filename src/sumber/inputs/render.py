"""A readable plain-text summary of one analysed article, for a person at a terminal.

Layout (sections with nothing in them say "none")::

    ══ article.txt ═══════════════════════════════════════════════
    Title      The headline
    Language   id    Published 2024-11-12    Words 345    Sentences 12

    Attributions (2)
      a1  Jane Doe (via Radio One) —said→ “We did not agree to it.”
          [direct, denies]
    Claims (1)
      c1  disputed  meet(Jane Doe, John Roe) 2024-11-07
          “The two met on Thursday.”
          asserts: Radio One · denies: Jane Doe
    Times (1)
      Thursday → 2024-11-07 (day)
    Entities (2)
      Jane Doe        person        3 mentions   spokeswoman

Headings are bold only when ``style`` is on (the CLI turns it on for a
terminal); the text itself is plain.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from sumber.model import Article, Attribution, Claim

MAX_QUOTE = 240


def _plain(text: str) -> str:
    return text


def _short(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap(text: str, width: int, indent: str, hang: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent + "  " if hang is None else hang,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent]


def _name(names: dict[str, str], entity_id: str | None, fallback: str | None = None) -> str:
    if entity_id in ("author", "anonymous"):
        return str(entity_id)
    if entity_id is not None and entity_id in names:
        return names[entity_id]
    return fallback or entity_id or "?"


def _attribution_line(article: Article, names: dict[str, str], a: Attribution) -> tuple[str, str]:
    if a.source is None:
        source = "(no source)"
    else:
        source = a.source.name or _name(names, a.source.entity, a.source.text)
        if a.source.anonymous:
            source += " (anonymous)"
    if a.via:
        source += " (via " + ", ".join(c.name for c in a.via) + ")"
    cue = f" —{_short(a.cue.text, 40)}→ " if a.cue else " → "
    content = a.text or " … ".join(article.text[s:e] for s, e in a.content_spans)
    tags = [a.kind, a.stance] + ([a.date] if a.date else [])
    return f"{source}{cue}“{_short(content)}”", "[" + ", ".join(tags) + "]"


def _claim_lines(
    names: dict[str, str], c: Claim, width: int, bold: Callable[[str], str]
) -> list[str]:
    who = ", ".join(_name(names, p) for p in c.participants)
    head = f"{c.id}  {bold(c.status)}  {c.event}({who})"
    if c.date:
        head += f" {c.date}"
    if c.place:
        head += f" in {c.place}"
    lines = _wrap(head, width, "  ", "      ")
    lines += _wrap(f"“{_short(c.text)}”", width, "      ", "       ")
    holders = []
    for s in c.stances:
        part = f"{s.stance}: {_name(names, s.holder)}"
        if s.attribution:
            part += f" [{s.attribution}]"
        if s.hedged and s.stance != "hedges":
            part += " (hedged)"
        if s.via:
            part += " (via " + ", ".join(_name(names, v) for v in s.via) + ")"
        holders.append(part)
    if holders:
        lines += _wrap(" · ".join(holders), width, "      ")
    return lines


def summary(
    article: Article, *, width: int = 100, style: Callable[[str], str] | None = None
) -> str:
    """The text summary of an analysed article.

    Args:
        article: an article the pipeline has run on.
        width: the line width to wrap at.
        style: makes a heading stand out (e.g. bold for a terminal); plain when None.

    Returns:
        The summary, lines joined by ``\\n``, without a final newline.
    """
    bold = style or _plain
    names = {e.id: e.name for e in article.entities}
    width = max(width, 40)
    label = article.title or article.id or "(article)"
    ident = article.id if article.title and article.id else None
    rule = f"══ {_short(ident or label, width - 8)} "
    out = [bold(rule + "═" * max(width - len(rule), 3))]
    if article.title:
        out += _wrap(f"Title      {article.title}", width, "", " " * 11)
    if article.url:
        out.append(f"URL        {article.url}")
    if article.source_url and article.source_url != article.url:
        out.append(f"Source     {article.source_url}")
    words = len(article.text.split())
    out.append(
        f"Language   {article.language or '?'}    Published {article.published or '?'}"
        f"    Words {words:,}    Sentences {len(article.sentences):,}"
    )

    def section(title: str, n: int) -> None:
        out.append("")
        out.append(bold(f"{title} ({n})" if n else f"{title}: none"))

    section("Attributions", len(article.attributions))
    for a in article.attributions:
        line, tags = _attribution_line(article, names, a)
        out += _wrap(f"{a.id}  {line}", width, "  ", "      ")
        out.append("      " + tags)
    section("Claims", len(article.claims))
    for c in article.claims:
        out += _claim_lines(names, c, width, bold)
    section("Times", len(article.times))
    for t in article.times:
        out.append(f"  {_short(t.text, 60)} → {t.value or '?'} ({t.grain})")
    section("Entities", len(article.entities))
    if article.entities:
        name_w = min(max(len(e.name) for e in article.entities), 32)
        for e in sorted(article.entities, key=lambda e: (-len(e.mentions), e.name)):
            n = len(e.mentions)
            plural = "s" if n != 1 else ""
            line = f"  {_short(e.name, 32):<{name_w}}  {e.type:<12}  {n} mention{plural}"
            if e.roles:
                line += "   " + ", ".join(e.roles)
            out.append(line)
    if article.boilerplate:
        kinds = sorted({b.kind for b in article.boilerplate})
        out.append("")
        out.append(f"Boilerplate left out: {len(article.boilerplate)} ({', '.join(kinds)})")
    return "\n".join(out)
