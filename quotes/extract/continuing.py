"""Who goes on speaking: a ``he`` or ``she`` right after someone was quoted.

News lets a quoted speaker go on as ``he``/``she`` (``"...," said Alan Abramowitz. "...," he
said``), and an unnamed one too (``One parent said ... "...," she said``), unless someone else
it may be has since been the subject of a sentence; as what they issued (``said in a
statement ... "...," the statement said``); as an epithet (``the rookie defenceman``) for
whom the sentence before was about; and a quoted organisation as ``the company``.  A
convention of news the trained resolver cannot learn from GUM, which has few quotations.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.anaphora import Coreference
from quotes.extract.attribution import DASHES, RELATIVE_PRONOUNS
from quotes.extract.candidates import PRONOUNS, barred, person_noun
from quotes.extract.kinds import may_be_called
from quotes.extract.lexicon import given_name_gender, title_gender, word_gender
from quotes.extract.referents import Entity, Mention
from quotes.extract.segments import TextView
from quotes.records import Quote, Speaker

CONTINUING_PARAGRAPHS = 1  # a quoted speaker goes on as "he" / "she" this far
INDEFINITE = ("a ", "an ", "one ", "another ")
QUESTION_CUES = frozenset({"ask", "question", "inquire", "wonder", "press"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})


def inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """``offset`` lies in one of ``ranges`` (quotations, records)."""
    return any(start <= offset < end for start, end in ranges)


def paragraphs_apart(coref: Coreference, earlier: int, later: int) -> int:
    """How many paragraphs of running text lie from ``earlier`` to ``later``: a section head
    (``THE BREAK``, ``– Country less safe –.``) or a caption line between them does not part a
    speaker from the ``he`` that goes on with them."""
    apart = coref.paragraph_at(later) - coref.paragraph_at(earlier)
    if apart <= 1:
        return apart
    lines = coref.view.text[earlier:later].split("\n")[1:-1]
    return apart - sum(1 for line in lines if section_head(line.strip()))


def section_head(line: str) -> bool:
    """A short line that is no sentence of the story: a section head or a caption."""
    words = line.split()
    if not words or len(words) > 8 or any(m in line for m in "\"\u201c\u201d"):
        return False
    captioned = len(words) <= 4 and not any(w[:1].islower() for w in words)  # "Pascal Hess, 50."
    return captioned or line.isupper() or line[0] in DASHES or line[-1] not in ".!?"


def he_or_she_by_rules(pronoun: str, head: Token, start: int, coref: Coreference,
                       records: list[Quote]) -> Entity | None:
    """The person a speaker's ``he`` or ``she`` is by the rules below, in their order; never
    one the pronoun's own clause bars (``he said Mr. Lowe could win``)."""
    entity = continuing_speaker(pronoun, start, coref, records) \
        or subject_before(pronoun, start, coref) \
        or named_in_paragraph_before(pronoun, start, coref)
    anaphor = coref.anaphor_for(head) if entity is not None else None
    return None if entity is None or anaphor is not None and barred(anaphor, entity) else entity


def continuing_speaker(pronoun: str, start: int, coref: Coreference,
                       records: list[Quote]) -> Entity | None:
    """``"...," said Alan Abramowitz. "...," he said``: a ``he`` or ``she`` who speaks right
    after someone was quoted (same or next paragraph) is that speaker, unless another person
    it may be has since been the subject of a sentence outside quotation marks.  A convention
    of news the resolver cannot learn from GUM, which has few quotations; on PolNeAR train the
    previous speaker was right about twice as often as the resolver where they differed."""
    gender = PRONOUNS[pronoun][1]
    quoted = _last_quoted_person(start, coref, records)
    if quoted is None or quoted[1].gender not in (None, gender) and not _text_says_otherwise(
            quoted, gender, start, coref):
        return None
    last, entity = quoted
    if _another_subject_since(last, start, gender, coref, records, entity):
        return None
    entity.gender = gender or entity.gender  # the text's own pronoun over a census prior
    return entity


