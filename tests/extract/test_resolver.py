"""quotes.extract.resolver: the shipped weights, the features, the ranking and the fitter.

Nothing here reads GUM: training is ``scripts/train_resolver.py``'s job (``make
train-resolver``); tests/evaluate/test_gum.py runs it end to end on a tiny corpus of its own.
"""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from quotes.extract.anaphora import pronoun_anaphor
from quotes.extract.entities import DocumentEntities
from quotes.extract.lexicon import (
    parse_referent_nouns,
    referent_nouns,
    use_referent_nouns,
)
from quotes.extract.referents import Entity, Mention
from quotes.extract.resolver import (
    FEATURE_NAMES,
    MODEL_FILE,
    Anaphor,
    ResolverModel,
    candidate_features,
    load_model,
    person_noun,
    resolve,
)


def test_weights_ship_in_the_package_with_a_threshold_per_kind() -> None:
    raw = json.loads(resources.files("quotes.extract").joinpath("data", MODEL_FILE).read_text())
    model = load_model()
    assert set(model.weights) <= set(FEATURE_NAMES) and len(model.weights) > 20
    assert all(math.isfinite(w) for w in model.weights.values())
    assert set(model.min_probability) == {"pronoun", "nominal"}
    assert all(0.0 <= t < 1.0 for t in model.min_probability.values())
    meta = raw["metadata"]
    assert meta["train_documents"] > 50 and meta["cases"] > 500
    assert meta["cross_validated"]["pronoun"]["accuracy"] > 0.75  # run-time mode, train folds


def entity(name: str, kind: str = "person", gender: str | None = None, title: str | None = None,
           role: str | None = None, mentions: tuple[tuple[int, int, str], ...] = ((0, 0, "subject"),
                                                                              )) -> Entity:
    found = Entity(name, kind, tuple(name.casefold().split()), title=title, role=role,
                   gender=gender, person_labels=1 if kind == "person" else 0)
    found.mentions = [Mention(start, start + len(name), paragraph, paragraph,
                              subject=function == "subject", function=function)
                      for start, paragraph, function in mentions]
    return found


def document(*entities: Entity) -> DocumentEntities:
    found = DocumentEntities()
    found.entities = list(entities)
    return found


def she(at: int = 500) -> Anaphor:
    return Anaphor(at, at + 3, at // 100, at // 100, "she", False, subject=True,
                   function="subject", speaker=True)


def test_candidates_are_people_mentioned_before_for_he_and_she() -> None:
    ann = entity("Ann Lee", mentions=((100, 1, "subject"),))
    later = entity("Rosa Vint", mentions=((600, 6, "subject"),))
    bank = entity("World Bank", "organization", mentions=((300, 3, "subject"),))
    candidates, features = candidate_features(she(), document(ann, later, bank))
    assert candidates == [ann]
    assert features[0]["person_pronoun*person"] == 1.0


def test_a_person_known_to_be_of_the_other_gender_is_no_candidate() -> None:
    tom = entity("Tom Hale", gender="male", mentions=((400, 4, "subject"),))
    ann = entity("Ann Lee", gender="female", mentions=((100, 1, "subject"),))
    candidates, features = candidate_features(she(), document(tom, ann))
    assert candidates == [ann]  # agreement is a constraint: Tom Hale is no candidate
    assert features[0]["nearest_subject"] == 1.0
    best, _ = resolve(she(), document(tom, ann))
    assert best is ann


def test_a_nominal_finds_the_entity_whose_title_it_names() -> None:
    mayor = entity("Ann Lee", title="Mayor", mentions=((100, 1, "object"),))
    other = entity("Tom Hale", role="teacher", mentions=((300, 3, "subject"),))
    the_mayor = Anaphor(500, 509, 5, 5, "mayor", True, frozenset({"mayor"}), subject=True,
                        function="subject", speaker=True)
    candidates, features = candidate_features(the_mayor, document(mayor, other))
    assert dict(zip([e.name for e in candidates], features, strict=True))["Ann Lee"][
        "head_in_role"] == 1.0
    assert resolve(the_mayor, document(mayor, other))[0] is mayor


