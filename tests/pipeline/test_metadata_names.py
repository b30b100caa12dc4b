"""Metadata: the committee named in the ways French and news texts write it, and French
summary-record headers."""

from __future__ import annotations

import pytest

from conftest import analyze_text


@pytest.mark.parametrize(("text", "code"), [
    ("Le Comité des Nations Unies contre la torture a examiné le rapport de la Zambie.", "CAT"),
    ("Le Comité de l'ONU pour l'élimination de la discrimination à l'égard des femmes a salué "
     "les progrès du Niger.", "CEDAW"),
    ("Le Comité des Nations Unies pour l'élimination de la discrimination raciale a examiné "
     "le rapport du Mali.", "CERD"),
    # the body's letters beside "Committee" or after "au"
    ("The CEDAW Committee today reviewed the report of Nepal.", "CEDAW"),
    ("Le Comité CERD a examiné le rapport de la Bolivie.", "CERD"),
    ("Examen de la Bolivie au CESCR : les experts saluent la réforme.", "CESCR"),
    # the treaty's French title alone
    ("Le troisième rapport du Togo a été examiné au titre de la Convention contre la torture.",
     "CAT"),
    ("Le rapport du Niger au titre de la Convention sur l'élimination de toutes les formes de "
     "discrimination à l'égard des femmes a été examiné.", "CEDAW"),
    ("Le rapport de la Bolivie au titre de la Convention relative aux droits des personnes "
     "handicapées a été examiné.", "CRPD"),
])
def test_the_committee_named_the_french_or_news_way(text: str, code: str) -> None:
    assert analyze_text(text).metadata.committee_code == code


def test_a_word_cat_is_no_committee() -> None:
    text = "Le Comité des droits de l'enfant a examiné le rapport du Chili. Un chat du CAT."
    assert analyze_text(text).metadata.committee_code == "CRC"


HEADER = ("Comité contre la torture\nQuarantième session\n{title}\ntenue au Palais Wilson, à "
          "Genève,\nle lundi 12 mai 2008, à 10 heures\n\nPrésident: M. LOPEZ\n\n{opening}\n\n"
          "Le PRÉSIDENT souhaite la bienvenue à la délégation.\n")


def test_a_hyphenated_compte_rendu_numbers_the_meeting() -> None:
    text = HEADER.format(title="COMPTE-RENDU ANALYTIQUE DE LA PARTIE PUBLIQUE* DE LA 912e SÉANCE",
                         opening="La séance est ouverte à 10 h 5.")
    assert analyze_text(text).metadata.meeting == "912"


def test_the_summarised_debate_beginning_closes_the_header() -> None:
    text = HEADER.format(title="COMPTE RENDU ANALYTIQUE DE LA 912e SÉANCE",
                         opening="Le débat résumé commence à 10 h 15.")
    review = analyze_text(text)
    [header] = [s for s in review.sections if s.kind == "header"]
    assert header.span.end < review.text.index("Le débat résumé")
    assert review.metadata.meeting == "912"


def test_a_symbol_with_a_space_before_its_first_slash() -> None:
    text = ("Committee on the Rights of the Child\nSeventieth session\nSummary record of the "
            "2100th meeting\n\nThe Committee adopted its report (CRC /C/2016/II/L.1; "
            "CRC/C/PER/CO/5).\n")
    assert analyze_text(text).metadata.document_symbols[:2] == (
        "CRC/C/2016/II/L.1", "CRC/C/PER/CO/5")


ANNUAL = ("Committee on the Rights of the Child\nSeventy-sixth session\nSummary record of the "
          "2221st meeting\nHeld at the Palais Wilson, Geneva, on Friday, 6 October 2017, at 3 "
          "p.m.\n\nChair: Ms. Lind\n\nThe meeting was called to order at 3.05 p.m.\n\n"
          "Annual report of the Committee on its activities (agenda item 7) (continued)\n\n"
          "Chapter I: Organizational and related matters (CRC/C/76/R.1/Add.1)\n\nMs. Oduya "
          "(Rapporteur) introduced chapter I. She said it described the session.\n\nChapter I "
          "was adopted.\n\nChapter IV: Follow-up procedure (CRC/C/76/R.1/Add.3)\n\nThe Chair "
          "said that chapter IV was short.\n")