def speaker_so_described(words: str, start: int, coref: Coreference,
                         records: list[Quote]) -> Entity | None:
    """``Sauvé said Ferland would play. "He's 16," the coach said``: a role that speaks right
    after a person the story gave that role was quoted is that person, unless anyone
    has been a subject since (not the other team's coach the resolver may weigh; not ``the
    finance minister`` after the health minister), as :func:`continuing_speaker` for ``he``."""
    quoted = _last_quoted_person(start, coref, records)
    if quoted is None:
        return None
    last, entity = quoted
    office = (entity.role or "").casefold().split()  # (a title's nominal is found by title:
    # "the chief" after Grand Chief Tawpisin's quote may be the story's chief)
    if not words or any(w not in office for w in words.casefold().split()) \
            or _another_subject_since(last, start, None, coref, records, entity):
        return None
    return entity


def _text_says_otherwise(quoted: tuple[Quote, Entity], gender: str | None, start: int,
                         coref: Coreference) -> bool:
    """``Maltese Prime Minister Carmel Zammit ... told reporters ... "...," he said``: the
    gender a given name usually has (Carmel is a woman's name in the US census, a man's in
    Malta) gives way to the text's own ``he``/``she`` right after the person's quote, when the
    story has named no other person yet (a census share of 95% is strong evidence: one other
    person is reason enough to think the pronoun means someone else); a title's gender
    (``Mrs.``) does not give way."""
    last, entity = quoted
    if entity.gender != given_name_gender(entity.words[0]) or title_gender(entity.title) \
            or coref.paragraph_at(start) - coref.paragraph_at(last.start) > 1:
        return False
    return not any(e is not entity and e.type == "person" and e.mentions[0].start < start
                   for e in coref.entities.entities)


def _last_quoted_person(start: int, coref: Coreference,
                        records: list[Quote]) -> tuple[Quote, Entity] | None:
    """The record a ``he``/``she`` or an epithet at ``start`` may go on from, and the named
    person who spoke it."""
    last = _last_speaker(start, coref, records)
    if last is None or last.speaker.name is None:
        return None
    entity = coref.entities.find(last.speaker.name, "person", last.start)
    return (last, entity) if entity is not None and entity.type == "person" else None


def subject_before(pronoun: str, start: int, coref: Coreference) -> Entity | None:
    """``The native of Rimouski, Que., was the team's pick in 2022. He said ...``: a ``he`` or
    ``she`` that speaks, where no quoted speaker goes on, is the one person its own sentence
    named as its subject before it (``Lynch has the final say, and though she has said ...``;
    not a nominal the resolver linked, "The longtime senator said he ..."), else the one
    the sentence before it in the paragraph was about: a subject outside quotation marks, named
    or linked, known to be of the pronoun's gender or known to speak (not "In that sense, Sandy
    Hook wasn't just a tragedy")."""
    return subject_of_sentence_before(PRONOUNS[pronoun][1], start, coref)


def subject_of_sentence_before(gender: str | None, start: int, coref: Coreference,
                               epithet: bool = False) -> Entity | None:
    """``subject_before`` for a pronoun of ``gender``, or for an epithet (``the rookie
    defenceman``), which describes the person the sentence before was about: first those of
    its gender or known to speak (any person, for an epithet), then those the text described."""
    coref.settle_before(start)  # whom the pronouns and nominals before it were taken for
    sentence, paragraph = coref.entities.sentence_of(start), coref.paragraph_at(start)
    spoke = [e for e in coref.entities.entities if e.type == "person" and (
        gender is None or e.gender == gender or e.gender is None and (epithet or any(
            m.speaker for m in e.mentions if m.start < start)))]
    # failing those, one of no known gender the text described ("Captain Dmitri Volkov, a
    # centre"); never who is not said to be a person ("In that sense, Sandy Hook wasn't ...")
    described = [e for e in coref.entities.entities if e.type == "person" and e not in spoke
                 and e.gender is None and (e.title or e.role or e.age)]
    for people in (spoke, described):
        # (an epithet in its own sentence is someone else: "Mr. Trump took on Hillary Clinton
        # after the Democratic front-runner had said ...")
        found = _the_subject_before(people, sentence, paragraph, start, coref, epithet)
        if found is None and not epithet and opens_paragraph(start, sentence, coref):
            # "Robby Mook released a memo.\n\nIn it, he says ...": the last sentence before
            found = _the_subject_before(people, sentence, paragraph - 1, start, coref, True)
        if found is not None:  # (several: no one)
            return found if isinstance(found, Entity) else None
    return None


