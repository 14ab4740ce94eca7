"""Speakers named without a reporting cue: transcript and headline labels (``PENCE: ...``,
``Pence: ...``), a bare name before a colon (``Mayor Tom Reed: "..."``) and a dash signature
after the quote (``"..." ― Pamela Padilla``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from quotes.extract.anatomy import PARTY_TAG
from quotes.extract.attribution import DASHES, SENTENCE_END, Candidate
from quotes.extract.lexicon import titles, word_set
from quotes.extract.marks import SPAN_TRIM, Paragraph, QuotedSpan, trim_span
from quotes.extract.segments import TextView

_LABEL = re.compile(r"[\"\u201c]?\s*([A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,3}"
                    r"(?:[ \u00a0]*\([RDI][-\u2013][A-Za-z. ]{1,14}\))?)"
                    r"[ \u00a0]*:[ \u00a0]+(?=\S)")


@dataclass(frozen=True)
class Label:
    """A transcript or headline label: the speaker token, the label's own tokens (first and
    last index), where the words start, and the name as the document spells it."""

    speaker: Token
    bounds: tuple[int, int]
    words_start: int
    name: str | None
    shouting: bool = False  # in capitals, as a transcript's turns (or a dateline) are


def labelled_paragraph(view: TextView, para: Paragraph) -> Label | None:
    """``PENCE: Well, look, ...`` (a transcript) or ``Pat Caddell: Voters worried ...``.

    The label must name a person or organisation (an entity, or a capitalised transcript
    label) and hold no verb.  Only the label names the speaker: nothing of the words after it.
    """
    match = _LABEL.match(view.text, para.start, para.end)
    if match is None:
        return None
    label = view.words(match.start(1), match.end(1))
    words = view.text[match.end():para.end].split()
    if not label or len(words) < 3:
        return None
    if any(t.lower_ in word_set("non_speaker_labels") for t in label):
        return None  # "UPDATE:", "Editor's note:", "Photo:"
    named = [t for t in label if t.is_alpha or t.text.endswith(".")]
    if not named or len({id(t.doc) for t in label}) > 1:
        return None
    last = named[-1]
    while last.text in ("(", ")") or PARTY_TAG.fullmatch(last.text):
        last = last.nbor(-1)
    tag = PARTY_TAG.search(view.text, match.start(1), match.end(1))
    if tag is not None:  # "SEN. MARTA QUINN (D-Ore.)": the name ends before its tag
        before = [t for t in label if view.end(t) <= tag.start() and t.is_alpha]
        last = before[-1] if before else last
    # a transcript label in capitals is a name, however the tagger reads it
    shouting = all(t.text.isupper() for t in label if t.is_alpha and (
        tag is None or not tag.start() <= view.start(t) < tag.end()))
    if not shouting and any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    if last.ent_type_ in ("PERSON", "ORG") or shouting or _named_elsewhere(view, last, para):
        return Label(last, (label[0].i, label[-1].i), match.end(),
                     _spelled_in_text(view, label) if shouting else None, shouting)
    return None


def _a_place_named_in_text(view: TextView, label: Label | None) -> bool:
    """``BENGALURU:`` opening a story that writes ``Bengaluru`` (``a Bengaluru-based firm``):
    a dateline's place, which the text names in running words and as no person."""
    if label is None or label.name is not None:
        return False
    words = [t.text for t in label.speaker.doc[label.bounds[0] : label.bounds[1] + 1]
             if t.is_alpha]
    return bool(words) and all(
        re.search(rf"(?<![\w-]){re.escape(w.capitalize())}(?!\w)", view.text) for w in words)


def _spelled_in_text(view: TextView, label: list[Token]) -> str | None:
    """A label in capitals (``DR. OKONKWO``) takes the spelling of the person the article
    names in running text (``Amara Okonkwo``); None when it names no one there."""
    words = [t.text.casefold() for t in label if t.is_alpha and len(t.text) > 1]
    found = None
    for ent in view.entities():
        if ent.label_ != "PERSON" or ent.text.isupper():
            continue
        ent_words = [t.text.casefold() for t in ent if t.is_alpha]
        if words and len(ent_words) >= len(words[-2:]) and ent_words[-1] == words[-1] and (
                found is None or len(ent.text) > len(found)):
            found = ent.text
    return found


