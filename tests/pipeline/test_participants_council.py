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


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Committee heard an introductory statement by Omar Haddad, Chief of the Human Rights "
     "Treaty Branch, Office of the High Commissioner for Human Rights, and adopted its agenda.",
     "Chief of the Human Rights Treaty Branch, Office of the High Commissioner for Human "
     "Rights"),
    ("The Committee also heard a statement by Omar Haddad, Director of the Human Rights Council "
     "and Treaty Mechanisms Division, who said that 11 meetings had been cancelled.",
     "Director of the Human Rights Council and Treaty Mechanisms Division"),
])
def test_the_offices_staff_heard_at_an_opening_are_no_one_s_side(sentence: str,
                                                                  title: str) -> None:
    review = analyze_text("The Committee on Enforced Disappearances this morning opened its "
                          f"session.\n\n{sentence}\n\nMr. Haddad added that funds were short.")
    [person] = [p for p in review.participants if p.name == "Omar Haddad"]
    assert (person.side, person.title) == ("other", title)


@pytest.mark.parametrize("bullet", ["· ", "• ", "·"])
def test_a_bullet_before_the_speaker(bullet: str) -> None:
    text = (LEAD + f"{bullet}Speaking at the close of the session, KOFI ADDO (Ghana), President "
            "of the Human Rights Council, noted that 48 States had been reviewed.\n")
    review = analyze_text(text)
    [person] = [p for p in review.participants if p.name == "Kofi Addo"]
    at = review.text.index("48 States")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert turn.participant == person.id


MEETING = ("The Committee on the Rights of Persons with Disabilities today held an informal "
           "meeting with States parties.\n\nThe Chairperson, Ana Ruiz, opened the meeting.\n\n"
           "Also delivering opening statements were Priya Raman, Committee Vice-Chair, Tomas "
           "Lind, Committee Rapporteur, Andrea Orsi, Chief, Groups in Focus Section, and Helen "
           "Okoro, Secretary of the Committee.\n\nStates parties made statements welcoming the "
           "work of the Committee.\n\nRepresentatives of non-governmental organizations made "
           "statements on the detention of migrants.\n")


def test_a_list_of_speakers_with_their_offices() -> None:
    review = analyze_text(MEETING)
    people = {p.name: p for p in review.participants if p.name}
    assert (people["Priya Raman"].side, people["Priya Raman"].roles) == (
        "committee", ("Vice-Chairperson",))
    assert people["Tomas Lind"].side == "committee"
    assert people["Andrea Orsi"].side == "other"
    assert people["Andrea Orsi"].title == "Chief, Groups in Focus Section"
    assert people["Helen Okoro"].side == "other"


@pytest.mark.parametrize(("words", "side"), [("welcoming the work", "state"),
                                             ("detention of migrants", "other")])
def test_states_parties_and_ngos_making_statements_speak(words: str, side: str) -> None:
    review = analyze_text(MEETING)
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    who = next(p for p in review.participants if p.id == turn.participant)
    assert (who.side, who.label != "narrator") == (side, True)


UPR = ("The Human Rights Council this afternoon adopted the outcomes of the Universal Periodic "
       "Review of Norland and Veloria.\n\nConcerning Norland, the Vice-President of the Council "
       "said that out of the 200 recommendations received, 170 enjoyed its support.\n\nThe "
       "outcome of the Universal Periodic Review of Norland was adopted.\n\nSpeaking in the "
       "discussion on the Universal Periodic Review outcome of Norland were Chile, Cuba and "
       "Ghana.\n\nAlso speaking were Nordic Peace Congress, European Centre for Law and Justice, "
       "and Plan International.\n\nAs for Veloria, the President said out of the 150 "
       "recommendations received, 120 enjoyed its support.\n\nSpeaking on Veloria were "
       "Australia, Samoa and Tonga.\n")


