"""quotes.extract.organizations: the organisation an office is of, and what is none."""

from __future__ import annotations

import pytest
from conftest import one, run

from quotes.extract.organizations import (
    leading_organization,
    organization_of,
    organization_opening,
)
from quotes.extract.phrases import role_after_organization


def _doc(extractor, text: str):  # type: ignore[no-untyped-def]
    return extractor.nlp(text)


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


def test_a_team_before_a_role_is_its_organisation_a_common_noun_none(extractor) -> None:
    doc = _doc(extractor, "On Sunday, Oilers coach Jay Marten said the team was ready.")
    assert leading_organization([_token(doc, "Oilers"), _token(doc, "coach")])[0] == "Oilers"
    doc = _doc(extractor, "On Sunday, union leader Matias Okoro said the talks had failed.")
    assert leading_organization([_token(doc, "union"), _token(doc, "leader")]) == (None, set())


def test_the_whole_name_of_an_organisation_the_parser_split(extractor) -> None:
    doc = _doc(extractor, "Dr. Ines Arroyo, field coordinator for the aid group Doctors Across "
                          "Borders, said the clinics were full.")
    name, ids = organization_of(_token(doc, "coordinator"), [])
    assert name == "Doctors Across Borders"
    assert {t.text for t in doc if t.i in ids} >= {"Doctors", "Across", "Borders", "for"}


def test_a_tagged_organisation_before_an_office_is_taken_whole(extractor) -> None:
    doc = _doc(extractor, "The University of Toronto professor Jane Smith said the study was "
                          "flawed.")
    words = [t for t in doc if t.i in range(1, 5)]  # University of Toronto professor
    name, ids = leading_organization(words)
    assert name == "University of Toronto" and _token(doc, "professor").i not in ids


def test_the_opening_of_an_organisations_name_the_parser_hung_elsewhere(extractor) -> None:
    doc = _doc(extractor, "Council on Foreign Relations President Richard Haass said the deal "
                          "was weak.")
    assert [t.text for t in organization_opening(_token(doc, "Foreign"))] == ["Council", "on"]
    assert organization_opening(_token(doc, "Council")) == []  # the name's first word


def test_a_role_loses_the_words_that_end_its_organisations_name() -> None:
    org = "Council on American-Islamic Relations"
    assert role_after_organization("American-Islamic Relations Executive Director", org) == \
        "Executive Director"
    assert role_after_organization("Executive Director", org) is None
    assert role_after_organization("Relations", org) is None  # all of it: the caller's case


@pytest.mark.parametrize(("text", "organization", "role"), [
    # a second role joined after the body is no part of its name
    (('"Teens need sleep," said Dr. Priya Raman, a sleep researcher at Carver State University '
      "and the study's lead author."), "Carver State University", "sleep researcher"),
    # what kind of body and where, before its name, is no part of it
    (('"Firms are squeezed," said Priya Menon, an analyst at Mumbai brokerage Sterling Capital '
      "Securities."), "Sterling Capital Securities", "analyst"),
    (("The opposition Reform Party's finance spokesperson, Hamish Drummond, said the government "
      "had lost control."), "Reform Party", "finance spokesperson"),
])
def test_the_body_by_its_name_alone(extractor, text: str, organization: str, role: str) -> None:
    speaker = run(extractor, text)[0].speaker
    assert (speaker.organization, speaker.role) == (organization, role)


def test_a_department_the_tagger_took_for_a_body_stays_in_the_role(extractor) -> None:
    speaker = run(extractor, '"The cut was overdue," said Professor Anaru Hohaia, head of the '
                             "economics department at Aoraki University.")[0].speaker
    assert (speaker.role, speaker.organization) == ("head of the economics department",
                                                    "Aoraki University")


def test_a_document_s_publisher_is_its_organisation(extractor) -> None:
    speaker = run(extractor, "Venture investment fell 38 percent last year, according to Grid "
                             "Storage Outlook, an annual report published in April by the "
                             "research firm Tidewater Analytics.")[0].speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        "Grid Storage Outlook", "annual report", "Tidewater Analytics")


def test_a_publisher_that_is_no_name_is_no_organisation(extractor) -> None:
    speaker = run(extractor, "The department removed a dozen emails, according to a memo "
                             "released by the agency\u2019s watchdog.")[0].speaker
    assert speaker.organization is None


@pytest.mark.parametrize(("text", "organization", "role"), [
    # the name a body's kind is followed by (the parser's appositive) is the organisation
    (('Anna Ruiz, an attorney with the Seattle firm Harrow & Stone, said the ruling was '
      "right."), "Harrow & Stone", "attorney"),
    (('"It is fine," said Tom Hale, a partner at the Chicago law firm Kellerman Dodd.'),
     "Kellerman Dodd", "partner"),
    # an office its body possesses is of a portfolio, not of a second body
    (("INEC declared Governor Olusegun Fashakin of the Grand Progressive Congress (GPC) the "
      "winner. The GPC's Director of Media and Publicity, John Smith, said the claims were "
      "false."), "Grand Progressive Congress", "Director of Media and Publicity"),
    (("Harwick University's Dean of Medicine, Ann Lee, said the school would grow next "
      "year."), "Harwick University", "Dean of Medicine"),
])
def test_the_body_named_after_its_kind_or_owning_the_office(extractor, text: str,
                                                            organization: str,
                                                            role: str) -> None:
    speaker = [r for r in run(extractor, text) if r.speaker.role][-1].speaker
    assert (speaker.organization, speaker.role) == (organization, role)


def test_a_with_phrase_naming_no_body_still_describes_the_person(extractor) -> None:
    speaker = one(extractor, "Anna Ruiz, a dairy farmer with three children at Pine Hollow "
                             "Elementary, said it was fine.").speaker
    assert (speaker.role, speaker.organization) == ("dairy farmer", None)
