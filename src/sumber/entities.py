"""Pipeline stage: find entity mentions (names, titled forms, role phrases) and group them.

Language-neutral: everything language-specific comes from the pack
(TITLES, ROLE_NOUNS, ROLE_MODIFIERS, PLACES, KNOWN_MEDIA, KNOWN_ORGS,
ORG_WORDS, STOP_CAPITALISED, MONTHS, WEEKDAYS).

How it works, per capitalised chunk of text (a run of capitalised words):

1. Known names are matched first (longest first): media, organisations, places.
2. Role nouns ("Presiden", "juru bicara", "spokesman") and titles ("Tn.",
   "Bapak", "Mr.") split the chunk; what is left are name runs.
3. A name run with a role or title before it (in the chunk, or in the
   lower-case words just before: "juru bicara Kremlin Dmitry Peskov",
   "Kremlin spokesman Dmitry Peskov") is a person; the whole phrase is the
   mention and the role phrase is recorded in ``Entity.roles``.
4. Mentions are grouped: places by their canonical name, a surname alone
   ("Peskov") with the person whose name ends (or starts) with it.

Role phrases without a name ("Juru bicara Kremlin", "pemimpin Rusia") and
pronouns are left to :mod:`sumber.coref`, which ties them to these entities;
they are kept in ``article.meta["role_mentions"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from sumber import lang
from sumber.lang.base import LanguagePack
from sumber.model import Article, Entity, Mention, Span
from sumber.spans import SpanSet

_UPPER = "".join(chr(i) for i in range(0x250) if chr(i).isupper()) + "".join(
    chr(i) for i in range(0x370, 0x530) if chr(i).isupper()
)
_CAP = rf"(?:[{_UPPER}]\.){{2,}}|[{_UPPER}][\w]*(?:[-'’][\w]+)*"
_NUM = r"\d+(?![\w])"


@dataclass(slots=True)
class _Item:
    kind: str  # name, role, title, place, media, org, orghead, acronym
    span: Span
    canonical: str = ""


@dataclass
class _Patterns:
    chunk: re.Pattern[str]
    max_gaz_words: int
    gaz_types: dict[str, tuple[str, str]]
    role: re.Pattern[str]
    role_words: frozenset[str]  # role nouns, lower case, words joined by one space
    titles: frozenset[str]
    org_heads: frozenset[str]
    media_heads: frozenset[str]
    stop: frozenset[str]
    months: frozenset[str]
    determiners: frozenset[str]
    role_modifiers: frozenset[str] = field(default_factory=frozenset)


def _alternation(words: list[str]) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _patterns(iso: str) -> _Patterns:
    pack: LanguagePack = lang.get(iso)
    particles = _alternation(list(pack.NAME_PARTICLES))
    chunk = re.compile(
        rf"(?<![\w]){_CAP}(?:[ \t]+(?:(?:{particles})[ \t]+)?(?:{_CAP}|{_NUM}))*"
        if particles
        else rf"(?<![\w]){_CAP}(?:[ \t]+(?:{_CAP}|{_NUM}))*"
    )
    gaz_types: dict[str, tuple[str, str]] = {}
    for name in pack.KNOWN_MEDIA:
        gaz_types[name] = ("media", name)
    for name in pack.KNOWN_ORGS:
        gaz_types.setdefault(name, ("organization", name))
    for name, canonical in pack.PLACES.items():
        gaz_types.setdefault(name.lower(), ("place", canonical))
    roles = _alternation(list(pack.ROLE_NOUNS))
    role = re.compile(rf"(?<![\w])(?:{roles})(?![\w])", re.I)
    return _Patterns(
        chunk=chunk,
        max_gaz_words=max((len(k.split()) for k in gaz_types), default=1),
        gaz_types=gaz_types,
        role=role,
        role_words=frozenset(" ".join(r.split()) for r in pack.ROLE_NOUNS),
        titles=frozenset(t.rstrip(".") for t in pack.TITLES),
        org_heads=frozenset(pack.ORG_WORDS),
        media_heads=frozenset(pack.MEDIA_NAME_WORDS),
        stop=frozenset(pack.STOP_CAPITALISED)
        | frozenset(w.capitalize() for w in list(pack.MONTHS) + list(pack.WEEKDAYS)),
        months=frozenset(w.capitalize() for w in pack.MONTHS),
        determiners=frozenset(pack.DETERMINERS),
        role_modifiers=frozenset(pack.ROLE_MODIFIERS),
    )


_NONSPACE = re.compile(r"\S+")
_PUNCT_END = tuple(",.;:!?)]}\"'”’»")


def _longest(words: list[str], i: int, table: dict | frozenset, most: int) -> int:  # type: ignore[type-arg]
    """The number of words from ``i`` whose phrase is in ``table`` (longest first), or 0."""
    for n in range(min(most, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in table:
            return n
    return 0


_REV_WORD = re.compile(r"[ \t]+(\S+)")


def _words_before(text: str, pos: int, most: int) -> list[Span]:
    """Up to ``most`` words right before ``pos`` on the same line, in text order."""
    lo = max(0, pos - 24 * most)
    rev = text[lo:pos][::-1]
    out: list[Span] = []
    i = 0
    while len(out) < most:
        m = _REV_WORD.match(rev, i)
        if m is None:
            break
        out.append((pos - m.end(1), pos - m.start(1)))
        i = m.end(1)
    out.reverse()
    return out


def _title_before(text: str, pos: int, p: _Patterns) -> int:
    """Start of a title ("Tn.", "Mr.") right before ``pos``, or -1."""
    words = _words_before(text, pos, 1)
    if words and text[words[0][0] : words[0][1]].lower().rstrip(".") in p.titles:
        return words[0][0]
    return -1


def _role_before(text: str, pos: int, p: _Patterns) -> int:
    """Start of a role phrase ending right before ``pos`` ("juru bicara Kremlin ", "Kremlin
    spokesman ", "Presiden terpilih AS "), or -1. Never crosses punctuation."""
    spans = _words_before(text, pos, 7)
    words = [text[a:b] for a, b in spans]
    for k in range(len(words) - 1, -1, -1):
        if words[k].endswith(_PUNCT_END):
            if k == len(words) - 1:
                return -1
            spans, words = spans[k + 1 :], words[k + 1 :]
            break
    lowered = [w.lower() for w in words]

    def free(w: str, lw: str) -> bool:
        return w[:1].isupper() or lw in p.role_modifiers

    i = len(words) - 1
    while i >= 0:
        for n in (3, 2, 1):
            if i - n + 1 >= 0 and " ".join(lowered[i - n + 1 : i + 1]) in p.role_words:
                start = i - n + 1
                while start > 0 and free(words[start - 1], lowered[start - 1]):
                    start -= 1
                return spans[start][0]
        if not free(words[i], lowered[i]):
            return -1
        i -= 1
    return -1


def _split_chunk(text: str, start: int, end: int, p: _Patterns) -> list[_Item]:
    """Classify the parts of one capitalised chunk."""
    items: list[_Item] = []
    pos = start
    run_start = -1
    pos_end = start
    words = [(m.start(), m.end()) for m in _NONSPACE.finditer(text[start:end])]
    lowered = [text[start + a : start + b].lower() for a, b in words]
    i = 0
    while i < len(words):
        ws, we = words[i][0] + start, words[i][1] + start
        if ws < pos:
            i += 1
            continue
        word = text[ws:we]
        kind = ""
        span = (ws, we)
        canonical = ""
        n = _longest(lowered, i, p.gaz_types, p.max_gaz_words)
        if n:
            g = text[ws : words[i + n - 1][1] + start]
            if len(g) > 3 or g.isupper():
                gtype, canonical = p.gaz_types[" ".join(lowered[i : i + n])]
                kind, span = gtype, (ws, words[i + n - 1][1] + start)
        if not kind:
            n = _longest(lowered, i, p.role_words, 3)
            if n:
                kind, span = "role", (ws, words[i + n - 1][1] + start)
        if not kind and word.rstrip(".").lower() in p.titles:
            kind = "title"
        if not kind and word.lower() in p.media_heads and run_start < 0:
            kind, span = "mediahead", (ws, end)
        if not kind and word.lower() in p.org_heads:
            kind, span = "orghead", (ws, end)
        if not kind and word in p.stop and (run_start < 0 or word not in p.months):
            kind = "stop"
        if not kind and run_start < 0 and not word[0].isupper():
            kind = "stop"  # a name run starts with a capital (not a number or particle)
        if kind:
            if run_start >= 0:
                items.append(_Item("name", (run_start, pos_end)))
                run_start = -1
            if kind != "stop":
                items.append(_Item(kind, span, canonical))
            pos = span[1]
            while i < len(words) and words[i][0] + start < pos:
                i += 1
            continue
        if run_start < 0:
            run_start = ws
        pos_end = we
        pos = we
        i += 1
    if run_start >= 0:
        items.append(_Item("name", (run_start, pos_end)))
    items = [it for it in items if it.kind != "name" or _trim_name(text, it)]
    out: list[_Item] = []
    for it in items:
        if it.kind == "name" and text[it.span[0] : it.span[1]].split()[-1].lower() in p.media_heads:
            it.kind = "media"
        if it.kind == "mediahead":
            it.kind = "media"
        if (
            it.kind == "orghead"
            and out
            and out[-1].kind == "name"
            and out[-1].span[1] + 1 >= it.span[0]
        ):
            # "City Hall", "Justice Department": the head ends the name
            it = _Item("orghead", (out.pop().span[0], it.span[1]))
        if it.kind in ("name", "orghead") and text.count(" ", it.span[0], it.span[1]) >= 3:
            # "Gubernur Sulawesi Tengah Arif Wiranata": a long run after a role ends in the name
            run_words = list(_NONSPACE.finditer(text[it.span[0] : it.span[1]]))
            role_before = bool(out and out[-1].kind in ("role", "title")) or (
                not out and _role_before(text, start, p) >= 0
            )
            if (
                role_before
                and len(run_words) >= 4
                and all(w.group()[0].isupper() for w in run_words[-2:])
            ):
                cut = it.span[0] + run_words[-2].start()
                out.append(
                    _Item("modifier" if it.kind == "name" else "orghead", (it.span[0], cut - 1))
                )
                it = _Item("name", (cut, it.span[1]))
        out.append(it)
    return out


def _trim_name(text: str, item: _Item) -> bool:
    """Cut particles and numbers off the end of a name run; False when nothing is left."""
    s, e = item.span
    words = text[s:e].split()
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]
    while words and not words[-1][0].isupper() and not words[-1].isdigit():
        words.pop()
    if not words:
        return False
    item.span = (s, s + len(" ".join(words)) if len(words) > 1 else s + len(words[0]))
    # the span keeps the original spacing: recompute the end from the last word
    last = words[-1]
    item.span = (s, text.rfind(last, s, e) + len(last))
    return bool(last)


