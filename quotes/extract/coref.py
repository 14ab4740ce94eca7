"""Speaker coreference by rules: pronouns, nominals and short names to named referents.

No coreference model can be downloaded here, so this is a salience model over the parse and the
named entities: a referent is preferred when it is near (same or recent paragraphs), was the
subject of its sentence, and was itself quoted; mentions inside quotation marks count less
(they are what someone said, not who is speaking).  Short names take the fullest form seen in
the document ("Jeffrey" -> "James Jeffrey").
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from quotes.extract.lexicon import word_lists

PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
PLURAL_PRONOUNS = {"they", "them", "we"}
ORG_PRONOUNS = {"it"}
LOOKBACK_PARAGRAPHS = 3
SPOKES_WORDS = {"spokesman", "spokeswoman", "spokesperson"}


@dataclass
class Referent:
    """Someone or something that can be quoted, as known so far in the document."""

    name: str
    type: str  # person | organization | group
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    party: str | None = None  # "R-Neb.", as written beside the name
    gender: str | None = None
    quoted: int = 0


@dataclass(frozen=True)
class Mention:
    """One place where a referent is named."""

    offset: int
    paragraph: int
    key: str
    subject: bool
    in_quote: bool


@dataclass
class Registry:
    """Referents of one document and where each is mentioned, in text order."""

    referents: dict[str, Referent] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)

    def key_for(self, name: str, speaker_type: str) -> str:
        """The key of the fullest known form of ``name``; surnames join their full names."""
        words = name.split()
        if speaker_type == "person" or len(words) <= 3:
            best = None
            for key, ref in self.referents.items():
                ref_words = ref.name.split()
                if ref.type != "person" and speaker_type == "person":
                    continue
                if (len(ref_words) > len(words) and ref_words[-len(words):] == words
                        and (best is None
                             or len(ref_words) > len(self.referents[best].name.split()))):
                    best = key
            if best is not None:
                return best
        return name.lower()

    def add_entity(self, name: str, speaker_type: str, offset: int, paragraph: int,
                   subject: bool, in_quote: bool) -> None:
        key = self.key_for(name, speaker_type)
        if key not in self.referents:
            # a longer form arriving later absorbs the short-name referent
            self.referents[key] = Referent(name=name, type=speaker_type)
        self.mentions.append(Mention(offset, paragraph, key, subject, in_quote))

    def full_name(self, name: str, speaker_type: str) -> str:
        key = self.key_for(name, speaker_type)
        ref = self.referents.get(key)
        return ref.name if ref else name

    def note_speaker(self, name: str, speaker_type: str, offset: int, paragraph: int,
                     title: str | None, role: str | None, organization: str | None) -> Referent:
        """Remember a quoted speaker (and what the mention said of them) for later resolution."""
        key = self.key_for(name, speaker_type)
        ref = self.referents.setdefault(key, Referent(name=name, type=speaker_type))
        if ref.type == "place":
            ref.type = speaker_type  # "Russia said": a country that speaks acts as an organisation
        ref.title = ref.title or title
        ref.role = ref.role or role
        ref.organization = ref.organization or organization
        ref.quoted += 1
        if title:
            ref.gender = ref.gender or word_lists()["gender_titles"].get(title.lower())
        if role:
            for word in role.lower().split():
                ref.gender = ref.gender or word_lists()["gender_titles"].get(word)
        insort(self.speakers, Mention(offset, paragraph, key, True, False), key=lambda m: m.offset)
        return ref

    def note_pronoun(self, referent: Referent, pronoun: str) -> None:
        gender = word_lists()["third_person_pronouns"].get(pronoun, {}).get("gender")
        if gender in ("male", "female") and referent.type == "person":
            referent.gender = referent.gender or gender

    def resolve_pronoun(self, pronoun: str, offset: int, paragraph: int) -> Referent | None:
        """The most salient compatible referent before ``offset``."""
        info = word_lists()["third_person_pronouns"].get(pronoun)
        if info is None:
            return None
        wanted = {"person"} if pronoun in PERSON_PRONOUNS else (
            {"organization"} if pronoun in ORG_PRONOUNS else {"group", "organization", "person"})
        scores: dict[str, float] = {}
        for mention, is_speaker in self._window(offset, paragraph):
            ref = self.referents[mention.key]
            if ref.type not in wanted:
                continue
            if pronoun in PLURAL_PRONOUNS and ref.type == "person":
                continue
            if info["gender"] in ("male", "female") and ref.gender not in (None, info["gender"]):
                continue
            score = -1.0 * (paragraph - mention.paragraph)
            score += 1.5 if is_speaker else 0.0
            score += 1.0 if mention.subject else 0.0
            score -= 2.0 if mention.in_quote else 0.0
            score += mention.offset / 1e7  # later wins a tie
            scores[mention.key] = max(scores.get(mention.key, -1e9), score)
        if not scores:
            return None
        return self.referents[max(scores, key=lambda k: scores[k])]

    def resolve_nominal(self, lemma: str, offset: int, paragraph: int,
                        speaker_type: str) -> Referent | None:
        """``the spokesman`` / ``the agency``: the latest referent whose role or kind fits."""
        words = SPOKES_WORDS if lemma in SPOKES_WORDS else {lemma}
        best: Referent | None = None
        for mention, _ in self._window(offset, paragraph):
            ref = self.referents[mention.key]
            described = " ".join(filter(None, (ref.role, ref.title))).lower().split()
            if words & set(described):
                best = ref
        if best is None and speaker_type == "organization":
            # "the agency": the latest organisation quoted so far, else the latest one that
            # was the subject of its sentence ("Acme Corp cut 200 jobs. ... the company said")
            window = self._window(offset, paragraph)
            for want_speaker in (True, False):
                found = [self.referents[m.key] for m, is_speaker in window
                         if self.referents[m.key].type == "organization"
                         and (is_speaker if want_speaker else m.subject)]
                if found:
                    return found[-1]
        return best

    def _window(self, offset: int, paragraph: int) -> list[tuple[Mention, bool]]:
        """Mentions and quoted speakers before ``offset`` in the last few paragraphs."""
        low = paragraph - LOOKBACK_PARAGRAPHS
        found = [(m, False) for m in _recent(self.mentions, offset, low)]
        found += [(m, True) for m in _recent(self.speakers, offset, low)]
        found.sort(key=lambda pair: pair[0].offset)
        return found


def _recent(mentions: list[Mention], offset: int, low_paragraph: int) -> list[Mention]:
    """Mentions (kept in text order) before ``offset`` from paragraph ``low_paragraph`` on."""
    end = bisect_left(mentions, offset, key=lambda m: m.offset)
    start = bisect_left(mentions, low_paragraph, hi=end, key=lambda m: m.paragraph)
    return mentions[start:end]
