"""quotes.extract.regrafts: a source's description after ``according to X,`` is X's."""

from __future__ import annotations

from conftest import run


def test_the_source_of_according_to_keeps_its_appositive(extractor) -> None:
    text = ("European tyre makers have lost about 15 percent of their home market since 2019, "
            "according to Eurotyre, an industry lobby group based in Brussels.")
    record = run(extractor, text)[0]
    assert record.text.endswith("since 2019")  # the quotation stops before its source
    assert (record.speaker.name, record.speaker.role) == ("Eurotyre", "industry lobby group")


def test_a_clause_after_the_source_is_left_alone(extractor) -> None:
    from quotes.extract.regrafts import regraft

    doc = regraft(extractor.nlp("According to Ann Lee, the company will close the plant."))
    company = next(t for t in doc if t.text == "company")
    assert company.dep_ == "nsubj"
    record = run(extractor, "According to Ann Lee, the company will close the plant.")[0]
    assert record.text == "the company will close the plant"


def test_only_a_description_of_the_source_is_hung_on_it(extractor) -> None:
    # an amount's description stays where the parser put it
    record = run(extractor, "Centerview earned about $60 million for these assignments, "
                            "according to public filings, a huge sum for a firm with 35 "
                            "partners.")[0]
    assert record.speaker.role == "public filings"
    # the appositive of a name inside the source's phrase is that name's, not the source's
    record = run(extractor, "Scott Walker will speak at the convention later this month, "
                            "according to a report Tuesday from WKOW, the ABC affiliate in "
                            "Madison, Wisconsin.")[0]
    assert record.speaker.name is None and record.speaker.role == "report"


def test_an_office_the_parser_read_as_a_clause_is_the_speakers(extractor) -> None:
    records = run(extractor, "The Hamilton Ironworkers lost 3-2. Ironworkers head coach Sheldon "
                             "Boateng said his team stopped skating once it had the lead.")
    assert len(records) == 1
    record = records[0]
    assert record.text == "his team stopped skating once it had the lead"
    assert (record.speaker.name, record.speaker.role, record.speaker.organization) == (
        "Sheldon Boateng", "head coach", "Hamilton Ironworkers")


def test_a_verb_the_parser_already_hung_on_the_name_keeps_the_tree_whole(extractor) -> None:
    from quotes.extract.regrafts import regraft

    doc = regraft(extractor.nlp("Ironclads head coach Dana Whitford said she had never doubted "
                                "her goaltender."))
    roots = [t for t in doc if t.head.i == t.i]
    assert [t.text for t in roots] == ["said"]
    assert next(t for t in doc if t.text == "Whitford").dep_ == "nsubj"
    record = run(extractor, "The Hamilton Ironclads won 4-2. Ironclads head coach Dana Whitford "
                            "said she had never doubted her goaltender.")[0]
    assert (record.speaker.name, record.speaker.role) == ("Dana Whitford", "head coach")


def test_a_place_that_opens_the_sentence_is_not_the_speaker(extractor) -> None:
    record = run(extractor, "Outside city hall, Ashley Bear, a spokesperson for the community "
                            "group Downtown Safety Circle, said its volunteers had patrolled "
                            "the area.")[0]
    speaker = record.speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        "Ashley Bear", "spokesperson", "Downtown Safety Circle")
    assert "Outside" not in (speaker.mention.text if speaker.mention else "")


def test_a_name_the_parser_hung_on_its_title_heads_it(extractor) -> None:
    text = ('Coun. Amrit Sandhu (Mynarski) said the increase was "simply not sustainable." '
            '"We are treating the symptom," he said.')
    first, second = run(extractor, text)
    assert (first.speaker.name, first.speaker.title) == ("Amrit Sandhu", "Coun.")
    assert second.speaker.name == "Amrit Sandhu"  # not the ward in brackets
    # the usual parse, the name heading its title, is left as it is
    assert run(extractor, 'Sen. Ted Cruz said it was "a disaster."')[0].speaker.name == "Ted Cruz"


def test_an_officeholder_set_off_after_an_according_to_source_is_the_source(extractor) -> None:
    text = ("According to the trust's chair, Alasdair Kerr, it has now rebuilt 31 homes on "
            "donations alone.")
    assert run(extractor, text)[0].speaker.name == "Alasdair Kerr"


def test_a_participle_that_opens_an_office_is_part_of_it(extractor) -> None:
    text = ("Northgate Flour Mills Plc raised prices again. Northgate Flour Mills Plc shares fell, "
            "and Northgate Flour Mills Plc said costs had doubled.\n\n"
            "Managing director Adaeze Nwosu told shareholders that wheat had doubled in price.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == ("Managing director",
                                                    "Northgate Flour Mills Plc")


def test_a_curly_possessive_marks_its_owner_and_opens_no_role(extractor) -> None:
    record = run(extractor, "The 22-year-old\u2019s agent, Dario Ferrante, said the talks "
                            "were over.")[0]
    assert (record.speaker.name, record.speaker.role) == ("Dario Ferrante", "agent")