def nominal(form: str, at: int = 500, plural: bool = False) -> Anaphor:
    return Anaphor(at, at + len(form) + 4, at // 100, at // 100, form, True, frozenset({form}),
                   organization_noun=form in ("airline", "group", "government"), plural=plural,
                   subject=True, function="subject", speaker=True)


def test_a_nominal_agrees_in_type_with_what_it_names() -> None:
    pilot = entity("Omar Assem", mentions=((400, 4, "subject"),))
    airline = entity("EgyptAir", "organization", mentions=((100, 1, "subject"),))
    city = entity("Cairo", "place", mentions=((300, 3, "oblique"),))
    people = document(pilot, airline, city)
    assert candidate_features(nominal("airline"), people)[0] == [airline]
    assert candidate_features(nominal("tycoon"), people)[0] == [pilot]
    # "the groups say": several organisations, none of them named
    assert candidate_features(nominal("group", plural=True), people)[0] == []
    # "the government" is a country's, not any organisation's
    assert candidate_features(nominal("government"), people)[0] == [city]


def test_the_company_is_one_whose_name_says_so_and_the_campaign_one_named_so() -> None:
    mine = entity("Tarrano", "organization", mentions=((400, 4, "subject"),))
    owner = entity("Corvane Resources Ltd.", "organization", mentions=((100, 1, "subject"),))
    state = entity("State Department", "organization", mentions=((300, 3, "subject"),))
    company = Anaphor(500, 511, 5, 5, "company", True, frozenset({"company"}),
                      organization_noun=True, subject=True, function="subject", speaker=True)
    assert candidate_features(company, document(mine, owner))[0] == [owner]
    campaign = Anaphor(500, 512, 5, 5, "campaign", True, frozenset({"campaign"}),
                       organization_noun=True, subject=True, function="subject", speaker=True)
    assert candidate_features(campaign, document(state))[0] == []


def organization_nominal(form: str, at: int = 500) -> Anaphor:
    return Anaphor(at, at + len(form) + 4, at // 100, at // 100, form, True, frozenset({form}),
                   organization_noun=True, subject=True, function="subject", speaker=True)


def test_a_company_noun_is_a_business_never_a_public_body() -> None:
    bloc = entity("EU", "organization", mentions=((400, 4, "subject"),))
    commission = entity("European Commission", "organization", mentions=((300, 3, "subject"),))
    firm = entity("Halvard Logistics", "organization", mentions=((100, 1, "object"),))
    assert candidate_features(organization_nominal("company"), document(bloc, commission, firm)
                              )[0] == [firm]
    # a legal form says "business" more surely than an industry word, which beats neither
    owner = entity("Corvane Resources Ltd.", "organization", mentions=((100, 1, "subject"),))
    broker = entity("Osterholm Securities", "organization", mentions=((300, 3, "oblique"),))
    assert candidate_features(organization_nominal("company"), document(owner, broker)
                              )[0] == [owner]
    assert candidate_features(organization_nominal("lender"), document(
        entity("Garnet Bancorp", "organization", mentions=((100, 1, "oblique"),)), bloc))[0][0] \
        .name == "Garnet Bancorp"


def test_a_nominal_names_a_body_by_the_words_its_name_uses_for_it() -> None:
    police = entity("Calderwick Police", "organization", mentions=((100, 1, "subject"),))
    charity = entity("Safe Passage", "organization", mentions=((400, 4, "subject"),))
    assert candidate_features(organization_nominal("force"), document(police, charity)
                              )[0] == [police]


def test_an_organisation_that_just_spoke_is_the_one_its_noun_goes_on_with() -> None:
    hospital = entity("Peace Valley Regional Hospital", "organization",
                      mentions=((300, 3, "object"),))
    health = entity("Aspen Parkland Health Services", "organization",
                    mentions=((350, 3, "subject"),))
    health.mentions[0].speaker = True
    found = candidate_features(organization_nominal("organization", at=450), document(hospital, health))
    assert found[0] == [health]
    # not when it was only the object of a sentence, nor when it speaks two paragraphs back
    health.mentions[0].speaker = False
    assert len(candidate_features(organization_nominal("organization", at=450),
                                  document(hospital, health))[0]) == 2


