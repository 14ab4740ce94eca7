"""Attribution sites: which cue and which speaker words belong to a quotation.

Direct quotations are found from their marks (``quotes.extract.marks``); this module looks for the cue
right after the closing mark (``"...," she said``), before the opening mark (``She said: "..."``),
joins a quote split by its attribution (``"A," he said, "B."``) and reads the speaker, addressee
and medium off the cue's dependents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from quotes.extract.cues import CueMatch
from quotes.extract.lexicon import cue_entries, word_set
from quotes.extract.marks import Paragraph, QuotedSpan
from quotes.extract.segments import TextView
from quotes.extract.subjects import (
    author_after_title,
    cited_writer,
    colon_after_participle,
    named_right_after,
    named_right_before,
    office_holder_named_last,
    opens_quote,
    participle_read_as_clause,
    quoted_between,
)

SENTENCE_END = {".", "!", "?"}
# A quotation that follows one of these (or starts its sentence) stands as a full quote.
FULL_QUOTE_LEAD = {"", ".", "!", "?", ":", ",", ";", "\u2014", "\u2013", "(", "-", "["}
ADDRESSEE_CUES = {"tell", "inform", "assure", "warn", "advise", "remind", "brief", "ask", "urge",
                  "promise"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
INHERIT_SUBJECT_DEPS = {"advcl", "conj", "xcomp", "pcomp", "dep"}
LEADING_CUE_CHARS = 2_000  # a sentence longer than this before a quote is no attribution
MAX_ATTRIBUTION_TOKENS = 40  # an attribution clause: "said Kevin Barrett, a lawyer at ..., who ..."
RELATIVE_PRONOUNS = {"who", "that", "which"}
DASHES = {"\u2015", "\u2014", "\u2013", "-", "--"}


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


def speaker_of(cue: Token, depth: int = 0) -> Token | None:
    """The speaker words of a cue verb: subject, passive agent, or the governing verb's subject."""
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if put_to_subject(cue):
        return None  # "Asked whether the vote would slip, Ocampo ...": she is the one asked
    subjects = [office_holder_named_last(cited_writer(c)) for c in cue.children
                if c.dep_ in ("nsubj", "csubj")
                and not _quoted_after(cue, c)]
    if len(subjects) > 1:  # not a quoted title the parser read as a second subject
        subjects = [c for c in subjects if not opens_quote(c.doc, c.left_edge.i - 1)] or subjects
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
            if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
                antecedent = antecedent.head  # "X, a Clinton endorser who ...": X
            return _holder_of(antecedent, depth) or antecedent
        return child
    aside = participle_read_as_clause(cue)
    if aside is not None:  # "X, asked about the dispute, said:"
        return next(c for c in aside.children if c.dep_ == "nsubj")
    if cue.dep_ == "compound" and cue.head.pos_ in ("PROPN", "NOUN") and cue.head.i > cue.i:
        return cue.head  # "Said Ellis:" read as one name
    if depth == 0 and cue.tag_ != "VBG" and (cue.i == cue.sent.start or cue.nbor(-1).is_punct):
        # "Said Ellis: ..." / '"...," said the minister' parsed without a subject (not
        # ", telling O'Reilly that ...", whose object is the addressee)
        following = [c for c in cue.rights if c.dep_ in ("dobj", "npadvmod", "attr", "dep", "appos")
                     and c.pos_ in ("PROPN", "NOUN") and not _quoted_after(cue, c)]
        if following:
            return following[0]
        after = named_right_after(cue)
        if after is not None:
            return after
    governor = cue.head
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
    if cue.dep_ in ("advcl", "xcomp") and governor.pos_ in ("ADV", "ADJ") \
            and governor.dep_ in ("advmod", "acomp") and governor.head.i != governor.i:
        governor = governor.head  # "went so far as to say", "is likely to stress"
    if cue.dep_ in INHERIT_SUBJECT_DEPS and governor.i != cue.i and depth < 3 \
            and governor.pos_ in ("VERB", "AUX"):
        if not quoted_between(cue, governor):
            return speaker_of(governor, depth + 1)
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
    if depth == 0 and (cue.tag_ in ("VBD", "VBZ", "VBP") or colon_after_participle(cue)) \
            and not any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        return named_right_before(cue)
    return None


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
    """``Asked whether the vote would slip, Ocampo ...``, ``When told of the ruling, ...``: a
    participle of asking or telling with no one named as asker; its subject is the one asked."""
    return cue.tag_ == "VBN" and cue.lemma_.lower() in ADDRESSEE_CUES and cue.dep_ != "ROOT" \
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


def complement_of(cue: Token) -> Token | None:
    """The clause a cue reports (``said that X``)."""
    aside = participle_read_as_clause(cue)
    for child in cue.children:
        if child.dep_ == "ccomp" and (aside is None or child.i != aside.i):
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


