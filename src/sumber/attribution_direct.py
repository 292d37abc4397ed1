"""Attribution rules, part 1: the shared state of one article's rule pass, and direct quotes.

:class:`RulesBase` holds an article's quotations, tokens and lexicon and the helpers every rule
uses (cue at a token, source phrase, conduits after a cue). :class:`DirectRules` attributes
quotations: a cue after (``”…,” kata X``, ``"…," she said``), before (``X mengatakan, ”…”``,
``Menurut X, ”…”``), between two quotes, or inside an unclosed quote (``"…, kata sumber itu.``).
See :mod:`sumber.attributions` for the whole stage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from sumber.attribution_lexicon import Lexicon, Phrase, Window
from sumber.model import Article, Conduit, Cue, Source, Span
from sumber.quotes import Quote, find_quotes

PUNCT_END = ".!?…"
_DASHES = frozenset("-–—")
_DATE_PART = re.compile(r"\d{1,4}|/")  # "ngày 10/11" between a source and its cue
QUOTE_CHARS = "\"'“”«»„"


@dataclass(slots=True)
class Found:
    """An attribution under construction (token-level facts kept for later rules)."""

    source: Source | None
    cue: Cue | None
    content: list[Span]
    kind: str
    stance: str
    via: list[Conduit] = field(default_factory=list)
    date: str | None = None
    anchor: int = 0  # offset used to find the statement date (the cue or the source)


class RulesBase:
    """One article's rule pass: what every rule reads and the helpers they share."""

    def __init__(
        self, article: Article, win: Window, lex: Lexicon, pairs: tuple[tuple[str, str], ...]
    ) -> None:
        self.article = article
        self.text = article.text
        self.win = win
        self.lex = lex
        bp = sorted(b.span for b in article.boilerplate)
        self.bp = bp
        quotes = find_quotes(article.text, pairs, closing_words=lex.first_words)
        quotes = [q for q in quotes if not self._in_bp(q.start)]
        self.quotes = [q for q in quotes if q.depth == 0 and q.inner[1] > q.inner[0]]
        self.qstarts = [q.start for q in self.quotes]
        self.found: list[Found] = []
        self.used_cues: set[int] = set()
        self.used_quotes: set[int] = set()
        self.name_quotes: set[int] = set()  # names in quotation marks ("der Zeitung „X“")

    # ----------------------------------------------------------------- helpers
    def _in_bp(self, pos: int) -> bool:
        k = bisect_right(self.bp, (pos, len(self.text) + 1)) - 1
        return any(s <= pos < e for s, e in self.bp[max(0, k - 2) : k + 1])

    def _quote_at(self, pos: int) -> int:
        """Index of the top-level quote whose marks enclose ``pos``, or -1."""
        k = bisect_right(self.qstarts, pos) - 1
        if k >= 0 and self.quotes[k].start <= pos < self.quotes[k].end:
            return k
        return -1

    def _source(self, p: Phrase | None, clitic: tuple[int, int] | None = None) -> Source | None:
        if clitic is not None:
            s, e = clitic
            return Source(self.text[s:e], (s, e))
        if p is None:
            return None
        s, e = self.win.span(p.i, p.j)
        anonymous = p.kind == "anonymous" or (
            p.kind not in ("name", "pronoun", "media") and self._has_anonymous(p)
        )
        return Source(self.text[s:e], (s, e), anonymous=anonymous)

    def _has_anonymous(self, p: Phrase) -> bool:
        """Whether a common-noun phrase holds an anonymous-source phrase ("unnamed sources")."""
        w = self.win
        return any(
            w.word(x).islower() and w.match(self.lex.anonymous, x, p.j) for x in range(p.i, p.j)
        )

    def _cue_at(self, i: int, limit: int) -> tuple[int, str] | None:
        """(length, stance) of a reporting-verb cue at token ``i``."""
        w = self.win
        n = w.match(self.lex.verb_phrases, i, limit)
        if n:
            words = " ".join(w.low(i + k) for k in range(n))
            return n, self.lex.phrase_stances.get(words, "asserts")
        word = w.word(i)
        stance = self.lex.cue_stance(word)
        if stance is None and w.low(i) in self.lex.separable:
            stance = self._separable(i)
        if stance and word[:1].isupper() and not w.opens_sentence(i):
            return None  # a capitalised word inside a sentence is a name ("United States")
        return (1, stance) if stance else None

    def _separable(self, i: int) -> str | None:
        """The stance of a separable verb whose particle ends its clause ("wies … zurück")."""
        w = self.win
        verb = w.low(i)
        end = w.index(w.sentence(w.tokens[i][0])[1])
        for x in range(i + 1, min(end, i + 25)):
            lx = w.low(x)
            if lx in ".;:!?":
                return None
            if lx in self.lex.separable[verb] and (x + 1 >= end or w.low(x + 1) in ",.;:!?"):
                return self.lex.phrase_stances.get(f"{verb} {lx}", "asserts")
        return None

    def _conduits_after(self, i: int, limit: int) -> list[Conduit]:
        """Media named in the few tokens after a cue or source (``di radio X``, ``told X``)."""
        w = self.win
        out: list[Conduit] = []
        j = i
        stop = min(limit, i + 6)
        while j < stop:
            lw = w.low(j)
            if lw in ",.;:" or lw in self.lex.complementizers:
                break
            n = w.match(self.lex.media_words, j, limit)
            m = w.match(self.lex.media, j + n, limit) if j + n < limit else 0
            if n and not m and j + n < limit and w.is_name(j + n):
                p = w.forward(j + n, limit)
                m = (p.j - p.i) if p else 0
            if m and (n or w.word(j)[:1].isupper()):
                s, e = w.span(j, j + n + m)
                out.append(Conduit(self.text[s:e], (s, e)))
                j += n + m
                continue
            j += 1
        return out

    def _clean(self, span: Span) -> Span:
        """A quotation's content without trailing commas, and without a final mark that
        closes nothing inside it."""
        s, e = span
        text = self.text
        while e > s and text[e - 1] in " ,;:":
            e -= 1
        if e > s and text[e - 1] in QUOTE_CHARS and text.count(text[e - 1], s, e) % 2:
            e -= 1
            while e > s and text[e - 1] in " ,;:":
                e -= 1
        return (s, e)

    def _is_title(self, pos: int) -> bool:
        """Whether the quotation opening at ``pos`` names something ("bertajuk ”…”")."""
        w = self.win
        b = w.index(pos) - 1
        return b >= 0 and w.low(b) in self.lex.title_markers

    def _add(self, f: Found) -> None:
        self.found.append(f)

    def _subject(self, c: int, floor: int) -> tuple[Phrase | None, list[Conduit]]:
        """The source phrase before a cue verb at ``c``, and conduits before it."""
        w = self.win
        if w.low(c) in self.lex.passive:
            return None, []
        k = c - 1
        while k >= floor and (
            w.low(k) in self.lex.adverbs or k in w.time_tokens or _DATE_PART.fullmatch(w.word(k))
        ):
            k -= 1
        # a short adjunct between subject and cue: "X dalam sebuah pernyataan menegaskan"
        for a in range(k, max(floor, k - 4) - 1, -1):
            if not w.word(a)[:1].islower():
                break
            if w.low(a) in self.lex.adjunct_starters:
                if a - 1 > floor and w.word(a - 1)[:1].isupper():
                    k = a - 1
                break
        if k < floor:
            return None, []
        if w.low(k) in self.lex.relativizers:
            k -= 1
        elif w.low(k) == ",":
            # X, yang …, menyatakan  /  Role, Name, menyatakan
            j = k - 1
            while j >= floor and w.low(j) != "," and k - j < 30:
                j -= 1
            if j < floor or w.low(j) != ",":
                return None, []
            if w.low(j + 1) in self.lex.relativizers:
                k = j - 1
            else:
                p = w.forward(j + 1, k)
                if p is not None and p.j == k:
                    return p, []
                # Name, an apposition or participle clause, said
                if any(w.low(x) in self.lex.first_words for x in range(j + 1, k)):
                    return None, []
                k = j - 1
        p = w.backward(k, floor) or w.common_backward(k, floor)
        if p is None and k > floor and w.low(k) in self.lex.anaphoric:
            # a postposed determiner: "akhbar itu", "sumber tersebut"
            q = w.backward(k - 1, floor)
            if q is not None and q.kind in ("role", "media"):
                p = Phrase(q.i, k + 1, q.kind)
        if p is None:
            return None, []
        if p.kind == "role" and p.i > floor and w.low(p.i - 1) in self.lex.determiners:
            p = Phrase(p.i - 1, p.j, p.kind)  # "the governor", "para pejabat"
        via: list[Conduit] = []
        v = p.i - 1
        if v >= floor:
            for start in range(v, max(floor, v - 2) - 1, -1):
                n = w.match(self.lex.citing, start, v + 1)
                if n and start + n == v + 1:
                    x = start - 1  # skip "hatte am Sonntag" between the medium and "citing"
                    while (
                        x >= floor
                        and x > start - 8
                        and (
                            w.low(x) in self.lex.adverbs
                            or x in w.time_tokens
                            or w.low(x) in self.lex.adjunct_starters
                            or w.word(x) in QUOTE_CHARS
                        )
                    ):
                        x -= 1
                    cp = w.backward(x, floor) or w.backward(start - 1, floor)
                    if cp is not None and cp.kind in ("name", "media"):
                        s, e = w.span(cp.i, cp.j)
                        via.append(Conduit(self.text[s:e], (s, e)))
                    break
        return p, via


