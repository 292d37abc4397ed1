"""Indonesian sources: public figure, ordinary person or unknown (``Source.public``/``role``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import sumber
from sumber.model import Attribution


def sources(text: str) -> list[Attribution]:
    article = sumber.analyze(text, language="id")
    return [a for a in article.attributions if a.kind in ("direct", "mixed")]


def first(text: str) -> Attribution:
    found = sources(text)
    assert found, "no quotation found"
    return found[0]


# text, public, a word of the role phrase (None: no role)
CASES = [
    # a jabatan before the name
    (
        "”Jembatan itu kami perbaiki bulan depan,” kata Kepala Dinas Pekerjaan Umum Kota Lembah "
        "Hijau Sutrisno Adi.",
        True,
        "Kepala",
    ),
    # an apposition after the name
    (
        "”Anggaran sudah disiapkan,” ujar Wulan Sari, Sekretaris Daerah Kabupaten Tanjung.",
        True,
        "Sekretaris",
    ),
    # an expert
    (
        "”Inflasi akan turun,” kata pengamat ekonomi Universitas Merdeka, Bayu Prakoso.",
        True,
        "pengamat",
    ),
    # an ordinary person: age in brackets and a resident
    ("”Air belum mengalir sejak Senin,” kata Darmi (52), warga Desa Sumber Rejo.", False, "warga"),
    # a trader introduced before the quote, then quoted by a short name
    (
        "Tarno (47), pedagang sayur di Pasar Lama, mengeluhkan sepinya pembeli. ”Sekarang sehari "
        "cuma laku sedikit,” kata Tarno.",
        False,
        "pedagang",
    ),
    # a pupil introduced after "yang merupakan"
    ("”Saya belajar dari rumah saja,” kata Rani yang merupakan siswi kelas dua.", False, "siswi"),
    # a neighbourhood head is a resident serving the street, not an office holder
    (
        "”Gotong royong digelar tiap Minggu,” kata Joko Susilo, Ketua RT 04 Kelurahan Asri.",
        False,
        "Ketua RT",
    ),
    # nothing said about the speaker
    ("”Acara dimulai pukul sembilan,” kata Melati.", None, None),
]


@pytest.mark.parametrize(("text", "public", "role"), CASES)
def test_public_or_private(text: str, public: bool | None, role: str | None) -> None:
    src = first(text).source
    assert src is not None
    assert src.public is public
    if role is None:
        assert src.role is None
    else:
        assert src.role is not None and role.lower() in src.role.lower()


def test_clitic_source_inherits_the_introduction() -> None:
    text = (
        "Gubernur Nusa Permai Rahmat Hidayat meninjau lokasi banjir. ”Bantuan sudah dikirim,” "
        "katanya. Di tempat lain, Yanti (39), ibu rumah tangga, masih mengungsi. ”Rumah saya "
        "terendam,” ujar Yanti."
    )
    found = sources(text)
    assert [a.source.public for a in found if a.source] == [True, False]


def test_a_capitalised_title_is_no_private_marker() -> None:
    src = first("”Program ini berlanjut,” kata Ibu Ratna Dewi, Menteri Sosial.").source
    assert src is not None and src.public is True


def test_the_nearest_introduction_decides() -> None:
    # two people called Agus: the trader introduced right before the quote is meant
    text = (
        "Wakil Bupati Agus Salim membuka pasar itu pekan lalu. Sementara itu, Agus (33), "
        "pedagang ikan, mengeluh. ”Harga es naik terus,” kata Agus."
    )
    src = first(text).source
    assert src is not None and src.public is False


def test_other_languages_say_nothing() -> None:
    article = sumber.analyze('"The road is closed," said Maria, a local resident.', language="en")
    assert all(a.source is None or a.source.public is None for a in article.attributions)


def test_json_carries_public_and_role() -> None:
    article = sumber.analyze(
        "”Air belum mengalir,” kata Darmi (52), warga Desa Asri.", language="id"
    )
    src = article.to_dict()["attributions"][0]["source"]
    assert src["public"] is False and "warga" in src["role"]