def named_in_paragraph_before(pronoun: str, start: int, coref: Coreference) -> Entity | None:
    """``Hruska's shot from the point sealed it. "I don't score many," he said``: a ``he`` or
    ``she`` that speaks, where neither a quoted speaker goes on nor a subject decides, is the
    one person of its gender the sentence before it in the paragraph is about, outside
    quotation marks (the very person who stops the quoted speaker going on); one the text only
    may be a person, of no known gender, counts when described or heard before."""
    gender = PRONOUNS[pronoun][1]
    sentence, paragraph = coref.entities.sentence_of(start), coref.paragraph_at(start)
    # known to be a person of that gender, or described or heard as one (not "Sandy Hook")
    named = [e for e in coref.entities.entities if e.type == "person" and (
        e.gender == gender or e.gender is None and (e.title or e.role or e.age or any(
            m.speaker and m.start < start for m in e.mentions))) and any(
                 m.paragraph == paragraph and m.sentence == sentence - 1 and not m.in_quote
                 and _about(m, coref) for m in e.mentions)]
    return named[0] if len(named) == 1 else None


def _about(mention: Mention, coref: Coreference) -> bool:
    """The sentence of ``mention`` is about its person: the subject, or the subject's possessor
    (``Hruska's shot ... sealed it``; not ``The resurgence of Putin's Russia``)."""
    if mention.function == "subject":
        return True
    token = coref.head_word(mention)
    return token is not None and token.dep_ == "poss" \
        and token.head.dep_ in ("nsubj", "nsubjpass")


def opens_paragraph(start: int, sentence: int, coref: Coreference) -> bool:
    """The sentence holding ``start`` is the first of its paragraph and names no one before
    ``start`` (not "Vice President Joe Biden weighed in as well, ... he said")."""
    token = coref.view.token_at(start)
    if token is None:
        return False
    first = coref.view.start(token.sent[0])
    return (first == 0 or coref.paragraph_at(first - 1) < coref.paragraph_at(start)) and not any(
        m.sentence == sentence and m.start < start for e in coref.entities.entities
        if e.type in ("person", "group") for m in e.mentions)


def _the_subject_before(people: list[Entity], sentence: int, paragraph: int, start: int,
                        coref: Coreference, before_only: bool) -> Entity | bool | None:
    """The one of ``people`` the sentence before ``start`` (or, unless ``before_only``, its
    own, before it) was about; False if several were (the main clause's subject, if only one,
    decides), None if none."""
    for number in (sentence - 1,) if before_only else (sentence, sentence - 1):
        subjects = {id(e): [m for m in e.mentions if m.sentence == number
                            and m.paragraph == paragraph and m.start < start
                            and m.function == "subject" and not m.in_quote
                            and (number < sentence or m.named
                                 and _main_clause_subject(coref, m))] for e in people}
        found = [e for e in people if subjects[id(e)]]
        if len(found) > 1:  # "Trump called for the president to resign": the main clause's
            found = [e for e in found
                     if any(_main_clause_subject(coref, m) for m in subjects[id(e)])]
            return found[0] if len(found) == 1 else False
        if found:
            return found[0]
    return None


