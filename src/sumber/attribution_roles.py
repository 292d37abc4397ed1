"""Pipeline stage: is each attribution's source a public figure or an ordinary person?

News quotes two kinds of people: public figures speaking for an office, an organisation or
as experts ("Kepala Dinas Kesehatan X", "pengamat politik Y", "the mayor"), and ordinary
people met by the reporter ("Z (45), warga Kampung ...", "a shopper"). Corpora such as PFSA-ID
annotate only the first kind; a user usually wants both. This stage keeps every attribution
and records on its source what the text says about the speaker:

* ``Source.role``: the role phrase next to a mention of the speaker ("Kepala Dinas
  Kesehatan", "warga Kampung Melayu"), the first public one when there is one;
* ``Source.public``: True when a public role is found next to any mention of the speaker (or
  the speaker is an organisation, or the resolved entity has recorded roles), False when only
  private markers are (a private role noun, an age in brackets right after the name: "Budi
  (45)"), None when the text says neither.

Evidence is read around every mention of the source's entity (so "katanya" inherits what the
first mention said), in three places: the run of role words and capitalised words right
before the name ("kata Kepala Dinas Pendidikan Kota X Budi"), the apposition right after it
(", Ketua RT 03", ", warga Desa Y", " (45)", " yang merupakan warga ..."), and the source text
itself ("ibu dua anak itu"). Public roles are matched in any case, private ones only in lower
case (a capitalised "Ibu" or "Bapak" before a name is a title, not a description).

The word lists are language data: ``PUBLIC_ROLES``, ``PRIVATE_ROLES`` and ``APPOSITION_LINKS``
of the language pack (``sumber/lang/<iso>/``); a language without them gets None everywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from sumber import lang
from sumber.model import Article, Entity, Source, Span
from sumber.spans import SpanSet

_WINDOW = 90  # characters looked at before and after a mention
_MAX_APPOSITION = 12  # words in a private description after the name
_AGE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:th|tahun)?\s*\)")
_WORD = re.compile(r"[\w][\w.'’-]*|[,()]")
# what makes a kinship word an introduction: "ayah Rehan", "ibu dua anak", "ibu 3 anak"
_FAMILY_OBJECT = re.compile(r"\s+(?:[A-Z0-9]|(?:satu|dua|tiga|empat|lima|enam|tujuh)\b)")
_LAST_STOP = re.compile(r'.*[.;:!?"“”„«»\n]', re.S)  # the last stop before a mention


@dataclass(frozen=True, slots=True)
class _Lexicon:
    roles: re.Pattern[str]  # public and private roles together, longest first, on lower case
    private_set: frozenset[str]
    public_words: frozenset[str]
    private_words: frozenset[str]
    family: re.Pattern[str]
    links: tuple[str, ...]
    connectors: frozenset[str]


@cache
def _lexicon(iso: str) -> _Lexicon | None:
    pack = lang.get(iso)
    public = pack.PUBLIC_ROLES
    private = pack.PRIVATE_ROLES
    if not public and not private:
        return None

    def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
        ordered = sorted(words, key=len, reverse=True)
        body = "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in ordered)
        return re.compile(rf"(?<![\w-])(?:{body or '(?!)'})(?![\w-])")

    return _Lexicon(
        roles=alternation(public + private),
        private_set=frozenset(private),
        family=alternation(pack.FAMILY_ROLES),
        public_words=frozenset(w for p in public for w in p.lower().split()),
        private_words=frozenset(w for p in private for w in p.lower().split()),
        links=pack.APPOSITION_LINKS,
        connectors=frozenset(pack.extra.get("CONJUNCTIONS", ())) | frozenset(pack.NAME_PARTICLES),
    )


def mark_sources(article: Article) -> Article:
    """Set ``public`` and ``role`` on every attribution source.

    Args:
        article: an article whose attributions and entities are found and resolved
            (:func:`sumber.coref.resolve` has run).

    Returns:
        The same article.
    """
    if not article.attributions or not article.language:
        return article
    lex = _lexicon(article.language)
    if lex is None:
        return article
    reader = _Reader(article, lex)
    by_id = {e.id: e for e in article.entities}
    for a in article.attributions:
        src = a.source
        if src is None or src.anonymous:
            continue
        entity = by_id.get(src.entity) if src.entity else None
        src.public, src.role = reader.judge(src, entity)
    return article


_NAME_WORD = re.compile(r"[A-Z][\w'’]{2,}")
_NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*")

Verdict = tuple[bool | None, str | None]


class _Reader:
    """Reads the evidence around mentions of one article, each place once."""

    def __init__(self, article: Article, lex: _Lexicon) -> None:
        self.text = article.text
        self.lex = lex
        self.starts = [s for s, _ in article.sentences]
        self.non_person = SpanSet(
            m.span
            for e in article.entities
            if e.type not in ("person", "other")
            for m in e.mentions
        )
        self.places: dict[Span, Verdict] = {}
        self.found: dict[frozenset[str], list[Span]] = {}
        self.candidates: dict[tuple[str, ...], list[Span]] = {}  # mentions to read, per source

    def judge(self, src: Source, entity: Entity | None) -> Verdict:
        """The evidence nearest the source decides: its own mention, else the nearest mention
        of its entity (or of its name words) before it, where the speaker was introduced, else
        the nearest after; within one place a public role outweighs a private marker ("Budi
        (40), Ketua RT 3" is public)."""
        lex = self.lex
        if src.span is not None:
            public: list[str] = []
            private: list[str] = []
            _own_text(src.text, lex, public, private)
            verdict = self._place(src.span, public, private)
            if verdict[0] is not None:
                return verdict
        if entity is not None and entity.type in ("organization", "media"):
            return True, None  # an institution speaks publicly
        names = ([src.text] if src.span is not None else []) + ([entity.name] if entity else [])
        key = (entity.id if entity else "", *names)
        others = self.candidates.get(key)
        if others is None:
            spans = {m.span for m in entity.mentions if m.kind != "pronoun"} if entity else set()
            if entity is None or entity.type == "person":
                spans.update(self._occurrences(names))
            others = self.candidates[key] = sorted(spans)
        others = [sp for sp in others if sp != src.span]
        if src.span is not None:
            here = src.span[0]
            before = [sp for sp in others if sp[0] < here][::-1]
            others = before + [sp for sp in others if sp[0] > here]
        for span in others:
            verdict = self._place(span, [], [])
            if verdict[0] is not None:
                return verdict
        if entity is not None:
            roles = [r for r in entity.roles if _roles(lex, r)[0]]
            if roles:
                return True, roles[0]
        return None, None

    def _place(self, span: Span, public: list[str], private: list[str]) -> Verdict:
        """What the words before and after one mention say (``public``/``private``: evidence
        already found in the mention itself)."""
        cached = self.places.get(span) if not public and not private else None
        if cached is not None:
            return cached
        starts = self.starts
        sent_start = starts[bisect_right(starts, span[0]) - 1] if starts else 0
        _left(self.text, span, max(sent_start, span[0] - _WINDOW), self.lex, public, private)
        _right(self.text, span, self.lex, public, private)
        # a described role names the person better than an age: "warga X" over "(45)"
        private.sort(key=lambda r: r.startswith("("))
        verdict: Verdict = (
            (True, public[0]) if public else (False, private[0]) if private else (None, None)
        )
        self.places.setdefault(span, verdict)
        return verdict

    def _occurrences(self, names: list[str]) -> list[Span]:
        """Every place the source's name words stand in the text, each widened over the
        capitalised words after it ("Lusia" finds "Lusia Tae", where she was introduced)."""
        lex = self.lex
        words = frozenset(
            w
            for name in names
            for w in _NAME_WORD.findall(name)
            if w.lower() not in lex.public_words and w.lower() not in lex.private_words
        )
        if not words:
            return []
        found = self.found.get(words)
        if found is not None:
            return found
        found = []
        text = self.text
        for w in words:
            s = text.find(w)
            while s >= 0:
                e = s + len(w)
                inside = (s and (text[s - 1].isalnum() or text[s - 1] in "-_")) or (
                    e < len(text) and (text[e].isalnum() or text[e] in "-_")
                )
                if not inside and not self.non_person.contains(s):
                    tail = _NAME_TAIL.match(text, e)
                    found.append((s, tail.end() if tail else e))
                s = text.find(w, e)
        self.found[words] = found
        return found


def _roles(lex: _Lexicon, phrase: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The public and the private role matches in ``phrase`` (longest entries win: "Ketua
    RT" is private although "ketua" alone is public)."""
    public: list[re.Match[str]] = []
    private: list[re.Match[str]] = []
    for m in lex.roles.finditer(phrase.lower()):
        key = " ".join(m.group().split())
        (private if key in lex.private_set else public).append(m)
    return public, private


def _own_text(text: str, lex: _Lexicon, public: list[str], private: list[str]) -> None:
    """The source phrase itself: "Kepala Dinas X Budi", "ibu dua anak itu"."""
    age = _AGE.search(text)
    if age is not None and age.end() == len(text):
        private.append(text[age.start() :].strip())
    pub, priv = _roles(lex, text)
    if pub:
        public.append(text[pub[0].start() : pub[0].end()])
        return
    # kinship words in lower case only: "Ibu Ani" is a title
    if (priv and priv[0].start() == 0) or lex.family.match(text):
        private.append(text)


def _left(
    text: str, span: Span, lo: int, lex: _Lexicon, public: list[str], private: list[str]
) -> None:
    """Role words and capitalised words right before the name, back to the first other word.

    "kata Kepala Dinas Pendidikan dan Kebudayaan Kota X Budi": the run is "Kepala ... X"; a
    single comma is crossed when a role phrase ends right at it ("Kepala Dusun X, Budi").
    """
    left = text[lo : span[0]]
    stop = _LAST_STOP.match(left)
    if stop is not None:
        left = left[stop.end() :]
    words = list(_WORD.finditer(left))
    k = len(words)
    commas = 0
    while k > 0:
        w = words[k - 1].group()
        low = w.lower()
        if w == ",":
            if commas:
                break
            commas += 1
        elif w in "()":
            break
        elif not (
            w[:1].isupper()
            or w[:1].isdigit()
            or low in lex.public_words
            or low in lex.private_words
            or (low in lex.connectors and k < len(words))
        ):
            break
        k -= 1
    if k == len(words):
        return
    run = left[words[k].start() :] if k < len(words) else ""
    run = run.rstrip(" ,")
    pub, priv = _roles(lex, run)
    if pub:
        public.append(run[pub[0].start() :].strip())
        return
    # "seorang pedagang, Budi"; not "keluarga Budi" (Budi's family)
    m = next((m for m in priv if "," in run[m.end() :]), None)
    if m is not None:
        private.append(run[m.start() :].strip())


def _right(text: str, span: Span, lex: _Lexicon, public: list[str], private: list[str]) -> None:
    """The apposition after the name: " (45)", ", Ketua RT 03", ", warga X", " yang merupakan …"."""
    pos = span[1]
    tail = text[pos : pos + _WINDOW]
    age = _AGE.match(tail)
    if age is not None:
        private.append(tail[: age.end()].strip())
        tail = tail[age.end() :]
    stripped = tail.lstrip()
    if stripped.startswith(","):
        body = stripped[1:].lstrip()
    elif stripped.lower().startswith("yang "):
        body = stripped[4:].lstrip()
        for link in lex.links:
            if body.lower().startswith(link + " "):
                body = body[len(link) :].lstrip()
                break
        else:
            return
    else:
        return
    end = min((i for i in (body.find(c) for c in ',.;:”"(\n') if i >= 0), default=len(body))
    phrase = body[:end].strip()
    if not phrase:
        return
    pub, priv = _roles(lex, phrase)
    if pub and len(phrase[: pub[0].start()].split()) <= 3:
        public.append(phrase)
        return
    if len(phrase.split()) > _MAX_APPOSITION:
        return  # a clause, not a description: ", kata X, penumpang yang datang pun ..."
    if priv and priv[0].start() == 0:
        private.append(phrase)
        return
    m = lex.family.match(phrase)
    if m is not None and _FAMILY_OBJECT.match(phrase, m.end()):
        private.append(phrase)
