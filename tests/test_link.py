"""Linking rules across articles (names invented for these tests)."""

import random
from typing import Any

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


def _made_up_given(rng: Any) -> str:
    letters = "bcdfghjklmnprstvz"
    word = "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(rng.randint(1, 4)))
    roll = rng.random()
    if roll < 0.15:
        return word[0].upper() + "."  # an initial
    if roll < 0.5:  # one letter changed, added or dropped after the first
        i = rng.randrange(1, len(word) + 1)
        word = word[:i] + rng.choice(["", rng.choice(letters)]) + word[i + 1 :]
    return word.capitalize()


def test_full_names_that_may_be_one_person_share_a_blocking_key() -> None:
    # whatever two full names choose_entity would take for one person, the one's look-up
    # keys meet the other's stored keys (the blocks are an index of the comparison)
    rng = random.Random(7)
    agreeing = 0
    for _ in range(20_000):
        surname = rng.choice(["Orlan", "Brandt", "Kessel"])
        a = " ".join([*(_made_up_given(rng) for _ in range(rng.randint(1, 2))), surname])
        b = " ".join([*(_made_up_given(rng) for _ in range(rng.randint(1, 2))), surname])
        if link._parts_agree(link._parts(a), link._parts(b)):
            agreeing += 1
            looks = set(link.lookup_keys(a, "person"))
            assert looks & set(link.entity_keys(b, "person")), (a, b)
    assert agreeing > 1000  # the test compares many names that agree, not only strangers
