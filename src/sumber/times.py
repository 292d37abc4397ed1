"""Pipeline stage: find time expressions and normalise them to ISO 8601.

Everything language-specific (month and weekday names, "lalu"/"last", unit
and number words, parts of the day, time zones) comes from the language pack
(see the ``# --- times`` block of ``sumber/lang/<iso>/__init__.py``). From that
data one regex per language is built once (:func:`functools.cache`); the stage
runs it over the text and turns each match into a :class:`~sumber.model.Time`.

Values, resolved against ``Article.published`` (the *anchor*):

* dates ``2024-11-07`` (grain ``day``); a day and month without a year take
  the year that puts the date at most :data:`FUTURE_WINDOW_DAYS` after the
  anchor (and so at most about nine months before it): news mostly refers to
  the past. Without an anchor the year stays unknown: ``--11-07``.
* months ``2024-11`` (``--11`` without year and anchor), years ``2019``,
  ISO weeks ``2024-W45`` ("pekan lalu", "last week").
* weekdays: a bare weekday is the latest such day on or before the anchor;
  with "lalu"/"last" strictly before, "depan"/"next" strictly after, "ini"/"this"
  in the anchor's week. An explicit date beside it wins ("Rabu (13/11)").
  (Tense is not read: a bare weekday meant as the coming one resolves to the past.)
* durations ``PT24H``, ``P3D``, ``P2Y``, ``PT2H30M`` (grain ``duration``);
  "three days ago" is the date three days before the anchor.
* clock times ``T10:00`` (grain ``time``), or ``2024-11-11T10:00`` when a full
  date stands right beside the time. A zone word ("WIB") is kept in the span
  but not in the value.

Relative expressions ("kemarin", "Kamis lalu", "bulan lalu") found in an
article without an anchor are kept with value None: the span is still useful
and no date is invented. A 4-digit number is a year only in time context
("tahun 1991", "sejak 2014", "in 2019", "November 2024"), never on its own.
Matches overlapping boilerplate are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sumber import lang
from sumber.errors import LanguageError
from sumber.model import Article, Time

# A year-less date lies at most this many days after the publication date.
FUTURE_WINDOW_DAYS = 92

_B = r"(?<![\w])"  # start of a word
_E = r"(?![\w])"  # end of a word
_EN = r"(?![\w-])"  # end of a name ("Mar" is no month in "Mar-a-Lago")
_NEVER = r"(?!)"

_ISO_UNITS = {
    "hour": ("H", True, 1),
    "minute": ("M", True, 1),
    "second": ("S", True, 1),
    "day": ("D", False, 1),
    "week": ("W", False, 1),
    "month": ("M", False, 1),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
}


@dataclass(frozen=True)
class _Lang:
    """The compiled regex and the lookup tables of one language."""

    regex: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    day_parts: dict[str, tuple[int, int]]
    order: str
    gap: re.Pattern[str]  # what may stand between a date and a clock time
    pair: re.Pattern[str]  # one "number unit" pair inside a duration


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


def _alt(words: Iterable[str], capitalised: bool = False) -> str:
    """A regex alternation of ``words``, longest first; never matches when empty."""
    items = sorted({_norm(w) for w in words if w}, key=len, reverse=True)
    if not items:
        return _NEVER
    parts = []
    for w in items:
        body = r"\s+".join(re.escape(p) for p in w.split(" "))
        if capitalised and w[0].isalpha():
            body = "(?-i:" + re.escape(w[0].upper()) + ")" + body[len(re.escape(w[0])) :]
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


def _month_alt(months: dict[str, int], capitalised: bool) -> str:
    """Month names; an abbreviation ("Nov", "Sept") may take a dot, a full name may not."""
    abbrevs = {
        w
        for w, n in months.items()
        if any(o != w and o.startswith(w) and months[o] == n for o in months)
    }
    full = _alt((w for w in months if w not in abbrevs), capitalised)
    return rf"(?:{full}|{_alt(abbrevs, capitalised)}\.?)"


def _lead(
    *groups: Iterable[str], digits: bool = False, names: Iterable[str] = (), cap: bool = False
) -> str:
    """A lookahead on the first two characters a branch can start with (a cheap early exit).

    ``groups`` are word lists in any case; ``names`` start with a capital
    letter when ``cap`` (month and weekday names in most languages).
    """
    firsts: set[str] = set()
    seconds: set[str] = set()
    short = False
    for words, capital in [*((g, False) for g in groups), (names, cap)]:
        for w in map(_norm, words):
            if not w:
                continue
            firsts |= {w[0].upper()} if capital else {w[0].upper(), w[0].lower()}
            if len(w) < 2:
                short = True
            else:
                seconds |= {w[1].upper(), w[1].lower()}
    alts = [r"\d"] if digits else []
    if firsts:
        head = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
        alts.append(
            head if short else head + "[" + "".join(re.escape(c) for c in sorted(seconds)) + "]"
        )
    return "(?=(?-i:" + "|".join(alts) + "))" if alts else _NEVER


def _build(data: dict[str, Any]) -> str:
    """The whole time regex of one language, from its pack data."""
    g = data.get
    cap = bool(g("TIME_NAMES_CAPITALISED"))
    mon = _month_alt(g("MONTHS", {}), cap)
    wd = _alt(g("WEEKDAYS", {}), cap)
    suf = _alt(g("DAY_SUFFIXES", ()))
    joiner = _alt(g("DAY_MONTH_JOINERS", ()))
    mod_before = _alt(g("TIME_MODIFIERS_BEFORE", {}))
    mod_after = _alt(g("TIME_MODIFIERS_AFTER", {}))
    units = g("TIME_UNITS", {})
    cal_units = _alt(w for w, u in units.items() if u in ("week", "month", "year"))
    all_units = _alt(units)
    numbers = _alt(g("NUMBER_WORDS", {}))
    preps = _alt(g("TIME_PREPOSITIONS", ()))
    parts = _alt(g("DAY_PARTS", {}))
    zones = _alt(g("TIMEZONES", ()))
    clock = _alt(g("CLOCK_WORDS", ()))

    def year(n: str) -> str:
        return rf"(?P<{n}>[12]\d{{3}})(?!\w)(?![.,]\d)"

    def textual(p: str) -> str:  # 7 November 2024 | November 7, 2024 | Nov. 7
        day1 = rf"(?P<{p}d1>[0-3]?\d)(?:{suf})?"
        day2 = rf"(?P<{p}d2>[0-3]?\d)(?:{suf})?"
        return (
            rf"(?:{_B}{day1}\s+(?:{joiner}\s+)?(?P<{p}m1>{mon}){_EN}(?:\s+{year(p + 'y1')})?"
            rf"|{_B}(?P<{p}m2>{mon})\s+{day2}{_E}(?:,?\s+{year(p + 'y2')})?)"
        )

    def numeric(p: str, need_year: bool) -> str:  # 7/11/2024, 07.11.2024, (7/11)
        y = rf"(?P<{p}y>\d{{4}}|\d\d)" if not need_year else rf"(?P<{p}y>\d{{4}})"
        sep = r"\s*/\s*" if not need_year else r"[/.\-]"
        tail = rf"(?:{sep}{y})?" if not need_year else rf"{sep}{y}"
        return rf"(?<![\d.,/])(?P<{p}a>\d{{1,2}}){sep}(?P<{p}b>\d{{1,2}}){tail}(?![\d/])(?![.,]\d)"

    paren = rf"\(\s*(?:{numeric('p', False)}|{textual('q')})\s*\)"
    weekday = (
        _lead(
            g("TIME_MODIFIERS_BEFORE", {}), g("WEEKDAY_WORDS", ()), names=g("WEEKDAYS", {}), cap=cap
        )
        + rf"(?P<WD>{_B}(?:(?P<wmb>{mod_before})\s+)?(?:{_alt(g('WEEKDAY_WORDS', ()))}\s+)?"
        rf"(?P<wd>{wd}){_EN}(?:\s*{paren}|,?\s+{textual('w')}|\s+(?P<wma>{mod_after}){_E})?)"
    )
    rel_day = _lead(g("RELATIVE_DAYS", {})) + rf"(?P<RD>{_B}{_alt(g('RELATIVE_DAYS', {}))}{_E})"
    rel_unit = (
        _lead(
            g("TIME_MODIFIERS_BEFORE", {}),
            (w for w, u in units.items() if u in ("week", "month", "year")),
        )
        + rf"(?P<RU>{_B}(?:(?P<rmb>{mod_before})\s+(?P<ru1>{cal_units})"
        rf"|(?P<ru2>{cal_units})\s+(?P<rma>{mod_after})){_E})"
    )
    iso = r"(?=\d)(?P<ISO>(?<![\d\-])(?P<iy>[12]\d{3})-(?P<im>\d\d)-(?P<id>\d\d)(?![\d]))"
    num_date = rf"(?=\d)(?P<NUM>{numeric('n', True)})"
    number = rf"(?:(?<![\d.,])\d+(?:[.,]\d+)?(?![.,]?\d)|{_B}{numbers})"
    duration = (
        _lead(g("DURATION_PREFIXES", ()), g("NUMBER_WORDS", {}), digits=True)
        + rf"(?P<DUR>(?:{_B}(?P<dp>{_alt(g('DURATION_PREFIXES', ()))})\s+)?"
        rf"(?P<n>{number})\s+(?P<unit>{all_units}){_EN}"
        rf"(?:\s+{number}\s+{all_units}{_EN})*(?!\s*\d)"  # "2 jam 30 menit"; not "33 Tahun 2020"
        rf"(?:\s+(?P<ago>{_alt(g('AGO_WORDS', ()))}){_E})?)"
    )
    text_date = _lead(digits=True, names=g("MONTHS", {}), cap=cap) + rf"(?P<TD>{textual('t')})"
    month = (
        _lead(g("MONTH_WORDS", ()), names=g("MONTHS", {}), cap=cap)
        + rf"(?P<MON>{_B}(?:(?P<mw>{_alt(g('MONTH_WORDS', ()))})\s+)?"
        rf"(?P<mm1>{mon})\s+{year('my1')}"
        rf"|{_B}{_alt(g('MONTH_WORDS', ()))}\s+(?P<mm2>{mon}){_EN})"
    )
    year_or_month_prep = (
        _lead(g("TIME_PREPOSITIONS", ()))
        + rf"{_B}{preps}\s+(?:(?P<MONP>(?P<mm3>{mon}){_EN}(?![.\s]*\d))"
        + r"|(?P<YP>(?P<y2>1[89]\d\d|2[01]\d\d)(?!\w)(?![.,]\d)))"
    )
    year_word = (
        _lead(g("YEAR_WORDS", ())) + rf"(?P<YW>{_B}{_alt(g('YEAR_WORDS', ()))}\s+{year('y1')})"
    )
    hm = r"(?P<{0}h>[01]?\d|2[0-3])(?:[.:](?P<{0}m>[0-5]\d))?"
    clock_time = (
        _lead(g("CLOCK_WORDS", ()), digits=True)
        + rf"(?P<TM>{_B}(?:{clock})\s+{hm.format('c')}(?![\d])"
        rf"(?:\s*(?P<cp>{parts}))?{_E}(?:\s*{zones}{_E})?"
        rf"|(?<![\d.,:]){hm.format('k')}(?:\s*(?P<kp>{parts}){_E}(?:\s*{zones}{_E})?"
        rf"|\s*{zones}{_E}))"
    )
    # every expression starts at the start of a word: test that once, not per branch
    return (
        _B
        + r"(?=\w)(?:"
        + "|".join(
            (
                weekday,
                rel_day,
                rel_unit,
                iso,
                num_date,
                duration,
                text_date,
                month,
                year_or_month_prep,
                year_word,
                clock_time,
            )
        )
        + ")"
    )


@cache
def _compiled(iso: str | None) -> _Lang:
    """The compiled time patterns and tables for a language (neutral when unknown)."""
    data: dict[str, Any] = {}
    if iso:
        try:
            pack = lang.get(iso)
        except LanguageError:
            pack = None
        if pack is not None:
            data = dict(pack.extra)
            data.update(
                MONTHS=pack.MONTHS, WEEKDAYS=pack.WEEKDAYS, RELATIVE_DAYS=pack.RELATIVE_DAYS
            )
    order = str(data.get("NUMERIC_DATE_ORDER", "dmy"))
    low = {k: _lower_keys(v) for k, v in data.items()}
    modifiers = {**low.get("TIME_MODIFIERS_AFTER", {}), **low.get("TIME_MODIFIERS_BEFORE", {})}
    return _Lang(
        regex=re.compile(_build(data), re.IGNORECASE),
        months=low.get("MONTHS", {}),
        weekdays=low.get("WEEKDAYS", {}),
        relative_days=low.get("RELATIVE_DAYS", {}),
        modifiers=modifiers,
        units=low.get("TIME_UNITS", {}),
        numbers=low.get("NUMBER_WORDS", {}),
        day_parts=low.get("DAY_PARTS", {}),
        order=order,
        pair=re.compile(
            rf"(\d+(?:[.,]\d+)?|{_alt(data.get('NUMBER_WORDS', {}))})\s+"
            rf"({_alt(data.get('TIME_UNITS', {}))}){_E}",
            re.IGNORECASE,
        ),
        gap=re.compile(
            rf"[\s,;|\-\u2013\u2014]*(?:{_alt(data.get('TIME_JOINERS', ()))}\s*)?", re.IGNORECASE
        ),
    )


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {_norm(k) if isinstance(k, str) else k: v for k, v in value.items()}
    return value


def anchor_date(published: str | None) -> date | None:
    """The publication date of ``published`` ("2024-11-12", "2024-11-12T08:00:00Z"), or None.

    Args:
        published: an ISO date or date-time string, or None.

    Returns:
        The date, or None when ``published`` is missing or not an ISO date.
    """
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _resolve_year(month: int, day: int, anchor: date) -> date | None:
    """The date with this month and day nearest the anchor, at most the window ahead."""
    for y in (anchor.year + 1, anchor.year, anchor.year - 1, anchor.year - 2):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if (d - anchor).days <= FUTURE_WINDOW_DAYS:
            return d
    return None


def _day_value(y: int | None, m: int, d: int, anchor: date | None) -> str | None:
    """ISO value of a day: full when the year is known or resolvable, else ``--MM-DD``."""
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    if y is None:
        if anchor is None:
            try:
                date(2000, m, d)  # a leap year: any real month/day passes
            except ValueError:
                return None
            return f"--{m:02d}-{d:02d}"
        found = _resolve_year(m, d, anchor)
        return found.isoformat() if found else None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_value(y: int | None, m: int, anchor: date | None) -> str:
    """ISO value of a month: ``YYYY-MM``, the year resolved as for days, else ``--MM``."""
    if y is None:
        if anchor is None:
            return f"--{m:02d}"
        for y in (anchor.year + 1, anchor.year, anchor.year - 1):
            if (date(y, m, 1) - anchor).days <= FUTURE_WINDOW_DAYS:
                break
    return f"{y:04d}-{m:02d}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _shift_month(d: date, months: int) -> str:
    total = d.year * 12 + d.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _number(text: str, tables: _Lang) -> float | None:
    word = _norm(text)
    if word in tables.numbers:
        return float(tables.numbers[word])
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


class _Matcher:
    """Turns one regex match into ``(value, grain)``, or None to drop it."""

    def __init__(self, tables: _Lang, anchor: date | None) -> None:
        self.t = tables
        self.anchor = anchor

    def month(self, word: str | None) -> int | None:
        return self.t.months.get(word.lower().rstrip(".")) if word else None

    def textual(self, m: re.Match[str], p: str) -> tuple[str | None, str] | None:
        for i in ("1", "2"):
            mon = m.group(p + "m" + i)
            if mon:
                month = self.month(mon)
                day = int(m.group(p + "d" + i))
                y = m.group(p + "y" + i)
                if month is None:
                    return None
                value = _day_value(int(y) if y else None, month, day, self.anchor)
                return (value, "day") if value else None
        return None

    def numeric(self, m: re.Match[str], p: str) -> tuple[str | None, str] | None:
        a, b, y = int(m.group(p + "a")), int(m.group(p + "b")), m.group(p + "y")
        day, month = (b, a) if self.t.order.startswith("m") else (a, b)
        year = None
        if y:
            year = int(y) + 2000 if len(y) == 2 else int(y)
        value = _day_value(year, month, day, self.anchor)
        return (value, "day") if value else None

    def shift_days(self, days: int) -> tuple[str | None, str]:
        if self.anchor is None:
            return None, "day"
        return (self.anchor + timedelta(days=days)).isoformat(), "day"

    def weekday(self, m: re.Match[str]) -> tuple[str | None, str] | None:
        if m.group("pa"):
            return self.numeric(m, "p")
        for p in ("q", "w"):
            if m.group(p + "m1") or m.group(p + "m2"):
                return self.textual(m, p)
        wd = self.t.weekdays.get(m.group("wd").lower())
        if wd is None:
            return None
        mod = m.group("wmb") or m.group("wma")
        direction = self.t.modifiers.get(_norm(mod)) if mod else None
        if self.anchor is None:
            return None, "day"
        today = self.anchor.weekday()
        if direction is None:  # the latest such day on or before the anchor
            delta = -((today - wd) % 7)
        elif direction < 0:
            delta = -((today - wd) % 7 or 7)
        elif direction > 0:
            delta = (wd - today) % 7 or 7
        else:
            delta = wd - today
        return self.shift_days(delta)

    def relative_unit(self, unit_word: str, direction: int) -> tuple[str | None, str] | None:
        unit = self.t.units.get(_norm(unit_word))
        if unit not in ("week", "month", "year"):
            return None
        if self.anchor is None:
            return None, unit
        a = self.anchor
        if unit == "week":
            return _week(a + timedelta(weeks=direction)), "week"
        if unit == "month":
            return _shift_month(a, direction), "month"
        return f"{a.year + direction:04d}", "year"

    def duration(self, m: re.Match[str]) -> tuple[str | None, str] | None:
        n = _number(m.group("n"), self.t)
        unit = self.t.units.get(_norm(m.group("unit")))
        if n is None or unit is None:
            return None
        if m.group("ago"):
            return self.ago(n, unit)
        amounts: dict[tuple[str, bool], float] = {}
        for number, word in self.t.pair.findall(m.group("DUR")):
            k, u = _number(number, self.t), self.t.units.get(_norm(word))
            if k is None or u is None:
                return None
            letter, is_time, factor = _ISO_UNITS[u]
            amounts[letter, is_time] = amounts.get((letter, is_time), 0) + k * factor
        date_part = "".join(
            f"{_fmt(amounts[x, False])}{x}" for x in "YMWD" if (x, False) in amounts
        )
        time_part = "".join(f"{_fmt(amounts[x, True])}{x}" for x in "HMS" if (x, True) in amounts)
        return "P" + date_part + ("T" + time_part if time_part else ""), "duration"

    def ago(self, n: float, unit: str) -> tuple[str | None, str]:
        k = int(n)
        grain = "year" if unit in ("decade", "century") else unit
        grain = grain if grain in ("week", "month", "year") else "day"
        a = self.anchor
        if a is None:
            return None, grain
        if unit == "day":
            return (a - timedelta(days=k)).isoformat(), "day"
        if unit == "week":
            return _week(a - timedelta(weeks=k)), "week"
        if unit == "month":
            return _shift_month(a, -k), "month"
        if grain == "year":
            return f"{a.year - k * _ISO_UNITS[unit][2]:04d}", "year"
        return a.isoformat(), "day"  # hours, minutes, seconds ago: the anchor's day

    def clock(self, m: re.Match[str]) -> tuple[str | None, str] | None:
        p = "c" if m.group("ch") is not None else "k"
        hour, minute = int(m.group(p + "h")), int(m.group(p + "m") or 0)
        part = m.group(p + "p")
        if part:
            lo, hi = self.t.day_parts.get(_norm(part), (0, 23))
            for h in (hour % 12, hour % 12 + 12, hour):
                if lo <= h <= hi:
                    hour = h
                    break
        return f"T{hour:02d}:{minute:02d}", "time"

    def __call__(self, m: re.Match[str]) -> tuple[str | None, str] | None:
        kind = m.lastgroup
        if kind == "WD":
            return self.weekday(m)
        if kind == "RD":
            offset = self.t.relative_days.get(_norm(m.group("RD")))
            return None if offset is None else self.shift_days(offset)
        if kind == "RU":
            mod = m.group("rmb") or m.group("rma")
            return self.relative_unit(
                m.group("ru1") or m.group("ru2"), self.t.modifiers.get(_norm(mod), 0)
            )
        if kind == "ISO":
            value = _day_value(int(m.group("iy")), int(m.group("im")), int(m.group("id")), None)
            return (value, "day") if value else None
        if kind == "NUM":
            return self.numeric(m, "n")
        if kind == "DUR":
            return self.duration(m)
        if kind == "TD":
            return self.textual(m, "t")
        if kind in ("MON", "MONP"):
            month = self.month(m.group("mm1") or m.group("mm2") or m.group("mm3"))
            y = m.group("my1")
            return (
                None
                if month is None
                else (_month_value(int(y) if y else None, month, self.anchor), "month")
            )
        if kind == "YW":
            return m.group("y1"), "year"
        if kind == "YP":
            return m.group("y2"), "year"
        if kind == "TM":
            return self.clock(m)
        return None


def _join_date_and_time(text: str, times: list[Time], gap_re: re.Pattern[str]) -> None:
    """Give a clock time the full date that stands right beside it."""
    for i, t in enumerate(times):
        if t.grain != "time" or not t.value or not t.value.startswith("T"):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(times):
                continue
            other = times[j]
            if other.grain != "day" or not other.value or len(other.value) != 10:
                continue
            gap = text[other.span[1] : t.span[0]] if j < i else text[t.span[1] : other.span[0]]
            if len(gap) <= 12 and gap_re.fullmatch(gap):
                t.value = other.value + t.value
                break


def find_times(article: Article) -> Article:
    """Fill ``article.times`` with the time expressions of the text, in text order.

    Args:
        article: the article; ``language`` picks the pack (language-neutral
            ISO dates only when there is none), ``published`` is the anchor.

    Returns:
        The same article, ``times`` filled.
    """
    tables = _compiled(article.language)
    matcher = _Matcher(tables, anchor_date(article.published))
    text = article.text
    boiler = [b.span for b in article.boilerplate]
    found: list[Time] = []
    for m in tables.regex.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        start, end = m.span(kind)
        if any(s < end and start < e for s, e in boiler):
            continue
        result = matcher(m)
        if result is None:
            continue
        value, grain = result
        found.append(Time(text=text[start:end], span=(start, end), value=value, grain=grain))
    _join_date_and_time(text, found, tables.gap)
    article.times = found
    return article
