"""Attribution helpers: one language's cue lexicon, and source phrases found around cues.

:func:`lexicon` turns a language pack's word lists (reporting verbs, "according to" phrases,
citing verbs, titles, role nouns, pronouns, anonymous phrases, media) into lookup tables once
per language. :class:`Window` reads the tokens of one article and finds the noun phrase that
names a source before or after a cue: titles, role nouns, capitalised name chunks, pronouns,
anonymous phrases ("sumber anonim", "a source familiar with") and media names. Nothing here
names a language: everything comes from the pack.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from sumber import lang
from sumber.model import Article, Span

Phrases = dict[str, tuple[tuple[str, ...], ...]]

_OPENERS = frozenset("\"'“”«„‘(")
_NAME_QUOTES = frozenset("\"“”«»„‚‘")  # marks around a medium's name: der Zeitung „Die Welt“


def _phrases(items: tuple[str, ...] | list[str]) -> Phrases:
    table: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        words = (
            tuple(item.replace(".", " . ").split()) if item.endswith(".") else tuple(item.split())
        )
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables built from one language pack."""

    verbs: dict[str, str]  # cue word -> stance
    verb_phrases: Phrases
    phrase_stances: dict[str, str]
    according: Phrases
    according_clitic: frozenset[str]  # "menurutnya": according to him
    citing: Phrases
    citing_words: frozenset[str]  # the citing verbs as written ("citing", "mengutip")
    suffixes: tuple[str, ...]  # clitic pronouns on cues: "nya" in "katanya"
    titles: frozenset[str]
    roles: Phrases
    anonymous: Phrases
    media: Phrases
    orgs: Phrases  # KNOWN_ORGS: "Bộ Ngoại giao", "White House" (written with a capital)
    media_words: Phrases
    pronouns: frozenset[str]
    stop_capitalised: frozenset[str]
    particles: frozenset[str]
    adverbs: frozenset[str]
    complementizers: frozenset[str]
    relativizers: frozenset[str]
    clause_starters: frozenset[str]
    adjunct_starters: frozenset[str]
    anaphoric: frozenset[str]
    passive: frozenset[str]  # cues whose subject is not the source ("dikatakan")
    determiners: frozenset[str]  # open a common-noun source ("the bank", "para pejabat")
    bare_clause: bool  # a cue may take a clause with no complementizer, whatever its start
    report_nouns: frozenset[str]  # "laporan", "reports": "membantah laporan X ..." = denies that X ...
    breakers: frozenset[str]  # words a common-noun source never contains ("and", "of")
    title_markers: frozenset[str]  # words before a quoted title ("bertajuk", "titled")
    role_modifiers: frozenset[str]  # lower-case words inside role phrases ("российского")
    conjunctions: frozenset[str]  # join two sources of one cue: "X dan Y melaporkan"
    back_references: Phrases  # open a sentence whose content is the one before: "Об этом"
    separable: dict[str, frozenset[str]]  # split verbs: "wies" -> {"zurück"} ("wies … zurück")
    first_words: frozenset[str]  # every word that can begin a cue
    cue_words: frozenset[str]  # words that are a cue on their own (not "bình" of "bình luận")
    first_regex: re.Pattern[str]  # finds those words in lower-cased text

    def cue_stance(self, word: str) -> str | None:
        """The stance of a one-word cue (clitic forms included), or None."""
        w = word.lower()
        stance = self.verbs.get(w)
        if stance is None:
            for suf in self.suffixes:
                if w.endswith(suf) and w[: -len(suf)] in self.verbs:
                    return self.verbs[w[: -len(suf)]]
        return stance

    def clitic_of(self, word: str) -> int:
        """Length of any clitic pronoun ending ``word`` (0 if none)."""
        w = word.lower()
        return next((len(s) for s in self.suffixes if len(w) > len(s) + 2 and w.endswith(s)), 0)

    def clitic(self, word: str) -> int:
        """Length of a clitic pronoun ending a cue word ("nya" in "ujarnya"), else 0."""
        w = word.lower()
        for suf in self.suffixes:
            if len(w) > len(suf) + 2 and w.endswith(suf) and w[: -len(suf)] in self.verbs:
                return len(suf)
        return 0


def _extra(pack: lang.LanguagePack, name: str) -> tuple[str, ...]:
    value = getattr(pack, name, None)
    if value is None:
        value = pack.extra.get(name, ())
    return tuple(str(v).lower() for v in value)


