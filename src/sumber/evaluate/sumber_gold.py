"""Read ``sumber-gold/1`` files: hand-made gold that gives texts, not offsets.

A gold file names its article (``"document"``, a text file beside it; or ``"text"`` inline)
and lists entities (name + mention strings), attributions (source entity name or
``"anonymous"``, cue text, content text), claims with stances, times (text + value) and
boilerplate strings. This module locates those texts in the article:

* content: exact substring, else after normalising quote marks and white space, else without
  the quote marks and punctuation around it; of several occurrences, the first at or after
  the previous attribution's, else the last one;
* cue: the whole-word occurrence nearest the content (case-insensitive as a fallback);
* entity mentions: every whole-word occurrence of every mention string;
* times: the k-th gold time with a given text is its k-th occurrence;
* boilerplate: the first occurrence of each string.

A text that cannot be located makes the gold malformed (:class:`GoldFormatError`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sumber.errors import GoldFormatError, InputError
from sumber.evaluate.gold import (
    GoldAttribution,
    GoldClaim,
    GoldDocument,
    GoldStance,
    GoldTime,
    Span,
)

FORMAT = "sumber-gold/1"
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′"})
_MAX_PIECES = 4
_MAX_GAP = 80
_STRIP = "\"'“”„‟«»‘’‚‛ \t\n.,;:!?"


def is_sumber_gold(path: Path) -> bool:
    """Whether ``path`` is a JSON file declaring ``"format": "sumber-gold/1"``."""
    if not path.is_file() or path.suffix.lower() != ".json":
        return False
    try:
        head = path.read_text(encoding="utf-8")[:4096]
    except (OSError, UnicodeDecodeError):
        return False
    return FORMAT in head


def _normalise(s: str) -> tuple[str, list[int]]:
    """``s`` with quote marks unified and white-space runs as one space, and an offset map."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(s.translate(_QUOTES)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        index.append(i)
    return "".join(out), index


def _occurrences(text: str, needle: str, *, words: bool, flags: int = 0) -> list[Span]:
    if not needle:
        return []
    pattern = re.escape(needle)
    if words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def _locate_content(text: str, needle: str, after: int) -> list[Span] | None:
    found = _occurrences(text, needle, words=False)
    norm, index = _normalise(text)
    if not found:
        for cand in (needle, needle.strip(_STRIP)):
            n_needle = _normalise(cand)[0].strip()
            hits = _occurrences(norm, n_needle, words=False)
            if hits:
                found = [(index[s], index[e - 1] + 1) for s, e in hits]
                break
    if found:
        return [next((s for s in found if s[0] >= after), found[-1])]
    pieces = _locate_pieces(norm, _normalise(needle.strip(_STRIP))[0].split(), after)
    if pieces is None:
        return None
    return [(index[s], index[e - 1] + 1) for s, e in pieces]


def _locate_pieces(norm: str, words: list[str], after: int) -> list[Span] | None:
    """Find ``words`` in order as a few pieces with short gaps (a content interrupted by its
    cue: "Hal ini, menurut X, mencakup ..."), longest pieces first."""
    pieces: list[Span] = []
    i = 0
    while i < len(words):
        if len(pieces) >= _MAX_PIECES:
            return None
        for j in range(len(words), i, -1):
            piece = " ".join(words[i:j]).strip(",;:")
            hits = _occurrences(norm, piece, words=True)
            if pieces:
                end = pieces[-1][1]
                hits = [h for h in hits if end <= h[0] <= end + _MAX_GAP]
            else:
                hits = [h for h in hits if h[0] >= after] or hits
            if piece and hits:
                pieces.append(hits[0])
                i = j
                break
        else:
            return None
    return pieces


def _nearest(spans: list[Span], target: Span) -> Span | None:
    if not spans:
        return None
    return min(spans, key=lambda s: (max(s[0] - target[1], target[0] - s[1], 0), s[0]))


