"""Sections from inline headings in flattened text and from heading lines."""

from __future__ import annotations

import itertools

import pytest

from conftest import analyze_text
from treatyscope.model import Review

FLAT = (
    "The Committee today concluded its review of the report of Chile. A Committee Expert asked "
    "about prisons. The webcast of Committee meetings can be found here. Report The Committee "
    "has before it the fifth periodic report of Chile (CAT/C/CHL/5). Presentation of Report "
    "JUAN PEREZ, Minister of Justice of Chile, said the country had reformed its laws. "
    "Questions by Committee Experts A Committee Expert asked whether the law applied to "
    "prisons? Responses by the Delegation The delegation said it did. Concluding Remarks "
    "JUAN PEREZ thanked the Committee."
)


def kinds(review: Review) -> list[str]:
    return [s.kind for s in review.sections]


def test_inline_headings_in_flat_text() -> None:
    review = analyze_text(FLAT)
    assert kinds(review) == [
        "summary", "report", "presentation", "questions", "responses", "concluding_remarks"
    ]
    headings = [s.heading_span.slice(review.text) for s in review.sections if s.heading_span]
    assert headings == [
        "Report", "Presentation of Report", "Questions by Committee Experts",
        "Responses by the Delegation", "Concluding Remarks",
    ]


def test_rounds_named_by_their_treaty_and_articles_under_a_round() -> None:
    """"Questions on the Optional Protocol on ..." opens a round of questions; "Articles 1
    to 6" right under "Questions by Experts" is what that round is about, not a dialogue."""
    review = analyze_text(
        "Committee on the Rights of the Child reviews reports of Paraguay\n\nThe Committee "
        "today reviewed the reports.\n\nQuestions on the Optional Protocol on the sale of "
        "children\n\nAN EXPERT asked whether the law applied.\n\nReplies under the Optional "
        "Protocol on the sale of children\n\nThe delegation said it did.\n\nQuestions by "
        "Experts\n\nArticles 1 to 6\n\nAN EXPERT asked whether quotas existed.\n")
    assert kinds(review)[-4:] == ["questions", "responses", "questions", "questions"]


def test_a_heading_glued_to_the_sentence_before_it() -> None:
    """A phone paste loses the space: "... after grade 12.Concluding Remarks" then a line
    break is still the heading (alone on the rest of its line)."""
    review = analyze_text(
        "The Committee today reviewed the report of Ghana.\nResponses by the Delegation\nThe "
        "delegation said girls could return to school after grade 12.Concluding Remarks\n"
        "ANN LEE, Committee Chair, thanked the delegation. She noted progress.Reports were due "
        "in 2026.\n")
    assert kinds(review)[-2:] == ["responses", "concluding_remarks"]


def test_sections_cover_the_text_in_order() -> None:
    review = analyze_text(FLAT)
    spans = [s.span for s in review.sections]
    assert spans[0].start == 0 and spans[-1].end == len(review.text)
    for a, b in itertools.pairwise(spans):
        assert a.end < b.start
        assert not review.text[a.end : b.start].strip()


def test_heading_lines_of_html_derived_text() -> None:
    text = (
        "Skip to main content\n\nCommittee against Torture reviews Chile\n\nMeeting Summaries\n\n"
        "The Committee against Torture today concluded its consideration of the fifth periodic "
        "report of Chile.\n\nPresentation of the Report\n\nJuan Perez, Minister of Justice, said "
        "reforms had been made.\n\nQuestions from Committee Experts\n\nA Committee Expert asked "
        "about prisons.\n\nResponses by the Delegation\n\nThe delegation said prisons were "
        "inspected.\n"
    )
    review = analyze_text(text)
    assert kinds(review) == ["header", "summary", "presentation", "questions", "responses"]
    assert review.sections[0].span.slice(text).startswith("Skip to main content")
    # the French heading put into English word for word, as a machine translation gives it
    translated = text.replace("Questions from Committee Experts",
                              "Questions and observations of the members of the Committee")
    assert kinds(analyze_text(translated)) == kinds(review)
    # one expert's round, as the newest pages head it
    single = text.replace("Questions from Committee Experts", "Questions by a Committee Expert")
    assert kinds(analyze_text(single)) == kinds(review)


def test_the_headings_of_a_universal_periodic_review() -> None:
    """"Presentation of the National Report", "Responses by the State under Review" (probe
    370)."""
    text = (
        "Universal Periodic Review of the Lao People's Democratic Republic\n\nThe Working "
        "Group on the Universal Periodic Review today reviewed the Lao People's Democratic "
        "Republic.\n\nPresentation of the National Report\n\nSOMPHONE VILAYTHONG, Minister of "
        "Justice, said reforms had been made.\n\nInteractive Dialogue\n\nAustralia welcomed "
        "the reforms.\n\nResponses by the State under Review\n\nThe delegation said prisons "
        "were inspected.\n")
    assert kinds(analyze_text(text))[-3:] == ["presentation", "dialogue", "responses"]


def test_a_word_like_report_inside_a_sentence_is_no_heading() -> None:
    review = analyze_text("The Committee adopted its report. Report on the visit was late. It ended.")
    assert kinds(review) == ["summary"]


