"""The tagger's entity spans, mended where the small model cuts a name in two.

``the Rural Municipality of Elk Hollow`` comes out as GPE ``the Rural Municipality`` and PERSON
``Elk Hollow``; ``the Town of Bedford`` as nothing; a candidate's campaign committee, ``Hillary
for America``, ``Ferrante for Arizona``, as a PERSON and a GPE.  Each is one organisation, the
one a reeve or a campaign spokeswoman speaks for (GUIDELINES.md: the organisation by the
fullest name the document gives it), so the spans are joined once, right after parsing, before
any rule reads them.  So is a name whose acronym follows it and spells words the tagger left
out (``The Public and Border Services Union (PBSU)``), and an officeholder the tagger ran into
the body of the office is split from it (``Secretary of the Commonwealth Renee Castellano``),
a union's local keeps its number (``Transit Workers Union Local 417``), a name's first
words the tagger left out are its own (``[Milk] River Regional Medical Center``), and so is
the given name before a family name that opens with a particle (``[Annelies] van der Ploeg``),
and two person spans side by side (``[Nour El-Houda] [Ben Salah]``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from quotes.extract.lexicon import given_name_gender, titles, word_set
from quotes.extract.names import ends_a_body_name, is_role_word, title_case_line
from quotes.extract.referents import NAME_PARTICLES
from quotes.extract.short_forms import acronym_after

# the kind of local government a name opens with ("City of Saskatoon", "Town of Bedford");
# not "District of Columbia", a place, nor "University of ...", which the tagger keeps whole
GOVERNMENT_KINDS = frozenset({"municipality", "city", "town", "county", "village", "township",
                              "borough", "parish"})
_BEFORE_KIND = frozenset({"rural", "regional", "urban", "royal", "district"})


def _proper(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _sentence(words: Span | Token) -> Span:
    """The sentence of ``words``, or its whole Doc where the Doc has no sentences (a piece the
    prefilter gave the tagger of names alone, with no parser)."""
    doc = words.doc
    return words.sent if doc.has_annotation("SENT_START") else doc[:]


def _government_name(kind: Token) -> tuple[int, int] | None:
    """Token bounds of ``[Rural] Municipality of Elk Hollow`` around its kind word ``kind``."""
    doc = kind.doc
    if not (kind.is_title and kind.lower_ in GOVERNMENT_KINDS) or kind.i + 2 >= len(doc) \
            or doc[kind.i + 1].lower_ != "of" or not _proper(doc[kind.i + 2]):
        return None
    end = kind.i + 2
    while end < len(doc) and _proper(doc[end]) and _sentence(doc[end]) == _sentence(kind):
        end += 1
    start = kind.i
    while start > _sentence(kind).start and doc[start - 1].is_title \
            and doc[start - 1].lower_ in _BEFORE_KIND:
        start -= 1
    return start, end


# what a campaign committee is "for", after the candidate's name: a place or an office
CAMPAIGN_GOALS = frozenset({"President", "America", "Congress", "Senate", "Governor", "Mayor"})


def _campaign_committee(name_end: Token) -> tuple[int, int] | None:
    """Token bounds of ``Ferrante for Arizona`` (``Whitfield for President``) around the last
    word of a person's name the tagger ended before ``for``."""
    doc = name_end.doc
    if name_end.ent_type_ != "PERSON" or name_end.ent_iob_ == "B" and name_end.i + 1 < len(
            doc) and doc[name_end.i + 1].ent_iob_ == "I" or name_end.i + 2 >= len(doc) \
            or doc[name_end.i + 1].text != "for":
        return None
    goal = doc[name_end.i + 2]
    if goal.ent_type_ == "GPE" and goal.ent_iob_ == "B":
        end = goal.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    elif goal.text in CAMPAIGN_GOALS:
        end = goal.i + 1
    else:
        return None
    start = name_end.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start, end


# the small words a name's acronym leaves out ("Public and Border Services Union", PBSU)
_UNLETTERED = frozenset({"and", "of", "for", "the", "&", "on", "in"})


def _initials(tokens: Span) -> str:
    return "".join(t.text[0] for t in tokens if t.lower_ not in _UNLETTERED)


