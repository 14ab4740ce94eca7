"""Speaker anatomy, table-driven: the speaker fields news wires' conventions call for.

Every case runs through the real extractor (offsets checked) and names the record it is about by
a few words of its content. The sentences are invented for this table: datelines, party and state
tags, ages and appositions, transcript labels, colon introductions, questions, quotations that
hold "according to", headlines, citation phrases, two quotes in one sentence, speaker types, and
names made of what is not a name.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import run

ANY = "<any>"  # a field the case does not pin down


class Case(NamedTuple):
    text: str
    quote: str  # words of the record's content that pick it out
    name: str | None
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    type: str = "person"
    party: str | None = None


CASES = [
    # --- datelines: never part of a speaker -------------------------------------------------
    Case("CAPITAL CITY (AP) — Central Bank Governor Jo Park said Wednesday that rates would stay on hold.", "rates would stay", "Jo Park", "Governor", None, "Central Bank"),
    Case("LONDON (Reuters) - Trade Secretary Mark Dunn said the tariffs would be lifted next month.", "tariffs", "Mark Dunn", None, "Trade Secretary"),
    Case("SPRINGFIELD, Ill. (AP) — Gov. Dana Whitlock said the state would appeal the ruling.", "appeal", "Dana Whitlock", "Gov."),
    Case("(Bloomberg) -- Kestrel Energy spokeswoman Lena Marsh said the company would cut 400 jobs.", "400 jobs", "Lena Marsh", None, "spokeswoman", "Kestrel Energy"),
    Case("BRUSSELS, Jan. 12 (Reuters) - European Commission spokesman Piet Alders said the talks would resume.", "talks would resume", "Piet Alders", None, "spokesman", "European Commission"),
    Case('NAIROBI, Kenya (AP) — "We have run out of water," said Grace Wanjiru, a farmer.', "run out of water", "Grace Wanjiru", None, "farmer"),
    Case("CLEVELAND - Mayor Tom Okafor said the city was ready for the convention.", "ready for the convention", "Tom Okafor", "Mayor"),
    Case("WASHINGTON — The Treasury Department said it would sell more bonds in March.", "sell more bonds", "Treasury Department", type="organization"),
    Case('OSLO (Reuters) - "We will not sign," Foreign Minister Ingrid Solberg told reporters.', "not sign", "Ingrid Solberg", None, "Foreign Minister"),
    Case("Dec. 3 (Reuters) - U.S. Democratic presidential candidate Ana Ruiz said on Tuesday she would visit Ohio.", "visit Ohio", "Ana Ruiz", None, "Democratic presidential candidate", "U.S."),
    Case("LA CROSSE, Wisc. — Gov. Milo Tenney on Thursday blamed the media, saying they were nitpicking at his wording.", "nitpicking", "Milo Tenney", "Gov."),
    Case("(ANB) Sen. Nia Okafor said the plan would take insurance from millions.", "take insurance", "Nia Okafor", "Sen."),
    # --- party and state tags: the party field, never name, role or organisation --------------
    Case("Sen. Harold Pike, R-Neb., who said the bill was dead, left the chamber early.", "bill was dead", "Harold Pike", "Sen.", party="R-Neb."),
    Case("Senate Minority Whip Rosa Delgado (D-N.M.) said the bill would fail.", "bill would fail", "Rosa Delgado", "Minority Whip", None, "Senate", party="D-N.M."),
    Case("Democrats gained ground after a statement by House Majority Leader Kevin McCarthy (R-Calif.) suggested the panel was political.", "panel was political", "Kevin McCarthy", "Majority Leader", None, "House", party="R-Calif."),
    Case('"The bill is dead," said Sen. Harold Pike, R-Neb.', "bill is dead", "Harold Pike", "Sen.", party="R-Neb."),
    Case("Rep. Elena Maris (D-Calif.) said the hearing was a sham.", "hearing was a sham", "Elena Maris", "Rep.", party="D-Calif."),
    Case('"We will not fold," Rep. Joel Brandt, R-Texas, told reporters.', "not fold", "Joel Brandt", "Rep.", party="R-Texas"),
    Case("Sen. Ava Lind (I-Vt.) said the amendment would fail.", "amendment would fail", "Ava Lind", "Sen.", party="I-Vt."),
    # a capitalised office before the name, no portfolio: a title (GUIDELINES.md, "Title or role")
    Case("Senate Minority Leader Rosa Dunn, D-Nev., said Democrats would block the nominee.", "block the nominee", "Rosa Dunn", "Minority Leader", None, "Senate", party="D-Nev."),
    Case('"It is a fair deal," said Rep. Lou Carter, D-N.Y., a member of the budget committee.', "fair deal", "Lou Carter", "Rep.", "member", "budget committee", party="D-N.Y."),
    Case("Sen. Hal Brody (Tex.) said the bill would fail in committee.", "bill would fail", "Hal Brody", "Sen.", party="Tex."),
    # people named together: one record, both names, no one's title or tag (GUIDELINES.md)
    Case("Sen. Wade Ellis (R-Ky.) and Sen. Nora Hale (D-Wash.) said the vote would be close.", "vote would be close", "Wade Ellis and Nora Hale", type="group"),
    Case('Gov. Ann Vale on Friday endorsed Rep. Tom Lusk (R-Ohio), Sen. Ida Marsh (R-Utah) and Sen. Bo Grant (R-Idaho). "They have earned it," Vale said.', "earned it", "Ann Vale", "Gov."),
    Case('"We are not done," said Senate Whip Dana Roe (D-Vt.).', "not done", "Dana Roe", "Whip", None, "Senate", party="D-Vt."),
    Case("House Budget Chairman Tom Alder (R-Ohio) said the plan was a gift to lobbyists.", "gift to lobbyists", "Tom Alder", ANY, ANY, ANY, party="R-Ohio"),
    # --- an organisation named by a nominal: the body it stands for --------------------------
    Case("Brussels fined Marden Logistics 40 million euros on Tuesday, the European Commission said. In a statement, the company said it would appeal.", "it would appeal", "Marden Logistics", type="organization"),
    Case("Shares in Pelican Straits Holdings fell 18 percent after the commodities trader said flooding would halt production.", "flooding would halt", "Pelican Straits Holdings", type="organization"),
    Case("Two men were arrested overnight, Westmoor Police said. The Harbour Light Trust, a youth charity, said it was shocked by the raids. A third man was later released, according to the force.", "third man", "Westmoor Police", type="organization"),
    Case("Pemberton Ltd. bought Calloway Brothers in 2019. Calloway Brothers said on Monday it would close two stores. The retailer said sales fell 9%.", "sales fell", "Calloway Brothers", type="organization"),
    Case("He took $4 million from the Orrin Falls Teachers' Pension Fund. The fund said in a statement that payments had been restored.", "payments had been restored", "Orrin Falls Teachers' Pension Fund", type="organization"),
    Case("A spokesperson for the Coastal Housing Standards Board (CHSB) said it was reviewing the report.", "reviewing the report", None, None, "spokesperson", "Coastal Housing Standards Board"),
    Case("The European Commission fined Halvard Logistics 40 million euros. Two other forwarders were not fined, the Commission said.", "not fined", "European Commission", type="organization"),
    Case("Nurses at St. Aldric Medical Center went on strike. St. Aldric said in a statement that it had offered a 14% raise. Surgery will be rescheduled, according to the hospital.", "rescheduled", "St. Aldric Medical Center", type="organization"),
    Case("Ostbury Borough Council said in a statement that two officers had been suspended and the matter had been referred to police. It said a new team would review every contract.", "new team", "Ostbury Borough Council", type="organization"),
    Case("Corvina Airlines SA flew 9 million passengers. The carrier posted a net loss of 62 million euros, it said in a statement.", "net loss", "Corvina Airlines SA", type="organization"),
    Case("The Kinross Eagles beat the Gull Lake Hawks in Game 7 of the Prairie Junior Hockey League's eastern final. The final begins Friday, the league said.", "final begins", "Prairie Junior Hockey League", type="organization"),
    # a company named after its kind is a company, and no part of its pilots' association
    Case("Cabin crew at French airline Vellair will strike on Thursday. Vellair said it regretted the decision. Its chief executive, Paul Gendron, said the airline could not pay more. The Vellair Pilots Association said it would not join the strike.", "could not pay more", "Paul Gendron", None, "chief executive", "Vellair"),
    Case("Cabin crew at French airline Vellair will strike on Thursday. Vellair said it regretted the decision. The Vellair Pilots Association said it would not join the strike.", "regretted", "Vellair", ANY, ANY, ANY, ANY),
    # --- an unnamed speaker's role is the noun, not "one"; municipal and police styles --------
    Case("One resident told council the tower would block the afternoon sun.", "afternoon sun", None, None, "resident"),
    Case("Assistant Chief Constable Judith Oakenfold said the killing was targeted.", "killing was targeted", "Judith Oakenfold", "Assistant Chief Constable"),
    Case("Reeve Dale Kowalchuk of the Rural Municipality of Sturgeon Bend said 43 applications had been approved.", "43 applications", "Dale Kowalchuk", "Reeve", None, ANY),
    Case("Coun. Mia Fong said the vote was rushed.", "vote was rushed", "Mia Fong", "Coun."),
    # --- portfolios, parties, fixed offices and possessive bodies before the name --------------
    Case("Rural Health Minister Brent Galloway said two nurses would be sent.", "two nurses", "Brent Galloway", None, "Rural Health Minister"),
    Case("Liberal finance critic Marguerite Dunlevy said the deficit figure hid money.", "deficit figure", "Marguerite Dunlevy", None, "finance critic", "Liberal"),
    Case("Conservative radio host Hugh Hewitt said the bill was a step back.", "step back", "Hugh Hewitt", None, "Conservative radio host"),
    Case("Republican gubernatorial candidate Dana Voss said the ad was false.", "ad was false", "Dana Voss", None, "gubernatorial candidate", "Republican"),
    Case("Fine Gael councillor Eoin Daly said the plan was sound.", "plan was sound", "Eoin Daly", None, "councillor", "Fine Gael"),
    # --- an office as the phrase's head, its holder after a comma (Commonwealth style) -------
    Case("The Executive Director of the Green Earth Network (GEN), Dr. Ada Obi-Nwosu, said the report was late.", "report was late", "Ada Obi-Nwosu", "Dr.", "Executive Director", "Green Earth Network"),
    Case("The Special Adviser to the Governor on Media, Dr. Kemi Adeola, said the state would act.", "state would act", "Kemi Adeola", "Dr.", "Special Adviser to the Governor on Media"),
    Case("Speaking on Monday, the Commissioner for Environment, Mr. Tunde Bakare-Cole, said the site would close.", "site would close", "Tunde Bakare-Cole", "Mr.", "Commissioner for Environment"),
    Case("But the Baale of Oke-Ila community, Chief Bayo Adisa, insisted that houses had cracked.", "houses had cracked", "Bayo Adisa", "Chief", ANY, ANY),
    Case("The Managing Director of Ona Aggregates, Alhaji Musa Bello, said the firm would appeal.", "firm would appeal", "Musa Bello", "Alhaji", "Managing Director", "Ona Aggregates"),
    # --- a given name the tagger left outside a family name's particle; a student's school --
    Case("Marieke van der Berg, a political scientist, said turnout was low.", "turnout was low", "Marieke van der Berg", None, "political scientist"),
    Case("Decorah High School senior Ella Rud, 17, said the plan was unfair.", "plan was unfair", "Ella Rud", None, "senior", "Decorah High School"),
    # a place's possessive before a body's name makes no person of the body
    Case("Germany's Federal Cartel Office said it would extend its review.", "extend its review", "Federal Cartel Office", type="organization"),
    Case("The national statistics office said inflation slowed to 2.1 percent in March.", "inflation slowed", None, None, "national statistics office", type="organization"),
    # a hyphened given name the tagger left out; a second role after the body; a portfolio of two
    Case("Hye-jin Park, an organizer with the Spokane Renters Alliance, said rents were up.", "rents were up", "Hye-jin Park", None, "organizer", "Spokane Renters Alliance"),
    Case("Dr. Samuel Achebe, a physical oceanographer at the Penobscot Marine Institute and a co-author of the study, said the water was warm.", "water was warm", "Samuel Achebe", "Dr.", "physical oceanographer", "Penobscot Marine Institute"),
    Case("Fisheries and Oceans Minister Tama Reid said stocks had risen sharply this year.", "stocks had risen", "Tama Reid", None, "Fisheries and Oceans Minister"),
    Case("Crown prosecutor Luc Gauthier told the court that victims had lost homes.", "victims had lost", "Luc Gauthier", None, "Crown prosecutor"),
    Case("Ireland's Minister of State for Trade, Ciaran Norquay, said smaller ports lacked staff.", "smaller ports", "Ciaran Norquay", None, "Minister of State for Trade", "Ireland"),
    Case("The Minister for Health, Declan Hennessy, told the Irish Times that wards were full.", "wards were full", "Declan Hennessy", None, "Minister for Health"),
    Case("The Deputy Minister for Rural Affairs, Gwilym Ifans, said the scheme would stay.", "scheme would stay", "Gwilym Ifans", None, "Deputy Minister for Rural Affairs"),
    Case("A spokesperson for the Department of Health said the figures were wrong.", "figures were wrong", None, None, "spokesperson", "Department of Health"),
    Case('Gwenllian Mabry, 24, farms 400 sheep near Aberwyn.\n\n"I am not against trees," the 24-year-old said.', "not against trees", "Gwenllian Mabry"),
    Case('Coun. Tamara Yeo, who represents the area, says she will ask council to act.\n\n"We license hot dog carts more carefully," the councillor said.', "hot dog carts", "Tamara Yeo", "Coun."),
    Case('Chief Rosalie Wapahkesis has been counting buses.\n\nWapahkesis says she will hold a community meeting at the hotel on Thursday. Grand Chief Lionel Tawpisin said the federation would send staff to help.\n\n"People want to know if their house is still standing," the chief says.', "house is still standing", "Rosalie Wapahkesis", "Chief"),
    Case('Former first minister Idris Caradog said the government had lost the trust of farmers. The Deputy Minister for Rural Affairs, Gwilym Ifans, said the scheme would stay.\n\nThe minister said he would meet the alliance again.', "meet the alliance", "Gwilym Ifans", None, "Deputy Minister for Rural Affairs"),
    Case('Aberwyn\'s mayor, Cllr Huw Llewellin, joined the march.\n\nThe mayor was blunt: "If the farms go, the school goes."', "the school goes", "Huw Llewellin", "Cllr", "mayor", "Aberwyn"),
    Case('Savanna Skyways, a regional airline based in Nairobi, cancelled all of its flights on Monday.\n\nThe airline said in a statement that it had no choice but to ground its fleet.', "no choice", "Savanna Skyways", type="organization"),
    Case('Board chair Vanessa Pham said the vote was final.\n\nOne parent said she had already priced private lessons.\n\n"That is not happening on my salary," she said.', "my salary", None, None, "parent"),
    Case('Const. Amira Osman, a spokesperson for the force, said the fire marshal was assisting.\n\nA neighbour who did not want to be named said she had complained twice.\n\n"Nobody came. Not once," she said.', "Nobody came", None, None, "neighbour"),
    Case("Chandra Ramkissoon, NDP MPP for Scarborough Heights, said the cut was wrong.", "cut was wrong", "Chandra Ramkissoon", None, "MPP", "NDP"),
    Case("Teodora Rusu, the NDP MLA for Edmonton-Clareview North, said she had written to the minister.", "written to the minister", "Teodora Rusu", None, "MLA", "NDP"),
    Case("Ann Lee, MP for Halifax West, said the bill would pass.", "bill would pass", "Ann Lee", None, "MP"),
    Case("NDP MLA Rajinder Toor, who represents the area, said he had asked the province for grants.", "asked the province", "Rajinder Toor", "MLA", None, "NDP"),
    Case('Chief Rosalie Wapahkesis has been counting buses.\n\n"Eleven buses," says the chief of Kinosew Lake Cree Nation.\n\nWapahkesis says she will hold a community meeting on Thursday.', "community meeting", "Rosalie Wapahkesis", "Chief", None, "Kinosew Lake Cree Nation"),
    Case('The Selkirk Avenue Community Pantry served 1,140 households in January. "We ran out of eggs," says Hodan Warsame, the pantry\'s volunteer co-ordinator.', "out of eggs", "Hodan Warsame", None, "volunteer co-ordinator", "Selkirk Avenue Community Pantry"),
    Case("The Selkirk Avenue Community Pantry served 1,140 households in January. The pantry said it would open on Sunday.", "open on Sunday", "Selkirk Avenue Community Pantry", type="organization"),
    Case("Deputy Secretary-General of the Baltic Maritime Alliance Sigrun Ulvestad told AFP the alliance had tracked 40 ships.", "tracked 40 ships", "Sigrun Ulvestad", None, "Deputy Secretary-General", "Baltic Maritime Alliance"),
    Case("Aspen Parkland's chief executive, Douglas Carmichael, said the hospital has 11 vacant nursing positions.", "vacant nursing", "Douglas Carmichael", None, "chief executive", "Aspen Parkland"),
    Case("Mr. Trump's campaign chairman, Paul Manafort, said the polls were wrong.", "polls were wrong", "Paul Manafort", None, ANY, None),
    Case("According to the Washington Post’s investigative unit, the money was never spent.", "never spent", None, None, "investigative unit", "Washington Post"),
    Case("Dana Cole was re-elected in May. Cole’s spokesman said the talks were useful.", "talks were useful", None, None, "Cole’s spokesman", None),
    # --- ages and appositions ---------------------------------------------------------------
    # a trade before a given name is the role; a family name the tagger left out is the name's
    Case('Lobsterman Ray Dunphy, 67, said he had seen "nothing like it in 40 years."', "nothing like it", "Ray Dunphy", None, "Lobsterman"),
    Case('Health Secretary Dr Rhiannon Tulliver said the drug could help. "A good drug at the wrong price helps nobody," she said.', "helps nobody", "Rhiannon Tulliver", "Dr", "Health Secretary"),
    # the age a nominal calls someone by is the one the text gave
    Case('Ken Iverson, 54, a haul-truck driver, said he had planned to retire at the mine. Mine manager Paul Rudd said the cuts were final.\n\nAsked whether he would move, the 54-year-old said he had no choice.', "no choice", "Ken Iverson", None, "haul-truck driver"),
    Case('Jane Roe, 39, started Acme Press in a garage in 2010. Tom Hale, a printer, joined her a year later.\n\n"We never expected this," says the 39-year-old founder of Acme Press.', "never expected", "Jane Roe", None, "founder", "Acme Press"),
    Case('"The buses are always late," said Nadia Osei, 29, a bus driver.', "buses", "Nadia Osei", None, "bus driver"),
    Case("Tomas Ferreira, 54, a retired teacher, said the school had been closed for years.", "school had been closed", "Tomas Ferreira", None, "retired teacher"),
    Case('"I have lived here all my life," said Edna Moss, 81.', "lived here", "Edna Moss"),
    Case("Kofi Mensah, 42, said the market had never been this quiet.", "market had never", "Kofi Mensah"),
    Case("Liu Wen, a nurse at Mercy Hospital, said the ward was full.", "ward was full", "Liu Wen", None, "nurse", "Mercy Hospital"),
    Case('"Nobody asked us," said Rita Gomez, now 70, who still lives on the street.', "Nobody asked us", "Rita Gomez"),
    Case("Marcus Reed, 35, of Dayton, said the plant would close.", "plant would close", "Marcus Reed"),
    Case("Asha Tran, now 81 and retired, said nobody had listened to the miners.", "nobody had listened", "Asha Tran"),
    # what the article says of a speaker elsewhere is theirs at every quote
    Case("The program's host, Colin Reyes, opened the show.\n\nREYES: Welcome back to the program tonight.", "Welcome back", "Colin Reyes", None, "host"),
    Case('Delgado said the bill was dead.\n\nDelgado, 58, a former state treasurer, has fought the plan for years.', "bill was dead", "Delgado", None, "former state treasurer"),
    Case('"The kitchen never closes," said Omar Said, 27, a cook from Lisbon.', "kitchen never closes", "Omar Said", None, "cook"),
    Case("Sofia Marin, a 44-year-old baker, said flour prices had doubled.", "flour prices", "Sofia Marin", None, "baker"),
    Case("71-year-old Walter Ames, the founder of a seed bank, said the drought was the worst he had seen.", "drought was the worst", "Walter Ames", None, "founder", "seed bank"),
    Case("The Thursday KLTV debate ended late. KLTV said the ratings were the best in years.", "ratings were the best", "KLTV", type="organization"),
    Case("Chief Operating Officer Dr. Nils Berg said the plant would reopen in May.", "plant would reopen", "Nils Berg", "Dr.", "Chief Operating Officer"),
    Case("Deputy Leader Rosa Imbert said the party would vote against the bill.", "vote against", "Rosa Imbert", "Deputy Leader"),
    Case("Rep. Al Vance, R-Ind., one of 9 Republicans who backed the bill, said it was a start.", "was a start", "Al Vance", "Rep.", party="R-Ind."),
    Case("Volunteer Ruth Oyelaran, a retired midwife, said the shelter was full every night.", "shelter was full", "Ruth Oyelaran", None, "Volunteer"),
    Case("Goldcrest Mining spokesman Jan de Wit said the shaft was safe.", "shaft was safe", "Jan de Wit", None, "spokesman", "Goldcrest Mining"),
    Case("Sheriff Amos Tull said the county road would stay closed.", "road would stay closed", "Amos Tull", "Sheriff"),
    # the tagger's lower-case ORG over a description is no name when a name stands beside it
    Case('"It was a long season," said the rookie defenceman, Kai Brandt, after the final game.', "long season", "Kai Brandt", None, "rookie defenceman"),
    Case("The head of the nurses' union, Sara Holt, said the deal was fair.", "deal was fair", "Sara Holt", None, "head", ANY),
    # a team before a role: its organisation (the tagger reads team names as plural nouns)
    Case("On Sunday, Oilers coach Jay Marten said the team was ready for the playoffs.", "ready for the playoffs", "Jay Marten", None, "coach", "Oilers"),
    Case("Raptors guard Fred Ollie said the team had played its best game.", "best game", "Fred Ollie", None, "guard", "Raptors"),
    Case('"Nothing was closed," said CBC News anchor Tom Hale.', "Nothing was closed", "Tom Hale", None, "anchor", "CBC News"),
    # a city or an acronym opens a team's, force's or union's name; a common noun does not
    Case("Winnipeg Jets captain Adam Lowe said the team was ready for the playoffs.", "ready for the playoffs", "Adam Lowe", None, "captain", "Winnipeg Jets"),
    Case('"We have no choice," CUPE Ontario president Fred Hann told CBC News.', "no choice", "Fred Hann", None, "president", "CUPE Ontario"),
    Case("County councillor Bea Amory said the pumps had never arrived.", "pumps had never", "Bea Amory", None, "County councillor", None),
    Case("RCMP Cst. Mike Moor said the highway was closed for the night.", "highway was closed", "Mike Moor", "Cst.", None, "RCMP"),
    # an organisation's whole name though the parser hung part of it elsewhere
    Case("Dr. Ines Arroyo, field coordinator for the aid group Doctors Across Borders, said the clinics were full.", "clinics were full", "Ines Arroyo", "Dr.", "field coordinator", "Doctors Across Borders"),
    # a common noun before a role names no organisation: it is part of the role
    Case('"There is no offer," union leader Matias Okoro said by phone.', "no offer", "Matias Okoro", None, "union leader", None),
    # "its" role: the organisation it refers to
    Case("The Harbor Freight Authority raised its fees. Its chief executive, Dana Kolb, said costs had doubled.", "costs had doubled", "Dana Kolb", None, "chief executive", "Harbor Freight Authority"),
    # "of" a place after an age, or a nearby place, is a home town, no organisation
    Case("The driver, Wes Tanner, 54, of nearby Corbin Flats, said the road gave way.", "road gave way", "Wes Tanner", None, "driver", None),
    # a surname that is also a title ("King") is the name at a later quote, no role
    Case('Rep. Pete King spoke first on Monday. "We are at war," King said.', "at war", "Pete King", "Rep.", None),
    # a participle aside the parser made the reported clause: its subject speaks
    Case('Mining Minister Rosa Quintero, asked about the dispute at a conference, said: "It is a matter for the company."', "matter for the company", "Rosa Quintero", None, "Mining Minister"),
    # --- transcript labels: name (and title) from the label, nothing from the answer ---------
    # (a title or role in capitals is written as in running text: DR. -> Dr., HOST -> host)
    Case("DR. AMARA OKONKWO: Well, the trial went better than we expected.", "trial went better", "AMARA OKONKWO", "Dr."),
    Case("Dr. Amara Okonkwo leads the vaccine trial.\n\nDR. OKONKWO: Over fifty years of work went into it.", "fifty years", "Amara Okonkwo", "Dr."),
    Case("MS. LARA VENT: No, I would not put it that way at all.", "would not put it", "LARA VENT", "Ms."),
    Case("KAMAU: Over fifty years, and I have never seen a harvest like this.", "harvest", "KAMAU"),
    Case("GOV. RAY HOLT: Hi, everybody, thanks for coming out tonight.", "thanks for coming", "RAY HOLT", "Gov."),
    Case("SEN. MARTA QUINN (D-Ore.): We need the votes before we can act.", "need the votes", "MARTA QUINN", "Sen.", party="D-Ore."),
    Case("Nina Patel spoke to the host.\n\nNina Patel: Sure, we can talk about the budget now.", "talk about the budget", "Nina Patel"),
    Case("MODERATOR: Please keep your questions short tonight, everyone.", "keep your questions", None, None, "moderator"),
    # (even where the tagger took the label for an organisation: "HOST: Phoenix ...")
    Case("Transcript of a radio interview.\n\nHOST: Phoenix has gone 12 days above 105 degrees. Dr. Lena Ortiz is a nephrologist, and she joins us. Good morning.\n\nDR. LENA ORTIZ: Good morning.\n\nHOST: What are you seeing in your clinic this month?", "What are you seeing", None, None, "host"),
    Case("STUDIO GUEST: I have never seen turnout like this before.", "turnout", None, None, "studio guest"),
    # --- colon introductions: the subject of the introducing clause ---------------------------
    Case('Economy Minister Aiko Brandt, speaking on local radio, sounded less sure: "We may need another year."', "another year", "Aiko Brandt", None, "Economy Minister"),
    Case('Greta Holm was less optimistic: "I doubt the plant will reopen this year."', "plant will reopen", "Greta Holm"),
    Case('Rescue worker Omar Haddad, his face caked with dust, was blunt: "There is no one left to save."', "no one left", "Omar Haddad", None, "Rescue worker"),
    Case('Finance Minister Hana Sato spoke after the meeting. She added a warning of her own: "Do not count on the subsidy."', "subsidy", "Hana Sato", None, "Finance Minister"),
    Case('Arlo Motors denied the report on Monday. The company struck a defiant tone: "We have done nothing wrong."', "nothing wrong", "Arlo Motors", None, ANY, type="organization"),
    Case('Landlord Ben Alvarez, who owns 40 flats, was unmoved: "The rent is the rent, and it is due on Friday."', "rent is the rent", "Ben Alvarez", None, "Landlord"),
    Case('Lena Ruud, the 2012 Labour candidate, tweeted in response: "An important distinction."', "important distinction", "Lena Ruud", None, ANY, "Labour"),
    # --- a cue the parser left without its subject: the name that ends right before it ---------
    Case('But in a call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, said, "A raid is a combat operation."', "combat operation", "Steven H. Warren", "Col.", "military spokesman in Baghdad"),
    Case("When asked about the ruling, President Ana Ruiz said she expected the court to think again.", "court to think again", "Ana Ruiz", "President"),
    Case("After the ad, Speaker of the House Rep. Dale Rainer (R-WI) said \u201canti-Semitic images have no place in a campaign.\u201d", "no place in a campaign", "Dale Rainer", "Rep.", ANY, "House", party="R-WI"),
    Case("At Boca West, Jay DiPetro, the club's 78-year-old president and general manager, suggested that the troubles came from poor management.", "poor management", "Jay DiPetro", None, ANY),
    Case("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Joner: \u201cGallup's analysis finds that 20 states are solidly Republican.\u201d", "Gallup's analysis", "Jeffrey M. Joner"),
    Case("Later in the show, Bill Maker stated that the report \u201cwasn't good.\u201d Adding, \u201cNow, what they actually do is never that bad.\u201d", "never that bad", "Bill Maker"),
    Case('The Slate technology columnist David Auerbeck went so far as to say: "Twitter as we know it is over."', "Twitter as we know it", "David Auerbeck", None, ANY, ANY),
    Case("Donald Tramp, who is vying to be the next president, tweeted on Friday to say he had never suggested a registry.", "never suggested a registry", "Donald Tramp"),
    Case('As Akhil Amor, professor of constitutional law at Yale, put it, "Senate Republicans should remember that a compromise may be better."', "compromise may be better", "Akhil Amor", None, ANY, ANY),
    Case("Hilda Clanton seemed to be ready to riff on the incident in Iowa, telling the crowd, \u201cSome people get a little carried away, have you noticed that?\u201d", "carried away", "Hilda Clanton"),
    Case('But Mr. Sandler showed no sign of backing down, releasing a statement that, while condemning violence, accused the leadership of using "its power to prevent a fair process."', "its power", "Sandler", "Mr."),
    Case("Stan Greenfield, a prominent pollster, released data Monday morning that suggest moderate voters are being ignored.", "moderate voters", "Stan Greenfield", None, "prominent pollster"),
    Case('Senator Bernard Sandler is releasing a new ad that urges voters in New York to "send a message" to Wall Street.', "send a message", "Bernard Sandler", "Senator"),
    # --- questions put to someone are not what they said -------------------------------------
    Case('Senator Lucia Ocampo met reporters. Asked whether the vote would slip, Ocampo was blunt. "No, it will not," she said.', "it will not", "Lucia Ocampo", ANY),
    Case("When asked about the deficit, Treasurer Mia Lund said the numbers would improve.", "numbers would improve", "Mia Lund", "Treasurer"),
    # --- "according to" inside a quotation is part of the quoted words -----------------------
    Case('Harbor officials told reporters the survey was going "according to plan."', "survey was going", None, None, "Harbor officials", type="group"),
    Case('The director said the launch went "according to schedule" despite the storm.', "launch went", None, None, "director"),
    Case("According to the harbor master, the channel is clear again.", "channel is clear", None, None, "harbor master"),
    # --- headlines ---------------------------------------------------------------------------
    Case("Storm-hit village 'forgotten', says county councillor\n\nResidents of Eastwick waited four days for help.", "forgotten", None, None, "county councillor"),
    Case("Bank chief says 'no rush' on rates\n\nThe central bank held its key rate on Thursday.", "no rush", None, None, "Bank chief"),
    Case("'We were abandoned', say flood victims\n\nThe river burst its banks on Sunday night.", "abandoned", None, None, "flood victims", type="group"),
    # --- citation phrases are not titles -----------------------------------------------------
    Case('According to the Arts Citation Index Professor Reyes is the most cited scholar in the field. "I never counted," Professor Reyes said.', "never counted", "Reyes", "Professor"),
    Case("According to the Arts Citation Index Professor Reyes is the most cited scholar in the field.", "most cited", "Arts Citation Index", type="organization"),
    Case('Writing in the Harbor Medical Journal Dr. Imre Toth argued that the data were thin.', "data were thin", "Imre Toth", "Dr."),
    # --- two quotes in one sentence -----------------------------------------------------------
    Case("He was remembered by his friend Tom Hale, when he said, 'He never gave up,' and that, as his daughter Ann Hale said, 'he loved the sea.'", "never gave up", "Tom Hale", None, ANY),
    Case("He was remembered by his friend Tom Hale, when he said, 'He never gave up,' and that, as his daughter Ann Hale said, 'he loved the sea.'", "loved the sea", "Ann Hale", None, ANY),
    Case('Coach Ella Park praised the team, saying "we never stopped running," and a player, Jo Kim, added that "the fans carried us all night."', "fans carried us", "Jo Kim", None, "player"),
    Case('Board chair Rita Vance and Councillor Omar Diaz spoke. "Nobody wants to close a school," Vance said, and Diaz added, "But nobody wants to lay off teachers."', "lay off teachers", "Omar Diaz", "Councillor"),
    Case('Board chair Rita Vance and Councillor Omar Diaz spoke. "Nobody wants to close a school," Vance said, and Diaz added, "But nobody wants to lay off teachers."', "close a school", "Rita Vance", None, "Board chair"),
    # --- speaker type ------------------------------------------------------------------------
    Case("Dorsey Pharma said the pill was safe for children.", "pill was safe", "Dorsey Pharma", type="organization"),
    Case('"We never expected this," said Jack Herrick.', "never expected", "Jack Herrick"),
    Case("Smith, who spoke on condition of anonymity, said the talks had stalled.", "talks had stalled", "Smith"),
    Case("The medical industry says the rules will raise costs.", "raise costs", None, None, "medical industry", type="organization"),
    Case("Dorian Vale, who runs a bakery on Main Street, said sales had doubled.", "sales had doubled", "Dorian Vale"),
    Case("Hollis Partners said the merger would close in June.", "merger would close", "Hollis Partners", type="organization"),
    Case("Pell Wright, the owner of a hardware store, said the rent had tripled.", "rent had tripled", "Pell Wright", None, "owner of a hardware store"),
    # --- names made of what is not a name ------------------------------------------------------
    Case("In Pune, first-time voter Sneha Pawar, an engineering student, said she had voted early.", "voted early", "Sneha Pawar", None, "first-time voter"),
    Case("Teodora “Teddie” Vukovic, who owns the bakery, said the ovens run all night.", "ovens run", "Teodora Vukovic", role=ANY),
    Case('"We start at four," said Juan "Chico" Manriquez, a baker.', "We start at four", "Juan Manriquez", None, "baker"),
    Case("Ray Dunmore, who sold 40 copies of his comic The Iron Harbor, said the market was tiny.", "market was tiny", "Ray Dunmore"),
    Case("Maria Fields said the plan was sound.", "plan was sound", "Maria Fields"),
    Case("Fields, the city planner, said the plan was sound.", "plan was sound", "Fields", None, "city planner"),
    Case("A spokesperson for the Port Authority said the terminal would reopen.", "terminal would reopen", None, None, "spokesperson", "Port Authority"),
    Case("Officials said the bridge was safe.", "bridge was safe", None, None, "Officials", type="group"),
    Case("City staff said the report would be ready in May.", "ready in May", None, None, "City staff", type="group"),
    # a group is the phrase as written, its prepositions too, without a clause set off
    Case("Residents of Marlow Fen say they have been abandoned after the flood.", "abandoned", None, None, "Residents of Marlow Fen", type="group"),
    Case("The mill will close, according to people familiar with the plan, who asked not to be named.", "mill will close", None, None, "people familiar with the plan", type="group"),
    Case("Officials at the Health Ministry said the vaccine was safe.", "vaccine was safe", None, None, "Officials at the Health Ministry", "Health Ministry", type="group"),
    Case("A white paper released on Monday says the tax is regressive.", "tax is regressive", None, None, ANY, ANY, "unknown"),
    Case("Estimates say the project will cost twice as much.", "cost twice", None, None, "Estimates", None, "group"),
    Case('"It worked better than anyone hoped," said ad buying firm Brandwell.', "worked better", "Brandwell", None, "ad buying firm", type="organization"),
    Case('"The doors are open to all," said a spokesman for the Church of Latter Light.', "doors are open", None, None, "spokesman", "Church of Latter Light"),
    Case("The Church of Latter Light said its doors were open to all.", "doors were open", "Church of Latter Light", type="organization"),
    # a document or message says what its named author or publisher says; a place is neither
    Case("A report from the Harbor Policy Institute said the port had lost money for years.", "lost money", "Harbor Policy Institute", type="organization"),
    Case("The fine is the largest on record, according to a Reuters review of its published decisions.", "largest on record", "Reuters", type="organization"),
    Case("Tablet sales fell 4 percent last year, according to PC World's recent analysis.", "Tablet sales fell", "PC World", type="organization"),
    # the platform of a post is not its author
    Case("The game was cancelled, the school's Facebook post said on Friday.", "game was cancelled", None, None, ANY, type=ANY),
    Case('An email from Nora Pell to donors said the campaign "is out of cash."', "out of cash", "Nora Pell"),
    Case("A report from Syria said the port had lost money for years.", "lost money", None, None, ANY, type=ANY),
    Case("AUGUST\n\nThe council said the road would be finished by autumn.", "road would be finished", None, None, "council", type="organization"),
    Case("Todd asked Pence whether the returns would come out before the election.", "returns would come out", "Todd", type=ANY),
    Case('Links:\n-Craig Fehrman explains why Indiana is "weird."', "weird", "Craig Fehrman"),
    Case('"It was his first attempt," said his best friend at Lehigh, Bruce Turry, who spoke fondly of him.', "first attempt", "Bruce Turry", None, "best friend", ANY, ANY),
    Case("Former Maryland Gov. Martin Ohle (D) and former Arkansas Gov. Mike Hale (R) announced they will suspend their campaigns.", "suspend their campaigns", "Martin Ohle and Mike Hale", type="group"),
    Case('After Gov. Jerry Brand criticized her during a debate, Hilary Brinton shot back, "I chose to fulfill my profession."', "fulfill my profession", "Hilary Brinton"),
    # (a trade's place is no part of it: GUIDELINES.md, amended 2026-12-07 as the train writers annotated)
    Case('"It is over," said Rob Calabrese, a radio host in Cape Breton, Nova Scotia.', "It is over", "Rob Calabrese", None, "radio host"),
    Case("CNN President Jeff Zucker said ratings were up.", "ratings were up", "Jeff Zucker", "President", None, "CNN"),
    Case("Her neighbor, Silas Verr, 45, a contractor, said he watched the smoke rise over their street.", "watched the smoke", "Silas Verr", None, "contractor"),
    Case("Her husband, Tom Lee, a retired teacher at Pine Hollow Elementary, said they would stay.", "would stay", "Tom Lee", None, "retired teacher", "Pine Hollow Elementary"),
    Case('The Northern Press Agency (NPA) released figures on Monday. "Sales fell," NPA said.', "Sales fell", "Northern Press Agency", None, None, None, "organization"),
    Case("Kestrel Energy spokeswoman Lena Marsh, a former BBC reporter, said the company would cut 400 jobs.", "cut 400 jobs", "Lena Marsh", None, "spokeswoman", "Kestrel Energy"),
    Case("Ontario Premier Doug Fordham said the province would reopen schools.", "reopen schools", "Doug Fordham", "Premier", None, None),  # (as "Maine legislator" below)
    Case("GOP presidential contender and former neurosurgeon Ben Carver said Sunday that he had been misquoted.", "misquoted", "Ben Carver", None, ANY, "GOP"),
    Case("The mayor and Ben Carver said Sunday that they had been misquoted.", "misquoted", None, None, "mayor", type=ANY),
    Case("Christian Rev. Derek Penwall said the church would help.", "church would help", "Derek Penwall", "Rev.", "Christian"),
    Case('"It is over," said state Rep. Gilda Cobb-Hunt, a member of the Democratic National Committee.', "It is over", "Gilda Cobb-Hunt", "state Rep.", ANY, "Democratic National Committee"),
    # --- offices run into names, organisations inside role phrases ----------------------------
    Case('"We are running from it," Fire Chief Marta Elling said at a briefing.', "running from it", "Marta Elling", None, "Fire Chief"),
    Case("Dorset County Prosecutor Alan Reeve said the charges would stand.", "charges would stand", "Alan Reeve", None, "Prosecutor", "Dorset County"),
    Case("Harwell Media fired 40 staff. Harwell Media Chief Executive Lise Tandberg said profits had fallen.", "profits had fallen", "Lise Tandberg", None, "Chief Executive", "Harwell Media"),
    Case("Ian Moss, head of equity research at Carrow Partners, said shares would fall.", "shares would fall", "Ian Moss", None, "head of equity research", "Carrow Partners"),
    Case("Lea Brandt, a spokeswoman for the charity Harbour Light, said the boats went further out.", "boats went", "Lea Brandt", None, "spokeswoman", "Harbour Light"),
    Case("Tessa Brand, 36, a dairy farmer with three children at Pine Hollow Elementary, said closing the school would add 50 minutes.", "add 50 minutes", "Tessa Brand", None, "dairy farmer"),
    Case('"Every quarter there is a new reason," said Gerda Lind, an analyst at Carrow & Finch in Halbrook.', "new reason", "Gerda Lind", None, "analyst", "Carrow & Finch"),
    Case("Omar Reyes, an analyst with Morgan Stanley, said shares would fall.", "shares would fall", "Omar Reyes", None, "analyst", "Morgan Stanley"),
    Case('Mayor Ann Lee opened the bridge. "It is a great day," said the mayor.', "great day", "Ann Lee", "Mayor", None),
    Case("The state Department of Marine Resources said it was collecting carcasses.", "collecting carcasses", "Department of Marine Resources", None, ANY, None, "organization"),
    Case('"The outage was avoidable," said Jorunn Eide of the Norland Consumer Council.', "outage", "Jorunn Eide", None, None, "Norland Consumer Council"),
    # a second role after the body, its hyphened word split by the tokenizer, is no part of the body's name
    Case('Dr. Samuel Oyelaran, an emergency physician at Hôpital Sainte-Odile in Montreal and a co-author of the study, said hallway beds were "permanent."', "hallway beds", "Samuel Oyelaran", "Dr.", ANY, "Hôpital Sainte-Odile"),
    # a prosecutor's rank written capitalised before the name is a title, as District Judge is; no word of it an organisation
    Case('Deputy County Attorney Kofi Adeyemi said the sentence was "fair."', "sentence was", "Kofi Adeyemi", "Deputy County Attorney", None, None),
    Case('The hearing ended. Senior Public Prosecutor Idris Halvorsen said it was "fair."', "it was", "Idris Halvorsen", "Senior Public Prosecutor", None, None),
    Case('Crown prosecutor Ama Oduya said the sentence was "fair."', "sentence was", "Ama Oduya", None, "Crown prosecutor", None),
    # a body's name of several words after "of" without its article; not a town the tagger took for one
    Case('Tomas Ferreira of Halvorsen Research said in a note to clients that the forecast was "ambitious."', "forecast was", "Tomas Ferreira", None, None, "Halvorsen Research"),
    Case('"They were as hawkish as it gets," said Lena Moore of Pinecrest Advisors.', "hawkish", "Lena Moore", None, None, "Pinecrest Advisors"),
    Case('Priya Nair of Bell Harbor said the plan was "a joke."', "plan was", "Priya Nair", None, None, None),
    # --- a rank before a name is a title, an office named by its portfolio a role (GUIDELINES)
    Case("Edward River Council mayor Callum McIver said the town needed a midwife.\n\n\"We have waited long enough,\" Cr McIver said.", "waited long enough", "Callum McIver", "Cr", "mayor", "Edward River Council"),
    Case("Deputy Prime Minister Ola Brekke said the coalition would hold.", "coalition would hold", "Ola Brekke", "Deputy Prime Minister"),
    Case("Deputy Finance Minister Ines Harkavy said rate policy was not the ministry's business.", "rate policy", "Ines Harkavy", None, "Deputy Finance Minister"),
    Case("Interior Minister Radek Solvang said the guards would be in place within a fortnight.", "guards would be", "Radek Solvang", None, "Interior Minister"),
    Case("State Rep. Curtis Oyelaran told the board the district was balancing its books badly.", "balancing its books", "Curtis Oyelaran", "State Rep."),
    Case("State Auditor Miriam Kolb said her office had flagged the transfers.", "flagged the transfers", "Miriam Kolb", None, "State Auditor"),
    Case("Attorney General Ruth Abara said the case would go to trial.", "go to trial", "Ruth Abara", "Attorney General"),
    Case("Investors sold shares of Velmar Holdings on Monday. Velmar said in a statement that it would appeal.", "would appeal", "Velmar Holdings", None, ANY, None, "organization"),
    # --- the name after an inverted cue, wherever the parser hung it ---------------------------
    Case('"It is a battle for the ages," said Dara Brock, a Vance confidant who heads the pro-Vance super PAC Correct the Record.', "battle for the ages", "Dara Brock", None, ANY, ANY),
    Case('"The risk," said Omar Tull, an economist who is the director of the Halden Forecast, "is that we lose jobs."', "we lose jobs", "Omar Tull", None, "economist"),
    Case('"We can," said Pentagon spokesman Navy Capt. Jon Dale, who was asked about the plan.', "We can", "Jon Dale", "Capt.", ANY, "Pentagon"),
    # (the place a public office is of is no organisation: GUIDELINES.md, amended 2026-12-07 as the train writers annotated)
    Case("\"You can say, 'Well done,' \" said Rep. Lina Dorr, a Maine legislator.", "Well done", "Lina Dorr", "Rep.", "legislator", None),
    Case('But Sen. Marcus T. Vell (D-Ill.), noting the size of Hale\'s following, said, "Let me tell you, he has got a heck of an email list."', "email list", "Marcus T. Vell", "Sen.", party="D-Ill."),
    Case('Pell Dorsey, who is running for the seat, said in a statement that "the town deserves better."', "deserves better", "Pell Dorsey"),
    Case('"We are ready," said Rep. Ada Kell (D-Tex.), a party whip whose district went for her but who suggested that turnout could fall.', "turnout could fall", "Ada Kell", "Rep.", "party whip", party="D-Tex."),
    # --- an organisation's whole name before the office, a party's member before the name ------
    Case("Council on Harbor Relations President Ines Vardy said the deal was weak.", "deal was weak", "Ines Vardy", "President", None, "Council on Harbor Relations"),
    Case("The University of Toronto professor Jane Smith said the study was flawed.", "study was flawed", "Jane Smith", None, "professor", "University of Toronto"),
    Case("Halden police spokesperson Const. Jane Dorr said the investigation was ongoing.", "investigation", "Jane Dorr", "Const.", ANY, ANY),
    Case("Tom Rusk, director of the Center for Urban Policy at Halden University, said rents would rise.", "rents would rise", "Tom Rusk", None, "director", "Center for Urban Policy"),
    Case("Democrat Elijah Crump said the vote was a sham.", "vote was a sham", "Elijah Crump", None, "Democrat"),
    Case('Pierre Estravo, a former mayor of Nice, was at the scene. Estravo told France Info that "the driver fired on the crowd."', "driver fired", "Pierre Estravo", None, "former mayor", "Nice"),
    # --- roles and organisations as news phrases them: possessives, portfolios, ranks --------
    Case("Corvane Metals Inc. posted a loss. The company's chief financial officer, Petra Lund, said sales would recover.", "sales would recover", "Petra Lund", None, "chief financial officer", "Corvane Metals Inc."),
    Case("Halden University will close two campuses. Tom Reyes, a former vice-chancellor of the university, said the plan was rushed.", "plan was rushed", "Tom Reyes", None, "former vice-chancellor", "Halden University"),
    Case("Gina Holt, Marrow College's dean of fine arts, said the cuts were deep.", "cuts were deep", "Gina Holt", None, "dean of fine arts", "Marrow College"),
    Case("Velta Air's head of customer service, Omar Dale, said the delays would ease.", "delays would ease", "Omar Dale", None, "head of customer service", "Velta Air"),
    Case("Omar Dale, director of communications, said the delays would ease.", "delays would ease", "Omar Dale", None, "director of communications"),
    Case("Staff Sgt. Lena Park, a spokeswoman for the Halden police, said two men were arrested.", "two men", "Lena Park", "Staff Sgt.", "spokeswoman", ANY),
    Case("Prof Ada Quist said the results were clear.", "results were clear", "Ada Quist", "Prof"),
    # a rank of several words, British style without points, is one title
    Case("Det Sgt Owen Marsh said the van had been found.", "van had been found", "Owen Marsh", "Det Sgt"),
    Case("Lt Col Mia Stroud said the drill went well.", "drill went well", "Mia Stroud", "Lt Col"),
    Case('"The fire spread fast," Commandant Eric Vasseur of the Gironde fire service said.', "fire spread fast", "Eric Vasseur", "Commandant", None, ANY),
    # a name set beside the noun for a group is a body's, whatever the tagger said ("a crane
    # operator" is a person's trade)
    Case("The Crown said it would not appeal.\n\nOkanagan Safe Streets, a cycling advocacy group, said the city had added barriers. \"Paint does not protect anyone,\" the group said.", "Paint does not", "Okanagan Safe Streets", None, ANY, type="organization"),
    Case("Gord MacLeod, a crane operator, said the mill was quiet.", "mill was quiet", "Gord MacLeod", None, "crane operator"),
    # an untagged body's name before an appositive job (not an event's)
    Case("Harriet Sorensen, the Common Ground MLA for Minnedosa, said the plan was cruel.", "plan was cruel", "Harriet Sorensen", None, "MLA", "Common Ground"),
    Case('"We will hold," said Dwight Eisenhower, the World War II general.', "We will hold", "Dwight Eisenhower", None, ANY, None),
    # the kind of body before a title: the one body the story names so, else none
    Case("The Central Bank of Chile held rates; economists at Banco Andino had expected it. Central bank chief economist Rosa Vial was not surprised. Later, central bank Governor Ines Valdivia said inflation was falling.", "inflation was falling", "Ines Valdivia", "Governor", None, "Central Bank of Chile"),
    Case("The council's finance chair, Cllr Iqbal Rana, said the loans would be repaid.", "loans would be repaid", "Iqbal Rana", "Cllr", "finance chair", ANY),
    Case("The clinic's medical director, Dr. Ivan Sole, said the wait had doubled.", "wait had doubled", "Ivan Sole", "Dr.", "medical director", ANY),
    Case("Nora Vance, a nurse for 20 years, said morale was low.", "morale was low", "Nora Vance", None, "nurse"),
    Case("Rita Cole, chair of the Birch Club, the town's oldest rowing club, said the river was too high.", "river was too high", "Rita Cole", None, "chair", "Birch Club"),
    Case("Ingrid Vale, managing director of the consultancy Baltic Wind Advisory, said the price was low.", "price was low", "Ingrid Vale", None, "managing director", "Baltic Wind Advisory"),
    # (the organisation by its full name, as the speaker's would be)
    Case("Northgate Power won the bid. Northgate boss Sam Ure said hiring would start soon.", "hiring would start", "Sam Ure", None, "boss", "Northgate Power"),
    Case("Westland Conference Commissioner Ida Rowe said the games would go on.", "games would go on", "Ida Rowe", "Commissioner", None, "Westland Conference"),
    Case("Councilman Abe Tull said the budget was late.", "budget was late", "Abe Tull", "Councilman"),
    Case("Donald Ruiz spoke first. Ann Bell, Ruiz's campaign manager, said turnout was high.", "turnout was high", "Ann Bell", None, "campaign manager", None),
    Case("The other man, his brother Carl Mott, 52, said the road was closed.", "road was closed", "Carl Mott", None, ANY),
    Case("Skyport Airlines will cut its last route to Dunmore in May, the airline said.", "last route", "Skyport Airlines", type="organization"),
    Case("The Bureau of Fair Rents, the city's housing watchdog, said complaints had doubled.", "complaints had doubled", "Bureau of Fair Rents", None, "housing watchdog", type="organization"),
    Case("The losing bidder, a consortium of two utilities, said it would appeal.", "would appeal", None, None, "losing bidder", type="organization"),
    Case("Channel 4 anchor Tim Roe said the roads were closed.", "roads were closed", "Tim Roe", None, "anchor", "Channel 4"),
    Case("Quebec Health Minister Lina Roy said the wards would reopen.", "wards would reopen", "Lina Roy", None, "Health Minister", "Quebec"),
    Case("Manitoba Finance Minister Lina Roy said the deficit would shrink.", "deficit would shrink", "Lina Roy", None, "Finance Minister", "Manitoba"),
    Case("Det Insp Mara Quill, who is leading the inquiry, said officers had seized cash.", "seized cash", "Mara Quill", "Det Insp"),
    Case("Supt Owen Prys, the force's district commander, said patrols would rise.", "patrols would rise", "Owen Prys", "Supt", "district commander", ANY),
    Case("Baroness Lyle, who sits in the Lords, said the fines were small.", "fines were small", "Lyle", "Baroness"),
    Case("Dr Ruth Kell, the town's GP, said the clinic was full.", "clinic was full", "Ruth Kell", "Dr", "GP"),
    Case("Opposition Leader Dana Voss said the outbreak was predictable.", "outbreak", "Dana Voss", "Opposition Leader"),
    Case("UN Secretary-General Lin Tavares said the truce was holding.", "truce", "Lin Tavares", "Secretary-General", None, "UN"),
    Case("Auditor-General Karen Holm said the program was mismanaged.", "mismanaged", "Karen Holm", None, "Auditor-General"),
    Case("Lieutenant-Governor Edith Dunn said the session would open.", "session would open", "Edith Dunn", "Lieutenant-Governor"),
    Case("Síle Ní Bhriain, manager of the Inishmore Co-operative, said three families would leave.", "three families", "Síle Ní Bhriain", None, "manager", "Inishmore Co-operative"),
    Case('"Prices will fall," Ming Ho, head of research for Asia at Calder Byrne, told AFP.', "Prices will fall", "Ming Ho", None, "head of research for Asia", "Calder Byrne"),
    Case("Phosphate levels were high, according to Dr Ana Petri, senior lecturer in ecology at the University of Marlow.", "Phosphate", "Ana Petri", "Dr", "senior lecturer in ecology", "University of Marlow"),
    Case("Dr. Ines Baro spoke to Bayline 98 host Colm Vree on Friday. An excerpt:\n\nHOST: Is a storm like this unusual?\n\nDR. BARO: Not the storm itself.", "unusual", "Colm Vree", None, "host", "Bayline 98"),
    Case('Coach Lyle Dorn was fired on Sunday. Dorn, 54, went 19-41 in five seasons. "I have no regrets," he said.', "no regrets", "Lyle Dorn", "Coach"),
    # one office named twice is one role; a second office of its own is not the role
    Case("Ilse Marrow, president and CEO of Tarrant Homes, said the project was shelved.", "shelved", "Ilse Marrow", None, "president and CEO", "Tarrant Homes"),
    Case("Orvando's founder and chief executive, Pia Landry, said she would stay on.", "stay on", "Pia Landry", None, "founder and chief executive", "Orvando"),
    Case("Dr Nils Ebert, the lead author of the report and a researcher at the Kessel Institute, said the trend was clear.", "trend was clear", "Nils Ebert", "Dr", "lead author of the report", ANY),
    Case("Rosa Quint, a former mayor and Harlow County commissioner, said the vote was rushed.", "vote was rushed", "Rosa Quint", None, "former mayor", ANY),
    # what the organisation is and where it is are not the role
    Case("Abel Tarn, owner of Tarn Haulage in nearby Millbrook, said his trucks sat idle.", "trucks sat idle", "Abel Tarn", None, "owner", "Tarn Haulage"),
    Case("Lindqvist Chief Operating Officer Ada Morrow said the plant would reopen.", "plant would reopen", "Ada Morrow", None, "Chief Operating Officer", "Lindqvist"),
    Case("Manitoba Fisheries Minister Owen Pruitt said the quota would be cut.", "quota would be cut", "Owen Pruitt", None, "Fisheries Minister", "Manitoba"),
    Case("Green MPP Tessa Varga said the bill was a step back.", "step back", "Tessa Varga", "MPP", None, "Green"),
    Case("Former Falcons coach Reid Amsel said the roster was too thin.", "roster was too thin", "Reid Amsel", None, "Former Falcons coach", "Falcons"),
    Case("Orland Water Power's Yvette Marchand said 900 homes had no electricity.", "900 homes", "Yvette Marchand", None, None, "Orland Water Power"),
    Case("Brightwater Credit Union repaid its members. The credit union's chief executive, Lena Sauvé, said no one had lost money.", "no one had lost", "Lena Sauvé", None, "chief executive", "Brightwater Credit Union"),
    # a body's word before an office is part of it; a role word the tagger ran into a name
    Case("Township Trustee Edna Vogt said she would vote against the plan.", "vote against", "Edna Vogt", "Trustee", None, "Township"),
    Case("Chief Deputy Omar Pell of Varna County said the jail was full.", "jail was full", "Omar Pell", None, "Chief Deputy", "Varna County"),
    # a company's name stays a company's beside a role-like appositive; an organisation's
    # organiser is its organiser (not "Her neighbor, X, a contractor")
    Case("Brackwell Data Systems, the developer, said the plant would recycle its water.", "recycle its water", "Brackwell Data Systems", None, "developer", None, "organization"),
    Case("The Friends of Orla Library run a van. Its organiser, Ida Penn, 70, a retired teacher, said the van was busy.", "van was busy", "Ida Penn", None, "organiser", ANY),
    # an office after another person's name and "and" is the second person's alone
    Case("Questions were taken by Mayor Cora Quill and Fire Commissioner Abe Strand.\n\nCOMMISSIONER STRAND: We had one call.", "one call", "Abe Strand", "Commissioner", "Fire Commissioner"),
    # an organisation named by the last word of its name, after its full name
    Case("The Northgate Tenants Union wrote to the council in May. Union president Ivo Brann said the letter was ignored.", "letter was ignored", "Ivo Brann", None, "president", "Northgate Tenants Union"),
    # a surname two people share; a title that says which
    Case('Mara Lindell founded the firm. Her husband, Tomas Lindell, joined in 2010.\n\nShe later sold it.\n\n"We were lucky," Lindell said.', "We were lucky", "Mara Lindell"),
    Case('Mara Lindell founded the firm. Her husband, Tomas Lindell, joined in 2010.\n\nShe later sold it.\n\n"We were lucky," Mr. Lindell said.', "We were lucky", "Tomas Lindell", "Mr."),
    # a hyphenated family name the tagger cut; an acronym's organisation in full
    Case('The Prairie Nurses\' Union (PNU) voted down the latest contract offer on Monday. "We are ready," PNU president Ngozi Okafor-Reid said.', "We are ready", "Ngozi Okafor-Reid", None, "president", "Prairie Nurses' Union"),
    Case("The Laval Voyageurs won 3-2. Voyageurs coach Dmitri Varga said the team was tired.", "team was tired", "Dmitri Varga", None, "coach", "Laval Voyageurs"),
    # what a speaker issued speaks for them; a described person is no name
    Case('The Halden Port Authority said in a statement that fees would rise. "Costs have doubled," the statement said.', "Costs have doubled", "Halden Port Authority", type="organization"),
    Case('Tomas Brink scored twice on Friday. "I felt good," the rookie winger said.', "I felt good", "Tomas Brink", None, "rookie winger"),
    Case("His mother, Chantal Moreau, drove six hours to the game. She said she had cried the whole time.", "cried", "Chantal Moreau"),
    Case("The Coastal Teachers' Association (CTA) rejected the offer on Monday. According to the union, 80 per cent of members voted no.", "80 per cent", "Coastal Teachers' Association", type="organization"),
    Case("The Halden School District board voted on Monday. The board said in a statement it would review the plan.", "review the plan", "Halden School District", type="organization"),
    Case("French tyre manufacturer Roucel said on Monday it would close its oldest plant.", "oldest plant", "Roucel", type="organization"),
    # an age the text gave no one is whoever was just quoted; bare "Police" is the one police
    # service the story names; an acronym given to a name the tagger called a facility
    Case('Rami Haddad, whose bakery was hit first, said he cried when police called.\n\n"I slept on a cot for two months," the 48-year-old said.', "slept on a cot", "Rami Haddad"),
    Case("Police said the man was arrested on Saturday at a home in the north end.\n\nStaff Sgt. Ana Whit of the Halden Police Service said the fires were targeted.", "man was arrested", "Halden Police Service", type="organization"),
    Case("Tariq Malik, chair of the Kennedy Road Business Improvement Area (BIA), said rents had doubled since 2022.\n\nAccording to the BIA, nine restaurants along the strip have closed.", "nine restaurants", "Kennedy Road Business Improvement Area", type="organization"),
    # a team is no league; a name set beside the subject of a colon introduction speaks
    Case("The Laval Voyageurs said in a statement that Brink had been cleared to play. According to the league, Brink is the first defenceman to score twice in overtime this season.", "first defenceman", None, None, "league", type="organization"),
    Case('Her cabinet colleague, Industry Minister Paul Tremblay, speaking on a Hamilton radio station, sounded less sure: "I would love to tell you we are close."', "love to tell you", "Paul Tremblay", ANY, ANY),
    # a body's name the tagger cut at a possessive inside it
    Case("The Manitoba Seniors' Advocacy Network said in a statement that the case shows why the province needs a licensing system.", "licensing system", "Manitoba Seniors' Advocacy Network", type="organization"),
    Case("Court of King's Bench Justice Hélène Tremblay-Ross delivered the sentence on Thursday. Tremblay-Ross said the fraud was cruel.", "fraud was cruel", "Hélène Tremblay-Ross", "Justice", None, "Court of King's Bench"),
    # an office read apart at the name stays apart for the pronoun that goes on
    Case('The Arab Canadian Council of Alberta (ACCA) welcomed the arrest on Monday. ACCA president Nour El-Sayed said the group had recorded 60 incidents.\n\n"People do not report them," she said.', "do not report", "Nour El-Sayed", None, "president", "Arab Canadian Council of Alberta"),
    # a nationality before a title is no role (a faith or a party is: "Christian Rev. X")
    Case("Tunisian President Hedi Belkacem said his country would not become a waiting room.", "waiting room", "Hedi Belkacem", "President", None),
    # "Mr." is no woman of that surname; an epithet is whoever was just quoted, unless its
    # noun's gender says otherwise or an indefinite phrase brings in someone new
    Case('Margaret Hollis, 71, a retired schoolteacher, said she had liked Harlan at first.\n\n"He talks like he has already won," Mrs. Hollis said.\n\nHer husband, Robert, was less sure. "Doug has actually run something," Mr. Hollis said.', "actually run something", "Hollis", "Mr.", None),
    Case('Margaret Doerksen, a retired teacher who has led the circle since 2019, said the group raised $45,000.\n\n"Some days I wondered if we would ever see them," said the veteran organizer.', "ever see them", "Margaret Doerksen", None, ANY),
    Case('KINDERSLEY, Sask. — Gurpreet Sandhu kicks at the dirt in one of his canola fields.\n\n"We are watching it blow away," said the 62-year-old.\n\nHis daughter, Navneet Sandhu, an agronomist, said many producers had given up.\n\nSandhu said he would not sell.', "would not sell", "Gurpreet Sandhu"),
    # a progressive cue the parser left without its subject; a surname after "Mr." is a
    # person's, so the full name the tagger called a body is that person's
    Case("Forty miles south, in a gym in Nashua, Senator Ray Calloway of Ohio was telling supporters that the party needed a fighter.", "needed a fighter", "Ray Calloway", "Senator", None, ANY),
    Case('MANCHESTER, N.H. — Douglas Harlan spent Saturday morning in a diner, insisting that the race was still his to lose.\n\nMr. Harlan\'s advisers say he is unbothered.\n\n"I am not going anywhere," Mr. Harlan said.', "not going anywhere", "Douglas Harlan", "Mr."),
    # a candidate's name "for" the office sought names the campaign committee
    Case("Former Arizona governor Dana Whitfield shook up her campaign on Monday. Whitfield for President said in a statement that the changes would sharpen its message.", "sharpen its message", "Whitfield for President", type="organization"),
    Case("Hillary for America said in a statement that the ad was false.", "ad was false", "Hillary for America", type="organization"),
    # an adverb before the article is no part of who speaks
    Case("Even the organizer of a pro-Trump rally said the rules increased the chance of violence.", "chance of violence", None, None, "organizer"),
    # title or role as GUIDELINES.md settled it (2026-12-06): a capitalised office before a
    # name is a title unless it names a portfolio; a country adjective is neither
    Case("MLA Farid Noorzai said the closure was rushed.", "closure was rushed", "Farid Noorzai", "MLA"),
    Case("Trustee Daniel Moreau said the board had failed the students.", "board had failed", "Daniel Moreau", "Trustee"),
    Case("Elder Margaret Harper said the water had made children sick.", "made children sick", "Margaret Harper", "Elder"),
    Case("Fed Chair Miriam Okafor said rates would stay high.", "rates would stay", "Miriam Okafor", "Chair", None, "Fed"),
    Case("Labour MP Hugo Wrenley said the vote was rushed.", "vote was rushed", "Hugo Wrenley", "MP", None, "Labour"),
    Case("U.S. District Judge Karen Holt said the law was likely void.", "law was likely", "Karen Holt", "District Judge", None, None),
    Case("US President Joe Biden said the tariffs would stay.", "tariffs would stay", "Joe Biden", "President", None, None),
    Case("Treasury Secretary Howard Lindqvist said the sanctions would bite.", "sanctions would bite", "Howard Lindqvist", None, "Treasury Secretary", None),
    Case("Minister of Indigenous Services Rebecca Halvorsen said the plant was funded.", "plant was funded", "Rebecca Halvorsen", None, "Minister of Indigenous Services", None),
    Case("Advanced Education Minister Colleen MacIsaac said tuition would rise.", "tuition would rise", "Colleen MacIsaac", None, "Advanced Education Minister", None),
    Case("Manitoba Finance Minister Colleen MacIsaac said tuition would rise.", "tuition would rise", "Colleen MacIsaac", None, "Finance Minister", "Manitoba"),
    Case("Clinton campaign Chairman John Podesta said the party needed a progressive.", "needed a progressive", "John Podesta", "Chairman", None, "Clinton campaign"),
    Case("Board chair Rita Vance said the school would close.", "school would close", "Rita Vance", None, "Board chair"),
    # a kind of body before a role is the one body of that kind the story named
    Case('Gulfline Petrochemical was ordered to pay $212 million. "We will appeal," company spokeswoman Colleen Pruitt said.', "We will appeal", "Colleen Pruitt", None, "spokeswoman", "Gulfline Petrochemical"),
    Case('The Eastlake School District sent a letter home. "Vaccinate your children," School district spokeswoman Megan Tully said.', "Vaccinate your children", "Megan Tully", None, "spokeswoman", "Eastlake School District"),
    Case('Two firms bid: Halvorsen Pharma and Kestrel Energy Inc. "We lost," company spokeswoman Jo Marsh said.', "We lost", "Jo Marsh", None, "company spokeswoman", None),
    # a company's officer whose company the sentence leaves out: the one company named before
    Case('Cobalt Ridge Foods cut its forecast on Thursday. "Shoppers are stretched," Chief Executive Helen Sato told analysts.', "Shoppers are stretched", "Helen Sato", None, "Chief Executive", "Cobalt Ridge Foods"),
    Case('Cobalt Ridge Foods and Linden Partners both reported. "Shoppers are stretched," Chief Executive Helen Sato said.', "Shoppers are stretched", "Helen Sato", None, "Chief Executive", None),
    # no name ends in a preposition the tagger ran into it
    Case('Martin Osei of Crane Street Research said in a note to clients that the forecast was achievable.', "forecast was achievable", "Martin Osei", None, None, ANY),
    # kinship is no role of a named speaker; an unnamed one keeps it as the words that say who
    Case('His mother, Carol Benning, flew in from Leeds. "He is safe," Benning said.', "He is safe", "Carol Benning", None, None),
    Case('"He never came home," his father said.', "never came home", None, None, "father"),
    # a place in its government's name (the First Nation's chief), not in any body's
    Case('Sandy Creek Cree Nation has been under a boil-water advisory for six years. "We were never asked," Sandy Creek Chief Dolores Beardy said.', "never asked", "Dolores Beardy", "Chief", None, "Sandy Creek Cree Nation"),
    # a dateline is no speaker, though the parser makes it a second subject
    Case("COLUMBUS, Ohio — A federal judge on Friday blocked an Ohio county from closing nine polling places, ruling that the plan would burden older voters.", "burden older voters", None, None, "federal judge"),
    # a role word the headline (or the sentence) capitalised is no part of a name
    Case('Rookie Laine stops 41 as Ironhawks win\n\nThen Mikko Laine decided he had seen enough.\n\n"I did not feel the puck," Laine said.', "feel the puck", "Mikko Laine", ANY, ANY, ANY),
    # a rank's modifier inside an appositive, a portfolio the tagger called a body, a name the
    # parser hung on its title as an appositive
    Case("Her primary challenger, state Rep. Mireille Cato, said the seat was safe.", "seat was safe", "Mireille Cato", "state Rep.", "primary challenger"),
    Case("OTTAWA — Canada will impose tariffs if Washington goes ahead, International Trade Minister Sophie Gagnon said Thursday.", "impose tariffs", "Sophie Gagnon", None, "International Trade Minister", None),
    Case("Grand Chief Samuel Kakegamic of the Interlake Treaty Council (ITC) said the government missed its deadline.", "missed its deadline", "Samuel Kakegamic", "Grand Chief", None, ANY),
    # a body's name the tagger ended with the title of the person named after it
    Case('The Rural Municipality of Elk Hollow wants a pipeline. "We need water," Elk Hollow Coun. Brenda Loewen said.', "We need water", "Brenda Loewen", "Coun.", None, ANY),
    # a hyphenated role whose first half the parser hung elsewhere, with the possessor before it
    Case("The union's vice-president, Ann Lee, said talks failed on Monday night.", "talks failed", "Ann Lee", None, "vice-president"),
    Case("Chebucto University cut its budget. In an interview, the university's vice-president of finance, Rohan Mehta, said the school had frozen tuition.", "frozen tuition", "Rohan Mehta", None, "vice-president of finance", "Chebucto University"),
    # a Korean given name the tagger left out: hyphened to a short lower-case syllable
    Case("Hyun-woo Park, executive director of the centre, said jobs were lost.", "jobs were lost", "Hyun-woo Park", None, "executive director", ANY),
    Case('Ji-woo Park said the shifts were hard. "We were tired," Park said.', "We were tired", "Ji-woo Park"),
    # a body's name whose possessive the parser read as closing only its last word
    Case("Kofi Mensah, the City of Saskatoon's director of transportation, told council the design keeps one lane of traffic.", "one lane", "Kofi Mensah", None, "director of transportation", "City of Saskatoon"),
    Case("Ann Lee, the University of Manitoba's dean of science, said enrolment fell for a third year.", "enrolment fell", "Ann Lee", None, "dean of science", "University of Manitoba"),
    # an opposition post is a role, whatever its office word
    Case("For the Conservatives, Shadow Chancellor Marcus Pell said the dispute was of the government's making.", "dispute", "Marcus Pell", None, "Shadow Chancellor", None),
    Case("Shadow Home Secretary Marcus Pell said the dispute was entirely of the government's making.", "dispute", "Marcus Pell", None, "Shadow Home Secretary", None),
    # a portfolio's first word the tagger called a body
    Case("OTTAWA — Canada will impose matching tariffs on American steel if Washington goes ahead with new duties next month, International Trade Minister Sophie Gagnon said Thursday.", "matching tariffs", "Sophie Gagnon", None, "International Trade Minister", None),
    Case("Ontario Health Minister Ann Lee said the wait lists were shorter.", "wait lists", "Ann Lee", None, "Health Minister", "Ontario"),
    # the office a name carries beats the relation an appositive states
    Case("Her cabinet colleague, Industry Minister Paul Tremblay, said a deal could be reached before the deadline.", "deal could be reached", "Paul Tremblay", None, "Industry Minister"),
    Case("His boss, Prime Minister Ann Lee, said the deal was dead.", "deal was dead", "Ann Lee", "Prime Minister", "boss"),
    # "Crown" opens a Canadian prosecutor's office: no organisation
    Case("Crown attorney Farid Haddad told the court the sentence needed to send a message.", "send a message", "Farid Haddad", None, "Crown attorney", None),
    # the seat a member holds, before the office, is no organisation and no role; a party is
    Case("Vernon-Monashee MLA Kelsey Ruff said residents had raised concerns about the curve for years.", "raised concerns", "Kelsey Ruff", "MLA", None, None),
    Case("Halifax West MP Ann Lee said residents had raised concerns about the curve for years.", "raised concerns", "Ann Lee", "MP", None, None),
    Case("NDP MLA Ann Lee said residents had raised concerns about the curve for years.", "raised concerns", "Ann Lee", "MLA", None, "NDP"),
    # a title written without its full stop, as British copy does
    Case("The Rev Helen Adebayo, vicar of Holy Trinity, said the church hall had become a drop-off point.", "church hall", "Helen Adebayo", "Rev", "vicar", "Holy Trinity"),
    # a body's possessive before a role with a region: the body's, the region the remit
    Case("A spokesman for the Severn Catchment Agency (SCA) said the wall held. Dr Fiona McAllister, the SCA’s area director for the West Midlands, said engineers would inspect the structure.", "inspect the structure", "Fiona McAllister", "Dr", "area director for the West Midlands", "Severn Catchment Agency"),
    # the body a named appositive is "of", after its role; not a home town
    Case("“We expected to see an effect, but not one this large,” said lead author Dr. Priya Nair of McGill’s Department of Medicine.", "expected to see", "Priya Nair", "Dr.", "lead author", "McGill’s Department of Medicine"),
    Case("“We expected to see an effect, but not one this large,” said the study's lead author, Priya Nair of Dayton.", "expected to see", "Priya Nair", None, "lead author", None),
    # a role stated where the person is introduced, away from any quote, holds for their quotes
    Case("Rubio trails rivals Donald Trump and fellow Sen. Ted Cruz. Cruz said he and Trump differ on Israel and much else.", "differ on Israel", "Ted Cruz", "Sen.", None, None),
    # a portfolio's "and" goes on; a second office's organisation is no part of the first's
    Case("Tomasz Wieczorek, the Minister of Education and Child Care, said the buses were safe to ride.", "safe to ride", "Tomasz Wieczorek", None, "Minister of Education and Child Care", None),
    Case("The Northern Plains Rural Health Institute studied births. Dr. Miriam Okonjo, the institute's director and a professor of family medicine at the University of North Dakota, said distance is a risk.", "distance is a risk", "Miriam Okonjo", "Dr.", "director", "Northern Plains Rural Health Institute"),
    # a title the parser hung on the verb, a body's description before its name, a school
    # year or a ward before a role
    Case("Coun. Michelle Osei-Tutu, whose ward includes the strip, said in a statement that city staff are studying a lower tax rate.", "lower tax rate", "Michelle Osei-Tutu", "Coun.", None, None),
    Case("Reeve Glen Sobczak of the neighbouring Rural Municipality of Bayridge said the RM had sent water trucks to the community.", "water trucks", "Glen Sobczak", "Reeve", None, "Rural Municipality of Bayridge"),
    Case("Grade 11 student Ji-woo Park said she already leaves school at 3 p.m. most days.", "leaves school", "Ji-woo Park", None, "Grade 11 student", None),
    Case("Ward 5 councillor Derek Ambrose said the building had been empty for three years.", "empty for three years", "Derek Ambrose", None, "Ward 5 councillor", None),
    # a portfolio's opening word, whether the tagger took it for a body or a people's adjective
    Case("Workplace Relations Minister Dana Corr urged both sides to return to talks. Ms Corr said the strike was hurting travellers.", "hurting travellers", "Dana Corr", "Ms", "Workplace Relations Minister", None),
    Case("Economic Development Minister Fiona Rae said the province would lend the company $3 million.", "lend the company", "Fiona Rae", None, "Economic Development Minister", None),
    # a portfolio of two words the parser read as two subjects ("Oceans" and the minister)
    Case("Oceans and Fisheries Minister Tama Reid announced on Thursday that the catch would fall from 293 tonnes to 195 tonnes.", "catch would fall", "Tama Reid", None, "Oceans and Fisheries Minister", None),
    # the hyphen of a role the parser hung on its own; whom a spokesman speaks for is no body
    Case("Javier Olmedo of the Valencia Natural History Museum, a co-author of the study, said the frogs might resist the fungus.", "resist the fungus", "Javier Olmedo", None, "co-author of the study", "Valencia Natural History Museum"),
    Case("Eli Watts, a spokesman for Sen. Paul Brandt of Wisconsin, said in a statement that the campaign was in trouble.", "in trouble", "Eli Watts", None, "spokesman", None),
    # a portfolio the tagger ran into the place's name before "Director" (GUIDELINES.md: a role)
    Case("Lackawanna County Elections Director Paul Greco said the recount would be done by hand and open to observers.", "done by hand", "Paul Greco", None, "Elections Director", "Lackawanna County"),
    Case("Acme Labs Director Paul Greco said the recount would be done by hand and open to observers.", "done by hand", "Paul Greco", None, "Director", "Acme Labs"),
    # a player's position where the story introduces them, less how long they have played it
    Case("Captain Dmitri Volkov, a centre in his 13th season, scored the first goal. He said the younger player had been the hardest worker at practice.", "hardest worker", "Dmitri Volkov", "Captain", "centre", None),
    # what someone is, written before the verb that names them
    Case("A group of them, led by a retired schoolteacher named Ruth Abernethy, ran a fundraiser. “We weren’t going to let him sulk,” says Abernethy, now 81.", "let him sulk", "Ruth Abernethy", None, "retired schoolteacher", None),
    # a document says what the body that issued it says
    Case("The vote comes weeks after a state audit raised questions. The audit, released in March by the Maryland Office of Legislative Audits, found that the agency had paid $3.2 million in overtime.", "paid $3.2 million", "Maryland Office of Legislative Audits", type="organization"),
    # a trade named where someone is introduced, away from any quote
    Case("The survey was led by Rosa Huamán, a herpetologist at the Andean Biodiversity Institute. Huamán told Wikinews the team had searched for eleven days.", "searched for eleven days", "Rosa Huamán", None, "herpetologist", "Andean Biodiversity Institute"),
    Case("Owen Castellanos, a senior fellow at the Prairie Policy Institute, was more cautious. He said the study could not show that hallway placement caused the longer stays.", "could not show", "Owen Castellanos", None, "senior fellow", "Prairie Policy Institute"),
]


def _pick(records, words):  # type: ignore[no-untyped-def]
    hits = [q for q in records if words in q.text]
    assert len(hits) == 1, [(q.kind, q.text) for q in records]
    return hits[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{i:02d}-{c.quote[:20]}" for i, c in enumerate(CASES)])
def test_speaker_anatomy(extractor, case: Case) -> None:
    speaker = _pick(run(extractor, case.text), case.quote).speaker
    got = (speaker.name, speaker.title, speaker.role, speaker.organization, speaker.type,
           speaker.party)
    wanted = tuple(case[2:])
    assert tuple(ANY if w == ANY else g for g, w in zip(got, wanted)) == wanted


NOT_STATEMENTS = [
    # (text, words that must not be a record's content)
    ('Senator Lucia Ocampo met reporters. Asked whether the vote would slip, Ocampo was blunt. "No," she said.', "whether the vote"),
    ("When asked about the deficit, Treasurer Mia Lund said the numbers would improve.", "about the deficit"),
    ("Pressed on whether she would run again, Mayor Ines Calder declined to comment.", "whether she would run"),
    ('Harbor officials told reporters the survey was going "according to plan."', "Harbor officials told"),
    ("Rents rose sharply.\n\nRelated news\n\n'Rents are out of control', says housing charity\n\nCouncil says it will build 500 homes", "Rents are out of control"),
    ("Rents rose sharply.\n\nRelated news\n\n'Rents are out of control', says housing charity\n\nCouncil says it will build 500 homes", "build 500 homes"),
]


@pytest.mark.parametrize(("text", "words"), NOT_STATEMENTS)
def test_not_a_statement(extractor, text: str, words: str) -> None:
    assert not [q.text for q in run(extractor, text) if words in q.text]


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) — Said the senator: the bill is dead.",
    'LONDON (Reuters) - "It is over," LONDON said.',
])
def test_a_speaker_found_only_in_a_dateline_does_not_break_extraction(extractor, text):
    run(extractor, text)  # offsets checked; no exception


def test_a_sentence_adverb_the_tagger_ran_into_a_name_is_no_part_of_it() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotes.extract.offices import entity_of

    doc = Doc(Vocab(), words=["Certainly", "Dana", "Roe", "said", "so"],
              pos=["ADV", "PROPN", "PROPN", "VERB", "ADV"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert [t.text for t in entity_of(doc[2]) or ()] == ["Dana", "Roe"]
    alone = Doc(Vocab(), words=["Certainly", "said"], pos=["ADV", "VERB"], ents=["B-PERSON", "O"])
    assert [t.text for t in entity_of(alone[0]) or ()] == ["Certainly"]  # never empty


@pytest.mark.parametrize(("text", "dateline"), [
    ("LA CROSSE, Wisc. — Gov. Milo Tenney blamed the media.", "LA CROSSE, Wisc. — "),
    ("EL PASO, Texas (AP) — The border crossing reopened.", "EL PASO, Texas (AP) — "),
    ("US - China talks resumed on Monday.", None),  # two capitals and a dash: no place
])
def test_a_dateline_may_open_with_a_two_letter_word(text: str, dateline: str | None) -> None:
    from quotes.extract.anatomy import DATELINE

    found = DATELINE.match(text)
    assert (found.group(0) if found else None) == dateline


def test_a_campaign_committee_opening_a_sentence_is_the_committee(extractor) -> None:
    record = run(extractor, 'Ferrante for Arizona, the candidate’s campaign committee, said '
                            'the footage had been licensed.')[0]
    assert (record.speaker.name, record.speaker.type) == ("Ferrante for Arizona", "organization")


@pytest.mark.parametrize(("text", "name"), [
    ("Clinton leads by 5 points, according to RealClearPolitics.", "RealClearPolitics"),
    ("The city of Nice said the parade would go ahead.", "Nice"),
    ("The town of Brigg said the bridge would reopen.", "Brigg"),
])
def test_a_web_name_or_a_place_s_government_is_an_organisation(extractor, text: str,
                                                                name: str) -> None:
    record = run(extractor, text)[0]
    assert (record.speaker.name, record.speaker.type) == (name, "organization")


def test_an_analysis_of_data_by_its_author_is_the_author_s(extractor) -> None:
    speaker = run(extractor, "Women gave more than ever, according to an analysis of Federal "
                             "Election Commission data by Crowdpac, a political crowdfunding "
                             "website.")[0].speaker
    assert (speaker.name, speaker.type) == ("Crowdpac", "organization")
