"""Questions put by a member named with an office "of the Committee", or by a member of a
country task force, are questions of that member (not a summary of topics)."""

from __future__ import annotations

import pytest

from conftest import analyze_text

TEXT = ("The Committee on Migrant Workers today considered the initial report of Veloria.\n\n"
        "The delegation said the law was new.\n\n{sentence}\n\nThe delegation said that 12 "
        "agencies had been licensed.\n")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Lina Haddad, Vice-Chairperson of the Committee, asked about the protection of domestic "
     "workers abroad.", "Lina Haddad"),
    ("Recalling the earlier recommendations of the Committee, Paulo Mendes, Committee Expert, "
     "asked about the recruitment fees.", "Paulo Mendes"),
    ("Ines Lauri, Committee Task Force Member for Veloria, asked how many children with "
     "disabilities attended mainstream schools.", "Ines Lauri"),
])
def test_a_named_member_with_a_committee_office_asks(sentence: str, name: str) -> None:
    review = analyze_text(TEXT.format(sentence=sentence))
    [asker] = [p for p in review.participants if p.name == name]
    assert asker.side == "committee"
    [question] = review.questions
    assert question.asker == asker.id


#: Sentences that ask nothing: the lede's summary of topics, and the Committee's earlier
#: request recalled ("le Comité avait demandé", "the Committee had asked").
NO_QUESTION = [
    "In the ensuing discussion, members of the Committee asked about recruitment fees, "
    "detention and consular help.",
    "Mme Ortiz a rappelé que, dans ses précédentes observations finales, le Comité avait "
    "demandé à l'État partie de fournir des données sur la garde à vue.",
    "Ms. Ortiz recalled that the Committee had previously asked the State party to provide "
    "data on pretrial detention.",
]


@pytest.mark.parametrize("sentence", NO_QUESTION)
def test_no_question_is_asked(sentence: str) -> None:
    assert analyze_text(TEXT.format(sentence=sentence)).questions == ()


def test_a_question_after_a_recalled_request_is_still_asked() -> None:
    sentence = ("Ms. Ortiz recalled that the Committee had asked for data on detention; she "
                "wished to know whether the data now existed.")
    [question] = analyze_text(TEXT.format(sentence=sentence)).questions
    assert "data now existed" in question.text