def test_an_age_epithet_names_whom_the_text_gave_that_age() -> None:
    driver = entity("Ken Iverson", mentions=((100, 1, "subject"),))
    driver.age = "54"
    manager = entity("Paul Rudd", mentions=((300, 3, "subject"),))
    old = Anaphor(500, 515, 5, 5, "old", True, frozenset({"old"}), subject=True,
                  function="subject", speaker=True, age="54")
    assert candidate_features(old, document(driver, manager))[0] == [driver]
    assert candidate_features(Anaphor(500, 515, 5, 5, "old", True, frozenset({"old"}),
                                      age="61"), document(driver, manager))[0] != [driver]


def test_an_abbreviated_title_is_the_office_a_nominal_names() -> None:
    governor = entity("Dana Whitlock", title="Gov.", mentions=((100, 1, "subject"),))
    other = entity("Tom Hale", mentions=((300, 3, "subject"),))
    assert "governor" in governor.described_words()
    candidates, features = candidate_features(nominal("governor"), document(governor, other))
    assert candidates == [governor]
    assert features[0]["head_in_role"] == 1.0


def test_probabilities_are_a_distribution_and_nobody_is_found_without_candidates() -> None:
    model = ResolverModel({"rank_0": 1.0}, {"pronoun": 0.5, "nominal": 0.5}, {})
    probabilities = model.probabilities([{"rank_0": 1.0}, {}, {}])
    assert sum(probabilities) == pytest.approx(1.0)
    assert probabilities[0] > probabilities[1] == probabilities[2]
    assert resolve(she(), document(), model) == (None, 0.0)


def test_the_threshold_is_per_kind() -> None:
    model = ResolverModel({}, {"pronoun": 0.5, "nominal": 0.8}, {})
    nominal = Anaphor(0, 3, 0, 0, "mayor", True)
    assert model.confident(she(), 0.6) and not model.confident(nominal, 0.6)


def test_a_pronoun_is_not_the_subject_or_object_of_its_own_clause() -> None:
    ann = entity("Ana Ortiz", mentions=((0, 0, "subject"),))
    him = Anaphor(20, 23, 0, 0, "he", False, function="object", clause_mate=3)
    assert candidate_features(him, document(ann))[0] == []
    # "It accused the FDIC": PolNeAR train, where "it" is the report that said so
    fdic = entity("FDIC", "organization", mentions=((0, 0, "subject"), (40, 0, "object")))
    it = Anaphor(30, 32, 0, 0, "it", False, subject=True, function="subject", clause_mate=43)
    assert candidate_features(it, document(fdic))[0] == []


def test_a_subject_pronoun_finds_its_clause_mate_in_the_parse(extractor) -> None:
    (_, view, _), = extractor.parse(["It accused the agency of hiding the hack."])
    doc = view.segments[0].doc
    it = pronoun_anaphor(doc[0], 0, 0, 0, set())
    assert it is not None and it.clause_mate == doc[3].idx  # "agency", its object


def test_the_nouns_learned_from_gum_tell_who_a_nominal_may_be() -> None:
    learned = parse_referent_nouns("# lemma person organization other\nboy\t4\t1\t0\n"
                                   "paper\t0\t1\t13\ncouple\t2\t0\t2\n")
    assert learned == {"boy": "person", "paper": "other", "couple": "person"}
    ann = entity("Ann Lee", mentions=((100, 1, "subject"),))

    def nominal(lemma: str) -> Anaphor:
        return Anaphor(500, 510, 5, 5, lemma, True, frozenset({lemma}), subject=True,
                       function="subject", speaker=True)

    try:
        use_referent_nouns(learned)
        assert person_noun("boy") and not person_noun("paper")  # whatever its ending says
        assert person_noun("spokeswoman")  # unseen: the role words and endings still speak
        assert candidate_features(nominal("boy"), document(ann))[0] == [ann]
        assert candidate_features(nominal("paper"), document(ann))[0] == []
    finally:
        use_referent_nouns(None)


