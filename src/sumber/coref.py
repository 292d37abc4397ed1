"""Pipeline stage: tie role phrases, pronouns and attribution sources to entities.

Runs after the attribution stage, so it can use who is speaking where.
Rules, in order:

1. **Role phrases** ("Juru bicara Kremlin", "pemimpin Rusia", "the Kremlin
   spokesman"): the person mentioned earlier whose recorded role matches best:
   the same role phrase, else a role sharing a capitalised modifier (Kremlin,
   Rusia), else the same head noun when the phrase has a determiner ("the
   president", "presiden itu"). Ties go to the most recent mention.
2. **Attribution sources and conduits**: the entity whose mention overlaps the
   span; a pronoun source is resolved like any pronoun; an unresolved named
   source becomes an entity of its own. Anonymous sources stay unresolved.
3. **Third-person pronouns** ("ia", "beliau", "he", "she"): the nearest
   person mentioned before, skipping the speaker of a direct quotation the
   pronoun stands in (speakers refer to themselves in the first person).
   First-person pronouns inside a direct quotation refer to its speaker.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sumber import lang
from sumber.model import Article, Entity, Mention, Span
from sumber.names import lowered
from sumber.spans import SpanSet

_WORD = re.compile(r"[^\W\d_][\w-]*")


@cache
def _pronoun_re(iso: str) -> tuple[re.Pattern[str], dict[str, str]]:
    pack = lang.get(iso)
    words = {w: k for w, k in pack.PRONOUNS.items() if w.isalpha()}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), words  # on lower-cased text


@cache
def _role_re(iso: str) -> re.Pattern[str]:
    roles = sorted(lang.get(iso).ROLE_NOUNS, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(r) for r in roles) + r")(?![\w])", re.I)


class _Index:
    """Mentions of person entities by position, for 'nearest before' look-ups."""

    def __init__(self, entities: list[Entity]) -> None:
        self.items: list[tuple[int, int, Entity]] = []
        for e in entities:
            if e.type == "person":
                for m in e.mentions:
                    self.items.append((m.span[0], m.span[1], e))
        self.items.sort(key=lambda t: (t[0], t[1]))
        self.starts = [t[0] for t in self.items]

    def add(self, span: Span, entity: Entity) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.items.insert(i, (span[0], span[1], entity))
        self.starts.insert(i, span[0])

    def before(self, pos: int, skip: set[str] | None = None) -> Entity | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            s, e, ent = self.items[i]
            if e <= pos and (not skip or ent.id not in skip):
                return ent
            i -= 1
        return None


def _tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _role_head(text: str, iso: str) -> str:
    m = _role_re(iso).match(text)
    return m.group().lower() if m else ""


def _resolve_role(article: Article, span: Span, text: str, index: _Index) -> Entity | None:
    iso = article.language or "en"
    pack = lang.get(iso)
    head = _role_head(text, iso)
    stop = set(pack.DETERMINERS) | set(pack.ROLE_MODIFIERS) | {head}
    mods = {t for t in _tokens(text) if t not in stop and not t.startswith("ke-")}
    has_det = bool(_tokens(text) & set(pack.DETERMINERS))
    clean = " ".join(
        w for w in text.lower().split() if w not in pack.DETERMINERS and not w.startswith("ke-")
    )
    best: tuple[int, int] | None = None
    chosen: Entity | None = None
    for s, e, ent in index.items:
        if e > span[0]:
            break
        score = 0
        roles = [r.lower() for r in ent.roles]
        if clean in roles:
            score = 3
        elif mods and any(mods & _tokens(r) for r in roles):
            score = 2
        elif head and any(_role_head(r, iso) == head for r in roles) and (has_det or not mods):
            score = 1
        if score and (best is None or (score, s) >= best):
            best, chosen = (score, s), ent
    return chosen


class _MentionLookup:
    """Entity mentions sorted by start, to find the ones overlapping a span quickly."""

    def __init__(self, entities: list[Entity]) -> None:
        self.items = sorted(
            ((m.span[0], m.span[1], e) for e in entities for m in e.mentions), key=lambda t: t[:2]
        )
        self.starts = [t[0] for t in self.items]
        self.longest = max((t[1] - t[0] for t in self.items), default=0)

    def at(self, span: Span) -> Entity | None:
        """The entity with a mention overlapping ``span`` (longest overlap; persons first)."""
        best: tuple[int, int, int] = (0, 0, 0)
        chosen = None
        i = bisect.bisect_left(self.starts, span[0] - self.longest)
        while i < len(self.items) and self.items[i][0] < span[1]:
            s, e, ent = self.items[i]
            overlap = min(e, span[1]) - max(s, span[0])
            if overlap > 0:
                # a person first (the longest mention); else the rightmost name, the head of
                # the phrase ("WASHINGTON (Reuters) - The Kremlin" is the Kremlin)
                person = ent.type == "person"
                key = (1, overlap, 0) if person else (0, min(e, span[1]), overlap)
                if key > best:
                    best, chosen = key, ent
            i += 1
        return chosen


def resolve(article: Article) -> Article:
    """Resolve role phrases, attribution sources and pronouns to entities."""
    iso = article.language or "en"
    if iso not in lang.available():
        return article
    index = _Index(article.entities)
    # 1. role phrases
    for span, text in article.meta.get("role_mentions", []):
        ent = _resolve_role(article, span, text, index)
        if ent is not None:
            ent.mentions.append(Mention(span, text, "role"))
            index.add(span, ent)
    lookup = _MentionLookup(article.entities)
    last_institution: Entity | None = None
    last_speaker: Entity | None = None
    last_end = 0
    # direct quotations: who speaks where
    speakers: list[tuple[Span, str | None]] = []
    # 2. attribution sources and conduits
    for att in article.attributions:
        src = att.source
        if src is not None and not src.anonymous and src.span is not None:
            ent = lookup.at(src.span)
            if ent is None and _is_pronoun(src.text, iso):
                if _pronoun_kind(src.text, iso) in ("thing", "group"):
                    # "It said ...", "They reported ...": the organisation or medium last quoted
                    ent = last_institution
                elif last_speaker is not None and att.content_span[0] - last_end < 400:
                    # "…,” katanya" right after X spoke: X goes on speaking
                    ent = last_speaker
                else:
                    # "…,” katanya" / "…," he said: the speaker was named before the quote
                    ent = index.before(min(src.span[0], att.content_spans[0][0]))
                if ent is not None:
                    ent.mentions.append(Mention(src.span, src.text, "pronoun"))
            if ent is None and src.text.strip():
                ent = _new_entity(article, src.span, src.text, _source_type(src.text, iso))
                index.add(src.span, ent) if ent.type == "person" else None
            if ent is not None:
                if ent.type == "other":
                    ent.type = "person"  # a named source that speaks is a person
                src.entity, src.name = ent.id, ent.name
                if ent.type in ("organization", "media", "group"):
                    last_institution = ent
                elif ent.type == "person":
                    last_speaker, last_end = ent, att.content_span[1]
        for via in att.via:
            if via.span is not None:
                ent = lookup.at(via.span)
                if ent is None:
                    ent = _new_entity(article, via.span, via.name, "media")
                via.entity, via.name = ent.id, ent.name
        if att.kind in ("direct", "mixed"):
            for cs in att.content_spans:
                speakers.append((cs, src.entity if src else None))
    # 3. pronouns
    pattern, kinds = _pronoun_re(iso)
    mentioned = SpanSet(m.span for ent in article.entities for m in ent.mentions)
    for m in pattern.finditer(lowered(article.text)):
        word = m.group().lower()
        kind = kinds.get(word)
        if kind not in ("person", "self") or article.is_boilerplate(m.start(), m.end()):
            continue
        s, e = m.span()
        if mentioned.contains(s):
            continue
        in_quote = [sp for sp, who in speakers if sp[0] <= s and e <= sp[1]]
        quote_speaker = next((who for sp, who in speakers if sp[0] <= s and e <= sp[1]), None)
        if kind == "self":
            target = article.entity(quote_speaker) if in_quote else None
        else:
            skip = {quote_speaker} if quote_speaker else None
            target = index.before(s, skip)
        if target is not None:
            target.mentions.append(Mention((s, e), article.text[s:e], "pronoun"))
    for ent in article.entities:
        ent.mentions.sort(key=lambda mm: mm.span)
    return article


def _pronoun_kind(text: str, iso: str) -> str:
    _, kinds = _pronoun_re(iso)
    return kinds.get(text.strip().lower(), "person")


def _is_pronoun(text: str, iso: str) -> bool:
    """A pronoun, or a clitic pronoun on a cue ("nya" of "katanya")."""
    _, kinds = _pronoun_re(iso)
    word = text.strip().lower()
    return word in kinds or word in lang.get(iso).extra.get("CUE_CLITICS", ())


def _source_type(text: str, iso: str) -> str | None:
    """ "organization" when a source phrase names an institution ("Mayor's office",
    "Kantor Gubernur"), else None: decided by its shape."""
    words = lowered(text).replace("\u2019", "'").replace("'s ", " ").split()
    return "organization" if set(words) & _org_words(iso) else None


@cache
def _org_words(iso: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.get(iso).ORG_WORDS)


_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _name_shaped(text: str) -> bool:
    """Whether a source phrase looks like a person's name: two to five words (one, when
    parentheses follow it: "Adriansyah (26)"), capitalised but for short particles
    ("Ludwig van Beethoven"), no digits or punctuation outside the parentheses; "Western
    leaders" or "Only 24 Percent" do not."""
    bare = _PARENTHESES.sub("", text)
    words = bare.split()
    return (
        (1 < len(words) <= 5 or (len(words) == 1 and bare != text))
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in words)
        and all(c.isalpha() or c in "-.'\u2019" for w in words for c in w)
    )


def _new_entity(article: Article, span: Span, text: str, etype: str | None = None) -> Entity:
    name = " ".join(text.split())
    for ent in article.entities:
        if ent.name.lower() == name.lower():
            ent.mentions.append(Mention(span, text, "name"))
            return ent
    if etype is None:
        etype = "person" if _name_shaped(name) else "group"
    ent = Entity(id=f"e{len(article.entities) + 1}", name=name, type=etype)
    ent.mentions.append(Mention(span, text, "name"))
    article.entities.append(ent)
    return ent
