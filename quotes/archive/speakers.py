"""Speaker identity across articles: when two mentions name the same speaker.

The rule (also the README text)
-------------------------------
Every quotation whose speaker has a name is linked to one *speaker entry*; the entry keeps
every way the speaker was written (aliases) and the titles, roles and organisations seen in
each article, so they can be followed over time.

1. **Names are compared normalised**: case, accents and punctuation are ignored, a leading
   "the" is dropped, titles and honorifics in front of a name ("Col.", "Colonel",
   "Prime Minister", "Mrs") and suffixes ("Jr.") are set aside, and anything after a comma
   ("Morotto, the coalition spokesman") is not part of the name.  A person's name is then a
   first name (the first word, possibly an initial) and a surname (the last word, without
   "al-"/"el-" or particles such as "von der").
2. **Organisations and groups** ("the Pentagon", "US officials") are one entry per normalised
   name.  Two organisation names are *compatible* when equal or when one is a run of words
   inside the other ("coalition" and "US-led coalition").
3. **Inside one article**, a full name and later mentions of the same surname are one person
   (news style names someone in full, then by surname), provided exactly one full name in the
   article has that surname; an initial ("J. Smith") joins the one full first name it fits.
4. **Across articles**, a mention never joins an entry it *contradicts*: a different first
   name (an initial fits any first name with that letter), a different gender honorific
   ("Mr" / "Mrs", "Ms"), or organisations on both sides that are all incompatible.  Then:

   * a **full name** joins the entry with that surname whose first name matches best (same
     first name before a fitting initial; a shared organisation, then the very same
     organisations, break a tie); if two entries still fit equally well it gets a new entry.
   * a **surname alone** joins a named entry only when exactly one entry has that surname and
     nothing contradicts it.  Otherwise it stays apart, in the entry that collects the
     mentions of that bare surname, so "Smith" is never given to John Smith when Mary Smith
     is also known.

5. **The same documents give the same speakers, in whatever order they were indexed.**  The
   entries of a surname are worked out from every article's mentions of it together, never
   from the order they arrived: fuller names first (full first name, then initial, then
   surname alone), those with more organisations and a gender first, then by first name,
   organisations, name and the article's id.  Indexing or withdrawing an article works out
   the entries of its surnames again.  An entry's name is the fullest name among its
   mentions, and its ``key`` (``smith:john``, ``smith:`` for the bare surname, ``=pentagon``
   for an organisation; ``#2`` for a second entry of the same name) depends on its mentions
   only (``quotes.archive.entries``).  Unnamed speakers ("a Pentagon spokesman") get no
   entry; their quotations still carry their role and organisation.

Splitting two mentions of one person costs a reader a second look; merging two people
silently corrupts the record, so every doubtful case is kept apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Protocol

from quotes.records import Quote

# Words set aside in front of a name; lower case, dots removed.
TITLE_WORDS = frozenset(["mr", "mrs", "ms", "miss", "mx", "madam", "mme", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "fr", "sister", "pastor", "rabbi", "imam", "sheikh", "sheik", "ayatollah", "cardinal", "bishop", "archbishop", "pope", "col", "colonel", "lt", "lieutenant", "gen", "general", "maj", "major", "capt", "captain", "cmdr", "commander", "cdr", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "brig", "brigadier", "marshal", "field", "air", "vice", "rear", "staff", "president", "vp", "premier", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "emir", "ambassador", "chief", "deputy", "acting", "former", "spokesman", "spokeswoman", "spokesperson", "officer", "inspector", "detective", "det", "supt", "superintendent", "constable", "sheriff", "chairman", "chairwoman", "chair", "ceo", "director", "state", "foreign", "defence", "defense", "interior", "finance", "health", "home", "us", "uk", "of", "the"])
SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "qc", "kc", "mp"})
PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le",
                       "du", "dos", "das", "bin", "ibn", "al", "el", "ben", "st", "ter", "ten"})
MALE = frozenset({"mr", "mister", "sir", "lord", "king", "prince", "father", "fr", "congressman",
                  "chairman", "spokesman"})
FEMALE = frozenset({"mrs", "ms", "miss", "madam", "mme", "dame", "lady", "queen", "princess",
                    "sister", "congresswoman", "chairwoman", "spokeswoman"})
NAMED_TYPES = frozenset({"organization", "group"})  # matched on normalised name only


def norm_key(text: str | None) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading "the": for matching."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[.'\u2019]", "", text)  # U.S. -> us, O'Brien -> obrien
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def orgs_compatible(a: str, b: str) -> bool:
    """Normalised organisation names that may be the same body: equal or one inside the other."""
    if a == b:
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    n = len(short)
    return n > 0 and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def first_compatible(a: str | None, b: str | None) -> bool:
    """Unknown fits anything; an initial fits a first name with that letter."""
    if not a or not b or a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


@dataclass(frozen=True)
class PersonName:
    """A person's name taken apart: what to display and the keys to match on."""

    display: str  # as written, without title, suffix or apposition: "Wayne Morotto"
    first: str | None  # normalised first name or initial
    surname: str | None  # normalised surname key
    title: str | None  # title words found in front of the name, as written: "Col."
    gender: str | None  # "m" / "f" when an honorific says so