def _separable(pack: lang.LanguagePack) -> dict[str, frozenset[str]]:
    """Separable cue verbs: the two-word REPORTING_VERBS whose words split in a clause
    ("teilte mit": "Das teilte die Polizei am Montag mit"), listed by SEPARABLE_CUES."""
    out: dict[str, set[str]] = {}
    for phrase in _extra(pack, "SEPARABLE_CUES"):
        verb, _, particle = phrase.partition(" ")
        if particle:
            out.setdefault(verb, set()).add(particle)
    return {v: frozenset(p) for v, p in out.items()}


@cache
def lexicon(iso: str) -> Lexicon:
    """The cue lexicon of a language (built once)."""
    pack = lang.get(iso)
    verbs = {k: v for k, v in pack.REPORTING_VERBS.items() if " " not in k}
    verb_phrases = _phrases([k for k in pack.REPORTING_VERBS if " " in k])
    according = _phrases(pack.ACCORDING_TO)
    citing = _phrases(pack.CITING_VERBS)
    suffixes = _extra(pack, "CUE_CLITICS")
    first = set(verbs) | set(verb_phrases) | set(according)
    first |= {v + s for v in verbs for s in suffixes}
    according_clitic = frozenset(
        a + s for a in according if len(according[a][-1]) == 1 for s in suffixes
    )
    first |= according_clitic
    return Lexicon(
        verbs=verbs,
        verb_phrases=verb_phrases,
        phrase_stances={k: v for k, v in pack.REPORTING_VERBS.items() if " " in k},
        according=according,
        according_clitic=according_clitic,
        citing=citing,
        citing_words=frozenset(pack.CITING_VERBS),
        suffixes=suffixes,
        titles=frozenset(t.rstrip(".") for t in pack.TITLES),
        roles=_phrases(pack.ROLE_NOUNS),
        anonymous=_phrases(pack.ANONYMOUS_SOURCES),
        media=_phrases(pack.KNOWN_MEDIA),
        orgs=_phrases(pack.KNOWN_ORGS),
        media_words=_phrases(pack.MEDIA_WORDS),
        pronouns=frozenset(p for p in pack.PRONOUNS if not p.startswith("-")),
        stop_capitalised=frozenset(w.lower() for w in pack.STOP_CAPITALISED),
        particles=frozenset(_extra(pack, "NAME_PARTICLES")),
        adverbs=frozenset(_extra(pack, "PRE_CUE_ADVERBS")),
        complementizers=frozenset(_extra(pack, "COMPLEMENTIZERS")),
        relativizers=frozenset(_extra(pack, "RELATIVIZERS")),
        clause_starters=frozenset(_extra(pack, "CLAUSE_STARTERS")),
        adjunct_starters=frozenset(_extra(pack, "ADJUNCT_STARTERS")),
        anaphoric=frozenset(_extra(pack, "ANAPHORIC_MARKERS")),
        passive=frozenset(_extra(pack, "PASSIVE_CUES")),
        determiners=frozenset(_extra(pack, "SUBJECT_DETERMINERS")),
        bare_clause=bool(pack.extra.get("BARE_CLAUSE_AFTER_CUE", False)),
        report_nouns=frozenset(w for w in pack.CLAIM_ANAPHORA if " " not in w),
        breakers=frozenset(_extra(pack, "SOURCE_BREAKERS")),
        title_markers=frozenset(_extra(pack, "TITLE_MARKERS")),
        role_modifiers=frozenset(pack.ROLE_MODIFIERS),
        conjunctions=frozenset(_extra(pack, "CONJUNCTIONS")),
        back_references=_phrases(_extra(pack, "BACK_REFERENCES")),
        separable=_separable(pack),
        first_words=frozenset(first),
        cue_words=frozenset(
            set(verbs)
            | {v + s for v in verbs for s in suffixes}
            | {a for a, phrases in according.items() if any(len(p) == 1 for p in phrases)}
            | according_clitic
        ),
        first_regex=re.compile(
            r"(?<![^\W_])(?<![-'’])" + _trie_regex(first) + r"(?![^\W_])(?![-'’][^\W_])"
        ),
    )


