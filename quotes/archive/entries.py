"""Rule 5 of speaker identity (``quotes.archive.speakers``): the entries of a surname, worked out
from every stored mention of it at once, so the same mentions give the same entries in whatever
order their articles arrived.

Pure functions of a set of ``Mention``: ``quotes.archive.identity`` loads the mentions from the
database and stores the entries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotes.archive.speakers import Known, choose


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's group of mentions of a speaker (a ``Cluster`` as stored), for rule 5."""

    ref: int  # the caller's handle (the article_speakers row)
    doc_id: str  # with seq: a stable tie-break that does not depend on arrival order
    seq: int
    type: str
    display: str
    first: str | None = None
    gender: str | None = None
    orgs: frozenset[str] = frozenset()


def decision_order(mention: Mention) -> tuple[object, ...]:
    """Most informative first; every field is the mention's own, so any order of arrival ends
    the same."""
    tier = 2 if mention.first is None else 1 if len(mention.first) == 1 else 0
    return (tier, -len(mention.orgs), mention.gender is None, mention.gender or "",
            mention.first or "", sorted(mention.orgs), mention.display, mention.type,
            mention.doc_id, mention.seq)


def group_people(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """Rule 4 over every mention of one surname, in ``decision_order``: the entries as lists of
    mentions, in the order they were made."""
    entries: list[_Growing] = []
    known: list[Known] = []
    # A decision depends on the mention's facts and the entries' facts only: while no entry
    # changes, the same facts get the same answer (most mentions repeat a few names).
    decided: dict[tuple[str | None, str | None, frozenset[str]], int | None] = {}
    for mention in sorted(mentions, key=decision_order):
        facts = (mention.first, mention.gender, mention.orgs)
        if facts not in decided:
            decided[facts] = choose(mention, known)
        found = decided[facts]
        if found is None:
            entries.append(_Growing())
            known.append(entries[-1].known(len(known)))
            found = len(entries) - 1
            decided.clear()
        if entries[found].add(mention):
            known[found] = entries[found].known(found)
            decided.clear()
    return [entry.members for entry in entries]


@dataclass
class _Growing:
    """An entry while mentions join it: what the contradiction test needs, kept up to date."""

    members: list[Mention] = field(default_factory=list)
    first: str | None = None
    orgs: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)

    def add(self, mention: Mention) -> bool:
        """Add a mention; True when what the entry says (first name, organisations, honorific)
        changed."""
        before = (self.first, len(self.orgs), len(self.genders))
        self.members.append(mention)
        self.first = _fuller(self.first, mention.first)
        self.orgs |= mention.orgs
        self.genders |= {mention.gender} if mention.gender else set()
        return before != (self.first, len(self.orgs), len(self.genders))

    def known(self, number: int) -> Known:
        gender = next(iter(self.genders)) if len(self.genders) == 1 else None
        return Known(number, self.first, frozenset(self.orgs), gender)


def _fuller(a: str | None, b: str | None) -> str | None:
    """The longer first name (an initial gives way to the name), the first in order on a tie."""
    if not a or not b:
        return a or b
    return a if len(a) > len(b) or (len(a) == len(b) and a <= b) else b


def _first_name(members: Sequence[Mention]) -> str | None:
    first: str | None = None
    for member in members:
        first = _fuller(first, member.first)
    return first


@dataclass(frozen=True)
class Entry:
    """A speaker entry as stored: what every mention it holds says about it."""

    key: str
    name: str
    type: str
    first: str | None
    surname: str | None
    members: tuple[Mention, ...]


def _most_common(values: Iterable[str]) -> str:
    """The value seen most; the first in sort order on a tie."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def person_entries(surname: str, mentions: Iterable[Mention]) -> list[Entry]:
    """The entries of one surname (rule 5): a pure function of the set of mentions."""
    entries = []
    taken: dict[str, int] = {}
    for members in group_people(mentions):
        first = _first_name(members)
        key = f"{surname}:{first or ''}"
        taken[key] = taken.get(key, 0) + 1
        # the fullest name: with the entry's first name (not an initial), most words, most used
        displays = Counter(m.display for m in members if m.first == first) or Counter(
            m.display for m in members)
        name = min(displays, key=lambda d: (-len(d.split()), -displays[d], d))
        kind = "person" if any(m.type == "person" for m in members) else _most_common(
            m.type for m in members)
        entries.append(Entry(key + (f"#{taken[key]}" if taken[key] > 1 else ""), name, kind,
                             first, surname, tuple(members)))
    return entries


def named_entry(name_key: str, mentions: Sequence[Mention]) -> Entry:
    """Organisations and groups (rule 2): one entry per normalised name."""
    types = [m.type for m in mentions if m.type != "unknown"] or ["unknown"]
    return Entry(f"={name_key}", _most_common(m.display for m in mentions),
                 _most_common(types), None, None, tuple(mentions))
