"""Ages in speaker phrases: set off beside a name (``Nadia Osei, 29,``, ``now 70``), run
into a role (``52-year-old``), or standing for a person (``the 54-year-old said``). An age is
never a role, and an age epithet names whom the text gave that age."""

from __future__ import annotations

import re

from spacy.tokens import Token

YEAR_OLD = re.compile(r"\d{1,3}[ \u00a0]?-[ \u00a0]?years?[ \u00a0]?-[ \u00a0]?old\b")
AGE_WORDS = frozenset({"now", "then", "aged", "age"})
MAX_AGE = 125


def _age_words(token: Token) -> list[Token]:
    """The number and its ``now``/``then``/``aged``; what is joined on by ``and`` is not."""
    return [token] + [c for c in token.children if c.dep_ in ("advmod", "quantmod", "npadvmod")]


def is_age(token: Token) -> bool:
    """``29`` in ``Nadia Osei, 29,`` or ``now 70``: an appositive number that is an age."""
    words = _age_words(token)
    if any(c.dep_ not in ("advmod", "quantmod", "npadvmod", "punct", "cc", "conj")
           for c in token.children):
        return False
    numbers = [t for t in words if t.like_num]
    if len(numbers) != 1 or any(t.lower_ not in AGE_WORDS for t in words if t not in numbers):
        return False
    number = numbers[0].text
    return number.isdigit() and 0 < int(number) < MAX_AGE


def age_tokens(head: Token) -> set[int]:
    """Tokens of the ages set off beside ``head`` (``, 29,``, ``, now 70,``, ``(54)``)."""
    found: set[int] = set()
    for child in head.children:
        if child.dep_ in ("appos", "npadvmod", "nummod", "amod", "dep") and child.i > head.i \
                and is_age(child) and (child.nbor(-1).text in (",", "(")
                                       or child.nbor(-1).lower_ in AGE_WORDS):
            found.update(t.i for t in _age_words(child))
    return found


def age_given(head: Token) -> str | None:
    """``Ken Iverson, 54,``: the age set off beside a name, as its digits; also where the
    parser hung it on the office the name is set beside (``The housing minister, Claire
    Ashworth, 52,``)."""
    found = age_tokens(head)
    if not found and head.dep_ == "appos" and head.head.i < head.i:
        found = {i for i in age_tokens(head.head) if i > head.i}
        found = found if found and min(found) == head.i + 2 else set()
    return next((t.text for i in sorted(found) if (t := head.doc[i]).like_num), None)


def epithet_age(token: Token) -> str | None:
    """``the 54-year-old``, ``the 39-year-old founder``: the age a nominal calls someone by."""
    for old in [token] + [c for c in token.children if c.dep_ == "amod"]:
        if old.lower_ != "old":
            continue
        for year in old.children:
            number = next((n for n in year.children if n.like_num), None) \
                if year.lower_ in ("year", "years") else None
            if number is not None:
                return number.text
    return None


def epithet_after_article(token: Token, articles: frozenset[str]) -> bool:
    """``the 24-year-old said`` with the epithet hung on the cue as an adjective: the article
    before it is the cue's child, not the epithet's."""
    return token.pos_ == "ADJ" and epithet_age(token) is not None and token.left_edge.i > 0 \
        and token.doc[token.left_edge.i - 1].lower_ in articles


def year_old(tokens: list[Token]) -> set[int]:
    """``52-year-old`` before a role: an age, however the parser hung it."""
    found: set[int] = set()
    for token in tokens:
        text = token.doc[token.i : token.i + 5].text
        if token.like_num and YEAR_OLD.match(text):
            found.update(range(token.i, token.i + 5))
    return found
