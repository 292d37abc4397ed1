"""Attribution helpers: one language's cue lexicon, and source phrases found around cues.

:func:`lexicon` (from :mod:`sumber.attribution_vocab`) gives a language's lookup tables.
:class:`Window` reads the tokens of one article and finds the noun phrase that
names a source before or after a cue: titles, role nouns, capitalised name chunks, pronouns,
anonymous phrases ("sumber anonim", "a source familiar with") and media names. Nothing here
names a language: everything comes from the pack.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from sumber.attribution_vocab import Lexicon, Phrases, lexicon
from sumber.model import Article, Span

_OPENERS = frozenset("\"'“”«„‘(")
_NAME_QUOTES = frozenset('"“”«»„‚‘')  # marks around a medium's name: der Zeitung „Die Welt“


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
        # each token's text and lower-cased text, cut once: finding sources asks for them
        # over a thousand times per article
        self.words = [article.text[s:e] for s, e in self.tokens]
        self.lows = [lower[s:e] for s, e in self.tokens]
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
        return self.words[i]

    def low(self, i: int) -> str:
        return self.lows[i]

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
        lows = self.lows
        cands = table.get(lows[i])
        if not cands:
            return 0
        for words in cands:
            n = len(words)
            if i + n <= limit and all(lows[i + k] == words[k] for k in range(1, n)):
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
        if (
            n
            and i + n < limit
            and (self.word(i + n)[:1].isupper() or self.word(i + n) in _NAME_QUOTES)
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


__all__ = ["Lexicon", "Phrase", "Phrases", "Window", "lexicon"]