def gender_of(words: Iterable[str]) -> str | None:
    found = {("m" if w in MALE else "f") for w in words if w in MALE or w in FEMALE}
    return found.pop() if len(found) == 1 else None


def parse_name(name: str, title: str | None = None) -> PersonName:
    """Split "Col. Wayne Morotto, the spokesman" into display name, first name and surname."""
    text = name.split(",")[0]
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    words = text.split()
    keys = [norm_key(w) for w in words]
    start = 0
    while start < len(words) - 1 and (keys[start] in TITLE_WORDS or not keys[start]):
        start += 1
    end = len(words)
    while end - 1 > start and (keys[end - 1] in SUFFIX_WORDS or not keys[end - 1]):
        end -= 1
    title_words = words[:start]
    core, core_keys = words[start:end], keys[start:end]
    gender = gender_of(keys[:start] + norm_key(title).split())
    if not core:
        return PersonName(display=name.strip(), first=None, surname=None, title=title,
                          gender=gender)
    surname = re.sub(r"^(al|el) ", "", core_keys[-1]).replace(" ", "") or None
    first = None
    if len(core) > 1 and core_keys[0] not in PARTICLES:
        first = core_keys[0].replace(" ", "") or None
    return PersonName(display=" ".join(core), first=first, surname=surname,
                      title=title or (" ".join(title_words) or None), gender=gender)


@dataclass
class Cluster:
    """The mentions of one speaker inside one article, to be matched against known speakers."""

    type: str
    display: str
    key: str  # normalised full name
    first: str | None = None
    surname: str | None = None
    gender: str | None = None
    orgs: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)  # alias_key -> alias as written

    @property
    def is_person(self) -> bool:
        return self.type not in NAMED_TYPES and self.surname is not None


@dataclass(frozen=True)
class Known:
    """What the database knows about an existing person entry, for the contradiction test."""

    id: int
    first: str | None
    orgs: frozenset[str] = frozenset()
    gender: str | None = None


class Facts(Protocol):
    """What the contradiction test reads: a cluster, a mention, or a known entry."""

    @property
    def first(self) -> str | None: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def orgs(self) -> AbstractSet[str]: ...


def contradicts(mention: Facts, other: Facts) -> bool:
    """Rule 4: different first name, gender honorific, or organisations."""
    if not first_compatible(mention.first, other.first):
        return True
    if mention.gender and other.gender and mention.gender != other.gender:
        return True
    if mention.orgs and other.orgs:
        return not any(orgs_compatible(a, b) for a in mention.orgs for b in other.orgs)
    return False