def previous_char(text: str, offset: int, floor: int) -> str:
    i = offset - 1
    while i >= floor and text[i].isspace():
        i -= 1
    return text[i] if i >= floor else ""


def is_full_quote(text: str, span: QuotedSpan, para: Paragraph) -> bool:
    """A quotation that stands as what someone said, not a word or phrase quoted in a sentence."""
    lead = previous_char(text, span.open_mark, para.start)
    return lead in FULL_QUOTE_LEAD or lead in "\"'\u201d\u2019\u00bb"


def _cue_reports_quote(cue: CueMatch, view: TextView, span: QuotedSpan,
                       next_quote: int | None = None) -> bool:
    """The cue's clause object, if any, must be the quotation itself.

    ``Heald said although X, "Y".`` reports a clause that only ends in a quote: that is a mixed
    quotation, left to the reported-speech rules.  After a trailing cue may come the second
    half of a split quote (from ``next_quote`` on).
    """
    cue_at = view.start(cue.head)
    # '"..., we will win," Tulsa police Chief Chuck Jordan said': a quote closed on a comma is
    # a whole saying, and what follows it (a trailing cue, its speaker, "after he admitted
    # that ...") is the attribution, whatever the parse
    speaker_words = (span.after, len(view.text)) if cue_at >= span.after and _ends_on_comma(
        view.text, span) else (0, 0)
    # 'X scolded him: "...," she said': the words before a colon introduce the quote
    intro_end = span.open_mark if speaker_words[1] and previous_char(
        view.text, span.open_mark, 0) == ":" else 0
    # '"... the wall" - at which point the crowd chanted': what a dash runs on with after the
    # closing mark is the writer's, whatever the parser hung it on
    leads = cue_at < span.open_mark
    dashed = view.text[span.after : span.after + 4].lstrip()[:1] in DASHES and span.closed
    run_on = span.after if dashed and leads else len(view.text)
    clauses = [c for c in cue.head.children if c.dep_ == "ccomp"]
    if leads and any(span.start <= view.start(c) < span.end for c in clauses):
        # 'He said, "Trump will build the wall" - and the crowd cheered': a clause wholly after
        # the quotation the cue reports is a sentence run on, not a second report
        clauses = [c for c in clauses if view.start(c.left_edge) < span.after]
    for child in clauses:
        outside = [t for t in child.subtree
                   if not (span.open_mark <= view.start(t) < span.after)
                   and not (speaker_words[0] <= view.start(t) < speaker_words[1])
                   and not view.start(t) < intro_end
                   and not (next_quote is not None and view.start(t) >= next_quote)
                   and not _in_brackets_after(view, span, t) and view.start(t) < run_on
                   and not (view.start(t) >= span.after and _trailing_modifier(t, child))
                   and not t.is_punct and not t.is_space and t.lower_ != "that"]
        if outside:
            return False
    return True


def speaker_between(view: TextView, span: QuotedSpan, cue: CueMatch,
                    found: Token | None) -> Token | None:
    """``"...," Flynn, a top surrogate, said on "Fox and Friends."``: when the parse takes the
    speaker from elsewhere, the words between a comma-closed quote and its trailing cue name
    it (the head of their first noun phrase)."""
    cue_at = view.start(cue.head)
    if cue.is_phrase or cue_at <= span.after or not _ends_on_comma(view.text, span):
        return found
    if found is not None and span.after <= view.start(found) < cue_at:
        return found
    run: list[Token] = []
    for token in view.tokens(span.after, cue_at):
        if token.pos_ in ("PROPN", "NOUN"):
            run.append(token)
        elif run:
            break
    return run[-1] if run else found


def _ends_on_comma(text: str, span: QuotedSpan) -> bool:
    """``"...,"`` or ``"...",``: the quotation ends where its attribution begins."""
    inside = text[span.start:span.end].rstrip().rstrip("'\u2019")  # ... ‘miracles,’”
    return inside.endswith(",") or text[span.after : span.after + 1] == ","


def _trailing_modifier(token: Token, clause: Token) -> bool:
    """``said "..." on Monday`` / ``said "..." and left``: a time phrase or the speaker's next
    act that the parser hung inside the quoted clause."""
    while token.head.i != clause.i and token.head.i != token.i:
        token = token.head
    if token.head.i != clause.i:
        return False
    if token.dep_ == "conj":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return token.dep_ in ("prep", "npadvmod", "advmod", "cc") and token.i > clause.i


def _in_brackets_after(view: TextView, span: QuotedSpan, token: Token) -> bool:
    """A bracketed aside after the closing mark (``"..." ((it))``, a source or language tag)."""
    at = view.start(token)
    if at < span.after:
        return False
    between = view.text[span.after:at]
    return between.count("(") + between.count("[") > between.count(")") + between.count("]")


