"""Vietnamese (vi): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import sumber
from sumber.options import Options

if TYPE_CHECKING:
    from conftest import Checks

ISO = "vi"
PUB = "2024-11-12"  # a Tuesday


# text, kind, source text, cue text, content, stance
CASES = [
    (
        ('"Chúng tôi sẽ xây một cây cầu mới vào mùa xuân", ông Nguyễn Văn An cho biết.'),
        "direct",
        "ông Nguyễn Văn An",
        "cho biết",
        "Chúng tôi sẽ xây một cây cầu mới vào mùa xuân",
        "asserts",
    ),
    (
        ('"Không có cuộc gặp nào cả", người phát ngôn Bộ Ngoại giao Lê Thị Hoa nói.'),
        "direct",
        "người phát ngôn Bộ Ngoại giao Lê Thị Hoa",
        "nói",
        "Không có cuộc gặp nào cả",
        "asserts",
    ),
    (
        "Bộ trưởng Trần Minh bác bỏ thông tin rằng ông đã từ chức.",
        "indirect",
        "Bộ trưởng Trần Minh",
        "bác bỏ thông tin",
        "ông đã từ chức",
        "denies",
    ),
    (
        "Ông Lê Văn Bình nói rằng thành phố sẽ mở con đường mới trong tuần tới.",
        "indirect",
        "Ông Lê Văn Bình",
        "nói rằng",
        "thành phố sẽ mở con đường mới trong tuần tới",
        "asserts",
    ),
    (
        "Theo báo Thời Sự, thỏa thuận được ký vào tháng năm.",
        "according_to",
        "báo Thời Sự",
        "Theo",
        "thỏa thuận được ký vào tháng năm",
        "asserts",
    ),
]


@pytest.mark.parametrize(("text", "kind", "source", "cue", "content", "stance"), CASES)
def test_attribution(
    check: Checks, text: str, kind: str, source: str, cue: str, content: str, stance: str
) -> None:
    check.attribution(text, kind, source, cue, content, stance)


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Thỏa thuận được ký ngày 3 tháng 3 tại Hà Nội.", "3 tháng 3", "2024-03-03"),
        ("Hội đồng sẽ họp vào tuần tới.", "tuần tới", "2024-W47"),
        ("Cuộc họp diễn ra hôm qua.", "hôm qua", "2024-11-11"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "Báo Thời Sự đưa tin Thị trưởng Nguyễn Văn An và Tỉnh trưởng Lê Văn "
            'Bình đã điện đàm hôm thứ ba. "Không có cuộc điện đàm nào", người phát '
            "ngôn Trần Thị Hoa nói."
        ),
        {"Lê Văn Bình", "Nguyễn Văn An"},
        "Trần Thị Hoa",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Hội đồng thành phố đã họp vào thứ hai để thảo luận về ngân sách cho "
            "năm tới và việc sửa chữa các trường học."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)


def test_titled_names_are_persons() -> None:
    article = sumber.analyze(
        "Tổng thống Nga Vladimir Putin đã gặp Thủ tướng Phạm Minh Chính tại Hà Nội. "
        "Ông Putin nói rằng châu Âu cần hòa bình. Bà Lê Thị Hoa cho biết cuộc gặp diễn ra tốt.",
        language=ISO,
        options=Options(use_model=False),
    )
    persons = {e.name: e for e in article.entities if e.type == "person"}
    assert set(persons) == {"Vladimir Putin", "Phạm Minh Chính", "Lê Thị Hoa"}
    assert "Ông Putin" in [m.text for m in persons["Vladimir Putin"].mentions]
    assert persons["Phạm Minh Chính"].roles == ["Thủ tướng"]
