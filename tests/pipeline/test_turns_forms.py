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


@pytest.mark.parametrize(("sentence", "name", "title", "roles"), [
    ("Committee Expert and Rapporteur Oluwaseun Adebayo Kettering presented the draft annual "
     "report.", "Oluwaseun Adebayo Kettering", "Committee Expert and Rapporteur",
     ("Committee Expert",)),
    ("Renata Koval, Chair of the Human Rights Committee, welcomed the members.",
     "Renata Koval", "Chair of the Human Rights Committee", ("Chairperson",)),
])
def test_a_committee_office_before_or_after_the_name(sentence: str, name: str, title: str,
                                                      roles: tuple[str, ...]) -> None:
    review = analyze_text(LEAD + sentence)
    [person] = [p for p in review.participants if p.name == name]
    assert (person.side, person.title, person.roles) == ("committee", title, roles)


CLOSING = ("The Committee on Enforced Disappearances today closed its session.\n\n{para}\n\n"
           "The Committee also met with the Subcommittee.\n")


def test_what_the_committee_did_in_the_chairs_paragraph_is_hers() -> None:
    para = ("Mirela Dobre, Committee Chairperson, in her concluding remarks, said that the "
            "session had been a demanding one. The Committee adopted concluding observations "
            "on two reports and registered 215 new urgent actions.")
    review = analyze_text(CLOSING.format(para=para))
    [chair] = [p for p in review.participants if p.name == "Mirela Dobre"]
    for words in ("215 new urgent", "demanding one"):
        at = review.text.index(words)
        [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
        assert turn.participant == chair.id
    # ... and a new paragraph on what the Committee did is the narrator's again
    at = review.text.index("also met with")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant != chair.id


def test_members_who_continued_their_work_do_not_speak() -> None:
    para = ("The Committee members continued their work, including the adoption of decisions, "
            "from their home countries.")
    review = analyze_text(CLOSING.format(para=para))
    assert all(p.side != "committee" for p in review.participants)


def test_a_link_line_without_a_stop_ends_at_its_line() -> None:
    para = ("The concluding observations can be found here: http://tb.example.org/_layouts/"
            "SessionDetails1.aspx?SessionID=1205&Lang=en\n\nAisha Rahim, Committee Chair, in "
            "her closing remarks, said that the session had been productive.")
    review = analyze_text(CLOSING.format(para=para))
    assert any(p.name == "Aisha Rahim" for p in review.participants)
    assert all("SessionID" not in t.span.slice(review.text) for t in review.turns)
