"""A quotation candidate and the speaker its cue names.

``Candidate`` is a quotation before its speaker is resolved.  The speaker words are read off the
cue's dependents: its subject (``X said``, ``said X``), the object of ``according to``, the holder
of a document (``a statement by X``), a subject inherited through a participle or conjunct.
Where the cue stands relative to the quotation is ``quotes.extract.sites``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from quotes.extract.candidates import person_noun
from quotes.extract.cues import CueMatch
from quotes.extract.lexicon import cue_entries, titles, word_set
from quotes.extract.subjects import (
    ADDRESSEE_CUES,
    author_after_title,
    cited_writer,
    colon_after_participle,
    epithet_read_as_modifier,
    named_after_break,
    named_right_after,
    named_right_before,
    office_holder_named_last,
    opens_quote,
    participle_read_as_clause,
    quoted_between,
)

SENTENCE_END = {".", "!", "?"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
INHERIT_SUBJECT_DEPS = {"advcl", "conj", "xcomp", "pcomp", "dep"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
DASHES = {"\u2015", "\u2014", "\u2013", "-", "--"}
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there"})  # no one who could speak


@dataclass
class Candidate:
    """A quotation before its speaker is resolved; offsets into the original text."""

    kind: str
    start: int
    end: int
    paragraph: int
    parts: list[tuple[int, int]]
    cue: CueMatch | None = None
    speaker: Token | None = None
    quoted: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True
    source: str = "explicit"  # explicit | continuation | unattributed
    inverted: bool = False  # the cue stands before its subject ("said the minister")
    weak: bool = False  # a noun-phrase report or a hedged cue
    label: str | None = None  # a transcript label's name as the article spells it elsewhere
    speaker_bounds: tuple[int, int] | None = None  # the speaker words are these tokens only
    needs_quote: bool = False  # kept only if a quoted fragment lies inside (a mixed quote)


def _quoted_after(cue: Token, subject: Token) -> bool:
    """``Ryan said "anti-Semitic images, they've got no place ..."``: a subject inside a
    quotation that opens after the cue is the quote's, not the speaker."""
    return subject.i > cue.i and any(opens_quote(cue.doc, k)
                                     for k in range(cue.i + 1, subject.left_edge.i + 1))


def _split_off_name(subject: Token, subjects: list[Token]) -> bool:
    """``A spokesperson for the Department of Fisheries, Forestry and Agriculture said``: the
    parser made the end of a name inside another subject's phrase a second subject."""
    if not subject.ent_type_ or subject.ent_iob_ == "B":
        return False
    start = subject.i
    while start > 0 and subject.doc[start].ent_iob_ == "I":
        start -= 1
    return any(other.i != subject.i and other.is_ancestor(subject.doc[start])
               for other in subjects)


