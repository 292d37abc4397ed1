"""The read path: disputes, claims, entities and articles as plain JSON-ready dicts.

Every function takes a Connection and returns lists and dicts of JSON values;
the CLI prints them (``--json``) or renders them, and the API will serve the
same objects. A claim is shown as::

    {"claim": {"id", "event", "participants": [names], "date", "summary"},
     "status": "disputed" | "denied" | "asserted" | "unclear",
     "independent_confirmations": int,
     "stances": [{"holder": {"id", "name", "type"}, "stance", "hedged", "attribution",
                  "via": [names], "article": {"id", "url", "title", "language", "published"},
                  "quote", "span"}]}

A claim is *disputed* when, across all articles, at least one stance asserts,
reports or hedges it and one denies it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, case, func, select

from sumber import link
from sumber.store import schema as s
from sumber.store.ingest import POSITIVE, _candidates, expected_counts

_ORDER = {"asserts": 0, "reports": 1, "hedges": 2, "no_comment": 3, "denies": 4}


def status(stances: Iterable[str]) -> str:
    """A claim's status from its stances (as :attr:`sumber.model.Claim.status`)."""
    kinds = set(stances)
    positive = bool(kinds & set(POSITIVE))
    if positive and "denies" in kinds:
        return "disputed"
    if "denies" in kinds:
        return "denied"
    return "asserted" if positive else "unclear"


def _names(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    wanted = sorted({i for i in ids if i})
    out: dict[str, tuple[str, str]] = {}
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk : chunk + 500]
        for r in conn.execute(
            select(s.entities.c.id, s.entities.c.name, s.entities.c.type).where(
                s.entities.c.id.in_(part)
            )
        ):
            out[r.id] = (r.name, r.type)
        _prefer_common_forms(conn, part, out)
    return out


def _prefer_common_forms(
    conn: Connection, ids: list[str], names: dict[str, tuple[str, str]]
) -> None:
    """Show a person under the form of the name most articles use.

    The stored name is the first full form seen ("Wladimir Putin" when a German article came
    first); among the person's aliases of the same length that agree with it, the one most
    stored articles use is shown instead.
    """
    people = [i for i in ids if i in names and names[i][1] == "person"]
    if not people:
        return
    best: dict[str, tuple[int, str]] = {}
    for r in conn.execute(
        select(
            s.entity_aliases.c.entity_id, s.entity_aliases.c.alias, s.entity_aliases.c.refs
        ).where(s.entity_aliases.c.entity_id.in_(people))
    ):
        name, etype = names[r.entity_id]
        refs = best.get(r.entity_id, (0, ""))[0]
        same_length = len(r.alias.split()) == len(name.split())
        if same_length and r.refs > refs and link.person_key(r.alias) == link.person_key(name):
            best[r.entity_id] = (r.refs, r.alias)
    for eid, (_, alias) in best.items():
        names[eid] = (alias, names[eid][1])