def test_an_outcome_adoption_s_officers_and_lists() -> None:
    """The Council's unnamed President is an office of neither side (no Committee Expert);
    the outcome adopted and the lists of speakers are the narrator's; an organisation in a
    list is no person."""
    review = analyze_text(UPR)
    assert [p.name for p in review.participants if p.name] == []
    offices = {p.title: p.side for p in review.participants if p.title}
    assert offices == {"Vice-President of the Council": "other", "President": "other"}
    assert not any(p.side == "committee" for p in review.participants)

    def label(words: str) -> str:
        at = review.text.index(words)
        [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
        return review.participant(turn.participant).label

    assert label("was adopted") == label("Chile, Cuba") == label("Samoa") == "narrator"
    assert label("120 enjoyed") == "President"


def test_a_predecessor_named_in_what_a_mandate_holder_presents_is_no_part_of_the_title() -> None:
    text = (LEAD + "Maria Lopez Vidal, Special Rapporteur on the right to food, presenting the "
            "last report of her predecessor, Jonas Berg, said that hunger had risen.")
    titles = {p.name: p.title for p in analyze_text(text).participants if p.name}
    assert titles["Maria Lopez Vidal"] == "Special Rapporteur on the right to food"


OPENING = ("The Committee on Enforced Disappearances this morning opened its session, hearing "
           "statements by Omar Haddad, Chief of the Civil, Political, Economic, Social and "
           "Cultural Rights Section at the Office of the High Commissioner for Human Rights, and "
           "Lena Berg, Chairperson of the Committee, and adopting its agenda.\n\nMr. Haddad said "
           "that funds were short. A Committee member would be charged to follow reprisals.\n\n"
           "Addressing the Committee, Ana Ruiz, Director of the Human Rights Procedures Division, "
           "said that 12 States had ratified.\n")


def test_two_people_heard_at_an_opening_and_the_unit_an_office_names() -> None:
    """Both people heard are participants, the second a member; a unit's name keeps its
    inner commas; a member yet to be charged with a task is no speaker; the lede stays the
    narrator's."""
    review = analyze_text(OPENING)
    people = {p.name: (p.side, p.title) for p in review.participants if p.name}
    assert people == {
        "Omar Haddad": ("other", "Chief of the Civil, Political, Economic, Social and Cultural "
                                 "Rights Section at the Office of the High Commissioner for Human "
                                 "Rights"),
        "Lena Berg": ("committee", "Chairperson of the Committee"),
        "Ana Ruiz": ("other", "Director of the Human Rights Procedures Division"),
    }
    assert not any(p.side == "committee" and not p.name for p in review.participants)
    assert review.participant(review.turns[0].participant).label == "narrator"


SESSION = ("The Committee on the Rights of Persons with Disabilities this morning opened its "
           "session.\n\nLena Berg, Committee Chairperson, said the session would be busy.\n\n"
           "Tomas Lind, Chief of the Petitions Section, Human Rights Treaties Branch, Office of "
           "the High Commissioner for Human Rights, and Representative of the Secretary-General, "
           "extended a warm welcome to the new members.\n\n"
           "The Committee elected Omar Diallo of Mali as its new Vice-Chairperson.\n\nBefore "
           "starting its work, the Committee observed a minute of silence.\n\nThe four new "
           "members made their solemn declaration to the Committee.\n\nAna Ruiz, Director of the "
           "Treaties Division, in an introductory statement, said that 12 States had ratified."
           "\n\nNon-governmental organizations speaking in the meeting addressed the detention of "
           "children.\n\nThe next public meeting of the Committee will be at 10 a.m. on Monday.\n")


def test_what_a_session_s_opening_narrates_and_who_speaks() -> None:
    review = analyze_text(SESSION)

    def label(words: str) -> str:
        at = review.text.index(words)
        [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
        return review.participant(turn.participant).label

    for narrated in ("elected Omar", "minute of silence", "solemn declaration", "next public"):
        assert label(narrated) == "narrator", narrated
    assert label("detention of children") == "organisations (unnamed speakers)"
    [ruiz] = [p for p in review.participants if p.name == "Ana Ruiz"]
    assert ruiz.title == "Director of the Treaties Division"
    assert label("warm welcome") == "Tomas Lind"


def test_an_ngo_report_a_member_cites_stays_hers() -> None:
    review = analyze_text(LEAD + "Ana Diaz, Committee Expert, asked whether protection orders "
                          "were enforced. Non-governmental organizations reported that many women "
                          "had been killed.")
    assert [p.side for p in review.participants if p.name is None] == ["other"]  # the narrator
