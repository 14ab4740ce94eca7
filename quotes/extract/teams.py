"""Teams the tagger takes for people: ``the Estevan Blackjacks``, ``the Blackjacks' head
coach``, ``Bundesliga club Borussia Talheim``.  A person's name takes no article and no
sports body's noun before it; a team's short name then finds its full name
(:mod:`quotes.extract.bodies`), and its officers their organisation."""

from __future__ import annotations

from spacy.tokens import Span

from quotes.extract.lexicon import given_name_gender
from quotes.extract.matching import a_plural
from quotes.extract.segments import TextView

# nouns for a sports body a name may follow: "Ghanaian side Kumasi Royals"
TEAM_NOUNS = frozenset({"club", "team", "side", "franchise"})


def family_names(view: TextView) -> frozenset[str]:
    """The last words of the people the text names in full, below its first line (a
    headline's run of capitalised words says little)."""
    first_line = view.text.find("\n")
    return frozenset(e[-1].lower_ for e in view.entities()
                     if e.label_ == "PERSON" and len(e) > 1 and view.start(e) > first_line)


def team_after_the(span: Span, families: frozenset[str]) -> bool:
    """``the Estevan Blackjacks``, ``the Blackjacks' head coach``: a name after ``the`` that
    ends in a capitalised plural is a team's, unless a person of the text bears it (``the
    Clintons``, ``the Sanders campaign``), it is a given name (``The Francis versus Trump
    dynamic``) or it modifies a noun."""
    last = span[-1]
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the" and last.is_title \
        and a_plural(last.text) and given_name_gender(last.text) is None \
        and span.root.dep_ not in ("compound", "nmod", "amod") \
        and not {last.lower_, last.lower_[:-1]} & families