def test_the_annual_report_and_its_chapters_are_agenda_headings() -> None:
    review = analyze_text(ANNUAL)
    agenda = [s.span.slice(review.text).split("\n")[0] for s in review.sections
              if s.kind == "agenda"]
    assert agenda == [
        "Annual report of the Committee on its activities (agenda item 7) (continued)",
        "Chapter I: Organizational and related matters (CRC/C/76/R.1/Add.1)",
        "Chapter IV: Follow-up procedure (CRC/C/76/R.1/Add.3)"]
    # no turn holds a heading
    for turn in review.turns:
        assert "Chapter IV:" not in turn.span.slice(review.text)


def test_a_french_record_whose_public_part_begins() -> None:
    text = ("COMITÉ CONTRE LA TORTURE\nVingt-quatrième session\nCOMPTE RENDU ANALYTIQUE DE LA "
            "DEUXIÈME PARTIE (PUBLIQUE)* DE LA 434ème SÉANCE\ntenue au Palais des Nations, à "
            "Genève,\nle mercredi 17 mai 2000, à 10 heures\n\nPrésident : M. LOPEZ\n\nSOMMAIRE"
            "\n\nRAPPORT ANNUEL DU COMITÉ SUR SES ACTIVITÉS (suite)\n\nLa deuxième partie "
            "(publique) de la séance commence à 11 h 45.\n\nRAPPORT ANNUEL DU COMITÉ SUR SES "
            "ACTIVITÉS (point 11 de l'ordre du jour) (suite)\n\nLe PRÉSIDENT invite le Comité à "
            "poursuivre l'adoption de son rapport.\n")
    review = analyze_text(text)
    kinds = [s.kind for s in review.sections]
    assert kinds[0] == "header" and kinds.count("agenda") == 1
    [header] = [s for s in review.sections if s.kind == "header"]
    assert header.span.end < review.text.index("La deuxième partie")


def meta(text: str):  # type: ignore[no-untyped-def]
    return analyze_text(text).metadata


@pytest.mark.parametrize("verb", ["suspended", "adjourned", "completed"])
def test_a_session_broken_off_or_completed_reviews_no_state(verb: str) -> None:
    m = meta(f"The Committee on Migrant Workers this afternoon {verb} its online twentieth "
             "session after adopting its concluding observations on the initial report of "
             "Norway.")
    assert (m.state_party, m.report, m.session.ordinal) == (None, None, 20)


@pytest.mark.parametrize("text", [
    "The Committee on the Rights of Persons with Disabilities is meeting in Geneva to review "
    "Zambia's implementation of the Convention.",
    "UN Reviews Zambia's Disability Rights Record. The Committee on the Rights of Persons with "
    "Disabilities met today.",
    "The UN Committee on the Rights of Persons with Disabilities is due to review Zambia's "
    "record on 2 and 3 September.",
])
def test_a_state_reviewed_by_its_possessive(text: str) -> None:
    assert meta(text).state_party_code == "ZMB"


def test_a_possessive_without_a_review_names_no_state() -> None:
    text = ("The Committee on the Rights of Persons with Disabilities today opened its session. "
            "Zambia's record was praised by a speaker.")
    assert meta(text).state_party is None


@pytest.mark.parametrize("text", [
    "The Committee said that it would be granted a second session in 2027.",
    "The Human Rights Council said that since its first session 15 years ago, it had adopted "
    "900 resolutions.",
    "Le Conseil des droits de l'homme a rappelé que depuis sa première session, il avait "
    "adopté 900 résolutions.",
])
def test_a_session_in_general_is_not_the_session(text: str) -> None:
    assert meta(text).session is None


@pytest.mark.parametrize(("line", "date"), [
    ("GENEVA, Switzerland, March 3, 2025/African Press Organization (APO)/", "2025-03-03"),
    ("Geneva, April 7, 2024 - ", "2024-04-07"),
    ("GENEVA, 3 March 2025 (APO) - ", "2025-03-03"),
])
def test_a_newswire_dateline_dates_the_release(line: str, date: str) -> None:
    text = line + " The Committee on Migrant Workers today considered the report of Ghana."
    assert meta(text).date == date