def speaker_of(cue: Token, depth: int = 0) -> Token | None:
    """The speaker words of a cue verb: subject, passive agent, or the governing verb's subject."""
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if put_to_subject(cue):
        # "Asked whether the vote would slip, Ocampo ...": she is the one asked; when a verb
        # of hers takes its subject from here ("Tilley, asked about it, said ...", the parser's
        # conjunct), she speaks
        return next((c for c in cue.children if c.dep_ == "nsubj"), None) if depth else None
    subjects = [office_holder_named_last(cited_writer(c)) for c in cue.children
                if c.dep_ in ("nsubj", "csubj")
                and not _quoted_after(cue, c)]
    if len(subjects) > 1:  # not a quoted title the parser read as a second subject
        subjects = [c for c in subjects if not opens_quote(c.doc, c.left_edge.i - 1)] or subjects
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _split_off_name(c, subjects)] or subjects
    if len(subjects) > 1 and all(c.ent_type_ == "PERSON" for c in subjects):
        subjects.sort(key=lambda c: c.i)  # "Gov. X (D) and Gov. Y (R) announced": the first
    elif len(subjects) > 1:
        # "the French news agency AFP said": the parser may split one phrase in two subjects
        subjects.sort(key=lambda c: (c.pos_ != "PROPN", -c.i))
    clause = cue
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "a Clinton endorser whose district ... but who suggested"
    for child in subjects:
        if child.lower_ in RELATIVE_PRONOUNS and clause.dep_ in ("relcl", "acl"):
            # "the lawyer, who told him ...": the lawyer; "released data that suggest ...",
            # "releasing a statement that accused ...": whoever released it
            antecedent = clause.head
            while child.lower_ in ("who", "whom") and antecedent.ent_type_ in ("GPE", "LOC") \
                    and antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("of", "from"):
                antecedent = antecedent.head.head  # "Denise Kowalski, 58, of Scranton, who"
            if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
                antecedent = antecedent.head  # "X, a Clinton endorser who ...": X
            return _holder_of(antecedent, depth) or antecedent
        return child
    epithet = epithet_read_as_modifier(cue)
    if epithet is not None:
        return epithet
    aside = participle_read_as_clause(cue)
    if aside is not None:  # "X, asked about the dispute, said:"
        return next(c for c in aside.children if c.dep_ == "nsubj")
    if cue.dep_ == "compound" and cue.head.pos_ in ("PROPN", "NOUN") and cue.head.i > cue.i:
        return cue.head  # "Said Ellis:" read as one name
    if depth == 0 and cue.tag_ != "VBG" and (cue.i == cue.sent.start or cue.nbor(-1).is_punct):
        # "Said Ellis: ..." / '"...," said the minister' parsed without a subject (not
        # ", telling O'Reilly that ...", whose object is the addressee)
        # (not the object of "told": "... an accident - X, a spokesman, told POLITICO that")
        following = [c for c in cue.rights if c.dep_ in ("dobj", "npadvmod", "attr", "dep", "appos")
                     and c.pos_ in ("PROPN", "NOUN") and not _quoted_after(cue, c)
                     and not (c.dep_ == "dobj" and cue.lemma_.lower() in ADDRESSEE_CUES)]
        if following:
            return following[0]
        after = named_right_after(cue)
        if after is not None:
            return after
    governor = cue.head
    quoted = _quoted_as_saying(cue)
    if quoted is not None:
        return quoted
    if cue.dep_ == "pcomp":
        # "sings to Clinton before asking her, ...": the singer asks; "stopped short of
        # calling": the one who stopped
        for _ in range(3):
            if governor.pos_ not in ("ADP", "SCONJ", "ADV", "ADJ") or governor.head.i == governor.i:
                break
            governor = governor.head
    elif cue.dep_ == "acl" and governor.lemma_.lower() in word_set("media_nouns"):
        # "issued a statement calling ...", "said at a news conference announcing ...": the
        # one who issued it or spoke there
        holder = _holder_of(governor, depth)
        if holder is not None:
            return holder
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and governor.dep_ == "ccomp" \
            and governor.head.lemma_.lower() in cue_entries() and depth < 3:
        # "X said he would veto it, calling it ...": the participle goes with the saying
        return speaker_of(governor.head, depth + 1)
    main = _clause_a_participle_ends(cue)
    if main is not None and depth < 3:
        return speaker_of(main, depth + 1)
    if cue.dep_ == "conj" and depth < 3 and governor.dep_ == "ccomp" \
            and governor.head.lemma_.lower() in cue_entries() and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in _EMPTY_SUBJECTS
                for c in governor.children):
        # "Pence said in politics it takes time but added, ...": the one who said it adds
        return speaker_of(governor.head, depth + 1)
    if cue.dep_ == "conj" and depth == 0:
        named = named_after_break(cue)
        if named is not None:  # "... an accident - Brendan Buck, a spokesman for Ryan, told"
            return named
    if cue.dep_ in ("advcl", "xcomp") and governor.pos_ in ("ADV", "ADJ") \
            and governor.dep_ in ("advmod", "acomp") and governor.head.i != governor.i:
        governor = governor.head  # "went so far as to say", "is likely to stress"
    if cue.dep_ in INHERIT_SUBJECT_DEPS and governor.i != cue.i and depth < 3 \
            and governor.pos_ in ("VERB", "AUX"):
        if not quoted_between(cue, governor):
            passive = _passive_person(governor) if cue.dep_ in ("conj", "pcomp") else None
            if passive is not None:
                # "Silverman was joined on stage by Al Franken and joked, ...": the one joined
                # jokes, not the one who joined her
                return passive
            inherited = speaker_of(governor, depth + 1)
            if inherited is None and depth == 0 and cue.dep_ == "conj" \
                    and governor.tag_ in ("VBD", "VBZ", "VBP") and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in governor.children):
                return named_right_before(governor)  # "X, dressed in white, stood and said:"
            return inherited
        # not from a verb of the quotation that follows ('As X put it, "Republicans ..."'),
        # but from the clause before: 'Clinton seemed ready to riff, telling the crowd, "..."'
        root = cue.sent.root
        if root.i < cue.i and root.pos_ in ("VERB", "AUX"):
            return speaker_of(root, depth + 1)
    if cue.dep_ == "parataxis" and governor.tag_ == "VBG" and governor.i < cue.i - 1 \
            and cue.nbor(-1).text == "," and depth < 3 \
            and any(c.dep_ == "nsubj" and c.i < governor.i for c in governor.children):
        # "Sen. X, noting the size of Y's following, said, ...": the parser made the aside
        # the clause and the cue a parataxis; the aside's subject speaks
        return speaker_of(governor, depth + 1)
    if cue.dep_ == "acl" and governor.dep_ == "ROOT" and governor.pos_ == "PROPN" \
            and governor.ent_type_ in ("PERSON", "ORG"):
        return governor  # "Trump, who ..., tweeted on Friday to say": the name left as root
    if depth == 0 and (cue.tag_ in ("VBD", "VBZ", "VBP") or colon_after_participle(cue)
                       or cue.tag_ == "VBG" and any(c.dep_ == "aux" for c in cue.children)) \
            and not any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        return named_right_before(cue)
    return None