class DirectRules(RulesBase):
    """Direct quotations with their cue and source."""

    def _name_quote(self, q: Quote) -> bool:
        """Whether a quotation is only a name in quotation marks ("der Zeitung „Die Welt“",
        "selon le «Washington Post»"): a known medium, or a few capitalised words after a
        determiner, a media word or an "according to"."""
        w = self.win
        a, b = w.index(q.inner[0]), w.index(q.inner[1])
        if not 0 < b - a <= 4:
            return False
        if w.match(self.lex.media, a, b) == b - a:
            return True
        if not all(
            w.word(x)[:1].isupper() or w.word(x).isdigit() or w.low(x) in self.lex.particles
            for x in range(a, b)
        ):
            return False
        p = w.index(q.start) - 1
        if p < 0:
            return False
        lp = w.low(p)
        return (
            lp in self.lex.determiners
            or lp in self.lex.according
            or bool(w.match(self.lex.media_words, p, p + 1))
            or any(
                w.match(self.lex.media_words, x, p + 1) == p + 1 - x
                for x in range(max(0, p - 2), p)
            )
        )

    def _direct(self, k: int, q: Quote) -> None:
        """A quotation with a cue after or before it."""
        w = self.win
        text = self.text
        if self._name_quote(q):
            self.name_quotes.add(k)
            return
        inner = self._clean(q.inner)
        if not q.closed:
            cut = self._cue_inside(q)
            if cut is not None:
                inner, f = cut
                f.content = [inner]
                self.used_quotes.add(k)
                self._add(f)
                return
        # cue after the quote
        i = w.index(q.end)
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        sent_end = max(w.sentence(q.end)[1], q.end)
        limit = w.index(min(sent_end + 1, line_end))
        if i < len(w.tokens) and w.low(i) == "," and i + 1 < limit:
            i += 1
        if i + 1 < limit and w.low(i) in _DASHES:  # «…», — заявил он
            i += 1
        post = self._aux_cue(i, limit) if i < limit else None
        post = post or (self._post_cue(i, limit) if i < limit else None)
        if post is not None:
            f, after = post
            spans = [inner]
            # a cue between two quotes: "…," kata X, "…"
            if after < len(w.tokens) and w.low(after) == "," and k + 1 < len(self.quotes):
                nq = self.quotes[k + 1]
                if after + 1 < len(w.tokens) and w.tokens[after + 1][0] == nq.start:
                    spans.append(self._clean(nq.inner))
                    self.used_quotes.add(k + 1)
            f.content = spans
            self.used_quotes.add(k)
            self._add(f)
            return
        pre = self._pre_cue(q)
        if pre is not None:
            pre.content = [inner]
            self.used_quotes.add(k)
            self._add(pre)

    def _aux_cue(self, i: int, limit: int) -> tuple[Found, int] | None:
        """An auxiliary before the cue after a quote: ``« … », a déclaré X``, ``a-t-il dit``."""
        w = self.win
        j = i
        while j < limit and j - i < 3 and w.low(j) in self.lex.adverbs:
            j += 1
        if j == i or j >= limit or self._cue_at(j, limit) is None:
            return None
        tok = w.word(j - 1)
        pron = tok.rsplit("-", 1)[-1] if "-" in tok else ""
        if not pron or pron.lower() not in self.lex.pronouns:
            return self._post_cue(j, limit)
        n, stance = self._cue_at(j, limit)  # type: ignore[misc]
        cs, ce = w.span(j, j + n)
        ps = w.tokens[j - 1][1] - len(pron)
        self.used_cues.add(j)
        src = Source(pron, (ps, ps + len(pron)))
        via = self._conduits_after(j + n, limit)
        cue = Cue(self.text[cs:ce], (cs, ce))
        return Found(src, cue, [], "direct", stance, via, None, cs), j + n

    def _after_addressee(self, j: int, limit: int) -> tuple[Phrase | None, list[Conduit]]:
        """The source after a short addressee that follows a cue ("заявил журналистам Песков",
        "afirmó a Reuters el ministro"): it must end the clause. Media named in the addressee
        are conduits."""
        w = self.win
        if j >= limit or w.low(j) not in self.lex.adjunct_starters:
            return None, []
        for x in range(j + 1, min(limit, j + 4)):
            p = w.forward(x, limit)
            if p is not None and (p.j >= limit or w.low(p.j) in ",.;:!?"):
                return p, self._conduits_after(j, x)
        return None, []

    def _post_cue(self, i: int, limit: int) -> tuple[Found, int] | None:
        """``kata X`` / ``X menambahkan`` / ``katanya`` right after a quote."""
        w = self.win
        cue = self._cue_at(i, limit)
        if cue is not None:
            n, stance = cue
            cs, ce = w.span(i, i + n)
            clit = self.lex.clitic(w.word(i + n - 1)) if n == 1 else 0
            if clit:
                src = self._source(None, (ce - clit, ce))
                after = i + n
            lead: list[Conduit] = []
            if not clit:
                p = w.forward(i + n, limit)
                if p is None:
                    p, lead = self._after_addressee(i + n, limit)
                if p is None:
                    return None
                src = self._source(p)
                after = p.j
            via = lead + self._conduits_after(after, limit)
            self.used_cues.add(i)
            f = Found(src, Cue(self.text[cs:ce], (cs, ce)), [], "direct", stance, via, None, cs)
            return f, after
        n = w.match(self.lex.according, i, limit)
        if n:
            p = w.forward(i + n, limit)
            if p is None:
                return None
            cs, ce = w.span(i, i + n)
            self.used_cues.add(i)
            f = Found(
                self._source(p),
                Cue(self.text[cs:ce], (cs, ce)),
                [],
                "direct",
                "asserts",
                self._conduits_after(p.j, limit),
                None,
                cs,
            )
            return f, p.j
        p = w.forward(i, limit) or w.common_forward(i, limit, stop_at_cues=True)
        if p is None:
            return None
        j = p.j
        if j < limit and w.low(j) == ",":
            # an apposition: "…," Scott Pruitt, the attorney general, said.
            close = next((x for x in range(j + 1, min(limit, j + 16)) if w.low(x) == ","), 0)
            if close and close + 1 < limit and self._cue_at(close + 1, limit):
                j = close + 1
        while j < limit and w.low(j) in self.lex.adverbs:
            j += 1
        if j >= limit:
            return None
        cue = self._cue_at(j, limit)
        if cue is None or w.low(j) in self.lex.passive:
            return None
        n, stance = cue
        nxt = w.low(j + n) if j + n < len(w.tokens) else "."
        if j + n < limit and (nxt in self.lex.complementizers or nxt in (",", ":")):
            # "X said, …" starts a new attribution: no cue of this quote
            quote_next = j + n + 1 < len(w.tokens) and self._quote_at(w.tokens[j + n + 1][0]) >= 0
            if nxt != "," or not (self._ends_soon(j + n + 1, limit) or quote_next):
                return None
        via = self._conduits_after(j + n, limit)
        after = w.index(via[-1].span[1]) if via and via[-1].span else j + n
        x = after
        if x < limit and (w.low(x) in self.lex.adjunct_starters or x in w.time_tokens):
            while x < limit and x - after < 8 and w.low(x) not in ",.;!?":
                x += 1  # a short adjunct: "said on Friday", "menambahkan di Jakarta"
        if x < limit and w.low(x) not in ",.;!?" and x == after:
            return None  # "X mengatakan pihaknya …": a new statement, not this quote's cue
        cs, ce = w.span(j, j + n)
        self.used_cues.add(j)
        return Found(
            self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "direct", stance, via, None, cs
        ), j + n

    def _ends_soon(self, i: int, limit: int) -> bool:
        return limit - i <= 4

    def _pre_cue(self, q: Quote) -> Found | None:
        """``X mengatakan, ”…”``, ``Menurut X, ”…”``, ``X said: "…"`` before a quote."""
        w = self.win
        b = w.index(q.start) - 1
        sent = w.sentence(max(q.start - 1, 0))
        floor = w.index(sent[0])
        if b < 0 or b < floor - 1:
            return None
        floor = max(floor, b - 30)
        punct = w.low(b) in (",", ":")
        if punct:
            b -= 1
        if b >= 0 and w.low(b) in self.lex.complementizers:
            b -= 1
        if b < floor:
            return None
        cue = self._cue_at(b, b + 1)
        if cue is not None and b not in self.used_cues:
            p, via = self._subject(b, floor)
            if p is None:
                return None
            cs, ce = w.span(b, b + 1)
            self.used_cues.add(b)
            return Found(
                self._source(p),
                Cue(self.text[cs:ce], (cs, ce)),
                [],
                "direct",
                cue[1],
                via,
                None,
                cs,
            )
        # Menurut X, ”…”  /  kata X: "…"
        if not punct:
            return None
        for start in range(b, max(floor, b - 8) - 1, -1):
            n = w.match(self.lex.according, start, b + 1)
            c = None if n else self._cue_at(start, b + 1)
            if n or c:
                n = n or c[0]  # type: ignore[index]
                p = w.forward(start + n, b + 1)
                if p is None or p.j != b + 1:
                    return None
                cs, ce = w.span(start, start + n)
                self.used_cues.add(start)
                return Found(
                    self._source(p),
                    Cue(self.text[cs:ce], (cs, ce)),
                    [],
                    "direct",
                    c[1] if c else "asserts",
                    [],
                    None,
                    cs,
                )
        return None

    def _cue_inside(self, q: Quote) -> tuple[Span, Found] | None:
        """For an unclosed quote: a cue inside its last stretch (``…", kata sumber itu.``)."""
        w = self.win
        i0 = w.index(q.inner[0])
        i1 = w.index(q.end)
        for j in range(i1 - 2, max(i0, i1 - 12), -1):
            if w.low(j) != ",":
                continue
            post = self._post_cue(j + 1, i1)
            if post is None:
                continue
            f, after = post
            rest = i1 - after
            if rest <= 8:
                s = q.inner[0]
                return self._clean((s, w.tokens[j][0])), f
        return None