def test_the_shipped_referent_nouns_were_learned_for_people_and_organisations() -> None:
    nouns = referent_nouns()
    assert len(nouns) > 500 and set(nouns.values()) == {"person", "organization", "other"}


def test_they_who_speak_are_no_place_nor_a_body_named_in_the_singular() -> None:
    state = entity("Iowa", "place", mentions=((100, 1, "subject"),))
    network = entity("Halden News", "organization", mentions=((200, 2, "subject"),))
    team = entity("Halden Oilers", "organization", mentions=((300, 3, "subject"),))
    court = entity("Court of Appeals", "organization", mentions=((350, 3, "subject"),))
    voters = entity("Iowa voters", "group", mentions=((400, 4, "subject"),))
    they = Anaphor(500, 504, 5, 5, "they", False, subject=True, function="subject",
                   speaker=True)
    everyone = document(state, network, team, court, voters)
    assert candidate_features(they, everyone)[0] == [voters, team]
    # a "they" that says nothing may still be a country or a company
    plain = Anaphor(500, 504, 5, 5, "they", False, subject=True, function="subject")
    assert state in candidate_features(plain, everyone)[0]


def test_a_bare_office_nominal_names_only_someone_holding_that_office() -> None:
    # "the judge said" is not the lawyer who spoke last (PolNeAR train: Brafman for the judge)
    lawyer = entity("Ben Cray", role="lawyer", mentions=((400, 4, "subject"),))
    author = entity("Dina Sousa", role="author", mentions=((200, 2, "subject"),))
    judge = Anaphor(500, 509, 5, 5, "judge", True, frozenset({"judge"}), subject=True,
                    function="subject", speaker=True, bare=True)
    assert candidate_features(judge, document(lawyer, author))[0] == []
    titled = entity("Ruth Berman", title="Judge", mentions=((100, 1, "subject"),))
    assert candidate_features(judge, document(lawyer, author, titled))[0] == [titled]
    # a judge styled "Justice" (Canada, Britain) holds the office too
    justice = entity("Miriam Kettleby", title="Justice", mentions=((100, 1, "subject"),))
    assert candidate_features(judge, document(lawyer, author, justice))[0] == [justice]
    # with no one else in sight, "the mayor" after "then-candidate Ann Lee" is still her
    assert candidate_features(judge, document(lawyer))[0] == [lawyer]
    # "the Vermont senator" says more than the office: the model weighs it
    vermont = Anaphor(500, 522, 5, 5, "senator", True, frozenset({"vermont", "senator"}),
                      subject=True, function="subject", speaker=True, bare=False)
    assert candidate_features(vermont, document(lawyer, author))[0] == [lawyer, author]


def test_a_document_is_said_of_the_organisation_that_made_it() -> None:
    # "the email said" is not the last company named; "the analysis" is POLITICO's after "a
    # POLITICO analysis" (PolNeAR train: "the email" had been "Trump's Islamaphobia")
    bank = entity("Halden Bank", "organization", mentions=((100, 1, "subject"),))
    paper = entity("POLITICO", "organization", mentions=((200, 2, "modifier"),))
    paper.mentions[0] = Mention(200, 208, 2, 2, function="modifier", modifies="analysis")
    email = Anaphor(500, 509, 5, 5, "email", True, frozenset({"email"}), subject=True,
                    function="subject", speaker=True, bare=True)
    analysis = Anaphor(500, 512, 5, 5, "analysis", True, frozenset({"analysis"}), subject=True,
                       function="subject", speaker=True, bare=True)
    assert candidate_features(email, document(bank, paper))[0] == []
    assert candidate_features(analysis, document(bank, paper))[0] == [paper]