def _main_clause_subject(coref: Coreference, mention: Mention) -> bool:
    """``mention`` is the subject of its sentence's main verb (``Lynch has the final say``),
    not of a clause inside it (``If Trump doesn't win, he said ...``)."""
    token = coref.head_word(mention)  # "Loretta Lynch": Lynch
    if token is None:
        return False
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def unnamed_speaker_goes_on(anaphor: str, start: int, coref: Coreference,
                            records: list[Quote]) -> Speaker | None:
    """``One parent said she had priced private lessons. "Not on my salary," she said``: a
    ``she`` right after an unnamed person spoke (a parent, a neighbour who did not want to be
    named) is that person, not someone named before, when no one else was a subject since; so
    is ``the spokesperson`` (``anaphor``, a nominal's head noun here) after ``a Vantrix
    spokesperson``. Only one the text left unnamed (``the Florida senator`` was somebody it
    named), or ``the spokeswoman`` that went on from ``A spokeswoman for the operator``."""
    gender = PRONOUNS[anaphor][1] if anaphor in PRONOUNS else None
    last = _last_speaker(start, coref, records)
    mention = last.speaker.mention.text.lower() if last and last.speaker.mention else ""
    noun = last.speaker.role.split()[-1].lower() if last and last.speaker.role else ""
    went_on = mention.startswith("the ") and last is not None and any(
        r.speaker.name is None and r.speaker.mention is not None and r.end <= last.start
        and r.speaker.mention.text.lower().startswith(INDEFINITE)
        and (r.speaker.role or "").lower().split()[-1:] == [noun] for r in records)
    if last is None or last.speaker.name is not None or not (
            mention.startswith(INDEFINITE) or went_on) or not noun or not person_noun(noun) \
            or word_gender(noun) not in (None, gender) or gender is None and noun != anaphor \
            or _another_subject_since(last, start, gender, coref, records, None):
        return None
    return last.speaker


def _last_record(start: int, records: list[Quote]) -> Quote | None:
    """The record of ``records`` that ends last before ``start``."""
    return max((r for r in records if r.end <= start), key=lambda r: r.end, default=None)


def issuer_goes_on(noun: str, start: int, view: TextView, coref: Coreference,
                   records: list[Quote]) -> Speaker | None:
    """``The OHA said in a statement that ... "...," the statement said``: a statement, a news
    release, an email that speaks is the one the speaker quoted just before issued, when that
    quote's sentence names it outside the quotation (``In a victim impact statement ..., Walter
    Kasprzak said``); the same or the next paragraph."""
    last = _last_record(start, [r for r in records if r.speaker.mention is not None])
    if last is None:
        return None
    mention = last.speaker.mention
    token = view.token_at(mention.start) if mention is not None else None
    if token is None or (last.speaker.name is None and last.speaker.role is None) or \
            paragraphs_apart(coref, last.end - 1, start) > CONTINUING_PARAGRAPHS:
        return None
    named = any(t.lemma_.lower() == noun and not last.start <= view.start(t) < last.end
                for t in token.sent)
    return last.speaker if named else None


def epithet_goes_on(start: int, gender: str | None, coref: Coreference,
                    records: list[Quote]) -> Entity | None:
    """``..., said Rami Al-Khatib. "...," the 48-year-old said``, ``said the veteran
    organizer``: an epithet names whoever was quoted just before (same or previous paragraph),
    when no other person has since been the subject of a sentence and its noun's gender
    (``the businessman``) does not say otherwise; news introduces an age or a trait so."""
    quoted = _last_quoted_person(start, coref, records)
    if quoted is None:
        return None
    last, entity = quoted
    if gender is not None and (
            entity.gender or given_name_gender(entity.words[0])) not in (None, gender):
        return None
    return None if _another_subject_since(last, start, None, coref, records, entity) else entity


def _last_speaker(start: int, coref: Coreference, records: list[Quote]) -> Quote | None:
    """The record a ``he``/``she`` (or an epithet) at ``start`` may go on from: the last one
    before it, by a person, in the same or the previous paragraph, not a question put to
    someone."""
    # left out: a quote in a relative clause, an aside ("Rubio faulted Govs. Bush and
    # Christie, who say ...": who was speaking before it goes on), and a quote inside a
    # quotation (the quoted person quoting someone else)
    last = _last_record(start, [r for r in records if r.speaker.mention is None or (
        r.speaker.mention.text.lower() not in RELATIVE_PRONOUNS
        and not inside(r.speaker.mention.start, coref.quote_ranges))])
    if last is None:
        return None
    asked = last.cue is not None and last.cue.lemma in QUESTION_CUES and (
        last.text.split(maxsplit=1)[0].lower() in QUESTION_WORDS
        or last.text.rstrip().endswith("?"))
    if last.speaker.type != "person" or asked or \
            paragraphs_apart(coref, last.end - 1, start) > CONTINUING_PARAGRAPHS:
        return None  # who asked is not who answers
    return last