def _named_elsewhere(view: TextView, word: Token, para: Paragraph) -> bool:
    """``Pence: ...`` in a headline, where the tagger knows no name: the article names
    a person or organisation ending in that word."""
    if not word.is_title or word.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(ent.label_ in ("PERSON", "ORG") and ent[-1].text == word.text
               and not para.start <= view.start(ent) < para.end for ent in view.entities())


def colon_speaker(view: TextView, span: QuotedSpan, floor: int) -> Token | None:
    """``Mayor Tom Reed: "..."``: a bare name, no verb, then a colon, then the quote."""
    tokens = view.words(floor, span.open_mark)
    if len(tokens) < 2 or tokens[-1].text != ":":
        return None
    lead = tokens[:-1]
    for i in range(len(lead) - 1, -1, -1):
        if lead[i].text in SENTENCE_END:
            lead = lead[i + 1 :]
            break
    for i in range(len(lead) - 1, 0, -1):
        # "Pollsters agree - Carl Bialik: "..."": a heading, a spaced dash, then the name
        if lead[i].text in DASHES and lead[i - 1].whitespace_ and lead[i].whitespace_:
            lead = lead[i + 1 :]
            break
    if not lead:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return _introducer(lead, tokens[-1])
    if len(lead) > 8:
        return None
    last = lead[-1]
    named = last.ent_type_ in ("PERSON", "ORG") or (last.pos_ == "PROPN" and last.is_title)
    return last if named else None


def _introducer(lead: list[Token], colon: Token) -> Token | None:
    """``Economy Minister Aiko Brandt, speaking on local radio, sounded less sure: "..."``:
    the subject of the clause a colon closes introduces the quotation that follows, when it
    is someone who can speak (a name, a person or group noun, a personal pronoun)."""
    inside = range(lead[0].i, colon.i + 1)
    # the clause's verb: the colon's head, or a verb the parser hung on the quotation
    verbs = [colon.head] + [t for t in lead if t.head.i not in inside or t.head.i == t.i]
    verbs = [v for v in verbs if v.i in inside and v.pos_ in ("VERB", "AUX")]
    if not verbs or any(c.dep_ == "neg" for c in verbs[0].children):
        return None
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                and c.lower_ not in word_set("non_speaker_subjects")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN" or any(
            c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
            for c in subject.children):
        return subject  # (or a noun the name set beside it describes: "Her colleague, X,")
    if subject.pos_ == "PRON":
        return subject if subject.lower_ in ("he", "she", "they", "we", "i") else None
    lemma = subject.lemma_.lower()
    speaking = word_set("role_words") | word_set("group_nouns") | word_set("organization_nouns")
    # "The mayor was blunt:": an office's noun speaks too
    office = subject.text.capitalize() in titles()
    return subject if lemma in speaking or subject.lower_ in speaking or office else None


def dash_speaker(view: TextView, span: QuotedSpan, limit: int) -> Token | None:
    """``"..." ― Pamela Padilla``: a name after a dash closes the paragraph or sentence."""
    return _dash_signature(view, span.after, limit)


def signed_below(view: TextView, span: QuotedSpan, limit: int,
                 below: Paragraph | None) -> Token | None:
    """A fact-check's quotation that fills its paragraph, signed on the line below
    (``"... I helped write that bill."`` then ``- Sanders.``)."""
    if below is None or view.text[span.after:limit].strip() or below.end - below.start > 60:
        return None
    return _dash_signature(view, below.start, below.end)


