"""Indonesian entity mentions: names, titled forms, role phrases, pronouns (our own sentences)."""

import pytest

import sumber


def _entities(text: str) -> dict[str, sumber.Entity]:
    article = sumber.analyze(text, language="id", published="2025-03-07")
    return {e.name: e for e in article.entities}


def _mentions(entity: sumber.Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_role_title_and_surname_are_one_person() -> None:
    text = (
        "Menteri Keuangan Indonesia Ratna Sari Dewanti bertemu wartawan di Jakarta. "
        "Menurut Ny. Dewanti, anggaran tahun depan tidak berubah. "
        "Bapak Dewanti kemudian meninggalkan gedung."
    )
    ents = _entities(text)
    person = ents["Ratna Sari Dewanti"]
    assert person.type == "person"
    assert "Menteri Keuangan Indonesia" in person.roles
    assert "Ny. Dewanti" in _mentions(person)
    assert "Bapak Dewanti" in _mentions(person)
    assert ents["Indonesia"].type == "place"


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Kantor berita Reuters melaporkan hal itu pada Senin.", "Reuters", "media"),
        ("Pernyataan itu dikeluarkan oleh NATO di Brussel.", "NATO", "organization"),
        (
            "Harian Suara Khatulistiwa menulis bahwa jalan itu rusak.",
            "Harian Suara Khatulistiwa",
            "media",
        ),
        ("Warga Moskow berkumpul di alun-alun.", "Rusia", "place"),
    ],
)
def test_entity_types(text: str, name: str, etype: str) -> None:
    ents = _entities(text)
    assert name in ents
    assert ents[name].type == etype


def test_role_phrase_without_name_resolves_to_earlier_person() -> None:
    text = (
        "Juru bicara Istana Budi Hartono menyampaikan jadwal kunjungan. "
        "Juru bicara Istana menambahkan bahwa acara dimulai pukul sembilan."
    )
    person = _entities(text)["Budi Hartono"]
    assert "Juru bicara Istana" in _mentions(person)


def test_pronoun_resolves_to_nearest_person() -> None:
    text = "Gubernur Lampung Andi Saputra menyatakan bahwa ia akan mundur tahun depan."
    person = _entities(text)["Andi Saputra"]
    assert "ia" in _mentions(person)


def test_long_run_after_role_keeps_region_out_of_the_name() -> None:
    text = "Bupati Lombok Tengah Hendra Kusuma meresmikan pasar baru."
    ents = _entities(text)
    assert "Hendra Kusuma" in ents
    assert "Bupati Lombok Tengah" in ents["Hendra Kusuma"].roles


def test_sentence_initial_capitalised_word_is_no_entity() -> None:
    ents = _entities("Sementara itu, hujan turun sepanjang hari.")
    assert "Sementara" not in ents