def _named_before_acronym(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``Public and Border Services Union`` when the tagger spans only
    ``Border Services Union`` before ``(PBSU)``: the acronym right after a name spells it, so
    the capitalised words it needs before the span belong to the name."""
    doc = entity.doc
    acronym = _letters_after(entity) if entity.label_ == "ORG" else None
    if acronym is None or _initials(entity) == acronym or not acronym.endswith(_initials(entity)):
        return None
    start = entity.start
    while start > _sentence(entity).start and (doc[start - 1].is_title and doc[start - 1].is_alpha
                                         or doc[start - 1].lower_ in _UNLETTERED - {"the"}):
        start -= 1
        if _initials(doc[start : entity.end]) == acronym and doc[start].is_title:
            return start, entity.end
    return None


def _named_on_to_acronym(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``European Consortium for Deep Ice Archives`` when the tagger stops at
    ``for`` before ``(ECDIA)``: capitalised words after the span up to an acronym that spells
    the span and them belong to the name."""
    doc, end = entity.doc, entity.end
    if entity.label_ != "ORG":
        return None
    while end < len(doc) and end - entity.end < 5 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    acronym = _letters_after(doc[entity.start : end]) if end > entity.end else None
    return (entity.start, end) if acronym is not None \
        and _initials(doc[entity.start : end]) == acronym else None


def _letters_after(span: Span) -> str | None:
    """The acronym of letters in brackets right after ``span`` (``(PBSU)``), or None."""
    return span.doc[span.end + 1].text if acronym_after(span) \
        and span.doc[span.end + 1].text.isalpha() else None


def _opening_left_out(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``Milk River Regional Medical Center`` when the tagger began it at
    ``River``: untagged capitalised proper nouns compounded into the name right before it
    (not a title, an office, a role word or a rank's: ``CNN President``, ``Labour MP``, ``Acting
    Pentagon chief``); the one word right before it may hang on a word after it (``Wapikun Lake
    First Nation band councillor``)."""
    doc, start = entity.doc, entity.start
    if entity.label_ != "ORG" or title_case_line(_sentence(entity)):
        return None  # (a headline capitalises every word: "Trump Finally Endorses House ...")
    while start > _sentence(entity).start and (word := doc[start - 1]).pos_ == "PROPN" \
            and word.is_title and not word.ent_type_ and word.dep_ == "compound" \
            and entity.start <= word.head.i and word.text not in titles() \
            and not is_role_word(word) and word.lower_ not in word_set("rank_modifiers") \
            and (word.head.i < entity.end or word.i + 1 == entity.start):
        start -= 1
    return (start, entity.end) if start < entity.start else None


@cache
def _other_body_endings() -> frozenset[str]:
    """The words a body's name ends in that are no company's (a Trust, a Union)."""
    return word_set("organization_name_endings") - word_set("company_name_words")


def _places_of_a_body(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``Avon and Somerset Police`` (``Dumfries and Galloway Council``, ``Wolds
    and Coast Hospitals NHS Trust``) when the tagger spans only the last place and the body's
    word: the capitalised place words and the ``and`` before it belong to the name (a public
    body's word ends no person's name; no other body's name of the tagger's opens it)."""
    doc, start, last = entity.doc, entity.start, entity[-1]
    public = ends_a_body_name(last)
    other = not public and entity.label_ == "ORG" and last.lower_ in _other_body_endings()
    if not (len(entity) > 1 and (public or other) and entity[0].is_title) \
            or start < 2 or doc[start - 1].lower_ != "and":
        return None
    after = doc[entity.end] if entity.end < len(doc) else None
    if after is not None and (after.text in titles() or is_role_word(after)):
        return None  # "Goodlatte and Benghazi Committee Chairman Trey Gowdy": two people
    # places, whatever the tagger took them for; not a person before a body ("Clinton and
    # State Department aides", "Bill, Hillary and Chelsea Clinton Foundation"), nor another
    # body's name before one not public ("Ford and ...")
    unlike = ({"PERSON"} if entity.label_ == "ORG" else set()) | ({"ORG"} if other else set())
    first = start - 1
    while first > _sentence(entity).start and (word := doc[first - 1]).is_title \
            and word.is_alpha and word.pos_ == "PROPN" and start - first < 4 \
            and word.lower_ not in word_set("organization_name_endings") \
            and word.ent_type_ not in unlike:
        first -= 1  # (not "Casco Bay University and the Penobscot Marine Institute", "former
        # Pennsylvania Gov. and Democratic National Committee")
    return (first, entity.end) if first < start - 1 else None


def _union_local(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``Transit Workers Union Local 417`` when the tagger spans only the union
    (or stops before the number): a union's local is named by its number."""
    doc, end = entity.doc, entity.end
    if entity.label_ != "ORG":
        return None
    if end < len(doc) and doc[end].text == "Local" and doc[end - 1].text != "Local":
        end += 1
    if doc[end - 1].text == "Local" and end < len(doc) and doc[end].like_num:
        return entity.start, end + 1
    return None


def _club_left_out(entity: Span) -> tuple[int, int] | None:
    """Token bounds of ``Coastal Stars FC`` when the tagger spans only ``Coastal``: a club's
    name goes on, in capitalised words, to its ``FC``."""
    doc, end = entity.doc, entity.end
    if entity.label_ not in ("ORG", "GPE", "PERSON"):
        return None
    while end < len(doc) and end - entity.end < 3 and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].ent_type_:
        end += 1
    if end < len(doc) and doc[end].text in _CLUB_SUFFIXES:
        return entity.start, end + 1  # ("St Fintan's AFC", the tagger's "St Fintan's";
        # "Cwm Tawe Harlequins RFC", the tagger's "Cwm Tawe Harlequins")
    return None


# what ends a football club's name, written so ("Coastal Stars FC", "Ballarat AFC")
_CLUB_SUFFIXES = frozenset({"FC", "AFC", "SC", "CF", "RFC", "GAA"})


def _officeholder_run_in(entity: Span) -> int | None:
    """Where the person starts in ``[the Commonwealth Renee Castellano]``, tagged one body
    after ``Secretary of``: the office's body, then a given name and one or two family-name
    words ending the span, are two names."""
    doc = entity.doc
    before = entity.start - 1
    if entity.label_ not in ("ORG", "GPE") or before < 1 or doc[before].lower_ != "of" \
            or doc[before - 1].text not in titles():
        return None
    for i in range(entity.end - 3, entity.end - 1):
        if i > entity.start and doc[i - 1].pos_ == "PROPN" and given_name_gender(doc[i].text) \
                and all(t.is_title and t.is_alpha for t in doc[i : entity.end]):
            return i
    return None


def _split_officeholders(doc: Doc) -> Doc:
    """``doc`` with each officeholder the tagger ran into their office's body
    (:func:`_officeholder_run_in`) tagged a PERSON beside the body."""
    spans: list[Span] = []
    for entity in doc.ents:
        start = _officeholder_run_in(entity)
        if start is None:
            spans.append(entity)
        else:
            spans += [Span(doc, entity.start, start, label=entity.label_),
                      Span(doc, start, entity.end, label="PERSON")]
    if len(spans) != len(doc.ents):
        doc.set_ents(spans)
    return doc


# lower-case words a family name may open with ("van der Ploeg", "de la Cruz", "bin Salman")
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "of", "and", "the", "for", "&"}


def _given_name_before_particle(entity: Span) -> int | None:
    """Where ``Annelies van der Ploeg`` starts when the tagger gave only ``van der Ploeg``: a
    person's name that opens with a family name's particle goes back over the untagged
    capitalised word before it, a given name; None if there is none."""
    doc = entity.doc
    before = entity.start - 1
    if entity.label_ != "PERSON" or before < 0 or entity[0].text not in _SURNAME_PARTICLES:
        return None
    word = doc[before]
    if word.ent_type_ or not word.is_title or not word.is_alpha or word.pos_ != "PROPN" \
            or word.text in titles() or is_role_word(word):
        return None
    return before


# what joins the words of one name, and ends none ("Freight and Transport", "Food & Drug")
_JOINING_WORDS = frozenset({"and", "&", "of", "for"})


_OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSING_MARKS = frozenset({'"', "\u201d", "'", "\u2019"})


def _nicknamed(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token bounds of ``Thandiwe \u201cThandi\u201d Mokoena``: a given name, a nickname in
    quotation marks and a surname are one person's name, which the tagger breaks at the marks."""
    given, mark, nick, close, family = doc[i : i + 5]
    if mark.text not in _OPENING_MARKS or close.text not in _CLOSING_MARKS \
            or not (given.is_title and nick.is_title and family.is_title) \
            or not all(t.pos_ == "PROPN" for t in (given, nick, family)) \
            or given_name_gender(given.text) is None and given.ent_type_ != "PERSON":
        return None
    end = i + 5
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].is_title:
        end += 1
    return i, end


# what names a government's department by its portfolios ("Department of Employment and Labour")
_DEPARTMENTS = frozenset({"department", "ministry", "secretariat", "office"})


def _portfolio_goes_on(entity: Span, following: Span) -> bool:
    """``[Department of Employment] and [Labour]``: a department's name the tagger cut at the
    ``and`` between its portfolios, the second a capitalised word or two with no article."""
    doc = entity.doc
    return entity.label_ == "ORG" and following.label_ in ("ORG", "GPE") \
        and following.start == entity.end + 1 and doc[entity.end].lower_ == "and" \
        and len(entity) >= 3 and entity[-1].lower_ != "of" \
        and any(t.lower_ in _DEPARTMENTS and t.nbor().lower_ == "of" for t in entity[:-2]) \
        and len(following) <= 2 \
        and all(t.is_title for t in following)


def join_cut_names(doc: Doc) -> Doc:
    """``doc`` with each ``Kind of Place`` local government and each ``Name for Place``
    campaign committee tagged as one ORG span (the spans it overlapped dropped); a name the
    tagger already spans whole is left as it is."""
    doc = _split_officeholders(doc)
    joined: list[Span] = []
    # only words before an "of" or a "for" can open either
    lower = doc.to_array("LOWER")  # (an array: compared whole, not token by token)
    hits = ((lower == doc.vocab.strings["of"]) | (lower == doc.vocab.strings["for"])).nonzero()
    for i in hits[0] if len(doc) else ():
        if i == 0:
            continue
        token = doc[int(i) - 1]
        bounds = _government_name(token) or _campaign_committee(token)
        if bounds is None or joined and joined[-1].end > bounds[0]:
            continue
        inside = [e for e in doc.ents if e.start <= bounds[0] and e.end >= bounds[1]]
        if not inside:
            joined.append(Span(doc, bounds[0], bounds[1], label="ORG"))
    for entity, following in zip(doc.ents, doc.ents[1:]):
        if entity.label_ == "ORG" and following.start == entity.end \
                and entity[-1].lower_ in _JOINING_WORDS and following.label_ in ("ORG", "GPE") \
                and not (joined and joined[-1].end > entity.start):
            # "the Canadian Freight and] [Transport Union": no name ends in its "and"
            joined.append(Span(doc, entity.start, following.end, label="ORG"))
        elif _portfolio_goes_on(entity, following) \
                and not (joined and joined[-1].end > entity.start):
            # "[Department of Employment] and [Labour]": a department's two portfolios
            joined.append(Span(doc, entity.start, following.end, label="ORG"))
        elif entity.label_ == "PERSON" and (following.label_ == "PERSON" or following.label_
                                             in ("GPE", "LOC") and len(following) == 1
                                             and following[0].is_title
                                             and entity[-1].pos_ == "PROPN") \
                and following.start == entity.end \
                and entity[-1].whitespace_ == " " and not title_case_line(_sentence(entity)) \
                and not (joined and joined[-1].end > entity.start):
            # "[Nour El-Houda] [Ben Salah]": one name the tagger cut in two; "[Gerson
            # Tavares] [Lima]": a family name that is a place's too
            joined.append(Span(doc, entity.start, following.end, label="PERSON"))
    for entity in doc.ents:
        bounds = _named_before_acronym(entity) or _named_on_to_acronym(entity) \
            or _union_local(entity) or _places_of_a_body(entity) \
            or _opening_left_out(entity) or _club_left_out(entity)
        if bounds is not None and not (joined and joined[-1].end > bounds[0]):
            joined.append(Span(doc, bounds[0], bounds[1], label="ORG"))
    for mark in doc:  # (only where a mark opens after a word: this runs over every token)
        bounds = _nicknamed(doc, mark.i - 1) if mark.text in _OPENING_MARKS \
            and 1 <= mark.i < len(doc) - 3 else None
        if bounds is not None and not (joined and joined[-1].end > bounds[0]):
            joined.append(Span(doc, bounds[0], bounds[1], label="PERSON"))
    for entity in doc.ents:
        start = _given_name_before_particle(entity)
        if start is not None and not (joined and joined[-1].end > start):
            joined.append(Span(doc, start, entity.end, label="PERSON"))
    joined.sort(key=lambda s: s.start)
    if joined:
        kept = [e for e in doc.ents if not any(e.start < j.end and j.start < e.end
                                                for j in joined)]
        doc.set_ents(sorted(kept + joined, key=lambda s: s.start))
    return doc
