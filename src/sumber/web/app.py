"""The web UI and JSON API: FastAPI routes over one :class:`~sumber.store.Store`.

Every page has a JSON twin built from the same call on the store, so the page and the
API never disagree (the twin's path is the page's with ``.json`` added):

==========================  =============================================================
``/``                       home: disputed claims first, recent articles, most-quoted
                            people, one search box (``/index.json``)
``/search?q=``              articles, entities and claims matching ``q``
``/articles``               stored articles, newest first (``limit``, ``offset``)
``/articles/{id}``          one article: its text with spans highlighted, attributions,
                            claims and entities beside it
``/claims``                 claims (``about``, ``event``, ``limit``, ``offset``)
``/claims/{id}``            the dispute board of one claim and a timeline of its stances
``/entities``               the most-quoted entities
``/entities/{id}``          what an entity said, what was said about it, its names
``/disputes``               disputed claims, most contested first
``/analyze``                a form: paste text or a URL, see the analysis, maybe store it
``POST /api/analyze``       analyse text, HTML or a URL; the ``sumber/1`` record
``POST /api/ingest``        analyse and store (or store a ``sumber/1`` record)
``/openapi.json``           the OpenAPI description of all of the above
==========================  =============================================================

Errors are JSON ``{"error": {"status", "message"}}`` on the API and the ``.json`` twins,
a short page otherwise; nothing of a stack trace reaches a client.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sumber import __version__
from sumber import lang as sumber_lang
from sumber.errors import InputError, LanguageError, StoreError, SumberError
from sumber.model import SCHEMA, Article
from sumber.options import Options
from sumber.store import Store
from sumber.web import highlight
from sumber.web.security import BodyLimit, SameOrigin, SecurityHeaders

__all__ = ["AnalyzeRequest", "create_app"]

log = logging.getLogger("sumber.web")
HERE = Path(__file__).parent
PAGE = 50
MAX_PAGE = 500
DEFAULT_MAX_BODY = 5_000_000
STANCE_ORDER = ("asserts", "reports", "hedges", "no_comment", "denies")


class AnalyzeRequest(BaseModel):
    """An article to analyse: ``text``, ``html`` or a ``url`` to fetch (in that order)."""

    text: str | None = Field(default=None, description="Plain text; offsets index into it exactly.")
    html: str | None = Field(default=None, description="An HTML page; its main text is extracted.")
    url: str | None = Field(
        default=None,
        description="The article's address; fetched when neither text nor html is given.",
    )
    id: str | None = Field(default=None, description="The article id to store it under.")
    title: str | None = Field(default=None, description="The headline.")
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    language: str | None = Field(default=None, description="ISO 639-1 code; detected when omitted.")


class IngestReply(BaseModel):
    """What storing one article did."""

    article_id: str
    status: str = Field(description="inserted, unchanged or replaced")
    page: str = Field(description="The article's page")


# --- small helpers for templates -----------------------------------------------------------


def path_id(value: str) -> str:
    """An id as one URL path segment."""
    return quote(str(value), safe="")


def safe_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL (so it may be a link), else None."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def host(value: Any) -> str:
    """The host name of a URL, for showing an outlet ("example.org")."""
    if not isinstance(value, str):
        return ""
    name = urlsplit(value).hostname or ""
    return name.removeprefix("www.")


def headline(record: dict[str, Any]) -> str:
    """An article's title, else its first non-blank line, else its id."""
    if record.get("title"):
        return str(record["title"])
    for line in str(record.get("text") or "").splitlines():
        if line.strip():
            return line.strip()[:160]
    return str(record.get("id") or "article")


def _pages(limit: int, offset: int, count: int) -> dict[str, int | None]:
    offset = max(0, offset)
    return {
        "limit": limit,
        "offset": offset,
        "previous": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if count >= limit else None,
    }


def _limit(value: int) -> int:
    return max(1, min(MAX_PAGE, value))


# --- the app -------------------------------------------------------------------------------


T = TypeVar("T")


def _found(value: T | None, what: str, key: str) -> T:
    """``value``, or a 404 saying no ``what`` is stored under ``key``."""
    if value is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return value


