"""Named speakers in less usual forms: a French office without its article before the
name, a quotation closed by "says", two adverbials before the name, a member's country in
mixed case, the Committee's "new" chair, a State named as the speaker in French."""

from __future__ import annotations

import pytest

from conftest import analyze_text

LEAD = ("The Committee on the Elimination of Discrimination against Women today considered "
        "the fifth periodic report of Veloria.\n\nThe delegation said the law was new.\n\n")


@pytest.mark.parametrize(("sentence", "name", "side", "title"), [
    ("Représentant permanent de la Veloria, M. Jean Dorval a déclaré que la loi était "
     "nouvelle.", "Jean Dorval", "state", "Représentant permanent de la Veloria"),
    ("“We must do more,” says Maria Lund, the Minister of Women.", "Maria Lund", "state",
     "Minister of Women"),
    ("In the afternoon, later in the meeting, Ana Riis said that 40 per cent of judges were "
     "women.", "Ana Riis", "committee", None),
    ("Ida Gonzaga of Mexico, the Committee's new Chairperson, told the meeting that the "
     "session would be busy.", "Ida Gonzaga", "committee", "Committee's new Chairperson"),
])
def test_the_named_speaker_speaks(sentence: str, name: str, side: str,
                                  title: str | None) -> None:
    review = analyze_text(LEAD + sentence)
    [person] = [p for p in review.participants if p.name == name]
    assert (person.side, person.title) == (side, title)
    at = review.text.index(sentence[-12:])
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant == person.id


def test_of_an_office_after_a_name_is_no_country() -> None:
    review = analyze_text(LEAD + "Ana Riis of the Ministry of Justice, speaking on detention, "
                          "said that 40 prisons had been inspected.")
    assert all(p.country is None for p in review.participants)


def test_a_state_named_as_the_speaker_in_french() -> None:
    text = ("Le Groupe de travail sur l'Examen périodique universel a examiné le rapport de la "
            "Veloria.\n\nM. Jan Berg a présenté le rapport.\n\nLe Pérou a indiqué que la loi "
            "avait été adoptée.\n")
    review = analyze_text(text)
    at = review.text.index("Le Pérou")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    who = next(p for p in review.participants if p.id == turn.participant)
    assert (who.side, who.name) == ("state", None)
