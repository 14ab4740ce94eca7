"""The place a public office is of, which is no organisation: ``New Mexico Gov. X``,
``Manitoba Premier X``, ``Carberry Mayor X``, ``Senator X of Ohio``, as ``US President X``
(GUIDELINES.md, as the writers of the wire train sets annotated); but the place an office
written in lower case is ``of`` (``a former mayor of Nice``), and a government, a party or a
body by its name (``Weddin Shire Mayor``, ``Fine Gael councillor``, ``CNB Governor``) are."""

from __future__ import annotations

from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import kind_nouns, says_its_kind
from quotes.extract.lexicon import word_set
from quotes.extract.named_spans import GOVERNMENT_KINDS
from quotes.extract.referents import Entity, name_words


def _office_of_a_place(title: str | None, role: str | None) -> bool:
    """A public office a place elects or appoints (``Gov.``, ``Premier``, ``Attorney
    General``, ``former governor``; not a minister, whose province the anatomy table keeps): the
    place before it says where."""
    words = (title or role or "").casefold().replace(".", "").split()
    return any(" ".join(words[-k:]) in word_set("place_offices") for k in (1, 2, 3))


def where_the_office_is(organization: str | None, title: str | None, role: str | None,
                        entities: DocumentEntities, offset: int) -> bool:
    """``New Mexico Gov.``, ``Carberry Mayor``, ``Senator X of Ohio``: the organisation read
    before or after a place's office is where the office is, no organisation, as ``US
    President`` (the train writers: 23 of 23 ``Gov.``, 23 of 23 ``Premier``)."""
    if not organization or not _office_of_a_place(title, role):
        return False
    owner = entities.find(organization, "unknown", offset)
    words = owner.words if owner is not None else name_words(organization)
    parties = word_set("party_members") | word_set("party_adjectives") | word_set("party_names")
    if set(words) & (parties | GOVERNMENT_KINDS | word_set("place_government_words")
                     | word_set("proper_institutions") | word_set("public_body_words")
                     | {"shire"}) or " ".join(words) in parties:
        return False  # ("Fine Gael councillor", "Weddin Shire Mayor", "Democratic Renewal",
        # "Speaker of the House Rep. X": the House)
    if owner is not None and owner.type == "place" and title is None \
            and not set(words) <= set(name_words(role or "")) and _written_as_seat(owner, offset):
        return False  # "a former mayor of Nice", "the former governor of Arizona": the
        # place an office written in lower case is "of" is its organisation (train-wire,
        # train-us-2); not "the former Florida governor"
    if owner is not None and owner.type == "place":
        return True
    # a short name the tagger took for a body or a person, or for no one (run into the
    # officeholder's name: "Ontario Premier X"), that says no kind of body and is no acronym
    # ("Carberry", "Kakamega"; not "Riksbank", "CNB")
    return 0 < len(words) <= 2 and not organization.isupper() \
        and not (owner is not None and says_its_kind(owner)) \
        and not set(words) & (kind_nouns() | word_set("organization_name_endings")
                              | word_set("company_name_words")) \
        and not words[-1].endswith("bank")


def _written_as_seat(place: Entity, offset: int) -> bool:
    """The place's last mention before ``offset`` is a preposition's object (``mayor of
    Nice``), not a word before an office (``Florida senator``, ``Italy's interior minister``)."""
    before = [m for m in place.mentions if m.start < offset]
    return bool(before) and before[-1].function == "oblique"
