"""Who goes on speaking: a ``he`` or ``she`` right after someone was quoted.

News lets a quoted speaker go on as ``he``/``she`` (``"...," said Alan Abramowitz. "...," he
said``), and an unnamed one too (``One parent said ... "...," she said``), unless someone else
it may be has since been the subject of a sentence.  A convention of news the trained resolver
cannot learn from GUM, which has few quotations.
"""

from __future__ import annotations

from quotes.extract.anaphora import Coreference
from quotes.extract.attribution import RELATIVE_PRONOUNS
from quotes.extract.candidates import PRONOUNS, person_noun
from quotes.extract.lexicon import word_gender
from quotes.extract.referents import Entity
from quotes.records import Quote, Speaker

CONTINUING_PARAGRAPHS = 1  # a quoted speaker goes on as "he" / "she" this far
INDEFINITE = ("a ", "an ", "one ", "another ")
QUESTION_CUES = frozenset({"ask", "question", "inquire", "wonder", "press"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})


def inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """``offset`` lies in one of ``ranges`` (quotations, records)."""
    return any(start <= offset < end for start, end in ranges)


def continuing_speaker(pronoun: str, start: int, coref: Coreference,
                       records: list[Quote]) -> Entity | None:
    """``"...," said Alan Abramowitz. "...," he said``: a ``he`` or ``she`` who speaks right
    after someone was quoted (same or next paragraph) is that speaker, unless another person
    it may be has since been the subject of a sentence outside quotation marks.  A convention
    of news the resolver cannot learn from GUM, which has few quotations; on PolNeAR train the
    previous speaker was right about twice as often as the resolver where they differed."""
    gender = PRONOUNS[pronoun][1]
    last = _last_speaker(gender, start, coref, records)
    if last is None or last.speaker.name is None:
        return None
    entity = coref.entities.find(last.speaker.name, "person", last.start)
    if entity is None or entity.type != "person" or entity.gender not in (None, gender):
        return None
    return entity if not _another_subject_since(last, start, gender, coref, records, entity) \
        else None


def unnamed_speaker_goes_on(pronoun: str, start: int, coref: Coreference,
                            records: list[Quote]) -> Speaker | None:
    """``One parent said she had priced private lessons. "Not on my salary," she said``: a
    ``she`` right after an unnamed person spoke (a parent, a neighbour who did not want to be
    named) is that person, not someone named before, when no one else was a subject since."""
    gender = PRONOUNS[pronoun][1]
    last = _last_speaker(gender, start, coref, records)
    mention = last.speaker.mention.text.lower() if last and last.speaker.mention else ""
    # only one the text left unnamed: "the Florida senator" was somebody it named
    if last is None or not mention.startswith(INDEFINITE) or last.speaker.name is not None \
            or last.speaker.role is None or not person_noun(last.speaker.role.split()[-1].lower()) \
            or word_gender(last.speaker.role.split()[-1].lower()) not in (None, gender) \
            or _another_subject_since(last, start, gender, coref, records, None):
        return None
    return last.speaker


def _last_speaker(gender: str | None, start: int, coref: Coreference,
                  records: list[Quote]) -> Quote | None:
    """The record a ``he``/``she`` at ``start`` may go on from: the last one before it, by a
    person, in the same or the previous paragraph, not a question put to someone."""
    # left out: a quote in a relative clause, an aside ("Rubio faulted Govs. Bush and
    # Christie, who say ...": who was speaking before it goes on), and a quote inside a
    # quotation (the quoted person quoting someone else)
    earlier = [r for r in records if r.end <= start and (r.speaker.mention is None or (
        r.speaker.mention.text.lower() not in RELATIVE_PRONOUNS
        and not inside(r.speaker.mention.start, coref.quote_ranges)))]
    if gender is None or not earlier:
        return None
    last = max(earlier, key=lambda r: r.end)
    asked = last.cue is not None and last.cue.lemma in QUESTION_CUES and (
        last.text.split(maxsplit=1)[0].lower() in QUESTION_WORDS
        or last.text.rstrip().endswith("?"))
    if last.speaker.type != "person" or asked or \
            coref.paragraph_at(start) - coref.paragraph_at(last.end - 1) > CONTINUING_PARAGRAPHS:
        return None  # who asked is not who answers
    return last


def _another_subject_since(last: Quote, start: int, gender: str | None, coref: Coreference,
                           records: list[Quote], entity: Entity | None) -> bool:
    """Another person the pronoun may be was the subject of a sentence outside quotation marks
    between ``last`` and ``start``."""
    reported = [(r.start, r.end) for r in records]
    return any(other is not entity and other.type == "person" and other.gender in (None, gender)
               and any(last.end <= m.start < start and m.function == "subject"
                       and not m.in_quote and not inside(m.start, reported)
                       for m in other.mentions)
               for other in coref.entities.entities)
