"""English entity mentions: names, titles, roles, organisations, media (our own sentences)."""

import pytest

import sumber


def _entities(text: str) -> dict[str, sumber.Entity]:
    article = sumber.analyze(text, language="en", published="2025-03-07")
    return {e.name: e for e in article.entities}


def test_role_before_name_and_surname_later() -> None:
    text = (
        "Harbor authority spokesman Daniel Okafor said the pier would close. "
        "Mr. Okafor did not give a date."
    )
    ents = _entities(text)
    person = ents["Daniel Okafor"]
    assert person.type == "person"
    assert any("spokesman" in r for r in person.roles)
    assert "Mr. Okafor" in [m.text for m in person.mentions]


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("The Lakeside Herald published the letter on Monday.", "Lakeside Herald", "media"),
        (
            "Officials at the Justice Department declined to comment.",
            "Justice Department",
            "organization",
        ),
        ("The delegation flew to Moscow on Friday.", "Russia", "place"),
        ("Reuters could not verify the report.", "Reuters", "media"),
    ],
)
def test_entity_types(text: str, name: str, etype: str) -> None:
    ents = _entities(text)
    assert name in ents, list(ents)
    assert ents[name].type == etype


def test_the_role_resolves_to_the_named_holder() -> None:
    text = "Governor Alice Moreno signed the bill. The governor said it would save money."
    person = _entities(text)["Alice Moreno"]
    assert any(m.kind == "role" for m in person.mentions)
