"""Metadata: committee, State party, report, session, date, meeting, next meeting, delegation.

Each finder is tested on hand-made snippets written the way releases and summary records
of other committees and years phrase the same fact; the stage is tested on the bundled
sample and, when ../shared is present, against the references of a few corpus texts.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import CORPUS, GOLD, analyze_text, assert_span_invariant, needs_shared
from treatyscope.codec import encode
from treatyscope.model import Report, Review, Span
from treatyscope.pipeline.meta_delegation import find_delegation_composition
from treatyscope.pipeline.meta_header import (
    find_committee,
    find_meeting,
    find_record_date,
    find_release_date,
    find_session,
    is_summary_record,
)
from treatyscope.pipeline.meta_review import (
    find_event,
    find_next_meeting,
    find_next_meeting_sentence,
    find_report_kind,
    find_review_mentions,
    parse_report,
    state_at,
)
from treatyscope.pipeline.meta_text import parse_ordinal, sentence_around
from treatyscope.pipeline.metadata import find_metadata
from treatyscope.pipeline.symbols import find_symbols


# ----------------------------------------------------------------- ordinals
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("thirty-seventh", 37), ("Thirty-sixth", 36), ("one hundredth and seventh", 107),
        ("one hundred and fourth", 104), ("Twenty- seventh", 27), ("Twenty-s eventh", 27),
        ("Ninety -fourth", 94), ("eleventh", 11), ("twenty-first", 21), ("37th", 37),
        ("118th", 118), ("1051st", 1051), ("10 th", 10),
        ("trente-septième", 37), ("soixante et unième", 61), ("quatre-vingt-huitième", 88),
        ("quatre-vingt-dix-neuvième", 99), ("cent-septième", 107), ("SOIXANTE-QUATRIÈME", 64),
        ("Quarante ‑ cin qu ième", 45), ("vingt et unième", 21), ("premier", 1), ("68e", 68),
        ("35ème", 35), ("1er", 1),
    ],
)
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["thirty", "fiftiefth", "nineteenth and twentieth", "session", "37", ""])
def test_not_an_ordinal(text: str) -> None:
    assert parse_ordinal(text) is None


# -------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Skip to main content\n\nCommittee reviews Chile\n\n30 March 2023\n\nThe Committee today", "2023-03-30"),
        ("Title\n\n09 March 2012\n\n9 March 2012\n\nThe Committee", "2012-03-09"),
        ("Title\n\n06 Juin 2003\n\n6 juin 2003\n\nLe Comité", "2003-06-06"),
        ("Title\n\n30 novembre 2023\n\nLe Comité", "2023-11-30"),
        ("Title\n\n5 May 2023, 17:15\n\nDuring the session", "2023-05-05"),
        ("Title\n\nThursday, 30 March 2023\n\nThe Committee", "2023-03-30"),
        ("Title\n\nMarch 30, 2023\n\nThe Committee", "2023-03-30"),
        ("Title\n\n04/06/2004\n\nCommuniqué", "2004-06-04"),
        ("Title\n\n19960318\n\nThe Committee", "1996-03-18"),
        ("Title\n • 3/23/2023\n\nText", "2023-03-23"),
        # the part of the day on the date line
        ("Title\nMORNING 25 September 2012\n\nThe Committee", "2012-09-25"),
        ("Titre\nMATIN 29 septembre 2016\n\nLe Comité", "2016-09-29"),
        # a dateline wins over a repost site's timestamp and over date lines
        (" date 2019-10-04 UN Child Rights Committee\n\nGENEVA (3 October 2019) — The UN", "2019-10-03"),
        ("GENÈVE (4 juin 2004) - Le Comité", "2004-06-04"),
        ("NEW YORK, 12 March 2010 -- The Committee", "2010-03-12"),
        ("HEADLINE\n\nGENEVA, 9 May 2007\n\nThe Committee", "2007-05-09"),
        # a flattened repost: the date glued after an ALL-CAPS or headline title
        ("COMMITTEE ON ELIMINATION OF RACIAL DISCRIMINATION CONSIDERS REPORT OF CHILE 11 August 2010 The Committee", "2010-08-11"),
        ("Committee against Torture Concludes Sixty-Third Session 18 May 2018 The Committee", "2018-05-18"),
        # UN News prints the topic after the date
        ("UN rights committee presses Peru\n\n18 May 2022 Human Rights\n\nThe UN", "2022-05-18"),
        # a label or a place before the date on its line (probes A, K)
        ("Title\n\nPublished: 30 April 2024\n\nThe Committee", "2024-04-30"),
        ("Titre\n\nPublié le 30 avril 2024\n\nLe Comité", "2024-04-30"),
        ("Title\n\nGeneva, 16/11/1999\n\nThe Committee", "1999-11-16"),
        # the page's kind before the date (probe l)
        ("Meeting summary | 3 October 2024\n\nThe Committee", "2024-10-03"),
        # the day the lede gives to "today" (probe t)
        ("Le Comité des droits de l'homme a entamé aujourd'hui, lundi 3 mars 2025, à Genève, "
         "les travaux de sa cent quarante-troisième session.", "2025-03-03"),
        ("The Human Rights Committee this morning, Monday, 3 March 2025, opened its session.",
         "2025-03-03"),
        # a date that is the text's first sentence, opening the lede or on its own line
        ("7 June 2011. The Committee on Migrant Workers today held a meeting with States.",
         "2011-06-07"),
        ("Headline of the release\n\n  Friday, 2 December 2005.\nThe Committee today met.",
         "2005-12-02"),
    ],
)
def test_release_date(text: str, iso: str) -> None:
    found = find_release_date(text)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize(
    "text",
    [
        "The Committee today concluded its review. It opened on 22 September 2023 in Geneva.",
        "The law was adopted on 1 October 2023.\n\nThe delegation said",
        " date 2020-09-29 The Human Rights Council today adopted",
        "NEW YORK, 31 March (UN Headquarters) -- The Committee",
        "Title\n\n31/02/2023\n\nText",
        "Title\n\nLast updated: 30 April 2024\n\nThe Committee",
        # a date in a later sentence, or one that opens a longer first sentence
        "The Committee met. 7 June 2011. It heard States.",
        "7 June 2011 was the day the Committee met States.",
    ],
)
def test_no_release_date(text: str) -> None:
    assert find_release_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Distr.: General\n10 May 2019\nSummary record of the 1740th meeting\nHeld at the Palais Wilson, Geneva, on Tuesday, 7 May 2019, at 10 a.m.", "2019-05-07"),
        ("Held at the Palais Wilson, Geneva,\n\non Tuesday, 20 November 2001, at 10 a.m.", "2001-11-20"),
        ("Held at Headquarters, New York, on Thursday, 18 January 2007, at 10 a.m.", "2007-01-18"),
        ("tenue au Palais Wilson, à Genève,le vendredi 10 août 2007, à 15 heures", "2007-08-10"),
        ("Tenue au Siège, à New York, le lundi 28 janvier 2002, à 15 heures", "2002-01-28"),
        # meetings held remotely during the pandemic
        ("Tenue en ligne le mardi 2 mars 2021, à 12 heures", "2021-03-02"),
        ("Held online on Wednesday, 17 February 2021, at 12.30 p.m.", "2021-02-17"),
        ("Held via videoconference on Monday, 22 February 2021, at 1 p.m.", "2021-02-22"),
        ("Tenue par visioconférence le lundi 1er mars 2021, à 13 heures", "2021-03-01"),
        # no "Held at" line: the date line under the title, with its weekday or hour
        ("Committee on the Rights of the Child\nSUMMARY RECORD OF THE 31st MEETING\n"
         "Wednesday, 12 June 2002, at 3 p.m.\nChairperson: Ms. Lund", "2002-06-12"),
        ("Summary record of the 31st meeting\n\n  Monday, 3 May 1999, at 10 a.m.\n", "1999-05-03"),
        ("Summary record of the 31st meeting\n**\n(Chamber B)\nMonday 3 May 1999\n", "1999-05-03"),
        ("Compte rendu analytique de la 31e séance\nle mercredi 12 juin 2002, à 15 heures", "2002-06-12"),
        ("SUMMARY RECORD OF THE 31st MEETING\n12 June 2002, at 10.30 a.m.", "2002-06-12"),
    ],
)
def test_record_date_is_the_meeting_date(text: str, iso: str) -> None:
    found = find_record_date(text)
    assert found is not None and found[0] == iso
    assert is_summary_record(text)


@pytest.mark.parametrize(
    "text",
    [
        "The review of Chile was held at the 11th meeting on 11 May 2015.",
        "Il a rappelé la réunion tenue à Genève le lundi 3 mai 2010 avec les États.",
    ],
)
def test_running_text_is_no_record_header(text: str) -> None:
    assert find_record_date(text) is None and not is_summary_record(text)


#: Summary record headers with a date under the title that is not the meeting's: the
#: issue date names neither weekday nor hour; a date of the running text is below the
#: header's lines.
NOT_THE_MEETING_DATE = (
    "Distr.: General\n14 June 2002\nSummary record of the 31st meeting\n14 June 2002\n",
    "Summary record of the 31st meeting\nChairperson: Ms. Lund\nContents\nOrganizational"
    " matters\nMonday, 3 May 1999, at 10 a.m.",
    "Summary record of the 31st meeting\nThe meeting was called to order on Monday, 3 May"
    " 1999, at 10 a.m.",
)


def test_a_record_header_date_that_is_not_the_meetings() -> None:
    assert all(is_summary_record(t) and find_record_date(t) is None for t in NOT_THE_MEETING_DATE)


def test_symbols_without_the_series_name_the_committee_and_report() -> None:
    # the header cut before the committee's name: its body is read off the symbols
    text = ("of Discrimination against Women\nThirty-first session\nSummary record of the 640th"
            " meeting\nHeld at Headquarters, New York, on Monday, 12 July 2004, at 10 a.m.\n"
            "Consideration of reports submitted by States parties under article 18 of the"
            " Convention (continued)\nCombined fourth and fifth periodic reports of Zambia"
            " (CEDAW/ZMB/4-5; CEDAW/ZMB/Q/4-5)\n1. The members of the delegation of Zambia"
            " took places at the Committee table.\n")
    meta, _ = find_metadata(text, record=True)
    assert (meta.committee_code, meta.state_party_code) == ("CEDAW", "ZMB")
    assert meta.report == Report("periodic", (4, 5), "CEDAW/ZMB/4-5")
    assert meta.document_symbols == ("CEDAW/ZMB/4-5", "CEDAW/ZMB/Q/4-5")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Summary record of the 318th meeting : Uruguay. 14/05/97.", "URY"),
        ("Summary record of the 318th meeting - the Niger 14/05/97", "NER"),
        ("Compte rendu analytique de la 318e séance : Côte d'Ivoire.", "CIV"),
        # several States, or no State, after the title: none is the State reviewed
        ("Summary record of the 318th meeting : Uruguay, Chile. 14/05/97.", None),
        ("Summary record of the 318th meeting : Closure of the session. 14/05/97.", None),
    ],
)
def test_record_state_named_by_a_reposting_sites_title(title: str, code: str | None) -> None:
    text = (f"{title}\nCRC/C/SR.318 (Summary Record)\nCOMMITTEE ON THE RIGHTS OF THE CHILD\n"
            "Fifteenth session\nSUMMARY RECORD OF THE 318th MEETING\nHeld at the Palais des"
            " Nations, Geneva, on Wednesday, 14 May 1997, at 3 p.m.\n1. The members of the"
            " delegation took places at the Committee table.\n")
    meta, _ = find_metadata(text, record=True)
    assert (meta.state_party_code, meta.meeting) == (code, "318")


@pytest.mark.parametrize(("title", "meeting"), [
    ("SUMMARY RECORD OF THE FIRST PART (PUBLIC)*\n\nOF THE 854th MEETING", "854"),
    ("COMPTE RENDU ANALYTIQUE DE LA DEUXIÈME PARTIE (PUBLIQUE)*\n\nDE LA 434ème SÉANCE", "434"),
])
def test_a_record_title_over_two_lines_numbers_its_meeting(title: str, meeting: str) -> None:
    """A part's title may go on over a line break (helpers' real records had no meeting)."""
    text = (f"COMMITTEE AGAINST TORTURE\nForty-first session\n{title}\n\nHeld at the Palais "
            "Wilson, Geneva, on Friday, 14 November 2008, at 10 a.m.\n\nChairperson: Mr. Gross\n")
    meta, _ = find_metadata(text, record=True)
    assert meta.meeting == meeting


def test_partial_record_without_a_held_line_has_its_meeting_and_date() -> None:
    text = ("* No summary record was drawn up for the remainder of the meeting.\n"
            "Committee on the Rights of the Child\nThirtieth session\n"
            "SUMMARY RECORD (PARTIAL)* OF THE 777th MEETING\nThursday, 6 June 2002, at 3 p.m.\n"
            "Chairperson: Ms. Lund\n")
    meta, notices = find_metadata(text, record=True)
    assert (meta.meeting, meta.date) == ("777", "2002-06-06")
    assert not {"W104", "W105"} & {n.code for n in notices}


# ---------------------------------------------------------------- committee
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Committee on the Elimination of Racial Discrimination today", "CERD"),
        ("COMMITTEE ON ELIMINATION OF DISCRIMINATION AGAINST WOMEN CONCLUDES", "CEDAW"),
        ("COMMITTEE ON RIGHTS OF CHILD CONSIDERS REPORT OF NIGERIA", "CRC"),
        ("Committee on the Protection of the Rights of All\nMigrant Workers and Members", "CMW"),
        ("COMMITTEE ON PROTECTION OF MIGRANTS CONSIDERS INITIAL REPORT", "CMW"),
        ("The UN Committee on the Rights of Migrant Workers (CMW)", "CMW"),
        ("Human Rights Committee concludes session", "CCPR"),
        ("Le Comité des droits de l'homme a clos", "CCPR"),
        ("Le Comité des droits de l’enfant a clos", "CRC"),
        ("LE COMITÉ CONTRE LA TORTURE A TERMINÉ", "CAT"),
        ("Committee on Economic, Social\n  and Cultural Rights", "CESCR"),
        ("Comité des droits économiques, sociaux et culturels", "CESCR"),
        ("Committee on the Rights of Persons with Disabilities", "CRPD"),
        ("Committee on Enforced Disappearances closes", "CED"),
        ("Subcommittee on Prevention of Torture visits", "SPT"),
        ("The Human Rights Council this afternoon held", "HRC"),
        ("Le Conseil des droits de l’homme a clos", "HRC"),
        ("Working Group on the Universal Periodic Review", "HRC"),
        # the newsroom's short names in New York headlines (probe ah)
        ("WOMEN'S ANTI-DISCRIMINATION COMMITTEE TAKES UP REPORT OF NEPAL", "CEDAW"),
        ("CHILDREN'S RIGHTS COMMITTEE CONSIDERS REPORT OF GHANA", "CRC"),
        ("RACIAL DISCRIMINATION COMMITTEE CONCLUDES SESSION", "CERD"),
        ("Anti-Torture Committee hears report of Chile", "CAT"),
    ],
)
def test_committee_by_name(text: str, code: str) -> None:
    found = find_committee(text, [])
    assert found is not None and found.code == code


def test_a_national_human_rights_committee_is_not_the_ccpr() -> None:
    assert find_committee("Qatar's National Human Rights Committee said", []) is None


def test_committee_from_symbols_when_the_header_is_cut() -> None:
    text = "against Women\n\nThirty-seventh session\n\n" + "x " * 500 + "(CEDAW/C/IND/2-3)"
    found = find_committee(text, find_symbols(text))
    assert found is not None and (found.code, found.evidence) == ("CEDAW", "symbol")


def test_no_committee_in_a_general_assembly_release() -> None:
    text = "The Third Committee (Social, Humanitarian and Cultural) heard today"
    assert find_committee(text, []) is None
    meta, notices = find_metadata(text)
    assert meta.committee_code is None
    assert [n.code for n in notices] == ["W100"]
    assert "may not be a meeting summary" in notices[0].message


# ------------------------------------------------------------------ session
@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Documents related to the Committee’s thirty-seventh session can be found here.", 37, "thirty-seventh"),
        ("During the 76th session of the Committee against Torture", 76, "76th"),
        ("a participé à la 68e session du Comité", 68, "68e"),
        ("les travaux de sa trente-troisième session", 33, "trente-troisième"),
        ("concluded its one hundredth and seventh session", 107, "one hundredth and seventh"),
        ("Committee against Torture\n\nTwenty- seventh session\n\nSummary record", 27, "Twenty- seventh"),
        ("concluded its seventy-seventhsession after", 77, "seventy-seventh"),
        ("Seventy-eighth Session,\n11th & 12th Meetings", 78, "Seventy-eighth"),
        ("sa trente-cinquième session ordinaire", 35, "trente-cinquième"),
        ("opened its thirty-fifth regular session", 35, "thirty-fifth"),
        ("The Committee will next meet on Friday to close its sixty-seventh session.", 67, "sixty-seventh"),
        ("The report before the Committee at its eighty-fifth session.", 85, "eighty-fifth"),
        # when the session is held, not whose it is (probe A)
        ("Le Comité tient sa soixante-dix-neuvième session du 15 avril au 10 mai 2024.", 79,
         "soixante-dix-neuvième"),
        ("The Committee is holding its seventy-ninth session of 2024 in Geneva.", 79,
         "seventy-ninth"),
    ],
)
def test_session(text: str, value: int, written: str) -> None:
    session = find_session(text)
    assert session is not None and session.ordinal == value and session.text == written
    assert session.span is not None and session.span.slice(text) == written


@pytest.mark.parametrize(
    "text",
    [
        "activities between the tenth and eleventh sessions",
        "the report of the eleventh session of the Forum on Minority Issues",
        "The Committee's next session, the sixty-fifth session, will be held in November.",
        "It concluded its autumn session today.",
        # a deadline (probe 370)
        "It would respond no later than the fifty-ninth session of the Council.",
        "Le Gouvernement répondra d'ici la soixantième session du Conseil.",
        # a session to come, named as the time something will be done
        "The Committee against Torture agreed this afternoon that it would review eleven "
        "reports at its thirtieth session in November 2003.",
        "The Committee said it is scheduled to adopt the general comment during its "
        "fortieth session.",
        "Le Comité examinera ce projet lors de sa quarantième session, en mai prochain.",
    ],
)
def test_no_session(text: str) -> None:
    assert find_session(text) is None


def test_no_session_from_page_chrome_but_from_the_release_s_link_sentences() -> None:
    # a "Related" headline after the release names another release's session
    chrome = ("\n\nRelated\nMeeting summaries\nCommittee on the Elimination of "
              "Discrimination against Women Opens Eighty-Seventh Session\n29 January 2024\n")
    text = "The Committee today concluded its review of the report of Benin." + chrome
    assert analyze_text(text).metadata.session is None
    # the release's own boilerplate sentence does name its session
    text = ("The Committee today concluded its review of the report of Benin. Documents and "
            "reports related to the Committee’s eighty-eighth session can be found here."
            + chrome)
    session = analyze_text(text).metadata.session
    assert session is not None and session.ordinal == 88



@pytest.mark.parametrize("text", [
    "The Committee on the Elimination of Discrimination against Women, which at its twentieth "
    "session in 1999 had adopted a general recommendation on health, today opened its "
    "twenty-first session.",
    "Le Comité, qui avait adopté à sa vingtième session une recommandation générale, a clos "
    "aujourd'hui sa vingt et unième session.",
])
def test_the_session_opened_today_outranks_an_earlier_one(text: str) -> None:
    """A relative clause recalls what an earlier session did; the session the text is about
    is the one the Committee opens or closes today."""
    session = analyze_text(text).metadata.session
    assert session is not None and session.ordinal == 21


def test_a_session_to_come_gives_way_to_the_one_opened() -> None:
    text = ("The Committee against Torture agreed that it would review eleven reports at its "
            "thirtieth session. It had opened its twenty-ninth session on Monday.")
    session = find_session(text)
    assert session is not None and session.ordinal == 29


# ------------------------------------------------------------------ meeting
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Summary record of the 519th meeting\nHeld at", "519"),
        ("SUMMARY RECORD OF THE FIRST PART (PUBLIC)*OF THE 842nd MEETING", "842"),
        ("Summary record ( p artial )* of th e 590th meeting**", "590"),
        ("Summary record of the 16 8 6 t h meetin g", "1686"),
        ("Summary record of the 1507th (Chamber A) meeting", "1507"),
        ("Summary record of the twenty-seventh meeting", "27"),
        ("COMPTE RENDU ANALYTIQUE DE LA 1835e SÉANCE", "1835"),
        ("Compte rendu analytique de la première partie (publique)* de la 42 e séance", "42"),
    ],
)
def test_meeting_number(text: str, number: str) -> None:
    found = find_meeting(text)
    assert found is not None and found[0] == number


@pytest.mark.parametrize(
    "text",
    [
        "* The summary record of the closed part of the meeting is issued as document"
        " CAT/C/SR.901/Add.1.\nSUMMARY RECORD (PARTIAL)* OF THE 901st MEETING",
        "* No summary record was drawn up for the remainder of the meeting.\n"
        "Summary record (partial)* of the 901st meeting",
        # the marker lost in extraction: the footnote still numbers no meeting
        "No summary record was drawn up for the remainder of the meeting.\n"
        "SUMMARY RECORD (PARTIAL) OF THE 901st MEETING",
        "SUMMARY RECORD (PARTIAL)* OF THE 901st MEETING\nHeld at the Palais Wilson\n"
        "* No summary record was drawn up for the remainder of the meeting.",
        # a footnote that names another record, numbered, is not the title
        "* Continued from the summary record of the 900th meeting.\n"
        "SUMMARY RECORD OF THE 901st MEETING",
    ],
)
def test_a_footnote_on_the_record_is_not_its_title(text: str) -> None:
    found = find_meeting(text)
    assert found is not None and found[0] == "901"


# ------------------------------------------------------- State and report
@pytest.mark.parametrize(
    ("text", "code", "report"),
    [
        ("concluded its consideration of the second periodic report of Kyrgyzstan, with", "KGZ", Report("periodic", 2)),
        ("the combined fifteenth through seventeenth periodic reports of Australia on", "AUS", Report("periodic", (15, 16, 17))),
        ("reviewed the combined fifth to seventh periodic reports of Ireland", "IRL", Report("periodic", (5, 6, 7))),
        ("Combined third and fourth periodic reports of Kuwait(continued)(CEDAW/C/KWT/3-4;", "KWT", Report("periodic", (3, 4))),
        ("Third and fourth reports of the Sudan on the implementation", "SDN", Report("periodic", (3, 4))),
        ("the initial report of Sao Tome and Principe (CMW/C/STP/1).", "STP", Report("initial", 1)),
        ("the combined nineteenth to twenty-first periodic reports of the Bolivarian Republic of Venezuela", "VEN", Report("periodic", (19, 20, 21))),
        ("the fifth periodic report of Bolivia (Plurinational State of) (CAT/C/BOL/5)", "BOL", Report("periodic", 5)),
        ("le quatrième rapport périodique présenté par Malte sur", "MLT", Report("periodic", 4)),
        ("le premier rapport du Qatar au titre du Pacte", "QAT", Report("initial", 1)),
        ("Deuxième à quatrième rapports périodiques de Sri Lanka (suite)", "LKA", Report("periodic", (2, 3, 4))),
        ("le rapport initial de la Côte d’Ivoire", "CIV", Report("initial", 1)),
        ("the fourth periodic report submitted by the Government of Nepal", "NPL", Report("periodic", 4)),
        ("The Committee considered Malta’s fourth periodic report on", "MLT", Report("periodic", 4)),
        ("CONSIDERS REPORT OF NIGERIA", "NGA", None),
        ("EXAMINE LE RAPPORT DE L'ARABIE SAOUDITE", "SAU", None),
        ("Premier examen du Qatar au Comité", "QAT", None),
        ("The review of the United States of America was held at", "USA", None),
        ("its review of the additional information submitted by Mexico under article 29",
         "MEX", None),
        ("les informations complémentaires soumises par le Mexique", "MEX", None),
        # the dialogue held with the State (probe k)
        ("The Committee against Torture today concluded its dialogue with Peru.", "PER", None),
        ("a achevé son dialogue avec le Pérou", "PER", None),
        # ... with its delegation, and the answers it gave (releases of 1999-2004, probe y)
        ("this afternoon continued its dialogue with the delegation of Chile.", "CHL", None),
        ("heard the responses of the delegation of Chile to questions raised by Experts",
         "CHL", None),
        ("this afternoon heard replies from Chile to questions raised", "CHL", None),
        ("a entendu les réponses de la délégation du Chili aux questions", "CHL", None),
    ],
)
def test_review_mention(text: str, code: str, report: Report | None) -> None:
    [mention] = find_review_mentions(text)
    assert mention.state.code == code and not mention.is_list
    assert mention.report == report


@pytest.mark.parametrize(
    "text",
    [
        "adopting concluding observations on the reports of Bolivia, Estonia, Guatemala and Japan",
        "concluding observations on the reports of Lebanon and the Netherlands",
        "adopted the Universal Periodic Review outcomes of Lesotho, Kenya and Armenia",
        "a examiné les rapports du Burkina Faso, de Chypre et du Portugal",
        "held an interactive dialogue with Chile, Peru and Ecuador",
    ],
)
def test_a_list_of_states_is_a_list(text: str) -> None:
    assert find_review_mentions(text)[0].is_list


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the second periodic report of Kyrgyzstan", "Kyrgyzstan"),
        ("the report of the United Kingdom of Great Britain and Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"),
        ("CONSIDERS REPORT OF THE HOLY SEE", "Holy See"),  # capitals: the UN short name
        ("le rapport de la Suède", "Sweden"),  # French: the UN English short name
    ],
)
def test_state_party_name(text: str, name: str) -> None:
    meta, _ = find_metadata("The Committee against Torture. " + text)
    assert meta.state_party == name


def test_a_state_and_its_regions_are_not_a_list() -> None:
    text = "the combined second and third periodic reports of China, Hong Kong, China and Macao, China"
    [mention, *_] = find_review_mentions(text)
    assert mention.state.code == "CHN" and not mention.is_list


@pytest.mark.parametrize(
    "text",
    [
        "the report of the Special Rapporteur on the situation of human rights in Myanmar",
        "reports submitted by States parties under article 19",
        "the report of the Committee to the General Assembly",
        "the simplified reporting procedure",
    ],
)
def test_no_state_without_a_state_name(text: str) -> None:
    assert find_review_mentions(text) == []


def test_state_at_takes_the_longest_name() -> None:
    text = "of the United Kingdom of Great Britain and Northern Ireland took places"
    state = state_at(text, text.index("the"))
    assert state is not None and state.code == "GBR"
    assert state.name == "United Kingdom of Great Britain and Northern Ireland"


@pytest.mark.parametrize(
    ("before", "phrase", "report"),
    [
        ("its combined second and third periodic", "reports of", Report("periodic", (2, 3))),
        ("the initial and second periodic", "report of", Report("periodic", (1, 2))),
        ("its 2nd and 3rd", "reports of", Report("periodic", (2, 3))),
        ("its", "report of", None),
        ("le", "rapport périodique présenté par", Report("periodic")),
        ("the", "review of", None),
        # a report named by its review (a helper's real release), not the Council's UPR
        ("the third periodic", "review of", Report("periodic", 3)),
        ("the Universal Periodic", "review of", None),
        # ordinals of several words
        ("les vingtième et vingt et unième", "rapports périodiques", Report("periodic", (20, 21))),
        ("les dix-neuvième à vingt et unième", "rapports", Report("periodic", (19, 20, 21))),
        ("its twentieth and twenty first", "reports of", Report("periodic", (20, 21))),
        # the initial report named before the article of the periodic ones (probe 321)
        ("le rapport initial et les deuxième et troisième", "rapports périodiques combinés du",
         Report("periodic", (1, 2, 3))),
    ],
)
def test_parse_report(before: str, phrase: str, report: Report | None) -> None:
    assert parse_report(before, phrase) == report


def test_report_kind_stated_apart_from_the_state() -> None:
    text = "Le Comité examine le rapport de l’Ouzbékistan\nLa délégation a présenté le cinquième rapport sur les mesures prises."
    assert find_report_kind(text, "UZB") == Report("periodic", 5)
    assert find_report_kind("It examined the fourth periodic report of Chile.", "UZB") is None


@pytest.mark.parametrize(
    "text",
    [
        "Since the submission of the country’s initial report in 2015, trends had changed.",
        "The recommendations made on its previous periodic report had been implemented.",
        "Its initial report of 2015 had been reviewed by the Committee.",
        "Il a salué les progrès accomplis depuis l'examen de son rapport initial en 2016.",
    ],
)
def test_a_report_of_an_earlier_cycle_is_not_the_reviewed_one(text: str) -> None:
    assert find_report_kind(text, "KGZ") is None


# ------------------------------------------------------------ meeting kind
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Committee against Torture today concluded its fiftieth session after adopting", "session"),
        ("The Committee closed its one-week seventh session after reviewing the initial report of Peru", "session"),
        ("The Committee concluded its work today by adopting observations for its fifty-second session", "session"),
        ("Le Comité a achevé, ce matin, les travaux de sa trente-troisième session", "session"),
        ("LE COMITÉ DES DROITS DE L'ENFANT CLÔT LES TRAVAUX DE SA TRENTE-SIXIÈME SESSION", "session"),
        ("Contents\nOpening of the session\nAdoption of the agenda", "session"),
        ("The Committee this morning held an informal meeting with States parties.", "other"),
        ("The Human Rights Council this afternoon held a general debate on", "other"),
        ("The Committee today held a Day of General Discussion on", "other"),
        ("Le Comité a tenu cet après-midi une réunion informelle avec les États parties.", "other"),
        ("The Committee today concluded its consideration of the second periodic report of Chile", None),
        ("The Committee began its review of the report of Chile during its sixtieth session", None),
    ],
)
def test_event(text: str, kind: str | None) -> None:
    assert find_event(text, Span(0, len(text))) == kind


# ------------------------------------------------------------ next meeting
@pytest.mark.parametrize(
    ("text", "code", "symbol", "kind", "when"),
    [
        ("The Committee will next meet at 3 p.m. on Thursday, 30 November to start its review of the initial report of Sao Tome and Principe (CMW/C/STP/1).",
         "STP", "CMW/C/STP/1", "initial", "3 p.m. on Thursday, 30 November"),
        ("The Committee will reconvene at 10 a.m. on Wednesday, 8 November, to begin its consideration of the fifth periodic report of Ecuador (CERD/C/ECU/5).",
         "ECU", "CERD/C/ECU/5", "periodic", "10 a.m. on Wednesday, 8 November"),
        ("The Committee's next public meeting will be at 10 a.m. on Thursday, 23 February, when it will begin its review of the combined second and third periodic reports of Bahrain.",
         "BHR", None, "periodic", "10 a.m. on Thursday, 23 February"),
        ("At its next public meeting, at 10 a.m. on Monday, 5 May, the Committee will take up the initial report of Cabo Verde.",
         "CPV", None, "initial", "10 a.m. on Monday, 5 May"),
        # the dialogue's first meeting: the next one hears the State's answers
        ("The Committee will reconvene at 3 p.m. on Thursday, 11 November, to hear the response of Georgia to questions raised by Experts.",
         "GEO", None, None, "3 p.m. on Thursday, 11 November"),
        ("The Committee will meet again at 10 a.m. on Friday, 7 May, to hear the replies of the delegation of Chile.",
         "CHL", None, None, "10 a.m. on Friday, 7 May"),
        ("The Committee will next meet in public on Friday, 3 February at 5 p.m. to close its ninety-second session.",
         None, None, None, "Friday, 3 February at 5 p.m."),
        ("Le Comité reprendra ses travaux demain matin, à 10 heures, pour examiner le rapport de la Suède.",
         "SWE", None, None, "demain matin, à 10 heures"),
        ("Le Comité se réunira à nouveau lundi 5 mai, à 10 heures, pour entamer l'examen du rapport initial du Qatar.",
         "QAT", None, "initial", "lundi 5 mai, à 10 heures"),
        # the verb before the time; a session's programme is no next meeting
        ("Au cours de cette session, le Comité examinera les rapports de huit États parties. "
         "Le Comité entamera demain matin, à 10 heures, l'examen du rapport de l'Arménie "
         "(CRC/C/ARM/3-4).", "ARM", "CRC/C/ARM/3-4", None, "demain matin, à 10 heures"),
        ("Le Comité examinera demain matin, à 10 heures, le rapport initial de la Somalie "
         "(CAT/C/SOM/1).", "SOM", "CAT/C/SOM/1", "initial", "demain matin, à 10 heures"),
        # ... in the present, with "demain" (probe 293)
        ("Le Comité entame demain matin, à 10 heures, l'examen des cinquième et sixième "
         "rapports périodiques du Costa Rica (CEDAW/C/CRI/5-6).", "CRI", "CEDAW/C/CRI/5-6",
         "periodic", "demain matin, à 10 heures"),
        # a summary record's Chair: the Committee goes on "à sa prochaine séance"
        ("Le PRÉSIDENT dit que le Comité a achevé la première partie de l'examen des rapports "
         "de la Bulgarie et qu'il poursuivra l'examen de ces rapports à sa prochaine séance, le "
         "17 août 2011 à 10 heures.", "BGR", None, None, "17 août 2011 à 10 heures"),
        # the place is no part of when (helper review of a closing)
        ("Lors de sa prochaine session, qui se tiendra à Genève du 20 novembre au 8 décembre "
         "2017, le Comité examinera le rapport de l'Algérie.", "DZA", None, None,
         "du 20 novembre au 8 décembre 2017"),
        ("The Committee's next session will be held in Geneva from 6 to 31 August, when it "
         "will review the report of Chile.", "CHL", None, None, "from 6 to 31 August"),
        # what the Committee resumes is no part of when
        ("The Committee will resume its consideration of the report of Honduras at 3 p.m. "
         "today.", "HND", None, None, "3 p.m. today"),
        ("The Committee will resume its public meetings at 10 a.m. on Monday, 14 July, when "
         "it will take up the report of Chile (CCPR/C/CHL/6).", "CHL", "CCPR/C/CHL/6", None,
         "10 a.m. on Monday, 14 July"),
    ],
)
def test_next_meeting(text: str, code: str | None, symbol: str | None, kind: str | None, when: str) -> None:
    sentence = find_next_meeting_sentence(text)
    assert sentence is not None
    nxt = find_next_meeting(text, sentence, find_symbols(text))
    assert (nxt.state_party_code, nxt.report_symbol, nxt.report_type, nxt.when_text) == (code, symbol, kind, when)
    assert nxt.span is not None and nxt.span.slice(text) == when


def test_no_next_meeting() -> None:
    assert find_next_meeting_sentence("The meeting with States parties was held last year.") is None
    # what the session will also do is its programme, no next meeting
    assert find_next_meeting_sentence(
        "The Committee will open its session on Monday. Also at this session, the Committee "
        "will continue its consideration of early warning measures.") is None


def test_sentence_around_keeps_clock_times_inside() -> None:
    text = "It met. The Committee will meet at 10 a.m. Tuesday to review Chile. Next."
    span = sentence_around(text, text.index("will"))
    assert span.slice(text) == "The Committee will meet at 10 a.m. Tuesday to review Chile."


# -------------------------------------------------- delegation composition
@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("The delegation of Kyrgyzstan was comprised of representatives from the Ministry of Labour, Social Security and Migration; the Ministry of Internal Affairs; and the Permanent Mission of Kyrgyzstan to the United Nations Office at Geneva. The webcast",
         ["Ministry of Labour, Social Security and Migration", "Ministry of Internal Affairs", "Permanent Mission of Kyrgyzstan to the United Nations Office at Geneva"]),
        ("The delegation of Chile consisted of representatives of the Ministry of Justice, the Ministry of Health, and the Permanent Mission of Chile to the United Nations Office at Geneva.",
         ["Ministry of Justice", "Ministry of Health", "Permanent Mission of Chile to the United Nations Office at Geneva"]),
        ("The delegation, which was led by the Minister, also included officials from the Office of the President and the National Police.",
         ["Office of the President", "National Police"]),
        ("La délégation suédoise était également composée de représentants du Ministère de la justice, du Ministère de l'intégration et de la Mission permanente de la Suède auprès des Nations Unies à Genève.",
         ["Ministère de la justice", "Ministère de l'intégration", "Mission permanente de la Suède auprès des Nations Unies à Genève"]),
        ("The delegation also included the Permanent Representative of Guyana to the United Nations, as well as representatives of the Ministry of Health and the Ministry of Education.",
         ["Permanent Representative of Guyana to the United Nations", "Ministry of Health", "Ministry of Education"]),
        ("The delegation also included the Permanent Representative of Nepal to the United Nations and representatives of the Ministry of Health and the National Planning Commission.",
         ["Permanent Representative of Nepal to the United Nations", "Ministry of Health", "National Planning Commission"]),
        # a summary record reports the head in the third person
        ("Ms. Ávila Reyes (Honduras) said that her delegation included representatives of the Secretariat of State for Women's Affairs, the Ministry of Foreign Affairs and the Supreme Court.",
         ["Secretariat of State for Women's Affairs", "Ministry of Foreign Affairs", "Supreme Court"]),
        ("M. Diallo (Sénégal) dit que sa délégation est composée de représentants du Ministère de la justice et du Ministère de la santé.",
         ["Ministère de la justice", "Ministère de la santé"]),
        ("M. Rakotomalala (Madagascar) dit que sa délégation se compose de représentants du Ministère de la population et du Ministère de la justice.",
         ["Ministère de la population", "Ministère de la justice"]),
        # one ministry with several complements, and several sharing a plural noun
        ("La délégation était composée de représentants du Ministère de la santé, du Ministère de la femme, de la famille et de l'enfance et du Ministère de l'intérieur.",
         ["Ministère de la santé", "Ministère de la femme, de la famille et de l'enfance", "Ministère de l'intérieur"]),
        ("La délégation était composée de représentants des ministères de la santé, de l'intérieur, de la justice.",
         ["ministères de la santé", "intérieur", "justice"]),
        ("M. Diallo (Sénégal) dit que sa délégation comprend également des représentants du Ministère de la justice et du Ministère de la santé.",
         ["Ministère de la justice", "Ministère de la santé"]),
        ("Enfin, la délégation, composée de représentants du Ministère de la justice et de la Mission permanente du Sénégal à Genève, est prête à répondre aux questions du Comité.",
         ["Ministère de la justice", "Mission permanente du Sénégal à Genève"]),
        # a person named in apposition to an office is no member of the list
        ("La délégation maltaise était également composée du Représentant permanent de Malte auprès des Nations Unies à Genève, M. Victor Camilleri, ainsi que de représentants du Ministère de l'éducation.",
         ["Représentant permanent de Malte auprès des Nations Unies à Genève", "Ministère de l'éducation"]),
        # a participle after who leads the delegation
        ("Le Président souhaite la bienvenue à la délégation béninoise, conduite par M. Sèwanou, Garde des sceaux, et composée de représentants du Ministère de la justice et du Ministère de l'intérieur.",
         ["Ministère de la justice", "Ministère de l'intérieur"]),
        ("The Chair welcomed the delegation of Benin, led by Mr. Sèwanou, Minister of Justice, and composed of representatives of the Ministry of Justice and the Ministry of the Interior.",
         ["Ministry of Justice", "Ministry of the Interior"]),
        # the first ministry of the list, with complements, after its lead
        ("La délégation comprend des représentants du Ministère de la femme, de la famille et de l'enfance et du Ministère de la santé.",
         ["Ministère de la femme, de la famille et de l'enfance", "Ministère de la santé"]),
        # ... capitalised after "et"; after a comma a capital names a body of its own
        # (probe 316)
        ("La délégation était composée de représentants du Ministère de la Famille et des "
         "Solidarités, du Ministère de la Santé et de l'Action sociale, de la Garde nationale et "
         "de la Mission permanente.",
         ["Ministère de la Famille et des Solidarités",
          "Ministère de la Santé et de l'Action sociale", "Garde nationale", "Mission permanente"]),
        # a minister listed by name and office, the office's complements after commas
        # (probe 303)
        ("La délégation était également composée de Mme Aya Rose Kouassi, Ministre de la "
         "femme, de la famille et de l'enfant, ainsi que de représentants du Ministère de la "
         "défense.",
         ["Ministre de la femme, de la famille et de l'enfant", "Ministère de la défense"]),
        # an aside between the participle and its list
        ("La délégation malgache était également composée, entre autres, de représentants du Ministère de la justice et du Ministère de la santé publique.",
         ["Ministère de la justice", "Ministère de la santé publique"]),
        ("The delegation of Chile was composed, among others, of representatives of the Ministry of Justice and the Ministry of Health.",
         ["Ministry of Justice", "Ministry of Health"]),
        # who leads it, in a restrictive clause
        ("Mr. Benítez (Paraguay) said that the delegation he headed comprised representatives of the Ministry of Justice and the Supreme Court of Justice.",
         ["Ministry of Justice", "Supreme Court of Justice"]),
        ("Mme Diallo (Niger) dit que la délégation qu'elle dirige en sa qualité de Ministre de la population, de la protection sociale et de la promotion de la femme se compose de représentants du Ministère de la justice et du Ministère de la santé.",
         ["Ministère de la justice", "Ministère de la santé"]),
        # a complement that names a body of its own after a singular head
        ("La délégation était composée de représentants du Ministère de l'intérieur, du "
         "parquet général et de la Mission permanente de l'Uruguay.",
         ["Ministère de l'intérieur", "parquet général", "Mission permanente de l'Uruguay"]),
        # a clause on the delegation after a semicolon ends the list
        ("The delegation of Fiji consisted of representatives of the Ministry of Women, "
         "Children and Poverty Alleviation, the Ministry of Health and Medical Services, and the "
         "Permanent Mission of Fiji to the United Nations Office at Geneva; several members of "
         "the delegation took part by video link from Suva.",
         ["Ministry of Women, Children and Poverty Alleviation",
          "Ministry of Health and Medical Services",
          "Permanent Mission of Fiji to the United Nations Office at Geneva"]),
        # a State name that holds "and", and an aside on how some took part
        ("The delegation of Saint Vincent and the Grenadines consisted of representatives of "
         "the Permanent Mission of Saint Vincent and the Grenadines to the United Nations Office "
         "at Geneva and, by video link from Kingstown, representatives of the Office of the "
         "Attorney General and the Ministry of National Security.",
         ["Permanent Mission of Saint Vincent and the Grenadines to the United Nations Office "
          "at Geneva", "Office of the Attorney General", "Ministry of National Security"]),
        # ", as well as" is one joiner; a French "et de représentants du" leads the last
        # body (probe A)
        ("The delegation included representatives of the Ministry of Justice and the Court "
         "of Cassation, as well as the Permanent Mission of Türkiye to the United Nations "
         "Office at Geneva.",
         ["Ministry of Justice", "Court of Cassation",
          "Permanent Mission of Türkiye to the United Nations Office at Geneva"]),
        ("La délégation béninoise était composée de magistrats, de membres de la Commission "
         "béninoise des droits de l'homme et de représentants du Ministère de la santé.",
         ["magistrats", "Commission béninoise des droits de l'homme", "Ministère de la santé"]),
        # who leads it named first, then what it included (probe A)
        ("The delegation of Türkiye was led by Ahmet Yilmaz, Deputy Minister of Justice, and "
         "included representatives of the Ministry of Interior and the Ministry of Foreign "
         "Affairs.", ["Ministry of Interior", "Ministry of Foreign Affairs"]),
        ("The delegation of Türkiye, which was led by Ahmet Yilmaz, Deputy Minister of "
         "Justice, included representatives of the Ministry of Interior.",
         ["Ministry of Interior"]),
        ("La délégation, conduite par M. Agbo, comprenait des représentants du Ministère des "
         "affaires étrangères.", ["Ministère des affaires étrangères"]),
        # a participle in apposition, closed by the main verb (probe j)
        ("The delegation of Chile, consisting of representatives of the Ministry of Foreign "
         "Affairs and the Ministry of Justice, answered questions.",
         ["Ministry of Foreign Affairs", "Ministry of Justice"]),
        # the head accompanied by the rest (probe ah)
        ("Ms. Karki was accompanied by a delegation composed of officials of the Ministry of "
         "Foreign Affairs, the Ministry of Law and the Permanent Mission of Nepal.",
         ["Ministry of Foreign Affairs", "Ministry of Law", "Permanent Mission of Nepal"]),
        ("Elle était accompagnée d'une délégation composée de représentants du Ministère de "
         "la santé et du Ministère de l'intérieur.",
         ["Ministère de la santé", "Ministère de l'intérieur"]),
    ],
)
def test_delegation_composition(text: str, items: list[str]) -> None:
    assert [s.slice(text) for s in find_delegation_composition(text)] == items


def test_delegation_composition_as_the_lines_of_a_list_without_glyphs() -> None:
    """An HTML list becomes a paragraph an item: each item but the last ends with a joiner."""
    text = ("The delegation of Botswana consisted of representatives of the following:\n\n"
            "the Ministry of Local Government and Rural Development;\n\nthe Ministry of Health;"
            "\n\nthe Attorney General’s Chambers; and\n\nthe Permanent Mission of Botswana to "
            "the United Nations Office at Geneva.\n\nThe Committee will next meet on Monday.")
    assert [s.slice(text) for s in find_delegation_composition(text)] == [
        "Ministry of Local Government and Rural Development", "Ministry of Health",
        "Attorney General’s Chambers",
        "Permanent Mission of Botswana to the United Nations Office at Geneva"]
    # a colon before a paragraph that is no list item gives no composition
    prose = ("The delegation of Botswana consisted of representatives of the following:\n\n"
             "The Committee will next meet on Monday to review the report of Chad.\n")
    assert find_delegation_composition(prose) == []


@pytest.mark.parametrize(
    "text",
    [
        "The delegation of Kazakhstan, which included heads of national authorities, provided information.",
        "The delegation was headed by the Minister of Justice.",
        # what someone said before the delegation includes, not whom (probe 291)
        "She asked whether the 47 deaths in custody mentioned by the delegation included "
        "persons who had died in hospital.",
        "Le chiffre cité par la délégation comprenait les personnes décédées à l'hôpital.",
    ],
)
def test_no_delegation_composition(text: str) -> None:
    assert find_delegation_composition(text) == []


# ------------------------------------------------------ the whole stage
REVIEW = (
    "Committee against Torture reviews Chile\n\n12 May 2022\n\n"
    "The Committee against Torture today concluded its consideration of the fifth periodic "
    "report of Chile. The Committee will next meet at 10 a.m. on Friday, 13 May to begin its "
    "review of the initial report of Benin (CAT/C/BEN/1).\n\nReport\n\nThe Committee has "
    "before it the fifth periodic report of Chile (CAT/C/CHL/5).\n"
)


def test_stage_on_a_review() -> None:
    meta = analyze_text(REVIEW).metadata
    assert (meta.committee_code, meta.state_party, meta.state_party_code) == ("CAT", "Chile", "CHL")
    assert meta.report == Report("periodic", 5, "CAT/C/CHL/5")
    assert meta.date == "2022-05-12"
    assert meta.treaty is not None and meta.treaty.startswith("Convention against Torture")
    assert meta.next_meeting is not None and meta.next_meeting.state_party_code == "BEN"
    assert meta.document_symbols == ("CAT/C/BEN/1", "CAT/C/CHL/5")


@pytest.mark.parametrize(("when", "where"), [
    ("", ", à sa soixante-dix-neuvième session"),
    (", le 1er mars 2024,", " lors de sa session"),
])
def test_a_french_review_concluded_at_a_session_is_a_review(when: str, where: str) -> None:
    """"a achevé l'examen du rapport ... à sa ... session" concludes a review, not the
    session: the State and its report are read (probe A)."""
    lede = f"Le Comité contre la torture a achevé{when} l'examen du rapport initial du Bénin{where}."
    meta, _ = find_metadata(lede)
    assert (meta.state_party_code, meta.report) == ("BEN", Report("initial", 1, None))


@pytest.mark.parametrize(
    "text",
    [
        "The Committee against Torture today concluded its sixty-fourth session after adopting its concluding observations on the reports of Chile and Peru. It also reviewed the initial report of Benin.",
        "The Committee on the Rights of the Child this morning held an informal meeting with States. The review of Chile was postponed.",
        "The Human Rights Council this afternoon held a general debate. Syria, speaking as the concerned country, said the report of the Commission was biased.",
    ],
)
def test_no_state_party_in_closings_and_debates(text: str) -> None:
    meta, notices = find_metadata(text)
    assert meta.state_party is None and meta.state_party_code is None
    assert "W101" not in {n.code for n in notices}


@pytest.mark.parametrize(
    "text",
    [
        # the first report phrase names one State, the rest of its sentence others
        "The Committee against Torture today adopted its findings on the initial report of "
        "Benin and on the periodic reports of Chile, Peru and Ghana.",
        "The Committee against Torture will consider the initial and third periodic reports of "
        "Mongolia, the initial reports of Chad and Mali, and the sixth report of Sweden.",
        "Le Comité des droits de l'enfant examinera le rapport initial du Bénin, les rapports "
        "périodiques du Chili et du Pérou et le cinquième rapport de la Norvège.",
        # a preview: a list of States first, then one State's report
        "The Committee on the Rights of the Child will meet from 12 to 30 January to review "
        "the efforts of Benin, Chile and Peru to implement the Convention. Peru is presenting "
        "its fifth periodic report (CRC/C/PER/5).",
        "The Committee on the Rights of the Child will review the work of Mali and Chad. "
        "Chad's second periodic report was received in 2021.",
    ],
)
def test_a_text_that_reviews_several_states_names_no_state_party(text: str) -> None:
    meta, notices = find_metadata(text)
    assert (meta.state_party_code, meta.report) == (None, None)
    assert "W101" not in {n.code for n in notices}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Committee against Torture today concluded its review of the initial report of "
         "Benin. The report of Chile will be considered next week.", "BEN"),
        ("The Committee on Migrant Workers today reviewed the second periodic report of "
         "Mongolia, whose migrants work mostly in Kazakhstan and the Russian Federation.", "MNG"),
        ("The Committee against Torture today reviewed the third periodic report of Serbia and "
         "Montenegro.", "SCG"),
        ("The Human Rights Committee considered the fourth periodic report of China, including "
         "the reports of Hong Kong and Macao.", "CHN"),
        # the other States of the session listed before the review's report phrase
        ("The implementation by Laos of the Convention had advanced, the Committee on the "
         "Elimination of Discrimination against Women was told as it considered that "
         "country's reports today. Laos is one of the eight countries presenting reports "
         "during the session. (The others are: Andorra, Guinea, Singapore and Sweden.) "
         "Introducing Laos's second and third periodic reports, the Minister said ...", "LAO"),
    ],
)
def test_a_single_state_review_that_names_other_states_keeps_its_state(text: str, code: str) -> None:
    meta, _ = find_metadata(text)
    assert meta.state_party_code == code


def test_a_review_begun_after_a_meeting_with_ngos_names_the_state_party() -> None:
    """The morning's meeting with NGOs reviews no State; the afternoon's review does (probe
    z). A session that opens is still no review (see above)."""
    meta, _ = find_metadata(
        "The Committee on Economic, Social and Cultural Rights this morning held a meeting "
        "with non-governmental organizations. In the afternoon, it began its consideration of "
        "the third periodic report of Uzbekistan (E/C.12/UZB/3).")
    assert (meta.state_party_code, meta.report) == ("UZB", Report("periodic", 3, "E/C.12/UZB/3"))


def test_the_report_type_is_not_taken_from_an_earlier_cycle() -> None:
    text = (
        "The Committee against Torture today concluded its review of the report of Chile. "
        "Since the consideration of the fourth periodic report of Chile in 2015, laws had changed."
    )
    meta, notices = find_metadata(text)
    assert meta.state_party_code == "CHL" and meta.report is None
    assert [n.code for n in notices] == ["W102"]


def test_summary_record_agenda_names_the_state_party() -> None:
    text = (
        "Committee on the Protection of the Rights of All\nMigrant Workers and Members of Their Families\n"
        "Thirty-sixth session\nSummary record of the 519th meeting\n"
        "Held at the Palais Wilson, Geneva, on Thursday, 30 March 2023, at 10 a.m.\n"
        "Contents\nConsideration of reports submitted by States parties under article 73 of the Convention (continued)\n"
        "Third periodic report of the Philippines\nThe meeting was called to order at 10 a.m.\n"
        "Third periodic report of the Philippines (CMW/C/PHL/3; CMW/C/PHL/QPR/3)\n"
        "Ms. Ople (Philippines) said that the Government would consider the report of Mexico.\n"
    )
    meta, notices = find_metadata(text)
    assert (meta.committee_code, meta.state_party_code, meta.meeting, meta.date) == ("CMW", "PHL", "519", "2023-03-30")
    assert meta.report == Report("periodic", 3, "CMW/C/PHL/3")
    assert meta.session is not None and meta.session.ordinal == 36
    assert notices == []


def test_summary_record_of_an_opening_has_no_state_party() -> None:
    text = (
        "Committee against Torture\nSeventieth session\nSummary record of the 1800th meeting\n"
        "Held at the Palais Wilson, Geneva, on Monday, 1 May 2023, at 10 a.m.\nContents\n"
        "Opening of the session\nAdoption of the agenda\n"
        "The Chair said that the Committee would consider the initial report of Benin.\n"
    )
    meta, _ = find_metadata(text)
    assert meta.state_party_code is None and meta.date == "2023-05-01"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Committee against Torture today reviewed the fifth periodic report of Atlantis.", {"W101"}),
        ("The Committee against Torture today concluded its review of the report of Chile.", {"W102"}),
        ("Committee against Torture\nSummary record of the meeting\nThe meeting was called to order.", {"W103", "W104", "W105"}),
    ],
)
def test_notices_say_what_was_not_found(text: str, codes: set[str]) -> None:
    _, notices = find_metadata(text)
    assert {n.code for n in notices} == codes
    assert all(n.message for n in notices)


# ------------------------------------------------------------ real texts
FIELDS = ("committee_code", "state_party_code", "report", "session", "date")


def _gold(doc: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / "excerpts" / f"{doc}.gold.json").read_text(encoding="utf-8"))
    return dict(data["metadata"])


def _compare(found: dict[str, Any], gold: dict[str, Any]) -> None:
    for key in FIELDS:
        if key not in gold:
            continue
        want, got = gold[key], found.get(key)
        if isinstance(want, dict):
            for sub, value in want.items():
                if sub in ("ordinal", "type", "symbol") and key in ("report", "session"):
                    got_value = (got or {}).get(sub)
                    assert (list(got_value) if isinstance(got_value, tuple) else got_value) == value, (key, sub)
        else:
            assert got == want, key
    if "document_symbols" in gold:
        assert set(gold["document_symbols"]) <= set(found["document_symbols"])


@needs_shared
def test_sample_matches_its_reference(sample_review: Review) -> None:
    gold = json.loads((GOLD / "kyrgyzstan-cmw-2023.gold.json").read_text(encoding="utf-8"))["metadata"]
    found = sample_review.to_json()["metadata"]
    for key in ("committee", "committee_code", "treaty", "state_party", "state_party_code", "report",
                "session", "delegation_composition", "delegation_composition_spans",
                "document_symbols", "document_symbol_spans"):
        assert found[key] == gold[key], key
    nxt = dict(found["next_meeting"])
    assert {k: nxt[k] for k in gold["next_meeting"]} == gold["next_meeting"]
    assert found["date"] is None
    assert_span_invariant(sample_review)


@needs_shared
@pytest.mark.parametrize(
    "doc",
    [
        "cat-sr1740-gbr-2019",            # "C AT/C/SR.1740", meeting date, not issue date
        "cerd-sr1835-orgmatters-2007-fr",  # French record, symbol glued to its date
        "cedaw-sr1012-kwt-2011",           # combined report, "and Add.1" not expanded
        "cerd-2010-aus-coursehero-copy",   # flattened ALL-CAPS title with its date, a range
        "cescr-2023-qat-ms-fr",            # French release: "premier rapport du Qatar"
        "cat-2019-uzb-uza-fr-media",       # report ordinal stated apart from the State
        "crc-2013-s64-close-zh",           # session closing: no State party
        "crc-2019-findings-scoop",         # dateline, not the repost's timestamp
        "hrc-2020-07-syr-coi-en",          # Council dialogue: no State party
        "ga3c-2023-children-gashc4377-pressun",  # no treaty body; press code is no symbol
        "ccpr-2013-s107-close-displaynews",  # "one hundredth and seventh session"
    ],
)
def test_corpus_text_matches_its_reference(doc: str) -> None:
    text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")
    meta, _ = find_metadata(text)
    _compare(encode(meta), _gold(doc))


def test_report_type_and_ordinal_read_off_the_symbol_when_the_text_names_neither() -> None:
    from treatyscope.pipeline.metadata import _report_from_symbol

    review = analyze_text(
        "The Committee on Enforced Disappearances today concluded its consideration of the "
        "report submitted by Zambia under article 29 (1) of the Convention (CED/C/ZMB/1). "
        "Ana Lopez, Committee Expert and Country Rapporteur, said the law was new.")
    report = review.metadata.report
    assert report is not None and (report.type, report.ordinal, report.symbol) == (
        "initial", 1, "CED/C/ZMB/1")
    assert _report_from_symbol("CMW/C/SYR/2-3") == Report("periodic", (2, 3), None)
    assert _report_from_symbol("E/C.12/LKA/2-4/Add.1") is None


def test_a_record_whose_agenda_line_is_broken_reviews_the_state_of_its_report_symbols() -> None:
    """"C ombined sixth and seventh periodic report s of Bangladesh (CEDAW/C/BGD/6-7; ...)":
    no report phrase is read, but every report symbol is of one State (a helper's real
    record had no State)."""
    review = analyze_text(
        "CEDAW/C/SR.969\nCommittee on the Elimination of Discrimination against Women\n"
        "Summary record of the 969th meeting\n\nC ombined sixth and seventh periodic report s "
        "of Bangladesh (CEDAW/C/BGD/6-7; CEDAW/C/BGD/Q/7)\n\nThe meeting was called to order at "
        "10 a.m.\n\n1. Ms. Chaudhury (Bangladesh) said that the law was new.\n")
    meta = review.metadata
    assert (meta.state_party_code, meta.report) == (
        "BGD", Report("periodic", (6, 7), "CEDAW/C/BGD/6-7"))


def test_next_meeting_on_additional_information() -> None:
    review = analyze_text(
        "The Committee on Enforced Disappearances today concluded its consideration of the "
        "report submitted by Zambia under article 29 (1) of the Convention (CED/C/ZMB/1). The "
        "Committee will next meet in public at 10 a.m. on Tuesday, 23 September, to consider "
        "the additional information submitted by Colombia under article 29 (4) of the "
        "Convention (CED/C/COL/AI/2).")
    nxt = review.metadata.next_meeting
    assert nxt is not None
    assert (nxt.state_party_code, nxt.report_symbol) == ("COL", "CED/C/COL/AI/2")


@pytest.mark.parametrize(("text", "date"), [
    ("3 April 2006\n\nHuman Rights Committee Concludes Session\n\nNEW YORK, 31 March (UN "
     "Headquarters) -- The Committee today wrapped up its session.", "2006-03-31"),
    ("3 January 2006\n\nCommittee Concludes Session\n\nNEW YORK, 30 December -- The "
     "Committee today wrapped up its session.", "2005-12-30"),
    ("3 April 2006\n\nHuman Rights Committee Concludes Session\n\nThe Committee today "
     "wrapped up its session.", "2006-04-03"),
])
def test_a_yearless_dateline_dates_the_release_in_the_page_dates_year(text: str, date: str) -> None:
    found = find_release_date(text)
    assert found and found[0] == date


@pytest.mark.parametrize(("ordinals", "symbol", "expected"), [
    ("troisième à cinquième", "CRC/C/BEN/3-5", (3, 4, 5)),
    # an ordinal of several words ("vingt et unième") on the agenda line
    ("dix-neuvième à vingt et unième", "CRC/C/BEN/19-21", (19, 20, 21)),
])
def test_a_french_combined_report_on_a_summary_record_agenda_line(
        ordinals: str, symbol: str, expected: tuple[int, ...]) -> None:
    review = analyze_text(
        "Comité des droits de l'enfant\nCompte rendu analytique de la 2142e séance\n\n"
        "Examen des rapports présentés par les États parties (suite)\n\nRapport valant "
        f"{ordinals} rapports périodiques du Bénin ({symbol})\n\nLa séance est "
        "ouverte à 10 heures.\n\n1. Sur l'invitation du Président, la délégation béninoise "
        "prend place à la table du Comité.")
    meta = review.metadata
    assert (meta.state_party, meta.state_party_code) == ("Benin", "BEN")
    assert meta.report == Report("periodic", expected, symbol)



def test_a_record_adopting_its_findings_on_a_report_reviews_its_state() -> None:
    """"Conclusions et recommandations concernant le troisième rapport périodique de la
    Bulgarie": the agenda line of a record where the Committee adopts its findings names
    the State and the report (a helper's real record had neither)."""
    for line in ("Conclusions et recommandations concernant le troisième rapport périodique "
                 "de la Bulgarie (suite)",
                 "Projet de conclusions du Comité concernant le troisième rapport périodique de "
                 "la Bulgarie"):
        review = analyze_text(
            "COMITÉ CONTRE LA TORTURE\nTrente-deuxième session\nCOMPTE RENDU ANALYTIQUE DE LA "
            "618e SÉANCE\n\nEXAMEN DES RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES (suite)\n\n"
            f"{line}\n\n1. Sur l'invitation du Président, la délégation bulgare prend place à "
            "la table du Comité.\n")
        meta = review.metadata
        assert (meta.state_party_code, meta.report) == ("BGR", Report("periodic", 3)), line


@pytest.mark.parametrize(("text", "code", "report"), [
    ("Nordland had announced a moratorium on the death penalty, the Human Rights Committee "
     "heard today as it took up that country's fifth periodic report.", None, None),
    ("Mongolia had announced a moratorium on the death penalty, the Human Rights Committee "
     "heard today as it took up that country's fifth periodic report.", "MNG",
     Report("periodic", 5)),
    ("Des expertes s'inquiètent des violences au Pérou\n\nLe Comité pour l'élimination de la "
     "discrimination à l'égard des femmes a examiné hier le rapport présenté par ce pays.",
     "PER", None),
    # two States named before: no telling which
    ("Chile and Peru had signed the treaty, the Committee heard as it took up that country's "
     "fifth periodic report.", None, None),
])
def test_a_report_named_by_an_anaphor_is_of_the_one_state_named_before(
        text: str, code: str | None, report: Report | None) -> None:
    """"that country's fifth periodic report", "présenté par ce pays": the State its
    sentence, or the headline and lede before it, name, if only one (helpers' real pages)."""
    meta = analyze_text(text).metadata
    assert (meta.state_party_code, meta.report) == (code, report)


def test_a_body_named_with_commas_and_and_stays_one_item() -> None:
    text = ("The delegation of Namibia consisted of representatives of the Ministry of Justice, "
            "the Ministry of Gender Equality and Child Welfare, the Ministry of Health, Labour "
            "and Social Protection, and the Permanent Mission of Namibia to the United Nations "
            "Office at Geneva.")
    assert [text[s.start:s.end] for s in find_delegation_composition(text)] == [
        "Ministry of Justice", "Ministry of Gender Equality and Child Welfare",
        "Ministry of Health, Labour and Social Protection",
        "Permanent Mission of Namibia to the United Nations Office at Geneva"]


@pytest.mark.parametrize(("text", "expected"), [
    # releases of the 2000s
    ("The Committee on the Elimination of Racial Discrimination this morning concluded its "
     "consideration of the sixteenth and seventeenth periodic reports of Botswana. When the "
     "Committee reconvenes at 3 p.m. this afternoon, it will begin its consideration of the "
     "twelfth periodic report of Namibia (CERD/C/NAM/12).",
     ("NAM", "CERD/C/NAM/12", "3 p.m. this afternoon")),
    ("The Committee on Economic, Social and Cultural Rights concluded its review. When the "
     "Committee next meets in public at 10 a.m. on Tuesday, 16 November, it will begin its "
     "consideration of the second periodic report of Estonia (E/C.12/EST/2).",
     ("EST", "E/C.12/EST/2", "10 a.m. on Tuesday, 16 November")),
    ("The Committee on the Elimination of Discrimination against Women concluded its review. "
     "The next public meeting of the Committee will be at 10 a.m. on Thursday, 18 October, "
     "when it will consider the combined fifth and sixth periodic report of Chile "
     "(CEDAW/C/CHL/5-6).", ("CHL", "CEDAW/C/CHL/5-6", "10 a.m. on Thursday, 18 October")),
    # French releases put the time first
    ("Le Comité des droits de l'homme a achevé l'examen du rapport de la Mauritanie. Demain "
     "matin, à 10 heures, le Comité entamera l'examen du rapport des Maldives (CCPR/C/MDV/2).",
     ("MDV", "CCPR/C/MDV/2", "Demain matin, à 10 heures")),
    # the session to come by its ordinal, and a span of days (not "from 6": "to" + a number
    # is no purpose)
    ("The Committee on the Elimination of Racial Discrimination concluded its eightieth "
     "session. The eighty-first session of the Committee will be held from 6 to 31 August "
     "2012, during which it will consider the report of Senegal (CERD/C/SEN/16-18).",
     ("SEN", "CERD/C/SEN/16-18", "from 6 to 31 August 2012")),
    # the Working Group of the Universal Periodic Review, and a State's "human rights record"
    ("The Working Group on the Universal Periodic Review today reviewed Mauritius. The Working "
     "Group will next meet at 9 a.m. on Thursday, 26 January, to review the human rights record "
     "of Switzerland.", ("CHE", None, "9 a.m. on Thursday, 26 January")),
    # ... the State named right after the verb (probe i)
    ("The Working Group on the Universal Periodic Review this morning held its review of "
     "Paraguay. The delegation said a protocol had been adopted. The Working Group will next "
     "meet at 9 a.m. on Tuesday, 28 January, to review Ghana.",
     ("GHA", None, "9 a.m. on Tuesday, 28 January")),
    # a summary record's reported speech
    ("Summary record of the 388th meeting. The Chair said that the Committee would next "
     "consider the second periodic report of Senegal (CMW/C/SEN/2).",
     ("SEN", "CMW/C/SEN/2", None)),
    # the committee by its acronym
    ("The Committee on Migrant Workers concluded its session. The CMW will next meet from 4 "
     "to 13 September 2017 when members will review the report of Ecuador (CMW/C/ECU/3).",
     ("ECU", "CMW/C/ECU/3", "from 4 to 13 September 2017")),
    # the Committee's session by its possessive, after its pre-sessional working group's
    # week, which prepares it (probe 277)
    ("The Committee against Torture closed its session. The pre-sessional working group will "
     "meet from 4 to 8 November. The Committee's sixty-eighth session will be held from 11 "
     "November to 6 December 2019, when it will review the report of Benin (CAT/C/BEN/4).",
     ("BEN", "CAT/C/BEN/4", "from 11 November to 6 December 2019")),
    # what the Committee is due to do, in French (probe t)
    ("Le Comité des droits de l'enfant a ouvert ce matin sa quatre-vingt-dix-septième session. "
     "Il doit entamer cet après-midi l'examen du rapport de l'Équateur (CRC/C/ECU/7).",
     ("ECU", "CRC/C/ECU/7", "cet après-midi")),
    # the time in a clause of "it" before the Committee (releases of 1999-2004)
    ("The Committee against Torture began its consideration of the third periodic report of "
     "Chile. JUAN PEREZ, Director of Human Rights, said officers had been suspended. When it "
     "reconvenes at 10 a.m. on Monday, 12 May, the Committee will take up the initial report "
     "of Liechtenstein (CAT/C/LIE/1).", ("LIE", "CAT/C/LIE/1", "10 a.m. on Monday, 12 May")),
    # the present of older releases, and what it takes up in the sentence after
    ("The Human Rights Committee this morning discussed its working methods. The Committee "
     "reconvenes at 3 p.m. to discuss a draft proposal.", (None, None, "3 p.m.")),
    ("The Committee on the Rights of the Child this morning opened its session. The Committee "
     "will reconvene at 10 a.m. tomorrow. It will take up the initial report of Palau at 11 "
     "a.m.", ("PLW", None, "10 a.m. tomorrow")),
    # the next session in French, its place after when, its reports in the next sentence
    ("Le Comité des travailleurs migrants a clos ce matin sa dix-neuvième session. La "
     "prochaine session du Comité pour la protection des droits des travailleurs migrants se "
     "tiendra du 31 mars au 11 avril 2014 à Genève. Le Comité devrait à cette occasion "
     "examiner le rapport du Belize.", ("BLZ", None, "du 31 mars au 11 avril 2014")),
    # the session's closing meeting
    ("Le Comité des droits de l'homme a examiné ce matin le suivi de ses constatations. La "
     "séance de clôture de la cent-vingt-cinquième session du Comité doit se tenir le "
     "vendredi 29 mars à 16 heures.", (None, None, "vendredi 29 mars à 16 heures")),
    ("The Human Rights Committee this morning discussed the follow-up to its Views. The "
     "closing meeting of the session will be held on Friday, 29 March at 4 p.m.",
     (None, None, "Friday, 29 March at 4 p.m.")),
])
def test_next_meeting_sentences_of_other_styles(text: str, expected: tuple[str, str, str]) -> None:
    review = analyze_text(text)
    meeting = review.metadata.next_meeting
    assert meeting is not None
    if "opened its session" in text or "a clos" in text:  # the State it takes up next is
        assert review.metadata.state_party_code is None  # not the one reviewed now
    assert (meeting.state_party_code, meeting.report_symbol, meeting.when_text) == expected


def test_old_style_cescr_report_symbols_and_the_former_yugoslav_republic() -> None:
    """Reports under the Covenant were issued as addenda of E/1990/5 (initial) and E/1990/6
    (periodic); "the former Yugoslav Republic of Macedonia" is written with a lower-case
    "former"."""
    review = analyze_text(
        "COMMITTEE ON ECONOMIC, SOCIAL AND CULTURAL RIGHTS CONSIDERS REPORT\n\n"
        "The Committee will next meet in public at 10 a.m. on Thursday, 15 May, when it is "
        "scheduled to take up the second periodic report of Ecuador (E/1990/6/Add.36).\n\n"
        "The initial report of the former Yugoslav Republic of Macedonia (E/1990/5/Add.61) "
        "states that the Constitution guarantees the right to work.\n")
    meta = review.metadata
    assert meta.state_party_code == "MKD"
    assert meta.report is not None and meta.report.symbol == "E/1990/5/Add.61"
    assert meta.next_meeting is not None and meta.next_meeting.report_symbol == "E/1990/6/Add.36"


def test_additional_information_is_reviewed_but_is_no_numbered_report() -> None:
    text = ("The Committee on Enforced Disappearances today concluded its review of the "
            "additional information submitted by Mexico under article 29 (4) of the "
            "Convention.\n\nThe Committee has before it the additional information of Mexico "
            "(CED/C/MEX/AI/2).")
    meta = analyze_text(text).metadata
    assert meta.state_party_code == "MEX"
    assert meta.report == Report(None, None, "CED/C/MEX/AI/2")


def test_a_numbered_report_phrase_wins_over_an_unnumbered_one() -> None:
    text = ("Le Comité pour l'élimination de la discrimination à l'égard des femmes a examiné, "
            "aujourd'hui, le rapport périodique présenté par le Sénégal.\n\nLe Comité est saisi "
            "des troisième à septième rapports périodiques combinés du Sénégal.")
    report = analyze_text(text).metadata.report
    assert report is not None and report.ordinal == (3, 4, 5, 6, 7)


def test_a_news_story_names_the_state_before_the_country_s_report() -> None:
    """UN News: "pressed the Philippines ..., as the country's ... reports were reviewed";
    "it will begin its review of Hungary" is the next meeting, not the review."""
    review = analyze_text(
        "The UN Committee on the Rights of the Child on Wednesday pressed the Philippines over "
        "the detention of children, as the country's combined fifth and sixth periodic reports "
        "were reviewed in Geneva.\n\nThe Committee will publish its concluding observations on "
        "9 June. On Thursday, it will begin its review of Hungary.")
    meta = review.metadata
    assert (meta.state_party_code, meta.report and meta.report.ordinal) == ("PHL", (5, 6))
    assert meta.next_meeting is not None and meta.next_meeting.state_party_code == "HUN"


def test_a_region_s_report_symbol_under_the_state_that_reports_for_it() -> None:
    """Hong Kong, China reports under China's symbols: "CCPR/C/CHN-HKG/4" is its report."""
    review = analyze_text(
        "The Human Rights Committee today concluded its consideration of the fourth periodic "
        "report of Hong Kong, China (CCPR/C/CHN-HKG/4).")
    meta = review.metadata
    assert meta.state_party_code == "HKG"
    assert meta.report is not None and meta.report.symbol == "CCPR/C/CHN-HKG/4"


def test_the_report_symbol_names_the_state_when_no_phrase_does() -> None:
    """A name no pattern can read ("B?nin", a damaged copy) leaves the report symbol: its
    State is the reviewed one, not the next meeting's."""
    review = analyze_text(
        "Le Comité des droits économiques, sociaux et culturels examine le rapport du B?nin\n\n"
        "Le Comité est saisi du troisième rapport périodique du B?nin (E/C.12/BEN/3).\n\n"
        "Le Comité reprendra ses travaux demain pour examiner le rapport de la Bulgarie "
        "(E/C.12/BGR/7).\n")
    meta = review.metadata
    assert (meta.state_party_code, meta.report and meta.report.symbol) == ("BEN", "E/C.12/BEN/3")
    assert meta.next_meeting is not None and meta.next_meeting.state_party_code == "BGR"


def test_the_universal_periodic_review_of_a_state_names_it() -> None:
    review = analyze_text(
        "Le Conseil des droits de l'homme a adopté ce matin les documents finals de l'Examen "
        "périodique universel (EPU) de Madagascar.")
    assert review.metadata.state_party_code == "MDG"


def test_a_report_under_an_optional_protocol_is_reviewed_under_it() -> None:
    """The treaty of a review of a report under the Optional Protocol on the sale of
    children is that Protocol, not the Convention."""
    text = ("The Committee on the Rights of the Child today considered the second report of "
            "the Philippines under the Optional Protocol on the sale of children, child "
            "prostitution and child pornography (CRC/C/OPSC/PHL/2).")
    treaty = analyze_text(text).metadata.treaty or ""
    assert treaty.startswith("Optional Protocol to the Convention on the Rights of the Child")
    plain = analyze_text(text.replace("OPSC/", "").replace(" under the Optional Protocol on "
                                                           "the sale of children, child "
                                                           "prostitution and child pornography",
                                                           ""))
    assert plain.metadata.treaty == "Convention on the Rights of the Child"


def test_a_sidebar_of_other_news_sets_no_metadata() -> None:
    """"Latest news" and its headlines above the article (probe l): page chrome, so another
    body's closing session is not the text's committee, session or State."""
    review = analyze_text(
        "Latest news\nCommittee on Economic, Social and Cultural Rights closes seventy-sixth "
        "session – 11 October 2024\nSee all news\n\nThe Committee on the Elimination of Racial "
        "Discrimination today concluded its review of the combined fifteenth to seventeenth "
        "periodic reports of Viet Nam.\n")
    meta = review.metadata
    assert (meta.committee_code, meta.state_party_code, meta.session) == ("CERD", "VNM", None)
    assert review.boilerplate[0].slice(review.text).startswith("Latest news")


def test_a_sentence_the_text_stops_in_is_not_read() -> None:
    """A copied opening cut in mid-sentence: what the cut sentence begins to say may be wrong
    or incomplete ("... du Ministère de"), so no metadata is taken from it. A list cut in an
    item is one sentence with its lead-in: its symbols are not read either."""
    opening = ("The Committee against Torture this morning held a meeting with States parties "
               "to the Convention. Representatives of Peru and Kenya took the floor.\n\n")
    whole = analyze_text(opening + "The Committee will conclude its sixty-sixth session on "
                         "Friday, 8 March, and adopt its concluding observations.")
    cut = analyze_text(opening + "The Committee will conclude its sixty-sixth session on "
                       "Friday, 8 March, and a")
    assert whole.metadata.session is not None and whole.metadata.session.ordinal == 66
    assert cut.metadata.session is None
    listed = analyze_text(
        "The Working Group on the Universal Periodic Review held its twenty-second session "
        "(A/HRC/WG.6/22/L.10) and reviewed Chile.\n\nThe following documents were issued for "
        "the review of Chile:\n\n(a) A national report submitted in accordance with paragraph "
        "15 (a) (A/HRC/WG.6/22/CHL/1);\n\n(b) A compilation prepared by OHCHR in accordance "
        "with paragraph 15 (b) (A/HRC")
    assert listed.metadata.document_symbols == ("A/HRC/WG.6/22/L.10",)
    french = analyze_text(
        "Le Comité a examiné aujourd'hui le rapport périodique présenté par le Bhoutan. La "
        "délégation était également composée de représentants du Ministère de la santé; du "
        "Ministère de la justice; et du Ministère de")
    assert french.metadata.delegation_composition == ()


def test_a_former_member_state_is_the_state_party() -> None:
    """Serbia and Montenegro (2003-2006) is one State with the code ISO gave it, not Serbia."""
    review = analyze_text(
        "HUMAN RIGHTS COMMITTEE CONSIDERS REPORT OF SERBIA AND MONTENEGRO\n\nThe Human Rights "
        "Committee this morning began its consideration of the initial report of Serbia and "
        "Montenegro (CCPR/C/SEMO/2003/1).\n")
    meta = review.metadata
    assert (meta.state_party, meta.state_party_code) == ("Serbia and Montenegro", "SCG")
    assert meta.report is not None and meta.report.symbol == "CCPR/C/SEMO/2003/1"


def test_forms_of_real_headers() -> None:
    """Probe ai, on texts outside the corpus: an adjective between the session's ordinal and
    "session" ("sixty-ninth online session"; the later "second session held virtually" is
    another count), a date line with the part of the day, and a New York release's date
    stamp, which counts nothing."""
    closing = analyze_text(
        "The Committee on Economic, Social and Cultural Rights today closed its sixty-ninth "
        "online session. It was the second session held virtually.\n")
    assert closing.metadata.session is not None and closing.metadata.session.ordinal == 69
    dated = analyze_text("HUMAN RIGHTS COUNCIL\n\n19 May 2008 (afternoon)\n\nThe Working Group "
                         "on the Universal Periodic Review this afternoon concluded its second "
                         "session.\n")
    assert dated.metadata.date == "2008-05-19"
    stamped = analyze_text("WOM/1085\n\n19990126 Committee Concludes Consideration of Report "
                           "of Algeria\n\nThe Committee on the Elimination of Discrimination "
                           "against Women this afternoon concluded its consideration of the "
                           "initial report of Algeria.\n")
    assert stamped.claims == () and stamped.metadata.date == "1999-01-26"


def test_a_state_reporting_as_the_subject_is_the_state_party() -> None:
    """A New York release's lede names the State as its subject, with no "report of"
    (probe ai): the State and its combined report, and who introduces "the country's
    report" is of the State."""
    review = analyze_text(
        "WOMEN'S ANTI-DISCRIMINATION COMMITTEE TAKES UP REPORTS OF LATVIA\n\nLatvia was "
        "reporting to the Committee on the Elimination of Discrimination against Women for "
        "the first time today, presenting its combined first, second and third reports.\n\n"
        "Introducing the country's report, Ina Druviete, Chair of the Education Committee of "
        "Latvia's Parliament, said that the law had changed.\n")
    meta = review.metadata
    assert meta.state_party_code == "LVA"
    assert meta.report is not None and meta.report.ordinal == (1, 2, 3)
    assert [p.side for p in review.participants if p.name] == ["state"]


def test_information_received_on_follow_up_names_the_state() -> None:
    """A summary record's agenda item "Information received from Mexico on follow-up to the
    concluding observations" reviews Mexico (probe ai)."""
    review = analyze_text(
        "CED/C/SR.264\n\nCommittee on Enforced Disappearances\nFifteenth session\nSummary "
        "record of the 264th meeting\n\nInformation received from Mexico on follow-up to the "
        "concluding observations (CED/C/MEX/CO/1/Add.2)\n\n1. At the invitation of the Chair, "
        "the delegation of Mexico took places at the Committee table.\n")
    assert review.metadata.state_party_code == "MEX"


def test_a_summary_record_agenda_line_with_its_verb_names_the_state() -> None:
    """"Examination in the absence of the second periodic report of Suriname" is an agenda
    line of the review of Suriname (probe ai), and a speaker may answer "in response to a
    question" before saying (the Secretary's turn)."""
    review = analyze_text(
        "CCPR/C/SR.2056\n\nHuman Rights Committee\nSeventy-fifth session\nSummary record of the "
        "2056th meeting\n\nExamination in the absence of the second periodic report of Suriname "
        "(continued) (CCPR/C/75/L/SUR)\n\n1. Ms. MORALES (Secretary of the Committee), in "
        "response to a question by Mr. WANG Xuexian, said that no files had arrived.\n")
    meta = review.metadata
    assert meta.state_party_code == "SUR" and meta.report is not None and meta.report.ordinal == 2
    assert [p.name for p in review.participants if p.name] == ["Morales"]


def test_a_state_after_an_elided_de_is_the_state_party() -> None:
    """"le rapport initial d'Haïti" (and d'Israël, d'Oman, d'El Salvador): the link was
    read only before a space."""
    for name, code in (("d'Haïti", "HTI"), ("d’Israël", "ISR"), ("d'Oman", "OMN"),
                       ("d'El Salvador", "SLV")):
        meta, _ = find_metadata("Le Comité des droits de l'enfant a examiné aujourd'hui le "
                                f"rapport initial {name}.")
        assert (meta.state_party_code, meta.report) == (code, Report("initial", 1, None)), name


def test_an_initial_report_and_a_periodic_one_named_each_are_both_reviewed() -> None:
    for text in ("The Committee considered the initial report and the second periodic report "
                 "of Andorra.",
                 "Le Comité des droits de l'enfant a examiné aujourd'hui le rapport initial et le "
                 "deuxième rapport périodique de l'Andorre."):
        meta, _ = find_metadata(text)
        assert (meta.state_party_code, meta.report) == ("AND", Report("periodic", (1, 2), None))


def test_a_headlines_first_report_is_the_bodys_combined_one() -> None:
    """The headline's "FIRST REPORT" and the body's "initial, second and third combined
    report": the combined report holds the first, so it is the one reviewed."""
    meta, _ = find_metadata(
        "WOMEN'S ANTI-DISCRIMINATION COMMITTEE TAKES UP TONGA'S FIRST REPORT\n\nThe Committee "
        "on the Elimination of Discrimination against Women today considered the report of "
        "Tonga.\n\nPresenting Tonga's initial, second and third combined report, Ana Fifita, "
        "Minister of Women, said the law had changed.")
    assert (meta.state_party_code, meta.report) == ("TON", Report("periodic", (1, 2, 3), None))


def test_a_session_a_decision_is_for_is_one_to_come() -> None:
    """"The Committee also decided today to hear 10 State party reports at its eighteenth
    session": a session to come, as "would consider ... at its seventeenth session" is."""
    meta, _ = find_metadata(
        "The Committee on the Elimination of Discrimination against Women decided this morning "
        "that it would consider 10 State party reports at its seventeenth session in July. The "
        "Committee also decided today to hear 10 State party reports at its eighteenth session.")
    assert meta.session is None


def test_additional_information_received_from_a_state_and_a_reposts_page_facts() -> None:
    """A CED record's "Additional information received from Iraq under article 29 (4)"
    names the State; a reposting site's "• 3/9/2023" writes the month first (it was read
    3 September)."""
    meta, _ = find_metadata("SUMMARY RECORD OF THE 334th MEETING\n\nAdditional information "
                            "received from Iraq under article 29 (4) of the Convention\n\n1. "
                            "Mr. Abdulsattar (Iraq) said that the law had been adopted.")
    assert meta.state_party_code == "IRQ"
    meta, _ = find_metadata("In Dialogue with Chile, Experts Commend Reforms\n\n  • 3/9/2023\n"
                            "  • 00:00\n\nThe Human Rights Committee this morning concluded its "
                            "review of the fifth periodic report of Chile.")
    assert meta.date == "2023-03-09"


def test_a_special_report_names_its_state() -> None:
    meta, _ = find_metadata("COMPTE RENDU ANALYTIQUE DE LA 1141e SÉANCE\n\nExamen des rapports "
                            "soumis par les États parties\n\nRapport spécial du Burundi\n\n1. Le "
                            "Président dit que la délégation ne s'est pas présentée.")
    assert meta.state_party_code == "BDI"
