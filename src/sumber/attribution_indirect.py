"""Attribution rules, part 2: reported speech without quotation marks.

``X <verb> [that|,] content`` (the subject found backwards over titles, role nouns and names,
a relative clause or an apposition, and a citing verb before it giving a conduit), inverted
``content, kata X.`` and parenthetical ``…, kata X, …``, and ``according to`` in its three
places. Content with a quotation inside is ``mixed``. See :mod:`sumber.attributions`.
"""

from __future__ import annotations

from bisect import bisect_right

from sumber.attribution_direct import PUNCT_END, Found, RulesBase
from sumber.attribution_lexicon import Phrase
from sumber.model import Conduit, Cue, Span

_MAX_SENTENCE_TOKENS = 400
_MIN_MIXED = 3  # words a quoted fragment needs to make indirect content "mixed"


class IndirectRules(RulesBase):
    """Indirect, mixed and according-to attributions."""

    def _indirect(self) -> None:
        w = self.win
        lex = self.lex
        skip_to = 0
        for m in lex.first_regex.finditer(w.lower):
            lw = m.group()
            i = w.index(m.start())
            if i < skip_to or i in self.used_cues or i >= len(w.tokens):
                continue
            s0 = w.tokens[i][0]
            if s0 != m.start() or self._quote_at(s0) >= 0 or self._in_bp(s0):
                continue
            sent = w.sentence(s0)
            floor = w.index(sent[0])
            limit = w.index(sent[1])
            if limit - floor > _MAX_SENTENCE_TOKENS:
                continue  # no sentence structure here (a list, a run-on without stops)
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

    def _back_references(self) -> None:
        """``Об этом сообщил X.``, ``Das teilte X mit.``: X said what the sentence before says."""
        w = self.win
        lex = self.lex
        if not lex.back_references:
            return
        for k in range(1, len(w.sentences)):
            s0, e0 = w.sentences[k]
            i = w.index(s0)
            limit = w.index(e0)
            n = w.match(lex.back_references, i, limit) if i < limit else 0
            if not n or self._in_bp(s0):
                continue
            j = i + n
            while j < limit and w.low(j) in lex.adverbs:
                j += 1
            cue = self._cue_at(j, limit) if j < limit else None
            if cue is None or j in self.used_cues:
                continue
            p = w.forward(j + cue[0], limit) or w.common_forward(j + cue[0], limit)
            if p is None:
                continue
            ps, pe = w.sentences[k - 1]
            if self._in_bp(ps) or self.text.count("\n", pe, s0) > 1:
                continue
            while pe > ps and self.text[pe - 1] in PUNCT_END + " ":
                pe -= 1
            if pe <= ps:
                continue
            cs, ce = w.span(j, j + cue[0])
            self.used_cues.add(j)
            via = self._conduits_after(p.j, limit)
            f = Found(
                self._source(p),
                Cue(self.text[cs:ce], (cs, ce)),
                [],
                "indirect",
                cue[1],
                via,
                None,
                cs,
            )
            self._finish((ps, pe), f)

    def _content_after(self, j: int, sent: Span, limit: int) -> Span | None:
        """The content from token ``j`` to the end of the sentence."""
        w = self.win
        if j >= limit:
            return None
        s = w.tokens[j][0]
        e = sent[1]
        while e > s and self.text[e - 1] in PUNCT_END + " ":
            e -= 1
        return (s, e) if e > s else None

    def _content_start(self, j: int, limit: int, stance: str = "asserts") -> int | None:
        """Where an indirect content begins after a cue ending before token ``j``.

        Denying and reporting cues take a bare clause, after a report noun if there is
        one ("membantah laporan X menelepon Y", "denied reports X called Y").
        """
        w = self.win
        lex = self.lex
        if j >= limit:
            return None
        strong = stance in ("denies", "reports")
        # a time right after the cue ("a démenti lundi ces informations", "negó el lunes …")
        x = j + 1 if w.low(j) in lex.determiners and j + 1 in w.time_tokens else j
        if x in w.time_tokens:
            while x < limit and x in w.time_tokens:
                x += 1
            if x < limit and w.low(x) not in ",.;:":
                j = x
        if strong and w.low(j) in lex.report_nouns and j + 1 < limit:
            j += 1
            if w.low(j) in lex.complementizers and j + 1 < limit:
                return j + 1
            # "menyangkal kabar yang menyebutkan …", "denied reports which said …"
            cue = self._cue_at(j + 1, limit) if w.low(j) in lex.relativizers else None
            if cue is not None and j + 1 + cue[0] < limit:
                j += 1 + cue[0]
                if w.low(j) in lex.complementizers and j + 1 < limit:
                    return j + 1
        for x in range(j, min(limit, j + 10)):
            lx = w.low(x)
            if lx in lex.complementizers:
                return x + 1
            if x > j and lx in lex.cue_words:
                break  # "negó la dimisión y dijo que …": the "que" is the next cue's
            if lx == "," and x > j and x - j <= 3 and x + 1 < limit:
                if w.low(x + 1) in lex.complementizers:  # "wies darauf hin, dass …"
                    return x + 2
            if lx in ".;" or (lx == "," and x > j):
                break
        first = w.low(j)
        if first in (",", ":"):
            return j + 1
        if first in lex.clause_starters or first in lex.pronouns:
            return j
        if first not in lex.adjunct_starters and first[:1].isalnum():
            if lex.bare_clause or strong or w.word(j)[:1].isupper():
                return j
        if first in lex.adjunct_starters:
            for x in range(j + 1, min(limit, j + 14)):
                if w.low(x) == ",":
                    if x + 1 < limit and w.low(x + 1) in lex.complementizers:
                        return x + 2  # "заявил журналистам, что …"
                    return x + 1
                if w.low(x) in ".;":
                    break
        return None

    def _finish(self, content: Span, f: Found) -> None:
        """Set kind direct/mixed/indirect from the quotes in ``content`` and add ``f``."""
        s, e = content
        k = bisect_right(self.qstarts, s) - 1
        k = max(k, 0)
        mixed = False
        while k < len(self.quotes) and self.quotes[k].start < e:
            q = self.quotes[k]
            if q.end > s and k not in self.name_quotes:
                if q.start <= s + 1 and q.end >= e - 1:
                    return  # the whole content is a quotation: a direct one
                if k in self.used_quotes:
                    e = min(e, q.start)
                else:
                    # a quoted term or title ("program ”Jembatan Udara”") is no quotation
                    words = len(self.text[q.inner[0] : q.inner[1]].split())
                    mixed = mixed or (words >= _MIN_MIXED and not self._is_title(q.start))
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
            x = i + n
            if x < limit and w.low(x) in self.lex.determiners:
                x += 1
            if x < limit and w.low(x) in self.lex.relativizers:
                return  # "según las cuales …": a relative clause, not a source
            p = w.forward(i + n, limit) or w.common_forward(i + n, limit)
            if p is not None and p.j < limit and self._cue_at(p.j, limit) is not None:
                return  # "unter Berufung auf X schrieb …": the cue's own rule takes it
            if p is not None and i == floor and p.j < limit and w.low(p.j) not in ",.;:":
                # "Nach Angaben des Kremls haben X und Y …": no comma after the source
                content = self._content_after(p.j, sent, limit)
                if content:
                    cs, ce = w.span(i, i + n)
                    f = Found(
                        self._source(p),
                        Cue(self.text[cs:ce], (cs, ce)),
                        [],
                        "according_to",
                        "asserts",
                        self._conduits_after(p.j, limit),
                        None,
                        cs,
                    )
                    self._finish(content, f)
                return
            if p is None or (p.j < limit and w.low(p.j) not in ",.;"):
                # "according to exit polls taken last week, …": the source runs to the comma
                p = w.until_punct(i + n, limit) or p
            if p is None:
                return
            src = self._source(p)
            after = p.j
            via = self._conduits_after(p.j, limit)
        f = Found(src, cue, [], "according_to", "asserts", via, None, cs)
        nxt = w.low(after) if after < limit else "."
        before_comma = i > floor and w.low(i - 1) == ","
        if nxt == "," and not before_comma:
            content = self._content_after(after + 1, sent, limit)
            if content:
                self._finish(content, f)
            return
        if before_comma:
            head = (sent[0], w.tokens[i - 1][0])
            if nxt == "," and after + 1 < limit and w.low(after + 1) in self.lex.relativizers:
                self._finish(head, f)  # "…, selon X, qui cite …": the clause is about X
            elif nxt == ",":
                tail = self._content_after(after + 1, sent, limit)
                if tail and head[1] > head[0]:
                    f.content = [head, tail]
                    self._add(f)
            elif nxt in PUNCT_END or after >= limit:
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
            if p is not None and p.i > floor and w.low(p.i - 1) in self.lex.determiners:
                p = Phrase(p.i - 1, p.j, p.kind)  # ", her spokesman X said"
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
        # a short adjunct after the source or cue ("kata X di Jakarta, ...", "said on Friday.")
        reach = 8 if w.low(i - 1) == "," else 4
        if after_via < limit and not (
            w.low(after_via) in self.lex.adjunct_starters or after_via in w.time_tokens
        ):
            reach = 0
        while after_via < limit and after_via - after < reach:
            # a short adjunct after the source ("kata X di Jakarta, ...")
            lx = w.low(after_via)
            if lx in ",." or lx in self.lex.complementizers:
                break
            after_via += 1
        nxt = w.low(after_via) if after_via < limit else "."
        head = (sent[0], w.tokens[comma][0])
        if self.text[head[0]] in "\"'“”«»„":
            return False
        f = Found(src, Cue(self.text[cs:ce], (cs, ce)), [], "indirect", stance, via, None, cs)
        if nxt == "," and after_via + 1 < limit:
            tail = self._content_after(after_via + 1, sent, limit)
            if tail is None:
                return False
            f.content = [head, tail]
            self._add(f)
            return True
        if nxt in PUNCT_END or after_via >= limit:
            self._finish(head, f)
            return True
        return False

    def _subject_verb(
        self, i: int, n: int, stance: str, sent: Span, floor: int, limit: int
    ) -> None:
        w = self.win
        p, via = self._subject(i, floor)
        if p is None:
            return
        start = self._content_start(i + n, limit, stance)
        if start is None:
            return
        content = self._content_after(start, sent, limit)
        if content is None:
            return
        cs, ce = w.span(i, i + n)
        via += self._conduits_after(i + n, min(limit, start))
        second = self._second_cue(start, w.index(content[1]))
        if second is not None:
            # "X negó … y dijo que …": two statements of one source, cut at the second cue
            k, c, c_n, k_stance, k_start = second
            e = w.tokens[k][0]
            while e > content[0] and self.text[e - 1] in " ,;":
                e -= 1
            rest = self._content_after(k_start, sent, limit)
            if rest is not None:
                ks, ke = w.span(c, c + c_n)
                self.used_cues.add(c)
                self._finish(
                    rest,
                    Found(
                        self._source(p),
                        Cue(self.text[ks:ke], (ks, ke)),
                        [],
                        "indirect",
                        k_stance,
                        list(via),
                        None,
                        ks,
                    ),
                )
            content = (content[0], e)
            if e <= content[0]:
                return
        f = Found(
            self._source(p), Cue(self.text[cs:ce], (cs, ce)), [], "indirect", stance, via, None, cs
        )
        self._finish(content, f)
        other = self._coordinated(p, floor)
        if other is not None and f in self.found:
            # "X and Y reported that …": Y's statement too
            src = self._source(other)
            self._add(Found(src, f.cue, list(f.content), f.kind, stance, [], None, cs))

    def _coordinated(self, p: Phrase, floor: int) -> Phrase | None:
        """The first conjunct of a coordinated named source ("X dan Y melaporkan"), or None."""
        w = self.win
        k = p.i - 1
        if k <= floor or w.low(k) not in self.lex.conjunctions or p.kind not in ("name", "media"):
            return None
        q = w.backward(k - 1, floor)
        return q if q is not None and q.kind in ("name", "media") else None

    def _second_cue(self, j: int, end: int) -> tuple[int, int, int, str, int] | None:
        """A coordinated second cue in a content: ``and``/``y``/``und`` + cue + ``that``/``,``.

        Returns (conjunction token, cue token, cue length, cue stance, content start token).
        """
        w = self.win
        lex = self.lex
        for x in range(j + 1, end - 2):
            if w.low(x) not in lex.breakers or self._quote_at(w.tokens[x][0]) >= 0:
                continue
            c = x + 1
            while c < end and w.low(c) in lex.adverbs:
                c += 1
            cue = self._cue_at(c, end) if c < end else None
            if cue is None or w.low(c) in lex.passive:
                continue
            nxt = c + cue[0]
            if nxt < end and (w.low(nxt) in lex.complementizers or w.low(nxt) in (",", ":")):
                return x, c, cue[0], cue[1], nxt + 1
        return None
