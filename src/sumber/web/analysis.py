"""Articles from web requests: the analyze and ingest endpoints' input side.

A request body is JSON (an :class:`~sumber.web.app.AnalyzeRequest`, or for ingest a
``sumber/1`` record), plain text or HTML (``Content-Type: text/plain`` / ``text/html``;
``id``, ``url``, ``title``, ``published`` and ``language`` may then come as query
parameters). Bytes are decoded as the command line decodes files, so a binary or
undecodable body is refused the same way. A URL is fetched only over http(s) and,
unless the server allows it, only from public addresses
(:func:`sumber.inputs.fetch.fetch` with ``public_only``).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from sumber import lang, pipeline
from sumber.errors import InputError
from sumber.inputs.article import make_article, normalise_date
from sumber.inputs.decode import decode_bytes
from sumber.inputs.fetch import fetch
from sumber.model import SCHEMA, Article
from sumber.store import IngestResult

__all__ = ["build", "ingest", "read_request", "run"]

_FIELDS = ("id", "url", "title", "published", "language")


def _text(data: bytes, charset: str | None) -> str:
    return decode_bytes(data, charset).text


async def read_request(request: Request, records: bool = False) -> Any:
    """The article a POST request carries: an AnalyzeRequest, or (``records``) a record.

    Raises:
        HTTPException: 415 for another content type, 422 for JSON that is not an object.
        RequestValidationError: a JSON object with fields of the wrong type.
        SumberError: a binary or undecodable body.
    """
    from sumber.web.app import AnalyzeRequest

    ctype = request.headers.get("content-type", "application/json")
    media = ctype.split(";", 1)[0].strip().lower()
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";", 1)[0].strip().strip('"') or None
    data = await request.body()
    params = {k: request.query_params.get(k) for k in _FIELDS}
    if media in ("text/plain", "text/html"):
        text = _text(data, charset) if data else ""
        key = "text" if media == "text/plain" else "html"
        return AnalyzeRequest(**{key: text}, **params)
    if media not in ("application/json", ""):
        raise HTTPException(415, f"unsupported content type {media!r} (use JSON, text or HTML)")
    try:
        obj = json.loads(_text(data, charset or "utf-8")) if data.strip() else None
    except json.JSONDecodeError as exc:
        raise HTTPException(422, f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(obj, dict):
        raise HTTPException(422, "the body must be a JSON object")
    if records and obj.get("schema") == SCHEMA:
        return obj
    try:
        return AnalyzeRequest.model_validate(obj)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None


def build(app: FastAPI, given: Any, sniff: bool = False) -> Article:
    """An unanalysed Article from a request.

    Args:
        app: the application (its options and whether private URLs may be fetched).
        given: an AnalyzeRequest.
        sniff: treat ``text`` that looks like an HTML page as HTML (the paste form).

    Raises:
        InputError: nothing to analyse, an empty text, a bad date, a URL that cannot
            or may not be fetched.
        LanguageError: a language sumber has no pack for.
    """
    options = app.state.options
    published = None
    if given.published:
        try:
            published = normalise_date(given.published)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    meta: dict[str, Any] = {
        "id": given.id or None,
        "url": given.url or None,
        "title": given.title or None,
        "published": published,
        "language": (given.language or "").strip().lower() or None,
    }
    if meta["language"]:
        lang.get(meta["language"])  # LanguageError for a language without a pack
    if len((given.text or given.html or "").encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise InputError(f"input too large (the limit is {options.max_bytes:,} bytes)")
    if given.text is not None and given.text.strip():
        return make_article(given.text, html=None if sniff else False, **meta)
    if given.html is not None and given.html.strip():
        return make_article(given.html, html=True, **meta)
    if given.url:
        url = given.url.strip()
        page = fetch(url, options, public_only=not app.state.allow_private_urls)
        meta["url"] = page.url or url
        return make_article(page.data, html=page.html, declared=page.charset, **meta)
    if given.text is not None or given.html is not None:
        raise InputError("empty input (nothing but white space)")
    raise InputError("nothing to analyse: give text, html or url")


def run(app: FastAPI, article: Article) -> Article:
    """Analyse ``article`` with the server's options."""
    return pipeline.run(article, app.state.options)


def ingest(app: FastAPI, item: Article | dict[str, Any]) -> IngestResult:
    """Analyse (when needed) and store ``item`` in the server's store."""
    result: IngestResult = app.state.store.ingest(item, app.state.options)
    return result
