"""An article's text as HTML with its spans marked: the article page's centre.

The spans of a ``sumber/1`` record (boilerplate, attribution sources, cues and
contents, entity mentions, claims) may nest or cross. :func:`marks` turns a record
into :class:`Mark` objects; :func:`render` nests them (a mark that crosses the end of
an enclosing one is cut in two at that point, so HTML elements nest properly) and
writes the text between them escaped, so no character of the article reaches the page
unescaped. Offsets are the record's: every character of ``text`` is written exactly
once, in order, and the page shows it with ``white-space: pre-wrap``.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from markupsafe import Markup, escape

__all__ = ["Mark", "marks", "render"]

# Which mark encloses which when two cover the same characters (lower: outer). A "pin" is
# an empty link placed at one offset (the end of a claim), drawn by the style sheet.
RANK = {"boilerplate": 0, "claim": 1, "content": 2, "source": 3, "cue": 4, "mention": 5, "pin": 6}
_FIRST = -(10**15)


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span.

    Attributes:
        start, end: ``[start, end)`` character offsets into the text.
        kind: one of :data:`RANK`'s keys; the CSS class ``m-<kind>``.
        classes: further CSS classes (``st-denies``).
        href: makes the mark a link (not inside another link: then it stays a plain mark).
        anchor: an element id (kept on the first piece when the mark is cut).
        title: a tooltip.
        data: ``data-*`` attributes.
    """

    start: int
    end: int
    kind: str
    classes: tuple[str, ...] = ()
    href: str | None = None
    anchor: str | None = None
    title: str | None = None
    data: tuple[tuple[str, str], ...] = field(default=())


def _span(value: Any, size: int) -> tuple[int, int] | None:
    """A valid ``[start, end)`` within ``size`` from a record's span value, else None."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = value
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    start, end = max(0, start), min(size, end)
    return (start, end) if start < end else None


def marks(
    record: dict[str, Any],
    entity_href: Callable[[dict[str, Any]], str | None],
    claim_href: Callable[[dict[str, Any]], str | None] | None = None,
) -> list[Mark]:
    """The marks of a ``sumber/1`` record.

    Args:
        record: the article record.
        entity_href: the link of an entity (its page), or None.
        claim_href: the link of a claim, or None.

    Returns:
        Marks in no particular order; spans outside the text are dropped.
    """
    size = len(record.get("text") or "")
    out: list[Mark] = []
    for b in record.get("boilerplate") or []:
        if sp := _span(b.get("span"), size):
            out.append(Mark(*sp, "boilerplate", title=f"boilerplate: {b.get('kind') or '?'}"))
    names = {e.get("id"): e.get("name") for e in record.get("entities") or []}
    for e in record.get("entities") or []:
        href = entity_href(e)
        for m in e.get("mentions") or []:
            if sp := _span(m.get("span"), size):
                title = f"{e.get('type') or 'entity'}: {e.get('name')}"
                out.append(Mark(*sp, "mention", (f"t-{e.get('type')}",), href, title=title))
    for a in record.get("attributions") or []:
        aid = str(a.get("id"))
        source = a.get("source") or {}
        who = source.get("name") or source.get("text") or names.get(source.get("entity"))
        who = who or ("anonymous source" if source.get("anonymous") else "unknown source")
        stance = str(a.get("stance") or "asserts")
        data = (("attribution", aid),)
        if sp := _span(source.get("span"), size):
            out.append(Mark(*sp, "source", title=f"source of {aid}: {who}", data=data))
        if sp := _span((a.get("cue") or {}).get("span"), size):
            out.append(Mark(*sp, "cue", title=f"cue of {aid}", data=data))
        spans = (a.get("content") or {}).get("spans") or []
        for i, raw in enumerate(spans):
            if sp := _span(raw, size):
                out.append(
                    Mark(
                        *sp,
                        "content",
                        (f"st-{stance}", f"k-{a.get('kind')}"),
                        anchor=f"a-{aid}" if i == 0 else None,
                        title=f"{who} ({stance}, {a.get('kind')})",
                        data=data,
                    )
                )
    for c in record.get("claims") or []:
        if sp := _span(c.get("span"), size):
            title = f"claim {c.get('id')}: {c.get('event')} ({c.get('status')})"
            data = (("claim", str(c.get("id"))),)
            cls = (f"cs-{c.get('status')}",)
            out.append(Mark(*sp, "claim", cls, anchor=f"c-{c.get('id')}", title=title, data=data))
            if href := (claim_href(c) if claim_href else None):
                out.append(Mark(sp[1], sp[1], "pin", cls, href, title=f"open {title}", data=data))
    return out


def _nest(items: Iterable[Mark]) -> list[Mark]:
    """Marks in document order, cut where they cross so that each nests in the last open."""
    heap = [
        (m.start, _FIRST if m.kind == "pin" else -m.end, RANK.get(m.kind, 9), i, m)
        for i, m in enumerate(items)
    ]
    heapq.heapify(heap)
    counter = len(heap)
    out: list[Mark] = []
    stack: list[Mark] = []
    while heap:
        _, _, rank, _, m = heapq.heappop(heap)
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if m.kind == "pin":
            if m.start == m.end and not any(o.href for o in stack):
                out.append(m)
            continue
        if stack and m.end > stack[-1].end:
            cut = stack[-1].end
            rest = replace(m, start=cut, anchor=None)
            heapq.heappush(heap, (rest.start, -rest.end, rank, counter, rest))
            counter += 1
            m = replace(m, end=cut)
        if m.start >= m.end:
            continue
        if m.href and any(o.href for o in stack):
            m = replace(m, href=None)  # no link inside a link
        out.append(m)
        stack.append(m)
    return out


def _open(m: Mark) -> str:
    tag = "a" if m.href else "span"
    attrs = [f'class="{escape(" ".join(("m-" + m.kind, *m.classes)))}"']
    if m.href:
        attrs.append(f'href="{escape(m.href)}"')
    if m.anchor:
        attrs.append(f'id="{escape(m.anchor)}"')
    if m.title:
        attrs.append(f'title="{escape(m.title)}"')
    for key, value in m.data:
        attrs.append(f'data-{escape(key)}="{escape(value)}"')
    return f"<{tag} {' '.join(attrs)}>"


def render(text: str, items: Iterable[Mark]) -> Markup:
    """``text`` as HTML, every character escaped, with the marks as nested elements."""
    out: list[str] = []
    pos = 0
    stack: list[Mark] = []

    def close() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(str(escape(text[pos : top.end])))
        pos = top.end
        out.append("</a>" if top.href else "</span>")

    for m in _nest(items):
        while stack and stack[-1].end <= m.start:
            close()
        out.append(str(escape(text[pos : m.start])))
        pos = m.start
        out.append(_open(m))
        if m.kind == "pin":
            out.append("</a>")
        else:
            stack.append(m)
    while stack:
        close()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
