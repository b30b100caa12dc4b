"""Boilerplate and page chrome are found (as spans), never deleted."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE, analyze_text
from treatyscope.model import Review
from treatyscope.pipeline.clean import find_boilerplate


def marked(text: str) -> list[str]:
    return [s.slice(text) for s in find_boilerplate(text)]


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to main content",
        "تجاوز إلى المحتوى الرئيسي",
        "Pasar al contenido principal",
        "Перейти к основному содержанию",
        "跳转到主要内容",
        "Aller au contenu principal",
        "Breadcrumb",
        "Fil d’Ariane",
        "Meeting Summaries",
        "Press Release",
        "Compte rendu de séance",
        "مشاركة :",
        "Help improve our website by taking this short survey",
        # UN News: banner, share bar, photo credits, newsletter and app offers
        "Welcome to the United Nations",
        "Global perspective Human stories",
        "Facebook Twitter Print Email",
        "UN Photo/Jean-Marc Ferré",
        "© UNICEF/Frank Dejongh",
        "Get the UN News newsletter",
        "Download the UN News App for your iOS or Android devices.",
        "*No summary record was issued for the 1688th meeting.",
        "*Il n’a pas été établi de compte rendu analytique pour la 1687e séance.",
        # a share bar and its label on one line, the languages to read in, a cookie banner
        # (probe ag)
        "Share Facebook Twitter Email",
        "Read in: Español | Français",
        "We use cookies to improve your experience. By continuing you accept 3 cookies.",
        "Accept all cookies",
    ],
)
def test_chrome_lines_in_six_languages(chrome: str) -> None:
    text = f"{chrome}\nThe Committee against Torture today concluded its session.\n"
    assert marked(text) == [chrome]


def test_webcast_link_sentences_form_one_span_inside_flat_text() -> None:
    text = (
        "The delegation included officials. The webcast of Committee meetings can be found "
        "here. All meeting summaries can be found here. Documents and reports related to the "
        "Committee’s thirtieth session can be found here. The Committee will next meet on Monday."
    )
    assert marked(text) == [
        "The webcast of Committee meetings can be found here. All meeting summaries can be "
        "found here. Documents and reports related to the Committee’s thirtieth session can "
        "be found here."
    ]


def test_the_webcast_sentence_with_the_bodys_full_name() -> None:
    text = ("The Council will resume at 3 p.m. The webcast of the Human Rights Council meetings "
            "can be found here.")
    assert marked(text) == [text[text.index("The webcast"):]]
    # ... or of another meeting (probe i); a webcast spoken of is no link sentence
    text = ("The delegation said a protocol had been adopted. Webcast of the Universal Periodic "
            "Review can be found here.")
    assert marked(text) == [text[text.index("Webcast"):]]
    assert marked("The webcast of the dialogue was watched by 2,000 people.") == []


def test_the_french_documents_sentence_in_either_wording() -> None:
    for words in ("relatifs aux", "se rapportant aux"):
        sentence = (f"Les documents {words} travaux du Comité peuvent être consultés ici.")
        assert marked(f"Le Comité a conclu. {sentence}") == [sentence], words


@pytest.mark.parametrize("sentence", [
    "All documents relating to the review of Mauritius can be found here.",
    # cut off by the end of a copied opening
    "Summaries of the public meetings of the Committee can be found here,",
    # a second, long link clause
    "Meeting summaries can be found here, while the webcast of the Committee's public "
    "meetings can be accessed via the UN Web TV webpage.",
    "Les documents et rapports relatifs à la quatre-vingt-dix-septième session du Comité sont "
    "disponibles ici.",
    # where the findings are published, and the media contact to the end of its line
    # (corpus review)
    "The concluding observations can be found here.",
    "The full text of the concluding observations on Jamaica is available online.",
    "For more information and media requests, please contact Ana Diaz (+41 22 917 00 00 / "
    "a.diaz@example.org) or Li Wei (+41 22 917 00 01)",
])
def test_the_documents_sentence_of_a_review(sentence: str) -> None:
    assert marked(f"The Working Group adopted the report. {sentence}") == [sentence]


def test_a_delegations_pointer_to_its_own_report_is_no_link_sentence() -> None:
    """Only a link sentence that opens with what is published and says where ("here",
    "online") is chrome; a statement that the details are in the report is speech."""
    text = ("The delegation said that the figures on detention can be found in the report, "
            "and that the findings of the inquiry were available in Russian.")
    assert marked(text) == []


def test_footers_are_boilerplate() -> None:
    text = (
        "He thanked the delegation. Produced by the United Nations Information Service in "
        "Geneva for use of the information media; not an official record. English and French "
        "versions of our releases are different as they are the product of two separate "
        "coverage teams that work independently.\nمشاركة :"
    )
    spans = find_boilerplate(text)
    assert len(spans) == 1
    assert text[spans[0].start :].startswith("Produced by")
    assert spans[0].end == len(text)


def test_french_footer_with_release_code() -> None:
    text = "Le Comité a conclu.\nCe document est destiné à l'information; il ne constitue pas un document officiel\nCERD17/020F"
    assert marked(text)[0].startswith("Ce document est destiné")
    assert marked(text)[0].endswith("CERD17/020F")


def test_old_french_footers_and_a_spaced_end_mark() -> None:
    for footer in ("*   *   *\n\nDocument destiné à l'information; ne constitue pas un document "
                   "officiel\n\nCT/02/41",
                   "À l'intention des organes d'information • Document non officiel"):
        text = f"Le Comité a conclu ses travaux.\n\n{footer}\n"
        assert marked(text) == [footer], footer


def test_the_link_sentence_of_the_state_s_written_answers() -> None:
    text = ("The Committee will meet again on Monday. Answers to the questions in the list of "
            "issues can be found here, and the webcast of the meeting can be found here.")
    assert marked(text) == [text[text.index("Answers"):]]


@pytest.mark.parametrize("footer", [
    "English and French versions of our press releases are different as they are the product "
    "of two separate coverage teams that work independently.",
    # with the advice that follows it on newer pages (probe 310), and in French (probe 311)
    "English and French versions of our releases are different as they are the product of two "
    "separate editorial teams. If you would like to find out more about a specific topic or "
    "meeting, we recommend reading the releases in both languages as they can be complementary.",
    "Les versions anglaise et française des communiqués de presse sont différentes, car les "
    "équipes de rédaction de chaque langue travaillent indépendamment.",
    # an old French media notice, its two clauses joined by a semicolon (probe 321)
    "Ce communiqué de presse n'est pas un document officiel; il est publié à l'intention des "
    "médias.",
])
def test_the_versions_footer_with_press_releases(footer: str) -> None:
    assert marked("He thanked the delegation. " + footer) == [footer]


def test_content_that_mentions_chrome_words_is_kept() -> None:
    text = "The Committee asked how the press release on the report was shared with victims."
    assert marked(text) == []


def test_arabic_title_line_around_english_text_is_chrome() -> None:
    text = "لجنة حقوق الطفل تختتم دورتها\nThe Committee on the Rights of the Child today closed its session.\n"
    assert marked(text) == ["لجنة حقوق الطفل تختتم دورتها"]


def test_boilerplate_wording_inside_a_sentence_is_content() -> None:
    text = (
        "The Committee adopted observations on six countries, whose reports are available on "
        "the Committee's webpage. It closed."
    )
    assert marked(text) == []


def test_current_link_sentences_and_page_footer() -> None:
    text = (
        "The Committee against Torture today concluded its review of Peru. "
        "Summaries of the public meetings of the Committee can be found here, while the "
        "webcast of the public meetings can be found here. The programme of work of the "
        "Committee’s eighty-first session and other documents related to the session can be "
        "found here.\nThe Committee will next meet on Monday.\n"
        "Related\nCommittee against Torture\nPeru\nMedia contacts\nFollow us\nInstagram\n"
        "YouTube\nSubscribe to our newsletter\n© OHCHR 1996-2025\nPrivacy policy\n"
    )
    found = [text[s.start:s.end] for s in find_boilerplate(text)]
    assert found[0].startswith("Summaries of the public meetings")
    assert found[0].endswith("related to the session can be found here.")
    assert found[1].startswith("Related\nCommittee against Torture\nPeru\n")
    assert found[1].endswith("Privacy policy")
    assert all("next meet" not in f for f in found)


def test_tag_lines_end_at_the_first_sentence() -> None:
    text = "Related\nPeru\nThe Committee will next meet on Monday.\n"
    found = [text[s.start:s.end] for s in find_boilerplate(text)]
    assert found == ["Related\nPeru"]


def test_a_repost_site_s_date_label_is_chrome_even_run_into_the_text() -> None:
    """" date 2020-09-29 The Human Rights Council ...": the label, not the sentence; a
    date in a sentence is content."""
    text = (" date 2020-09-29 The Human Rights Council today adopted the outcomes.\n\nThe "
            "date 2020-09-29 was set for the vote.\n")
    assert marked(text) == ["date 2020-09-29"]
    review = analyze_text(" date 2019-10-23 UN Committee publishes findings on 6 nations\n\n"
                          "GENEVA (22 October 2019) - The Committee on Economic, Social and "
                          "Cultural Rights has published its findings on six countries.\n")
    assert review.turns[0].span.slice(review.text).startswith("GENEVA")
    # the headline after the label is still read for its figures
    assert [c.span.slice(review.text) for c in review.claims][:1] == ["6 nations"]


def test_a_press_code_on_its_own_line_is_chrome() -> None:
    text = ("The Committee met.\n\nFor use of the information media; not an official record."
            "\n\nCCPR25.012E\n\nRelated\n")
    found = [text[s.start:s.end] for s in find_boilerplate(text)]
    assert found == ["For use of the information media; not an official record.\n\nCCPR25.012E"
                     "\n\nRelated"]


def test_french_footer_with_a_dotted_code_and_the_geneva_address() -> None:
    text = ("Le Comité a remercié la délégation. Ce document est destiné à l'information; il ne "
            "constitue pas un document officiel. CAT23.021F")
    assert [text[s.start:s.end] for s in find_boilerplate(text)][-1].endswith("CAT23.021F")
    text = "Le Comité a clos sa session.\nPartager\nPalais des Nations\n1211 Genève 10\n© Nations Unies\n"
    assert [text[s.start:s.end] for s in find_boilerplate(text)] == [
        "Partager\nPalais des Nations\n1211 Genève 10\n© Nations Unies"]


@pytest.mark.parametrize("links", [
    "All documents relating to the Committee’s work, including reports submitted by States "
    "parties, can be found on the session’s webpage.  Meeting summary releases can be found "
    "here.  The webcast of the Committee’s public meetings can be accessed via the UN Web TV "
    "webpage.",
    "The webcast of the Committee’s public meetings can be accessed at http://webtv.un.org/.",
    "Le programme de la session et tous les documents relatifs à ses travaux, notamment les "
    "rapports soumis par les États parties, peuvent être consultés sur la page web de la "
    "session. Les webdiffusions des réunions publiques du Comité peuvent être consultées via "
    "le lien suivant : https://webtv.un.org/fr.",
    "Tous les documents relatifs au présent examen, dont le rapport de l'État partie "
    "(CRPD/C/NER/2-3), sont disponibles sur cette page.",
    "Le lien vers la webdiffusion de la séance est disponible ici.",
    "Meetings of the Committee are webcast live here.",
    "Summaries of all public meetings can be found here.",
    "The programme of work and other documents related to the session can be found here.",
    "The webcast of the Committee’s public meetings can be accessed here, while the programme "
    "of work of the Committee’s thirtieth session and other documents related to the session "
    "can be found here.",
    "Les comptes rendus des séances publiques du Comité sont disponibles depuis la page "
    "internet du Service de l'information de l'Office des Nations Unies à Genève.",
    "Les comptes rendus des réunions du Comité peuvent être consultés ici, tandis que la "
    "retransmission de ses réunions publiques peut être visionnée via le lien suivant : "
    "https://webtv.un.org/fr.",
    "Les observations finales du Comité sur chacun de ces rapports sont disponibles sur la "
    "page internet consacrée à la session.",
])
def test_session_documents_and_web_tv_link_sentences(links: str) -> None:
    page = f"The Committee will next meet on Monday. {links}\nThe delegation included officials."
    assert [page[s.start:s.end] for s in find_boilerplate(page)] == [links]


@pytest.mark.parametrize("notice", [
    "This record is subject to correction. Corrections should be submitted in one of the "
    "working languages. They should be set forth in a memorandum and also incorporated in a "
    "copy of the record. They should be sent within one week of the date of this document to "
    "the Editing Unit, room E.4108, Palais des Nations, Geneva. Any corrections to the records "
    "of the public meetings of the Committee at this session will be consolidated in a single "
    "corrigendum, to be issued shortly after the end of the session.",
    "Le présent compte rendu est sujet à rectifications. Les rectifications doivent être "
    "rédigées dans l'une des langues de travail. Elles doivent être présentées dans un "
    "mémorandum et être également incorporées à un exemplaire du compte rendu. Elles doivent "
    "être adressées, dans un délai d'une semaine à compter de la date du présent document, à "
    "la Section d'édition des documents officiels, bureau E.4108, Palais des Nations, Genève.",
    "Le présent compte rendu est sujet à rectifications. Les rectifications doivent être "
    "rédigées dans l'une des langues de travail, dans un mémorandum, et être également "
    "incorporées à un exemplaire du compte rendu. Il convient de les adresser, dans un délai "
    "d'une semaine à compter de la date du présent document, à la Section d'édition des "
    "documents officiels, bureau E.4108, Palais des Nations, Genève.",
    # the 2016 wording, with the footnote mark
    "*Le présent compte rendu est sujet à rectifications. Les rectifications doivent être "
    "rédigées dans l'une des langues de travail. Elles doivent être présentées dans un "
    "mémorandum et être également incorporées à un exemplaire du compte rendu. Il convient de "
    "les adresser, une semaine au plus tard à compter de la date du présent document, à la "
    "Section de la gestion des documents (DMS-DCM@un.org). Les comptes rendus rectifiés des "
    "séances publiques du Comité seront publiés sous la forme d'un rectificatif unique, peu "
    "après la session.",
    # the later English notice, alone
    "Any corrected records of the public meetings of the Committee at this session will be "
    "reissued for technical reasons after the end of the session.",
])
def test_a_summary_record_s_correction_notice_is_boilerplate(notice: str) -> None:
    # at a record's end (or a PDF's first page's foot) it would give the last speaker the
    # claims "one" (working language) and "one week"
    text = f"12. Ms. Ávila Reyes (Honduras) said that the law had been adopted.\n\n{notice}\n"
    assert [text[s.start:s.end] for s in find_boilerplate(text)] == [notice]


def test_documents_named_in_a_statement_are_no_link_sentence() -> None:
    text = "La délégation a dit que les documents relatifs aux disparitions sont disponibles auprès du parquet."
    assert find_boilerplate(text) == []


def test_a_french_release_footer_and_a_press_code_with_a_slash() -> None:
    text = ("La séance est levée.\nCe communiqué, rédigé à l'intention des médias, ne constitue "
            "pas un document officiel.\nCCPR17/021E\n")
    assert [text[s.start:s.end] for s in find_boilerplate(text)] == [
        "Ce communiqué, rédigé à l'intention des médias, ne constitue pas un document "
        "officiel.\nCCPR17/021E"]


@pytest.mark.parametrize("footer", [
    "For use of the information media; not an official record\n\nCRPD/19/9E",
    "Ce compte rendu à l'usage des médias n'est pas un document officiel. Il est publié à des "
    "fins d'information uniquement.",
    "Ce compte rendu à l'usage des médias n'est pas un document officiel. Il est fourni à "
    "titre d'information uniquement.",
    "Ce communiqué de presse est destiné à l'information des médias et ne constitue pas un "
    "compte rendu officiel.",
    # New York: the end mark and the masthead line
    "* *** *\n\nFor information media • not an official record",
    # Geneva's end marks, spaced or grouped
    "*   *   *",
    "*** *** ***",
    # a 2015 French footer with no final stop; a rule drawn above an old UNOG footer
    "Ce communiqué est destiné à l'information; il ne constitue pas un document officiel",
    "__________\n\nFor use of the information media; not an official record",
    # a footer naming another producing service
    "Produced by the Communications and Public Information Unit of the United Nations Office "
    "at Geneva for use of the information media; not an official record.",
])
def test_more_release_footers(footer: str) -> None:
    text = f"The Chair thanked the delegation.\n\n{footer}\n"
    assert [text[s.start:s.end] for s in find_boilerplate(text)] == [footer]


def test_the_footer_of_the_spanish_site_with_its_related_headlines() -> None:
    footer = ("Compartir\nFacebook\nTwitter\nCorreo electrónico\nÓrganos de derechos humanos\n"
              "Comité contra la Tortura\nPaíses\nBolivia (Estado Plurinacional de)\n"
              "Contenido relacionado\nEl Comité contra la Tortura examina el informe de Chile\n"
              "Expertos del Comité elogian a Eslovenia por sus reformas penitenciarias y 8 informes\n"
              "Contacto\nEmpleos\nAlerta de fraude\nPrivacidad\nCondiciones de uso\n"
              "Preguntas frecuentes\n© Naciones Unidas")
    text = f"The Chair thanked the delegation.\n\n{footer}\n"
    assert [text[s.start:s.end] for s in find_boilerplate(text)] == [footer]


#: Three pages of a summary record copied out of a PDF viewer: a running header with the
#: record's symbol, a page number in several styles, a form feed, and a section heading
#: that recurs in the running text.
PDF_COPY = (
    "CEDAW/C/SR.2045\nQuestions by Committee Experts\nMs. Ruiz said that 12 shelters had "
    "opened.\nPage 1 of 3\n\f"
    "CEDAW/C/SR.2045\nQuestions by Committee Experts\nMs. Dossou said that 2 laws had "
    "passed.\n- 2 -\n\f"
    "CEDAW/C/SR.2045\nQuestions by Committee Experts\nMs. Ruiz said that 3 courts sat.\n3/3\n"
)


def test_page_labels_and_running_headers_of_a_pdf_copy_are_boilerplate() -> None:
    assert marked(PDF_COPY) == ["CEDAW/C/SR.2045"] + [
        f"{label}\n\fCEDAW/C/SR.2045" for label in ("Page 1 of 3", "- 2 -")] + ["3/3"]


def test_page_furniture_gives_no_turn_and_no_figure() -> None:
    review = analyze_text(PDF_COPY)
    assert [c.value for c in review.claims] == [12, 2, 3]  # not 1 and 3 of "Page 1 of 3"
    assert [t.span.slice(review.text) for t in review.turns] == [
        "Ms. Ruiz said that 12 shelters had opened.", "Ms. Dossou said that 2 laws had passed.",
        "Ms. Ruiz said that 3 courts sat."]


def test_a_section_heading_or_a_sentence_that_recurs_is_no_furniture() -> None:
    text = PDF_COPY.replace("Questions by Committee Experts", "Articles 7 to 9")
    assert "Articles 7 to 9" not in "".join(marked(text))
    text = "The meeting rose at 1 p.m.\nMs. Ruiz spoke.\nThe meeting rose at 6 p.m.\n" * 3
    assert marked(text) == []


def test_a_line_recurring_twice_is_furniture_only_at_page_breaks() -> None:
    header = "1 February 2024 Experts of the Committee Commend Benin | OHCHR"
    body = "The delegation said that 40 judges had been trained since 2020."
    paged = f"{body}\nPage 1 of 3\n\f{header}\n{body}\nPage 2 of 3\n\f{header}\n{body}\n"
    assert marked(paged) == ["Page 1 of 3\n\f" + header, "Page 2 of 3\n\f" + header]
    # twice within the running text: a line said twice, not a running header
    assert marked(f"{header}\n{body}\n{header}\n{body}\n") == []


#: What a browser's copy of a release page holds after the release: the press code, the
#: page's tags and related headlines (each with its label and date), the site footer.
PAGE_END = (
    "CEDAW24.004E\nTags\nCommittee on the Elimination of Discrimination against Women\nBenin\n"
    "Related\nMeeting summaries\nExperts of the Committee Commend Canada on Pay Equity, Ask "
    "about Indigenous Women\n31 January 2024\nMeeting summaries\nCommittee on the Elimination "
    "of Discrimination against Women Opens Eighty-Seventh Session\n29 January 2024\nOHCHR\n"
    "Palais des Nations\nQuick links\nContact us\nSubscribe to our newsletter\nSubscribe\n"
    "© OHCHR 1996-2024"
)
FOOTER = ("Produced by the United Nations Information Service in Geneva for use of the "
          "information media; not an official record.")


def test_the_short_lines_after_a_release_s_footer_are_chrome() -> None:
    text = f"The Chair thanked the delegation.\n\n{FOOTER}\n\n{PAGE_END}\n"
    assert marked(text) == [f"{FOOTER}\n\n{PAGE_END}"]
    # a tag or related block opens the end matter too, when the footer is missing
    text = f"The Chair thanked the delegation.\n\n{PAGE_END[PAGE_END.index('Related'):]}\n"
    assert marked(text) == [PAGE_END[PAGE_END.index("Related"):]]


def test_a_media_notice_at_the_top_does_not_swallow_the_release() -> None:
    text = (f"{FOOTER}\n\nCommittee Reviews Report of Benin\n\n1 February 2024\n\nThe Committee "
            "today concluded its consideration of the fifth periodic report of Benin.\n\n"
            "Questions by Committee Experts\n\nAn Expert asked about quotas.\n")
    assert marked(text) == [FOOTER]


def _turns(review: Review) -> list[tuple[str, str]]:
    return [(t.participant, t.span.slice(review.text)) for t in review.turns]


def _claims(review: Review) -> list[tuple[object, ...]]:
    return [(c.span.slice(review.text), c.value, c.unit, c.year, c.speaker) for c in review.claims]


def test_the_real_sample_pasted_with_its_page_s_end_gives_the_same_record() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").rstrip()
    end = ("CMW23.012E\n\nTags\nCommittee on Migrant Workers\nKyrgyzstan\nRelated\n"
           "Meeting summaries\nCommittee on Migrant Workers Opens Thirty-Eighth Session\n"
           "4 December 2023\nOHCHR\nQuick links\nSubscribe\n© OHCHR 1996-2024\n")
    base, pasted = analyze_text(text), analyze_text(f"{text}\n\n{end}")
    assert _turns(pasted) == _turns(base)
    assert _claims(pasted) == _claims(base)
    assert pasted.sections[-1].kind == "boilerplate"
    assert pasted.sections[-1].span.slice(pasted.text).endswith("© OHCHR 1996-2024")
    assert pasted.metadata.session is not None and pasted.metadata.session.ordinal == 37


def test_the_real_sample_copied_out_of_a_pdf_viewer_gives_the_same_figures() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").rstrip()
    header = "30 November 2023 Experts of the Committee on Migrant Workers Commend Kyrgyzstan | OHCHR"
    cuts = [text.index(". ", len(text) * k // 4) + 1 for k in (1, 2, 3)]
    pages = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    copied = "".join(f"{page}\n\nPage {n} of 4\n\f{header}\n\n"
                     for n, page in enumerate(pages[:-1], 1)) + f"{pages[-1]}\n\nPage 4 of 4\n"
    review = analyze_text(copied)
    # no "4" from "Page 1 of 4", no "2023 Experts" read as 2023 persons
    assert _claims(review) == _claims(analyze_text(text))
    assert review.sections[-1].kind == "boilerplate"


def test_a_news_story_s_related_stories_are_end_matter() -> None:
    """The headlines under "Related Stories" are chrome: a figure in one ("One in three
    internet users ...") is no claim of the review."""
    text = ("The Committee will publish its concluding observations on 9 June.\n\n"
            "Related Stories\n\nPhilippines: UN experts urge action on online abuse\n\n"
            "One in three internet users worldwide is a child, says UNICEF\n\nUN News\n")
    assert marked(text) == [text[text.index("Related"):].rstrip()]


def test_the_sign_off_and_disclaimer_of_a_forwarding_e_mail_are_end_matter() -> None:
    """A release forwarded by e-mail ends with the forwarder's signature and a
    confidentiality notice: chrome, not the last speaker's words (nor a "1201" figure)."""
    text = ("The Committee will next meet on Thursday.\n\nCEDAW23.011E\n\nBest regards,\nSarah\n\n"
            "Sarah Kimathi | Research Officer\nRue de Lausanne 48, 1201 Geneva\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and "
            "intended solely for the use of the addressee. If you have received this e-mail in "
            "error, please notify the sender.\n")
    assert marked(text) == [text[text.index("CEDAW23"):].rstrip()]


def test_a_copy_s_notes_editor_comments_and_own_notice_are_boilerplate() -> None:
    text = ("The rate had risen to 96 per cent in 2019. [Comment: check figure - the table says "
            "95?] The delegation agreed.\n\nNotes\n\n[1] CRPD/C/NOR/1, para. 12.\n"
            "² Statistics Norway, Labour Force Survey 2018.\n\nIt is not an official record.\n")
    assert marked(text) == ["[Comment: check figure - the table says 95?]",
                            text[text.index("Notes"):].rstrip()]


def test_the_end_of_a_transcript_and_its_notice_are_boilerplate() -> None:
    text = ("[The meeting rose at 1 p.m.]\n\n— End of transcript —\nCaptions are generated "
            "automatically and may contain errors. This transcript is not an official record of "
            "the United Nations.\nUN Web TV · webtv.un.org · © United Nations 2025\n")
    assert marked(text) == [text[text.index("—"):].rstrip()]


@pytest.mark.parametrize("line", [
    "English | Français | Español | Русский | العربية | 中文",
    "Toggle navigation",
    "Inicio > Noticias > Resúmenes de reuniones",
    "What are you looking for?",
    "Listen to this article · 6 min",
    "Download PDF (245 KB)",
    "Watch: UN Web TV (2:43:10)",
    "Was this page helpful?",
    "Yes",
    "Why not? Tell us what went wrong.",
])
def test_page_chrome_of_other_wordings_is_boilerplate(line: str) -> None:
    """Lines of the page around a pasted release (probe l): a switcher, breadcrumbs in
    another language, the search prompt, the player, the feedback widget."""
    text = ("The Committee against Torture today concluded its review of Chile.\n\n"
            f"{line}\n\nA Committee Expert asked how many complaints had been filed.\n")
    assert marked(text) == [line]


def test_a_webcast_sentence_of_another_wording_is_boilerplate() -> None:
    text = ("Ana Ruiz, Committee Expert, asked how many children worked. Webcasts of the "
            "Committee’s meetings can be watched on UN Web TV.")
    assert marked(text) == [text[text.index("Webcasts"):]]


def test_a_running_header_and_a_last_page_number_of_a_record_copied_from_a_pdf() -> None:
    """pdftotext output of a record: the symbol in the masthead is the record's; the same
    symbol above the next page's "2   GE.23-20417" is a running header, and a number alone
    after the last paragraph is a page number (probe q). A number alone in a text that is
    no copy of a PDF is kept."""
    text = ("CCPR/C/SR.3987\n\nSummary record of the 3987th meeting\n\nGE.23-20417 (E)\n\n"
            "1.    Mr. Soh asked how many complaints had been received.\n\nCCPR/C/SR.3987\n\n"
            "2                    GE.23-20417\n\n2.    Mr. Ward (Australia) said that 41 "
            "cases had been closed.\n\n          3\n")
    assert marked(text) == ["GE.23-20417 (E)", "CCPR/C/SR.3987\n\n2                    "
                            "GE.23-20417", "3"]
    assert [c.value for c in analyze_text(text).claims] == [41]
    assert marked("The vote was as follows.\n\n3\n") == []


def test_a_reposting_sites_text_after_the_release_footer_is_boilerplate() -> None:
    """A news site's copy of a release goes on after the UNIS footer with its copyright
    line, its blurb and reader comments (probe s); a second release on the page is kept."""
    footer = ("Produced by the United Nations Information Service in Geneva for use of the "
              "media; not an official record.")
    text = ("The Committee against Torture today reviewed the report of Viet Nam, its "
            "second, in a dialogue with a large delegation of officials of "
            "several ministries.\n\nThe delegation said six officers had been prosecuted.\n\n"
            + footer + "\n\n"
            "© Scoop Media\nScoop has over 500,000 monthly readers.\n\nComments\n"
            "The delegation said pensions rose, but who can live on 75,000 drams?\n")
    review = analyze_text(text)
    assert [c.value for c in review.claims] == [6]
    assert review.questions == ()
    second = ("The Committee on the Rights of the Child this morning reviewed the report "
              "of Peru.")
    assert marked(text.replace("© Scoop Media", second)) == [footer]


def test_a_news_sites_most_read_sidebar_is_chrome() -> None:
    """"Most read" and the headlines under it, before the release: chrome, whose committee
    is not the release's (probe s)."""
    text = ("Most read\nAzerbaijan: Committee on the Elimination of Racial Discrimination to "
            "review report next week\n\nThe Committee on Economic, Social and Cultural Rights "
            "today concluded its dialogue with Armenia on its third periodic report.")
    assert marked(text) == ["Most read\nAzerbaijan: Committee on the Elimination of Racial "
                            "Discrimination to review report next week"]
    assert analyze_text(text).metadata.committee_code == "CESCR"
