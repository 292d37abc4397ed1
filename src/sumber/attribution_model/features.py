"""Token features for the attribution tagger, shared by training and prediction.

A *unit* is one paragraph of article text (sentences between line breaks,
boilerplate left out): PolNeAR contents often run over several sentences but
almost never over a paragraph break. Each token gets binary features:

* word-type features, computed once per distinct token string and cached:
  lower-cased word, suffix, shape and lexicon classes (reporting verb and its
  stance, learned cue word, "according to", pronoun, title, role noun, media,
  anonymous-source word, quotation mark), for the token and its neighbours
  at -2..+2;
* context features: inside-quotation state, sentence start/end, sentence
  index in the paragraph, direction and distance to the nearest cue word in
  the sentence, whether the sentence has a quotation or a colon.

Feature strings are kept short: they are built for every token and their
construction is the tagger's main cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sumber.lang import LanguagePack
from sumber.model import Span

OPEN_QUOTES = frozenset("\u201c\u00ab\u201e\u2018")
CLOSE_QUOTES = frozenset("\u201d\u00bb\u2019")
SYMMETRIC_QUOTES = frozenset('"')
_OFFSETS = (-2, -1, 1, 2)
_MAX_CACHE = 200_000


@dataclass
class Lexicon:
    """Word classes the features look up, built from a language pack."""

    classes: dict[str, str]  # lower-cased word -> short class code
    starts: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (phrase, class)
    cues: frozenset[str]  # words that are often cues (pack verbs + learned)
    cue_ids: dict[str, int]  # cue word -> code (2...; 1 is "according to")
    phrase_codes: dict[str, int]  # class code -> code of a phrase's first word (+1: later words)
    cache: dict[str, tuple[list[str], ...]] = field(default_factory=dict)

    @classmethod
    def from_pack(cls, pack: LanguagePack, learned_cues: Iterable[str] = ()) -> Lexicon:
        """Collect the word lists of ``pack`` (and cue words learned from data)."""
        classes: dict[str, str] = {}
        starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}

        def add(words: Iterable[str], code: str) -> None:
            for w in words:
                parts = tuple(w.lower().split())
                if not parts:
                    continue
                if len(parts) == 1:
                    classes.setdefault(parts[0], code)
                else:
                    starts.setdefault(parts[0], []).append((parts, code))

        add([w for w, s in pack.REPORTING_VERBS.items() if s == "denies"], "vd")
        add([w for w, s in pack.REPORTING_VERBS.items() if s == "hedges"], "vh")
        add(pack.REPORTING_VERBS, "v")
        add(pack.ACCORDING_TO, "at")
        add(pack.CITING_VERBS, "ci")
        add(pack.ANONYMOUS_SOURCES, "an")
        add(pack.PRONOUNS, "pr")
        add(pack.TITLES, "ti")
        add(pack.ROLE_NOUNS, "ro")
        add(pack.KNOWN_MEDIA, "me")
        add(pack.MEDIA_WORDS, "mw")
        add(pack.ORG_WORDS, "or")
        add(pack.HEDGE_MARKERS, "hm")
        add(pack.NEGATIONS, "ng")
        for v in starts.values():
            v.sort(key=lambda pc: -len(pc[0]))
        cues = {w for w in pack.REPORTING_VERBS if " " not in w}
        cues.update(learned_cues)
        phrase_codes = {"at": 1}
        for v in starts.values():
            for _parts, code in v:
                phrase_codes.setdefault(code, 2 * len(phrase_codes) + 1)
        cue_ids = {w: i for i, w in enumerate(sorted(cues), 2)}
        return cls(classes, starts, frozenset(cues), cue_ids, phrase_codes)

    def word_features(self, tok: str) -> tuple[list[str], ...]:
        """Features of one token string: (own, at -2, at -1, at +1, at +2)."""
        hit = self.cache.get(tok)
        if hit is not None:
            return hit
        low = tok.lower()
        cls = self.classes.get(low)
        c = tok[0]
        if c.isalpha():
            if tok.isupper() and len(tok) > 1:
                shape = "X"
            elif c.isupper():
                shape = "Xx"
            else:
                shape = "x"
        elif c.isdigit():
            shape = "d"
        elif c in OPEN_QUOTES:
            shape = "qo"
        elif c in CLOSE_QUOTES:
            shape = "qc"
        elif c in SYMMETRIC_QUOTES:
            shape = "qs"
        else:
            shape = c
        cue = "1" if low in self.cues else "0"
        stem = low
        if len(low) > 4:
            for suf in ("ing", "ed", "es", "s"):
                if low.endswith(suf):
                    stem = low[: -len(suf)]
                    break
        own = ["w" + low, "s" + low[-3:], "h" + shape, "c" + cue, "t" + stem]
        if cls:
            own.append("l" + cls)
        out: list[list[str]] = [own]
        for k in _OFFSETS:
            p = str(k)
            f = [p + "w" + low, p + "h" + shape]
            if k in (-1, 1):
                f.append(p + "t" + stem)
            if cue == "1":
                f.append(p + "c")
            if cls:
                f.append(p + "l" + cls)
            out.append(f)
        res = tuple(out)
        if len(self.cache) > _MAX_CACHE:
            self.cache.clear()
        self.cache[tok] = res
        return res


# distance (tokens) -> bucket code: 1, 2-3, 4-7, 8-15, more
_BUCKET = [1, 1, 2, 2, 3, 3, 3, 3] + [4] * 8


def _bucket(d: int) -> int:
    return _BUCKET[d] if d < 16 else 5


# context slots: each token has one integer code per slot; the feature is slot + code
SLOTS = ("q", "S", "I", "L", "R", "b", "u", "p", "Q", "Lc", "Rc", "A", "X", "N")


def unit_codes(
    strs: Sequence[str], sent_ids: Sequence[int], lex: Lexicon
) -> list[list[int]]:
    """Context codes of one unit's tokens, one list per slot of :data:`SLOTS`.

    Args:
        strs: the unit's token strings.
        sent_ids: for each token, the index of its sentence within the unit.
        lex: the lexicon.

    Returns:
        ``codes[slot][token]``: quotation state (q), sentence facts bit mask (S:
        quotation, colon, cue word), sentence index (I), distance bucket to the
        nearest cue word on the left (L) and right (R) in the sentence, sentence
        start/end (b), unit start/end (u), multi-word lexicon phrase (p),
        quotation state crossed with sentence facts (Q), the nearest cue word
        itself on the left (Lc) and right (Rc), a quotation closed before /
        opened after the token in its sentence (A), L crossed with R (X), and
        a cue word in a later / earlier sentence of the unit (N).
    """
    n = len(strs)
    lows = [t.lower() for t in strs]
    cues = lex.cues
    # multi-word lexicon phrases ("according to", "people familiar")
    phrase = [0] * n
    starts = lex.starts
    codes = lex.phrase_codes
    for i, low in enumerate(lows):
        cands = starts.get(low)
        if cands:
            for parts, code in cands:
                m = len(parts)
                if tuple(lows[i : i + m]) == parts:
                    c = codes[code]
                    phrase[i] = c
                    for j in range(i + 1, i + m):
                        phrase[j] = c + 1
                    break
    at_b = codes["at"]
    cue_ids = lex.cue_ids
    cid = [cue_ids.get(w, 0) for w in lows]
    for i, c in enumerate(phrase):
        if c == at_b:
            cid[i] = 1
    # quotation state: 0 outside, 1 inside, 2 opening mark, 3 closing mark
    inq = [0] * n
    state = 0
    for i, t in enumerate(strs):
        c = t[0]
        if c in OPEN_QUOTES and len(t) == 1:
            state = 1
            inq[i] = 2
        elif c in CLOSE_QUOTES and len(t) == 1:
            inq[i] = 3
            state = 0
        elif c in SYMMETRIC_QUOTES:
            state = 1 - state
            inq[i] = 2 if state else 3
        else:
            inq[i] = state
    sfacts = [0] * n
    sidx = [0] * n
    left = [0] * n
    right = [0] * n
    bound = [0] * n
    lcue = [0] * n
    rcue = [0] * n
    aq = [0] * n
    sent_cue: list[tuple[int, int, bool]] = []
    i = 0
    while i < n:
        sid = sent_ids[i]
        j = i
        while j < n and sent_ids[j] == sid:
            j += 1
        cue_pos = [k for k in range(i, j) if cid[k]]
        sent_cue.append((i, j, bool(cue_pos)))
        f = 4 if cue_pos else 0
        for k in range(i, j):
            if inq[k] >= 2:
                f |= 1
                break
        for k in range(i, j):
            if strs[k] == ":":
                f |= 2
                break
        si = sid if sid < 3 else 3
        last = -1
        closed = 0
        for k in range(i, j):
            sfacts[k] = f
            sidx[k] = si
            aq[k] = closed
            if inq[k] == 3:
                closed = 1
            if last >= 0:
                left[k] = _bucket(k - last)
                lcue[k] = cid[last]
            if cid[k]:
                last = k
        last = -1
        opened = 0
        for k in range(j - 1, i - 1, -1):
            aq[k] |= opened
            if inq[k] == 2:
                opened = 2
            if last >= 0:
                right[k] = _bucket(last - k)
                rcue[k] = cid[last]
            if cid[k]:
                last = k
        bound[i] = 1
        bound[j - 1] |= 2
        i = j
    ubound = [0] * n
    if n:
        ubound[0] = 1
        ubound[-1] |= 2
    cross = [q * 8 + f for q, f in zip(inq, sfacts, strict=True)]
    lr = [a * 6 + b for a, b in zip(left, right, strict=True)]
    near = [0] * n
    if len(sent_cue) > 1:
        before = False
        for a, b, has in sent_cue:
            if before:
                for k in range(a, b):
                    near[k] = 2
            before = before or has
        after = False
        for a, b, has in reversed(sent_cue):
            if after:
                for k in range(a, b):
                    near[k] |= 1
            after = after or has
    return [inq, sfacts, sidx, left, right, bound, ubound, phrase, cross, lcue, rcue, aq, lr, near]


def according_flags(codes: list[list[int]], lex: Lexicon) -> list[bool]:
    """Per token, whether it starts an "according to" phrase (from :func:`unit_codes`)."""
    at_b = lex.phrase_codes["at"]
    return [c == at_b for c in codes[SLOTS.index("p")]]


def unit_features(
    text: str, tokens: Sequence[Span], sent_ids: Sequence[int], lex: Lexicon
) -> list[list[str]]:
    """Feature strings for the tokens of one unit (what the CRF is trained on).

    Args:
        text: the article text.
        tokens: the unit's token spans, in order.
        sent_ids: for each token, the index of its sentence within the unit.
        lex: the lexicon.

    Returns:
        One list of feature strings per token.
    """
    n = len(tokens)
    strs = [text[s:e] for s, e in tokens]
    wf = [lex.word_features(t) for t in strs]
    cols = unit_codes(strs, sent_ids, lex)
    out: list[list[str]] = []
    for k in range(n):
        f = wf[k][0] + [s + str(c[k]) for s, c in zip(SLOTS, cols, strict=True)]
        if k >= 2:
            f += wf[k - 2][1]
        if k >= 1:
            f += wf[k - 1][2]
        if k + 1 < n:
            f += wf[k + 1][3]
        if k + 2 < n:
            f += wf[k + 2][4]
        out.append(f)
    return out


def units(
    text: str,
    sentences: Sequence[Span],
    tokens: Sequence[Span],
    skip: Sequence[Span] = (),
) -> list[tuple[list[Span], list[int]]]:
    """Group tokens into paragraph units.

    Args:
        text: the article text.
        sentences: sentence spans, in order.
        tokens: token spans, in order.
        skip: spans (boilerplate) whose sentences are left out.

    Returns:
        For each unit, its token spans and each token's sentence index in the unit.
    """
    out: list[tuple[list[Span], list[int]]] = []
    cur_toks: list[Span] = []
    cur_sids: list[int] = []
    sid = -1
    prev_end = 0
    ti = 0
    nt = len(tokens)
    skip = sorted(skip)
    for s, e in sentences:
        if skip and any(bs <= s and e <= be for bs, be in skip):
            continue
        if cur_toks and "\n" in text[prev_end:s]:
            out.append((cur_toks, cur_sids))
            cur_toks, cur_sids, sid = [], [], -1
        sid += 1
        while ti < nt and tokens[ti][0] < s:
            ti += 1
        while ti < nt and tokens[ti][1] <= e:
            cur_toks.append(tokens[ti])
            cur_sids.append(sid)
            ti += 1
        prev_end = e
    if cur_toks:
        out.append((cur_toks, cur_sids))
    return out