def create_app(
    db: str | None = None,
    *,
    store: Store | None = None,
    options: Options | None = None,
    allow_private_urls: bool = False,
    max_body: int = DEFAULT_MAX_BODY,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The web application.

    Args:
        db: the store's database URL (see :class:`~sumber.store.Store`); ignored when
            ``store`` is given.
        store: an open store to serve.
        options: analysis settings for the analyze and ingest endpoints.
        allow_private_urls: let "analyze a URL" fetch loopback and private addresses
            (off: the server refuses them, so it cannot be used to reach the network
            it runs in).
        max_body: the largest request body, in bytes.
        allowed_hosts: the Host names the server answers to (against DNS rebinding);
            None answers to any.

    Returns:
        A FastAPI (ASGI) application.
    """
    store = store or Store(db)
    options = options or Options()
    options = options.with_(max_bytes=min(options.max_bytes, max_body))
    app = FastAPI(
        title="sumber",
        version=__version__,
        description="Who said what, according to whom, and who denies it: the articles, "
        "entities, claims and disputes of a sumber store.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.options = options
    app.state.allow_private_urls = allow_private_urls
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True
    env.filters.update(path_id=path_id, safe_url=safe_url, host=host, headline=headline)
    env.globals.update(
        version=__version__, STANCE_ORDER=STANCE_ORDER, languages=sumber_lang.available()
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=code)

    _errors(app, page)
    _pages_routes(app, store, page)
    _api_routes(app, store, page)
    _describe_bodies(app)

    app.add_middleware(SameOrigin)
    app.add_middleware(BodyLimit, limit=max_body)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def _describe_bodies(app: FastAPI) -> None:
    """Add the request body models the endpoints read by hand to the OpenAPI description."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            models = schema.setdefault("components", {}).setdefault("schemas", {})
            models["AnalyzeRequest"] = AnalyzeRequest.model_json_schema()
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.endswith(".json") or path.startswith("/api/")


def _errors(app: FastAPI, page: Any) -> None:
    def reply(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status)
        return page(request, "error.html", status, status=status, message=message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return reply(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors()[:3]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return reply(request, 422, "invalid request: " + "; ".join(problems))

    @app.exception_handler(SumberError)
    async def sumber_error(request: Request, exc: SumberError) -> Response:
        if isinstance(exc, StoreError):
            log.error("store error: %s", exc)
            return reply(request, 503, str(exc))
        return reply(request, 400, " ".join(str(exc).split()))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return reply(request, 500, "internal error (the server log has the details)")


def _article_view(
    record: dict[str, Any], stored: bool, statuses: dict[str, str] | None = None
) -> dict[str, Any]:
    """What the article page shows, from a ``sumber/1`` record.

    ``statuses`` maps a stored claim's global id to its status across all articles.
    """
    statuses = statuses or {}
    ents = {e.get("id"): e for e in record.get("entities") or []}

    def entity_href(e: dict[str, Any]) -> str | None:
        if stored and e.get("global_id"):
            return f"/entities/{path_id(e['global_id'])}"
        return f"#e-{e.get('id')}"

    def claim_href(c: dict[str, Any]) -> str | None:
        if stored and c.get("global_id"):
            return f"/claims/{path_id(c['global_id'])}"
        return f"#claim-{c.get('id')}"

    def name(eid: Any, fallback: str | None = None) -> dict[str, Any]:
        e = ents.get(eid)
        if e is None:
            return {"name": fallback or str(eid or "?"), "href": None}
        return {"name": e.get("name"), "href": entity_href(e)}

    attributions = []
    for a in record.get("attributions") or []:
        source = a.get("source") or {}
        if source.get("entity"):
            who = name(source["entity"], source.get("name"))
        else:
            anon = "anonymous source" if source.get("anonymous") else "unknown source"
            who = {"name": source.get("text") or source.get("name") or anon, "href": None}
        attributions.append(
            {
                "id": a.get("id"),
                "source": who,
                "anonymous": bool(source.get("anonymous")),
                "public": source.get("public"),
                "role": source.get("role"),
                "cue": (a.get("cue") or {}).get("text"),
                "kind": a.get("kind"),
                "stance": a.get("stance"),
                "text": (a.get("content") or {}).get("text") or "",
                "via": [name(v.get("entity"), v.get("name")) for v in a.get("via") or []],
                "date": a.get("date"),
            }
        )
    claims = []
    for c in record.get("claims") or []:
        stances = []
        for st in c.get("stances") or []:
            holder = st.get("holder")
            who = name(holder) if holder in ents else {"name": str(holder), "href": None}
            stances.append(
                {
                    "holder": who,
                    "stance": st.get("stance"),
                    "hedged": st.get("hedged"),
                    "attribution": st.get("attribution"),
                    "via": [name(v) for v in st.get("via") or []],
                }
            )
        claims.append(
            {
                "id": c.get("id"),
                "href": claim_href(c),
                "event": c.get("event"),
                "participants": [name(p) for p in c.get("participants") or []],
                "date": c.get("date"),
                "place": c.get("place"),
                "status": c.get("status"),
                "global_status": statuses.get(str(c.get("global_id"))),
                "text": c.get("text"),
                "stances": stances,
            }
        )
    entities = [
        {
            "id": e.get("id"),
            "href": entity_href(e),
            "name": e.get("name"),
            "type": e.get("type"),
            "roles": e.get("roles") or [],
            "mentions": len(e.get("mentions") or []),
        }
        for e in sorted(record.get("entities") or [], key=lambda e: -len(e.get("mentions") or []))
    ]
    marks = highlight.marks(record, entity_href, claim_href)
    return {
        "record": record,
        "headline": headline(record),
        "text_html": highlight.render(str(record.get("text") or ""), marks),
        "attributions": attributions,
        "claims": claims,
        "entities": entities,
        "stored": stored,
    }


def _board(view: dict[str, Any]) -> dict[str, Any]:
    """A claim's stances grouped for the dispute board, and its timeline."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in view["stances"]:
        groups[st["stance"]].append(st)
    timeline: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in view["stances"]:
        timeline[st["article"].get("published") or "undated"].append(st)
    days = sorted(d for d in timeline if d != "undated")
    if "undated" in timeline:
        days.append("undated")
    return {
        "groups": [(k, groups[k]) for k in STANCE_ORDER if groups.get(k)],
        "timeline": [(d, timeline[d]) for d in days],
    }


def _pages_routes(app: FastAPI, store: Store, page: Any) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        return page(request, "home.html", **_home(store))

    @app.get("/index.json", summary="Home: totals, top disputes, recent articles, most quoted")
    def home_json() -> dict[str, Any]:
        return _home(store)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> Response:
        return page(request, "search.html", result=store.search(q[:200]), q=q)

    @app.get("/search.json", summary="Search articles, entities and claims")
    def search_json(q: str = Query("", description="Words to find")) -> dict[str, Any]:
        return store.search(q[:200])

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, limit: int = PAGE, offset: int = 0) -> Response:
        limit = _limit(limit)
        rows = store.articles(limit=limit, offset=max(0, offset))
        return page(request, "articles.html", articles=rows, pages=_pages(limit, offset, len(rows)))

    @app.get("/articles.json", summary="Stored articles, newest first")
    def articles_json(
        limit: int = Query(PAGE, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0)
    ) -> list[dict[str, Any]]:
        return store.articles(limit=limit, offset=offset)

    @app.get("/articles/{aid:path}.json", summary="One stored article (sumber/1 record)")
    def article_json(aid: str) -> dict[str, Any]:
        record = _found(store.article(aid), "article", aid)
        return record

    @app.get("/articles/{aid:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, aid: str) -> Response:
        record = _found(store.article(aid), "article", aid)
        ids = [c["global_id"] for c in record.get("claims") or [] if c.get("global_id")]
        return page(request, "article.html", **_article_view(record, True, store.statuses(ids)))

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(
        request: Request,
        about: str | None = None,
        event: str | None = None,
        limit: int = PAGE,
        offset: int = 0,
    ) -> Response:
        limit = _limit(limit)
        rows = store.claims(
            about=about or None, event=event or None, limit=limit, offset=max(0, offset)
        )
        return page(
            request,
            "claims.html",
            claims=rows,
            about=about or "",
            event=event or "",
            title="Claims",
            pages=_pages(limit, offset, len(rows)),
        )

    @app.get("/claims.json", summary="Claims with their stances")
    def claims_json(
        about: str | None = Query(None, description="A participant's name or entity id"),
        event: str | None = Query(None, description="An event type, e.g. phone_call"),
        limit: int = Query(PAGE, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
    ) -> list[dict[str, Any]]:
        return store.claims(about=about, event=event, limit=limit, offset=offset)

    @app.get("/claims/{cid}.json", summary="One claim: its stances and articles")
    def claim_json(cid: str) -> dict[str, Any]:
        view = _found(store.claim(cid), "claim", cid)
        return view

    @app.get("/claims/{cid}", response_class=HTMLResponse, include_in_schema=False)
    def claim_page(request: Request, cid: str) -> Response:
        view = _found(store.claim(cid), "claim", cid)
        return page(request, "claim.html", view=view, **_board(view))

    @app.get("/disputes", response_class=HTMLResponse, include_in_schema=False)
    def disputes_page(request: Request, limit: int = PAGE, offset: int = 0) -> Response:
        limit = _limit(limit)
        rows = store.disputes(limit=limit, offset=max(0, offset))
        return page(
            request,
            "claims.html",
            claims=rows,
            title="Disputed claims",
            disputes=True,
            pages=_pages(limit, offset, len(rows)),
        )

    @app.get("/disputes.json", summary="Disputed claims, most contested first")
    def disputes_json(
        limit: int = Query(PAGE, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0)
    ) -> list[dict[str, Any]]:
        return store.disputes(limit=limit, offset=offset)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, type: str | None = None) -> Response:
        return page(request, "entities.html", people=store.most_quoted(MAX_PAGE, type or None))

    @app.get("/entities.json", summary="The most-quoted entities")
    def entities_json(
        limit: int = Query(PAGE, ge=1, le=MAX_PAGE),
        type: str | None = Query(None, description="person, organization, media, ..."),
    ) -> list[dict[str, Any]]:
        return store.most_quoted(limit, type or None)

    @app.get("/entities/{eid:path}.json", summary="One entity: what it said, what was said of it")
    def entity_json(eid: str) -> dict[str, Any]:
        view = _found(store.entity(eid), "entity", eid)
        return view

    @app.get("/entities/{eid:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, eid: str) -> Response:
        view = _found(store.entity(eid), "entity", eid)
        aliases: dict[str, list[str]] = defaultdict(list)
        for a in view["aliases"]:
            aliases[a["language"] or "?"].append(a["alias"])
        return page(request, "entity.html", view=view, aliases=sorted(aliases.items()))


def _home(store: Store) -> dict[str, Any]:
    return {
        "totals": store.totals(),
        "disputes": store.disputes(limit=10),
        "articles": store.articles(limit=10),
        "most_quoted": store.most_quoted(10, "person"),
    }


def _api_routes(app: FastAPI, store: Store, page: Any) -> None:
    from sumber.web import analysis

    body_doc = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/AnalyzeRequest"}},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    }

    @app.post(
        "/api/analyze",
        summary="Analyse one article (JSON, plain text or HTML body); nothing is stored",
        openapi_extra=body_doc,
    )
    async def api_analyze(request: Request) -> dict[str, Any]:
        given = await analysis.read_request(request)
        article = await _in_thread(analysis.build, app, given)
        done = await _in_thread(analysis.run, app, article)
        return done.to_dict()

    @app.post(
        "/api/ingest",
        summary="Analyse and store one article, or store a sumber/1 record",
        openapi_extra=body_doc,
        response_model=IngestReply,
    )
    async def api_ingest(request: Request) -> IngestReply:
        given = await analysis.read_request(request, records=True)
        item: Article | dict[str, Any]
        if isinstance(given, dict) and given.get("schema") == SCHEMA:
            item = given
        else:
            assert isinstance(given, AnalyzeRequest)
            item = await _in_thread(analysis.build, app, given)
        result = await _in_thread(analysis.ingest, app, item)
        return IngestReply(
            article_id=result.article_id,
            status=result.status,
            page=f"/articles/{path_id(result.article_id)}",
        )

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request) -> Response:
        return page(request, "analyze.html", form={})

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_submit(request: Request) -> Response:
        form = await request.form()
        fields = {
            k: str(form.get(k) or "").strip() for k in ("text", "url", "language", "published")
        }
        fields["text"] = str(form.get("text") or "")
        given = AnalyzeRequest(
            text=fields["text"] if fields["text"].strip() else None,
            url=fields["url"] or None,
            language=fields["language"] or None,
            published=fields["published"] or None,
        )
        try:
            article = await _in_thread(analysis.build, app, given, True)
            if form.get("store"):
                result = await _in_thread(analysis.ingest, app, article)
                return RedirectResponse(f"/articles/{path_id(result.article_id)}", 303)
            done = await _in_thread(analysis.run, app, article)
        except (InputError, LanguageError) as exc:
            return page(request, "analyze.html", 400, form=fields, error=str(exc))
        view = _article_view(done.to_dict(), stored=False)
        return page(request, "article.html", **view)


async def _in_thread(func: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)
