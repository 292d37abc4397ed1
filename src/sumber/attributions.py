"""Pipeline stage: find attributions: source, cue, content, kind, conduits, date, stance.

Rules, for every language, driven by the language pack (see
:mod:`sumber.attribution_lexicon`):

* **direct**: a quotation (:mod:`sumber.quotes`) with a cue after it (``”…,” kata X``,
  ``"…," said X``, ``"…," she said``, ``”…,” ujarnya``) or before it (``X mengatakan, ”…”``,
  ``Menurut X, ”…”``, ``X said: "…"``). A cue between two quotes joins them into one
  attribution with two content spans. A quotation with no cue of its own that opens a
  sentence right after an attribution continues it (same source and conduits, no cue).
* **indirect**: ``X <verb> [that|,] content`` to the end of the sentence, with the subject
  found backwards over titles, role nouns and names, a relative clause (``X, yang …,
  menyatakan``) or ``yang``/``who`` before the verb; inverted ``content, kata X.`` and
  parenthetical ``…, kata X, …``.
* **mixed**: indirect content with a quotation inside it.
* **according_to**: ``Menurut X, …``, ``…, menurut X, …``, ``according to X``.

Conduits (``via``): the subject of a citing verb before the source (``Sputnik mengutip X
yang …``) and media named after the cue (``kata X di radio Rossiya 1``, ``told Reuters``).
A clitic pronoun on the cue (``katanya``) is the source mention itself; an anaphoric
anonymous source (``sumber tersebut``) takes the conduits of the anonymous source before it.
The date is the time expression of the sentence that dates the saying (outside the content).

When a trained model exists for the language and ``Options.use_model`` is set, its
attributions are taken and the rule-found direct quotations it missed are merged in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from sumber import lang
from sumber.attribution_lexicon import Lexicon, Phrase, Window, lexicon
from sumber.model import Article, Attribution, Conduit, Cue, Source, Span
from sumber.quotes import Quote, find_quotes

_PUNCT_END = ".!?…"
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTE_CHARS = "\"'“”«»„"
_MAX_SENTENCE_TOKENS = 400
_MIN_MIXED = 3  # words a quoted fragment needs to make indirect content "mixed"


@dataclass(slots=True)
class _Found:
    """An attribution under construction (token-level facts kept for later rules)."""

    source: Source | None
    cue: Cue | None
    content: list[Span]
    kind: str
    stance: str
    via: list[Conduit] = field(default_factory=list)
    date: str | None = None
    anchor: int = 0  # offset used to find the statement date (the cue or the source)


def find_attributions(article: Article) -> Article:
    """Fill ``article.attributions``.

    Args:
        article: a segmented article (``tokens``, ``sentences``; ``times`` when available).

    Returns:
        The same article, with ``attributions`` in text order (ids ``a1``, ``a2``, ...).
    """
    article.attributions = []
    if not article.text or not article.language or article.language not in lang.available():
        return article
    rules = rule_attributions(article)
    options = article.meta.get("options")
    use_model = getattr(options, "use_model", True)
    found = rules
    if use_model:
        model = _model_attributions(article)
        if model is not None:
            found = _merge(model, [a for a in rules if a.kind in ("direct", "mixed")])
    found.sort(key=lambda a: (a.content_span[0], a.content_span[1]))
    for n, a in enumerate(found, 1):
        a.id = f"a{n}"
        if not a.text:
            a.text = " … ".join(article.text[s:e] for s, e in a.content_spans)
    article.attributions = found
    return article


def _model_attributions(article: Article) -> list[Attribution] | None:
    try:
        from sumber import attribution_model  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        if not attribution_model.available(article.language):
            return None
        return list(attribution_model.predict(article))
    except (AttributeError, NotImplementedError):
        return None


def _merge(model: list[Attribution], direct: list[Attribution]) -> list[Attribution]:
    """The model's attributions plus the rule-found quotes that overlap none of them."""
    out = list(model)
    spans = sorted(a.content_span for a in model)
    for a in direct:
        s, e = a.content_span
        if not any(ms < e and s < me for ms, me in spans):
            out.append(a)
    return out


def rule_attributions(article: Article) -> list[Attribution]:
    """Attributions found by the language-pack rules alone (no model).

    Args:
        article: a segmented article with ``language`` set to a language that has a pack.

    Returns:
        The attributions, in text order, ids not yet assigned.
    """
    pack = lang.get(article.language or "")
    lex = lexicon(pack.iso)
    if not article.tokens:
        return []
    win = Window(article, lex)
    return _Finder(article, win, lex, pack.QUOTE_PAIRS).run()


