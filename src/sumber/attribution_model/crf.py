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

from collections.abc import Sequence
from typing import Any

import numpy as np

from sumber.attribution_model.features import SLOTS, Lexicon

_MAX_WORDS = 300_000


class CRFModel:
    """A linear-chain CRF's weights, ready for tagging."""

    def __init__(self, path: str, lex: Lexicon) -> None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        self.labels: list[str] = list(tagger.labels())
        self.label_array = np.array(self.labels, dtype=object)
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
        self.lex = lex
        self.n = n
        self.o_bias = 0.0  # subtracted from the "O" score: > 0 trades precision for recall
        # context slot tables: codes are small non-negative integers
        self.tables: list[np.ndarray] = []
        for slot in SLOTS:
            codes = [
                int(a[len(slot) :])
                for a in ids
                if a.startswith(slot) and a[len(slot) :].isdigit()
            ]
            # one row per code, and a last zero row for codes the model never saw
            table = np.zeros((max(codes, default=0) + 2, n), dtype=np.float64)
            for c in codes:
                table[c] = weights[ids[slot + str(c)]]
            self.tables.append(table)
        self._rows: dict[str, int] = {}
        self._words = np.zeros((1024, 5, n), dtype=np.float64)

    def _add_rows(self, toks: list[str]) -> None:
        """Precompute the five score vectors of each new token string."""
        if len(self._rows) + len(toks) >= _MAX_WORDS:
            self._rows.clear()
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

    def tag(self, units: Sequence[tuple[Sequence[str], list[list[int]]]]) -> list[list[str]]:
        """Best label sequence of each unit.

        Args:
            units: per unit, its token strings and its context codes
                (``features.unit_codes``).

        Returns:
            One list of labels per unit.
        """
        if not units:
            return []
        rows = self._rows
        new = {t for strs, _codes in units for t in strs if t not in rows}
        if new:
            self._add_rows(list(new))
        idx = [rows[t] for strs, _codes in units for t in strs]
        lengths = np.array([len(s) for s, _c in units])
        unit_of = np.repeat(np.arange(len(units)), lengths)
        w = self._words[np.array(idx, dtype=np.intp)]  # (total, 5, n)
        emit = w[:, 0].copy()
        same1 = unit_of[1:] == unit_of[:-1]
        same2 = unit_of[2:] == unit_of[:-2]
        emit[2:] += w[:-2, 1] * same2[:, None]  # token two before, seen at -2
        emit[1:] += w[:-1, 2] * same1[:, None]
        emit[:-1] += w[1:, 3] * same1[:, None]
        emit[:-2] += w[2:, 4] * same2[:, None]
        for s, table in enumerate(self.tables):
            flat: list[int] = []
            for _strs, codes in units:
                flat += codes[s]
            col = np.array(flat, dtype=np.intp)
            np.minimum(col, len(table) - 1, out=col)
            emit += table[col]
        if self.o_bias:
            emit[:, self.labels.index("O")] -= self.o_bias
        return self._viterbi(emit, lengths)

    def _viterbi(self, emit: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        nu = len(lengths)
        tmax = int(lengths.max())
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        pad = np.zeros((nu, tmax, self.n))
        pos = np.arange(tmax)
        valid = pos[None, :] < lengths[:, None]
        flat = (starts[:, None] + pos[None, :])[valid]
        pad[valid] = emit[flat]
        back = np.zeros((nu, tmax, self.n), dtype=np.int8)
        delta = pad[:, 0].copy()
        trans = self.trans[None, :, :]
        for t in range(1, tmax):
            cand = delta[:, :, None] + trans  # (nu, from, to)
            back[:, t] = cand.argmax(axis=1)
            new = cand.max(axis=1) + pad[:, t]
            live = valid[:, t]
            delta[live] = new[live]
        # backtrack all units at once
        ar = np.arange(nu)
        y = np.zeros((nu, tmax), dtype=np.intp)
        last = delta.argmax(axis=1)
        k = last.copy()
        ends = lengths - 1
        for t in range(tmax - 1, -1, -1):
            if t + 1 < tmax:
                k = back[ar, t + 1, k]
            k = np.where(ends == t, last, k)
            y[:, t] = k
        labels = self.label_array
        return [labels[y[u, : lengths[u]]].tolist() for u in range(nu)]


def load(path: str, lex: Lexicon) -> Any:
    """A :class:`CRFModel` for the model file at ``path``."""
    return CRFModel(path, lex)
