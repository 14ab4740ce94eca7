"""Who holds the office a speaker phrase names: ``the CEO of the Refugee Council, Enver
Solomon``, ``Senate Whip Dana Roe``, ``The Commissioner for Environment, Mr. Babatunde
Olaleye-Coker``.  The parser makes the office the phrase's head and hangs the holder on it as an
appositive or a compound; the holder, not the office, is the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import titles, word_set
from quotes.extract.names import is_role_word, joining_hyphen
from quotes.extract.offices import NAME_LABELS, entity_of


def office_holder(head: Token, phrase: list[Token]) -> tuple[Token, ...] | None:
    """The person who holds the office ``head`` names, named in its phrase; None if no one."""
    person = person_further_on(head, phrase) if head.text in titles() else person_after_title(
        head)
    if person is None and head.lower_ in word_set("party_members"):
        # "The committee's top Republican, Sen. Dale Hutchins"
        person = next((entity_of(c) for c in head.children if c.dep_ == "appos"
                       and c.ent_type_ == "PERSON"), None)
    elif person is None and heads_an_office(head):
        # "the CEO of the Refugee Council, Enver Solomon": a role whose phrase ends in the
        # person who holds it (set off by a comma: "a friend of Tom Hale" is not Tom Hale)
        person = person_further_on(head, phrase)
        if person is not None and (person[-1].i != max(t.i for t in phrase)
                                   or not set_off_by_comma(person[0])) \
                and not one_described_twice(head, person):
            person = None
    return person


def person_further_on(head: Token, phrase: list[Token]) -> tuple[Token, ...] | None:
    """The first person entity in the phrase after its head, or an appositive of the head
    that a title opens (``..., Dr. Ifeoma Nwachukwu-Obi``, which the tagger left untagged)."""
    for token in sorted(phrase, key=lambda t: t.i):
        if token.i > head.i and token.ent_type_ == "PERSON":
            return entity_of(token)
        if token.dep_ == "appos" and token.head.i == head.i and token.i > head.i:
            words = list(token.subtree)
            if len(words) > 2 and words[0].text in titles() and all(
                    t.pos_ == "PROPN" and t.is_title or joining_hyphen(t) for t in words[1:]):
                return tuple(words[1:])
    return None


def heads_an_office(head: Token) -> bool:
    """``the CEO of ...``, ``the Commissioner for Environment`` (which the tagger may take
    for a body), ``the Baale of Olorunda community`` (an office no lexicon lists): a head
    word naming an office, whose phrase may end in the person who holds it."""
    return head.ent_type_ != "PERSON" and (
        head.pos_ == "NOUN" or is_role_word(head) or head.pos_ == "PROPN" and not head.ent_type_
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children))


def set_off_by_comma(first: Token) -> bool:
    """A name opened by ``first`` follows a comma, with only titles between (``, Dr. Ann
    Lee``)."""
    before = first.i - 1
    while before >= 0 and first.doc[before].text in titles():
        before -= 1
    return before >= 0 and first.doc[before].text == ","


def person_after_title(head: Token) -> tuple[Token, ...] | None:
    """``Senate Whip Dana Roe``: a person hung as an appositive on the title words just before."""
    if head.pos_ != "PROPN" or head.ent_type_ in NAME_LABELS:
        return None
    for child in head.children:
        person = entity_of(child) if child.dep_ == "appos" else None
        if person and child.ent_type_ == "PERSON" and person[0].i == head.i + 1:
            return person
    return None


def one_described_twice(head: Token, person: tuple[Token, ...]) -> bool:
    """``GOP presidential contender and former neurosurgeon Ben Carson``: a bare singular role
    noun joined by ``and`` to the role words before a name describes that one person (``the
    mayor and Ben Carson`` are two)."""
    conj = person[-1]
    while conj.dep_ in ("compound", "flat") and conj.head.i > conj.i:
        conj = conj.head
    return conj.dep_ == "conj" and conj.head.i == head.i and head.tag_ == "NN" \
        and not any(c.dep_ in ("det", "poss") for c in head.children) \
        and any(t.pos_ == "NOUN" for t in head.doc[head.i + 1 : person[0].i])


# where a story sets a scene, which the parser may read as an adjective ("Outside court, X said")
_SCENE_WORDS = frozenset({"outside", "inside"})


def past_scene(head: Token) -> Token:
    """``Outside court, Whare's sister, Mereana Whare, said``: the parser took the scene
    (``Outside court``) for the subject and hung the speaker's phrase on it as an appositive;
    that appositive's head, else ``head``."""
    opening = [c for c in head.lefts if c.dep_ == "amod" and c.lower_ in _SCENE_WORDS]
    after = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","
    speaker = next((c for c in head.rights if c.dep_ == "appos"), None)
    return speaker if opening and after and speaker is not None else head