class _Grouper:
    """Collects mentions into entities, merging by canonical key and surname."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.by_token: dict[str, list[Entity]] = {}

    def add(
        self, etype: str, key: str, name: str, mention: Mention, role: str | None = None
    ) -> Entity:
        entity = self.by_key.get((etype, key.lower()))
        if entity is None and etype in ("person", "other") and " " not in key:
            # a surname (or single name) alone: the latest person whose name has it
            cands = self.by_token.get(key.lower())
            if cands:
                entity = cands[-1]
        if entity is None and etype == "person":
            entity = self.by_key.get(("other", key.lower()))
            if entity is not None:
                entity.type = "person"
        if entity is None:
            entity = Entity(id=f"e{len(self.entities) + 1}", name=name, type=etype)
            self.entities.append(entity)
            self.by_key[(etype, key.lower())] = entity
        elif len(name) > len(entity.name) and etype == "person" and entity.type == "person":
            entity.name = name
            self.by_key[(etype, key.lower())] = entity
        if entity.type == "person" or etype == "person":
            for token in key.lower().split():
                lst = self.by_token.setdefault(token, [])
                if entity in lst:
                    lst.remove(entity)
                lst.append(entity)
        entity.mentions.append(mention)
        if role and role.lower() not in {r.lower() for r in entity.roles}:
            entity.roles.append(role)
        return entity


def _in_boilerplate(article: Article, start: int, end: int) -> bool:
    return bool(article.boilerplate) and article.is_boilerplate(start, end)


def find_entities(article: Article) -> Article:
    """Fill ``article.entities`` and ``article.meta["role_mentions"]``."""
    iso = article.language or "en"
    if iso not in lang.available():
        return article
    p = _patterns(iso)
    text = article.text
    grouper = _Grouper()
    role_mentions: list[tuple[Span, str]] = []  # role phrases without a name
    sentence_starts = [s for s, _ in article.sentences]
    headlines = headline_lines(text)
    deferred: list[tuple[list[_Item], int, int]] = []
    for m in p.chunk.finditer(text):
        cs, ce = m.span()
        if _in_boilerplate(article, cs, ce):
            continue
        items = _split_chunk(text, cs, ce, p)
        if any(hs <= cs < he for hs, he in headlines):
            deferred.extend((items, i, -1) for i, it in enumerate(items) if it.kind == "name")
            items = [it for it in items if it.kind in ("place", "media", "organization")]
        for idx, item in enumerate(items):
            s, e = item.span
            surface = text[s:e]
            if item.kind == "media" and not item.canonical:
                surface = re.sub(r"^(?i:the)\s+", "", surface)
                s = e - len(surface)
                grouper.add(
                    "media",
                    surface.lower(),
                    re.sub(r"\s+", " ", surface),
                    Mention((s, e), surface, "name"),
                )
            elif item.kind in ("place", "media", "organization"):
                key = item.canonical if item.kind == "place" else surface.lower()
                key = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", key), flags=re.I)
                name = item.canonical if item.kind == "place" else re.sub(r"\s+", " ", surface)
                grouper.add(item.kind, key, name, Mention((s, e), surface, "name"))
            elif (
                item.kind == "orghead"
                and " " in surface.strip()
                and not any(it.kind == "name" for it in items[idx + 1 :])
            ):
                grouper.add(
                    "organization",
                    surface,
                    re.sub(r"\s+", " ", surface),
                    Mention((s, e), surface, "name"),
                )
            elif item.kind == "role":
                if not any(it.kind == "name" for it in items[idx + 1 :]):
                    # a role phrase with no name after it: coref resolves it
                    end = _extend_role(text, e, p)
                    role_mentions.append(((s, end), text[s:end]))
            elif item.kind == "name":
                nxt = items[idx + 1] if idx + 1 < len(items) else None
                if nxt is not None and nxt.kind == "role":
                    continue  # "National Security Adviser Jake Sullivan": a modifier of the role
                if not _add_name(article, grouper, items, idx, cs, sentence_starts, p, defer=True):
                    deferred.append((items, idx, cs))
    # single names and headline words, once the full names are known
    counts: dict[str, int] = {}
    for items, idx, _ in deferred:
        name = text[items[idx].span[0] : items[idx].span[1]]
        counts[name] = counts.get(name, 0) + 1
    for items, idx, cs in deferred:
        if cs < 0:
            _add_known_tokens(text, grouper, items[idx])
        else:
            _add_name(
                article,
                grouper,
                items,
                idx,
                cs,
                sentence_starts,
                p,
                defer=False,
                keep_unknown=counts[text[items[idx].span[0] : items[idx].span[1]]] > 1,
            )
    # lower-case role phrases ("pemimpin Rusia", "juru bicara Kremlin" at any case)
    taken = SpanSet(
        [m.span for e in grouper.entities for m in e.mentions] + [sp for sp, _ in role_mentions]
    )
    for m in p.role.finditer(text):
        s, e = m.span()
        if _in_boilerplate(article, s, e) or taken.contains(s):
            continue
        end = _extend_role(text, e, p)
        if end > e or _determiner_before(text, s, p):
            role_mentions.append(((s, end), text[s:end]))
    _merge_prefixed_names(text, grouper)
    _demote_modifiers(grouper, role_mentions)
    article.entities = grouper.entities
    _appositive_roles(text, grouper.entities, role_mentions)
    # a role phrase that is part of a named mention is no mention of its own
    named = SpanSet(m.span for e in grouper.entities for m in e.mentions if e.type == "person")
    role_mentions = [(span, t) for span, t in role_mentions if not named.contains(span[0])]
    role_mentions.sort()
    article.meta["role_mentions"] = role_mentions
    return article


def _extend_role(text: str, end: int, p: _Patterns) -> int:
    """Extend a role noun over its modifiers: "pemimpin Rusia", "Presiden terpilih AS ke-47 itu"."""
    pos = end
    grew = end
    while True:
        m = re.match(r"[ \t]+(\S+)", text[pos : pos + 40])
        if not m:
            break
        word = m.group(1).rstrip(',.;:)"”')
        if not word:
            break
        w_end = pos + m.start(1) + len(word)
        if word[0].isupper() or word.lower() in p.role_modifiers or re.fullmatch(r"ke-\d+", word):
            pos = grew = w_end
            continue
        if word.lower() in p.determiners:
            pos = grew = w_end
        break
    return grew


def _determiner_before(text: str, start: int, p: _Patterns) -> bool:
    m = re.search(r"(\w+)[ \t]+$", text[max(0, start - 12) : start])
    return bool(m and m.group(1).lower() in p.determiners)


def _add_name(
    article: Article,
    grouper: _Grouper,
    items: list[_Item],
    idx: int,
    chunk_start: int,
    sentence_starts: list[int],
    p: _Patterns,
    *,
    defer: bool,
    keep_unknown: bool = True,
) -> bool:
    """Add the person (or other) mention for the name item at ``idx``.

    Returns False, adding nothing, when ``defer`` is set and the name is a
    single untitled word: those are added once all full names are known.
    """
    text = article.text
    item = items[idx]
    s, e = item.span
    name = re.sub(r"\s+", " ", text[s:e])
    mention_start = s
    role: str | None = None
    titled = False
    # prefix inside the chunk: roles, titles and places/orgs between them and the name
    j = idx - 1
    while j >= 0 and items[j].kind in (
        "role",
        "title",
        "place",
        "organization",
        "media",
        "name",
        "modifier",
        "orghead",
    ):
        if items[j].kind in ("role", "title"):
            mention_start = items[j].span[0]
            titled = True
        j -= 1
    if titled:
        first_role = next(
            (it for it in items[:idx] if it.kind == "role" and it.span[0] >= mention_start), None
        )
        if first_role is not None:
            role = re.sub(r"\s+", " ", text[first_role.span[0] : s]).strip()
    # prefix in the text before the chunk: a title ("Tn. ") or a role phrase ("juru bicara Kremlin ")
    if mention_start == chunk_start or not titled:
        start = _title_before(text, mention_start, p)
        if start >= 0:
            mention_start = start
            titled = True
        else:
            start = _role_before(text, mention_start, p)
            # never reach back over a sentence start or into another sentence
            k = bisect_right(sentence_starts, mention_start - 1)
            if start >= 0 and not (k > 0 and sentence_starts[k - 1] > start):
                role = re.sub(r"\s+", " ", text[start:s]).strip()
                mention_start = start
                titled = True
    single = " " not in name
    if single and not titled and defer:
        return False
    before = text[max(0, s - 3) : s].rstrip()
    k = bisect_right(sentence_starts, s)
    opens = (k > 0 and sentence_starts[k - 1] == s) or not before or before[-1] in "\"“”‘'(\n"
    if not titled and single and opens and not grouper.by_token.get(name.lower()):
        return True  # a lone capitalised word opening a sentence or quote is too often no name
    if name.isupper() and not titled and (not single or text[s - 1 : s] == "."):
        return True  # shouting headlines, "KOMPAS.COM"
    if name.isupper() and len(name) >= 2 and not titled:
        etype = "organization"
    elif titled or not single:
        etype = "person"
    else:
        etype = "other"
    if etype == "other" and grouper.by_token.get(name.lower()):
        etype = "person"
    if etype == "other" and not keep_unknown:
        return True
    kind = "name" if mention_start == s else ("role" if role else "title")
    mention = Mention((mention_start, e), text[mention_start:e], kind)
    grouper.add(etype, name, name, mention, role)
    return True


def headline_lines(text: str) -> list[Span]:
    """Lines written in Title Case or capitals (headlines, sub-heads): names there are unreliable."""
    spans: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[^\W\d_]{3,}", m.group())]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            spans.append(m.span())
    return spans


def _add_known_tokens(text: str, grouper: _Grouper, item: _Item) -> None:
    """In a headline, only words that are known persons' names are mentions."""
    s, e = item.span
    for m in re.finditer(r"[^\W\d_][\w]*", text[s:e]):
        word = re.sub(r"['’]s$", "", m.group())
        cands = grouper.by_token.get(word.lower())
        if cands:
            span = (s + m.start(), s + m.start() + len(word))
            cands[-1].mentions.append(Mention(span, word, "name"))