def trailing_cue(view: TextView, span: QuotedSpan, limit: int,
                 cues: dict[tuple[int, int], CueMatch]) -> CueMatch | None:
    """``"...," said X`` / ``"...," X said``: the first cue after the closing mark."""
    tokens = view.words(span.after, limit)[:MAX_ATTRIBUTION_TOKENS]
    content = view.text[span.start:span.end].rstrip()
    for position, token in enumerate(tokens):
        if token.text in SENTENCE_END:
            return None
        if token.text in "\"\u201c\u201e\u00ab" and position > 0:
            return None
        cue = cues.get((id(token.doc), token.i))
        if cue is None:
            continue
        if cue.is_phrase:
            return cue
        if not _cue_reports_quote(cue, view, span, next_quote=limit):
            return None
        if content.endswith(".") and (position > 6 or any(
                c.dep_ == "dobj" and view.start(c) >= span.after for c in cue.head.children)):
            # a new sentence after a finished quote is not its attribution ('"...." He
            # mentioned a long list of candidates')
            return None
        return cue
    return None


def trailing_tail(view: TextView, span: QuotedSpan, limit: int,
                  cues: dict[tuple[int, int], CueMatch]) -> tuple[CueMatch, int] | None:
    """``"The only way ... is jail time" for criminal behavior, she said.``

    The quote ends before its clause does: a few verbless words, a comma, then subject and cue.
    Returns the cue and where the reported words end (a mixed quotation).
    """
    tokens = view.words(span.after, limit)[:20]
    # '"... extremely unlikely" that Sanders can catch Clinton, said X': a that-clause the
    # quotation runs on into, with verbs of its own
    clause = bool(tokens) and tokens[0].lower_ == "that"
    for position, token in enumerate(tokens):
        if token.text in SENTENCE_END or token.text in "\"\u201c\u201e\u00ab":
            return None
        cue = cues.get((id(token.doc), token.i))
        if cue is None or cue.is_phrase:
            continue
        speaker = speaker_of(cue.head)
        before = [t for t in tokens[:position] if speaker is None or t.i < speaker.left_edge.i]
        words = [t for t in before if not t.is_punct]
        if not words or len(words) > (15 if clause else 6) or not clause and any(
                t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if not before or before[-1].text != ",":
            return None
        return cue, view.end(words[-1])
    return None


def leading_cue(view: TextView, span: QuotedSpan, floor: int,
                cues: dict[tuple[int, int], CueMatch]) -> CueMatch | None:
    """``X said: "..."`` / ``According to X, "..."``: the nearest cue before the opening mark.

    Looked for within the sentence before the mark, and never further back than
    ``LEADING_CUE_CHARS``: a text of one endless paragraph must not make every quotation scan
    all that came before it."""
    tokens = view.words(max(floor, span.open_mark - LEADING_CUE_CHARS), span.open_mark)
    if not tokens:
        return None
    # stay inside the sentence that holds the opening mark
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in SENTENCE_END and i != len(tokens) - 1:
            tokens = tokens[i + 1 :]
            break
    if not tokens or tokens[-1].text not in {":", ",", "that"} and not cues.get(
        (id(tokens[-1].doc), tokens[-1].i)
    ):
        return None
    colon = tokens[-1].text == ":"  # a colon introduces whatever the cue's clause was
    for token in reversed(tokens):
        cue = cues.get((id(token.doc), token.i))
        if cue is not None and colon and not cue.is_phrase and put_to_subject(cue.head):
            continue  # "who told Congress when asked about the inquiry: "..."": who told it
        if cue is not None and (colon or cue.is_phrase or _cue_reports_quote(cue, view, span)):
            return cue
    return None


def cue_closing_sentence_before(view: TextView, span: QuotedSpan, floor: int,
                                cues: dict[tuple[int, int], CueMatch]) -> CueMatch | None:
    """``Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans ..."``: a
    sentence that ends on its cue, with a speaker and nothing said, right before a quotation
    that has no cue of its own, introduces it."""
    tokens = view.words(max(floor, span.open_mark - 300), span.open_mark)
    if len(tokens) < 3 or tokens[-1].text != ".":
        return None
    k = len(tokens) - 2
    while k > 0 and (tokens[k].ent_type_ in ("DATE", "TIME") or tokens[k].pos_ == "ADV"):
        k -= 1  # "Phil Musser said Tuesday."
    cue = cues.get((id(tokens[k].doc), tokens[k].i))
    if cue is None or cue.is_phrase or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "csubj") for c in cue.head.children):
        return None
    return cue if speaker_of(cue.head) is not None else None


def cue_speaker(cue: CueMatch) -> Token | None:
    return according_to_speaker(cue) if cue.is_phrase else speaker_of(cue.head)