def _trie_regex(words: set[str]) -> str:
    """One regex alternation for many words, as a prefix tree (fast to match)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie) or "(?!)"


@dataclass(slots=True)
class Phrase:
    """A source (or conduit) phrase: tokens ``[i, j)`` and what kind of phrase it is."""

    i: int
    j: int
    kind: str  # name, role, pronoun, anonymous, media


class Window:
    """Token access over one article, and source-phrase finding around cues."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.text = article.text
        lower = article.text.lower()
        if len(lower) != len(article.text):  # "İ" lower-cases to two characters
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in article.text)
        self.lower = lower
        self.tokens = article.tokens
        self.starts = [s for s, _ in article.tokens]
        self.lex = lex
        self.sent_starts = [s for s, _ in article.sentences]
        self.sentences = article.sentences
        # tokens inside time expressions are never names ("said Tuesday")
        self.time_tokens: set[int] = set()
        for t in article.times:
            a = bisect_left(self.starts, t.span[0])
            while a < len(self.tokens) and self.tokens[a][0] < t.span[1]:
                self.time_tokens.add(a)
                a += 1

    def word(self, i: int) -> str:
        s, e = self.tokens[i]
        return self.text[s:e]

    def low(self, i: int) -> str:
        s, e = self.tokens[i]
        return self.lower[s:e]

    def index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def sentence(self, pos: int) -> Span:
        """The sentence containing ``pos`` (or the text around it when there is none)."""
        k = bisect_left(self.sent_starts, pos + 1) - 1
        if 0 <= k < len(self.sentences) and self.sentences[k][0] <= pos < self.sentences[k][1]:
            return self.sentences[k]
        return (0, len(self.text))

    def gap(self, i: int, j: int) -> str:
        """The text between token ``i`` and token ``j`` (i < j)."""
        return self.text[self.tokens[i][1] : self.tokens[j][0]]

    def span(self, i: int, j: int) -> Span:
        return (self.tokens[i][0], self.tokens[j - 1][1])

    def match(self, table: Phrases, i: int, limit: int) -> int:
        """Length of the longest phrase of ``table`` at token ``i`` (0 if none)."""
        cands = table.get(self.low(i))
        if not cands:
            return 0
        for words in cands:
            n = len(words)
            if i + n <= limit and all(self.low(i + k) == words[k] for k in range(1, n)):
                return n
        return 0

    def is_name(self, i: int) -> bool:
        w = self.word(i)
        if not w[:1].isupper() or i in self.time_tokens:
            return False
        lw = w.lower()
        return lw not in self.lex.stop_capitalised and lw not in self.lex.cue_words

    def opens_sentence(self, i: int) -> bool:
        """Whether token ``i`` is the first word of a sentence or of a quotation."""
        s = self.tokens[i][0]
        k = bisect_left(self.sent_starts, s + 1) - 1
        if k >= 0 and self.sentences[k][0] == s:
            return True
        return i > 0 and self.word(i - 1) in _OPENERS

    def _unit(self, i: int, limit: int, first: bool) -> tuple[int, str]:
        """One unit of a source phrase at token ``i``: (length, kind) or (0, "")."""
        lex = self.lex
        lw = self.low(i)
        if first:
            n = self.match(lex.anonymous, i, limit)
            if n:
                return n, "anonymous"
            if lw in lex.pronouns:
                return 1, "pronoun"
        n = self.match(lex.media, i, limit)
        if n and (self.word(i)[:1].isupper() or not first):
            return n, "media"
        n = self.match(lex.orgs, i, limit)
        if n > 1 and self.word(i)[:1].isupper():
            return n, "name"  # "Bộ Ngoại giao": a known name with lower-case words in it
        n = self.match(lex.media_words, i, limit)
        if n and i + n < limit and (
            self.word(i + n)[:1].isupper() or self.word(i + n) in _NAME_QUOTES
        ):
            return n, "media"  # "die Zeitung „…“", "báo Washington Post", "газета The Times"
        n = self.match(lex.roles, i, limit)
        if n:
            return n, "role"
        if lw in lex.titles:
            # a title and its dot ("Tn.") when the dot is glued to it
            if i + 1 < limit and self.low(i + 1) == "." and not self.gap(i, i + 1):
                return 2, "role"
            return 1, "role"
        if self.is_name(i):
            return 1, "name"
        return 0, ""

    def forward(self, i: int, limit: int) -> Phrase | None:
        """The source phrase starting at token ``i`` (not past ``limit``), or None.

        A leading determiner ("el portavoz", "die Zeitung") belongs to the phrase when a role,
        name or medium follows it; a name in quotation marks ("„Washington Post“",
        "«Kommersant»") is part of the phrase.
        """
        if i >= limit:
            return None
        lex = self.lex
        if lex.determiners and self.low(i) in lex.determiners and i + 1 < limit:
            inner = self._forward(i + 1, limit, quoted=True)
            if inner is not None and inner.kind in ("name", "role", "media"):
                return Phrase(i, inner.j, inner.kind)
            return None
        return self._forward(i, limit)

    def _plain(self, x: int) -> bool:
        """Whether token ``x`` is a plain lower-case word that may sit inside a source phrase."""
        lw = self.low(x)
        lex = self.lex
        return (
            self.word(x)[:1].islower()
            and lw.isalpha()
            and lw not in lex.first_words
            and lw not in lex.adjunct_starters
            and lw not in lex.complementizers
            and lw not in lex.breakers
            and lw not in lex.relativizers
            and x not in self.time_tokens
        )

    def _quoted_name(self, j: int, limit: int) -> int:
        """Index after the closing mark of a short quoted name opening at token ``j``, or 0."""
        if self.word(j) not in _NAME_QUOTES or j + 1 >= limit or not self.is_name(j + 1):
            return 0
        for x in range(j + 2, min(limit, j + 6)):
            w = self.word(x)
            if w in _NAME_QUOTES:
                return x + 1
            if not w[:1].isalnum():  # «Вечерний город», „Die Zeit“
                return 0
        return 0

    def _forward(self, i: int, limit: int, quoted: bool = False) -> Phrase | None:
        lex = self.lex
        j = i
        kinds: set[str] = set()
        last = ""  # the kind of the last unit taken
        while j < limit:
            n, k = self._unit(j, limit, j == i)
            if not n:
                w = self.word(j)
                q = (
                    self._quoted_name(j, limit)
                    if (kinds and kinds <= {"media", "role"}) or (quoted and j == i)
                    else 0
                )
                if q:
                    kinds.add("media")
                    j = q
                    continue
                # a role's lower-case complement before a name ("мэр города Иван Петров",
                # "người phát ngôn Bộ Ngoại giao Lê Thị Hoa")
                if kinds:
                    x = j
                    while x < min(limit, j + 3) and self._plain(x):
                        x += 1
                    if x > j and x < limit and self.is_name(x):
                        j = x
                        continue
                if last == "modifier" and self.word(j)[:1].isupper():
                    kinds.add("role")  # a capitalised common noun: "Sprecher der Stadt"
                    last = "role"
                    j += 1
                    continue
                # lower-case modifiers inside a role phrase ("пресс-секретарь российского лидера")
                if (
                    last in ("role", "modifier")
                    and self.low(j) in lex.role_modifiers
                    and j + 1 < limit
                    and (
                        self._unit(j + 1, limit, False)[0]
                        or self.low(j + 1) in lex.role_modifiers
                        or self.word(j + 1)[:1].isupper()  # "Sprecher des Ministeriums"
                    )
                ):
                    last = "modifier"
                    j += 1
                    continue
                # name particles and small numbers inside names ("bin", "Rossiya 1")
                if kinds and self.low(j) in lex.particles and j + 1 < limit and self.is_name(j + 1):
                    j += 1
                    continue
                if kinds & {"name", "media"} and w.isdigit() and len(w) <= 2:
                    j += 1
                    continue
                if kinds and w == "(":  # a short parenthesis: "(D-Mo.)", "(Bawaslu)"
                    close = next(
                        (x for x in range(j + 1, min(limit, j + 7)) if self.word(x) == ")"), 0
                    )
                    if close:
                        j = close + 1
                        continue
                break
            if k in ("anonymous", "pronoun"):
                return Phrase(j, j + n, k)
            if k == "media" and j + n < limit and self.word(j + n)[:1].isupper():
                # a medium's name may open with an article: "el diario El Sol", "Le Monde"
                x = j + n
                while x < limit and (self.word(x)[:1].isupper() or self.word(x).isdigit()):
                    x += 1
                if x > j + n and not self.is_name(j + n):
                    kinds.add(k)
                    j = x
                    continue
            kinds.add(k)
            last = k
            j += n
        if j == i:
            return None
        kind = "name" if "name" in kinds else ("media" if "media" in kinds else "role")
        return Phrase(i, j, kind)

    def backward(self, k: int, floor: int) -> Phrase | None:
        """The source phrase ending at token ``k`` (inclusive), not before ``floor``."""
        if k < floor:
            return None
        lex = self.lex
        lw = self.low(k)
        if lw in lex.pronouns:
            return Phrase(k, k + 1, "pronoun")
        if lw == ")":  # a short parenthesis after a name: "Sen. X (R-Ga.)"
            o = next(
                (x for x in range(k - 1, max(floor, k - 7) - 1, -1) if self.word(x) == "("), -1
            )
            inner = self.backward(o - 1, floor) if o > floor else None
            return Phrase(inner.i, k + 1, inner.kind) if inner is not None else None
        # mark units forward from the floor, then take the run that ends at k
        start = max(floor, k - 14)
        units: list[tuple[int, int, str]] = []
        j = start
        while j <= k:
            n, kind = self._unit(j, k + 1, True)
            if kind == "pronoun":
                n, kind = 0, ""
            if n:
                units.append((j, j + n, kind))
                j += n
            else:
                w = self.word(j)
                if w.isdigit() and len(w) <= 2 and units and units[-1][1] == j:
                    units.append((j, j + 1, units[-1][2]))
                elif self.low(j) in lex.particles and units and units[-1][1] == j:
                    units.append((j, j + 1, "name"))
                elif self.low(j) in lex.role_modifiers and units and units[-1][1] == j:
                    units.append((j, j + 1, units[-1][2]))  # "Sprecher der Stadt"
                elif (
                    w[:1].isupper()
                    and units
                    and units[-1][1] == j
                    and self.low(j - 1) in lex.role_modifiers
                ):
                    units.append((j, j + 1, "role"))
                j += 1
        if not units or units[-1][1] != k + 1:
            return self._anonymous_back(k, floor)
        i = units[-1][0]
        kinds = {units[-1][2]}
        for u in reversed(units[:-1]):
            if u[1] != i or u[2] == "anonymous" or units[-1][2] == "anonymous":
                break
            i = u[0]
            kinds.add(u[2])
        if "anonymous" in kinds:
            return Phrase(i, k + 1, "anonymous")
        kind = "name" if "name" in kinds else ("media" if "media" in kinds else "role")
        # a phrase of one sentence-initial capitalised word that is a plain word is no source
        return Phrase(i, k + 1, kind)

    def _anonymous_back(self, k: int, floor: int, reach: int = 10) -> Phrase | None:
        """An anonymous source with its modifiers ending at ``k`` ("a source familiar with
        the talks", "sumber yang enggan disebut namanya")."""
        j = k
        found = -1
        while j >= max(floor, k - reach) and self.word(j)[:1].isalnum():
            if self.match(self.lex.anonymous, j, k + 1):
                found = j  # keep the leftmost: "seorang sumber yang ..."
            j -= 1
        return Phrase(found, k + 1, "anonymous") if found >= 0 else None

    def common_forward(
        self, i: int, limit: int, max_len: int = 8, stop_at_cues: bool = False
    ) -> Phrase | None:
        """A determiner-led noun phrase from ``i`` up to a comma, the limit or (when asked)
        a cue word."""
        if i >= limit or self.low(i) not in self.lex.determiners:
            return None
        j = i + 1
        while j < limit and j - i < max_len and self.word(j)[:1].isalnum():
            lw = self.low(j)
            if lw in self.lex.relativizers or lw in self.lex.complementizers:
                break
            if stop_at_cues and (lw in self.lex.first_words or lw in self.lex.breakers):
                break
            if j > i + 1 and (j in self.time_tokens or lw in self.lex.adjunct_starters):
                break  # "das Ministerium am Montag mit"
            j += 1
        return Phrase(i, j, "role") if j > i + 1 else None

    def common_backward(self, k: int, floor: int, max_len: int = 6) -> Phrase | None:
        """A determiner-led noun phrase ending at ``k`` (``the bank`` in "the bank said")."""
        lex = self.lex
        if self.low(k) in lex.pronouns or k in self.time_tokens:
            return None
        j = k
        while j >= floor and k - j < max_len and self.word(j).isalpha():
            lw = self.low(j)
            if lw in lex.determiners:
                return Phrase(j, k + 1, "role") if j < k else None
            if (
                lw in lex.first_words
                or lw in lex.relativizers
                or lw in lex.complementizers
                or lw in lex.adjunct_starters
                or lw in lex.breakers
                or j in self.time_tokens
            ):
                return None
            j -= 1
        return None

    def until_punct(self, i: int, limit: int, max_len: int = 15) -> Phrase | None:
        """The words from ``i`` to the next comma or sentence end, when that is near."""
        j = i
        while j < limit and j - i < max_len and self.low(j) not in ",.;:!?":
            j += 1
        if j == i or j - i >= max_len:
            return None
        return Phrase(i, j, "name" if any(self.is_name(x) for x in range(i, j)) else "role")

    def phrase_text(self, p: Phrase) -> str:
        s, e = self.span(p.i, p.j)
        return self.text[s:e]
