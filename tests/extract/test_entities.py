"""quotes.extract.entities and referents: named mentions grouped into the document's entities."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.entities import DocumentEntities, build_entities
from quotes.extract.marks import scan_quotes
from quotes.extract.referents import Mention, initials, is_name_like, name_words
from quotes.extract.segments import TextView


def entities_of(extractor, text: str) -> DocumentEntities:  # type: ignore[no-untyped-def]
    (cleaned, view, paragraphs), = extractor.parse([text])
    starts = [p.start for p in paragraphs]

    def paragraph_at(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset)

    quotes = [(q.start, q.end) for q in scan_quotes(cleaned, paragraphs)]
    return build_entities(view, paragraph_at, quotes, set())


def named(entities: DocumentEntities, name: str):  # type: ignore[no-untyped-def]
    found = [e for e in entities.entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities.entities]
    return found[0]


@pytest.mark.parametrize(("text", "words"), [
    ("Colonel Wayne Morotto", ("wayne", "morotto")),
    ("the World Bank", ("world", "bank")),
    ("Martin Luther King Jr.", ("martin", "luther", "king")),
    ("Labour's", ("labour",)),
    ("Mr. O'Neill", ("o'neill",)),
    ("St. Brendan\u2019s Hospital", ("st", "brendan", "hospital")),  # a curly mark as a straight
    ("Mr. O\u2019Neill", ("o'neill",)),
    ("Justice Department", ("justice", "department")),  # a title word opening a body's name
    ("General Motors", ("general", "motors")),
])
def test_name_words(text: str, words: tuple[str, ...]) -> None:
    assert name_words(text) == words


def test_initials_leave_out_joining_words() -> None:
    assert initials(("northern", "press", "agency")) == "npa"
    assert initials(("bank", "of", "england")) == "be"


@pytest.mark.parametrize(("text", "ok"), [
    ("Ann Lee", True), ("NPA", True), ("August", False), ("Monday", False),
    ("officials", False), ("", False),
])
def test_is_name_like(text: str, ok: bool) -> None:
    assert is_name_like(text) is ok


def test_surname_joins_the_full_name_with_its_title_and_role(extractor) -> None:
    found = entities_of(extractor, "Colonel Wayne Morotto, spokesperson for the US-led "
                                   "coalition, visited the base.\nMorotto left on Monday.")
    morotto = named(found, "Wayne Morotto")
    assert len(morotto.mentions) == 2 and morotto.type == "person"
    assert (morotto.title, morotto.role, morotto.organization) == (
        "Colonel", "spokesperson", "US-led coalition")


def test_a_shared_surname_goes_to_the_one_introduced_first(extractor) -> None:
    # news names a relative introduced later in full again; "Lee" alone is the first Lee
    text = "Rosa Lee founded the firm in Oslo.\nHer son, Tom Lee, joined it in 2010.\n{}"
    found = entities_of(extractor, text.format("Lee said nothing."))
    assert len(named(found, "Rosa Lee").mentions) == 2
    assert len(named(found, "Tom Lee").mentions) == 1
    # ... unless a title says which, or the other was just named in full in the paragraph
    titled = entities_of(extractor, text.format("Mr. Lee said nothing."))
    assert len(named(titled, "Tom Lee").mentions) == 2
    near = entities_of(extractor, "Rosa Lee founded the firm in Oslo.\nHer son Tom Lee "
                                  "joined it in 2010, and Lee has run it since.")
    assert len(named(near, "Tom Lee").mentions) == 2


def test_gender_comes_from_a_given_name_nearly_all_its_bearers_share(extractor) -> None:
    found = entities_of(extractor, "Andrea Lowe met Donald Voss and Kim Sato in Oslo.")
    assert named(found, "Andrea Lowe").gender == "female"
    assert named(found, "Donald Voss").gender == "male"
    assert named(found, "Kim Sato").gender is None  # a name both give


def test_a_given_name_names_the_one_person_of_that_name(extractor) -> None:
    # "Tan said" after "Tan Wei Ming": a family name written first, or a first name alone
    found = entities_of(extractor, "The chief executive, Tan Wei Ming, met analysts.\n"
                                   "Later Tan flew home.")
    assert found.find("Tan", "unknown", 60, given_names=True) is named(found, "Tan Wei Ming")
    # ... for naming a speaker only: mentions are not grouped by it (a family's members)
    assert len(named(found, "Tan Wei Ming").mentions) == 1
    # two people of that given name, or a suffix ("Donald Jr."): it names neither
    both = entities_of(extractor, "Ann Hale met Ann Roe in Paris.\nLater Ann flew home.")
    assert both.find("Ann", "unknown", 40, given_names=True) is named(both, "Ann")
    assert found.find("Tan Jr.", "unknown", 60, given_names=True) is named(found, "Tan")


def test_acronyms_defined_or_by_initials_join_their_organisation(extractor) -> None:
    found = entities_of(extractor, "The Northern Press Agency (NPA) published the figures.\n"
                                   "The NPA refused to comment.")
    agency = named(found, "Northern Press Agency")
    assert len(agency.mentions) == 3
    assert ("npa",) in agency.aliases


def test_a_company_without_its_suffix_is_the_same_company(extractor) -> None:
    found = entities_of(extractor, "Acme Corp. cut 200 jobs.\nAcme blamed the market.")
    assert len(named(found, "Acme Corp.").mentions) == 2


def test_gender_comes_from_an_honorific(extractor) -> None:
    found = entities_of(extractor, "Mrs. Helen Carter opened the fair.")
    assert named(found, "Helen Carter").gender == "female"


def test_a_dateline_is_no_entity(extractor) -> None:
    found = entities_of(extractor, "LONDON (Reuters) - Trade Secretary Mark Dunn said on "
                                   "Monday that talks would resume.")
    assert "LONDON" not in [e.name for e in found.entities]
    assert named(found, "Mark Dunn").type == "person"


def test_group_subjects_are_entities_too(extractor) -> None:
    found = entities_of(extractor, "Union leaders met ministers on Tuesday.")
    group = [e for e in found.entities if e.type == "group"]
    assert [e.name for e in group] == ["Union leaders"]
    assert group[0].mentions[0].source == "group"


def test_sentences_inside_a_quotation_do_not_count(extractor) -> None:
    text = 'Ann Lee spoke.\n"One. Two. Three," she said.'
    found = entities_of(extractor, text)
    she = text.index("she")
    assert found.sentence_of(she) - found.sentence_of(0) == 1


def test_a_document_added_in_stretches_keeps_its_entities(extractor) -> None:
    """A long document is read in stretches: names of an early stretch still resolve later."""
    first = "Colonel Wayne Morotto, spokesperson for the coalition, arrived on Monday."
    second = "Morotto left on Friday."
    text = first + "\n\n" + second
    (cleaned, view, _), = extractor.parse([text])
    stretches = [[s for s in view.segments if s.base < len(first)],
                 [s for s in view.segments if s.base > len(first)]]
    found = DocumentEntities()
    for number, segments in enumerate(stretches):
        found.add(TextView(cleaned, segments), lambda offset, n=number: n, [], set())
    morotto = named(found, "Wayne Morotto")
    assert len(morotto.mentions) == 2 and morotto.role == "spokesperson"
    assert found.sentence_of(text.index("Morotto left")) == 1
    she = Mention(90, 93, 1, 2, source="link")
    found.link(morotto, she)
    found.forget(before_paragraph=5)
    assert morotto.mentions[0].start == 8 and morotto.mentions[-1].source == "name"
    assert she not in morotto.mentions  # old links go; the first and last names stay


def test_a_speaker_the_tagger_missed_is_an_entity_with_the_office(extractor) -> None:
    # the NER takes "Fire Chief Ernesto Valdivia" for a work of art and "Valdivia" for an ORG
    text = ('"We are running from it," Fire Chief Ernesto Valdivia said at a briefing. '
            "Valdivia said that crews expected calmer winds.")
    later = run(extractor, text)[-1].speaker
    assert (later.name, later.title, later.role, later.type) == (
        "Ernesto Valdivia", None, "Fire Chief", "person")


def _tagged(words: list[str], tags: list[str], ent: tuple[int, int, str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    pos = {"NNP": "PROPN", "VBG": "VERB", "VBZ": "VERB", "VBN": "VERB", "PRP": "PRON",
           "NN": "NOUN", "IN": "ADP", "CD": "NUM", "SYM": "SYM"}
    last = len(words) - 1  # every word hangs on the last: the span's root
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=[pos[t] for t in tags],
              heads=[last] * len(words), deps=["compound"] * last + ["ROOT"],
              ents=[f"B-{ent[2]}" if i == ent[0] else f"I-{ent[2]}" if ent[0] < i < ent[1]
                    else "O" for i in range(len(words))])
    return doc.ents[0]


@pytest.mark.parametrize(("words", "tags", "name"), [
    (["Telling", "Jeb", "Bush"], ["VBG", "NNP", "NNP"], "Jeb Bush"),
    (["National", "Post", "he"], ["NNP", "NNP", "PRP"], "National Post"),
    (["Disputes", "Characterization", "Of", "Network"], ["VBZ", "NNP", "NNP", "NNP"],
     "Characterization Of Network"),
    (["Pastor", "Wants", "Girl", "Scout"], ["NNP", "VBZ", "NNP", "NNP"], "Girl Scout"),
    (["Ludwig", "van", "Beethoven"], ["NNP", "NNP", "NNP"], "Ludwig van Beethoven"),
    (["FDIC", "Accused", "Of"], ["NNP", "VBN", "IN"], "FDIC"),
    (["Rescue", "Boats", "As"], ["NNP", "NNP", "IN"], "Rescue Boats"),
    (["Halverton", "Town", "2", "-", "1"], ["NNP", "NNP", "CD", "SYM", "CD"], "Halverton Town"),
])
def test_headline_verbs_and_trailing_small_words_are_no_part_of_a_name(
        words: list[str], tags: list[str], name: str) -> None:
    from quotes.extract.referents import clean_entity_text

    ent = _tagged(words, tags, (0, len(words), "PERSON"))
    bounds = clean_entity_text(ent)
    assert bounds is not None and ent.doc[bounds[0]:bounds[1]].text == name


def test_an_editors_bracket_is_no_name() -> None:
    from quotes.extract.referents import clean_entity_text

    assert clean_entity_text(_tagged(["[W]e"], ["NNP"], (0, 1, "PERSON"))) is None


def test_a_party_member_is_no_word_of_the_name_it_opens(extractor) -> None:
    from quotes.extract.names import party_member_before
    from quotes.extract.offices import entity_of

    doc = extractor.nlp("Democrat Elijah Crump said the vote was a sham.")
    assert party_member_before(doc[0:3])
    crump = entity_of(doc[2])
    assert crump is None or [t.text for t in crump] == ["Elijah", "Crump"]
    doc = extractor.nlp("The Republican National Committee said the vote was a sham.")
    assert not party_member_before(doc[1:4])  # a body's name


@pytest.mark.parametrize(("text", "word", "name"), [
    # a headline's capitalised verb ends the name the tagger ran over it
    ("Bernie Sanders Promises Action On Immigration In First 100 Days As President.", "Sanders",
     ["Bernie", "Sanders"]),
    ("FDIC Accused Of Covering Up China Hacking To Protect Chairman's Job.", "FDIC", ["FDIC"]),
    # a spaced dash parts two phrases, and what has no capital is no name
    ("Her campaign worked with the Tax Policy Center - half of the plan was new - she said.",
     "Center", ["the", "Tax", "Policy", "Center"]),
])
def test_a_name_ends_at_a_headlines_verb_or_a_spaced_dash(extractor, text, word, name) -> None:
    from quotes.extract.offices import entity_of

    doc = extractor.nlp(text)
    found = entity_of(next(t for t in doc if t.text == word))
    assert found is not None and [t.text for t in found] == name


def test_a_long_name_only_a_headline_gives_is_no_entity(extractor) -> None:
    found = entities_of(extractor, "This Cable News Panel Just Dismissed Ann Lee's Tax Plan.\n"
                                   "A panel led by Tom Hale agreed that Ann Lee's plan was "
                                   "pandering.")
    names = [e.name for e in found.entities]
    assert not any("Panel" in n or "Dismissed" in n for n in names), names
    assert "Tom Hale" in names


@pytest.mark.parametrize(("text", "name", "made"), [
    ("The Harbor Policy Institute published a report on Monday.", "Harbor Policy Institute",
     "report"),
    ("A report from the Harbor Policy Institute came out on Monday.", "Harbor Policy Institute",
     "report"),
    ("Halden Bank said on Monday it would close.", "Halden Bank", None),
])
def test_a_mention_keeps_what_its_entity_made(extractor, text: str, name: str,
                                               made: str | None) -> None:
    # what "the report said" may later be said of: the institute's, not the last body named
    assert [m.modifies for m in named(entities_of(extractor, text), name).mentions] == [made]


def test_a_style_of_address_is_no_part_of_a_name(extractor) -> None:
    found = entities_of(extractor, "Prof Miriam Stannard and Cllr Dawn Rigby met on Monday.")
    assert {e.name for e in found.entities if e.type == "person"} >= {"Miriam Stannard"}
    assert not any(e.name.startswith(("Prof", "Cllr")) for e in found.entities)


def test_an_indefinite_article_is_no_part_of_a_name(extractor) -> None:
    records = run(extractor, 'Clinton said a Donald Trump presidency would be dangerous. "Well, '
                             'there may be reports, but nothing has changed," she said.')
    assert all(r.speaker.name != "a Donald Trump" for r in records)
    assert records[-1].speaker.name == "Clinton"


def test_a_name_the_tagger_ran_the_dateline_into_is_still_a_name(extractor) -> None:
    text = ("CLEVELAND - Donald Trump painted a dire portrait of a lawless, terrorized nation "
            'as he accepted the nomination. "I am your voice," Trump said.')
    found = entities_of(extractor, text)  # (the tagger: ORG "CLEVELAND - Donald Trump")
    assert "Donald Trump" in [e.name for e in found.entities]
    assert "CLEVELAND" not in " ".join(e.name for e in found.entities)
    assert run(extractor, text)[0].speaker.name == "Donald Trump"


def test_a_comma_the_tagger_took_in_is_no_part_of_a_name(extractor) -> None:
    records = run(extractor, "Ferrante leads Bell by three points among likely voters, "
                             "according to a poll by Copper State Polling, released Monday.")
    assert all(not (r.speaker.name or "").endswith(",") for r in records)


@pytest.mark.parametrize("text", [
    "Ferndale Rovers lost again.\n\nThe home crowd at Ferndale Rovers stayed quiet.",
    "Wapiski Lake First Nation lifts advisory\n\nFamilies in Wapiski Lake First Nation cheered.",
])
def test_a_nations_or_a_clubs_name_is_no_persons(extractor, text: str) -> None:
    name = text.split(" lost")[0].split(" lifts")[0]
    assert named(entities_of(extractor, text), name).type == "organization"


def test_the_kind_of_body_before_its_name_is_no_part_of_it() -> None:
    from quotes.extract.referents import clean_entity_text

    ent = _tagged(["health", "union", "Staff", "Alliance"], ["NN", "NN", "NNP", "NNP"],
                  (0, 4, "ORG"))
    bounds = clean_entity_text(ent)
    assert bounds is not None and ent.doc[bounds[0]:bounds[1]].text == "Staff Alliance"
    # a lower-case word before an "of" opens the name ("city of Toronto" keeps its "city")
    ent = _tagged(["city", "of", "Toronto"], ["NN", "IN", "NNP"], (0, 3, "ORG"))
    bounds = clean_entity_text(ent)
    assert bounds is not None and ent.doc[bounds[0]:bounds[1]].text == "city of Toronto"


# --- bodies named in full (twenty-first round) ---------------------------------------------------

def test_a_place_the_tagger_made_of_a_body_with_an_acronym_is_that_body(extractor) -> None:
    text = ("The Pelican Rowing Clubs (PRC) wrote to the East-Adriatic Rowing Federation (EARF) "
            "on Monday.\n\nThe EARF said in a statement on Friday that any club that failed to "
            "race would be fined.")
    record = next(r for r in run(extractor, text) if r.text.startswith("any club"))
    assert record.speaker.name == "East-Adriatic Rowing Federation"
    assert record.speaker.type == "organization"


def test_an_acronym_the_tagger_names_apart_is_the_body_it_was_given_to(extractor) -> None:
    text = ("The protest was led by the Sector 12 Residents' Welfare Association (RWA).\n\n"
            "RWA secretary Anjali Rao said the residents had waited too long.")
    record = run(extractor, text)[0]
    assert (record.speaker.name, record.speaker.organization) == (
        "Anjali Rao", "Sector 12 Residents' Welfare Association")
    # a name the tagger cut short takes no acronym: "Employees' Union" is not KITEU
    cut = ("The Karnataka IT Employees' Union (KITEU) said it had received 300 complaints.\n\n"
           '"This is illegal," said Ravi Menon, KITEU\'s general secretary.')
    menon = next(r for r in run(extractor, cut) if r.speaker.name == "Ravi Menon")
    assert menon.speaker.organization == "KITEU"


def test_a_persons_body_given_by_its_last_word_is_named_in_full(extractor) -> None:
    text = ("The Harbourside Hawks may lose their ground after the brawl.\n\n"
            "Police said Hawks president Dean Ruddock had co-operated fully.\n\n"
            '"We are heartbroken," he said.')
    record = next(r for r in run(extractor, text) if r.text.startswith("We are"))
    assert (record.speaker.name, record.speaker.organization) == ("Dean Ruddock",
                                                                  "Harbourside Hawks")
    # an institution is no short form of a longer name ("House" is not the "White House")
    house = ("The White House said nothing.\n\n"
             "House Speaker Tom Roe said the House would vote on Friday.")
    roe = next(r for r in run(extractor, house) if r.speaker.name == "Tom Roe")
    assert roe.speaker.organization == "House"


def test_comrade_is_a_title(extractor) -> None:
    text = ("The branch chairman, Comrade Bola Ade, said members had run out of patience.\n\n"
            '"We wrote to them in March," Comrade Ade said.')
    assert [(r.speaker.name, r.speaker.title) for r in run(extractor, text)] == [
        ("Bola Ade", "Comrade")] * 2


def test_a_news_agency_told_is_a_body_whatever_the_tagger_says(extractor) -> None:
    entities = entities_of(extractor, "Dr Chanda Mwansa, the district health director, said "
                                      "cases were rising.\n\nMwansa told Wikinews that a "
                                      "treatment centre with 80 beds had been set up in a "
                                      "school.")
    assert named(entities, "Wikinews").type == "organization"  # (the tagger: PERSON)
    assert named(entities, "Chanda Mwansa").type == "person"


def test_a_team_named_after_the_is_a_body_and_a_family_name_is_not(extractor) -> None:
    records = run(extractor, "Estevan Blackjacks coaches suspended as league investigates\n\n"
                             "The head coach of the Estevan Blackjacks has been suspended, the "
                             "league said.\n\nRay Dunn has been the Blackjacks' head coach "
                             "since 2019.\n\nBlackjacks president Dale Hurst said the board "
                             "learned of it on Friday.")
    # (the tagger: the headline's team a person, and Estevan is a given name)
    assert (records[-1].speaker.name, records[-1].speaker.organization) == (
        "Dale Hurst", "Estevan Blackjacks")
    records = run(extractor, "Bernie Sanders spoke in Ohio. A top aide to the Sanders "
                             "campaign, Tad Ross, said the race was close.")
    assert records[-1].speaker.name == "Tad Ross"


@pytest.mark.parametrize(("text", "name"), [
    # a body's noun before the name: the tagger said PERSON
    (("Naomi Feldman, chief executive of the charity Rivers Alive, said the company was slow.\n\n"
     "The charity said it would write to the minister."), "Rivers Alive"),
    # a public body's word ends no one's name
    (("It was Brian Colley, chairman of the Penistone and District Model Engineering Society, "
     "who persuaded him to show his work in public. Mr Colley says he spent two years at it."),
     "Penistone and District Model Engineering Society"),
    (("Ken Ward, secretary of the Hexham and District Model Railway Society, said the show would "
     "go on."), "Hexham and District Model Railway Society"),
])
def test_a_body_named_after_its_noun_or_by_a_public_bodys_word_is_a_body(
        extractor, text: str, name: str) -> None:
    assert named(entities_of(extractor, text), name).type == "organization"


def test_a_club_named_after_its_noun_is_a_body(extractor) -> None:
    records = run(extractor, "Bundesliga club Borussia Talheim on Wednesday denied it had sold "
                             "its striker.\n\nTalheim head coach Jens Ober said the player "
                             "would stay.")
    assert (records[0].speaker.name, records[0].speaker.type) == (
        "Borussia Talheim", "organization")
    assert records[-1].speaker.organization == "Borussia Talheim"


def test_a_unit_ending_a_sentence_is_no_initial_of_the_name_after_it(extractor) -> None:
    records = run(extractor, '"Nylon is something microbes almost never touch," said Haruka '
                             "Morishita, who led the study.\n\nThe team took samples from a "
                             "spring where the water reaches 80 C. Morishita said the microbe "
                             "eats nylon.\n\n\"It is slow,\" she said.")
    assert {r.speaker.name for r in records if r.speaker.type == "person"} == {
        "Haruka Morishita"}
