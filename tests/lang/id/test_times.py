"""Indonesian time expressions: dates, weekdays, relative times, durations, clock times.

The sentences are written for sumber; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from sumber.model import Article
from sumber.times import find_times

PUB = "2024-11-12"  # a Tuesday


def _times(text: str, published: str | None = PUB) -> list[tuple[str, str | None, str]]:
    article = find_times(Article(text=text, language="id", published=published))
    return [(t.text, t.value, t.grain) for t in article.times]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # full and year-less dates
        ("Rapat digelar pada 3 Maret 2023 di Bandung.", PUB, ("3 Maret 2023", "2023-03-03", "day")),
        ("Pertemuan itu terjadi 7 November.", PUB, ("7 November", "2024-11-07", "day")),
        ("Pertemuan itu terjadi 7 November.", None, ("7 November", "--11-07", "day")),
        (
            "Banjir melanda kota itu pada 20 Desember.",
            "2025-01-10",
            ("20 Desember", "2024-12-20", "day"),
        ),
        ("Pelantikan dijadwalkan 20 Januari.", PUB, ("20 Januari", "2025-01-20", "day")),
        ("Surat bertanggal 7/11/2024 itu hilang.", None, ("7/11/2024", "2024-11-07", "day")),
        ("Kantor itu dibuka 5 Agu 2024 silam.", PUB, ("5 Agu 2024", "2024-08-05", "day")),
        # weekdays, with the day/month in parentheses, named, or relative
        ("Pasar dibuka Kamis (7/11) pagi.", PUB, ("Kamis (7/11)", "2024-11-07", "day")),
        ("Pasar dibuka Kamis (7/11) pagi.", None, ("Kamis (7/11)", "--11-07", "day")),
        ("Pasar dibuka Kamis ( 7 / 11 ) pagi.", PUB, ("Kamis ( 7 / 11 )", "2024-11-07", "day")),
        (
            "Wali kota berbicara Senin (4/3/2024) di balai kota.",
            None,
            ("Senin (4/3/2024)", "2024-03-04", "day"),
        ),
        (
            "Sidang ditunda pada hari Minggu, 10 November 2024 lalu.",
            PUB,
            ("hari Minggu, 10 November 2024", "2024-11-10", "day"),
        ),
        ("Kapal itu tiba Kamis lalu.", PUB, ("Kamis lalu", "2024-11-07", "day")),
        ("Ia berangkat pada Selasa.", PUB, ("Selasa", "2024-11-12", "day")),
        ("Ia berangkat pada Sabtu.", PUB, ("Sabtu", "2024-11-09", "day")),
        ("Sidang dilanjutkan Senin depan.", PUB, ("Senin depan", "2024-11-18", "day")),
        (
            "Jadwal rapat pada Rabu (13/11) belum berubah.",
            PUB,
            ("Rabu (13/11)", "2024-11-13", "day"),
        ),
        # relative days, weeks, months, years
        ("Kemarin ia pulang ke desa.", PUB, ("Kemarin", "2024-11-11", "day")),
        ("Kemarin ia pulang ke desa.", None, ("Kemarin", None, "day")),
        ("Hasilnya diumumkan besok.", PUB, ("besok", "2024-11-13", "day")),
        ("Harga naik sejak pekan lalu.", PUB, ("pekan lalu", "2024-W45", "week")),
        ("Data minggu lalu belum lengkap.", PUB, ("minggu lalu", "2024-W45", "week")),
        ("Inflasi turun bulan lalu.", PUB, ("bulan lalu", "2024-10", "month")),
        ("Target tahun ini tercapai.", PUB, ("tahun ini", "2024", "year")),
        ("Gempa kecil terjadi tiga hari lalu.", PUB, ("tiga hari lalu", "2024-11-09", "day")),
        # months and years
        ("Laporan bulan November 2023 dirilis.", PUB, ("bulan November 2023", "2023-11", "month")),
        ("Laporan bulan Oktober sudah terbit.", PUB, ("bulan Oktober", "2024-10", "month")),
        ("Laporan bulan Oktober sudah terbit.", None, ("bulan Oktober", "--10", "month")),
        ("Jembatan itu dibangun tahun 1985.", PUB, ("tahun 1985", "1985", "year")),
        ("Ia menjabat sejak 2014 di kantor itu.", PUB, ("2014", "2014", "year")),
        # durations
        (
            "Ia berjanji menyelesaikannya dalam waktu 48 jam.",
            PUB,
            ("dalam waktu 48 jam", "PT48H", "duration"),
        ),
        ("Pameran itu berlangsung tiga hari.", PUB, ("tiga hari", "P3D", "duration")),
        ("Kontraknya berlaku dua tahun.", PUB, ("dua tahun", "P2Y", "duration")),
        ("Antrean mengular selama 90 menit.", PUB, ("90 menit", "PT90M", "duration")),
        ("Perbaikan jalan butuh 2,5 bulan.", PUB, ("2,5 bulan", "P2.5M", "duration")),
        ("Antrean itu memakan 2 jam 30 menit.", PUB, ("2 jam 30 menit", "PT2H30M", "duration")),
        ("Aturan itu ada di Perda Nomor 33 Tahun 2020.", PUB, ("Tahun 2020", "2020", "year")),
        # clock times
        ("Rapat dimulai pukul 10.00 WIB.", None, ("pukul 10.00 WIB", "T10:00", "time")),
        ("Konser dimulai pukul 7 malam.", None, ("pukul 7 malam", "T19:00", "time")),
    ],
)
def test_single_time(text: str, published: str | None, expected: tuple[str, str, str]) -> None:
    assert _times(text, published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 1991 tentara dikirim ke perbatasan.",
        "Harga tiket Rp 2000 per orang.",
        "Saat ini harga beras naik 10.000 rupiah.",
        "Angka 10.00 itu hanya perkiraan.",
        "Ia datang kamis pagi.",  # a lower-case weekday is no weekday
    ],
)
def test_no_time(text: str) -> None:
    assert _times(text) == []


def test_clock_time_takes_the_date_beside_it() -> None:
    assert _times("Kemarin pukul 19.30 WIB hujan turun.") == [
        ("Kemarin", "2024-11-11", "day"),
        ("pukul 19.30 WIB", "2024-11-11T19:30", "time"),
    ]
    assert _times("Senin, 4 November 2024 - 08:15 WIB") == [
        ("Senin, 4 November 2024", "2024-11-04", "day"),
        ("08:15 WIB", "2024-11-04T08:15", "time"),
    ]


def test_several_times_in_text_order() -> None:
    text = "Pada tanggal 2 Mei, tim tiba; pada tahun 2020 mereka pergi selama dua pekan."
    assert _times(text) == [
        ("2 Mei", "2024-05-02", "day"),
        ("tahun 2020", "2020", "year"),
        ("dua pekan", "P2W", "duration"),
    ]
