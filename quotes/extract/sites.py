"""Where a direct quotation's cue stands: after the closing mark, before the opening mark,
or closing the sentence before it.

``"...," she said`` / ``"...," said X`` (``trailing_cue``), ``X said: "..."`` (``leading_cue``),
``"..." for criminal behavior, she said`` (``trailing_tail``), ``X agreed. "..."``
(``cue_closing_sentence_before``); a cue's clause must be the quotation itself, not a clause that
only ends in one.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.attribution import (
    DASHES,
    SENTENCE_END,
    put_to_subject,
    sentence_before_quote,
    speaker_of,
)
from quotes.extract.cues import CueMatch
from quotes.extract.marks import Paragraph, QuotedSpan
from quotes.extract.segments import TextView
from quotes.extract.subjects import ADDRESSEE_CUES

# A quotation that follows one of these (or starts its sentence) stands as a full quote.
FULL_QUOTE_LEAD = {"", ".", "!", "?", ":", ",", ";", "\u2014", "\u2013", "(", "-", "["}
LEADING_CUE_CHARS = 2_000  # a sentence longer than this before a quote is no attribution
MAX_ATTRIBUTION_TOKENS = 40  # an attribution clause: "said Kevin Barrett, a lawyer at ..., who ..."


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
    if cue_at >= span.after and previous_char(view.text, span.open_mark, 0) in SENTENCE_END:
        intro_end = span.open_mark  # '... at 5 a.m. "...," she said': the sentence before
    # '"... the wall" - at which point the crowd chanted': what a dash runs on with after the
    # closing mark is the writer's, whatever the parser hung it on
    leads = cue_at < span.open_mark
    dashed = view.text[span.after : span.after + 4].lstrip()[:1] in DASHES and span.closed
    run_on = span.after if dashed and leads else len(view.text)
    clauses = [c for c in cue.head.children
               if c.dep_ == "ccomp" and not sentence_before_quote(c, cue.head)]
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


TIME_MARKS = frozenset({"after", "before", "when", "while", "until", "since", "because", "as",
                        "if", "once"})


def _subordinate(cue: Token) -> bool:
    """A cue in a clause subordinate to a verb of its own (``... after the group objects``):
    the quotation before that verb is not what the clause reports."""
    return cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i \
        and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cue.children)


def _object_of_its_own(cue: Token) -> bool:
    """A verb with its subject before it and a noun object right after it (``the club charged a
    fee``) says something else than the quotation before it; the object of ``told`` is whom it
    was told, and ``said the minister`` has no subject before it."""
    if cue.lemma_.lower() in ADDRESSEE_CUES or not any(
            c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return False
    return any(c.dep_ == "dobj" and c.left_edge.i == cue.i + 1 and c.pos_ in ("NOUN", "PROPN")
               and c.ent_type_ not in ("DATE", "TIME") for c in cue.children)


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
        if _subordinate(cue.head):
            return None  # "'That's on me': Ferrante pulls ad after veterans group objects"
        if _object_of_its_own(cue.head) and view.text[span.after : span.after + 3].strip()[:1] != ":":
            # 'under what X called "...", the club charged a $100,000 fee'; '"...," Warren, who
            # has not endorsed a candidate, told reporters': the next cue, if any
            continue
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

