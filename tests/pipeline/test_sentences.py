"""The in-house sentence splitter and its traps."""

from __future__ import annotations

import pytest

from treatyscope.model import Span
from treatyscope.pipeline.sentences import split_sentences


def split(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Bazarbaev thanked them. Ms. Dzumhur said so.", ["Mr. Bazarbaev thanked them.", "Ms. Dzumhur said so."]),
        # honorifics in capitals, as in releases that print names in capitals
        ("Replying, MR. KERTÉSZ said so.", ["Replying, MR. KERTÉSZ said so."]),
        # a French paragraph reference
        ("Le rapport (par. 112) le dit. Suite.", ["Le rapport (par. 112) le dit.", "Suite."]),
        # "Md." (Mohammad) opens a name, in capitals too
        ("Presenting the report, Md. Habibur Rahman Khan said so. MD. HABIBUR KHAN added.",
         ["Presenting the report, Md. Habibur Rahman Khan said so.", "MD. HABIBUR KHAN added."]),
        ("It met at 3 p.m. on Thursday. It ended.", ["It met at 3 p.m. on Thursday.", "It ended."]),
        ("It met at 3 p.m. The delegation left.", ["It met at 3 p.m.", "The delegation left."]),
        # a place's time or a time zone after the hour goes on (probe 335)
        ("It will meet at 2 p.m. Geneva time to review Ecuador. It ended.",
         ["It will meet at 2 p.m. Geneva time to review Ecuador.", "It ended."]),
        ("It will meet at 2 p.m. CET on Monday. The Time was short.",
         ["It will meet at 2 p.m. CET on Monday.", "The Time was short."]),
        ("Remittances were 2.5 billion dollars. Next.", ["Remittances were 2.5 billion dollars.", "Next."]),
        ("The report (CMW/C/KGZ/2). Presentation began.", ["The report (CMW/C/KGZ/2).", "Presentation began."]),
        ("What was a “migrant worker”? Who decided?", ["What was a “migrant worker”?", "Who decided?"]),
        # French quotation marks hold a space (probe 286)
        ("Elle a salué la loi. « Combien de plaintes ? », a-t-elle demandé.",
         ["Elle a salué la loi.", "« Combien de plaintes ? », a-t-elle demandé."]),
        ("Elle a dit : « La loi est bonne. » Puis elle est partie.",
         ["Elle a dit : « La loi est bonne. »", "Puis elle est partie."]),
        ("Salaries had tripled; why? Who paid?", ["Salaries had tripled; why?", "Who paid?"]),
        ("It was 70 per cent. A memorandum was signed.", ["It was 70 per cent.", "A memorandum was signed."]),
        ("See art. 5 and para. 12 of the report. Done.", ["See art. 5 and para. 12 of the report.", "Done."]),
        ("J. Smith spoke. Then M. Dupont spoke.", ["J. Smith spoke.", "Then M. Dupont spoke."]),
        ("1. At the invitation of the Chair, the delegation sat.", ["1. At the invitation of the Chair, the delegation sat."]),
        ("2.Mr. Candler (United Kingdom) said that. He added.", ["2.Mr. Candler (United Kingdom) said that.", "He added."]),
        ("First line without stop\nSecond line.", ["First line without stop", "Second line."]),
        ("It spent Rs. 48 billion. It cost 500 Rs. Done.", ["It spent Rs. 48 billion.", "It cost 500 Rs.", "Done."]),
        # a damaged copy that lost the space after a stop
        ("It rose to 42 per cent in 2019.The delegation said so.A Committee Expert asked.",
         ["It rose to 42 per cent in 2019.", "The delegation said so.", "A Committee Expert asked."]),
        ("Mr.Smith said so. Redress.Org, Liberation and U.N.Women spoke.",
         ["Mr.Smith said so.", "Redress.Org, Liberation and U.N.Women spoke."]),
    ],
)
def test_traps(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentences_never_include_surrounding_whitespace() -> None:
    text = "  One.   Two?  \n\n  Three!  "
    for span in split_sentences(text, Span(0, len(text))):
        piece = span.slice(text)
        assert piece == piece.strip()


def test_a_line_ending_with_a_comma_before_a_lower_case_word_continues_the_sentence() -> None:
    from treatyscope.model import Span
    from treatyscope.pipeline.sentences import split_sentences

    text = "Ana Lopez, Committee Chair,\n\nthanked all.\nThe list:\n- one,\nTwo."
    found = [text[s.start:s.end] for s in split_sentences(text, Span(0, len(text)))]
    assert found == ["Ana Lopez, Committee Chair,\n\nthanked all.", "The list:", "- one,", "Two."]


def test_a_line_wrapped_inside_a_sentence_continues_it() -> None:
    """A phone or a narrow window wraps a line where it must: a line that ends with a word or
    a figure before a lower-case line goes on; a blank line, a stop or a capital ends it."""
    text = ("The minimum wage of 260\ndinars a month had been set, and 70\nper cent were "
            "covered.\nQuestions by Committee Experts\nHow many workers\nwere covered?\n\n"
            "the delegation said.")
    assert split(text) == [
        "The minimum wage of 260\ndinars a month had been set, and 70\nper cent were covered.",
        "Questions by Committee Experts", "How many workers\nwere covered?",
        "the delegation said."]


def test_a_line_that_ends_with_an_article_or_a_preposition_was_wrapped() -> None:
    """A PDF copy with short lines breaks a sentence after "the" before a capital: no
    sentence ends with "the", "of" or "de" (probe H: the attribution "..., replying to
    questions put by members of the\nCommittee ..., said" had lost its speaker)."""
    text = ("1. Mr. COSTA PEREIRA (Portugal), replying to questions put by members of the\n"
            "Committee, said that 85 complaints had been received.\n"
            "2. Ms. DIALLO, referring to the situation of the\nRoma, asked a question.\n"
            "3. La délégation a parlé de\nMadagascar.\nHe spoke of The Hague\nThe next line.")
    assert split(text) == [
        "1. Mr. COSTA PEREIRA (Portugal), replying to questions put by members of the\n"
        "Committee, said that 85 complaints had been received.",
        "2. Ms. DIALLO, referring to the situation of the\nRoma, asked a question.",
        "3. La délégation a parlé de\nMadagascar.", "He spoke of The Hague", "The next line."]