def choose(cluster: Facts, candidates: Sequence[Known]) -> int | None:
    """The entry a person cluster joins among the known speakers with its surname, or None.

    Among entries that fit equally, one with exactly the same organisations (none for none)
    and honorific wins, so mentions that say the same thing never scatter over new entries.
    """
    fitting = [c for c in candidates if not contradicts(cluster, c)]
    if cluster.first is None:
        if len(candidates) == 1 and fitting:
            return fitting[0].id
        bare = [c for c in fitting if c.first is None]
        if len(bare) > 1:
            bare = [c for c in bare if (set(c.orgs), c.gender) == (set(cluster.orgs),
                                                                    cluster.gender)]
        return bare[0].id if len(bare) == 1 else None
    named = [c for c in fitting if c.first is not None]
    if named:
        def score(c: Known) -> tuple[bool, bool, bool]:
            shared = any(orgs_compatible(a, b) for a in cluster.orgs for b in c.orgs)
            same = c.first == cluster.first
            return (same, shared, same and set(c.orgs) == set(cluster.orgs))

        best = max(score(c) for c in named)
        top = [c for c in named if score(c) == best]
        return top[0].id if len(top) == 1 else None
    if len(candidates) == 1 and fitting:
        return fitting[0].id
    return None


def _aliases(quote: Quote, name: PersonName) -> dict[str, str]:
    """The name as written, and the mention when it is that name behind a title ("Col.")."""
    written = (quote.speaker.name or "").strip()
    found = {norm_key(written): written}
    mention = quote.speaker.mention
    if mention and "," not in mention.text and name.first:
        parsed = parse_name(mention.text)
        if (parsed.first, parsed.surname) == (name.first, name.surname):
            found.setdefault(norm_key(mention.text), " ".join(mention.text.split()))
    return {k: v for k, v in found.items() if k}


def cluster_quotes(quotes: Sequence[Quote]) -> tuple[list[Cluster], list[int | None]]:
    """Rule 3: group one article's named speakers; return the clusters and each quote's cluster."""
    clusters: list[Cluster] = []
    owner: list[int | None] = [None] * len(quotes)
    named: dict[tuple[str, str], int] = {}
    people: list[tuple[int, PersonName]] = []
    for i, quote in enumerate(quotes):
        sp = quote.speaker
        key = norm_key(sp.name)
        if not key:
            continue
        parsed = parse_name(sp.name or "", sp.title)
        if sp.type in NAMED_TYPES or parsed.surname is None:
            slot = (sp.type, key)
            if slot not in named:
                named[slot] = len(clusters)
                clusters.append(Cluster(type=sp.type, display=(sp.name or "").strip(), key=key))
            owner[i] = here = named[slot]
            clusters[here].aliases.update({key: (sp.name or "").strip()})
        else:
            people.append((i, parsed))
    # Full names first (longest first names first, so "John" exists before "J." looks for it).
    people.sort(key=lambda item: (item[1].first is None, -len(item[1].first or "")))
    for i, parsed in people:
        sp = quotes[i].speaker
        orgs = {norm_key(sp.organization)} - {""}
        probe = Cluster(type=sp.type, display=parsed.display, key=norm_key(parsed.display),
                        first=parsed.first, surname=parsed.surname, gender=parsed.gender,
                        orgs=orgs)
        persons = [n for n, c in enumerate(clusters)
                   if c.is_person and c.surname == parsed.surname]
        if parsed.first is not None:
            same = [n for n in persons if clusters[n].first is not None
                    and not contradicts(probe, clusters[n])]
            same = [n for n in same if clusters[n].first == parsed.first] or same
        else:
            full = [n for n in persons if clusters[n].first is not None]
            bare = [n for n in persons if clusters[n].first is None]
            fits = len(full) == 1 and not contradicts(probe, clusters[full[0]])
            same = full if fits else bare
        if len(same) == 1:
            target = clusters[same[0]]
            target.orgs |= orgs
            target.gender = target.gender or parsed.gender
            if target.type == "unknown":
                target.type = sp.type
        else:
            same = [len(clusters)]
            clusters.append(probe)
        owner[i] = same[0]
        clusters[same[0]].aliases.update(_aliases(quotes[i], parsed))
    return clusters, owner