class _Finder:
    """All the rules over one article."""

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
        self.found: list[_Found] = []
        self.used_cues: set[int] = set()
        self.used_quotes: set[int] = set()

    # ----------------------------------------------------------------- helpers
    def _in_bp(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.bp)

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
        return Source(self.text[s:e], (s, e), anonymous=p.kind == "anonymous")

    def _cue_at(self, i: int, limit: int) -> tuple[int, str] | None:
        """(length, stance) of a reporting-verb cue at token ``i``."""
        w = self.win
        n = w.match(self.lex.verb_phrases, i, limit)
        if n:
            words = " ".join(w.low(i + k) for k in range(n))
            return n, self.lex.phrase_stances.get(words, "asserts")
        stance = self.lex.cue_stance(w.word(i))
        return (1, stance) if stance else None

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
        if e > s and text[e - 1] in _QUOTE_CHARS and text.count(text[e - 1], s, e) % 2:
            e -= 1
            while e > s and text[e - 1] in " ,;:":
                e -= 1
        return (s, e)

    def _add(self, f: _Found) -> None:
        self.found.append(f)

    # -------------------------------------------------------------- the rules
    def run(self) -> list[Attribution]:
        for k, q in enumerate(self.quotes):
            if k not in self.used_quotes:
                self._direct(k, q)
        self._indirect()
        self._continuations()
        self._carry_anonymous_via()
        self._dates()
        out = []
        for f in self.found:
            out.append(
                Attribution(
                    id="",
                    source=f.source,
                    cue=f.cue,
                    content_spans=f.content,
                    kind=f.kind,
                    via=f.via,
                    date=f.date,
                    stance=f.stance,
                )
            )
        return out

    def _direct(self, k: int, q: Quote) -> None:
        """A quotation with a cue after or before it."""
        w = self.win
        text = self.text
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
        post = self._post_cue(i, limit) if i < limit else None
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

    def _post_cue(self, i: int, limit: int) -> tuple[_Found, int] | None:
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
            else:
                p = w.forward(i + n, limit)
                if p is None:
                    return None
                src = self._source(p)
                after = p.j
            via = self._conduits_after(after, limit)
            self.used_cues.add(i)
            f = _Found(src, Cue(self.text[cs:ce], (cs, ce)), [], "direct", stance, via, None, cs)
            return f, after
        n = w.match(self.lex.according, i, limit)
        if n:
            p = w.forward(i + n, limit)
            if p is None:
                return None
            cs, ce = w.span(i, i + n)
            self.used_cues.add(i)
            f = _Found(self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "direct", "asserts",
                       self._conduits_after(p.j, limit), None, cs)
            return f, p.j
        p = w.forward(i, limit)
        if p is None:
            return None
        j = p.j
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
            if nxt != "," or not self._ends_soon(j + n + 1, limit):
                return None
        cs, ce = w.span(j, j + n)
        self.used_cues.add(j)
        via = self._conduits_after(j + n, limit)
        return _Found(self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "direct", stance,
                      via, None, cs), j + n

    def _ends_soon(self, i: int, limit: int) -> bool:
        return limit - i <= 4

    def _pre_cue(self, q: Quote) -> _Found | None:
        """``X mengatakan, ”…”``, ``Menurut X, ”…”``, ``X said: "…"`` before a quote."""
        w = self.win
        b = w.index(q.start) - 1
        sent = w.sentence(max(q.start - 1, 0))
        floor = w.index(sent[0])
        if b < 0 or b < floor - 1:
            return None
        floor = max(floor, b - 30)
        if w.low(b) in (",", ":"):
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
            return _Found(self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "direct",
                          cue[1], via, None, cs)
        # Menurut X, ”…”  /  kata X: "…"
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
                return _Found(self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "direct",
                              c[1] if c else "asserts", [], None, cs)
        return None

    def _subject(self, c: int, floor: int) -> tuple[Phrase | None, list[Conduit]]:
        """The source phrase before a cue verb at ``c``, and conduits before it."""
        w = self.win
        if w.low(c) in self.lex.passive:
            return None, []
        k = c - 1
        while k >= floor and w.low(k) in self.lex.adverbs:
            k -= 1
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
                if p is None or p.j != k:
                    return None, []
                return p, []
        p = w.backward(k, floor) or w.common_backward(k, floor)
        if p is None:
            return None, []
        via: list[Conduit] = []
        v = p.i - 1
        if v >= floor:
            for start in range(v, max(floor, v - 2) - 1, -1):
                n = w.match(self.lex.citing, start, v + 1)
                if n and start + n == v + 1:
                    cp = w.backward(start - 1, floor)
                    if cp is not None and cp.kind in ("name", "media"):
                        s, e = w.span(cp.i, cp.j)
                        via.append(Conduit(self.text[s:e], (s, e)))
                    break
        return p, via

    def _cue_inside(self, q: Quote) -> tuple[Span, _Found] | None:
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

    # ------------------------------------------------------------- indirect
    def _indirect(self) -> None:
        w = self.win
        lex = self.lex
        skip_to = 0
        for m in _WORD_RE.finditer(w.lower):
            lw = m.group() if w.same_length else m.group().lower()
            if lw not in lex.first_words:
                continue
            i = w.index(m.start())
            if i < skip_to or i in self.used_cues or i >= len(w.tokens):
                continue
            s0 = w.tokens[i][0]
            if s0 != m.start() or self._quote_at(s0) >= 0 or self._in_bp(s0):
                continue
            sent = w.sentence(s0)
            floor = w.index(sent[0])
            limit = min(w.index(sent[1]), floor + _MAX_SENTENCE_TOKENS)
            n = w.match(lex.according, i, limit) or (lw in lex.according_clitic)
            if n:
                self._according(i, n, sent, floor, limit)
                skip_to = i + n
                continue
            cue = self._cue_at(i, limit)
            if cue is None:
                continue
            n, stance = cue
            if not self._inverted(i, n, stance, sent, floor, limit):
                self._subject_verb(i, n, stance, sent, floor, limit)
            skip_to = i + n

    def _content_after(self, j: int, sent: Span, limit: int) -> Span | None:
        """The content from token ``j`` to the end of the sentence."""
        w = self.win
        if j >= limit:
            return None
        s = w.tokens[j][0]
        e = sent[1]
        while e > s and self.text[e - 1] in _PUNCT_END + " ":
            e -= 1
        return (s, e) if e > s else None

    def _content_start(self, j: int, limit: int) -> int | None:
        """Where an indirect content begins after a cue ending before token ``j``."""
        w = self.win
        lex = self.lex
        if j >= limit:
            return None
        for x in range(j, min(limit, j + 10)):
            lx = w.low(x)
            if lx in lex.complementizers:
                return x + 1
            if lx in ".;" or (lx == "," and x > j):
                break
        first = w.low(j)
        if first in (",", ":"):
            return j + 1
        if first in lex.clause_starters or first in lex.pronouns:
            return j
        if first not in lex.adjunct_starters and first[:1].isalnum():
            if lex.bare_clause or w.word(j)[:1].isupper():
                return j
        if first in lex.adjunct_starters:
            for x in range(j + 1, min(limit, j + 14)):
                if w.low(x) == ",":
                    return x + 1
                if w.low(x) in ".;":
                    break
        return None

    def _finish(self, content: Span, f: _Found) -> None:
        """Set kind direct/mixed/indirect from the quotes in ``content`` and add ``f``."""
        s, e = content
        k = bisect_right(self.qstarts, s) - 1
        k = max(k, 0)
        mixed = False
        while k < len(self.quotes) and self.quotes[k].start < e:
            q = self.quotes[k]
            if q.end > s:
                if q.start <= s + 1 and q.end >= e - 1:
                    return  # the whole content is a quotation: a direct one
                if k in self.used_quotes:
                    e = min(e, q.start)
                else:
                    # a quoted term or title ("program ”Jembatan Udara”") is no quotation
                    mixed = mixed or len(self.text[q.inner[0] : q.inner[1]].split()) >= _MIN_MIXED
                    self.used_quotes.add(k)
                    if self.text[q.end - 2 : q.end - 1] == "," and q.end < e:
                        e = q.end
            k += 1
        while e > s and self.text[e - 1] in " ,;":
            e -= 1
        if e <= s:
            return
        if mixed and f.kind == "indirect":
            f.kind = "mixed"
        f.content = [(s, e)]
        self._add(f)

    def _according(self, i: int, n: int, sent: Span, floor: int, limit: int) -> None:
        w = self.win
        cs, ce = w.span(i, i + n)
        cue = Cue(self.text[cs:ce], (cs, ce))
        if n == 1 and w.low(i) in self.lex.according_clitic:
            clit = self.lex.clitic_of(w.low(i))
            src = self._source(None, (ce - clit, ce))
            after = i + 1
            via: list[Conduit] = []
        else:
            p = w.forward(i + n, limit) or w.common_forward(i + n, limit)
            if p is None:
                return
            src = self._source(p)
            after = p.j
            via = self._conduits_after(p.j, limit)
        f = _Found(src, cue, [], "according_to", "asserts", via, None, cs)
        nxt = w.low(after) if after < limit else "."
        before_comma = i > floor and w.low(i - 1) == ","
        if nxt == "," and not before_comma:
            content = self._content_after(after + 1, sent, limit)
            if content:
                self._finish(content, f)
            return
        if before_comma:
            head = (sent[0], w.tokens[i - 1][0])
            if nxt == ",":
                tail = self._content_after(after + 1, sent, limit)
                if tail and head[1] > head[0]:
                    f.content = [head, tail]
                    self._add(f)
            elif nxt in _PUNCT_END or after >= limit:
                self._finish(head, f)

    def _inverted(self, i: int, n: int, stance: str, sent: Span, floor: int, limit: int) -> bool:
        """``content, kata X.`` and ``…, kata X, …`` (and ``, X said.``)."""
        w = self.win
        if i <= floor:
            return False
        clit = self.lex.clitic(w.word(i)) if n == 1 else 0
        if w.low(i - 1) == ",":
            comma = i - 1
            if clit:
                cs, ce = w.span(i, i + 1)
                src = self._source(None, (ce - clit, ce))
                after = i + 1
            else:
                p = w.forward(i + n, limit)
                if p is None:
                    return False
                src = self._source(p)
                after = p.j
            cs, ce = w.span(i, i + n)
        else:
            p = w.backward(i - 1, floor)
            if p is None or p.i <= floor or w.low(p.i - 1) != ",":
                return False
            comma = p.i - 1
            src = self._source(p)
            after = i + n
            cs, ce = w.span(i, i + n)
        after_via = after
        via = self._conduits_after(after, limit)
        if via:
            after_via = w.index(via[-1].span[1])  # type: ignore[index]
        while after_via < limit and w.low(after_via) not in ",." and after_via - after < 8:
            after_via += 1
        nxt = w.low(after_via) if after_via < limit else "."
        head = (sent[0], w.tokens[comma][0])
        if self.text[head[0]] in "\"'“”«»„":
            return False
        f = _Found(src, Cue(self.text[cs:ce], (cs, ce)), [], "indirect", stance, via, None, cs)
        if nxt == "," and after_via + 1 < limit:
            tail = self._content_after(after_via + 1, sent, limit)
            if tail is None:
                return False
            f.content = [head, tail]
            self._add(f)
            return True
        if nxt in _PUNCT_END or after_via >= limit:
            self._finish(head, f)
            return True
        return False

    def _subject_verb(self, i: int, n: int, stance: str, sent: Span, floor: int, limit: int) -> None:
        w = self.win
        p, via = self._subject(i, floor)
        if p is None:
            return
        start = self._content_start(i + n, limit)
        if start is None:
            return
        content = self._content_after(start, sent, limit)
        if content is None:
            return
        cs, ce = w.span(i, i + n)
        via += self._conduits_after(i + n, min(limit, start))
        f = _Found(self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "indirect", stance,
                   via, None, cs)
        self._finish(content, f)

    # ---------------------------------------------------------- after-passes
    def _continuations(self) -> None:
        """A sentence-opening quotation with no cue right after an attribution continues it."""
        if not self.found:
            return
        w = self.win
        order = sorted(self.found, key=lambda f: f.content[-1][1])
        ends = [f.content[-1][1] for f in order]
        for k, q in enumerate(self.quotes):
            if k in self.used_quotes:
                continue
            b = w.index(q.start) - 1
            if b >= 0 and w.low(b) not in _PUNCT_END and "\n" not in self.text[w.tokens[b][1] : q.start]:
                continue
            if len(self.text[q.inner[0] : q.inner[1]].split()) < 4:
                continue
            x = bisect_right(ends, q.start) - 1
            if x < 0:
                continue
            prev = order[x]
            gap = self.text[ends[x] : q.start]
            if gap.count("\n") > 1 or len(gap) > 300 or prev.source is None:
                continue
            self.used_quotes.add(k)
            self._add(_Found(prev.source, None, [q.inner], "direct", prev.stance, list(prev.via),
                             None, q.start))

    def _carry_anonymous_via(self) -> None:
        """``sumber tersebut``/``the source`` takes the conduits of the anonymous source before."""
        last: _Found | None = None
        for f in sorted(self.found, key=lambda f: f.content[0][0]):
            if f.source is None or not f.source.anonymous:
                continue
            words = set(f.source.text.lower().split())
            if last is not None and not f.via and words & self.lex.anaphoric:
                f.via = list(last.via)
            last = f

    def _dates(self) -> None:
        """The time expression of the cue's sentence, outside the content, dates the saying."""
        times = [t for t in self.article.times if t.value]
        if not times:
            return
        w = self.win
        for f in self.found:
            if f.cue is None:
                continue
            sent = w.sentence(f.anchor)
            best = None
            for t in times:
                s, e = t.span
                if not (sent[0] <= s and e <= sent[1]):
                    continue
                if any(cs <= s < ce for cs, ce in f.content) or self._quote_at(s) >= 0:
                    continue
                if t.grain in ("duration",):
                    continue
                d = abs(s - f.anchor)
                if best is None or d < best[0]:
                    best = (d, t.value)
            if best is not None:
                f.date = best[1]