def _passive_person(verb: Token) -> Token | None:
    """The passive subject of a verb when it names people (``Silverman was joined``, ``FBI
    officials were angered by the deal``)."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    if any(c.dep_ == "relcl" for o in doers for c in o.children):
        return None  # "X was asked by host Y, who backs X, but has dismissed ...": Y, whose
        # relative clause the parser ran the conjunct out of
    person = passive.ent_type_ in ("PERSON", "NORP") or passive.lower_ in (
        "he", "she", "i", "we", "they") or passive.pos_ == "NOUN" and person_noun(passive.lemma_)
    return passive if person else None


def _clause_a_participle_ends(cue: Token) -> Token | None:
    """``X rejected the idea that Y would be a drag, saying ...``, ``X made a third attempt to
    deflect it, writing on Twitter that ...``: a participle after a comma that the parser hung
    on a noun's complement or on the noun goes with the verb the noun depends on; that verb is
    returned. (Not one hung on an adverbial clause with its own subject: "Clinton asks as a
    maintenance guy walks in, saying ..." is his.)"""
    if cue.tag_ != "VBG" or cue.i == 0 or cue.nbor(-1).text != ",":
        return None
    inner = cue.head
    if cue.dep_ == "acl" and inner.pos_ == "NOUN":
        # "X made a third attempt to deflect it, writing on Twitter that ...": the parser hung
        # the participle on the object; it goes with the verb whose object that is
        for _ in range(4):
            if inner.dep_ not in ("dobj", "pobj", "prep", "conj", "attr") \
                    or inner.head.i == inner.i:
                return None
            inner = inner.head
            if inner.pos_ == "VERB":
                return inner
        return None
    if cue.dep_ != "advcl":
        return None
    marks = {c.lower_ for c in inner.children if c.dep_ == "mark"}
    if inner.dep_ == "acl" and marks and inner.head.pos_ == "NOUN" \
            and inner.head.head.pos_ == "VERB":
        return inner.head.head
    return None


def _quoted_as_saying(cue: Token) -> Token | None:
    """``The Globe and Mail quoted X as saying that ...``, ``Reuters cited Y as saying``: the
    one quoted says it; the paper that quoted them only reports it."""
    as_ = cue.head
    if cue.dep_ != "pcomp" or as_.lower_ != "as" or as_.head.lemma_.lower() not in ("quote", "cite"):
        return None
    quoted = next((c for c in as_.head.children if c.dep_ == "dobj"), None)
    # someone who can say it (not "cited a 2013 memo as pointing toward China")
    return quoted if quoted is not None and (
        any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in [quoted, *quoted.children]
            if t.i == quoted.i or t.dep_ in ("appos", "compound"))
        or quoted.pos_ == "PROPN" or quoted.lemma_.capitalize() in titles()
        or quoted.lemma_.lower() in word_set("role_words") | word_set("group_nouns")) else None


def quotes_someone_as_saying(cue: Token) -> bool:
    """``X quoted Y as saying that ...``: the quoting verb, whose content is the saying's."""
    return any(p.lower_ == "as" and any(c.dep_ == "pcomp" and _quoted_as_saying(c) is not None
                                        for c in p.children) for p in cue.children)


