"""The tagger's entity spans, mended where the small model cuts a name in two.

``the Rural Municipality of Elk Hollow`` comes out as GPE ``the Rural Municipality`` and PERSON
``Elk Hollow``; ``the Town of Bedford`` as nothing.  A local government named by its kind and
its place is one organisation, the one a reeve or a councillor speaks for (GUIDELINES.md: the
organisation by the fullest name the document gives it), so the spans are joined once, right
after parsing, before any rule reads them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# the kind of local government a name opens with ("City of Saskatoon", "Town of Bedford");
# not "District of Columbia", a place, nor "University of ...", which the tagger keeps whole
GOVERNMENT_KINDS = frozenset({"municipality", "city", "town", "county", "village", "township",
                              "borough", "parish"})
_BEFORE_KIND = frozenset({"rural", "regional", "urban", "royal", "district"})


def _proper(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _government_name(kind: Token) -> tuple[int, int] | None:
    """Token bounds of ``[Rural] Municipality of Elk Hollow`` around its kind word ``kind``."""
    doc = kind.doc
    if not (kind.is_title and kind.lower_ in GOVERNMENT_KINDS) or kind.i + 2 >= len(doc) \
            or doc[kind.i + 1].lower_ != "of" or not _proper(doc[kind.i + 2]):
        return None
    end = kind.i + 2
    while end < len(doc) and _proper(doc[end]) and doc[end].sent == kind.sent:
        end += 1
    start = kind.i
    while start > kind.sent.start and doc[start - 1].is_title \
            and doc[start - 1].lower_ in _BEFORE_KIND:
        start -= 1
    return start, end


def join_government_names(doc: Doc) -> Doc:
    """``doc`` with each ``Kind of Place`` local government tagged as one ORG span (the spans
    it overlapped dropped); a name the tagger already spans whole is left as it is."""
    joined: list[Span] = []
    for token in doc:
        bounds = _government_name(token)
        if bounds is None or joined and joined[-1].end > bounds[0]:
            continue
        inside = [e for e in doc.ents if e.start <= bounds[0] and e.end >= bounds[1]]
        if not inside:
            joined.append(Span(doc, bounds[0], bounds[1], label="ORG"))
    if joined:
        kept = [e for e in doc.ents if not any(e.start < j.end and j.start < e.end
                                                for j in joined)]
        doc.set_ents(sorted(kept + joined, key=lambda s: s.start))
    return doc
