"""What a copy editor sets aside when reading a speaker phrase in English news.

``CAPITAL CITY (AP) — Central Bank Governor Jo Park`` opens with a dateline; ``Sen. Harold
Pike, R-Neb.`` carries a party and state tag; ``Nadia Osei, 29, a bus driver`` an age;
``Comedian Sara Lind`` a role word the tagger took into the name; ``Writing in the Harbor
Medical Journal Dr. Imre Toth`` a citation phrase.  None of these is the speaker's name, role
or organisation.  These are general conventions of news writing, read from the text and the
parse (no name lists); :mod:`quotes.extract.mentions` puts the rest of the phrase together.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.extract.lexicon import titles, word_set

_AGENCY = r"\([A-Z][\w.&'\u2019 -]{0,30}\)"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})"
_CAPS_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:[ \u00a0]+[A-Z][A-Z.'\u2019-]+)*"
_REGION = r"(?:,[ \u00a0]*[A-Z][A-Za-z.]*(?:[ \u00a0]+[A-Z][A-Za-z.]*)?)"
_ANY_PLACE = r"[A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,2}"
# CAPITAL CITY (AP) —, LONDON (Reuters) -, SPRINGFIELD, Ill. (AP) —, BRUSSELS, Jan. 12
# (Reuters) -, Washington (Reuters) -, (Bloomberg) --, WASHINGTON —
DATELINE = re.compile(
    rf"[ \t\u00a0]*(?:{_CAPS_PLACE}{_REGION}?(?:,?[ \u00a0]+{_DATE})?(?:[ \u00a0]*{_AGENCY})?"
    rf"|{_ANY_PLACE}{_REGION}?(?:,?[ \u00a0]+{_DATE})?[ \u00a0]*{_AGENCY}"
    rf"|{_AGENCY})"
    r"[ \u00a0]*(?:\u2014|\u2013|--|-)[ \u00a0]*(?=[\"\u201c'\u2018A-Z])")
_STATE = (r"(?:(?:New|North|South|West|Rhode)[ \u00a0][A-Z][a-z]+|(?:[A-Z]\.)+[A-Z]?\.?"
          r"|[A-Z][a-z]{1,12}\.?|[A-Z]{2}(?![a-z]))")
# R-Neb., D-N.Y., (I-Vt.), R-Texas, (R-WI): party and state beside a legislator's name
PARTY_TAG = re.compile(rf"(?<![\w.-])[RDI][ \u00a0]?[-\u2013][ \u00a0]?{_STATE}(?![\w-])")
AGE_WORDS = frozenset({"now", "then", "aged", "age"})
MAX_AGE = 125


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a dateline that opens ``doc`` (0 when there is none)."""
    match = DATELINE.match(doc.text[:160])
    if match is None or not any(c.isalpha() for c in match.group(0)):
        return 0
    end = match.end()
    for token in doc:
        if token.idx >= end:
            return token.i
    return 0


def party_tags(tokens: list[Token]) -> tuple[str | None, set[int]]:
    """The first party and state tag in a phrase (as written) and the tokens it covers,
    brackets included; a tag stands after a comma or an opening bracket."""
    if not tokens:
        return None, set()
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    text = doc.text
    for match in PARTY_TAG.finditer(text, start, min(end + 3, len(text))):
        before = text[start:match.start()].rstrip()
        if not before.endswith((",", "(")):
            continue
        covered = {t.i for t in doc[first : last + 1] if match.start() <= t.idx < match.end()}
        for t in doc[first : last + 1]:
            if t.text in ("(", ")") and (t.i + 1 in covered or t.i - 1 in covered):
                covered.add(t.i)
        return match.group(0), covered
    return None, set()


def is_age(token: Token) -> bool:
    """``29`` in ``Nadia Osei, 29,`` or ``now 70``: an appositive number that is an age."""
    words = [t for t in token.subtree if not t.is_punct]
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
                and is_age(child) and child.nbor(-1).text in (",", "(") or (
                child.i > head.i and child.like_num and child.nbor(-1).lower_ in AGE_WORDS
                and is_age(child)):
            found.update(t.i for t in child.subtree)
    return found


def is_role_word(token: Token) -> bool:
    """A common noun naming what someone is (``Comedian``, ``Treasurer``), which a tagger may
    take into a name when it is capitalised before one."""
    return token.lower_ in word_set("role_words") or token.text in titles()


def takes_portfolio(title: Token) -> bool:
    """Office titles that take the name of their portfolio before them (``Trade Secretary``,
    ``Economy Minister``, ``Majority Leader``); ranks and honorifics do not (``Professor``)."""
    return title.text in word_set("office_titles")


def is_citation_lead(token: Token) -> bool:
    """``Writing in the Journal``, ``According to the Index``: a phrase that says where the
    words appeared, which the parser may fold into the speaker's phrase."""
    return token.pos_ in ("VERB", "ADP", "SCONJ") or token.dep_ in ("prep", "pobj", "pcomp")