def _merge_prefixed_names(text: str, grouper: _Grouper) -> None:
    """ "Menteri Pertanian Hadi Prasetyo" and later "Hadi Prasetyo": the extra word belongs to the role.

    A person whose name ends with another person's full name (two words or
    more) is that person; the words before go to the role.
    """
    persons = [e for e in grouper.entities if e.type == "person" and " " in e.name]
    merged: set[str] = set()
    for long in persons:
        for short in persons:
            if short is long or short.id in merged or not long.name.endswith(" " + short.name):
                continue
            extra = long.name[: -len(short.name)].strip()
            short.mentions.extend(long.mentions)
            short.mentions.sort(key=lambda m: m.span)
            for role in long.roles or [""]:
                full = f"{role} {extra}".strip()
                if full.lower() not in {r.lower() for r in short.roles}:
                    short.roles.append(full)
            merged.add(long.id)
            break
    if merged:
        grouper.entities = [e for e in grouper.entities if e.id not in merged]
        for i, e in enumerate(grouper.entities, 1):
            e.id = f"e{i}"


def _demote_modifiers(grouper: _Grouper, role_mentions: list[tuple[Span, str]]) -> None:
    """A "person" whose name is only ever the modifier of someone's role is a role phrase.

    "Gubernur Sulawesi Tengah" in a headline, when the body has "Gubernur
    Sulawesi Tengah Arif Wiranata": the mention goes to coref as a role phrase.
    """
    modifiers: set[str] = set()
    for e in grouper.entities:
        for r in e.roles:
            modifiers.add(r.lower())
    keep: list[Entity] = []
    for e in grouper.entities:
        if (
            e.type == "person"
            and e.roles
            and all((r + " " + e.name).lower() in modifiers for r in e.roles)
        ):
            role_mentions.extend((m.span, m.text) for m in e.mentions)
            continue
        keep.append(e)
    if len(keep) != len(grouper.entities):
        for i, e in enumerate(keep, 1):
            e.id = f"e{i}"
        grouper.entities = keep


def _appositive_roles(
    text: str, entities: list[Entity], role_mentions: list[tuple[Span, str]]
) -> None:
    """ "Koordinator Jaringan Advokasi Tambang, Sari Mulyani": the role belongs to the name after it."""
    starts = {m.span[0]: e for e in entities if e.type == "person" for m in e.mentions}
    for span, role_text in list(role_mentions):
        pos = span[1]
        if text.startswith(", ", pos) and pos + 2 in starts:
            person = starts[pos + 2]
            person.mentions.append(Mention(span, role_text, "role"))
            if role_text.lower() not in {r.lower() for r in person.roles}:
                person.roles.append(role_text)
            role_mentions.remove((span, role_text))