def test_french_headings() -> None:
    text = (
        "Le Comité a examiné le rapport du Qatar.\nPrésentation du rapport\nM. X a présenté le "
        "rapport.\nQuestions et observations des membres du Comité\nUn expert a demandé si la "
        "loi était appliquée.\nRéponses de la délégation\nLa délégation a répondu que oui.\n"
    )
    assert kinds(analyze_text(text)) == ["summary", "presentation", "questions", "responses"]


def test_the_parent_heading_of_a_french_release_s_dialogue() -> None:
    text = (
        "Le Comité a examiné le rapport du Qatar.\n\nExamen du rapport\n\nPrésentation\n\n"
        "M. X a présenté le rapport.\n\nUn expert a demandé si la loi était appliquée.\n")
    review = analyze_text(text)
    assert kinds(review) == ["summary", "dialogue", "presentation"]
    assert not any("Examen du rapport" in t.span.slice(review.text) for t in review.turns)


def test_summary_record_header_and_agenda_items() -> None:
    text = (
        "United Nations\nCMW/C/SR.519\nCommittee on Migrant Workers\nThirty-sixth session\n"
        "Summary record of the 519th meeting\nHeld at the Palais Wilson, Geneva, on Thursday, "
        "30 March 2023, at 10 a.m.\nChair:Mr. Corzo Sosa\nContents\nConsideration of reports "
        "submitted by States parties under article 73 of the Convention (continued)\n"
        "The meeting was called to order at 10 a.m.\nCONSIDERATION OF REPORTS SUBMITTED BY "
        "STATES PARTIES UNDER ARTICLE 73 OF THE CONVENTION (continued)\nThird periodic report "
        "of the Philippines (CMW/C/PHL/3)\nMs. Ople (Philippines) said that workers were "
        "protected.\n"
    )
    review = analyze_text(text)
    assert kinds(review) == ["header", "summary", "agenda", "agenda"]
    assert review.sections[1].span.slice(text) == "The meeting was called to order at 10 a.m."
    # a meeting in parts opens its record with its public part
    for opening in ("The public part of the meeting was called to order at 11.35 a.m.",
                    "La deuxième partie (publique) de la séance est ouverte à 11 h 35.",
                    # ... or says when it began
                    "The second part (public) of the meeting began at 5 p.m.",
                    "The meeting began at 11 a.m.",
                    # ... with a word broken by text extraction (helpers' real records)
                    "The meeting w as called to order at 10 a.m.",
                    "La s éance est ouverte à 10 h 5.",
                    # ... or names the session, as a translation may
                    "The session was called to order at 10:10 a.m."):
        parted = analyze_text(text.replace("The meeting was called to order at 10 a.m.", opening))
        assert kinds(parted) == ["header", "summary", "agenda", "agenda"]
    # the opening glued by the copy to the contents line before it
    glued = analyze_text(text.replace("(continued)\nThe meeting", "(continued)The meeting"))
    assert kinds(glued) == ["header", "summary", "agenda", "agenda"]
    assert glued.sections[1].span.slice(glued.text) == (
        "The meeting was called to order at 10 a.m.")


@pytest.mark.parametrize("heading", ["Country Response", "Response of State Party",
                                     "RESPONSES BY THE DELEGATION", "Government's Replies",
                                     "Preliminary Response by Delegation",
                                     "Initial Replies from the Delegation",
                                     # a later round, and the State named
                                     "Further Response", "Follow-up Replies",
                                     "Response to Further Questions", "Follow-up Response",
                                     "Response by the Delegation of Sierra Leone",
                                     # the written questions answered first
                                     "Responses to List of Issues",
                                     "Réponses à la liste des points à traiter"])
def test_a_response_heading_on_its_own_line_in_any_case(heading: str) -> None:
    text = (
        "Questions by Experts\nThe expert from Brazil, MARIA SILVA, asked about quotas.\n"
        f"{heading}\nMs. DEVKOTA, Minister of Women, said that quotas were in place.\n"
    )
    assert kinds(analyze_text(text)) == ["questions", "responses"]


def test_experts_statements_heading_opens_a_statements_section() -> None:
    text = (
        "The Committee held its informal meeting with States today and heard from members.\n"
        "Opening Statements by Committee Experts\nANN LEE, Committee Chairperson, said the "
        "Committee had met twice.\nSeveral points were raised.\n"
    )
    review = analyze_text(text)
    assert kinds(review) == ["summary", "statements"]
    labels = {p.id: p.label for p in review.participants}
    assert [labels[t.participant] for t in review.turns][-1] == "Ann Lee"


@pytest.mark.parametrize("heading", [
    "Statement by the National Human Rights Institution",
    "Statement by the Kenya National Commission on Human Rights",
    "Déclaration de l'institution nationale des droits de l'homme",
    "Statement by the National Human Rights Commission of Sudan",
])
def test_a_national_institution_s_statement_has_its_own_heading(heading: str) -> None:
    """The heading before a national institution's statement is no part of the head of
    delegation's turn (probe 293)."""
    review = analyze_text(
        "Presentation of the Report\n\nPETER ODHIAMBO, Attorney General and head of "
        f"delegation, said the law was new.\n\n{heading}\n\nMARGARET OBURA, Chief "
        "Commissioner of the Kenya National Commission on Human Rights, said torture "
        "persisted.\n\nQuestions by Committee Experts\n\nAn Expert asked why.\n")
    assert kinds(review) == ["presentation", "statements", "questions"]
    head = review.turns[0]
    assert heading not in head.span.slice(review.text)


