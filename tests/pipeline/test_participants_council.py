"""Council texts: the United Nations' investigators and officials are no State's, even when
they present a report, and a list's bullet does not hide the speaker after it."""

from __future__ import annotations

import pytest

from conftest import analyze_text

LEAD = "The Human Rights Council this morning held an interactive dialogue on Norland.\n\n"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tomas Lind, Head of the Independent Investigative Mechanism for Norland, said that "
     "evidence had been collected.", "Tomas Lind"),
    ("Ms. Hanna Berg, United Nations High Commissioner for Human Rights, introducing the annual "
     "report of the Secretary-General, expressed concern about reprisals.", "Hanna Berg"),
    ("Jan Ove, Chair of the fact-finding mission on Norland, presenting the mission's report, "
     "said that 40 witnesses had been heard.", "Jan Ove"),
])
def test_an_official_of_the_united_nations_is_no_delegate(sentence: str, name: str) -> None:
    review = analyze_text(LEAD + sentence)
    [person] = [p for p in review.participants if p.name == name]
    assert person.side == "other"


@pytest.mark.parametrize("bullet", ["· ", "• ", "·"])
def test_a_bullet_before_the_speaker(bullet: str) -> None:
    text = (LEAD + f"{bullet}Speaking at the close of the session, KOFI ADDO (Ghana), President "
            "of the Human Rights Council, noted that 48 States had been reviewed.\n")
    review = analyze_text(text)
    [person] = [p for p in review.participants if p.name == "Kofi Addo"]
    at = review.text.index("48 States")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant == person.id
