"""HTML pages to article text and metadata (title, canonical URL, publication date).

:func:`extract_html` asks trafilatura for the main text (paragraphs joined by
line breaks; comments left out) and the page metadata. When trafilatura finds
nothing (too short a page, malformed markup), a plain extraction takes over:
the page's visible text without scripts, styles and the like, one line per
block element. Only a page with no visible text at all is an error.

The article text sumber analyses is the extracted text: offsets point into
it, not into the HTML.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from sumber.errors import EmptyInputError

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_WS_RE = re.compile(r"[^\S\n]+")
_DROP_TAGS = tuple("script style noscript template svg head iframe object canvas".split())
_BLOCK_TAGS = tuple(
    """p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote article section header footer nav aside
    main tr table pre figure figcaption dd dt dl hr form address title""".split()
)
_DATE_META = tuple(
    """article:published_time og:published_time datepublished date pubdate publishdate
    publish-date dc.date dc.date.issued sailthru.date""".split()
)


@dataclass(slots=True)
class Page:
    """What an HTML page holds for sumber.

    Attributes:
        text: the main text, one paragraph per line.
        title: the headline, when the page has one.
        url: the page's own (canonical) URL, when it says.
        published: the publication date as ``YYYY-MM-DD``, when the page says.
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts with ``<!doctype html`` or ``<html`` (after space and comments).

    Args:
        text: the start of a decoded input (the first few KiB are enough).

    Returns:
        True for an HTML document.
    """
    return bool(_HTML_START_RE.match(text[:4096]))


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` near its start, if any.

    Args:
        data: the raw bytes of the page.

    Returns:
        The declared encoding name, or None.
    """
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _normalise_lines(raw: str) -> str:
    lines = (_WS_RE.sub(" ", line).strip() for line in raw.splitlines())
    return "\n".join(line for line in lines if line)


def _quiet_logs() -> None:
    # trafilatura and its helpers log warnings ("discarding data") that would land on
    # stderr through logging's last-resort handler and break one-line error reporting.
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        log = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
            log.addHandler(logging.NullHandler())
        log.propagate = False


def _trafilatura(html: str, url: str | None) -> Page | None:
    try:
        import trafilatura
    except ImportError:  # broken install: the plain extraction still works
        return None
    _quiet_logs()
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura on hostile markup: fall back, never crash
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    return Page(
        text=text,
        title=_clean(data.get("title")),
        url=_clean(data.get("url")),
        published=_iso_date(data.get("date")),
    )


def _lxml_plain(html: str) -> Page | None:
    try:
        from lxml import etree
        from lxml import html as lxml_html
    except ImportError:  # pragma: no cover - lxml comes with trafilatura
        return None
    try:
        try:
            root = lxml_html.document_fromstring(html)
        except ValueError:  # a str with an XML encoding declaration
            root = lxml_html.document_fromstring(html.encode("utf-8"))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key and el.get("content") and key not in meta:
            meta[key] = el.get("content")
    title = meta.get("og:title")
    if not title:
        t = root.find(".//title")
        title = t.text_content() if t is not None else None
    if not title:
        h1 = root.find(".//h1")
        title = h1.text_content() if h1 is not None else None
    url = meta.get("og:url")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            url = link.get("href")
            break
    published = next((d for k in _DATE_META if (d := _iso_date(meta.get(k)))), None)
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    body = root.find(".//body")
    text = _normalise_lines((body if body is not None else root).text_content())
    return Page(text=text, title=_clean(title), url=_clean(url), published=published)


class _TextParser(HTMLParser):
    """Last resort: the stdlib parser, visible text only."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _stdlib_plain(html: str) -> Page:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the stdlib parser is lenient; keep whatever it gathered
        pass
    return Page(text=_normalise_lines("".join(parser.parts)))


def extract_html(html: str, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page.

    Args:
        html: the decoded page.
        url: where it was fetched from, when known (helps trafilatura).

    Returns:
        A :class:`Page`; its ``text`` is never empty.

    Raises:
        EmptyInputError: when the page has no visible text at all.
    """
    page = _trafilatura(html, url)
    if page is None:
        page = _lxml_plain(html)
        if page is None or not page.text.strip():
            fallback = _stdlib_plain(html)
            if page is None:
                page = fallback
            else:
                page.text = fallback.text
    if not page.text.strip():
        raise EmptyInputError("no article text found in HTML")
    return page
