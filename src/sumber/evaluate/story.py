"""Scoring a story: many articles on one event, against ``sumber-story-gold/1``.

A story folder holds ``articles.jsonl`` (id, url, published, text; no
language), ``story.gold.json`` (the claims a cross-article system must find
disputed, who asserts and who denies each, and each article's language) and
optionally ``article-stances.gold.json`` (format ``sumber-article-stances/1``:
per article, every stance a holder takes on those claims, with its evidence,
plus distractors: statements on other topics that must not be taken as
stances on the claims).

Three levels are measured:

- **languages**: the detected language of each article against the gold;
- **article stances**: a gold stance is found when the article's analysis
  has a claim matching the gold claim (same event family, participants
  matching by name) with a stance of the same polarity (asserts, reports and
  hedges are one side; denies the other) whose holder matches the gold holder
  by name, or whose conduits include it; a distractor is *violated* when a
  stance on a gold claim comes from an attribution overlapping its evidence;
- **story**: all articles are ingested into a temporary store, which links
  entities and claims across articles; each gold claim is matched to the
  linked claim with the most stances and checked: disputed or not, which of
  the gold asserting and denying holders are on each side, and which articles
  and languages it gathered.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sumber import link
from sumber.errors import GoldFormatError, InputError
from sumber.model import Article

# gold event names -> the event keys sumber uses for them
EVENT_FAMILIES: dict[str, set[str]] = {
    "informed_in_advance": {"informed", "informed_in_advance"},
}
POSITIVE = {"asserts", "reports", "hedges"}


def is_story_path(path: Path) -> bool:
    """Whether ``path`` is a story folder or one of its gold files."""
    if path.is_dir():
        return (path / "story.gold.json").exists() and (path / "articles.jsonl").exists()
    if path.suffix == ".json" and path.exists():
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:400]
        except OSError:
            return False
        return "sumber-story-gold/1" in head or "sumber-article-stances/1" in head
    return False


def _load_json(path: Path, expected: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"malformed JSON at line {exc.lineno}: {exc.msg}", str(path)
        ) from None
    if not isinstance(data, dict) or data.get("format") != expected:
        raise GoldFormatError(f'expected "format": "{expected}"', str(path))
    return data


def _read_articles(path: Path) -> list[dict[str, Any]]:
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"line {n}: malformed JSON: {exc.msg}", str(path)) from None
        if not isinstance(record, dict) or "text" not in record or "id" not in record:
            raise GoldFormatError(f'line {n}: needs "id" and "text"', str(path))
        out.append(record)
    return out


def _names_match(gold: str, predicted: str | None, language: str | None) -> bool:
    if not predicted:
        return False
    if link.place_key(gold, None) == link.place_key(predicted, language):
        return True
    owner = re.match(r"(.+?)['’]s\s", gold)  # "Ukraine's foreign ministry": Ukraine's organ
    if owner and link.place_key(owner.group(1), None) == link.place_key(predicted, language):
        return True
    g, p = link.person_key(gold).split(), link.person_key(predicted).split()
    if not g or not p:
        return False
    return g[-1] == p[-1] or g == p


def _event_ok(gold_event: str, event: str) -> bool:
    return event in EVENT_FAMILIES.get(gold_event, {gold_event})


def _claim_matches(
    gold: dict[str, Any], event: str, names: list[str], language: str | None
) -> bool:
    if not _event_ok(gold["event"], event):
        return False
    return all(any(_names_match(g, n, language) for n in names) for g in gold["participants"])


def _holder_matches(
    gold_holder: str, holder: str | None, via: Iterable[str], language: str | None
) -> bool:
    if gold_holder == "anonymous":
        return holder == "anonymous"
    if holder not in (None, "anonymous", "author") and _names_match(gold_holder, holder, language):
        return True
    return any(_names_match(gold_holder, v, language) for v in via)


def _article_stances(article: Article) -> list[dict[str, Any]]:
    """The article's stances as plain dicts with names, for matching."""
    names = {e.id: e.name for e in article.entities}
    atts = {a.id: a for a in article.attributions}
    out = []
    for claim in article.claims:
        for s in claim.stances:
            att = atts.get(s.attribution or "")
            out.append(
                {
                    "event": claim.event,
                    "participants": [names.get(p, p) for p in claim.participants],
                    "holder": s.holder
                    if s.holder in ("anonymous", "author")
                    else names.get(s.holder),
                    "stance": s.stance,
                    "via": [names.get(v, v) for v in s.via],
                    "spans": list(att.content_spans) if att else [claim.span],
                }
            )
    return out


