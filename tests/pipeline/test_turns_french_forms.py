"""French and English attributions: "Selon X, ...", "Comme l'a souligné X, ...", acting
chairs, titles after a passive presentation, French heads of delegation by adjective, the
masculine "représentant" and national institutions presenting their own report."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Participant, Review

LEAD = ("Le Comité contre la torture a examiné aujourd'hui le troisième rapport périodique du "
        "Togo.\n\nLa délégation a déclaré que 12 prisons avaient été rénovées.\n\n")


def named(review: Review, name: str) -> Participant:
    [person] = [p for p in review.participants if p.name == name]
    return person


def speaker_name(review: Review, words: str) -> str | None:
    at = review.text.index(words)
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    return next(p.name for p in review.participants if p.id == turn.participant)


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Selon le corapporteur, M. Éric Lanval, la population carcérale a doublé depuis 2016.",
     "Éric Lanval", "Country Rapporteur"),
    ("Selon M. Éric Lanval, la population carcérale a doublé depuis 2016.",
     "Éric Lanval", "Committee Expert"),
    ("According to the Country Rapporteur, Ms. Anna Wiik, the prison population had doubled "
     "since 2016.", "Anna Wiik", "Country Rapporteur"),
    ("Comme l'a souligné la Présidente du Comité, Mme Ilse Varga, à l'ouverture de la séance, "
     "la population carcérale a doublé depuis 2016.", "Ilse Varga", "Chairperson"),
    ("Dans sa déclaration finale, le Président par intérim du Comité, M. Rui Falcón, a indiqué "
     "que la population carcérale a doublé depuis 2016.", "Rui Falcón", "Chairperson"),
])
def test_an_opening_attribution_gives_the_sentence_to_the_person(sentence: str, name: str,
                                                                 role: str) -> None:
    review = analyze_text(LEAD + sentence)
    assert speaker_name(review, "2016") == name
    assert role in named(review, name).roles


@pytest.mark.parametrize("sentence", [
    "According to Human Rights Watch, the prisons were full.",
    "According to the 2021 census, 12 per cent of prisoners were foreigners.",
])
def test_an_opening_attribution_to_no_person_makes_no_participant(sentence: str) -> None:
    review = analyze_text(LEAD + sentence)
    assert all(p.name is None for p in review.participants)


def test_a_title_after_a_passive_presentation_is_the_office_only() -> None:
    review = analyze_text(LEAD + "Le rapport a été présenté par la Secrétaire d'État à la "
                          "famille du Togo, Mme Afi Mensah, qui a indiqué que la loi avait été "
                          "adoptée.")
    assert named(review, "Afi Mensah").title == "Secrétaire d'État à la famille du Togo"


@pytest.mark.parametrize("head", ["chef de la délégation togolaise",
                                  "chef de la délégation du Togo"])
def test_a_french_head_of_delegation_by_its_state(head: str) -> None:
    review = analyze_text(LEAD + f"M. Koffi Adjo, Commissaire aux droits de l'homme et {head}, "
                          "a déclaré que 12 prisons avaient été rénovées.")
    person = named(review, "Koffi Adjo")
    assert person.head_of_delegation and person.title == "Commissaire aux droits de l'homme"


def test_a_masculine_representative_keeps_his_title() -> None:
    review = analyze_text(LEAD + "Le représentant du Service international pour les droits de "
                          "l'homme, M. Jonas Lenk, a plaidé pour un suivi renforcé.")
    person = named(review, "Jonas Lenk")
    assert (person.side, person.title) == (
        "other", "représentant du Service international pour les droits de l'homme")


def test_a_national_institution_presenting_its_own_report_is_no_delegate() -> None:
    review = analyze_text(LEAD + "Le Président de la Commission nationale des droits de "
                          "l'homme du Togo, M. Kodjo Amega, a présenté le rapport de son "
                          "institution.")
    assert named(review, "Kodjo Amega").side == "other"


def test_a_government_commissioner_presenting_the_report_stays_a_delegate() -> None:
    review = analyze_text(LEAD + "Presenting the report, Karim Ould Salem, Human Rights "
                          "Commissioner for Humanitarian Action, said the law was new.")
    assert named(review, "Karim Ould Salem").side == "state"


@pytest.mark.parametrize(("sentence", "name", "title", "side"), [
    ("La détention provisoire peut durer jusqu'à 36 mois, a déploré M. Karim Belkadi, qui a "
     "demandé si une réforme est envisagée.", "Karim Belkadi", None, "committee"),
    ("La situation s'est améliorée, a souligné M. Jean Ndayo, chef de la délégation togolaise.",
     "Jean Ndayo", "chef de la délégation togolaise", "state"),
    ("Les prisons sont pleines, a assuré le Ministre de la justice, M. Jean Ndayo.",
     "Jean Ndayo", "Ministre de la justice", "state"),
    # the office before the name, the headship in a relative clause after it
    ("Le Secrétaire d'État à la justice, M. Jean Ndayo, qui dirigeait la délégation, a "
     "indiqué que la loi avait changé.", "Jean Ndayo", "Secrétaire d'État à la justice", "state"),
    # after a quotation, an office in lower case before a name without an honorific
    ("« Notre délégation n'a pas pu voyager », a déclaré l'ambassadeur Jean Ndayo.",
     "Jean Ndayo", "ambassadeur", "state"),
    # an office set off by dashes
    ("À la clôture, M. Karim Belkadi - Président du Comité - a remercié la délégation.",
     "Karim Belkadi", "Président du Comité", "committee"),
    # a presenter whose office holds a charge after a comma
    ("Le rapport a été présenté par la Ministre de la famille, chargée de la promotion de la "
     "femme, Mme Awa Sow, qui a déclaré que des réformes étaient en cours.",
     "Awa Sow", "Ministre de la famille, chargée de la promotion de la femme", "state"),
])
def test_a_french_speaker_named_after_the_verb(sentence: str, name: str, title: str | None,
                                               side: str) -> None:
    review = analyze_text(LEAD + sentence)
    person = named(review, name)
    assert person.side == side
    if title == "chef de la délégation togolaise":
        assert person.head_of_delegation
    else:
        assert person.title == title
    assert speaker_name(review, sentence[:20]) == name


def test_a_member_named_by_nationality_is_an_unnamed_expert() -> None:
    """"L'experte du Chili a fait remarquer ...": no person named "L'experte du Chili"; the
    second member so named after an opening phrase speaks her own sentence."""
    review = analyze_text(LEAD + "L'experte du Mali a fait remarquer que les délais étaient "
                          "longs. S'agissant des délais, l'expert de la Pologne a estimé qu'un "
                          "report de trois ans était excessif.")
    assert all(p.name is None for p in review.participants)
    assert speaker_name(review, "trois ans") is None
    at = review.text.index("trois ans")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert review.participant(turn.participant).side == "committee"


def test_opening_attribution_in_french_needs_no_title() -> None:
    review = analyze_text(LEAD + "Selon Mme Awa Sow, le gouvernement est conscient des défis "
                          "qui l'attendent, d'où son attachement à l'égalité.")
    assert speaker_name(review, "conscient") == "Awa Sow"
    assert named(review, "Awa Sow").title is None


def test_members_who_debated_speak() -> None:
    review = analyze_text(LEAD + "Plusieurs membres du Comité ont ensuite débattu du retard "
                          "accumulé.")
    at = review.text.index("retard")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert review.participant(turn.participant).side == "committee"


def test_a_member_named_by_a_demonstrative_speaks_again() -> None:
    """"..., a souligné cette experte, qui a demandé ...", "a ajouté ce membre du Comité": the
    member who spoke last, after the delegation's words; the request in the relative clause
    is a question without the sentence's own verb after it."""
    review = analyze_text(
        LEAD + "Une experte a salué l'adoption de la loi.\n\nM. Jean Ndayo, Ministre de la "
        "justice, a déclaré que la loi était appliquée.\n\nLes prisons restent pleines, a "
        "souligné cette experte, qui a demandé combien de places existaient.\n\nM. Ndayo a "
        "répondu que 12 prisons existaient.\n\nPar ailleurs, a ajouté ce membre du Comité, la "
        "loi de 2018 n'a jamais été appliquée. Un expert, qui a demandé combien de juges étaient "
        "des femmes, a aussi salué la réforme.")
    expert = next(p.id for p in review.participants if p.side == "committee")
    for words in ("restent pleines", "jamais été appliquée"):
        assert speaker_name(review, words) is None
        at = review.text.index(words)
        [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
        assert turn.participant == expert
    assert [p.side for p in review.participants if p.name is None].count("state") == 1
    assert [q.text for q in review.questions] == [
        "Combien de places existaient ?", "Combien de juges étaient des femmes ?"]


def test_a_time_inside_the_opening_phrase_before_the_chair() -> None:
    review = analyze_text(LEAD + "Dans sa déclaration de clôture, ce midi, le Président du "
                          "Comité, M. Rui Falcón, a souligné que la session avait été productive.")
    assert speaker_name(review, "productive") == "Rui Falcón"


def test_experts_with_an_aside_inside_the_verb_and_organisations_that_spoke() -> None:
    review = analyze_text(LEAD + "Plusieurs experts ont à cet égard estimé que le texte était "
                          "trop long.\n\nDes organisations non gouvernementales ont pris la parole "
                          "au sujet de la justice pour mineurs.")
    who = {}
    for words in ("trop long", "justice pour mineurs"):
        at = review.text.index(words)
        [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
        who[words] = review.participant(turn.participant).label
    assert who == {"trop long": "unnamed committee expert",
                   "justice pour mineurs": "organisations (unnamed speakers)"}


@pytest.mark.parametrize("elected", ["Le Comité a élu à sa présidence M. Pablo Ruiz, de "
                                     "l'Uruguay.", "Le Comité a clos sa session en élisant à sa "
                                     "présidence M. Pablo Ruiz."])
def test_a_chair_elected_office_first_is_the_chair_the_text_then_names(elected: str) -> None:
    review = analyze_text(LEAD + elected + " Le Président du Comité a rappelé les priorités de "
                          "la session.")
    assert named(review, "Pablo Ruiz").roles == ("Chairperson",)
    assert speaker_name(review, "priorités") == "Pablo Ruiz"


@pytest.mark.parametrize("opening", ["À l'ouverture du dialogue", "A l’ouverture du dialogue"])
def test_an_opening_phrase_naming_the_head_and_her_office(opening: str) -> None:
    review = analyze_text(LEAD + f"{opening} noué avec une délégation togolaise conduite par Mme "
                          "Awa Sow, Ministre de la femme, de l'enfant et de la famille, un expert a "
                          "salué les progrès accomplis.")
    at = review.text.index("progrès accomplis")
    [turn] = [t for t in review.turns if t.span.start <= at < t.span.end]
    assert review.participant(turn.participant).label == "unnamed committee expert"


def test_the_chair_named_after_an_absolute_clause_with_her_country() -> None:
    review = analyze_text(LEAD + "L'année 2024 marquant le 40e anniversaire de la Convention, "
                          "la Présidente du Comité, Ana Lind, experte de la Suède, a invité les "
                          "participants à diffuser ses principes.")
    assert named(review, "Ana Lind").roles == ("Chairperson",)
    assert speaker_name(review, "diffuser") == "Ana Lind"


def test_the_chair_before_an_election_is_not_the_one_elected() -> None:
    review = analyze_text(LEAD + "La Présidente a ouvert la session. Le Comité a élu à sa "
                          "présidence M. Pablo Ruiz. Le Président a remercié les membres.")
    ruiz = named(review, "Pablo Ruiz")
    assert [m.slice(review.text) for m in ruiz.mentions] == ["M. Pablo Ruiz", "Le Président"]
