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


def test_experts_of_the_committee_asking_about_topics_in_a_lede_stay_a_summary() -> None:
    sentence = ("In the ensuing discussion, members of the Committee asked about recruitment "
                "fees, detention and consular help.")
    assert analyze_text(TEXT.format(sentence=sentence)).questions == ()