def _dash_signature(view: TextView, start: int, limit: int) -> Token | None:
    stripped = view.text[start:limit].lstrip(" \u00a0\t")
    if not stripped or stripped[0] not in DASHES:
        return None
    words = view.words(start, limit)
    comma = next((k for k, t in enumerate(words) if t.text == "," and k > 1), len(words))
    # "- Mia Tran, Leeds.": the person, not where she is from (a place after a comma)
    tokens = [t for t in words[:comma] if not t.is_punct and t.text not in DASHES]
    if not tokens or len(tokens) > 8 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    names = [t for t in tokens if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    return names[-1] if names else None


def headline_speaker(view: TextView, span: QuotedSpan, floor: int, limit: int) -> Token | None:
    """``'That's on me': Ferrante pulls TV ad after veterans group objects``: a quotation that
    opens its paragraph, then a colon, is said by the named subject of the clause after it."""
    if view.text[floor:span.open_mark].strip() or \
            not view.text[span.after:limit].lstrip(" \u00a0").startswith(":"):
        return None
    words = view.words(span.after, limit)
    verb = next((t for t in words if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) \
        if verb is not None else None
    if subject is None or view.start(subject) < span.after:
        return None
    return subject if subject.ent_type_ in ("PERSON", "ORG") or subject.pos_ == "PROPN" else None


_QUESTION = re.compile(r"Q[ \u00a0]*:[ \u00a0]+(?=\S)")
_ANSWER = re.compile(r"A[ \u00a0]*:[ \u00a0]+(?=\S)")
# words before a name that make it the one who asks ("spoke to reporter Ben Carver")
_ASKERS = frozenset({"reporter", "interviewer", "host", "correspondent", "editor", "writer"})


def interviewee(view: TextView, paragraphs: Sequence[Paragraph]) -> str | None:
    """Whose a Q&A's answers (``A: ...``) are: the person the story names most often, at least
    twice, outside its questions and answers, by the fullest name it gives them; not the one
    who asks (``reporter Ben Carver``). None if the story has no ``Q:`` or no such person."""
    if not any(_QUESTION.match(view.text, p.start, p.end) for p in paragraphs):
        return None
    story = " ".join(view.text[p.start:p.end] for p in paragraphs
                     if not (_QUESTION.match(view.text, p.start, p.end)
                             or _ANSWER.match(view.text, p.start, p.end)))
    fullest: dict[str, str] = {}
    askers: set[str] = set()
    for ent in view.entities():
        if ent.label_ == "PERSON" and ent[-1].is_title:
            surname = ent[-1].text
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _ASKERS:
                askers.add(surname)
            fullest[surname] = max(fullest.get(surname, ""), ent.text, key=len)
    counts = Counter({name: len(re.findall(rf"\b{re.escape(name)}\b", story))
                      for name in fullest})
    ranked = [(n, name) for name, n in counts.most_common() if name not in askers]
    if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return fullest[ranked[0][1]]


def labelled_lines(text: str, view: TextView, paragraphs: Sequence[Paragraph],
              direct: list[Candidate]) -> list[Candidate]:
    """Transcript lines and headline sayings: ``NAME: words`` with no quotation marks; a Q&A's
    answers (``A: words``), the interviewee's."""
    found = []
    answering = interviewee(view, paragraphs)
    labels = {para.index: labelled_paragraph(view, para) for para in paragraphs}
    shouted = [i for i, label in labels.items() if label is not None and label.shouting]
    if len(shouted) == 1 and shouted[0] <= 1 and _a_place_named_in_text(view, labels[shouted[0]]):
        labels[shouted[0]] = None  # "BENGALURU: One in three ...": a dateline opening the
        # story (a transcript in capitals has turns, more than one)
    for para in paragraphs:
        label = labels[para.index]
        answer = _ANSWER.match(text, para.start, para.end) if answering else None
        if label is None and answer is not None:
            token = view.words(para.start, para.start + 1)
            label = Label(token[0], (token[0].i, token[0].i), answer.end(), answering) \
                if token else None
        if label is None:
            continue
        start, end = trim_span(text, label.words_start, para.end, SPAN_TRIM + "\"\u201d")
        if end - start < 3 or any(start <= d.start < end for d in direct
                                  if d.source != "unattributed"):
            continue  # a quotation after the colon is attributed by the quotation rules
        found.append(Candidate("direct", start, end, para.index, [(start, end)],
                               speaker=label.speaker, weak=para.index == 0, label=label.name,
                               speaker_bounds=label.bounds))
    return found
