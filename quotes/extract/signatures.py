"""Speakers named without a reporting cue: transcript and headline labels (``PENCE: ...``,
``Pence: ...``), a bare name before a colon (``Mayor Tom Reed: "..."``) and a dash signature
after the quote (``"..." ― Pamela Padilla``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.extract.attribution import DASHES, SENTENCE_END
from quotes.extract.lexicon import word_set
from quotes.extract.marks import Paragraph, QuotedSpan
from quotes.extract.segments import TextView

_LABEL = re.compile(r"[\"\u201c]?\s*([A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,3})"
                    r"[ \u00a0]*:[ \u00a0]+(?=\S)")


def labelled_paragraph(view: TextView, para: Paragraph) -> tuple[Token, int] | None:
    """``PENCE: Well, look, ...`` (a transcript) or ``Pat Caddell: Voters worried ...``.

    The label must name a person or organisation (an entity, or a capitalised transcript
    label) and hold no verb; returns the speaker token and where the words start.
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
    last = label[-1]
    # a transcript label in capitals is a name, however the tagger reads it
    shouting = all(t.text.isupper() and len(t.text) > 1 for t in label if t.is_alpha)
    if not shouting and any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    if last.ent_type_ in ("PERSON", "ORG") or shouting or _named_elsewhere(view, last, para):
        return last, match.end()
    return None


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
    if not lead or len(lead) > 8 or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    last = lead[-1]
    named = last.ent_type_ in ("PERSON", "ORG") or (last.pos_ == "PROPN" and last.is_title)
    return last if named else None


def dash_speaker(view: TextView, span: QuotedSpan, limit: int) -> Token | None:
    """``"..." ― Pamela Padilla``: a name after a dash closes the paragraph or sentence."""
    after = view.text[span.after:limit]
    stripped = after.lstrip(" \u00a0\t")
    if not stripped or stripped[0] not in DASHES:
        return None
    tokens = [t for t in view.words(span.after, limit)
              if not t.is_punct and t.text not in DASHES]
    if not tokens or len(tokens) > 8 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    names = [t for t in tokens if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    return names[-1] if names else None
