"""English time expressions: dates, weekdays, relative times, durations, clock times.

The sentences are written for sumber; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from sumber.model import Article
from sumber.times import find_times

PUB = "2024-11-12"  # a Tuesday


def _times(text: str, published: str | None = PUB) -> list[tuple[str, str | None, str]]:
    article = find_times(Article(text=text, language="en", published=published))
    return [(t.text, t.value, t.grain) for t in article.times]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # dates
        ("The council met on Nov. 7 to vote.", PUB, ("Nov. 7", "2024-11-07", "day")),
        ("The strike began Nov. 7 at the port.", None, ("Nov. 7", "--11-07", "day")),
        ("The bridge opened on November 7, 2024.", None, ("November 7, 2024", "2024-11-07", "day")),
        ("The bridge opened on 7 November 2024.", None, ("7 November 2024", "2024-11-07", "day")),
        ("The fair ends on the 9th of November.", PUB, ("9th of November", "2024-11-09", "day")),
        ("The bill passed on 11/7/2024 in the end.", None, ("11/7/2024", "2024-11-07", "day")),
        ("The new mayor takes office on Jan. 20.", PUB, ("Jan. 20", "2025-01-20", "day")),
        (
            "The mayor spoke on Thursday, Nov. 7, at the town hall.",
            PUB,
            ("Thursday, Nov. 7", "2024-11-07", "day"),
        ),
        (
            "Officials confirmed it on Sunday (Nov. 10).",
            PUB,
            ("Sunday (Nov. 10)", "2024-11-10", "day"),
        ),
        # weekdays
        ("The ship arrived last Thursday.", PUB, ("last Thursday", "2024-11-07", "day")),
        ("The court sat on Monday.", PUB, ("Monday", "2024-11-11", "day")),
        ("The court sits again on Tuesday.", PUB, ("Tuesday", "2024-11-12", "day")),
        ("Talks resume next Monday.", PUB, ("next Monday", "2024-11-18", "day")),
        ("The court sat on Monday.", None, ("Monday", None, "day")),
        # relative days, weeks, months, years
        ("Yesterday the mayor resigned.", PUB, ("Yesterday", "2024-11-11", "day")),
        ("Prices rose last week.", PUB, ("last week", "2024-W45", "week")),
        ("Exports fell last month.", PUB, ("last month", "2024-10", "month")),
        ("Sales grew this year.", PUB, ("this year", "2024", "year")),
        ("Sales grew this year.", None, ("this year", None, "year")),
        ("The storm hit three days ago.", PUB, ("three days ago", "2024-11-09", "day")),
        # months and years
        ("The firm was founded in March 2010.", PUB, ("March 2010", "2010-03", "month")),
        ("The firm moved in March.", PUB, ("March", "2024-03", "month")),
        ("The plant closed in 2019.", PUB, ("2019", "2019", "year")),
        ("It has grown since 2014.", PUB, ("2014", "2014", "year")),
        ("A site that peddled in Sept. 11 myths closed.", PUB, ("Sept. 11", "2024-09-11", "day")),
        (
            "The hearing took 3 hours 20 minutes.",
            PUB,
            ("3 hours 20 minutes", "PT3H20M", "duration"),
        ),
        # durations
        ("She promised a fix within 24 hours.", PUB, ("within 24 hours", "PT24H", "duration")),
        ("The trial lasted two years.", PUB, ("two years", "P2Y", "duration")),
        ("The road stays shut for 70 days.", PUB, ("70 days", "P70D", "duration")),
        # clock times
        ("The vote opens at 10 a.m. sharp.", None, ("10 a.m.", "T10:00", "time")),
        ("Polls close at 8 p.m. EST in the state.", None, ("8 p.m. EST", "T20:00", "time")),
        ("The meeting starts at 12 pm.", None, ("12 pm", "T12:00", "time")),
    ],
)
def test_single_time(text: str, published: str | None, expected: tuple[str, str, str]) -> None:
    assert _times(text, published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 1991 soldiers crossed the river.",
        "He flew to Mar-a-Lago in Florida.",
        "You may win 2000 points.",
        "The 2-1/2-year-old program ended.",
        "The score was 3:1 at half time.",
        "Coal output has fallen since the 1970s.",
    ],
)
def test_no_time(text: str) -> None:
    assert _times(text) == []


def test_clock_time_takes_the_date_beside_it() -> None:
    assert _times("The board met on Monday at 9 a.m. to decide.") == [
        ("Monday", "2024-11-11", "day"),
        ("9 a.m.", "2024-11-11T09:00", "time"),
    ]
