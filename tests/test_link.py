"""Linking rules across articles (names invented for these tests)."""

import pytest

from sumber import link
from sumber.link import Candidate


@pytest.mark.parametrize(
    "a, b",
    [
        ("Andrei Volkov", "Andrej Wolkow"),
        ("Andrei Volkov", "Андрей Волков"),
        ("Tn. Andrei Volkov", "Andrei Volkov"),
        ("Oksana Zelenko", "Oksana Selenko"),
        ("Marta Kowalczyk", "Marta Kowalczyk"),
    ],
)
def test_spelling_variants_meet(a: str, b: str) -> None:
    assert link.loose(a) == link.loose(b)


def test_places_meet_across_languages() -> None:
    assert link.entity_keys("Rusia", "place", "id") == link.entity_keys("Russia", "place", "en")
    assert link.entity_keys("AS", "place", "id") == link.entity_keys("United States", "place", "en")


def test_people_sharing_a_surname_are_not_merged() -> None:
    stored = [Candidate("e1", "Hugo Brandt", "person", mentions=4)]
    assert link.choose_entity("Ilse Brandt", "person", [], stored) is None
    assert link.choose_entity("Hugo Brandt", "person", [], stored) is stored[0]
    assert link.choose_entity("Hugo Maximilian Brandt", "person", [], stored) is stored[0]


def test_surname_alone_uses_roles_then_prominence() -> None:
    stored = [
        Candidate("e1", "Hugo Brandt", "person", roles=["finance minister"], mentions=2),
        Candidate("e2", "Ilse Brandt", "person", roles=["mayor of Kiel"], mentions=9),
    ]
    assert link.choose_entity("Brandt", "person", ["the finance minister"], stored).id == "e1"
    assert link.choose_entity("Brandt", "person", [], stored).id == "e2"


def test_organisations_are_not_people() -> None:
    stored = [Candidate("e1", "Brandt", "person")]
    assert link.choose_entity("Brandt", "organization", [], stored) is None


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("2024-11-07", "2024-11-07", True),
        ("2024-11-07", None, True),
        ("2024-11-07", "2024-W45", True),
        ("2024-11", "2024-11-07", True),
        ("--11-07", "2024-11-07", True),
        ("--11-07", "2024-11-08", False),
        ("2024-11-07", "2021", False),
        ("2024-11-07", "2024-11-09", True),
        ("2024-11-07", "2024-11-12", False),
    ],
)
def test_dates_compatible(a: str, b: str | None, same: bool) -> None:
    assert link.dates_compatible(a, b) is same


def test_claim_key_ignores_participant_order() -> None:
    assert link.claim_key("phone_call", ["e2", "e1"]) == link.claim_key("phone_call", ["e1", "e2"])


def test_relayed_anonymous_sources_count_once() -> None:
    stances = [
        ("anonymous", "anonymous", ["e9"], "asserts"),  # unnamed sources cited by outlet e9
        ("anonymous", "anonymous", ["e9", "e4"], "asserts"),  # the same, relayed by e4
        ("e5", "entity", [], "reports"),
        ("e7", "entity", [], "denies"),
    ]
    assert link.independent_confirmations(stances) == 2


def test_a_candidate_is_compared_by_its_loose_name_which_follows_its_name() -> None:
    lone = Candidate("E1", "Harlan", "person")
    assert lone.loose == link.loose("Harlan")
    assert link.choose_entity("Tom Harlan", "person", [], [lone]) is lone
    lone.rename("Tom Harlan")
    assert lone.loose == link.loose("Tom Harlan")
    assert lone.name_parts() == link._parts("Tom Harlan")
    assert link.choose_entity("Jill Harlan", "person", [], [lone]) is None
    # the loose name the store keeps is the one compared: the name is not transliterated again
    org = Candidate("E2", "Some Agency", "organization", loose=link.loose("Кремль"))
    assert link.choose_entity("Kreml", "organization", [], [org]) is org
    place = Candidate("E3", "Elsewhere", "place", loose=link.loose("Vietnam"))
    assert link.choose_entity("Vietnam", "place", [], [place]) is place
    person = Candidate("E4", "Someone Else", "person", loose=link.loose("Мира Орлова"))
    assert link.choose_entity("Mira Orlova", "person", [], [person]) is person
