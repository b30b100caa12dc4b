"""Participants named with the offices older and newer releases write: an interim chargé
d'affaires, a rapporteur named after "Acting as", a head who "headed the delegation" with
an office in brackets, an office closed by its verb without a comma, closing tributes."""

from __future__ import annotations

import pytest

from conftest import analyze_text

LEAD = ("The Committee against Torture today began its consideration of the second periodic "
        "report of Norland.\n\n")

#: (what the release says, who, what the participant must be)
CASES = [
    ("Presenting the report, Tomas Wik, Chargé d'affaires a.i. of the Permanent Mission of "
     "Norland to the United Nations Office at Geneva, said that the law had been amended.",
     "Tomas Wik",
     {"side": "state", "title": "Chargé d'affaires a.i. of the Permanent Mission of Norland "
                                "to the United Nations Office at Geneva"}),
    ("Acting as Rapporteur for the report of Norland was Committee Expert Henrik Aas, who said "
     "that 420 complaints had been filed.",
     "Henrik Aas", {"side": "committee", "roles": ("Committee Expert", "Country Rapporteur")}),
    ("Marco Antonio Reyes Lunde, Chairman of the National Commission for Human Rights (NCHR), "
     "headed the delegation of Norland.\n\nMr. REYES LUNDE (Norland) said that 30 judges had "
     "been trained.",
     "Marco Antonio Reyes Lunde",
     {"side": "state", "head_of_delegation": True,
      "title": "Chairman of the National Commission for Human Rights (NCHR)"}),
    ("Kadri Lepp, Permanent Representative of the Republic of Norland to the United Nations "
     "Office at Geneva introduced the report and said that a welfare plan was being prepared.",
     "Kadri Lepp",
     {"side": "state", "title": "Permanent Representative of the Republic of Norland to the "
                                "United Nations Office at Geneva"}),
    ("The delegation said the law was new.\n\nIn her concluding remarks, Ana Lind, Committee "
     "Chairperson, paid tribute to the five members whose terms would end.",
     "Ana Lind", {"side": "committee", "roles": ("Chairperson",)}),
    # the second of two presenters, each with an office (it had been a Committee Expert)
    ("The report was presented by Oskar Dahl, Deputy Minister of Health, and Lena Holm, "
     "State Secretary for Education.\n\nMs. Holm said that 40 schools had been built.",
     "Lena Holm", {"side": "state", "title": "State Secretary for Education"}),
    ("Le rapport a été présenté par M. Oskar Dahl, Vice-Ministre de la santé, et Mme Lena "
     "Holm, Secrétaire d'État à l'éducation, qui a dit que la loi avait changé.\n\nMme Holm "
     "a, par ailleurs, indiqué que 40 écoles avaient été construites.",
     "Lena Holm", {"side": "state", "title": "Secrétaire d'État à l'éducation"}),
    # the head named in passing, with his office before his name and a comma between
    ("The Chairperson welcomed the large and high-level delegation from Norland, led by the "
     "Deputy Minister of Labour, Mr. Pavel Kirov.\n\nMr. Kirov said that 30 inspectors had "
     "been hired.",
     "Pavel Kirov", {"side": "state", "head_of_delegation": True,
                     "title": "Deputy Minister of Labour"}),
    # a rapporteur for the State's report is its Country Rapporteur
    ("Serving as Rapporteur for the report of Norland, Committee member Henrik Aas raised a "
     "number of issues.",
     "Henrik Aas", {"side": "committee", "roles": ("Committee Expert", "Country Rapporteur")}),
    # an opening participle makes the head, with or without an office after the name
    ("Heading the delegation, Pavel Kirov said that 12 prisons had closed.",
     "Pavel Kirov", {"side": "state", "head_of_delegation": True, "title": None}),
    ("Présidant la délégation, M. Pavel Kirov, Vice-Ministre de la justice, a déclaré que 12 "
     "prisons avaient fermé.",
     "Pavel Kirov", {"side": "state", "head_of_delegation": True,
                     "title": "Vice-Ministre de la justice"}),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_the_office_makes_the_participant(text: str, name: str, expected: dict) -> None:
    review = analyze_text(LEAD + text)
    [person] = [p for p in review.participants if p.name == name]
    assert {key: getattr(person, key) for key in expected} == expected
    # ... and the person speaks the sentence that names them
    last = text.rsplit("\n\n", 1)[-1]
    at = review.text.index(last) + len(last) - 5
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant == person.id


def test_what_a_presenter_also_did_is_no_part_of_the_title() -> None:
    review = analyze_text(LEAD + "Naledi Sebe, Director of Social Services of Norland, also "
                          "introducing the report and focusing on rural communities, said that "
                          "12 centres had opened.")
    [person] = [p for p in review.participants if p.name == "Naledi Sebe"]
    assert person.title == "Director of Social Services of Norland"


@pytest.mark.parametrize("office", ["The head of the delegation",
                                    "La cheffe de la délégation"])
def test_the_unnamed_head_of_a_named_delegation_is_no_new_participant(office: str) -> None:
    review = analyze_text(LEAD + "Presenting the report, Oskar Dahl, Deputy Minister of "
                          f"Health, said that a law had been adopted.\n\n{office} stressed "
                          "that 300 schools had been renovated.")
    assert [p.label for p in review.participants if p.side == "state"] == ["Oskar Dahl"]
    [dahl] = [p for p in review.participants if p.side == "state"]
    at = review.text.index("300 schools")
    assert [t.participant for t in review.turns if t.span.start <= at < t.span.end] == [dahl.id]
