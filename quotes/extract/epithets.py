"""What else the text calls a person by what it says they did or were, away from any title or
role: ``Lofoten Aqua was started in 1998 by Siri Holmvik`` makes her ``the founder``; ``Joe
Barr, who spent 38 years as a boilermaker`` makes him ``the former boilermaker``. A later
epithet (:mod:`quotes.extract.candidates`) names the one person so described."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import word_set

# verbs whose doer is the founder of what they made ("started a fish farm", "set up a charity")
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "start", "establish", "launch",
                            "set", "create", "open"})
# verbs whose "as" names a trade or a post held ("spent 38 years as a boilermaker")
CAREER_VERBS = frozenset({"spend", "work", "serve", "retire", "train", "qualify", "begin",
                          "start", "volunteer"})
_FOUNDED_THINGS = frozenset({"company", "business", "firm", "charity", "club", "shop", "store",
                             "restaurant", "group", "organisation", "organization", "farm",
                             "practice", "agency", "bakery", "brewery", "cafe", "café", "band",
                             "school", "label", "startup", "foundation", "campaign"})


def epithets_of(name: Token) -> set[str]:
    """Nouns the text's own words make of the person whose name ends at ``name``: ``founder``
    for who started a body, the trade of an ``as a ...`` career or of what they became."""
    verbs: list[tuple[Token, bool]] = []  # (verb, the person is its doer)
    if name.dep_ in ("nsubj", "nsubjpass"):
        verbs.append((name.head, name.dep_ == "nsubj"))
        verbs += [(c, name.dep_ == "nsubj") for c in name.head.children  # "went to Sydney
                  if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]  # and became an accountant"
    if name.dep_ == "pobj" and name.head.dep_ == "agent":
        verbs.append((name.head.head, True))  # "was started in 1998 by Siri Holmvik"
    for child in name.children:
        if child.dep_ == "relcl":  # "Joe Barr, who spent 38 years as a boilermaker"
            verbs.append((child, True))
    found: set[str] = set()
    for verb, doer in verbs:
        lemma = verb.lemma_.lower()
        if doer and lemma in FOUNDING_VERBS and _founds_a_body(verb):
            found.add("founder")
        if doer and lemma == "become":  # "became an accountant": "the former accountant"
            found |= {a.lemma_.lower() for a in verb.children
                      if a.dep_ == "attr" and a.pos_ == "NOUN" and a.is_lower}
        if doer and lemma in CAREER_VERBS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    found |= {obj.lemma_.lower() for obj in prep.children
                              if obj.dep_ == "pobj" and obj.pos_ == "NOUN"}
    return found


def _founds_a_body(verb: Token) -> bool:
    """``started a fish farm``, ``Lofoten Aqua was started``, ``set up the charity``: what the
    verb made is a body (named, or a noun for one), not a fire or a debate."""
    if verb.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    made = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(m.ent_type_ == "ORG" or m.pos_ == "PROPN" or m.lemma_.lower() in _FOUNDED_THINGS
               or m.lemma_.lower() in word_set("organization_nouns") for m in made)
