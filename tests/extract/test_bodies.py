"""quotes.extract.bodies: the organisation a speaker's office is at, by its fullest name."""

from __future__ import annotations

import pytest
from conftest import one, run


@pytest.mark.parametrize(("text", "organization", "role"), [
    # a short name that ends the one longer name of the document
    (('The Department of Homeland Security issued a warning. "Travelers should be careful," '
     "Homeland Security spokesman Tom Lee said."), "Department of Homeland Security", "spokesman"),
    # not the House in the White House, an acronym's longer name, nor a body of its own
    ('The White House said nothing. "The bill is dead," said House spokesman Ed Burke.',
     "House", "spokesman"),
    (('Planned Parenthood Action Fund endorsed Clinton. "She is our champion," said Planned '
     "Parenthood president Cecile Richards."), "Planned Parenthood", "president"),
    # the kind of body before a role: the one body of that kind the story named
    (('Gulfline Petrochemical was ordered to pay. "We will appeal," company spokeswoman Colleen '
     "Pruitt said."), "Gulfline Petrochemical", "spokeswoman"),
    (('Two firms bid: Halvorsen Pharma and Kestrel Energy Inc. "We lost," company spokeswoman Jo '
     "Marsh said."), None, "company spokeswoman"),
    # a body's short form that its full name goes on from with "of" a place, or "University"
    (("The Reserve Bank of New Zealand cut rates. Reserve Bank spokesman Tom Hale said, "
      '"Prices are easing."'), "Reserve Bank of New Zealand", "spokesman"),
    (('Carver State University ran the study. "We were surprised," said Ann Bell, a '
      "biostatistician at Carver State."), "Carver State University", "biostatistician"),
    # a body's own noun, capitalised before an office: the one body named with it
    (("The Harmon Valley Board of Education voted 4-3. \"Nobody wanted this,\" Board member "
      "Tom Reyes said."), "Harmon Valley Board of Education", "member"),
    # no office inside a body's name ("Premier", "Student" are no titles there)
    (("The National Premier Football League (NPFL) opened an inquiry. \"We will act,\" said NPFL "
      "chief executive Marcus Pillay."), "National Premier Football League", "chief executive"),
    # a company's short form, less a company's word ("Rail", "Platinum")
    (("Trans-Laurentian Rail locked out 3,000 workers. \"We had no choice,\" Trans-Laurentian "
      "chief executive Marianne Castonguay said."), "Trans-Laurentian Rail", "chief executive"),
])
def test_the_organisation_in_full(extractor, text: str, organization: str | None,
                                  role: str) -> None:
    speaker = one(extractor, text).speaker
    assert (speaker.organization, speaker.role) == (organization, role)


def test_an_acronym_is_not_stretched_to_a_longer_name(extractor) -> None:
    speaker = one(extractor, 'CNN Headline News will change its name. "We are global," CNN '
                             "President Jeff Zucker said.").speaker
    assert (speaker.title, speaker.organization) == ("President", "CNN")


@pytest.mark.parametrize(("text", "name"), [
    (('The Hamilton Regional Transit Authority closed the line. "Safety comes first," the transit '
     'agency said in a statement.'), "Hamilton Regional Transit Authority"),
    (('Maplefield Software Inc. cut 300 jobs on Wednesday. "The market has changed," the '
     'Waterloo-based firm said.'), "Maplefield Software Inc."),
    # a compound before the head is part of the kind: the health district, not the school one
    (('The Front Range Health District and the Eastlake School District both wrote to parents. '
     '"Cases are rising," the health district said.'), "Front Range Health District"),
])
def test_a_nominal_names_the_one_body_of_its_kind(extractor, text: str, name: str) -> None:
    record = one(extractor, text)
    assert (record.speaker.name, record.speaker.type, record.attribution) == (
        name, "organization", "coreference")


def test_a_nominal_of_a_kind_named_twice_names_no_one(extractor) -> None:
    record = one(extractor, 'Kestrel Energy Inc. and Halvorsen Pharma Ltd. both bid. "We lost," '
                            "the company said.")
    assert record.speaker.name is None


def test_a_place_and_police_before_a_role_are_the_citys_police(extractor) -> None:
    record = run(extractor, 'Bali police spokesman Komang Suparta said the drone was seized.')[0]
    assert (record.speaker.role, record.speaker.organization) == ("spokesman", "Bali police")
    named = run(extractor, 'The Toronto Police Service closed the road. Toronto police Const. '
                           'Ana Ruiz said it would reopen.')[-1]
    assert (named.speaker.title, named.speaker.role, named.speaker.organization) == \
        ("Const.", None, "Toronto Police Service")


