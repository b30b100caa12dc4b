"""Questions in further forms: "wondered in that context whether", "pressed the delegation
to explain", "would like the delegation to explain why", one question "whether and how",
French "et ce que" / "et qui", and no question in a request to answer the questions."""

from __future__ import annotations

import pytest

from conftest import analyze_text

LEAD = ("The Committee on the Rights of the Child today considered the report of Veloria.\n\n"
        "Questions by Committee Experts\n\n")
TAIL = "\n\nResponses by the Delegation\n\nThe delegation said the courts had prosecutors.\n"


def texts(sentence: str) -> list[str]:
    return [q.text for q in analyze_text(LEAD + sentence + TAIL).questions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mr. Rodin wondered in that context whether the juvenile courts had specialised "
     "prosecutors.", ["Had the juvenile courts specialised prosecutors?"]),
    ("Ms. Otte wondered in this regard what remedies were available to expelled children.",
     ["What remedies were available to expelled children?"]),
    ("Mr. Gast pressed the delegation to explain why the Ombudsman had not visited the camps.",
     ["Why had the Ombudsman not visited the camps?"]),
    ("Ms. Otte would like the delegation to explain why the hotline had closed.",
     ["Why had the hotline closed?"]),
    ("An Expert asked about the situation of girls in foster care.",
     ["What was the situation of girls in foster care?"]),
    # a member's questions on a topic, with a statement of her own after it ("were" there
    # lists no questions)
    ("The Expert asked questions about the flood in the north, noting that 4,000 families "
     "were displaced.", ["What was the situation regarding the flood in the north?"]),
    ("Ms. Otte asked the delegation to provide the number of complaints against teachers.",
     ["The number of complaints against teachers."]),
    ("Ms. Otte asked for figures on school drop-outs and raised concern about the low number "
     "of girls in secondary school.", ["Figures on school drop-outs."]),
    # an adverb between "would" and "like to know"
    ("Ms. Otte would therefore like to know what measures had been taken.",
     ["What measures had been taken?"]),
    ("Ms. Otte would nonetheless like to know how many shelters existed.",
     ["How many shelters existed?"]),
    # a request for details, and one in the passive ending in "?": both reported
    ("Ms. Otte asked the delegation to detail how rural clinics were staffed.",
     ["How were rural clinics staffed?"]),
    ("Ms. Otte thanked the delegation. The delegation was further asked to clarify when the "
     "juvenile court would open?", ["When would the juvenile court open?"]),
])
def test_the_question_and_its_wording(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


#: (sentence, how many questions it asks)
COUNTS = [
    # one question about both
    ("Another Expert asked whether and how children were consulted on the design of "
     "playgrounds.", 1),
    # French questions joined by "et"
    ("M. Bruni demande pourquoi la loi n'est pas appliquée et ce que le Gouvernement compte "
     "faire.", 2),
    ("M. Bruni a pris la parole. Quelles sanctions sont prévues et qui les prononce ?", 2),
    # ... but a relative clause is no question of its own
    ("M. Bruni demande combien de centres ont été créés en 2019 et qui accueillent des "
     "enfants.", 1),
    # the Experts' topics after a clause of praise of their own: a topic summary
    ("Committee Experts commended the State on its national plan to build shelters for "
     "homeless families in every province, and asked questions on efforts to protect children "
     "living on the street.", 0),
    # a member telling afterwards what she had asked asks nothing now
    ("Ms. Otte said: \u201cWhen I asked about the courts, there was no answer.\u201d", 0),
    ("Ms. Otte said: \u201cWe asked about the courts, they didn't answer.\u201d", 0),
    # a request to answer the questions asks nothing new
    ("The Chair asked the delegation to respond to the questions on health and social "
     "services.", 0),
    ("The Chair invited the delegation to respond to questions 1 to 12 of the list of issues.",
     0),
]


@pytest.mark.parametrize(("sentence", "count"), COUNTS)
def test_how_many_questions_a_sentence_asks(sentence: str, count: int) -> None:
    assert len(texts(sentence)) == count


def test_a_passive_request_ending_in_a_question_mark_is_reported() -> None:
    [question] = analyze_text(LEAD + "Ms. Otte thanked the delegation. The delegation was "
                              "also asked to explain how the minimum age for marriage would be "
                              "raised?" + TAIL).questions
    assert question.form == "indirect"
