"""Reported (indirect) speech: the clause a cue reports, and mixed quotes inside it.

``X said (that) CLAUSE``, ``CLAUSE, X said``, ``X said: CLAUSE``, ``According to X, CLAUSE``
and, for cues that report things (``reported two withdrawals``), a noun-phrase object.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.attribution import (
    SENTENCE_END,
    Candidate,
    according_to_speaker,
    after_sentence_break,
    complement_of,
    put_to_subject,
    quotes_someone_as_saying,
    speaker_of,
)
from quotes.extract.clauses import clause_candidate, excluded, has_verb
from quotes.extract.cues import CueMatch, pattern_of, that_clause
from quotes.extract.lexicon import cue_entries, learned_cues, titles, word_set
from quotes.extract.segments import TextView
from quotes.extract.subjects import ADDRESSEE_CUES

# objects that carry what was said in the broad (PolNeAR) sense of attribution
BROAD_DEPS = {"dobj", "xcomp", "oprd", "dative", "prep"}
OBJECT_PATTERNS = ("dobj", "xcomp", "prep")  # learned patterns that open the broad branch
BROAD_PREPOSITIONS = {"for", "about", "on", "against", "as", "of", "to"}
QUOTED_OBJECT_DEPS = {"dobj", "dative", "oprd", "xcomp", "attr", "acomp"}
OPENING_QUOTE_TOKENS = {'"', "\u201c", "\u2018", "``", "''", "'", "\u00ab"}
MIN_NOUN_PHRASE_TOKENS = 3
INTERJECTION_MARKS = {",", "\u2014", "\u2013", "--", "-"}


def _clause_after_colon(cue: Token) -> list[Token]:
    """``She said: the plan is dead.``: the rest of the sentence after the colon."""
    sent = cue.sent
    for token in cue.doc[cue.i + 1 : sent.end]:
        if token.text == ":":
            return [t for t in cue.doc[token.i + 1 : sent.end]]
        if token.text in SENTENCE_END or token.text == ",":
            return []
    return []


def reported_clause(view: TextView, cue: CueMatch, paragraph: int,
                    broad: bool = False, learned: bool = False) -> Candidate | None:
    """The content a cue reports, with its speaker words; None when it reports no clause.

    ``broad`` takes the wider notion of attribution used by PolNeAR: a cue's noun-phrase,
    infinitive or prepositional object is its content too (``urged voters to stay home``,
    ``called for a repeal``, ``asked whether ...``).  ``learned`` also lets the object
    patterns learned from PolNeAR train open that branch.
    """
    head = cue.head
    if cue.is_phrase:
        return _according_to(view, cue, paragraph)
    if quotes_someone_as_saying(head):
        return None  # "X quoted Y as saying that ...": what Y said is the saying's, not X's
    if cue.entry.pos == "NOUN":
        return _noun_report(view, cue, paragraph)
    if any(child.dep_ == "neg" for child in head.children):
        return None  # "officials have not said why": nothing was reported
    if put_to_subject(head):
        return None  # "Asked whether the vote would slip, ...": the question put to her
    speaker = speaker_of(head)
    headline = _headline_report(head)
    if headline:
        return clause_candidate(view, cue, headline, speaker, paragraph, minimum=2)
    if speaker is None and head.tag_ == "VB" and head.dep_ == "ROOT":
        return None  # an imperative: "Note: the figures were revised."
    clause = complement_of(head) or _complement_of_medium(head)
    if clause is not None:
        tokens = excluded(after_sentence_break(list(clause.subtree), head), *_next_acts(clause),
                          *_saying_modifiers(head, clause)) + _quoted_sequel(head, clause)
        tokens += _after_colon(tokens)
        if speaker is not None and clause.left_edge.i <= speaker.i <= clause.right_edge.i:
            tokens = excluded(tokens, speaker)  # an inverted subject inside the clause span
        if not has_verb(tokens):
            return None
        return clause_candidate(view, cue, tokens, speaker, paragraph)
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children) \
            and head.head.pos_ in ("VERB", "AUX") and not _says_of_its_own(head):
        # "As Heald told The Huffington Post, US surface ozone has dropped ..."
        tokens = excluded(list(head.head.subtree), head)
        return clause_candidate(view, cue, tokens, speaker, paragraph) if has_verb(tokens) else None
    if head.dep_ == "parataxis" and (head.head.i < head.i and head.head.pos_ in ("VERB", "AUX")
                                     or _interjected(head)):
        # "Troops will leave, officials said." parsed with the cue hanging off the clause, or
        # "Too often, he said, the debate is ...": the whole sentence around the attribution
        tokens = excluded(list(head.sent), head)
        speaker = speaker or next((c for c in head.children if c.dep_ == "nsubj"), None)
        return clause_candidate(view, cue, tokens, speaker, paragraph) if has_verb(tokens) else None
    after_colon = _clause_after_colon(head)
    if after_colon and has_verb(after_colon):
        return clause_candidate(view, cue, after_colon, speaker, paragraph)
    quoted = _quoted_objects(head)
    if quoted and cue.entry.cue_class == "speech" and not _habitual_naming(cue):
        # "blasted the media for being "unbelievably dishonest"": the quoted words are the
        # speaker's, so the objects around them are a mixed quotation
        found = clause_candidate(view, cue, quoted, speaker, paragraph, minimum=2)
        if found is not None:
            found.needs_quote = True
            return found
    if cue.entry.takes_noun_phrase:
        for child in head.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "NUM"):
                tokens = list(child.subtree)
                if len(tokens) >= MIN_NOUN_PHRASE_TOKENS:
                    return clause_candidate(view, cue, tokens, speaker, paragraph, weak=True)
    if broad:
        objects = [c for c in head.children if c.i > head.i and c.dep_ in BROAD_DEPS and (
            c.dep_ != "prep" or c.lower_ in BROAD_PREPOSITIONS)]
        if cue.lemma in word_set("direct_object_reporting_cues"):
            # "said the same", "said families ... file lawsuits"; not "said on Monday"
            objects = [c for c in objects if c.dep_ == "dobj"]
        if cue.entry.cue_class == "belief" or not objects or not _reports_objects(cue, learned):
            return None
        tokens = [t for child in objects for t in child.subtree]
        if tokens and not all(t.pos_ == "PRON" or t.is_punct for t in tokens):
            return clause_candidate(view, cue, tokens, speaker, paragraph, weak=True, minimum=1)
    return None


# "said in a statement", "on Monday", "at a news conference", "during a visit", "to reporters"
# (not "said despite being an alumna she would ...": that is what was said)
SAYING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through", "to", "over"})


def _saying_modifiers(cue: Token, clause: Token) -> list[Token]:
    """``said in a statement it would ...``, ``said on Monday the plant would close``: with no
    ``that``, the parser hangs on the clause what tells how and when it was said; the phrases
    right after the cue, before the clause's subject, are the saying's."""
    if clause.i < cue.i or any(c.dep_ == "mark" for c in clause.children):
        return []
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found: list[Token] = []
    after = cue.i + 1
    for child in sorted(clause.children, key=lambda c: c.i):
        if subject is None or child.i >= subject.i:
            break
        if (child.dep_ == "npadvmod" or child.dep_ == "prep" and child.lower_ in SAYING_PREPOSITIONS
                and child.ent_type_ == "") and child.left_edge.i == after:
            found.append(child)
            after = child.right_edge.i + 1
            if after < len(cue.doc) and cue.doc[after].text == ",":
                after += 1
    return found


def _says_of_its_own(head: Token) -> bool:
    """``..., as lawmakers argued over subsidies``: the cue has its own topic, so the clause
    around it is what happened meanwhile, not what they said (unlike ``As X told Y, ...``)."""
    return any(c.dep_ in ("prep", "dobj") and c.lower_ not in ("to", "in", "on")
               and not (c.dep_ == "dobj" and head.lemma_.lower() in ADDRESSEE_CUES)
               for c in head.children)


def _after_colon(tokens: list[Token]) -> list[Token]:
    """``said we are at a rare moment: home values are rising, rates are low``: the clause
    goes on past a colon to the end of the sentence (not into a quotation after it)."""
    if not tokens:
        return []
    last = max(tokens, key=lambda t: t.i)
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ":":
        return []
    first = doc[last.i + 2]
    if first.is_quote or first.is_space or first.is_punct:
        return []
    return list(doc[last.i + 1 : first.sent.end])


def _quoted_sequel(head: Token, clause: Token) -> list[Token]:
    """``said X, and there was "no evidence" that Y`` / ``says X, but she knows that "Y"``: a
    clause conjoined to the cue that quotes the speaker goes on with what was said (one
    that is itself a reporting act, ``and called it "a disgrace"``, is a statement of its own)."""
    entries = cue_entries()
    tokens: list[Token] = []
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < clause.right_edge.i:
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
        subtree = list(conj.subtree)
        if any(t.text in OPENING_QUOTE_TOKENS for t in subtree) and (
                own_subject or conj.lemma_.lower() not in entries):
            tokens += [t for t in head.children if t.dep_ == "cc" and clause.i < t.i < conj.i]
            tokens += subtree
    return tokens


def _quoted_objects(head: Token) -> list[Token]:
    """The cue's objects after it (``hailed Trump as "The Comeback Kid"``), when they hold a
    quotation mark; else nothing."""
    objects = [c for c in head.children if c.i > head.i and (
        c.dep_ in QUOTED_OBJECT_DEPS or c.dep_ == "prep" and c.lower_ in BROAD_PREPOSITIONS)]
    tokens = [t for child in objects for t in child.subtree]
    if not tokens:
        return []
    # the marks may hang on the verb: take the stretch from the first object to the last
    stretch = list(head.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1])
    return stretch if any(t.text in OPENING_QUOTE_TOKENS for t in stretch) else []


def _habitual_naming(cue: CueMatch) -> bool:
    """``Residents call the tower "the pencil"``: a name in use, not something once said
    (unlike ``Trump called her "Miss Piggy"`` or ``They call for "urgent action"``)."""
    head = cue.head
    return cue.lemma in word_set("naming_cues") and head.tag_ in ("VBP", "VBZ") and any(
        c.dep_ == "dobj" for c in head.children)


def _interjected(head: Token) -> bool:
    """The attribution stands between commas (or dashes) inside the sentence it reports."""
    doc, sent = head.doc, head.sent
    left, right = head.left_edge.i, head.right_edge.i
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct:
        right -= 1
    if left <= sent.start + 1 or right + 2 >= sent.end:
        return False
    return doc[left - 1].text in INTERJECTION_MARKS and doc[right + 1].text in INTERJECTION_MARKS


def _reports_objects(cue: CueMatch, learned: bool) -> bool:
    """The cue's object is its content: listed by hand, or learned from PolNeAR train for the
    object pattern this occurrence has (``blasted the decision``)."""
    if cue.lemma in word_set("object_reporting_cues") | word_set("direct_object_reporting_cues"):
        return True
    if not learned:
        return False
    pattern = pattern_of(cue.head)
    return pattern in OBJECT_PATTERNS and (cue.lemma, "VERB", pattern) in learned_cues()


def _noun_report(view: TextView, cue: CueMatch, paragraph: int) -> Candidate | None:
    """``Trump's claim that X``, ``reports by the agency that X``: the clause on the noun."""
    head = cue.head
    clause = that_clause(head)
    if clause is None:
        return None
    speaker = next((c for c in head.children if c.dep_ == "poss"), None)
    for prep in head.children:
        if speaker is None and prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            speaker = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if speaker is None and head.dep_ == "pobj" and head.head.lower_ in ("in", "through") \
            and head.head.head.pos_ == "VERB":
        speaker = speaker_of(head.head.head)  # "X said in a statement that ...": X
    tokens = list(clause.subtree)
    if not has_verb(tokens):
        return None
    return clause_candidate(view, cue, tokens, speaker, paragraph, weak=speaker is None)


