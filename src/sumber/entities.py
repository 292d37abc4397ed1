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

from sumber import lang, link
from sumber.model import Article, Entity, Mention, Span
from sumber.names import (
    Item,
    Patterns,
    determiner_before,
    extend_role,
    headline_lines,
    lowered,
    patterns,
    role_before,
    split_chunk,
    title_before,
)
from sumber.spans import SpanSet


class _Grouper:
    """Collects mentions into entities, merging by canonical key and surname."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.by_token: dict[str, list[Entity]] = {}

    @staticmethod
    def norm(etype: str, key: str) -> str:
        """How names are compared: people loosely (case endings, transliteration)."""
        if etype in ("person", "other"):
            return link.person_key(key) or key.lower()
        return key.lower()

    def token(self, word: str) -> list[Entity]:
        """The persons whose names have this word."""
        return self.by_token.get(self.norm("person", word), [])

    def add(
        self, etype: str, key: str, name: str, mention: Mention, role: str | None = None
    ) -> Entity:
        nkey = self.norm(etype, key)
        entity = self.by_key.get((etype, nkey))
        if entity is None and etype in ("person", "other") and " " not in nkey:
            # a surname (or single name) alone: the latest person whose name has it
            cands = self.by_token.get(nkey)
            if cands:
                entity = cands[-1]
        if entity is None and etype == "person":
            entity = self.by_key.get(("other", nkey))
            if entity is not None:
                entity.type = "person"
        if entity is None:
            entity = Entity(id=f"e{len(self.entities) + 1}", name=name, type=etype)
            self.entities.append(entity)
            self.by_key[(etype, nkey)] = entity
        elif (
            len(name.split()) > len(entity.name.split())
            and etype == "person"
            and entity.type == "person"
        ):
            entity.name = name  # the fullest form of the name is its canonical one
            self.by_key[(etype, nkey)] = entity
        if entity.type == "person" or etype == "person":
            for token in nkey.split():
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
    p = patterns(iso)
    text = article.text
    grouper = _Grouper()
    role_mentions: list[tuple[Span, str]] = []  # role phrases without a name
    sentence_starts = [s for s, _ in article.sentences]
    headlines = SpanSet(headline_lines(text))
    boilerplate = SpanSet(b.span for b in article.boilerplate)
    deferred: list[tuple[list[Item], int, int]] = []
    for m in p.chunk.finditer(text):
        cs, ce = m.span()
        if boilerplate and boilerplate.overlaps(cs, ce):
            continue
        items = split_chunk(text, cs, ce, p)
        if headlines and headlines.contains(cs):
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
                    " ".join(surface.split()),
                    Mention((s, e), surface, "name"),
                )
            elif item.kind in ("place", "media", "organization"):
                key = item.canonical if item.kind == "place" else surface.lower()
                key = re.sub(r"^the\s+", "", " ".join(key.split()), flags=re.I)
                name = item.canonical if item.kind == "place" else " ".join(surface.split())
                grouper.add(item.kind, key, name, Mention((s, e), surface, "name"))
            elif (
                item.kind == "orghead"
                and " " in surface.strip()
                and not any(it.kind == "name" for it in items[idx + 1 :])
            ):
                grouper.add(
                    "organization",
                    surface,
                    " ".join(surface.split()),
                    Mention((s, e), surface, "name"),
                )
            elif item.kind == "role":
                if not any(it.kind == "name" for it in items[idx + 1 :]):
                    # a role phrase with no name after it: coref resolves it
                    end = extend_role(text, e, p)
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
                seen=counts[text[items[idx].span[0] : items[idx].span[1]]],
            )
    # lower-case role phrases ("pemimpin Rusia", "juru bicara Kremlin" at any case)
    taken = SpanSet(
        [m.span for e in grouper.entities for m in e.mentions] + [sp for sp, _ in role_mentions]
    )
    for m in p.role.finditer(lowered(text)):
        s, e = m.span()
        if _in_boilerplate(article, s, e) or taken.contains(s):
            continue
        end = extend_role(text, e, p)
        if end > e or determiner_before(text, s, p):
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


def _add_name(
    article: Article,
    grouper: _Grouper,
    items: list[Item],
    idx: int,
    chunk_start: int,
    sentence_starts: list[int],
    p: Patterns,
    *,
    defer: bool,
    seen: int = 2,
) -> bool:
    """Add the person (or other) mention for the name item at ``idx``.

    Returns False, adding nothing, when ``defer`` is set and the name is a
    single untitled word: those are added once all full names are known.
    """
    text = article.text
    item = items[idx]
    s, e = item.span
    name = " ".join(text[s:e].split())
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
            role = " ".join((text[first_role.span[0] : s]).split())
    # prefix in the text before the chunk: a title ("Tn. ") or a role phrase
    # ("juru bicara Kremlin ")
    if mention_start == chunk_start or not titled:
        start = title_before(text, mention_start, p)
        if start >= 0:
            mention_start = start
            titled = True
        else:
            start = role_before(text, mention_start, p)
            # never reach back over a sentence start or into another sentence
            k = bisect_right(sentence_starts, mention_start - 1)
            if start >= 0 and not (k > 0 and sentence_starts[k - 1] > start):
                role = " ".join(text[start:s].split())
                mention_start = start
                titled = True
    single = " " not in name
    if single and defer:
        return False  # single names wait until the full names of the article are known
    before = text[max(0, s - 3) : s].rstrip()
    k = bisect_right(sentence_starts, s)
    opens = (k > 0 and sentence_starts[k - 1] == s) or not before or before[-1] in "\"“”‘'(\n"
    if not titled and single and opens and not grouper.token(name):
        return True  # a lone capitalised word opening a sentence or quote is too often no name
    if name.isupper() and not titled and (not single or text[s - 1 : s] == "."):
        return True  # shouting headlines, "KOMPAS.COM"
    if name.isupper() and len(name) >= 2 and not titled:
        etype = "organization"
    elif titled or not single:
        etype = "person"
    else:
        etype = "other"
    if etype == "other" and grouper.token(name):
        etype = "person"
    if etype == "other" and seen < 2:
        return True  # a capitalised word seen once, with nothing saying what it names
    if etype == "other" and seen >= 3 and name[:1].isupper() and not name.isupper():
        etype = "person"  # a bare name the article keeps coming back to: a surname
    kind = "name" if mention_start == s else ("role" if role else "title")
    mention = Mention((mention_start, e), text[mention_start:e], kind)
    grouper.add(etype, name, name, mention, role)
    return True


def _add_known_tokens(text: str, grouper: _Grouper, item: Item) -> None:
    """In a headline, only words that are known persons' names are mentions."""
    s, e = item.span
    for m in re.finditer(r"[^\W\d_][\w]*", text[s:e]):
        word = m.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        cands = grouper.token(word)
        if cands:
            span = (s + m.start(), s + m.start() + len(word))
            cands[-1].mentions.append(Mention(span, word, "name"))


def _merge_prefixed_names(text: str, grouper: _Grouper) -> None:
    """ "Menteri Pertanian Hadi Prasetyo", later "Hadi Prasetyo": the extra word is the role's.

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
    """ "Koordinator Jaringan Advokasi Tambang, Sari Mulyani": the role is the name's after it."""
    starts = {m.span[0]: e for e in entities if e.type == "person" for m in e.mentions}
    for span, role_text in list(role_mentions):
        pos = span[1]
        if text.startswith(", ", pos) and pos + 2 in starts:
            person = starts[pos + 2]
            person.mentions.append(Mention(span, role_text, "role"))
            if role_text.lower() not in {r.lower() for r in person.roles}:
                person.roles.append(role_text)
            role_mentions.remove((span, role_text))