def score_article(
    article: Article, gold_article: dict[str, Any], gold_claims: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Gold stances found and distractors violated in one analysed article."""
    language = article.language
    predicted = _article_stances(article)
    found: list[str] = []
    missed: list[str] = []
    for g in gold_article.get("stances", []):
        claim = gold_claims.get(g.get("claim", ""))
        if claim is None:
            continue
        side = "denies" if g["stance"] == "denies" else "positive"
        ok = any(
            _claim_matches(claim, p["event"], p["participants"], language)
            and (p["stance"] == "denies") == (side == "denies")
            and _holder_matches(g["holder"], p["holder"], p["via"], language)
            for p in predicted
        )
        (found if ok else missed).append(f"{g['holder']} {g['stance']} {g['claim']}")
    violated = []
    for d in gold_article.get("distractors", []):
        start = d.get("evidence_start")
        if start is None:
            continue
        end = start + len(d.get("evidence", ""))
        for p in predicted:
            on_gold = any(
                _claim_matches(c, p["event"], p["participants"], language)
                for c in gold_claims.values()
            )
            if on_gold and any(s < end and start < e for s, e in p["spans"]):
                violated.append(d.get("topic", d.get("evidence", "")[:60]))
                break
    return {
        "language": language,
        "attributions": len(article.attributions),
        "denials": sum(1 for a in article.attributions if a.stance == "denies")
        + sum(1 for p in predicted if p["stance"] == "denies" and p["holder"] != "author"),
        "stances_found": found,
        "stances_missed": missed,
        "distractors_violated": violated,
    }


def evaluate_story(path: str | Path, *, use_model: bool = True) -> dict[str, Any]:
    """Score the story in ``path`` (its folder or one of its gold files)."""
    import sumber

    p = Path(path)
    folder = p if p.is_dir() else p.parent
    story = _load_json(folder / "story.gold.json", "sumber-story-gold/1")
    stances_path = folder / "article-stances.gold.json"
    stances_gold = (
        _load_json(stances_path, "sumber-article-stances/1")["articles"]
        if stances_path.exists()
        else {}
    )
    records = _read_articles(folder / "articles.jsonl")
    gold_claims = {c["id"]: c for c in story.get("claims", [])}
    gold_langs = {k: v.get("language") for k, v in story.get("articles", {}).items()}
    options = sumber.Options(use_model=use_model)
    articles: list[Article] = []
    per_article: dict[str, Any] = {}
    for r in records:
        article = sumber.analyze(
            r["text"], published=r.get("published"), id=r["id"], url=r.get("url"), options=options
        )
        articles.append(article)
        row = score_article(article, stances_gold.get(r["id"], {}), gold_claims)
        row["gold_language"] = gold_langs.get(r["id"])
        per_article[r["id"]] = row
    by_lang: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in per_article.values():
        t = by_lang[row["gold_language"] or "?"]
        t["articles"] += 1
        t["language_right"] += int(row["language"] == row["gold_language"])
        t["attributions"] += row["attributions"]
        t["denials"] += row["denials"]
        t["stances_found"] += len(row["stances_found"])
        t["stances_gold"] += len(row["stances_found"]) + len(row["stances_missed"])
        t["distractors_violated"] += len(row["distractors_violated"])
    found = sum(len(r["stances_found"]) for r in per_article.values())
    total = found + sum(len(r["stances_missed"]) for r in per_article.values())
    report: dict[str, Any] = {
        "corpus": str(folder),
        "format": "sumber-story-gold",
        "documents": len(records),
        "language_accuracy": sum(r["language"] == r["gold_language"] for r in per_article.values())
        / max(1, len(per_article)),
        "article_stances": {"found": found, "n": total, "recall": found / total if total else None},
        "distractors_violated": sum(len(r["distractors_violated"]) for r in per_article.values()),
        "per_language": {k: dict(v) for k, v in sorted(by_lang.items())},
        "per_article": per_article,
    }
    report["story_claims"] = _story_level(articles, gold_claims)
    return report


def _story_level(articles: list[Article], gold_claims: dict[str, dict[str, Any]]) -> Any:
    """Link all articles in a temporary store and check each gold claim."""
    try:
        from sumber.store import Store
    except ImportError:
        return None
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/story.db")
        try:
            for article in articles:
                store.ingest(article)
            claims = store.claims()
        finally:
            store.close()
    for cid, gold in gold_claims.items():
        candidates = [
            c
            for c in claims
            if _claim_matches(gold, c["claim"]["event"], c["claim"]["participants"], None)
        ]
        if not candidates:
            out[cid] = {"found": False}
            continue
        best = max(candidates, key=lambda c: len(c["stances"]))
        pos = [s for s in best["stances"] if s["stance"] in POSITIVE]
        neg = [s for s in best["stances"] if s["stance"] == "denies"]

        def side_has(side: list[dict[str, Any]], holder: str) -> bool:
            return any(
                _holder_matches(
                    holder, s["holder"]["name"], s.get("via", []), s["article"]["language"]
                )
                for s in side
            )

        languages: dict[str, list[str]] = defaultdict(list)
        for s in best["stances"]:
            art = s["article"]
            if art["id"] not in languages[art["language"]]:
                languages[art["language"]].append(art["id"])
        out[cid] = {
            "found": True,
            "status": "disputed" if pos and neg else ("denied" if neg else "asserted"),
            "asserted_by_found": [h for h in gold.get("asserted_by", []) if side_has(pos, h)],
            "asserted_by_missed": [h for h in gold.get("asserted_by", []) if not side_has(pos, h)],
            "denied_by_found": [h for h in gold.get("denied_by", []) if side_has(neg, h)],
            "denied_by_missed": [h for h in gold.get("denied_by", []) if not side_has(neg, h)],
            "languages": {k: sorted(v) for k, v in sorted(languages.items())},
            "min_languages": gold.get("min_languages"),
            "other_matching_claims": len(candidates) - 1,
        }
    return out


def format_story(report: dict[str, Any]) -> str:
    """A readable report of :func:`evaluate_story`'s figures."""
    lines = [f"story: {report['corpus']}, {report['documents']} articles", ""]
    lines.append(f"language identified right   {report['language_accuracy']:.3f}")
    st = report["article_stances"]
    rec = f"{st['recall']:.3f}" if st["recall"] is not None else "-"
    lines.append(f"article stances found       {rec}   {st['found']}/{st['n']}")
    lines.append(f"distractors violated        {report['distractors_violated']}")
    lines.append("")
    lines.append("lang  articles  lang-right  attributions  denials  stances")
    for lang_, t in report["per_language"].items():
        lines.append(
            f"{lang_:<5} {t['articles']:>8}  {t['language_right']:>10}  {t['attributions']:>12}  "
            f"{t['denials']:>7}  {t['stances_found']}/{t['stances_gold']}"
        )
    story = report.get("story_claims")
    if story:
        lines.append("")
        for cid, r in story.items():
            if not r.get("found"):
                lines.append(f"claim {cid}: not found")
                continue
            lines.append(f"claim {cid}: {r['status']}")
            lines.append(
                f"  asserted by: found {r['asserted_by_found']}, missed {r['asserted_by_missed']}"
            )
            lines.append(
                f"  denied by:   found {r['denied_by_found']}, missed {r['denied_by_missed']}"
            )
            langs = ", ".join(f"{k} ({len(v)})" for k, v in r["languages"].items())
            lines.append(f"  languages: {langs}")
    missed = [
        (k, r["stances_missed"]) for k, r in report["per_article"].items() if r["stances_missed"]
    ]
    if missed:
        lines.append("")
        lines.append("missed stances:")
        for k, m in missed:
            lines.append(f"  {k}: {'; '.join(m)}")
    return "\n".join(lines)