def _need(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise GoldFormatError(f"missing key {key!r}", where)
    value = obj[key]
    if not isinstance(value, kind):
        raise GoldFormatError(f"{key!r} must be a {kind.__name__}", where)
    return value


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise GoldFormatError(f"{key!r} must be a list", where)
    return value


def load_json(path: Path) -> dict[str, Any]:
    """Parse a gold file as a JSON object, with a located error when it is not one."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"not UTF-8 ({exc.reason})", str(path)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"bad JSON: {exc.msg} (column {exc.colno})", f"{path}:{exc.lineno}"
        ) from None
    if not isinstance(data, dict):
        raise GoldFormatError("expected a JSON object", str(path))
    return data


def read_sumber_gold(path: str | Path) -> GoldDocument:
    """Read one ``sumber-gold/1`` file and locate its texts in the article.

    Args:
        path: the gold JSON file; its article is ``"text"`` or the file named by ``"document"``
            beside it.

    Returns:
        The gold document (``published`` is the file's, else its ``anchor_date``).

    Raises:
        InputError: the gold file does not exist.
        GoldFormatError: bad JSON, a missing key, a missing article file, or a text that
            cannot be found in the article.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", str(p))
    data = load_json(p)
    src = str(p)
    if data.get("format") != FORMAT:
        raise GoldFormatError(f"not a {FORMAT} file (format: {data.get('format')!r})", src)
    if isinstance(data.get("text"), str):
        text = data["text"]
        doc_id = data.get("id") or p.name.removesuffix(".json").removesuffix(".gold")
    else:
        name = _need(data, "document", str, src)
        doc_path = p.parent / name
        try:
            text = doc_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GoldFormatError(f"its document {name!r} is not beside it", src) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(f"cannot read its document {name!r}: {exc}", src) from None
        doc_id = data.get("id") or Path(name).stem
    entities: dict[str, list[str]] = {}
    mentions: set[Span] = set()
    for k, ent in enumerate(_list(data, "entities", src)):
        where = f"{src}: entities[{k}]"
        if not isinstance(ent, dict):
            raise GoldFormatError("expected an object", where)
        ent_name = _need(ent, "name", str, where)
        strings = [m for m in _list(ent, "mentions", where) if isinstance(m, str)]
        entities[ent_name] = [ent_name, *strings]
        for m in strings:
            mentions.update(_occurrences(text, m, words=True))

    def names(entity: str) -> list[str]:
        return entities.get(entity, [entity])

    attributions = []
    after = 0
    for k, att in enumerate(_need(data, "attributions", list, src)):
        where = f"{src}: attributions[{k}]"
        if not isinstance(att, dict):
            raise GoldFormatError("expected an object", where)
        content = _need(att, "content", str, where)
        spans = _locate_content(text, content, after)
        if spans is None:
            raise GoldFormatError(f"content not found in the document: {content[:60]!r}", where)
        after = spans[0][0]
        span = (spans[0][0], spans[-1][1])
        cue: list[Span] = []
        if att.get("cue"):
            cue_text = str(att["cue"])
            hit = (
                _nearest(_occurrences(text, cue_text, words=True), span)
                or _nearest(_occurrences(text, cue_text, words=True, flags=re.I), span)
                or _nearest(_occurrences(text, cue_text, words=False, flags=re.I), span)
            )
            if hit is None:
                raise GoldFormatError(f"cue not found in the document: {cue_text!r}", where)
            cue = [hit]
        source = att.get("source")
        source_text = att.get("source_text")
        anonymous = source == "anonymous"
        source_names: list[str] = []
        if source and not anonymous:
            source_names = [*names(str(source)), *([source_text] if source_text else [])]
        attributions.append(
            GoldAttribution(
                content=spans,
                source_names=source_names,
                anonymous=anonymous,
                has_source=bool(source) and source != "author",
                cue=cue,
                kind=att.get("kind"),
                text=" ".join(text[a:b] for a, b in spans),
                source_text=source_text or source,
            )
        )
    times = []
    seen: dict[str, int] = {}
    for k, t in enumerate(_list(data, "times", src)):
        where = f"{src}: times[{k}]"
        t_text = _need(t, "text", str, where) if isinstance(t, dict) else None
        if t_text is None:
            raise GoldFormatError("expected an object", where)
        hits = _occurrences(text, t_text, words=True) or _occurrences(text, t_text, words=False)
        nth = seen.get(t_text, 0)
        if nth >= len(hits):
            raise GoldFormatError(f"time text not found (occurrence {nth + 1}): {t_text!r}", where)
        seen[t_text] = nth + 1
        times.append(GoldTime(span=hits[nth], text=t_text, value=t.get("value")))
    boilerplate = []
    for k, b in enumerate(_list(data, "boilerplate", src)):
        where = f"{src}: boilerplate[{k}]"
        start = text.find(b) if isinstance(b, str) and b else -1
        if start < 0:
            raise GoldFormatError("boilerplate text not found in the document", where)
        boilerplate.append((start, start + len(b)))
    claims = []
    for k, c in enumerate(_list(data, "claims", src)):
        where = f"{src}: claims[{k}]"
        if not isinstance(c, dict):
            raise GoldFormatError("expected an object", where)
        stances = []
        for st in _list(c, "stances", where):
            if not isinstance(st, dict):
                raise GoldFormatError("a stance must be an object", where)
            holder = _need(st, "holder", str, where)
            stances.append(
                GoldStance(
                    holder=holder,
                    stance=_need(st, "stance", str, where),
                    holder_names=[] if holder in ("author", "anonymous") else names(holder),
                    via=[names(str(v)) for v in _list(st, "via", where)],
                )
            )
        claims.append(
            GoldClaim(
                event=_need(c, "event", str, where),
                participants=[names(str(x)) for x in _list(c, "participants", where)],
                stances=stances,
            )
        )
    return GoldDocument(
        id=str(doc_id),
        text=text,
        attributions=attributions,
        language=data.get("language"),
        published=data.get("published") or data.get("anchor_date"),
        entity_mentions=sorted(mentions) if "entities" in data else None,
        times=times if "times" in data else None,
        boilerplate=boilerplate if "boilerplate" in data else None,
        claims=claims if "claims" in data else None,
        origin=src,
    )