@pytest.mark.parametrize(("heading", "kind"), [
    # a round named by its order (probe 307), and French answers with no one named (308)
    ("Questions from Committee Experts in a Second Round", "questions"),
    ("Second Round of Questions from Committee Experts", "questions"),
    ("Réponses complémentaires", "responses"),
])
def test_a_later_round_named_by_its_order(heading: str, kind: str) -> None:
    other = "questions" if kind == "responses" else "responses"
    first = "Questions by Committee Experts" if other == "questions" else "Responses by the Delegation"
    review = analyze_text(f"{first}\n\nThe delegation said the law was new.\n\n{heading}\n\n"
                          "An Expert asked why.\n")
    assert kinds(review)[-2:] == [other, kind]


def test_headings_of_releases_of_the_2000s() -> None:
    review = analyze_text(
        "Committee on the Elimination of Racial Discrimination considers report of Botswana\n\n"
        "Presentation of Report\n\nTHATO KGOSI, Minister of Justice, said the law was new.\n\n"
        "Questions Raised by Committee Experts\n\nAn Expert asked whether it applied.\n\n"
        "Response of the Delegation\n\nThe delegation said it applied.\n\n"
        "Additional Questions by Experts\n\nAn Expert asked why.\n\n"
        "Additional Response of the Delegation\n\nThe delegation said because.\n\n"
        "Preliminary Concluding Observations\n\nThe Rapporteur thanked the delegation.\n")
    assert [s.kind for s in review.sections][-6:] == [
        "presentation", "questions", "responses", "questions", "responses", "concluding_remarks"]
    shorter = analyze_text("Committee on Rights of Child considers report of Namibia\n\n"
                           "Response of the Delegation\n\nThe delegation said it applied.\n\n"
                           "Preliminary Observations\n\nThe Rapporteur thanked the delegation.\n")
    assert [s.kind for s in shorter.sections][-2:] == ["responses", "concluding_remarks"]
    # ... and whose closing words they are
    rapporteur = analyze_text("Committee on Elimination of Racial Discrimination considers "
                              "report of Finland\n\nResponse of the Delegation\n\nThe "
                              "delegation said it applied.\n\nConcluding Observations of the "
                              "Country Rapporteur\n\nThe Rapporteur thanked the delegation.\n")
    assert [s.kind for s in rapporteur.sections][-2:] == ["responses", "concluding_remarks"]



_TOGO_ROUNDS = (
    ("Questions et observations des membres du Comité sur les articles 1 à 6", "questions"),
    ("Réponses de la délégation", "responses"),
    ("Questions et observations des membres du Comité sur les articles 7 à 9", "questions"),
    ("Articles 10 à 14", "dialogue"),
    # a later round, and the Rapporteur's closing words
    ("Questions supplémentaires des experts", "questions"),
    ("Réponses complémentaires de la délégation", "responses"),
    # ... with no asker named (probe 299)
    ("Questions et observations complémentaires", "questions"),
    ("Questions et observations supplémentaires des membres du Comité", "questions"),  # probe 317
    ("Réponses complémentaires de la délégation", "responses"),
    ("Concluding Observations", "concluding_remarks"),
)


#: The French headings of a Council dialogue, with their kinds.
_COUNCIL_FR = (
    ("Aperçu du rapport", "report"),
    ("Pays concerné", "presentation"),
    ("Dialogue interactif", "dialogue"),
    ("Réponses et remarques de conclusion du Rapporteur spécial", "concluding_remarks"),
)


@pytest.mark.parametrize(("title", "rounds"), [
    ("Le Comité examine le rapport du Togo", _TOGO_ROUNDS),
    ("Le Conseil des droits de l'homme tient un dialogue interactif", _COUNCIL_FR),
])
def test_french_headings_of_rounds_keep_their_kinds(
        title: str, rounds: tuple[tuple[str, str], ...]) -> None:
    body = "".join(f"{heading}\n\nUne experte a demandé si la loi existait.\n\n"
                   for heading, _ in rounds)
    review = analyze_text(f"{title}\n\n" + body)
    assert [s.kind for s in review.sections][-len(rounds):] == [kind for _, kind in rounds]


@pytest.mark.parametrize(("questions", "response"), [
    ("Questions from Experts on Articles {a}", "Response by the Delegation"),
    # a round named by its articles alone
    ("Questions on Articles {a}", "Response on Articles {a}"),
    # the last round on what remains (probe 279)
    ("Questions by Experts on Remaining Issues", "Responses by the Delegation"),
])
def test_rounds_by_articles_keep_their_headings(questions: str, response: str) -> None:
    rounds = "".join(
        f"{questions.format(a=a)}\n\nAn Expert asked about article {a}.\n\n"
        f"{response.format(a=a)}\n\nThe delegation said it applied.\n\n"
        for a in ("1 to 6", "7 to 9", "10 to 16"))
    review = analyze_text("Committee on the Elimination of Discrimination against Women "
                          "considers report of Zambia\n\n" + rounds)
    assert [s.kind for s in review.sections][-6:] == ["questions", "responses"] * 3
    assert not review.boilerplate