def test_a_place_that_only_ends_a_longer_name_is_no_short_form_of_it(extractor) -> None:
    record = run(extractor, 'The University of Toronto closed. "We agree," Toronto Mayor '
                            'Olivia Chow said.')[-1]
    # (nor the city itself: the place a mayor is of is no organisation, GUIDELINES.md)
    assert (record.speaker.title, record.speaker.organization) == ("Mayor", None)


@pytest.mark.parametrize(("text", "organization"), [
    (('Copper rose after Valdivia Capital Inc. cut its forecast. "Smelters will feel it," said '
      "Ignacio Pereira, a metals analyst at the firm."), "Valdivia Capital Inc."),
    (("The City of Saskatoon approved the lane. Kofi Mensah, the city's director of "
      "transportation, told council the design keeps one lane."), "City of Saskatoon"),
    (("Acme Corp. cut 200 jobs. \"We lost the contract,\" said Jane Roe, the company's chief "
      "economist."), "Acme Corp."),
    # no body of that kind named: a bare "company" names none
    ('"We lost the contract," said Jane Roe, the company\'s chief economist.', None),
])
def test_a_body_written_by_its_kind_is_the_one_of_that_kind(extractor, text: str,
                                                           organization: str | None) -> None:
    assert run(extractor, text)[-1].speaker.organization == organization


def test_a_city_before_a_role_is_the_one_team_named_for_it(extractor) -> None:
    records = run(extractor, "Okoye beat Kingston Corsairs goaltender Aleksi Markkanen to give "
                             "the Hamilton Ironhawks a 3-2 win.\n\nKingston coach Ray Desjardins "
                             "was less pleased with the third period, in which the Corsairs were "
                             'outshot. "We stopped skating," Desjardins said.')
    assert records[-1].speaker.organization == "Kingston Corsairs"
    # a name of the same shape the story never calls by its plural alone is no team
    other = run(extractor, "A new Latino Decisions poll was released Friday. Lorella Praeli, "
                           "Clinton's Latino vote director, said the campaign has targeted "
                           "Latino voters.")
    assert other[-1].speaker.organization != "Latino Decisions"


def test_an_acronym_with_its_kind_is_named_by_the_acronym(extractor) -> None:
    record = one(extractor, "Thierry Cazals, a representative of the CGT union at the plant, "
                            "told AFP that workers had learned of the closure from the radio.")
    assert (record.speaker.role, record.speaker.organization) == ("representative", "CGT")
    # only an acronym: a word before the kind noun stays with it
    record = one(extractor, "Ann Lee, a representative of the Teamsters union, told AFP that "
                            "workers had learned of the closure from the radio.")
    assert record.speaker.organization == "Teamsters union"


_ELK_HOLLOW = ("Chief Dolores Beardy said the Rural Municipality of Elk Hollow signed a deal in "
               "June. She said the First Nation was not opposed to Elk Hollow getting clean "
               "water. Elk Hollow Reeve Gordon Thiessen said the municipality had followed every "
               "provincial requirement.")
_BURLINGTON = ("Fire Chief Glen Armitage of the Burlington Fire Department said 50 firefighters "
               "fought the blaze. The City of Burlington said the road would stay closed. "
               "Burlington Mayor Lorraine Chu said the city would look at its bylaws on vacant "
               "buildings.")
_HARBOURLINE = ("Harbourline Freight will cut 600 jobs, the company said. Ms. Roe said the "
                "Mississauga-based carrier expected a charge in the third quarter. The company's "
                "chief economist, Amrit Sandhu, said the downturn was more than a soft patch.")


@pytest.mark.parametrize(("text", "index", "name", "organization"), [
    # a place the tagger took for a person still names its government
    (_ELK_HOLLOW, -1, "Gordon Thiessen", "Rural Municipality of Elk Hollow"),
    # a local office's place is its government named in full, a department its own
    (_BURLINGTON, -1, "Lorraine Chu", "City of Burlington"),
    (_BURLINGTON, 0, "Glen Armitage", "Burlington Fire Department"),
    # a company the tagger took for a person; a place a body is based in is none
    (_HARBOURLINE, -1, "Amrit Sandhu", "Harbourline Freight"),
])
def test_the_organisation_the_story_names_in_full(extractor, text: str, index: int, name: str,
                                                  organization: str) -> None:
    record = run(extractor, text)[index]
    assert (record.speaker.name, record.speaker.organization) == (name, organization)


