"""Fast CRF inference with numpy from a crfsuite model's weights.

crfsuite's own tagger spends most of its time converting Python feature
strings. Here the weights are read once (``Tagger.info()``) and arranged so
that a token's score is a few array lookups: every distinct token string gets
five precomputed score vectors (as the token itself and as the neighbour at
-2, -1, +1, +2), and every context slot (see :data:`features.SLOTS`) a small
table indexed by its code. Viterbi runs over all units of an article at once.
The result equals crfsuite's tagging (same features, same weights).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from sumber.attribution_model.features import SLOTS, Lexicon, Prepared

_MAX_WORDS = 60_000  # cached token strings (5 x labels floats each)


class CRFModel:
    """A linear-chain CRF's weights, ready for tagging."""

    def __init__(self, path: str, lex: Lexicon) -> None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        self.labels: list[str] = list(tagger.labels())
        lab = {x: i for i, x in enumerate(self.labels)}
        n = len(self.labels)
        self.trans = np.zeros((n, n), dtype=np.float64)
        for (a, b), w in info.transitions.items():
            self.trans[lab[a], lab[b]] = w
        ids: dict[str, int] = {}
        for attr, _label in info.state_features:
            ids.setdefault(attr, len(ids))
        weights = np.zeros((len(ids) + 1, n), dtype=np.float64)  # last row: unknown feature
        for (attr, label), w in info.state_features.items():
            weights[ids[attr], lab[label]] = w
        tagger.close()
        self.ids = ids
        self.weights = weights
        self.unknown = len(ids)
        self.trans_t = np.ascontiguousarray(self.trans.T)
        self.lex = lex
        self.n = n
        self.o_bias = 0.0  # subtracted from the "O" score: > 0 trades precision for recall
        # context slot tables: codes are small non-negative integers
        self.tables: list[np.ndarray] = []
        for slot in SLOTS:
            codes = [
                int(a[len(slot) :]) for a in ids if a.startswith(slot) and a[len(slot) :].isdigit()
            ]
            # one row per code, and a last zero row for codes the model never saw
            table = np.zeros((max(codes, default=0) + 2, n), dtype=np.float64)
            for c in codes:
                table[c] = weights[ids[slot + str(c)]]
            self.tables.append(table)
        self._slot_table = np.concatenate(self.tables)
        sizes = [len(t) for t in self.tables]
        self._slot_offset = np.cumsum([0] + sizes[:-1])[:, None]
        self._slot_max = np.array(sizes)[:, None] - 1
        # word pairs: "^a b" scores the token b, "$a b" scores the token a
        self.pair_end = {a[1:]: i for a, i in ids.items() if a[0] == "^"}
        self.pair_start = {a[1:]: i for a, i in ids.items() if a[0] == "$"}
        self._rows: dict[str, int] = {}
        self._words = np.zeros((1024, 5, n), dtype=np.float64)

    def _add_rows(self, toks: list[str]) -> None:
        """Precompute the five score vectors of each new token string."""
        r0 = len(self._rows)
        need = r0 + len(toks)
        if need > len(self._words):
            size = len(self._words)
            while size < need:
                size *= 2
            grown = np.zeros((size, 5, self.n), dtype=np.float64)
            grown[:r0] = self._words[:r0]
            self._words = grown
        get = self.ids.get
        unk = self.unknown
        flat: list[int] = []
        bounds: list[int] = []
        wf = self.lex.word_features
        for t in toks:
            for fs in wf(t):
                bounds.append(len(flat))
                flat += [get(f, unk) for f in fs]
        sums = np.add.reduceat(self.weights[flat], bounds, axis=0)
        self._words[r0:need] = sums.reshape(len(toks), 5, self.n)
        rows = self._rows
        for i, t in enumerate(toks):
            rows[t] = r0 + i

    def tag(self, prep: Prepared) -> list[list[str]]:
        """Best label sequence of each unit.

        Args:
            prep: the prepared units of one text (``features.prepare``).

        Returns:
            One list of labels per unit.
        """
        if not prep.strs:
            return [[] for _ in prep.lengths]
        rows = self._rows
        strs = prep.strs
        new = {t for t in strs if t not in rows}
        if len(rows) + len(new) > _MAX_WORDS:
            rows.clear()
            new = set(strs)
        if new:
            self._add_rows(list(new))
        lengths = np.array(prep.lengths)
        unit_of = np.repeat(np.arange(len(lengths)), lengths)
        w = self._words[np.array([rows[t] for t in strs], dtype=np.intp)]  # (tokens, 5, n)
        emit = w[:, 0].copy()
        same1 = (unit_of[1:] == unit_of[:-1])[:, None]
        same2 = (unit_of[2:] == unit_of[:-2])[:, None]
        emit[2:] += w[:-2, 1] * same2  # the token two before, seen at -2
        emit[1:] += w[:-1, 2] * same1
        emit[:-1] += w[1:, 3] * same1
        emit[:-2] += w[2:, 4] * same2
        if self.pair_end and len(strs) > 1:
            lows = [t.lower() for t in strs]
            pairs = [a + " " + b for a, b in zip(lows, lows[1:], strict=False)]
            unk = self.unknown
            end = self.pair_end.get
            start = self.pair_start.get
            emit[1:] += self.weights[[end(p, unk) for p in pairs]] * same1
            emit[:-1] += self.weights[[start(p, unk) for p in pairs]] * same1
        idx = np.minimum(prep.codes, self._slot_max) + self._slot_offset
        emit += self._slot_table[idx].sum(axis=0)
        if self.o_bias:
            emit[:, self.labels.index("O")] -= self.o_bias
        out: list[list[str]] = [[] for _ in prep.lengths]
        keep = np.nonzero(lengths)[0]
        tagged = self._viterbi(emit, lengths[keep])
        for u, t in zip(keep.tolist(), tagged, strict=True):
            out[u] = t
        return out

    def _viterbi(self, emit: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        """Viterbi over all units at once (padded to the longest)."""
        nu = len(lengths)
        n = self.n
        tmax = int(lengths.max())
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        pos = np.arange(tmax)
        valid = pos[:, None] < lengths[None, :]  # (tmax, nu)
        pad = np.zeros((tmax, nu, n))
        pad[valid] = emit[(starts[None, :] + pos[:, None])[valid]]
        hist = [pad[0]]
        delta = pad[0]
        trans = self.trans[None, :, :]
        for t in range(1, tmax):
            delta = (delta[:, :, None] + trans).max(axis=1) + pad[t]
            hist.append(delta)
        h = np.stack(hist)  # (tmax, units, labels)
        last = h[lengths - 1, np.arange(nu)].argmax(axis=1)
        # back pointers of every step at once: the best previous label for each label
        # (tmax - 1, units, to, from): the reduction runs over the last, contiguous axis
        back = (h[:-1, :, None, :] + self.trans_t).argmax(axis=3)
        # backtrack each unit in plain Python: cheaper than a numpy call per step
        labels = self.labels
        out: list[list[str]] = []
        for u, (k, n_u) in enumerate(zip(last.tolist(), lengths.tolist(), strict=True)):
            bu = back[: n_u - 1, u].tolist()
            y = [k] * n_u
            for t in range(n_u - 1, 0, -1):
                k = bu[t - 1][k]
                y[t - 1] = k
            out.append([labels[i] for i in y])
        return out


def load(path: str, lex: Lexicon) -> Any:
    """A :class:`CRFModel` for the model file at ``path``."""
    return CRFModel(path, lex)