@pytest.mark.parametrize("heading", [
    "Presentation of Additional Information", "Présentation des informations complémentaires",
])
def test_additional_information_is_presented(heading: str) -> None:
    review = analyze_text(f"Committee reviews Mexico\n\n{heading}\n\nMARIA LOPEZ, Minister, "
                          "said the search commission worked.\n")
    assert "presentation" in [s.kind for s in review.sections]


@pytest.mark.parametrize("state", [
    "the former Yugoslav Republic of Macedonia",
    "the United Kingdom of Great Britain and Northern Ireland",
    "Lao People's Democratic Republic",
])
def test_a_report_heading_names_any_state(state: str) -> None:
    review = analyze_text(
        "Committee on Economic, Social and Cultural Rights considers report\n\n"
        f"Report of {state}\n\nIntroducing the report, Mr. STOJKOVSKI said the law was new.\n\n"
        "Questions by Experts\n\nAn Expert asked whether it applied.\n")
    assert [s.kind for s in review.sections][-2:] == ["report", "questions"]


def test_headings_of_new_york_releases_by_articles() -> None:
    review = analyze_text(
        "Committee on Elimination of Discrimination against Women Considers Report of Guyana\n\n"
        "Background\n\nThe Committee had before it the report.\n\n"
        "Introduction of Report\n\nCAROLYN PERSAUD, Minister, said the law was new.\n\n"
        "Articles 7 to 9\n\nDORCAS AMPOFO, the expert from Ghana, asked about quotas.\n\n"
        "Articles 15 and 16\n\nAn expert asked about marriage.\n")
    assert [s.kind for s in review.sections][-4:] == [
        "report", "presentation", "dialogue", "dialogue"]
    assert not any(s.kind == "dialogue" for s in analyze_text(
        "The delegation said Article 16 of the Convention applied.").sections)
    # the New York headings of the questions, with a possessive
    review = analyze_text(
        "Committee on Elimination of Discrimination against Women Takes Up Report of Malawi\n\n"
        "Introduction of Report\n\nJOYCE BANDA, Minister, said the law was new.\n\n"
        "Experts' Comments and Questions\n\nThe expert from Mauritius asked about quotas.\n\n"
        "Response of State Party\n\nThe representative said the law was new.\n\n"
        "Experts' Follow-up Questions\n\nThe expert from Mauritius asked about quotas again.\n")
    assert [s.kind for s in review.sections][-4:] == [
        "presentation", "questions", "responses", "questions"]


def test_headings_of_releases_opening_a_session_are_agenda_items() -> None:
    review = analyze_text(
        "Le Comité des droits de l'enfant ouvre sa soixante-quatorzième session\n\n"
        "Déclaration d'ouverture\n\nOuvrant la session, Mme Anne Dupont, Chef de Section, a "
        "rappelé que 196 États avaient ratifié la Convention.\n\n"
        "Déclaration solennelle et élection du Bureau\n\nLes neuf membres élus ont fait la "
        "déclaration solennelle.\n\nProgramme de travail\n\nLe Comité examinera huit rapports.\n")
    assert [s.kind for s in review.sections][-3:] == ["agenda", "agenda", "agenda"]


def test_headings_of_council_dialogues_and_informal_meetings() -> None:
    review = analyze_text(
        "Human Rights Council Holds Interactive Dialogue\n\nThe Council met today.\n\n"
        "Statement by the Concerned Country\n\nSomalia said the plan was new.\n\n"
        "Discussion\n\nSpeakers welcomed the report.\n\n"
        "Responses by Committee Experts\n\nAN EXPERT said the backlog was shrinking.\n")
    assert [s.kind for s in review.sections][-3:] == ["presentation", "dialogue", "statements"]


def test_french_headings_of_a_council_dialogue() -> None:
    """"Débat" and "Réponses et conclusion de la Rapporteuse spéciale" (probe w)."""
    review = analyze_text(
        "Le Conseil des droits de l'homme a tenu un dialogue avec la Rapporteuse spéciale.\n\n"
        "Pays concerné\n\nM. Égide Ndayizeye a affirmé que 21 détenus avaient été graciés.\n\n"
        "Débat\n\nMme Hélène Dufour a demandé si des témoignages avaient été recueillis.\n\n"
        "Réponses et conclusion de la Rapporteuse spéciale\n\nMME AMINA MBAYE a remercié les "
        "délégations.\n")
    assert [s.kind for s in review.sections][-3:] == [
        "presentation", "dialogue", "concluding_remarks"]