def _told_between(mention: Mention, last: Quote, start: int,
                  reported: list[tuple[int, int]]) -> bool:
    """``mention`` is in the story's own words (no quotation, no reported clause) after
    ``last`` and before ``start``."""
    return last.end <= mention.start < start and not mention.in_quote \
        and not inside(mention.start, reported)


def _another_subject_since(last: Quote, start: int, gender: str | None, coref: Coreference,
                           records: list[Quote], entity: Entity | None) -> bool:
    """Another person the pronoun may be was the subject of a sentence outside quotation marks
    between ``last`` and ``start``, or was named at all in a sentence before it in a new
    paragraph (``Footage of Al-Awlaki again appears. "...," he says``)."""
    reported = [(r.start, r.end) for r in records]
    paragraph, sentence = coref.paragraph_at(start), coref.entities.sentence_of(start)
    # (unless the new paragraph is about the speaker: "Trump also congratulated Marco Rubio")
    new_paragraph = coref.paragraph_at(last.end - 1) < paragraph and not (
        entity is not None and any(m.paragraph == paragraph and m.start < start
                                   and m.function == "subject" and not m.in_quote
                                   for m in entity.mentions))
    return any(other is not entity and other.type == "person"
               and (gender is None or other.gender in (None, gender))
               and any(_told_between(m, last, start, reported) and (
                           m.function == "subject" or new_paragraph and m.paragraph == paragraph
                           and m.sentence < sentence)
                       for m in other.mentions)
               for other in coref.entities.entities)


def one_member_of(organization: str, start: int, coref: Coreference) -> Entity | None:
    """The one named person the text placed in ``organization`` before ``start`` (``Priya
    Raghunathan, Kestrel's chief executive`` for ``the 39-year-old founder of Kestrel``); None
    if none or several."""
    members = [e for e in coref.entities.entities if e.type == "person" and e.named
               and e.organization and any(m.start < start for m in e.mentions)
               and same_body(e.organization, organization, start, coref)]
    return members[0] if len(members) == 1 else None


def same_body(one: str, other: str, start: int, coref: Coreference) -> bool:
    """Two names of one organisation (``Kestrel``, ``Kestrel Cell Technologies``)."""
    if one.casefold() == other.casefold():
        return True
    body = coref.entities.find(other, "organization", start)
    return body is not None and coref.entities.find(one, "organization", start) is body


def other_body(one: str, other: str, start: int, coref: Coreference) -> bool:
    """Two organisations the story named apart (``Kestrel`` and ``Tidewater Analytics``);
    not a party and a state party, which it may not name as bodies (``GOP``), nor a body and
    its name written short (``Thornbury`` and ``Thornbury Athletic``)."""
    bodies = [coref.entities.find(name, "organization", start) for name in (one, other)]
    if not all(b is not None and b.type == "organization" for b in bodies) \
            or bodies[0] is bodies[1]:
        return False
    short, full = sorted((b.words for b in bodies if b is not None), key=len)
    return full[: len(short)] != short  # ("Thornbury" is Thornbury Athletic, written short)


def body_goes_on(noun: str, start: int, coref: Coreference, records: list[Quote]
                 ) -> Entity | None:
    """``Minera Altiplano, a unit of Halvorsen Resources, said ... The company said``: a
    definite nominal for a body that speaks right after an organisation was quoted (same or
    next paragraph) is that organisation when it may be called so, and no other organisation
    was the subject of a sentence since: the story goes on with the body it quotes, not with
    the last one it named."""
    last = _last_record(start, records)
    if last is None or last.speaker.type != "organization" or last.speaker.name is None \
            or paragraphs_apart(coref, last.end - 1, start) > CONTINUING_PARAGRAPHS:
        return None
    entity = coref.entities.find(last.speaker.name, "organization", last.start)
    if entity is None or not may_be_called(entity, noun):
        return None
    reported = [(r.start, r.end) for r in records]
    since = any(other is not entity and other.type == "organization"
                and any(_told_between(m, last, start, reported) and m.function == "subject"
                        for m in other.mentions)
                for other in coref.entities.entities)
    return None if since else entity