def test_a_club_is_named_in_full_by_its_city_or_its_name_less_fc(extractor) -> None:
    records = run(extractor, "Diallo's header gave Ottawa Rideau FC a 2-1 win over Hamilton "
                             "Foundry SC on Sunday. Rideau head coach Ines Carvalho said she "
                             "never considered taking him off. Hamilton coach Pieter Hoekstra "
                             "said his side stopped playing for ten minutes.")
    assert [r.speaker.organization for r in records] == ["Ottawa Rideau FC",
                                                         "Hamilton Foundry SC"]
    # no club's words: a party's pollster is no convention's ("Democratic pollster")
    records = run(extractor, "The Democratic National Convention opens in July. Democratic "
                             "pollster Ann Lee said the race would tighten by the fall.")
    assert records[-1].speaker.organization != "Democratic National Convention"


def test_the_one_body_of_its_kind_may_be_named_after_the_role(extractor) -> None:
    speaker = run(extractor, "Police spokesperson Captain Sipho Ndlovu said officers had opened "
                             "two gates.\n\nThe South African Police Service said it would "
                             "review its plan.")[0].speaker
    assert (speaker.role, speaker.organization) == ("spokesperson",
                                                    "South African Police Service")


def test_a_kind_is_the_body_whose_name_ends_in_it(extractor) -> None:
    text = ("Students at Chebucto University camped in the lobby. The Chebucto University "
            "Students' Union and the Chebucto University Faculty Association backed them.\n\n"
            "A university spokesperson said students would not be removed.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == ("spokesperson", "Chebucto University")


def test_the_company_is_the_one_a_business_story_is_about(extractor) -> None:
    text = ("Tidewater Energy will build a gas terminal. Tidewater Energy shares rose 3%, and "
            "Tidewater Energy said costs were fixed. Halvorsen Bank analysts were cautious.\n\n"
            "The company's chief financial officer, Arjun Mehta, told analysts that debt would "
            "fund the project.")
    assert run(extractor, text)[-1].speaker.organization == "Tidewater Energy"
    # two companies named as often: no one
    even = ("Tidewater Energy and Halvorsen Bank signed a deal. Tidewater Energy and Halvorsen "
            "Bank shares rose. Tidewater Energy and Halvorsen Bank said costs were fixed.\n\n"
            "The company's chief financial officer, Arjun Mehta, told analysts that debt would "
            "fund the project.")
    assert run(extractor, even)[-1].speaker.organization is None


def test_a_clubs_city_before_an_office_is_the_club(extractor) -> None:
    records = run(extractor, "Oldham Athletic beat Penrith 2-0 on Saturday.\n\n"
                             'Oldham manager Tom Ash said the pitch was "a disgrace."')
    assert records[0].speaker.organization == "Oldham Athletic"


def test_a_teams_plural_a_headline_left_a_group_is_the_team_named_in_full(extractor) -> None:
    records = run(extractor, "Blizzard stun Pioneers in overtime\n\n"
                             "The Saskatoon Blizzard beat the Regina Pioneers 4-3 on Saturday.\n\n"
                             'Pioneers coach Brent Halloran said his team had "stopped playing."')
    assert records[0].speaker.organization == "Regina Pioneers"


def test_an_acronym_before_a_regional_office_is_the_body(extractor) -> None:
    text = ("The Australian Manufacturing Workers' Union (AMWU) said it was not consulted.\n\n"
            "AMWU Victorian state secretary Leah Dinh said the union would seek talks.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == (
        "Victorian state secretary", "Australian Manufacturing Workers' Union")


@pytest.mark.parametrize("at", ["the university's department of mechanical engineering",
                                "the university\u2019s department of history",
                                "Carrow's department of psychology"])
def test_a_unit_of_an_institution_is_at_the_institution(extractor, at: str) -> None:
    text = (f"Researchers at the University of Carrow studied 1,200 singers.\n\n"
            f"Dr Tomasz Wierzbicki of {at} said the effect was modest.")
    assert run(extractor, text)[-1].speaker.organization == "University of Carrow"


def test_where_a_body_is_based_is_no_part_of_its_name(extractor) -> None:
    text = ("Daniel Ouma, an economist at the Nairobi-based Institute for Fiscal Policy, said "
            "the fund was short.")
    assert run(extractor, text)[0].speaker.organization == "Institute for Fiscal Policy"


def test_a_companys_name_less_its_trade_is_the_company(extractor) -> None:
    text = ("Regulators opened an inquiry into Nordvik's takeover of Sundline.\n\n"
            "Nordvik Ferries shares fell 4 per cent.\n\n"
            "Nordvik Chief Executive Henrik Sjoberg said the company would cooperate.")
    assert run(extractor, text)[-1].speaker.organization == "Nordvik Ferries"


def test_the_kind_of_the_body_that_just_spoke_is_that_body(extractor) -> None:
    text = ("Unison, which represents nurses at the trust, said staff were overstretched. "
            "The union's regional organiser, Paul Haig, said morale was low.")
    assert run(extractor, text)[-1].speaker.organization == "Unison"
    council = text.replace("The union's", "The council's")
    assert run(extractor, council)[-1].speaker.organization is None  # another kind of body


def test_a_clubs_name_the_tagger_cut_goes_on_into_the_role(extractor) -> None:
    text = ("The derby between Coastal Stars FC and Umgeni United ended level.\n\n"
            "Coastal Stars chairman Bheki Zulu said the gates opened late.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == ("chairman", "Coastal Stars FC")


def test_a_word_that_names_no_one_before_an_office_is_a_body(extractor) -> None:
    text = ("The Saskatoon Blizzard beat the Regina Pioneers 4-3, and the Blizzard are level.\n\n"
            'Blizzard head coach Lorraine Desjardins said it was "an easy decision."')
    assert run(extractor, text)[-1].speaker.role == "head coach"


def test_a_district_is_the_school_system_the_story_calls_a_district(extractor) -> None:
    text = ("A judge of the Denver District Court halted the closures. Denver Public Schools, "
            "the state's second-largest district, will appeal.\n\n"
            "District spokesperson Keisha Reynolds said the ruling was being reviewed.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == ("spokesperson", "Denver Public Schools")


def test_a_countrys_adjective_is_no_part_of_a_ministers_office(extractor) -> None:
    text = "Estonian Infrastructure Minister Kadri Lepp said the strike must end."
    assert run(extractor, text)[0].speaker.role == "Infrastructure Minister"
    union = "Victorian state secretary Leah Dinh said the union would strike."
    assert run(extractor, union)[0].speaker.role == "Victorian state secretary"  # no office


@pytest.mark.parametrize(("text", "organization"), [
    # a company named short, less its trade, is the company the story named in full
    (("Stonebrook Hill Mining cut its forecast. Nadia Fenn, chief executive of Stonebrook Hill, "
      "said the mill was running again."), "Stonebrook Hill Mining"),
    # a company's short name the tagger took for a place
    (("Marden Mining to buy rival\n\nJOHANNESBURG, March 3 (Reuters) - South Africa's Marden "
      "Mining said on Monday it would buy a smaller rival, Marden said.\n\n\"This is a deal "
      "about scale,\" Marden Chief Executive Pieter Venter told reporters."), "Marden Mining"),
    # a possessor the parser hung on a hyphened role's first piece
    (("Brightpay has agreed to buy Telvo, a Gdansk company. Telvo\u2019s co-founder, Anna Wrona, "
      "said staff had been told."), "Telvo"),
])
def test_a_company_written_short_is_named_in_full(extractor, text: str, organization: str
                                                  ) -> None:
    assert run(extractor, text)[-1].speaker.organization == organization


def test_a_named_bodys_unnamed_spokesperson_has_the_job_as_role(extractor) -> None:
    text = ("The charity wrote to the council. A Harlow District Council spokesperson said "
            "inquiries were continuing.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        None, "spokesperson", "Harlow District Council")
    # (whose spokesman a person's is stays in the role: a person is no organisation)
    text = "A Rubio spokesman said the senator would not attend."
    assert run(extractor, text)[0].speaker.role is not None


def test_a_clubs_name_the_tagger_took_for_a_person_before_a_club_office(extractor) -> None:
    text = ("DUNDAS \u2014 Dundas Forge general manager Ron Pelley says head coach Marc Gagne isn't "
            "going anywhere.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.role, speaker.organization) == ("general manager", "Dundas Forge")
    # (not a campaign's manager, named for a person)
    text = "Sanders campaign manager Jeff Weaver said the race was not over."
    assert run(extractor, text)[0].speaker.role == "campaign manager"


@pytest.mark.parametrize("club", ["Carrigbawn Gaels", "Glenbrien Emmets"])
def test_a_club_s_short_name_gives_its_name_in_full(extractor, club: str) -> None:
    # a club named in full with one plural after its short name, the tagger's person
    text = (f"{club} manager Tom Furlong accused the county board of neglect after the game."
            f"\n\n{club.split()[0]} captain Niall Hogan said the squad would be fresh for the "
            "final.")
    assert run(extractor, text)[-1].speaker.organization == club


def test_a_company_named_short_is_the_one_whose_legal_name_it_opens(extractor) -> None:
    text = ("Keystone Ridge Compute Inc., a Pittsburgh company, wants to build a data center.\n\n"
            "Keystone Ridge's founder, Nadia Ferrante, said the town would benefit.")
    assert run(extractor, text)[-1].speaker.organization == "Keystone Ridge Compute Inc."