def test_french_headings_of_an_informal_meeting_with_states() -> None:
    review = analyze_text(
        "Le Comité des droits de l'enfant tient une réunion informelle avec les États parties"
        "\n\nLe Comité a tenu ce matin une réunion informelle.\n\n"
        "Présentation par la Présidente du Comité\n\nLa Présidente a dit que 68 rapports "
        "étaient en attente.\n\nDialogue avec les États\n\nLa Norvège a demandé comment "
        "réduire l'arriéré.\n\nRéponses du Comité\n\nUne experte a répondu que le Comité "
        "siégerait en deux chambres.\n")
    assert [s.kind for s in review.sections][-3:] == ["statements", "dialogue", "statements"]


def test_a_heading_line_typed_with_a_colon_is_a_heading() -> None:
    paragraphs = [
        "The Committee today concluded its review of the fifth periodic report of Benin.",
        "Presentation of the report:",
        "ANNE DOSSOU, Minister of Social Affairs, said the law was new.",
        "Questions by Committee Experts: ",
        "An Expert asked about quotas.",
        "Responses by the Delegation :",
        "The delegation said quotas were in place.",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    review = analyze_text(text)
    assert kinds(review) == ["summary", "presentation", "questions", "responses"]
    headings = [s.heading_span.slice(text) for s in review.sections if s.heading_span]
    assert headings == [p.strip() for p in paragraphs[1::2]]
    # the colon belongs to the heading: no turn is a lone ":"
    assert all(t.span.slice(text).strip(" :") for t in review.turns)
    # a colon ends a sentence that introduces speech, not a heading
    assert kinds(analyze_text("The Committee met.\nThe delegation said the following report:\n"
                              "It was adopted.\n")) == ["summary"]


def test_page_chrome_after_the_footer_stays_in_the_trailing_boilerplate_section() -> None:
    text = (
        "The Committee today concluded its review of the fifth periodic report of Benin.\n\n"
        "Concluding Remarks\n\nANNE DOSSOU, Committee Chairperson, thanked the delegation.\n\n"
        "Produced by the United Nations Information Service in Geneva for use of the "
        "information media; not an official record.\n\nCEDAW24.004E\n\nRelated\n"
        "Meeting summaries\nExperts Commend Canada on Pay Equity\n31 January 2024\nOHCHR\n"
        "Quick links\nSubscribe\n"
    )
    review = analyze_text(text)
    assert kinds(review) == ["summary", "concluding_remarks", "boilerplate"]
    assert review.sections[-1].span.slice(text).startswith("Produced by")
    assert [t.span.slice(text) for t in review.turns][-1] == (
        "ANNE DOSSOU, Committee Chairperson, thanked the delegation.")


def test_rounds_opened_by_the_rapporteur_and_follow_up_rounds() -> None:
    rounds = ("Questions from the Country Rapporteur", "Replies by the Delegation",
              "Follow-up Questions by Committee Experts", "Follow-up Replies by the Delegation",
              "Questions by Other Committee Experts", "Response of the Delegation")
    body = "".join(f"{heading}\n\nMs. Lee said the law applied.\n\n" for heading in rounds)
    review = analyze_text("Committee on Economic, Social and Cultural Rights Reviews the "
                          "Report of Paraguay\n\n" + body)
    assert [s.kind for s in review.sections][-6:] == ["questions", "responses"] * 3


def test_the_covenant_s_articles_head_a_summary_record_s_rounds() -> None:
    text = ("The meeting was called to order at 3 p.m.\nArticles 6 to 9 of the Covenant\n"
            "Mr. Kodo (Chad) said that the minimum wage was 60,000 francs.\n"
            "Articles 10 to 12 of the Covenant\nMs. Lee asked about housing.\n")
    assert [s.kind for s in analyze_text(text).sections][-2:] == ["dialogue", "dialogue"]


@pytest.mark.parametrize(("opening", "item", "sub_item"), [
    ("The meeting was called to order at 3 p.m.", "Consideration of reports",
     "(a)Reports submitted by States parties in accordance with articles 16 and 17 of the "
     "Covenant (continued)"),
    ("La séance est ouverte à 15 h 5.", "Examen des rapports",
     "a)Rapports présentés par les États parties conformément aux articles 16 et 17 du Pacte "
     "(suite)"),
    ("The meeting was called to order at 3 p.m.", "Consideration of reports", "Other matters"),
    # other items of a record's agenda, their documents listed however long
    ("The meeting was called to order at 3 p.m.", "Organizational and other matters",
     "Adoption of the Committee's report on its seventy-second session (CRC/C/72/3)"),
    ("The meeting was called to order at 3 p.m.", "Organizational and other matters",
     "Adoption of the report of the Committee on its ninety-fourth session (CERD/C/94/L.1, "
     "CERD/C/ARM/CO/8, CERD/C/NPL/CO/20, CERD/C/TCD/CO/4, CERD/C/FIN/CO/22) (continued)"),
    ("The meeting was called to order at 3 p.m.", "Opening of the session",
     "Statement by the representative of the Secretary-General"),
    ("The meeting was called to order at 3 p.m.", "Opening of the session",
     "Report of the Committee to the General Assembly at its eightieth session "
     "(CERD/C/99/CRP.1)"),
    ("The meeting was called to order at 3 p.m.",
     "Submission of reports by States parties under article 44 of the Convention",
     "Provisional agenda for the ninety-third session"),
    ("The meeting was called to order at 3 p.m.", "Opening of the session",
     "Tribute to the memory of Mr. Orsini, former member of the Committee"),
])
def test_summary_record_agenda_sub_items_are_headings(opening: str, item: str,
                                                      sub_item: str) -> None:
    """A record's lettered sub-item of an agenda item, glued to its letter, and the common
    closing items ("Other matters") are headings, in no one's turn (cescr-sr9, crpd-sr10)."""
    text = f"{opening}\n{item}\n{sub_item}\nMs. Lee (Chile) said that the law was new.\n"
    review = analyze_text(text)
    assert [s.kind for s in review.sections] == ["summary", "agenda", "agenda"]
    assert not any(sub_item[:12] in t.span.slice(text) for t in review.turns)


@pytest.mark.parametrize("sub_item", [
    "Additional information submitted by Portugal under article 29 (4) of the Convention "
    "(CED/C/PRT/AI/1; CED/C/PRT/Q/AI/1)",
    "Thematic discussion on the rights of children in street situations",
    "Joint meeting with the Human Rights Committee on treaty body working methods",
])
def test_a_line_titling_part_of_an_agenda_item_is_a_heading(sub_item: str) -> None:
    """A title-like line right under a record's agenda item heads a part of it, whatever
    its words: no turn holds it."""
    text = ("The meeting was called to order at 10 a.m.\nConsideration of reports of States "
            f"parties (continued)\n\n{sub_item}\n\nMs. Lee (Portugal) said that the law was "
            "new.\n")
    review = analyze_text(text)
    assert [s.kind for s in review.sections] == ["summary", "agenda", "agenda"]
    assert review.sections[2].heading_span is not None
    assert review.sections[2].heading_span.slice(text) == sub_item
    assert not any(t.span.overlaps(review.sections[2].heading_span) for t in review.turns)


@pytest.mark.parametrize("line", [
    # a sentence broken over lines goes on in lower case; a sentence ends with a stop
    "Ms. Lee (Portugal) said that her Government had taken\nmany steps since then.",
    "At the invitation of the Chair, the delegation of Portugal took places.",
    "1. Ms. Lee (Portugal) said that the law was new",
])
def test_a_sentence_under_an_agenda_item_is_no_heading(line: str) -> None:
    text = ("The meeting was called to order at 10 a.m.\nConsideration of reports of States "
            f"parties (continued)\n{line}\nMr. Kodo (Portugal) said that the law was new.\n")
    assert [s.kind for s in analyze_text(text).sections] == ["summary", "agenda"]


def test_french_summary_record_agenda_lines_of_reports() -> None:
    """Every ordinal of a French report line opens an agenda item ("Quatrième", "Deuxième et
    troisième rapports périodiques"), as "Third periodic report of ..." does."""
    for line in ("Quatrième rapport périodique du Bélarus (CAT/C/BLR/4)",
                 "Deuxième et troisième rapports périodiques du Tchad (CRC/C/TCD/2-3)",
                 "Troisième et quatrième rapports périodiques de Sri Lanka (suite)",
                 # a record's line that lists every document of the review (cescr-sr42)
                 "Deuxième à quatrième rapports périodiques de Sri Lanka (E/C/12/LKA/2-4); "
                 "document de base (HRI/CORE/LKA/2008); liste des points à traiter (E/C.12/LKA/"
                 "Q/2-4); réponses écrites du Gouvernement sri-lankais à la liste des points à "
                 "traiter (E/C.12/LKA/Q/2-4/Add.1) (suite)"):
        text = ("La séance est ouverte à 10 h 5.\nExamen des rapports présentés par les États "
                f"parties (suite)\n{line}\nM. Kodo (Tchad) dit que la loi est nouvelle.\n")
        review = analyze_text(text)
        assert [s.kind for s in review.sections] == ["summary", "agenda", "agenda"], line


@pytest.mark.parametrize(("opening", "item"), [
    # combined reports in English (realprobe 26)
    ("The meeting was called to order at 3 p.m.",
     "Third and fourth periodic reports of Nigeria on the implementation of the Convention "
     "(continued) (CRC/C/NGA/3-4)"),
    # a meeting in parts, and an item of the record in ALL CAPS (realprobes 25, 26)
    ("The second part (public) of the meeting was called to order at 4.05 p.m.",
     "COMMEMORATION OF THE SIXTIETH ANNIVERSARY OF THE LIBERATION OF AUSCHWITZ"),
    ("La deuxième partie (publique) de la séance est ouverte à 11 h 35.",
     "ADOPTION DU RAPPORT DU COMITÉ SUR SA TRENTE-HUITIÈME SESSION (CRC/C/146)"),
    # any item in capitals with its number, and a statement heard at an opening
    ("The meeting was called to order at 10 a.m.",
     "FOURTH MEETING WITH NATIONAL INSTITUTIONS (agenda item 6) (continued)"),
    ("The meeting was called to order at 10 a.m.",
     "Statement by Assistant High Commissioner for Refugees"),
    ("The meeting was called to order at 10 a.m.", "Statement by Ms. Berg on detention"),
    ("La séance est ouverte à 10 h 5.",
     "Déclaration liminaire de la Directrice de la Division des traités du Haut-Commissariat"),
])
def test_items_of_a_summary_record_s_body_are_agenda_headings(opening: str, item: str) -> None:
    review = analyze_text(f"Summary record of the 1025th meeting\nChairperson: Mr. Doek\n"
                          f"{opening}\n{item}\n1. Mr. Kodo said that the law was new.\n")
    assert [s.kind for s in review.sections] == ["header", "summary", "agenda"]
    assert review.sections[1].span.slice(review.text) == opening
    assert not any(t.span.overlaps(review.sections[2].heading_span) for t in review.turns)


#: A record's header listing its item (its contents), then the body's opening; an item's
#: line follows (see below).
CONTENTS_RECORD = (
    "Summary record of the 1051st meeting\n\nChairperson: Mr. Doek\n\nContents\n\n"
    "Consultative meeting with stakeholders on the draft general comment on the right to "
    "redress\n\nThe meeting was called to order at 4.05 p.m.\n\n")


def test_a_body_line_repeating_an_item_of_the_contents_is_an_agenda_heading() -> None:
    """Whatever its words, a line of a record's body that repeats an item of the header's
    contents heads that item: no turn holds it.  The line may carry the item's documents
    and "(continued)", and lose or gain a space; another line is no heading."""
    for line, heads in (
            ("Consultative meeting with stakeholders on the draft general comment on the right "
             "to redress", True),
            ("Consultative meeting with stakeholders on the draftgeneral comment on the right "
             "to redress (CAT/C/47/GC/R.1) (continued)", True),
            # (the symbols of each document after it, in a line of several)
            ("Consultative meeting with stakeholders on the draft general comment "
             "(CAT/C/47/GC/R.1) on the right to redress (CAT/C/47/R.2; CAT/C/47/R.3)", True),
            ("Consultative meeting with stakeholders on redress", False)):
        review = analyze_text(f"{CONTENTS_RECORD}{line}\n\n1. Mr. Kodo said that the law was "
                              "new.\n")
        kinds_found = [s.kind for s in review.sections]
        if not heads:
            assert kinds_found == ["header", "summary"], line
            continue
        assert kinds_found == ["header", "summary", "agenda"], line
        assert review.sections[2].heading_span.slice(review.text) == line
        assert not any(t.span.overlaps(review.sections[2].heading_span) for t in review.turns)


TOPICS = (
    "The Human Rights Committee today reviewed the second periodic report of Botswana.\n\n"
    "Questions by Committee Experts\n\nRight to life\n\n"
    "ANNA BERG, Committee Expert, said that at least four executions had been carried out "
    "since 2016. Were families informed in advance?\n\nFreedom of expression\n\n"
    "Seven journalists had reportedly been arrested under the sedition provisions of the Penal "
    "Code. Would those provisions be repealed?\n\n"
    "Responses by the Delegation\n\nRight to life\n\n"
    "The delegation said that families were informed of the date of an execution in advance, "
    "as the law required.\n")


def test_topic_headings_inside_questions_and_responses() -> None:
    """A short line alone between blank lines inside questions or responses heads a topic:
    no turn holds it, and text under it before any attribution is the last speaker's."""
    review = analyze_text(TOPICS)
    text = review.text
    assert [(s.kind, s.heading_span.slice(text) if s.heading_span else "")
            for s in review.sections][1:] == [
        ("questions", "Questions by Committee Experts"), ("questions", "Right to life"),
        ("questions", "Freedom of expression"), ("responses", "Responses by the Delegation"),
        ("responses", "Right to life")]
    labels = {p.id: p.label for p in review.participants}
    assert [(labels[t.participant], t.span.slice(text)[:5]) for t in review.turns][1:] == [
        ("Anna Berg", "ANNA "), ("Anna Berg", "Seven"), ("the delegation", "The d")]


def test_a_short_line_with_a_sentence_mark_or_a_name_in_capitals_is_no_topic() -> None:
    review = analyze_text(TOPICS.replace("Right to life\n\nANNA", "ANNA BERG\n\nANNA")
                          .replace("Freedom of expression", "Thank you."))
    assert [s.kind for s in review.sections].count("questions") == 1


def test_numbered_headings_of_a_copy_are_headings() -> None:
    """A copy made in a word processor numbers its headings ("2. Questions by Committee
    Experts"); the heading's words found inline are the same heading, not a second one."""
    review = analyze_text(
        "The Committee reviewed the report of Norway.\n\n1. Presentation of the report\n\n"
        "KARI HAUGEN, State Secretary, said the report was ready.\n\n2. Questions by Committee "
        "Experts\n\nLUIS PENA, Committee Expert, asked whether the plan was funded.\n\n"
        "IV. Concluding remarks\n\nLUIS PENA thanked the delegation.\n")
    assert kinds(review)[-3:] == ["presentation", "questions", "concluding_remarks"]
    assert len(review.sections) == 4


def test_a_heading_continued_is_the_heading() -> None:
    """"Interactive Dialogue (continued)", "Articles 10 à 12 du Pacte (suite)": a round that
    goes on after a break is headed as it was."""
    review = analyze_text(
        "The Working Group held its review of Botswana.\n\nInteractive Dialogue\n\nBrazil said "
        "the report was welcome.\n\nInteractive Dialogue (continued)\n\nThe United Kingdom "
        "asked whether the law would change.\n")
    assert kinds(review) == ["summary", "dialogue", "dialogue"]


@pytest.mark.parametrize("heading", ["Opening Remarks by the Chairperson",
                                     "Opening Statement by the Chair", "Opening Address"])
def test_the_chairs_opening_words_have_a_heading_of_their_own(heading: str) -> None:
    review = analyze_text(
        "Committee on the Elimination of Discrimination against Women considers report of "
        f"Peru\n\nReport\n\nThe Committee has before it the report of Peru.\n\n{heading}\n\n"
        "ANN LEE, Committee Chairperson, welcomed the delegation.\n\nPresentation of the Report"
        "\n\nMARIA RUIZ, Minister of Women, said the law was new.\n")
    assert kinds(review)[-3:] == ["report", "agenda", "presentation"]


def test_headings_of_a_release_on_two_days_of_dialogue() -> None:
    """Releases of the early 2000s recall the day and name the State: "Questions Raised by
    Experts on Monday", "Response of Lithuania", "Preliminary Conclusions"."""
    review = analyze_text(
        "COMMITTEE AGAINST TORTURE HEARS RESPONSE OF LITHUANIA\n\nReport of Lithuania\n\n"
        "The Committee has before it the report of Lithuania.\n\nQuestions Raised by Experts on "
        "Monday\n\nANA LOPEZ, Committee Expert, asked about prisons.\n\nResponse of Lithuania\n\n"
        "PETRAS JONAITIS, Vice-Minister of Justice, said that prisons had been renovated.\n\n"
        "Preliminary Conclusions\n\nANA LOPEZ thanked the delegation.\n")
    assert kinds(review)[-4:] == ["report", "questions", "responses", "concluding_remarks"]


@pytest.mark.parametrize(("headline", "lede"), [
    ("Experts of the Committee on the Rights of Persons with Disabilities Commend Chile on "
     "Reforms Made since the Initial Review, Ask Questions on the Independence of Persons "
     "with Disabilities in the Community and on Home Schooling",
     "The Committee on the Rights of Persons with Disabilities today concluded its "
     "consideration of the second periodic report of Chile."),
    # a headline in capitals that closes a quotation (probe ai)
    ("LE COMITÉ POUR L'ÉLIMINATION DE LA DISCRIMINATION RACIALE TIENT UNE DISCUSSION "
     "THÉMATIQUE SUR LES «MESURES SPÉCIALES»",
     "The Committee on the Elimination of Racial Discrimination today held a thematic "
     "discussion."),
])
def test_a_long_headline_after_the_page_chrome_stays_in_the_header(headline: str,
                                                                   lede: str) -> None:
    # Current releases have long Title Case headlines without a final stop; the lede is the
    # first sentence-like paragraph, and the headline is no narrator's turn.
    review = analyze_text(f"Skip to main content\n\n{headline}\n\nMeeting Summaries\n\n{lede}\n")
    header = review.sections[0]
    assert header.kind == "header" and headline in header.span.slice(review.text)
    assert review.sections[1].span.slice(review.text).startswith("The Committee on the ")
    assert all(not t.span.overlaps(header.span) for t in review.turns)


def test_markdown_heading_lines_in_a_plain_text() -> None:
    """"## Questions by Committee Experts" in a text saved from a note (probe l): the line,
    its marks included, is the heading; no turn covers it."""
    review = analyze_text(
        "The Committee against Torture today concluded its review of the report of Chile.\n\n"
        "## Questions by Committee Experts\n\nA Committee Expert asked how many complaints had "
        "been filed.\n\n## Responses by the Delegation\n\nThe delegation said 40 complaints had "
        "been filed.\n")
    assert [(s.kind, s.heading_span.slice(review.text) if s.heading_span else None)
            for s in review.sections] == [
        ("summary", None), ("questions", "## Questions by Committee Experts"),
        ("responses", "## Responses by the Delegation")]
    assert not any("#" in t.span.slice(review.text) for t in review.turns)


@pytest.mark.parametrize(("heading", "kind"), [
    ("Response", "responses"),
    ("Reply by the Delegation", "responses"),
    ("Presentation by the Concerned Country", "presentation"),
])
def test_singular_and_council_headings_on_a_line_of_their_own(heading: str, kind: str) -> None:
    """"Response", "Reply by the Delegation" (releases of 2005-2015, probe p) and the
    Council's "Presentation by the Concerned Country" (probe i) open their sections."""
    review = analyze_text(
        "Questions from Experts\n\nCommittee Expert Ruth Wedgwood asked whether the ombudsman "
        f"could initiate proceedings.\n\n{heading}\n\nThe delegation said that the ombudsman could "
        "not initiate proceedings.\n")
    last = review.sections[-1]
    assert last.kind == kind and last.heading_span is not None
    assert last.heading_span.slice(review.text) == heading