def claim_views(conn: Connection, claim_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Full claim objects (see the module docstring), in the order of ``claim_ids``."""
    if not claim_ids:
        return []
    ids = list(dict.fromkeys(claim_ids))
    out: list[dict[str, Any]] = []
    for chunk in range(0, len(ids), 500):
        out.extend(_claim_views(conn, ids[chunk : chunk + 500]))
    return out


def _claim_views(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    claims = {r.id: r for r in conn.execute(select(s.claims).where(s.claims.c.id.in_(ids)))}
    parts: dict[str, list[str]] = defaultdict(list)
    for r in conn.execute(
        select(s.claim_participants).where(s.claim_participants.c.claim_id.in_(ids))
    ):
        parts[r.claim_id].append(r.entity_id)
    a = s.articles
    rows = conn.execute(
        select(s.stances, a.c.url, a.c.title, a.c.language, a.c.published)
        .join(a, a.c.id == s.stances.c.article_id)
        .where(s.stances.c.claim_id.in_(ids))
        .order_by(
            s.stances.c.claim_id,
            a.c.published.is_(None),
            a.c.published,
            s.stances.c.article_id,
            s.stances.c.local_claim_id,
            s.stances.c.position,
        )
    ).all()
    vias = [json.loads(r.via) for r in rows]
    names = _names(
        conn,
        [p for ps in parts.values() for p in ps]
        + [r.holder_entity_id for r in rows]
        + [v for vs in vias for v in vs],
    )
    stances: dict[str, list[dict[str, Any]]] = defaultdict(list)
    raw: dict[str, list[tuple[str, str, list[str], str]]] = defaultdict(list)
    for r, via in zip(rows, vias, strict=True):
        if r.holder_kind == "entity":
            name, etype = names.get(r.holder_entity_id or "", ("?", None))
            holder = {"id": r.holder_entity_id, "name": name, "type": etype}
        else:
            holder = {"id": None, "name": r.holder_kind, "type": None}
        stances[r.claim_id].append(
            {
                "holder": holder,
                "stance": r.stance,
                "hedged": bool(r.hedged),
                "attribution": r.attribution_local_id,
                "via": [names.get(v, (v, None))[0] for v in via],
                "article": {
                    "id": r.article_id,
                    "url": r.url,
                    "title": r.title,
                    "language": r.language,
                    "published": r.published,
                },
                "quote": r.quote,
                "span": json.loads(r.span) if r.span else None,
            }
        )
        raw[r.claim_id].append((r.holder_entity_id or r.holder_kind, r.holder_kind, via, r.stance))
    views = []
    for cid in ids:
        c = claims.get(cid)
        if c is None:
            continue
        views.append(
            {
                "claim": {
                    "id": c.id,
                    "event": c.event,
                    "participants": sorted(names.get(p, (p, None))[0] for p in parts[cid]),
                    "date": c.date,
                    "summary": c.summary,
                },
                "status": status(st["stance"] for st in stances[cid]),
                "independent_confirmations": link.independent_confirmations(raw[cid]),
                "stances": stances[cid],
            }
        )
    return views


def _disputed() -> Any:
    """The ids of disputed claims (some stance positive, some denying), most-contested first."""
    st = s.stances
    pos = func.sum(case((st.c.stance.in_(POSITIVE), 1), else_=0))
    neg = func.sum(case((st.c.stance == "denies", 1), else_=0))
    return (
        select(st.c.claim_id)
        .group_by(st.c.claim_id)
        .having(pos > 0)
        .having(neg > 0)
        .order_by((pos + neg).desc(), st.c.claim_id)
    )


def disputes(conn: Connection, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Every disputed claim (or one page of them), most-contested first."""
    rows = conn.execute(_disputed().limit(limit).offset(offset)).all()
    return claim_views(conn, [r[0] for r in rows])


def statuses(conn: Connection, claim_ids: Sequence[str]) -> dict[str, str]:
    """Each claim's status across every stored article, in one query per 500 claims."""
    kinds: dict[str, list[str]] = defaultdict(list)
    ids = list(dict.fromkeys(claim_ids))
    for chunk in range(0, len(ids), 500):
        for r in conn.execute(
            select(s.stances.c.claim_id, s.stances.c.stance).where(
                s.stances.c.claim_id.in_(ids[chunk : chunk + 500])
            )
        ):
            kinds[r.claim_id].append(r.stance)
    return {cid: status(kinds[cid]) for cid in ids if cid in kinds}


def claim(conn: Connection, cid: str) -> dict[str, Any] | None:
    """One claim (see the module docstring) with the articles it appears in; None if absent."""
    views = claim_views(conn, [cid])
    if not views:
        return None
    view = views[0]
    a, ac = s.articles, s.article_claims
    view["articles"] = [
        {
            "id": r.article_id,
            "url": r.url,
            "title": r.title,
            "language": r.language,
            "published": r.published,
            "text": r.text,
            "span": json.loads(r.span),
        }
        for r in conn.execute(
            select(
                ac.c.article_id,
                ac.c.text,
                ac.c.span,
                a.c.url,
                a.c.title,
                a.c.language,
                a.c.published,
            )
            .join(a, a.c.id == ac.c.article_id)
            .where(ac.c.claim_id == cid)
            .order_by(a.c.published.is_(None), a.c.published, ac.c.article_id, ac.c.local_id)
        )
    ]
    return view


def find_entity(conn: Connection, name: str) -> str | None:
    """The stored entity a user means by ``name`` (a name, alias, surname or global id)."""
    name = name.strip()
    if not name:
        return None
    if conn.execute(select(s.entities.c.id).where(s.entities.c.id == name)).first():
        return name
    keys: list[str] = []
    for etype in ("person", "organization", "place"):
        keys.extend(link.lookup_keys(name, etype))
    cands = _candidates(conn, list(dict.fromkeys(keys)))
    key = link.loose(name)
    exact = [
        c for c in cands if link.loose(c.name) == key or key in {link.loose(a) for a in c.aliases}
    ]
    if exact:
        return max(exact, key=lambda c: (link.loose(c.name) == key, c.mentions)).id
    match = link.choose_entity(name, "person", [], cands)
    return match.id if match else None


def claims(
    conn: Connection,
    about: str | None = None,
    event: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Every claim (optionally those with ``about`` as a participant, or of one event;
    optionally one page of ``limit`` from ``offset``), dated ones first, oldest first."""
    q = select(s.claims.c.id).order_by(s.claims.c.date.is_(None), s.claims.c.date, s.claims.c.id)
    if event:
        q = q.where(s.claims.c.event == event)
    if about is not None:
        eid = find_entity(conn, about)
        if eid is None:
            return []
        q = q.join(s.claim_participants, s.claim_participants.c.claim_id == s.claims.c.id).where(
            s.claim_participants.c.entity_id == eid
        )
    q = q.limit(limit).offset(offset)
    return claim_views(conn, [r[0] for r in conn.execute(q)])


def entity(conn: Connection, name: str) -> dict[str, Any] | None:
    """What a stored entity said, what others said about it, and its aliases."""
    eid = find_entity(conn, name)
    if eid is None:
        return None
    row = conn.execute(select(s.entities).where(s.entities.c.id == eid)).one()
    aliases = conn.execute(
        select(s.entity_aliases.c.alias, s.entity_aliases.c.language)
        .where(s.entity_aliases.c.entity_id == eid)
        .distinct()
        .order_by(s.entity_aliases.c.alias, s.entity_aliases.c.language)
    ).all()
    ae = conn.execute(
        select(s.article_entities.c.article_id)
        .where(s.article_entities.c.entity_id == eid)
        .order_by(s.article_entities.c.article_id)
    ).all()
    roles = [
        r[0]
        for r in conn.execute(
            select(s.entity_roles.c.role)
            .where(s.entity_roles.c.entity_id == eid)
            .order_by(s.entity_roles.c.refs.desc(), s.entity_roles.c.role)
        )
    ]
    a, at = s.articles, s.attributions
    said_rows = conn.execute(
        select(at, a.c.url, a.c.title, a.c.language, a.c.published)
        .join(a, a.c.id == at.c.article_id)
        .where(at.c.source_entity_id == eid)
        .order_by(a.c.published.is_(None), a.c.published, at.c.article_id, at.c.local_id)
    ).all()
    said = [
        {
            "attribution": r.local_id,
            "article": {
                "id": r.article_id,
                "url": r.url,
                "title": r.title,
                "language": r.language,
                "published": r.published,
            },
            "cue": r.cue,
            "kind": r.kind,
            "stance": r.stance,
            "quote": r.content,
            "spans": json.loads(r.spans),
            "via": [v["name"] for v in json.loads(r.via)],
        }
        for r in said_rows
    ]
    held = [
        r[0]
        for r in conn.execute(
            select(s.stances.c.claim_id)
            .where(s.stances.c.holder_entity_id == eid)
            .distinct()
            .order_by(s.stances.c.claim_id)
        )
    ]
    about = [
        r[0]
        for r in conn.execute(
            select(s.claim_participants.c.claim_id)
            .where(s.claim_participants.c.entity_id == eid)
            .order_by(s.claim_participants.c.claim_id)
        )
    ]
    about_views = claim_views(conn, about)
    for v in about_views:  # what *others* said about it
        v["stances"] = [st for st in v["stances"] if st["holder"]["id"] != eid]
    return {
        "id": row.id,
        "name": row.name,
        "type": row.type,
        "mentions": row.mentions,
        "aliases": [{"alias": r.alias, "language": r.language or None} for r in aliases],
        "roles": roles,
        "articles": sorted({r.article_id for r in ae}),
        "said": said,
        "stances": claim_views(conn, held),
        "about": about_views,
    }


def articles(conn: Connection, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Every stored article (or one page of ``limit`` from ``offset``), with row counts,
    most recently published first."""
    a = s.articles
    rows = conn.execute(
        select(
            a.c.id,
            a.c.url,
            a.c.source_url,
            a.c.language,
            a.c.published,
            a.c.title,
            a.c.analysis_version,
            a.c.ingested_at,
        )
        .order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    ids = [r.id for r in rows]
    for table, label in (
        (s.article_entities, "entities"),
        (s.attributions, "attributions"),
        (s.article_claims, "claims"),
    ):
        for chunk in range(0, len(ids), 500):
            for r in conn.execute(
                select(table.c.article_id, func.count())
                .where(table.c.article_id.in_(ids[chunk : chunk + 500]))
                .group_by(table.c.article_id)
            ):
                counts[r[0]][label] = r[1]
    return [
        {
            "id": r.id,
            "url": r.url,
            "source_url": r.source_url,
            "language": r.language,
            "published": r.published,
            "title": r.title,
            "analysis_version": r.analysis_version,
            "ingested_at": r.ingested_at,
            "entities": counts[r.id].get("entities", 0),
            "attributions": counts[r.id].get("attributions", 0),
            "claims": counts[r.id].get("claims", 0),
        }
        for r in rows
    ]


def most_quoted(
    conn: Connection, limit: int = 10, etype: str | None = None
) -> list[dict[str, Any]]:
    """The entities (of type ``etype``, when given) that are the source of the most
    attributions, most first."""
    at = s.attributions
    n = func.count().label("n")
    arts = func.count(at.c.article_id.distinct()).label("articles")
    q = select(at.c.source_entity_id, n, arts).where(at.c.source_entity_id.is_not(None))
    if etype:
        q = q.join(s.entities, s.entities.c.id == at.c.source_entity_id).where(
            s.entities.c.type == etype
        )
    rows = conn.execute(
        q.group_by(at.c.source_entity_id).order_by(n.desc(), at.c.source_entity_id).limit(limit)
    ).all()
    names = _names(conn, [r.source_entity_id for r in rows])
    return [
        {
            "id": r.source_entity_id,
            "name": names.get(r.source_entity_id, ("?", None))[0],
            "type": names.get(r.source_entity_id, ("?", None))[1],
            "attributions": r.n,
            "articles": r.articles,
        }
        for r in rows
    ]


def _like(term: str) -> str:
    """A LIKE pattern matching ``term`` anywhere, with LIKE's wildcards escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(conn: Connection, query: str, limit: int = 20) -> dict[str, Any]:
    """Articles, entities and claims whose text, name, alias or summary contains ``query``.

    Case-insensitive substring search (``ILIKE``), at most ``limit`` of each kind.
    """
    query = " ".join(query.split())
    if not query:
        return {"query": query, "articles": [], "entities": [], "claims": []}
    pat = _like(query)
    a, e, al, c = s.articles, s.entities, s.entity_aliases, s.claims
    art_ids = [
        r[0]
        for r in conn.execute(
            select(a.c.id)
            .where(
                a.c.title.ilike(pat, escape="\\")
                | a.c.id.ilike(pat, escape="\\")
                | a.c.url.ilike(pat, escape="\\")
                | a.c.record.ilike(pat, escape="\\")
            )
            .order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id)
            .limit(limit)
        )
    ]
    found = {r["id"]: r for r in articles_by_id(conn, art_ids)}
    ent_rows = conn.execute(
        select(e.c.id, e.c.name, e.c.type, e.c.mentions)
        .where(
            e.c.name.ilike(pat, escape="\\")
            | e.c.id.in_(select(al.c.entity_id).where(al.c.alias.ilike(pat, escape="\\")))
        )
        .order_by(e.c.mentions.desc(), e.c.id)
        .limit(limit)
    ).all()
    names = _names(conn, [r.id for r in ent_rows])
    claim_ids = [
        r[0]
        for r in conn.execute(
            select(c.c.id)
            .where(c.c.summary.ilike(pat, escape="\\") | c.c.event.ilike(pat, escape="\\"))
            .order_by(c.c.date.is_(None), c.c.date.desc(), c.c.id)
            .limit(limit)
        )
    ]
    return {
        "query": query,
        "articles": [found[i] for i in art_ids if i in found],
        "entities": [
            {
                "id": r.id,
                "name": names.get(r.id, (r.name, r.type))[0],
                "type": r.type,
                "mentions": r.mentions,
            }
            for r in ent_rows
        ],
        "claims": claim_views(conn, claim_ids),
    }


def articles_by_id(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Article metadata (id, url, title, language, published) for ``ids``."""
    a = s.articles
    out: list[dict[str, Any]] = []
    for chunk in range(0, len(ids), 500):
        out.extend(
            dict(r._mapping)
            for r in conn.execute(
                select(a.c.id, a.c.url, a.c.title, a.c.language, a.c.published).where(
                    a.c.id.in_(list(ids[chunk : chunk + 500]))
                )
            )
        )
    return out


def totals(conn: Connection) -> dict[str, int]:
    """How many articles, entities, claims and disputed claims the store holds."""
    disputed = _disputed().order_by(None).subquery()
    count = conn.execute(select(func.count()).select_from(disputed)).scalar_one()
    return {
        "articles": conn.execute(select(func.count()).select_from(s.articles)).scalar_one(),
        "entities": conn.execute(select(func.count()).select_from(s.entities)).scalar_one(),
        "claims": conn.execute(select(func.count()).select_from(s.claims)).scalar_one(),
        "disputed": count,
    }


def article(conn: Connection, aid: str) -> dict[str, Any] | None:
    """The stored ``sumber/1`` record, each entity and claim with its ``global_id``."""
    row = conn.execute(
        select(s.articles.c.record, s.articles.c.analysis_version).where(s.articles.c.id == aid)
    ).first()
    if row is None:
        return None
    record: dict[str, Any] = json.loads(row.record)
    record["id"] = aid
    record["analysis_version"] = row.analysis_version
    ents = dict(
        conn.execute(
            select(s.article_entities.c.local_id, s.article_entities.c.entity_id).where(
                s.article_entities.c.article_id == aid
            )
        ).all()
    )
    clms = dict(
        conn.execute(
            select(s.article_claims.c.local_id, s.article_claims.c.claim_id).where(
                s.article_claims.c.article_id == aid
            )
        ).all()
    )
    for e in record.get("entities") or []:
        e["global_id"] = ents.get(e.get("id"))
    for c in record.get("claims") or []:
        c["global_id"] = clms.get(c.get("id"))
    return record


def check(conn: Connection) -> list[str]:
    """Problems in the store's bookkeeping (an empty list when it is consistent).

    Every stored article has all the rows its record implies; global entities
    and claims are referred to by some article; mention counts and alias and
    role reference counts agree with the articles; every blocking key row ranks
    its entity by its current mentions.
    """
    problems: list[str] = []
    per_article: dict[str, Counter[str]] = defaultdict(Counter)
    for table in (s.article_entities, s.attributions, s.article_claims, s.stances):
        for aid, n in conn.execute(
            select(table.c.article_id, func.count()).group_by(table.c.article_id)
        ):
            per_article[aid][table.name] = n
    stored = set()
    for aid, raw in conn.execute(select(s.articles.c.id, s.articles.c.record)):
        stored.add(aid)
        want = expected_counts(json.loads(raw))
        have = {k: per_article[aid].get(k, 0) for k in want}
        if have != want:
            problems.append(f"article {aid}: rows {have}, record implies {want}")
    for aid in sorted(set(per_article) - stored):
        problems.append(f"rows of a missing article {aid}")
    mentions: Counter[str] = Counter()
    aliases: Counter[tuple[str, str, str]] = Counter()
    roles: Counter[tuple[str, str]] = Counter()
    langs = dict(conn.execute(select(s.articles.c.id, s.articles.c.language)).all())
    for r in conn.execute(select(s.article_entities)):
        mentions[r.entity_id] += r.mentions
        aliases.update(
            (r.entity_id, a, langs.get(r.article_id) or "") for a in json.loads(r.aliases)
        )
        roles.update((r.entity_id, x) for x in json.loads(r.roles))
    for r in conn.execute(select(s.entities)):
        if r.loose != link.loose(r.name):
            problems.append(f"entity {r.id} ({r.name}): stale loose name {r.loose!r}")
        if r.id not in mentions:
            problems.append(f"entity {r.id} ({r.name}) is in no article")
        elif mentions[r.id] != r.mentions:
            problems.append(f"entity {r.id}: {r.mentions} mentions, articles have {mentions[r.id]}")
    k, e = s.entity_keys, s.entities
    ranked = select(k.c.mentions_log2, e.c.mentions).join_from(k, e, e.c.id == k.c.entity_id)
    stale = sum(r[0] != s.mentions_log2(r[1]) for r in conn.execute(ranked))
    if stale:
        problems.append(f"{stale} blocking key rows rank their entity by stale mentions")
    have_aliases = {
        (r.entity_id, r.alias, r.language): r.refs for r in conn.execute(select(s.entity_aliases))
    }
    if have_aliases != dict(aliases):
        problems.append("entity alias counts disagree with the articles")
    have_roles = {(r.entity_id, r.role): r.refs for r in conn.execute(select(s.entity_roles))}
    if have_roles != dict(roles):
        problems.append("entity role counts disagree with the articles")
    used = {r[0] for r in conn.execute(select(s.article_claims.c.claim_id).distinct())}
    for (cid,) in conn.execute(select(s.claims.c.id)):
        if cid not in used:
            problems.append(f"claim {cid} is in no article")
    return problems