@pytest.mark.parametrize(("text", "ordinal"), [
    ("More information about the upcoming 22nd session of the Committee on Enforced "
     "Disappearances is available on the session page.", 22),
    ("The forthcoming 112th session of the Human Rights Committee will review Fiji and Malta.",
     112),
    # ... or announced, after a long apposition to the body
    ("The Committee against Torture, the body that monitors how States apply the Convention, "
     "will hold its eighty-first session from 3 to 28 November 2025 in Geneva.", 81),
    ("Le Comité des droits de l'enfant tiendra sa quatre-vingt-dixième session du 5 au 23 mai.",
     90),
    # a closing's next session is never the session
    ("The Committee on Migrant Workers concluded its session today. The Committee will consider "
     "five reports at its thirtieth session.", None),
    ("The Committee on Migrant Workers concluded its session today. It will hold its thirtieth "
     "session in April.", None),
])
def test_an_advisory_is_about_its_upcoming_session(text: str, ordinal: int | None) -> None:
    session = meta(text).session
    assert (session.ordinal if session else None) == ordinal


@pytest.mark.parametrize(("text", "code"), [
    # the Council's dialogue on a situation reviews no State
    ("LE CONSEIL DES DROITS DE L'HOMME EXAMINE LA SITUATION DES DROITS DE L'HOMME EN "
     "ÉRYTHRÉE. Le Conseil a tenu un dialogue avec la commission d'enquête.", None),
    ("The Human Rights Council this morning examined the human rights situation in Eritrea.",
     None),
    # its UPR Working Group reviews one
    ("The Working Group of the Human Rights Council this morning reviewed the human rights "
     "situation in Bhutan.", "BTN"),
    ("Le Groupe de travail sur l'Examen périodique universel a examiné ce matin la situation "
     "des droits de l'homme au Bhoutan.", "BTN"),
])
def test_a_situation_examined_by_the_council_or_its_upr_group(text: str,
                                                               code: str | None) -> None:
    assert meta(text).state_party_code == code


def test_a_session_counted_within_its_year_is_no_ordinal_of_the_body() -> None:
    text = ("LE COMITÉ POUR L'ÉLIMINATION DE LA DISCRIMINATION RACIALE TIENDRA À GENÈVE SA "
            "DEUXIÈME SESSION DE 2008\n\nLe Comité pour l'élimination de la discrimination "
            "raciale tiendra sa soixante-douzième session à Genève.\n")
    assert meta(text).session.ordinal == 72


def test_the_answers_the_committee_will_hear_are_its_next_meeting() -> None:
    text = ("Le Comité pour l'élimination de la discrimination raciale a examiné le rapport du "
            "Mali.\n\nUn expert a demandé si la loi était appliquée.\n\nLe Comité entendra cet "
            "après-midi, à 15 heures, les réponses de la délégation malienne.\n")
    nxt = meta(text).next_meeting
    assert nxt is not None and nxt.when_text == "cet après-midi, à 15 heures"


def test_a_state_s_record_examined_names_the_state_a_summary_record_none() -> None:
    examined = "The Committee against Torture today examined the record of Kenya."
    assert meta(examined).state_party == "Kenya"
    assert meta("Summary record of the 2301st meeting of the Committee against Torture, held "
                "in Geneva.").state_party is None


@pytest.mark.parametrize(("text", "code"), [
    ("The Chair of the Subcommittee on Prevention of Torture this morning presented the "
     "Subcommittee's annual report to the Committee against Torture.", "CAT"),
    ("La Présidente du Sous-Comité pour la prévention de la torture a présenté ce matin son "
     "rapport annuel au Comité contre la torture.", "CAT"),
    # the guest body's own meeting names no host
    ("The Subcommittee on Prevention of Torture today concluded its session.", "SPT"),
])
def test_a_guest_body_reporting_to_a_host_is_the_host_s_meeting(text: str, code: str) -> None:
    assert meta(text).committee_code == code
