"""Questions: "would like" with what is asked for ("She would like more information on X")
is a request; "would like" with an action or a thanks is not."""

from __future__ import annotations

import pytest

from conftest import analyze_text

LEAD = ("The Committee against Torture today considered the fourth periodic report of "
        "Veloria.\n\nMs. Amsel, Country Rapporteur, said that the report said little about "
        "prisons. ")
REPLY = "\n\nThe delegation said the northern prison held 740 detainees."


@pytest.mark.parametrize(("sentence", "text"), [
    ("She would like more information on the capacity of the northern prison.",
     "More information on the capacity of the northern prison."),
    ("She would like an explanation of the fall in prosecutions since 2019.",
     "An explanation of the fall in prosecutions since 2019."),
    ("She would also like updated figures on pretrial detention.",
     "Updated figures on pretrial detention."),
])
def test_would_like_information_is_an_indirect_question(sentence: str, text: str) -> None:
    review = analyze_text(LEAD + sentence + REPLY)
    [question] = review.questions
    assert question.form == "indirect"
    assert question.text == text
    assert review.participants[0].name == "Amsel"
    assert question.asker == review.participants[0].id


@pytest.mark.parametrize("sentence", [
    "She would like the State party to ratify the Optional Protocol.",
    "She would like to thank the delegation for its report.",
    "She would like to see the law amended.",
])
def test_would_like_an_action_is_no_question(sentence: str) -> None:
    assert analyze_text(LEAD + sentence + REPLY).questions == ()