def _holder_of(document: Token, depth: int) -> Token | None:
    """Who issued, released or spoke at ``document`` (a statement, data, an ad, a news
    conference) when it is the object of their verb."""
    nouns = word_set("media_nouns") | word_set("document_nouns")
    if document.lemma_.lower() not in nouns and document.lower_ not in nouns \
            or document.dep_ not in ("dobj", "pobj") \
            or depth >= 3:
        return None
    holder = document.head.head if document.dep_ == "pobj" else document.head
    return speaker_of(holder, depth + 1) if holder.pos_ in ("VERB", "AUX") else None


def put_to_subject(cue: Token) -> bool:
    """``Asked whether the vote would slip, Ocampo ...``, ``When told of the ruling, ...``,
    ``Kowalczyk, asked whether ..., would not commit``: a participle of asking or telling with no
    one named as asker; its subject is the one asked."""
    if cue.lemma_.lower() not in ADDRESSEE_CUES:
        return False
    subject = cue.nbor(-2) if cue.i >= 2 and cue.nbor(-1).text == "," else None
    if cue.tag_ == "VBD" and subject is not None and subject.dep_ == "nsubj" \
            and subject.head.i == cue.i and not any(c.dep_ == "appos" for c in subject.children):
        return True  # "Kowalczyk, asked whether ..., would not commit": the parser's main verb
    return cue.tag_ == "VBN" and cue.dep_ != "ROOT" \
        and not any(c.dep_ in ("auxpass", "agent", "nsubj") for c in cue.children)


def according_to_speaker(cue: CueMatch) -> Token | None:
    to = cue.tokens[-1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects:
        # "according to a new report by the World Bank": the author speaks through the report
        for prep in objects[0].children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                authors = [c for c in prep.children if c.dep_ == "pobj"]
                if authors:
                    return authors[0]
        return author_after_title(to) or objects[0]
    following = to.nbor() if to.i + 1 < len(to.doc) else None
    return following if following is not None and following.pos_ in ("PROPN", "NOUN") else None


def sentence_before_quote(clause: Token, cue: Token) -> bool:
    """``... opened the doors at 5 a.m. "I never missed a day," the proprietor said``: the
    sentence break the segmenter missed (after an abbreviation) left two complements on the
    cue; the one ending where the quotation opens is the sentence before it, not what the
    speaker said."""
    after = clause.right_edge.i + 1
    if after >= cue.i or not clause.doc[after].is_quote:
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.i == after and c.i < cue.i
               for c in cue.children)


def after_sentence_break(tokens: list[Token], cue: Token) -> list[Token]:
    """A clause's tokens from the last sentence break the segmenter missed before the cue
    (``... at 5 a.m. "I never missed a day," she said``, the first sentence hung on the
    quote's verb): a sentence-final word, then a quotation mark that opens a quote."""
    ordered = sorted(tokens, key=lambda t: t.i)
    for k in range(len(ordered) - 1, 0, -1):
        mark, before = ordered[k], ordered[k - 1]
        if mark.i < cue.i and mark.is_quote and not mark.whitespace_ \
                and before.i == mark.i - 1 and before.text[-1:] in SENTENCE_END:
            return ordered[k:]
    return ordered


def complement_of(cue: Token) -> Token | None:
    """The clause a cue reports (``said that X``)."""
    epithet = epithet_read_as_modifier(cue)
    if epithet is not None:
        return epithet
    aside = participle_read_as_clause(cue)
    for child in cue.children:
        if child.dep_ == "ccomp" and (aside is None or child.i != aside.i) \
                and not sentence_before_quote(child, cue):
            return child
    for child in cue.children:
        # "said legalizing it could put thousands to work": a gerund subject the parser
        # made the verb's object, with the clause hanging under it
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == cue.i + 1 and any(
                c.dep_ == "ccomp" and c.i > child.i for c in child.children):
            return child
    for child in cue.children:
        # "tweeted ... that X was ..." or "said after the convention he would ...", which the
        # parser may hang on as an adverbial clause: a that-clause, or one with its own subject
        # and no subordinating conjunction
        if child.dep_ != "advcl" or child.i < cue.i:
            continue
        if child.left_edge.lower_ == "that":
            return child
        if any(c.dep_ == "nsubj" and c.i > cue.i for c in child.children) and not any(
                c.dep_ == "mark" or c.tag_ == "WRB" and c.i < child.i for c in child.children):
            return child  # (not "said when she resigned ...": a time clause)
    return None


def cue_speaker(cue: CueMatch) -> Token | None:
    return according_to_speaker(cue) if cue.is_phrase else speaker_of(cue.head)
