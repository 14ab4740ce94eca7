"""The speaker identity rule on its own, without a database."""

from __future__ import annotations

from typing import Any

import pytest

from quotes.archive.speakers import (
    Cluster,
    Known,
    choose,
    cluster_quotes,
    first_compatible,
    norm_key,
    orgs_compatible,
    parse_name,
)
from quotes.records import Quote, Span, Speaker


@pytest.mark.parametrize(("text", "key"), [
    ("The U.S. Army", "us army"),
    ("  US   army ", "us army"),
    ("US-led coalition", "us led coalition"),
    ("Société Générale", "societe generale"),
    ("O’Brien", "obrien"),
    ("the", "the"),
    (None, ""),
])
def test_norm_key(text: str | None, key: str) -> None:
    assert norm_key(text) == key


@pytest.mark.parametrize(("name", "first", "surname", "display", "title"), [
    ("Col. Wayne Morotto", "wayne", "morotto", "Wayne Morotto", "Col."),
    ("Colonel Wayne Morotto", "wayne", "morotto", "Wayne Morotto", "Colonel"),
    ("Morotto, the coalition spokesman", None, "morotto", "Morotto", None),
    ("Morotto's", None, "morotto", "Morotto", None),
    ("Prime Minister Boris Johnson", "boris", "johnson", "Boris Johnson", "Prime Minister"),
    ("Martin Luther King Jr.", "martin", "king", "Martin Luther King", None),
    ("Bashar al-Assad", "bashar", "assad", "Bashar al-Assad", None),
    ("Ursula von der Leyen", "ursula", "leyen", "Ursula von der Leyen", None),
    ("von der Leyen", None, "leyen", "von der Leyen", None),
    ("J. Smith", "j", "smith", "J. Smith", None),
    ("President", None, "president", "President", None),
])
def test_parse_name(name: str, first: str | None, surname: str, display: str,
                    title: str | None) -> None:
    parsed = parse_name(name)
    assert (parsed.first, parsed.surname, parsed.display, parsed.title) == (
        first, surname, display, title)


def test_honorifics_give_gender() -> None:
    assert parse_name("Mrs Smith").gender == "f"
    assert parse_name("Smith", title="Mr.").gender == "m"
    assert parse_name("Col. Smith").gender is None


def test_compatibility_helpers() -> None:
    assert orgs_compatible("us led coalition", "coalition")
    assert orgs_compatible("coalition", "us led coalition")
    assert not orgs_compatible("acme", "beta")
    assert not orgs_compatible("us army", "russian army navy")
    assert first_compatible("j", "john") and first_compatible(None, "john")
    assert not first_compatible("john", "mary") and not first_compatible("j", "mary")


def person(first: str | None, orgs: set[str] | None = None, gender: str | None = None) -> Cluster:
    return Cluster(type="person", display="x", key="x", first=first, surname="smith",
                   gender=gender, orgs=orgs or set())


JOHN = Known(1, "john", frozenset({"acme"}))
MARY = Known(2, "mary", frozenset({"beta"}))
BARE = Known(3, None)


def test_surname_joins_the_only_speaker_with_it() -> None:
    assert choose(person(None), [JOHN]) == 1
    assert choose(person(None, {"acme corp"}), [Known(1, "john", frozenset({"acme corp"}))]) == 1


def test_surname_never_joins_when_ambiguous_or_contradicted() -> None:
    assert choose(person(None), [JOHN, MARY]) is None
    assert choose(person(None, {"acme"}), [JOHN, MARY]) is None  # strict: two Smiths known
    assert choose(person(None, {"gamma"}), [JOHN]) is None  # organisation contradicts
    assert choose(person(None, gender="f"), [Known(1, "john", gender="m")]) is None


def test_ambiguous_surname_collects_in_the_bare_entry() -> None:
    assert choose(person(None), [JOHN, MARY, BARE]) == 3
    assert choose(person(None), [JOHN, MARY, BARE, Known(4, None)]) is None


def test_full_name_rules() -> None:
    assert choose(person("john"), [JOHN, MARY]) == 1
    assert choose(person("peter"), [JOHN, MARY]) is None
    assert choose(person("john", {"gamma"}), [JOHN]) is None  # a different John Smith
    assert choose(person("j"), [JOHN, MARY]) == 1  # the initial fits John only
    assert choose(person("john"), [Known(1, "j"), Known(2, "john")]) == 2  # exact beats initial
    two_johns = [Known(1, "john", frozenset({"acme"})), Known(2, "john", frozenset({"beta"}))]
    assert choose(person("john", {"beta"}), two_johns) == 2  # shared organisation breaks tie
    assert choose(person("john"), two_johns) is None  # a tie stays apart


def test_full_name_and_bare_entry() -> None:
    assert choose(person("john"), [BARE]) == 3  # the only Smith: the bare entry gains a name
    assert choose(person("peter"), [JOHN, BARE]) is None  # the bare Smith may be John


def quote(text: str, content: str, **speaker: Any) -> Quote:
    start = text.index(content)
    return Quote(text=content, start=start, end=start + len(content), kind="direct",
                 speaker=Speaker(**speaker), attribution="explicit", paragraph=0,
                 confidence=0.9)


def test_cluster_one_article() -> None:
    text = "alpha beta gamma delta epsilon zeta"
    quotes = [
        quote(text, "alpha", name="Col. Wayne Morotto", type="person",
              mention=Span(text="alpha", start=0, end=5)),
        quote(text, "beta", name="Morotto", type="person"),
        quote(text, "gamma", name="the Pentagon", type="organization"),
        quote(text, "delta", name="Pentagon", type="organization"),
        quote(text, "epsilon", name=None, role="a spokesman", organization="Pentagon"),
        quote(text, "zeta", name="Wayne Morotto", type="unknown"),
    ]
    clusters, owner = cluster_quotes(quotes)
    assert len(clusters) == 2
    assert owner[0] == owner[1] == owner[5] != owner[2]
    assert owner[2] == owner[3] and owner[4] is None
    morotto = clusters[owner[0]]  # type: ignore[index]
    assert (morotto.first, morotto.surname) == ("wayne", "morotto")
    assert set(morotto.aliases.values()) == {"Col. Wayne Morotto", "Morotto", "Wayne Morotto"}


def test_cluster_keeps_two_smiths_and_bare_smith_apart() -> None:
    text = "one two three four"
    quotes = [quote(text, "one", name="John Smith", type="person"),
              quote(text, "two", name="Mary Smith", type="person"),
              quote(text, "three", name="Smith", type="person"),
              quote(text, "four", name="J. Smith", type="person")]
    clusters, owner = cluster_quotes(quotes)
    assert len(clusters) == 3
    assert owner[0] == owner[3] and len({owner[0], owner[1], owner[2]}) == 3


def test_a_tie_goes_to_the_entry_with_the_same_organisations() -> None:
    johns = [Known(1, "john", frozenset({"acme"})), Known(2, "john", frozenset({"beta"}))]
    assert choose(person("john"), johns) is None
    # Once a John Smith with no organisation has his entry, the next one joins it.
    assert choose(person("john"), [*johns, Known(3, "john")]) == 3
    assert choose(person("j"), [*johns, Known(3, "john")]) is None  # an initial still ties
    bare = [JOHN, MARY, Known(3, None, frozenset({"gamma"})), Known(4, None)]
    assert choose(person(None), bare) == 4