def _next_acts(clause: Token) -> list[Token]:
    """``said the offer was an insult and vowed to strike``: a conjoined reporting verb with no
    subject of its own is the speaker's next act, not part of what was said; so is a
    reporting participle after a comma (``said X, arguing that Y``) and a writer's aside
    closing the clause (``..., the presumed favourite``)."""
    entries = cue_entries()
    doc = clause.doc
    acts = [c for c in clause.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in entries
            and not any(g.dep_ in ("nsubj", "nsubjpass", "ccomp", "dobj", "dative")
                        for g in c.children)]
    acts += [c for c in clause.children
             if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > clause.i
             and c.lemma_.lower() in entries and doc[c.left_edge.i - 1].text == ","]
    last = clause.right_edge
    while last.i > clause.i and last.is_punct:
        last = doc[last.i - 1]
    aside = last
    while aside.dep_ != "appos" and aside.head.i != aside.i and aside.i > clause.i:
        aside = aside.head
    if aside.dep_ == "appos" and aside.right_edge.i >= last.i and aside.left_edge.i > clause.i \
            and doc[aside.left_edge.i - 1].text in (",", "\u2014", "--"):
        acts.append(aside)
    return acts


def _complement_of_medium(cue: Token) -> Token | None:
    """``told LA Weekly in a statement that X``: the clause hangs on the medium noun."""
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            for child in obj.children:
                if child.dep_ in ("ccomp", "acl", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                    return child
    return None


def _headline_report(head: Token) -> list[Token]:
    """``Storm-hit village 'forgotten', says county councillor``: a headline reports in
    few words, with no verb of its own; what stands before ``, says X`` (or after ``X says``
    when the parse finds no clause) is what was said."""
    doc = head.doc
    words: list[Token] = []
    for token in doc:  # stop early: most paragraphs are far longer than a headline
        if not token.is_space:
            words.append(token)
            if len(words) > 20:
                return []
    if len(words) < 3 or len(list(doc.sents)) > 1 or words[-1].text in (
            ".", ":", ";", "?", "!") or words[-1].is_quote and len(words) > 1 \
            and words[-2].text in SENTENCE_END:
        return []
    sent = head.sent
    before = [t for t in sent if t.i < head.i]
    after = [t for t in sent if t.i > head.i]
    subject_after = any(c.dep_ == "nsubj" and c.i > head.i for c in head.children)
    if before and before[-1].text == "," and subject_after:
        return before[:-1]
    if not complement_of(head) and before and not subject_after and len(
            [t for t in after if not t.is_punct]) >= 2 and any(t.is_quote for t in after):
        return after  # "Bank chief says 'no rush' on rates"
    return []


def _subject_run_on(clause: Token, source: Token | None) -> list[Token]:
    """``According to the Arts Citation Index Professor Reyes is ...``: with the comma left
    out, the parser runs the source on into the clause's subject; the subject starts at the
    title before the name (the words before it are the source)."""
    if source is None or source.pos_ != "PROPN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return []
    doc = source.doc
    for i in range(source.left_edge.i + 1, source.i):
        if doc[i].text in titles() and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
            return list(doc[i : source.i + 1])
    return []


def _according_to(view: TextView, cue: CueMatch, paragraph: int) -> Candidate | None:
    """``According to X, CLAUSE`` / ``CLAUSE, according to X``."""
    according = cue.head
    speaker = according_to_speaker(cue)
    if speaker is not None and speaker.lemma_.lower() in word_set("according_to_idioms"):
        return None  # "going according to plan": no one is cited
    clause = according.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == according.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    # the whole sentence is what the source says, less the "according to X" phrase
    sentence = clause.sent if clause.doc.has_annotation("SENT_START") else clause.subtree
    tokens = excluded(list(sentence), according)
    subject = _subject_run_on(clause, speaker)
    if subject:
        speaker = subject[0].nbor(-1)
        tokens = sorted(tokens + subject, key=lambda t: t.i)
    if not has_verb(tokens):
        return None
    return clause_candidate(view, cue, tokens, speaker, paragraph)
