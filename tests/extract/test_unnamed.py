"""quotes.extract.unnamed: a speaker phrase that names no one."""

from __future__ import annotations

import pytest

from quotes.extract.unnamed import describe_unnamed


@pytest.fixture(scope="module")
def nlp(extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp


def _parts(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    cue = next(t for t in doc if t.lemma_ == "say")
    head = next(c for c in cue.children if c.dep_ == "nsubj")
    phrase = list(head.subtree)
    return describe_unnamed(head, phrase, phrase[0], phrase[-1], None)


@pytest.mark.parametrize(("text", "role", "organization", "kind", "definite"), [
    ("A spokesperson for the Port Authority said the gates would open.",
     "spokesperson", "Port Authority", "person", False),
    ("Residents of Thornby Marsh said the water was brown.",  # a place, no organisation
     "Residents of Thornby Marsh", None, "group", False),
    ("The agency said the figures were wrong.", "agency", None, "organization", True),
    ("The US-led coalition said the strike was over.",  # says who it is
     "US-led coalition", None, "organization", False),
    # a body, by its appositive; described, so not left to coreference
    ("The losing bidder, a consortium of two utilities, said it would appeal.",
     "losing bidder", None, "organization", False),
    # an untagged body's name before the job: the job's organisation
    ("A Police Scotland spokesperson said inquiries were continuing.",
     "spokesperson", "Police Scotland", "person", False),
    ("An Environment Canterbury spokesperson said two monitors would go in.",
     "spokesperson", "Environment Canterbury", "person", False),
    # where someone is, a possessive's place, a rank: no organisation
    ("One Broadway resident said she had been hit twice.",
     "Broadway resident", None, "person", False),
    ("New Brunswick's health minister said the plan would work.",
     "New Brunswick's health minister", None, "person", False),
])
def test_what_an_unnamed_speaker_phrase_says(nlp, text: str, role: str, organization: str | None,
                                             kind: str, definite: bool) -> None:
    parts = _parts(nlp, text)
    assert parts.name is None
    assert (parts.role, parts.organization, parts.speaker_type, parts.definite_nominal) == (
        role, organization, kind, definite)
