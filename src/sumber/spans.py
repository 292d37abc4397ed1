"""A set of character spans with fast membership tests (merged, sorted, bisected)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from sumber.model import Span


class SpanSet:
    """The union of some ``[start, end)`` spans.

    Args:
        spans: any spans, overlapping or not, in any order.
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def contains(self, pos: int) -> bool:
        """Whether character ``pos`` lies inside the set."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with the set."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def __len__(self) -> int:
        return len(self._starts)
