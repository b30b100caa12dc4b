"""Turns: every sentence of running text belongs to exactly one speaker's turn."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from treatyscope.model import Review

TEXT = (
    "The Committee today reviewed the report of Peru. Ana Lopez, Committee Expert and Country "
    "Rapporteur, said progress was real. Was the law applied? A Committee Expert asked about "
    "prisons. Another Expert asked about schools. She added a point. The delegation said "
    "schools were free. The delegation said prisons were inspected. In concluding remarks, "
    "Ms. Lopez thanked the delegation. The delegation of Peru was comprised of representatives "
    "from the Ministry of Justice. The webcast of Committee meetings can be found here. The "
    "Committee will next meet at 10 a.m. on Monday."
)


def speakers(review: Review) -> list[tuple[str, str]]:
    labels = {p.id: p.label for p in review.participants}
    return [(labels[t.participant], t.span.slice(review.text)[:25]) for t in review.turns]


def test_each_attribution_opens_a_turn() -> None:
    review = analyze_text(TEXT)
    assert [s for s, _ in speakers(review)] == [
        "narrator",
        "Ana Lopez",
        "unnamed committee expert",
        "unnamed committee expert",
        "the delegation",
        "the delegation",
        "Ana Lopez",
        "narrator",
        "narrator",
    ]


def test_turns_cover_all_content_once_and_skip_boilerplate() -> None:
    review = analyze_text(TEXT)
    covered = [False] * len(review.text)
    for turn in review.turns:
        for i in range(turn.span.start, turn.span.end):
            assert not covered[i]
            covered[i] = True
    boiler = review.boilerplate[0]
    for i, ch in enumerate(review.text):
        inside_boiler = boiler.start <= i < boiler.end
        assert covered[i] != inside_boiler or ch.isspace(), (i, ch)


def test_responses_default_to_the_delegation() -> None:
    review = analyze_text(
        "Questions by Committee Experts A Committee Expert asked about prisons. "
        "Responses by the Delegation Prisons had been inspected. New ones were built."
    )
    last = review.turns[-1]
    assert review.participant(last.participant).label == "the delegation"  # type: ignore[union-attr]
    assert last.span.slice(review.text) == "Prisons had been inspected. New ones were built."


def test_french_record_speakers_with_reflexive_verbs_open_turns() -> None:
    review = analyze_text(
        "Compte rendu analytique de la 546e séance\nLa séance est ouverte à 15 h 10.\n"
        "Mme Saiga déclare que les femmes doivent être protégées.\n"
        "Mme Kwaku se dit préoccupée par la traite et demande si une loi existe.\n"
    )
    labels = {p.id: p.label for p in review.participants}
    assert [labels[t.participant] for t in review.turns][-2:] == ["Saiga", "Kwaku"]


def test_a_named_state_representative_speaks_for_the_state() -> None:
    review = analyze_text(
        "The Third Committee heard a briefing today. The representative of Armenia asked "
        "about children in conflict."
    )
    last = review.turns[-1]
    assert review.participant(last.participant).side == "state"  # type: ignore[union-attr]


def test_collective_experts_open_a_turn_in_the_middle_of_a_line() -> None:
    review = analyze_text(
        "Ana Lopez, Committee Expert, asked about prisons. Committee Experts asked whether "
        "detainees had access to a lawyer."
    )
    labels = {p.id: p.label for p in review.participants}
    assert [labels[t.participant] for t in review.turns] == ["Ana Lopez", "unnamed committee expert"]
    assert [labels[q.asker] for q in review.questions if q.asker][-1] == "unnamed committee expert"


@pytest.mark.parametrize("opening", [
    "Questions raised by Committee Experts concerned",
    "Issues raised by the members of the Committee included",
    "In general, the members of the Committee welcomed",
    "In general, emphasizing the openness of the State to dialogue, the members of the "
    "Committee welcomed",
    "Other Committee Experts contributed to the debate by raising questions on",
    # an old lede's collective lines (probe 311)
    "A number of Experts welcomed",
    "Experts' comments focused on",
    # (helpers' real pages: old releases, and "other" after a quantifier)
    "Among questions asked by the Experts were how they would ensure",
    "Committee Experts recognized the challenges of",
    "Under the Optional Protocol on the sale of children, child prostitution and child "
    "pornography, Committee Experts noted the delays in",
    "Several other Experts expressed concern about",
    "Another two Committee Experts asked about",
])
def test_collective_experts_in_other_wordings_open_a_turn(opening: str) -> None:
    review = analyze_text(
        "Committee against Torture reviews report of Kazakhstan\n\nPresenting the report, "
        "Igor Rogov, Chairman of the Constitutional Council, said 12 courts had been created. "
        f"{opening} the adoption of the new law.")
    last = review.participant(review.turns[-1].participant)
    assert last is not None and last.label == "unnamed committee expert"


_NIGER = ("Le Comité des droits de l'enfant examine le rapport du Niger\n\nPrésentant le "
          "rapport, Mme Aïcha Kaba, Ministre de la justice, a indiqué que 12 tribunaux avaient "
          "été créés. {} de la détention des enfants.")


def test_french_collective_experts_open_a_turn() -> None:
    for collective in ("Les membres du Comité se sont notamment inquiétés",
                       "Au cours du dialogue, les experts se sont enquis",
                       "Les experts du Comité ont demandé",
                       "Les expertes se sont enquises", "Certaines expertes se sont inquiétées"):
        review = analyze_text(_NIGER.format(collective))
        last = review.participant(review.turns[-1].participant)
        assert last is not None and last.label == "unnamed committee expert", collective


def test_states_speaking_in_a_debate_are_one_unnamed_state_participant() -> None:
    review = analyze_text(
        "The Human Rights Council this afternoon held an interactive dialogue with the "
        "Commission of Inquiry. Paulo Ruiz, Chair of the Commission of Inquiry, said the "
        "situation had worsened. Syria, speaking as a country concerned, said it rejected the "
        "mandate. It called for an end to sanctions. In the ensuing discussion, speakers "
        "welcomed the report. Some delegations asked about the protection of civilians."
    )
    states = [p for p in review.participants if p.side == "state"]
    assert len(states) == 1 and states[0].name is None and not states[0].mentions
    assert states[0].label == "States (unnamed speakers)"
    by_id = {p.id: p for p in review.participants}
    said = {review.text[t.span.start:t.span.end].split(",")[0]: by_id[t.participant].side
            for t in review.turns}
    assert said["Syria"] == "state"  # with the sentence that continues it
    assert said["In the ensuing discussion"] == "state"
    assert said["Paulo Ruiz"] == "other"
    # a debate has no State party under review: its speakers make no commitments
    assert review.commitments == ()


@pytest.mark.parametrize(("paragraph", "side"), [
    ("China said it had fed 20 per cent of the world's population.", "state"),
    ("Belgium, speaking on behalf of the European Union, said it shared the concern.", "state"),
    ("In the ensuing discussion, Argentina said it had adopted a protocol.", "state"),
    ("Speaking as the concerned country, Madagascar said it had welcomed the visit.", "state"),
    ("Cuba's representative wanted to know how the Rapporteur chose her priorities.", "state"),
    ("Le Brésil a déclaré que 33 millions de personnes étaient sorties de la faim.", "state"),
    # a group the State speaks for, named first or without "speaking"; a State's name of
    # several words (probe E)
    ("Speaking on behalf of the European Union, Sweden said the report was balanced.", "state"),
    ("On behalf of the African Group, Egypt said technical cooperation was essential.", "state"),
    ("Sweden, on behalf of the European Union, said the report was balanced.", "state"),
    ("Egypt, in a joint statement on behalf of 45 countries, said cooperation was needed.",
     "state"),
    ("Côte d'Ivoire said that dialogue was the best means of promoting human rights.", "state"),
    ("The Democratic Republic of the Congo said that the situation required attention.",
     "state"),
    # what a State once said, reported by another speaker, is no State speaking
    ("Kyrgyzstan had stated that no citizen would be sent to the war zone.", "other"),
    # ... nor a State that welcomes people: it hosts them (probe 326)
    ("Senegal also welcomed migrant workers from the Economic Community of West African "
     "States.", "other"),
])
def test_a_state_opening_a_paragraph_with_its_words_speaks_them(paragraph: str,
                                                                 side: str) -> None:
    review = analyze_text(
        "Human Rights Council holds interactive dialogue on the right to food\n\nThe Council "
        "held an interactive dialogue with the Special Rapporteur.\n\nANA RUIZ, Special "
        f"Rapporteur on the right to food, said hunger was growing.\n\n{paragraph}\n")
    last = review.participant(review.turns[-1].participant)
    assert last is not None and last.side == side


def test_delegation_composition_of_a_state_named_with_the_is_narration() -> None:
    review = analyze_text(
        "The Committee reviewed the report of the Netherlands. Jan Bakker, Minister of Justice "
        "and head of delegation, said progress was made. The delegation of the Netherlands "
        "consisted of representatives of the Ministry of Justice."
    )
    assert speakers(review)[-1][0] == "narrator"


def test_a_delegation_that_only_takes_its_places_is_no_speaker() -> None:
    review = analyze_text(
        "1. At the invitation of the Chairperson, the delegation of Peru took places at the "
        "Committee table. 2. Ms. Ana Lopez (Peru) said that her country had adopted a new law.")
    assert [p.label for p in review.participants if p.name is None] == ["narrator"]


def test_a_list_of_states_taking_the_floor_and_a_state_speaking_as_concerned() -> None:
    review = analyze_text(
        "The Committee on the Elimination of Discrimination against Women held an informal "
        "meeting with States. The Russian Federation, Finland, Chile and Spain took the floor "
        "to make comments and ask questions.")
    assert [p.label for p in review.participants if p.side == "state"] == [
        "States (unnamed speakers)"]
    review = analyze_text("The Human Rights Council held an interactive dialogue. Myanmar "
                          "spoke as a concerned country.")
    assert [p.side for p in review.participants if p.name is None] == ["state", "other"]


@pytest.mark.parametrize("listed", [
    "Speaking were Tunisia on behalf of the African Group, Gabon, India and Senegal.",
    "Speaking in the Universal Periodic Review of Lesotho were Gabon, India, Libya and Senegal.",
])
def test_a_list_of_speaking_states_makes_them_a_participant(listed: str) -> None:
    """The list is the narrator's sentence; the States it names spoke."""
    review = analyze_text(f"The Human Rights Council held a general debate.\n\n{listed}\n")
    assert speakers(review)[-1][0] == "narrator"
    assert [p.label for p in review.participants if p.side == "state"] == [
        "States (unnamed speakers)"]


#: A member's paragraph, then what the member says of the delegation's words.
RECALLING = ("Presentation of the Report\n\nMARIA TAN, Undersecretary of Social Welfare and "
             "head of delegation, said the State had made progress.\n\nQuestions by Committee "
             "Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, said online "
             "exploitation was rising. {}\n")


@pytest.mark.parametrize("recall", [
    "Ms. Tan had said that 468 convictions had been secured. Was that enough?",
    "The head of delegation said that 468 convictions had been secured; was the Government "
    "satisfied with that result?",
    "Par ailleurs, la Ministre a indiqué que la police comptait 14 500 agents ; combien "
    "d'entre eux sont-ils déployés ?",
])
def test_a_member_recalling_the_delegations_words_still_speaks(recall: str) -> None:
    review = analyze_text(RECALLING.format(recall))
    assert speakers(review)[-1][0] == "Ana Lopez"
    assert [review.participant(q.asker).label for q in review.questions] == ["Ana Lopez"]


def test_the_delegation_speaking_after_a_member_opens_its_turn() -> None:
    review = analyze_text(RECALLING.format(
        "\n\nMs. Tan said that 468 convictions had been secured."))
    assert speakers(review)[-1][0] == "Maria Tan"


@pytest.mark.parametrize(("sentence", "sides"), [
    ("The United Nations Children's Fund also took the floor.", ["other"]),
    ("Also taking the floor were the following non-governmental organizations: Amnesty "
     "International and Human Rights Watch.", ["other"]),
    ("Speaking were Denmark on behalf of the European Union, Senegal, India and Chile, as well "
     "as the Council of Europe.", ["state", "other"]),
    ("The Committee also heard brief statements from its Chairperson and members of civil "
     "society organizations.", ["other"]),
    ("The Committee heard statements by States parties and non-governmental organizations.",
     ["state", "other"]),
    # a person with her office, States only, an office's body
    ("Milica Kolakovic-Bojovic, Committee Vice-Chair, also took the floor.", []),
    ("Speaking were Tunisia on behalf of the African Group, Gabon and India.", ["state"]),
    ("The Committee heard a statement by Ana Lopez, Chief of the Branch of the Office of the "
     "High Commissioner.", []),
])
def test_organisations_that_spoke_are_one_anonymous_participant(sentence: str,
                                                                 sides: list[str]) -> None:
    """Gold README: at most one anonymous participant per side that speaks unnamed; UN
    agencies and NGOs are side other (the hrc-2017 and crpd-2015 references)."""
    review = analyze_text(f"The Human Rights Council held a general debate.\n\n{sentence}\n")
    assert [p.side for p in review.participants
            if p.name is None and p.label != "narrator" and p.side in ("state", "other")
            and not p.title] == sides


@pytest.mark.parametrize(("states", "speak"), [
    ("Canada, Japan, Egypt, Slovenia and European Union", True),  # an organisation of States
    ("Pakistan, Türkyie, Israel, Finland and the United States", True),  # one misspelt
    ("Amnesty International, Human Rights Watch and Chile", False),  # one State only
])
def test_a_list_of_states_with_an_organisation_or_a_misspelt_name(states: str,
                                                                  speak: bool) -> None:
    """Most items are States (or an organisation of States): the list is States speaking."""
    review = analyze_text(
        "The Committee on the Rights of the Child held an informal meeting with States. "
        f"{states} participated in the discussion.")
    assert ([p.label for p in review.participants if p.side == "state"]
            == (["States (unnamed speakers)"] if speak else []))


@pytest.mark.parametrize("composition", [
    "La délégation saoudienne, qui comptait une trentaine de membres, était notamment "
    "composée de hauts fonctionnaires du Ministère de la justice.",
    "La délégation comprenait des représentants du Ministère de la santé.",
    # the head set apart first
    "Outre Mme Al-Tuwaijri, la délégation était composée de représentants du Ministère de "
    "la santé.",
])
def test_a_french_delegation_composition_is_the_narrators(composition: str) -> None:
    """The sentence that says who the delegation was is the narrator's, whatever adverb
    it holds (it stayed in the head's turn, with its figure)."""
    review = analyze_text(
        "Le Comité pour l'élimination de la discrimination à l'égard des femmes examine le "
        "rapport de l'Arabie saoudite\n\nPrésentation du rapport\n\nMme Hala Al-Tuwaijri, "
        "Présidente de la Commission des droits de l'homme, a présenté le rapport. Elle a dit "
        f"que la loi avait changé. {composition}\n")
    [turn] = [t for t in review.turns
              if review.text[t.span.start:].startswith(("La délégation", "Outre"))]
    assert review.participant(turn.participant).label == "narrator"


def test_a_french_next_meeting_in_the_present_is_the_narrators() -> None:
    """"Le Comité entame demain matin l'examen du rapport du Costa Rica" announces the next
    meeting (probe 293): it had stayed in the Chair's turn."""
    review = analyze_text(
        "Le Comité a examiné le rapport de la Tunisie.\n\nMme Ingrid Lundqvist, Présidente "
        "du Comité, a salué le courage des femmes tunisiennes.\n\nLe Comité entame demain "
        "matin, à 10 heures, l'examen du rapport du Costa Rica (CEDAW/C/CRI/5-6).\n")
    last = review.turns[-1]
    assert review.text[last.span.start:].startswith("Le Comité entame")
    assert review.participant(last.participant).label == "narrator"
    assert review.metadata.next_meeting.state_party_code == "CRI"


def test_what_the_council_has_before_it_is_the_narrators() -> None:
    review = analyze_text(
        "The Human Rights Council held an interactive dialogue with the Special Rapporteur. "
        "Eritrea, speaking as the concerned country, said the report was biased. The Council "
        "has before it the report of the Special Rapporteur (A/HRC/53/20).")
    last = review.participant(review.turns[-1].participant)
    assert last is not None and last.label == "narrator"


def test_french_delegations_speaking_together_are_states() -> None:
    review = analyze_text(
        "Le Conseil des droits de l'homme tient un dialogue interactif avec le Rapporteur "
        "spécial\n\nLe Conseil a tenu ce matin un dialogue interactif avec le Rapporteur "
        "spécial sur le logement convenable.\n\nDe nombreuses délégations ont salué le "
        "rapport. Plusieurs intervenants ont demandé comment aider les 2 000 familles.\n")
    assert speakers(review)[-2:] == [("States (unnamed speakers)", "De nombreuses délégations"),
                                     ("States (unnamed speakers)", "Plusieurs intervenants on")]


def test_a_third_expert_opens_a_turn() -> None:
    review = analyze_text(
        "Questions by Committee Experts\nA Committee Expert asked about prisons. Another "
        "Expert asked about schools. A third Expert asked about courts.")
    assert [t.span.slice(review.text)[:14] for t in review.turns] == [
        "A Committee Ex", "Another Expert", "A third Expert"]


def test_french_unnamed_members_and_speakers_named_after_what_they_said() -> None:
    review = analyze_text(
        "Le Comité des droits de l'enfant a examiné le rapport du Cameroun.\n"
        "Questions et observations des membres du Comité\n"
        "Mme Ana Lopez, rapporteuse pour l'examen du rapport, a demandé si la loi était "
        "appliquée.\nUn membre du Comité a demandé si l'âge de la responsabilité pénale serait "
        "relevé.\nPlusieurs experts ont demandé des informations sur l'éducation inclusive.\n"
        "Réponses de la délégation\nLa durée moyenne de la détention était de 9,5 mois en "
        "2022, a indiqué la délégation.\nTrente-deux enfants étaient détenus, a précisé Mme "
        "Lopez.\n")
    said = speakers(review)
    assert [who for who, _ in said] == [
        "narrator", "Ana Lopez", "unnamed committee expert", "unnamed committee expert",
        "the delegation", "Ana Lopez"]
    assert [q.asker for q in review.questions][1:] == [
        next(p.id for p in review.participants if p.label == "unnamed committee expert")] * 2


def test_french_speakers_named_after_what_they_said_by_office_or_source() -> None:
    """"..., selon la délégation." closes the delegation's sentence; "..., a précisé la
    Ministre de la Justice." is the named Minister's; "Le chef de la délégation" is the
    presenter's when no one is called head (probes 297, 302, 304)."""
    review = analyze_text(
        "Le Comité a examiné le rapport de Madagascar.\n\nPrésentation du rapport\n\n"
        "Présentant le rapport de son pays, M. Paul Rabe, Représentant permanent, a dit que "
        "la loi avait changé.\n\nRéponses de la délégation\n\nMme Hanta Rasoanaivo, Ministre "
        "de la Justice, a indiqué que la loi avait été adoptée.\n\nM. Jean Rakoto, Ministre "
        "de l'Éducation, a indiqué que 2 500 écoles avaient été construites. Le taux d'accès "
        "à l'eau potable a atteint 55 % en 2022, selon la délégation.\n\nLe Code pénal a été "
        "révisé en 2021, a précisé la Ministre de la Justice.\n\nLe chef de la délégation a "
        "précisé que les sanctions allaient jusqu'à trois mois.\n")
    assert [who for who, _ in speakers(review)][-4:] == [
        "Jean Rakoto", "the delegation", "Hanta Rasoanaivo", "Paul Rabe"]


@pytest.mark.parametrize("narration", [
    "The Ugandan delegation included representatives of the Ministry of Health.",
    "Uganda ratified the Convention in 1990 and is one of 192 States parties to it.",
    "When the Committee reconvenes at 3 p.m. this afternoon, it will consider the report of "
    "Sao Tome and Principe.",
])
def test_the_narration_of_an_old_lede_after_a_speaker(narration: str) -> None:
    """The lede of a release of 2004 goes on after the Rapporteur's words with the
    delegation, the ratification and the next meeting (probe 301)."""
    review = analyze_text(
        "The Committee on the Rights of the Child today considered the second periodic "
        "report of Uganda. LUCY SMITH, the Committee Expert serving as Rapporteur for the "
        f"report of Uganda, said progress had been made. {narration}")
    assert [who for who, _ in speakers(review)] == ["narrator", "Lucy Smith", "narrator"]


@pytest.mark.parametrize("committee", [
    "The Committee said that the structure of the State was complex.",
    "The Committee was concerned about the rights of Roma children.",
    "The Committee also welcomed the establishment of an ombudsman.",
])
def test_the_committee_speaking_as_a_whole(committee: str) -> None:
    """"The Committee said ..." with no member named is narration after the State's words
    (gold README; real probe 21), and a member's words running on after hers."""
    lede = ("The Committee on Economic, Social and Cultural Rights today considered the "
            "second periodic report of Bosnia and Herzegovina. ")
    after_state = analyze_text(f"{lede}Introducing the report, Saliha Duderija, Assistant "
                               f"Minister, said 12 laws had been adopted. {committee}")
    assert [who for who, _ in speakers(after_state)] == ["narrator", "Saliha Duderija", "narrator"]
    after_member = analyze_text(f"{lede}ANA LOPEZ, Committee Expert and Country Rapporteur, "
                                f"said progress had been made. {committee}")
    assert [who for who, _ in speakers(after_member)] == ["narrator", "Ana Lopez"]


@pytest.mark.parametrize(("text", "expected"), [
    # French closing narration after a speaker
    ("Le Comité des droits de l'homme a examiné le rapport du Sénégal. Mme Karin Halvorsen, "
     "rapporteuse, a demandé si le projet avait un calendrier. Le Comité publiera ses "
     "observations finales le 30 juillet. Cet après-midi, à 15 heures, le Comité entamera "
     "l'examen du rapport de la Jordanie.",
     ["narrator", "Karin Halvorsen", "narrator"]),
    # a release of two meetings: the part of the day before the Committee (probe z), and
    # the next meeting's time in a clause before it (probe y)
    ("MARIA VASQUEZ, head of delegation of Ecuador, thanked the Committee. In the afternoon, "
     "the Committee began its consideration of the initial report of Chile. AMMAR HIJAZI, "
     "head of delegation of Chile, said Chile had acceded in 2014. When it reconvenes at "
     "10 a.m. on Monday, 12 May, the Committee will take up the report of Peru.",
     ["Maria Vasquez", "narrator", "Ammar Hijazi", "narrator"]),
    ("Mme Karin Halvorsen, rapporteuse, a remercié la délégation. Dans l'après-midi, le "
     "Comité a entamé l'examen du rapport du Chili.", ["Karin Halvorsen", "narrator"]),
    # the narration of a release of the 2000s
    ("The Committee on Economic, Social and Cultural Rights today examined the initial "
     "report of the former Yugoslav Republic of Macedonia.\n\n"
     "Committee Experts raised issues relating to long-term unemployment.\n\n"
     "The delegation of the former Yugoslav Republic of Macedonia also included "
     "representatives of the Ministry of Health.\n\n"
     "The Committee is holding its thirtieth session at the Palais Wilson in Geneva.\n",
     ["narrator", "unnamed committee expert", "narrator"]),
    # the procedure of a summary record, and the Chair announcing the next meeting
    ("Comité des droits de l'homme\nCompte rendu analytique de la 3000e séance\n\nExamen des "
     "rapports présentés par les États parties (suite)\n\n16. Le Président remercie la "
     "délégation béninoise pour le dialogue.\n\n17. M. Sèwanou (Bénin) remercie le Comité et "
     "assure que le Bénin examinera les recommandations.\n\n18. La délégation béninoise se "
     "retire.\n\n19. Le Président "
     "annonce que le Comité entamera l'examen du rapport de la Namibie à sa prochaine "
     "séance.\n",
     ["narrator", "unnamed committee expert", "Sèwanou", "narrator",
      "unnamed committee expert"]),
    # the Committee named by its size, in a 2000s lede
    ("Introducing the report, MIRIAM KASULE, "
     "Minister of State for Gender of Uganda, said that the law had been adopted.\nThe "
     "23-member Committee, which monitors compliance with the Convention, commended the "
     "measures.\n",
     ["Miriam Kasule", "narrator"]),
    # a fronted topic before the delegation's attribution
    ("Committee on the Elimination of Racial Discrimination considers report of Finland\n\n"
     "Response of the Delegation\n\nANNA LÄHDESMÄKI, Director of the Ministry of Justice, "
     "said the law had been amended. Ms. Lähdesmäki added that 40 cases were pending. As to "
     "the Sami, the delegation said that 12 schools taught in Sami.\n",
     ["narrator", "Anna Lähdesmäki", "Anna Lähdesmäki", "the delegation"]),
    # an unnamed member of the delegation speaks for it
    ("Committee on the Elimination of Discrimination against Women considers report of "
     "Uganda\n\nResponse of Delegation\n\nJANE SMITH, Minister of Gender of Uganda, said "
     "that the law had been adopted. A member of the delegation said that 300 shelters "
     "existed. Another member of the delegation said that 12 courts were open.\n",
     ["narrator", "Jane Smith", "the delegation", "the delegation"]),
    # ... by the State's adjective, or "from the delegation" (probe z)
    ("The Committee on Economic, Social and Cultural Rights today considered the report of "
     "Uzbekistan. A representative of the Ministry of Justice said courts had cited the "
     "Covenant. An Uzbek delegate said a Labour Code had been adopted. Another speaker from "
     "the delegation said 40 unions existed.",
     ["narrator", "the delegation", "the delegation", "the delegation"]),
    # ... in French, with a body in lower case, or another one (probe x)
    ("Le Comité des droits des personnes handicapées a examiné le rapport du Bénin. M. Paul "
     "Houngbo, chef de la délégation, a indiqué que le registre avait été créé en 2022. Une "
     "représentante du parquet a précisé que 214 plaintes avaient été enregistrées. Un membre "
     "de la délégation a ajouté que 12 procès étaient en cours. Une autre représentante a "
     "souligné que la loi serait révisée.",
     ["narrator", "Paul Houngbo", "the delegation", "the delegation", "the delegation"]),
    # the stock closing paragraph of the 2000s: the States parties to the Convention
    ("The Committee on the Rights of the Child today reviewed the report of Moldova.\n\n"
     "MARTA HELLSTRÖM, the Committee Expert who served as Rapporteur, said that the "
     "progress was welcome.\n\nMoldova is among the 193 States parties to the Convention "
     "and as such is obliged to submit periodic reports to the Committee.\n",
     ["narrator", "Marta Hellström", "narrator"]),
    # what the Committee did at a time set before it
    ("The Committee on Enforced Disappearances closed its session today.\nEMMANUEL DECAUX, "
     "Chairperson of the Committee, said the session had been productive.\nDuring its "
     "two-week session, the Committee, which reviews reports, examined its first country "
     "reports.\nOn Wednesday 17 April the Committee met with national human rights "
     "institutions.\n", ["Emmanuel Decaux", "narrator"]),
    # ... however long the clause about it; and the adoption of a draft in a summary record
    ("The Committee on Enforced Disappearances closed its session today.\nEMMANUEL DECAUX, "
     "Chairperson of the Committee, said the session had been productive.\nDuring its "
     "two-week session, the Committee, which is responsible for reviewing how States "
     "implement the provisions of the International Convention for the Protection of All "
     "Persons from Enforced Disappearance, examined its first country reports.\n",
     ["Emmanuel Decaux", "narrator"]),
    ("The meeting was called to order at 10 a.m.\nMr. Touzé said that the draft report would "
     "be amended.\nThe draft annual report of the Committee (CAT/C/60/R.1), as a whole, was "
     "adopted, subject to the necessary updates.\n", ["narrator", "Touzé", "narrator"]),
    # the speakers of a debate and the Third Committee's next meeting
    ("The Third Committee met.\nANNA SMITH, Chair of the Committee on the Rights of the "
     "Child, presented the report and said 40 reports were pending.\nSpeaking in the "
     "discussion were the representatives of Chile, Kenya and Japan.\nThe Third Committee "
     "will reconvene at 10 a.m. on Monday.\n",
     ["Anna Smith", "narrator"]),
    # a person named inside the narrator's sentence does not speak it, nor what follows
    ("The Committee today concluded its session, hearing a statement by Carla Edelenbos, "
     "Chair of the Committee.\n\nThe annual report, orally presented by Nora Sveaass, "
     "Committee Rapporteur, was adopted.\n\nThe Committee held two panel discussions.\n",
     ["narrator"]),  # (narration goes on: the narrator, never named, has no new
    # attribution to open a turn with; the gold README ends a turn only at one)
    # ... unless they speak in a clause of their own
    ("The Committee today reviewed the report of Peru. The report was presented by Ana "
     "Ruiz, Minister of Justice, who said that prisons were inspected.\n",
     ["narrator", "Ana Ruiz"]),
    # ... as one who delivers the rest of a statement does (probe 288)
    ("The Committee today reviewed the report of Peru. Owing to connectivity issues, the "
     "remainder of the statement was delivered by ANA RUIZ, Permanent Representative of Peru, "
     "who said that prisons were inspected.\n",
     ["narrator", "Ana Ruiz"]),
    # ... or after a whole introductory phrase, whatever "by" it holds
    ("The Committee today reviewed the report of Peru. Responding to the questions raised "
     "by Experts, Ana Ruiz, Minister of Justice, said that prisons were inspected.\n",
     ["narrator", "Ana Ruiz"]),
    # what the Committee did in the session, after a presenter (probes 273, 277)
    ("The Committee against Torture today closed its session, adopting concluding "
     "observations on six States parties.\n\nMALCOLM EVANS, Chair of "
     "the Subcommittee, said that visits had increased.\n\nThe Committee also met with the "
     "Subcommittee to discuss areas of collaboration. In a meeting with non-governmental "
     "organizations, the Committee discussed ways to enhance cooperation.\n",
     ["narrator", "Malcolm Evans", "narrator"]),
    # what a meeting's discussions covered (realprobe 28)
    ("The Committee on Enforced Disappearances this morning held a meeting with States.\n\n"
     "ANNA RUIZ, Committee Vice-Chair, said that 98 States had ratified the Convention.\n\n"
     "In the meeting with States parties, discussions addressed the location of missing "
     "persons.\n",
     ["narrator", "Anna Ruiz", "narrator"]),
    ("The Committee against Torture today closed its session, adopting concluding "
     "observations on six States parties.\n\nJENS MODVIG, Chair of "
     "the Committee, said that the workload had grown.\n\nThe Committee's sixty-eighth session will be "
     "held from 11 November to 6 December 2019.\n",
     ["narrator", "Jens Modvig", "narrator"]),
])
def test_narration_after_a_speaker_is_the_narrators(text: str, expected: list[str]) -> None:
    assert [who for who, _ in speakers(analyze_text(text))] == expected


_FR_HEAD = "Le Comité des droits de l'enfant examine le rapport de Maurice\n\nLe Comité a examiné le rapport. "


@pytest.mark.parametrize(("text", "speaker"), [
    # an adverbial between the auxiliary and the speech verb
    (_FR_HEAD + "Mme Laura Marchetti, rapporteuse, a demandé si le moratoire était maintenu. "
     "La délégation a pour sa part indiqué que le moratoire était maintenu.", "the delegation"),
    # narration after a speaker
    (_FR_HEAD + "M. Rui Lopes, ministre, a présenté le rapport. Le Comité était saisi du rapport "
     "de Maurice (CRC/C/MUS/3-5).", "narrator"),
    (_FR_HEAD + "M. Rui Lopes, ministre, a présenté le rapport. Le Comité adoptera, dans le "
     "cadre de séances privées, des observations finales.", "narrator"),
    (_FR_HEAD + "Mme Olga Kravets, rapporteuse, a salué les progrès. M. Benoît Ndiaye, "
     "corapporteur, s'est pour sa part inquiété du fait que 12 % des enfants vivaient dans la "
     "pauvreté.", "Benoît Ndiaye"),
    # a minister of another ministry than the named one's ("de la santé" is no "de la
    # justice"), and one whose ministry lists its fields with commas (probe 280)
    (_FR_HEAD + "Mme Awa Sow, Ministre de la justice, a présenté le rapport. La délégation a "
     "ajouté que la loi était nouvelle. Le Ministre de la santé et de l'hygiène publique a "
     "indiqué que 74 personnes avaient été libérées.",
     "the delegation"),
    (_FR_HEAD + "Mme Awa Sow, Ministre de la justice, a présenté le rapport. La délégation a "
     "ajouté que la loi était nouvelle. Le Ministre de l'éducation nationale, de "
     "l'alphabétisation et de la promotion des langues nationales a déclaré que la stratégie "
     "était nouvelle.", "the delegation"),
    # an unnamed member of the delegation named by the body they come from
    (_FR_HEAD + "Mme Laura Marchetti, rapporteuse, a demandé si le quota était appliqué. "
     "M. Rui Lopes, ministre, a présenté le plan. Une représentante du Ministère du travail a "
     "indiqué que le quota de 1 % s'appliquait.", "the delegation"),
    # a bare "delegate" is a member of the delegation
    ("Committee reviews the report of Nepal\nResponses by the Delegation\nRAM SHARMA, Joint "
     "Secretary, said that 12 homes were closed. A delegate said that the deadline was 2027.",
     "the delegation"),
    # "the representative" alone is a member of the delegation (probe 282), and so is one
    # of a State's committee named by its field (probe 280)
    ("Committee reviews the report of Nepal\nResponses by the Delegation\nRAM SHARMA, Joint "
     "Secretary, said that 12 homes were closed. The delegation said that more would open. "
     "ANA LOPEZ, Committee Expert, asked about prisons. Responding to questions, the "
     "representative said that the law had been adopted.", "the delegation"),
    ("Committee reviews the report of Nepal\nResponses by the Delegation\nANA LOPEZ, "
     "Committee Expert, asked about prisons. A representative of the Committee of the Penal "
     "Correction System said that 12 prisons existed.", "the delegation"),
    # the delegation named inside the sentence, set off by commas (probe 286)
    ("Committee reviews the report of Nepal\nResponses by the Delegation\nThe delegation said "
     "the law was new. ANA LOPEZ, Committee Expert, asked about madrasas. By 2016, some 28,000 "
     "madrasas had been registered, the delegation said, and the process was continuing.",
     "the delegation"),
    # ... also after an opening phrase, in lower case (probe 275)
    ("Committee reviews the report of Nepal\nResponses by the Delegation\nRAM SHARMA, Joint "
     "Secretary, said that 12 homes were closed. Regarding the discrepancy in figures, a "
     "delegate said that the census used self-identification.", "the delegation"),
    # an unnamed expert with a second office
    ("The Committee reviewed the report of Peru.\nQuestions by Experts\nANA LOPEZ, Committee "
     "Expert, asked about prisons. A Committee Member and Country Taskforce member said "
     "shelters were few.", "unnamed committee expert"),
    # a chair's procedural word is the chair's
    ("Committee against Torture\nSummary record of the 1350th meeting\n\nThe meeting was "
     "called to order at 10 a.m.\n\n2. Mr. Lungu (Committee Expert) asked how many shelters "
     "existed.\n\n3. The Chair invited the delegation to reply to the questions.",
     "unnamed committee expert"),
    # an unnamed expert who refers to a case (probe 279)
    ("The Committee reviewed the report of Peru.\nQuestions by Experts\nANA LOPEZ, Committee "
     "Expert, asked about prisons. An Expert referred to the case of three activists.",
     "unnamed committee expert"),
    # an unnamed expert "of the Committee"
    (_FR_HEAD + "Mme Olga Kravets, rapporteuse, a salué les progrès. Une experte du Comité a "
     "relevé que la pauvreté avait reculé.", "unnamed committee expert"),
    ("The Committee reviewed the report of Peru.\nQuestions by Experts\nANA LOPEZ, Committee "
     "Expert, asked about prisons. An Expert of the Committee asked how many shelters existed.",
     "unnamed committee expert"),
    # ... and a French one in the present of the summary records (probe 336)
    ("Comité des droits économiques, sociaux et culturels\nCompte rendu analytique de la 1400e "
     "séance\n\nLa séance est ouverte à 10 heures.\n\n1. M. Lopez (Rapporteur pour le pays) "
     "demande combien de logements ont été construits.\n\n2. Une représentante de la Tunisie "
     "dit que 8 700 logements sont en construction.", "the delegation"),
    # an unnamed representative of "the Republic of ..."
    ("Committee against Torture\nSummary record of the 1350th meeting\n\nThe meeting was "
     "called to order at 10 a.m.\n\n2. Mr. Lungu (Committee Expert) asked how many shelters "
     "existed.\n\n3. A representative of the Republic of Moldova said that 4 shelters "
     "existed.", "the delegation"),
])
def test_the_last_speaker_opens_a_turn(text: str, speaker: str) -> None:
    review = analyze_text(text)
    assert review.participant(review.turns[-1].participant).label == speaker


@pytest.mark.parametrize("record", [
    "Summary record of the 1300th meeting\nChairperson: Mr. Alvarado\n"
    "1. The Chair welcomed the delegation, which was headed by Mr. Rusu, Deputy Minister of "
    "Justice, and invited it to introduce the report.\n"
    "2. Mr. Rusu (Republic of Moldova) said that the Convention applied directly.\n",
    "Compte rendu analytique de la 1234e séance\nPrésidente: Mme Leblanc\n"
    "1. La PRÉSIDENTE souhaite la bienvenue à la délégation, dirigée par Mme Cabral, Ministre "
    "de la famille, et l'invite à présenter le rapport.\n"
    "2. Mme CABRAL (Guinée-Bissau) dit que son pays a ratifié la Convention.\n",
])
def test_the_chair_who_welcomes_a_head_of_delegation_speaks(record: str) -> None:
    """The head named in the Chair's welcome is the head, not the speaker of the welcome."""
    review = analyze_text(record)
    by_id = {p.id: p for p in review.participants}
    owners = [by_id[t.participant] for t in review.turns
              if "Narrator" not in by_id[t.participant].roles]
    assert ["Chairperson" in p.roles for p in owners][-2:] == [True, False]
    assert owners[-1].head_of_delegation



def test_a_delegate_named_by_office_speaks_as_the_holder_of_the_office() -> None:
    review = analyze_text(
        "Introducing the report, CAROLYN PERSAUD, Minister of Human Services of Guyana, said "
        "the law was new.\n\nQuestions by Committee Experts\n\nAn expert asked about courts.\n\n"
        "Responses by the Delegation\n\nJOHN ADAMS, Permanent Secretary of the Ministry of "
        "Education, said schools were free.\n\n"
        "Responding to those questions, the Minister said the courts had opened.\n\n"
        "An official of the Ministry of Health said clinics were free.\n")
    assert [s for s, _ in speakers(review)][-3:] == [
        "John Adams", "Carolyn Persaud", "the delegation"]


RECORD = "Summary record of the 4012th meeting\n\nThe meeting was called to order at 10 a.m."


@pytest.mark.parametrize(("record", "office"), [
    (RECORD, "2. The Minister of Justice said"),
    (RECORD, "2. The Secretary-General of the Ministry of Justice said"),
    ("Compte rendu analytique de la 4012e séance\n\nLa séance est ouverte à 10 heures.",
     "2. Le Ministre de la justice dit"),
    ("The Committee against Torture today considered the report of Ghana.",
     "The Deputy Attorney-General said"),
])
def test_a_delegate_named_by_office_alone_opens_a_delegation_turn(record: str,
                                                                  office: str) -> None:
    """A member of the delegation named by office only, whom no named speaker holds, speaks
    for the delegation, even where nobody else speaks unnamed for it: the answer had stayed
    in the Expert's turn, and its figure had been the Expert's (probe D)."""
    review = analyze_text(
        f"{record}\n\n1. Mr. Soh asked what steps had been taken.\n\n{office} that 9 "
        "investigations had been opened.\n\n3. Ms. Kran asked about Roma children.\n")
    delegation = next(p.id for p in review.participants if p.name is None and p.side == "state")
    assert [p for _, p in sorted((t.span.start, t.participant) for t in review.turns)][2:4] == [
        delegation, next(p.id for p in review.participants if p.name == "Kran")]
    assert [c.speaker for c in review.claims] == [delegation]


def test_an_office_named_after_a_first_office_in_a_later_mention_is_held() -> None:
    """The lede gives the head's first office only ("Garde des sceaux"), the body both:
    "la Ministre" is then the head, not the delegation at large."""
    review = analyze_text(
        "Le Comité contre la torture a examiné le rapport de Madagascar. La délégation, "
        "dirigée par Mme Hanitra Rasoa, Garde des sceaux, a indiqué que la loi était "
        "nouvelle.\n\nPrésentation du rapport\n\nMme HANITRA RASOA, Garde des sceaux, "
        "Ministre de la justice de Madagascar, a indiqué que la loi était nouvelle.\n\n"
        "Questions des membres du Comité\n\nM. Paul Lind, rapporteur, a demandé combien de "
        "mineurs étaient détenus.\n\nRéponses de la délégation\n\n"
        "La Ministre a précisé que 412 mineurs étaient détenus.\n")
    assert [s for s, _ in speakers(review)][-1] == "Hanitra Rasoa"


def test_the_head_and_the_chair_named_by_office_speak() -> None:
    review = analyze_text(
        "Le Comité des droits de l'homme a examiné le rapport du Sénégal.\n\n"
        "Présentant le rapport, M. Abdoulaye Sarr, Ministre de la justice et chef de la "
        "délégation, a dit que la loi était nouvelle.\n\n"
        "Mme Ingrid Halvorsen, membre du Comité, a demandé si la loi était appliquée.\n\n"
        "S'agissant des droits des femmes, le chef de la délégation a rappelé que la loi "
        "était appliquée.\n\n"
        "La Présidente du Comité, Mme Aminata Diallo, a remercié la délégation.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["Abdoulaye Sarr", "Aminata Diallo"]


@pytest.mark.parametrize("office", ["The Chairperson", "The Committee Chairperson",
                                    "The Committee's Chair"])
def test_the_named_chair_referred_to_by_office_speaks(office: str) -> None:
    """"The Committee Chairperson asked ..." is the chair named before (probe 341): the
    sentence had stayed in the turn of the expert before it."""
    review = analyze_text(
        "Questions by Committee Experts\n\nKARIN SVENSEN, Committee Chairperson, said pensions "
        "were low.\n\nASIF KHAIRI, Committee Expert, asked how many evictions had occurred.\n\n"
        f"{office} asked about the reasons for the discrepancy.\n")
    assert [s for s, _ in speakers(review)] == ["Karin Svensen", "Asif Khairi", "Karin Svensen"]


def test_the_same_expert_after_a_named_one_is_that_one() -> None:
    """"The same Expert noted ..." after a named member's paragraph is that member: the
    sentence had gone to an anonymous expert, with the question it asks (probe 355)."""
    review = analyze_text(
        "Questions by Committee Experts\n\nANNA KOWALCZYK-BRANDT, Committee Expert, asked how "
        "many children were in institutions.\n\nThe delegation said that 300 were.\n\nThe same "
        "Expert noted the monthly solidarity bonus. Would it be increased?\n")
    assert [s for s, _ in speakers(review)] == ["Anna Kowalczyk-Brandt", "the delegation",
                                                "Anna Kowalczyk-Brandt"]
    assert [p.name for p in review.participants if p.side == "committee"] == [
        "Anna Kowalczyk-Brandt"]


def test_a_lede_that_names_its_speaker_by_office_after_what_was_said() -> None:
    review = analyze_text(
        "NEW YORK, 11 July -- Guyana had put in place far-reaching laws, its Minister of Human "
        "Services told the Committee today, noting that 4,300 reports had been received.\n\n"
        "Introduction of Report\n\nIntroducing the report, CAROLYN PERSAUD, Minister of Human "
        "Services of Guyana, said the law was new.\n")
    assert speakers(review)[0][0] == "Carolyn Persaud"


def test_a_new_york_expert_named_with_her_country_speaks() -> None:
    review = analyze_text(
        "Questions by Experts\n\nCommittee Expert MARIA SANTOS of Brazil said progress had been "
        "made.\n\nFATIMA ZOHRA BENALI of Algeria said that maternal mortality remained high.\n")
    assert [s for s, _ in speakers(review)] == ["Maria Santos", "Fatima Zohra Benali"]


def test_an_expert_named_by_country_is_the_expert_from_that_country() -> None:
    review = analyze_text(
        "Questions by Experts\n\nLUCIA MOTTA, the expert from Brazil, asked about violence.\n\n"
        "HARUKO IWASAKI, the expert from Japan, asked about nationality.\n\n"
        "The expert from Brazil, returning to the issue of violence, asked whether the court "
        "would be extended.\n\nThe expert from Chile asked about land.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["Lucia Motta", "unnamed committee expert"]



@pytest.mark.parametrize("record", [
    "Summary record of the 1051st meeting\nThe meeting was called to order at 10 a.m.\n2. The "
    "CHAIRPERSON invited the Committee to consider the draft report.\n3. Chapter I was "
    "adopted.\n4. It was so decided.\n",
    "Compte rendu analytique de la 1025e séance\nLa séance est ouverte à 10 heures.\n2. Le "
    "PRÉSIDENT invite le Comité à examiner le projet de rapport.\n3. Les chapitres I, III et "
    "IV sont adoptés.\n4. Il en est ainsi décidé.\n",
])
def test_a_decision_a_summary_record_notes_is_the_narrators(record: str) -> None:
    """"Chapter I was adopted.", "It was so decided.": the record's words, not the chair's
    (one narration, though two paragraphs)."""
    review = analyze_text(record)
    assert speakers(review)[-1][0] == "narrator"
    assert review.turns[-1].span.slice(review.text).startswith(("3. ", "3. Les"))


@pytest.mark.parametrize(("first", "later", "speaker"), [
    ("The Vice-President of the Council said", "The Vice-President said",
     "Vice-President of the Council"),
    # named once, by office alone after
    ("The Vice-President of the Council, ANDRIS KALNINS, informed",
     "The Vice-President of the Council informed", "Andris Kalnins"),
])
def test_the_vice_president_of_the_council_by_office_alone_after_the_full_form(
        first: str, later: str, speaker: str) -> None:
    review = analyze_text(
        f"Human Rights Council adopts outcomes of the Universal Periodic Review\n\n{first} "
        "that out of 236 recommendations, Mongolia supported 194.\n\nAriunaa Batbold, "
        "Permanent Representative of Mongolia, said that Mongolia was committed.\n\n"
        f"{later} that out of 248 recommendations, Paraguay supported 201.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["Ariunaa Batbold", speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Such practices were worrying, another Expert said.", "unnamed committee expert"),
    ("The backlog of cases would only grow, another Expert warned.", "unnamed committee expert"),
    ("More countries needed to ratify the Convention, one speaker said.",
     "States (unnamed speakers)"),
    ("The reforms would continue, the delegation told the Committee.", "the delegation"),
    ("Such practices were worrying, and the Expert's question was noted.", "Ana Lopez"),
    # "States" as the subject of one person's words
    ("States needed to do all they could to strengthen the system, she said.", "Ana Lopez"),
    # a person named after the words, a clause before the name
    ("A list of 42 candidates went to the President, who would choose 21 members, Mr. Tran "
     "said.", "Tran"),
])
def test_a_speaker_named_after_the_words_speaks_them(sentence: str, speaker: str) -> None:
    """An attribution after a comma that closes the sentence ("..., another Expert said.")
    opens the speaker's turn, as one before the words does."""
    review = analyze_text("Questions by Committee Experts\n\nANA LOPEZ, Committee Expert, asked "
                          f"about detention.\n\n{sentence}\n")
    assert speakers(review)[-1][0] == speaker


@pytest.mark.parametrize("text", [
    # an unnamed representative after a fronted phrase
    "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert, asked about land.\n\n"
    "Responses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was new.\n\n"
    "Responding to questions on land, a representative of the Ministry of the Interior "
    "said that 1,200 families had received titles.\n",
    # a State's own council (not an organisation of civil society)
    "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert, asked about trafficking."
    "\n\nResponses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was "
    "new.\n\nA representative of the Inter-Agency Council Against Trafficking said that "
    "1,290 victims had been identified.\n",
    # an organisation of States
    "The Third Committee met.\nANNA SMITH, Chair of the Committee on the Elimination of "
    "Discrimination against Women, presented the report.\nIn the ensuing interactive "
    "dialogue, the representative of the European Union asked how the Committee planned "
    "to absorb the backlog.\n",
    # after an opening phrase of the whole dialogue
    "The Committee today concluded its review of the report of India.\nANA LOPEZ, Committee "
    "Expert and Country Rapporteur, asked about the backlog.\nThroughout the dialogue, the "
    "delegation said that 42.4 million tonnes of grain had been distributed.\n",
    # a body named with "in", and French bodies named at length or after the words
    "Responses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was new.\n\n"
    "A representative of the Bangsamoro Autonomous Region in Muslim Mindanao said that 32 "
    "cases had been tried.\n",
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle.\n\nUne représentante du Ministère de la femme et de la protection de la "
    "petite enfance a indiqué que 32 affaires avaient été jugées.\n",
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle.\n\nLa garde à vue est limitée à 48 heures, a poursuivi la délégation.\n",
    # ... set off by commas inside the sentence, after an opening phrase, or last
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. La Commission a reçu 1 432 plaintes en 2022, a indiqué la délégation, "
    "dont la moitié concernait l'emploi.\n",
    # ... with an adverb of two words before its verb (probe 348)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. La Commission a reçu 1 432 plaintes en 2022, a par ailleurs indiqué la "
    "délégation, précisant que la moitié concernait l'emploi.\n",
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. S'agissant de l'emploi, une représentante du Ministère de la fonction "
    "publique a reconnu que le quota de 5 % n'était pas atteint.\n",
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. Le quota de 5 % n'était pas atteint, a reconnu une représentante du "
    "Ministère de la fonction publique.\n",
    # ... with more of the paragraph after it (probe 281)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle.\n\nLe quota de 5 % n'était pas atteint, a reconnu une représentante du "
    "Ministère de l'emploi. Il sera relevé en 2025.\n",
    # a ministry that lists its portfolios with commas (probe 297)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. Une représentante du Ministère du Travail, de l'Emploi, de la Fonction "
    "publique et des Lois sociales a indiqué que 37 000 travailleurs étaient affiliés.\n",
    "Responses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was new. "
    "A representative of the Ministry of Home Affairs, Justice and Law said that 40 "
    "prosecutors had been trained.\n",
    # of a prosecutor's office (probe 318), of a State's committee (probe 328)
    "Responses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was new. "
    "A representative of the Public Prosecutor's Office said that 180 persons had been "
    "charged.\n",
    "Responses by the Delegation\n\nJUAN PEREZ, Minister of Justice, said the law was new. "
    "A representative of the Investigative Committee said that 418 complaints had been "
    "received.\n",
    # several of them, named with the State (probe 311)
    "JUAN PEREZ, Minister of Justice, said the law was new. A number of Experts asked about "
    "the courts. Responding to the Experts, the representatives of Morocco said the law would "
    "be kept.\n",
    # ... with the definite article (probe 301)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle. Le représentant du Ministère de la sécurité publique a expliqué que 850 "
    "policiers avaient été formés.\n",
    # ... or named as the source opening the sentence (probe 313)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle.\n\nUn expert a demandé si des lieux de détention secrets existaient. "
    "Selon la délégation, il n'existe aucun lieu de détention non officiel.\n",
    # ... or by that word alone, after an Expert in the same paragraph (probe 309)
    "Réponses de la délégation\n\nM. JUAN PEREZ, ministre de la Justice, a dit que la loi "
    "était nouvelle.\n\nUn membre du Comité a demandé des précisions sur les locuteurs. Le "
    "représentant a répondu que 250 000 personnes parlaient la langue.\n",
])
def test_an_unnamed_representative_of_a_state_speaks_for_the_state(text: str) -> None:
    review = analyze_text(text)
    assert speakers(review)[-1][0] == "the delegation"
    assert not any("backlog" in q.text for q in review.questions)



@pytest.mark.parametrize(("text", "speaker"), [
    # a weekday's comma before its date inside the opening phrase
    ("Committee against Torture concludes review of Brazil\nPresentation of the Report\nAt "
     "the Committee's first meeting with the delegation on Tuesday, 25 April, Ms. Oliveira "
     "Prado presented the report, saying that the prison population had fallen.\n",
     "Oliveira Prado"),
    # a French Expert who comes back to a question asks it
    ("Dialogue interactif\n\nMME SUZANNE AHO, membre du Comité, a salué les progrès.\n\nLa "
     "délégation a indiqué que 200 enfants étaient détenus.\n\nM. BENOIT VAN KEIRSBILCK est "
     "revenu sur la question des enfants détenus : combien sont-ils ?\n", "Benoit van Keirsbilck"),
    # a member referred to by the office named with them ("Country Rapporteur" among her
    # roles), after another member spoke
    ("Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
     "said prisons were full.\n\nJUAN SOTO, Committee Expert, praised the police.\n\nThe "
     "Country Rapporteur asked whether the law had been adopted.\n", "Ana Lopez"),
    ("Questions et observations des membres du Comité\n\nM. KARIM HADDAD, rapporteur pour le "
     "pays, a salué le rapport.\n\nMME ANA LOPEZ, membre du Comité, a salué les efforts "
     "accomplis.\n\nLe rapporteur a demandé si la loi avait été adoptée.\n", "Karim Haddad"),
    # an organisation's words after its taking the floor
    ("The Human Rights Council held a dialogue.\n\nSpeaking were Chile, Brazil, India and "
     "Kenya.\n\nThe United Nations Children's Fund also took the floor, saying that wasting "
     "had increased.\n", "organisations (unnamed speakers)"),
    # a summary record's "La Rapporteuse" for "Mme X (Rapporteuse pour le pays)"
    ("1.Mme Ortega Salazar (Rapporteuse pour le pays) dit que le rapport est complet.\n\n"
     "2.Mme Korhonen dit que la loi est nouvelle.\n\n3.La Rapporteuse dit que la délégation "
     "devrait préciser les chiffres.\n", "Ortega Salazar"),
    # a French speaker named after the words, with any verb of saying, last or between commas
    ("Réponses de la délégation\n\nMme Léocadie Nizigiyimana, Ministre de la justice, a "
     "indiqué que le plan était adopté. Le plan sera financé en 2025, a assuré M. Jean "
     "Ndayishimiye.\n", "Jean Ndayishimiye"),
    ("Réponses de la délégation\n\nMme Léocadie Nizigiyimana, Ministre de la justice, a "
     "indiqué que le plan était adopté. Le plan sera financé en 2025, a indiqué M. Jean "
     "Ndayishimiye, sous réserve de l'accord des bailleurs.\n", "Jean Ndayishimiye"),
    # ... with their office after the name, or their office before it and an adverb
    ("Réponses de la délégation\n\nMme Léocadie Nizigiyimana, Ministre de la justice, a "
     "indiqué que le plan était adopté. Depuis 2018, 74 plaintes ont été enregistrées, a "
     "précisé M. Mamadou Diop, Directeur des affaires criminelles.\n", "Mamadou Diop"),
    ("Réponses de la délégation\n\nMme Léocadie Nizigiyimana, Ministre de la justice, a "
     "indiqué que le plan était adopté. Le registre est en phase pilote, a ensuite indiqué un "
     "représentant du Ministère de l'intérieur, M. Ousmane Sarr.\n", "Ousmane Sarr"),
    # ... closing a clause the sentence goes on after (probe 301)
    ("Réponses de la délégation\n\nMme Léocadie Nizigiyimana, Ministre de la justice, a "
     "indiqué que le plan était adopté. Aucune exécution n'a eu lieu depuis 2003, a déclaré "
     "M. Ahmat Tahir; le Tchad n'envisage toutefois pas d'abolir la peine de mort.\n",
     "Ahmat Tahir"),
])
def test_the_last_sentence_opens_its_speakers_turn(text: str, speaker: str) -> None:
    review = analyze_text(text)
    assert speakers(review)[-1][0] == speaker
    assert all(review.participant(q.asker).label == speaker for q in review.questions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Compte rendu analytique de la 1000e séance\nLa séance est ouverte à 10 heures.\n"
     "8. Mme HADDAD (Rapporteuse pour le pays) demande si la loi existe.\n"
     "9. M. CASTELLVÍ s'associe aux questions de Mme Haddad. Il aimerait savoir combien de "
     "plaintes ont été reçues.\n"
     "10. M. VORONETSKI (Bélarus), répondant aux questions posées par les membres du "
     "Comité, dit que 700 personnes étaient détenues.\n"
     "11. M. KAZADI (Rapporteur pour le pays) réitère sa question sur la garde à vue.\n",
     ["Haddad", "Castellví", "Voronetski", "Kazadi"]),
    # more verbs of the present (probe n)
    ("Compte rendu analytique de la 1000e séance\nLa séance est ouverte à 10 heures.\n"
     "1. M. Kemal (Rapporteur pour le pays) demande si le Code pénal a été révisé.\n"
     "2. M. Ould Ahmedou (Mauritanie) assure que la loi est appliquée.\n"
     "3. Mme Racu prie la délégation de préciser le nombre de plaintes.\n",
     ["Kemal", "Ould Ahmedou", "Racu"]),
    ("Summary record of the 1400th meeting\nThe meeting was called to order at 10 a.m.\n"
     "17. Ms. BENSALEM (Country Rapporteur) asked about schools.\n"
     "18. Ms. LUPU (Republic of Moldova), replying to the questions raised by Ms. Bensalem, "
     "said that 120 schools had been built.\n",
     ["Bensalem", "Lupu"]),
    # a long office in the brackets (probe 328)
    ("Summary record of the 1700th meeting\nThe meeting was called to order at 10 a.m.\n"
     "48. Mr. Sargsyan (Armenia) said that the law had been adopted.\n"
     "49. Mr. Kaltenbach (Country Rapporteur for the Optional Protocol on the involvement of "
     "children in armed conflict) asked what the minimum age for voluntary recruitment was.\n",
     ["Sargsyan", "Kaltenbach"]),
    # a State whose UN name holds its own brackets (probe e)
    ("Summary record of the 12th meeting\nThe meeting was called to order at 10 a.m.\n"
     "1. Mr. Uprimny (Country Rapporteur) asked whether inflation data were published.\n"
     "2. Ms. Rodríguez Gómez (Venezuela (Bolivarian Republic of)) said that the Central Bank "
     "published them.\n3. Mr. Hosseini (Iran (Islamic Republic of)) said that prices were not "
     "controlled.\n",
     ["Uprimny", "Rodríguez Gómez", "Hosseini"]),
])
def test_summary_record_speakers_with_present_verbs_and_replying_clauses(
        text: str, expected: list[str]) -> None:
    assert [s for s, _ in speakers(analyze_text(text))][-len(expected):] == expected


def test_french_closing_headings_capital_chair_and_fronted_topics() -> None:
    review = analyze_text(
        "Le Comité pour l'élimination de la discrimination à l'égard des femmes a examiné le "
        "rapport de la Guinée.\n\nRéponses de la délégation\n\nMme AÏSSATOU BARRY, Ministre et "
        "cheffe de la délégation, a dit que la loi était nouvelle.\n\nEn ce qui concerne le "
        "mariage, la délégation a indiqué que l'âge minimum était fixé à 18 ans.\n\n"
        "Observations préliminaires\n\nLA PRÉSIDENTE DU COMITÉ, MME NAELA GABR, a remercié la "
        "délégation.\n")
    assert [s.kind for s in review.sections][-1] == "concluding_remarks"
    assert [s for s, _ in speakers(review)][-2:] == ["the delegation", "Naela Gabr"]


def test_a_second_day_release_recalls_the_first_day_in_the_pluperfect() -> None:
    """"X had told the Committee", "Committee Experts had asked": the recalled speakers'
    turns (the head's first-day figure is his, and conflicts with his second-day one); but
    an office recalled inside a member's question stays in the member's turn."""
    review = analyze_text(
        "Committee against Torture Hears Response of Ukraine\n\nThe Committee against "
        "Torture this afternoon heard the response of Ukraine. Presenting the report "
        "yesterday, Mykola Hrytsenko, Deputy Minister of Justice of Ukraine, had told the "
        "Committee that the prison population stood at 154,000 persons in 2006. On Thursday, "
        "Committee Experts had asked about the length of police custody.\n\nResponse of the "
        "Delegation\n\nMYKOLA HRYTSENKO, Deputy Minister of Justice, said that the prison "
        "population had stood at 151,600 persons in 2006.\n\nQuestions by Committee Experts"
        "\n\nELENA RIUS asked about prisons. The head of delegation had mentioned 58 "
        "facilities. Which was the correct figure?\n")
    assert [s for s, _ in speakers(review)] == [
        "narrator", "Mykola Hrytsenko", "unnamed committee expert", "Mykola Hrytsenko",
        "Elena Rius"]
    assert len(review.conflicts) == 1


def test_the_end_of_a_summary_record_s_public_part_is_narration() -> None:
    for text in (
        "La séance est ouverte à 15 heures.\nM. Kodo (Tchad) dit que la loi est nouvelle.\n"
        "La partie publique de la séance prend fin à 17 h 30.\n",
        "The meeting was called to order at 3 p.m.\nMr. Kodo (Chad) said that the law was "
        "new.\nThe discussion covered in the summary record ended at 12.10 p.m.\n",
        "The meeting was called to order at 3 p.m.\nMr. Kodo (Chad) said that the law was "
        "new.\nThe public part of the meeting rose at 12.10 p.m.\n",
    ):
        assert [s for s, _ in speakers(analyze_text(text))][-2:] == ["Kodo", "narrator"], text


def test_a_french_office_with_articles_inside_its_complement_is_held() -> None:
    """"La Ministre de la promotion de la femme a indiqué": the office is read whole (it
    stopped before "femme"), so the Minister speaks, not the delegation at large."""
    review = analyze_text(
        "Le Comité examine le rapport du Burkina Faso\n\nPrésentation du rapport\n\nMme MARIE "
        "OUEDRAOGO, Ministre de la promotion de la femme, a déclaré que la loi était "
        "nouvelle.\n\nRéponses de la délégation\n\nUne représentante du Ministère de la santé "
        "a indiqué que 11 % du budget allait à la santé.\n\nLa Ministre de la promotion de la "
        "femme a pour sa part précisé que le taux de scolarisation était de 47 %.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["the delegation", "Marie Ouedraogo"]


def test_an_office_written_before_a_surname_names_the_speaker() -> None:
    """"Minister Tarpeh said": the office stands as an honorific before the surname of the
    Minister introduced earlier, who speaks (not the delegation at large)."""
    review = analyze_text(
        "Committee on the Rights of the Child Considers Report of Liberia\n\nPresentation of "
        "Report\n\nJESSICA TARPEH, Minister of Gender and Development of Liberia, said the "
        "law was new.\n\nQuestions by Experts\n\nAn Expert asked about corporal punishment."
        "\n\nResponse of the Delegation\n\nThe delegation said that the law applied.\n\n"
        "Minister Tarpeh said that 347 complaints had been received in 2011.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["the delegation", "Jessica Tarpeh"]
    assert review.claims[-1].speaker == review.turns[-1].participant


def test_a_symbol_s_dot_does_not_hide_who_presents_the_report() -> None:
    review = analyze_text(
        "Le Comité des droits économiques, sociaux et culturels examine le rapport du Maroc\n\n"
        "Présentation du rapport\n\nLe troisième rapport périodique du Maroc "
        "(E/1994/104/Add.29) a été présenté par M. Omar Hilale, Représentant permanent du "
        "Maroc, qui a déclaré que le chômage touchait 13,6 % de la population active.\n")
    assert [s for s, _ in speakers(review)][-1] == "Omar Hilale"


def test_a_minister_of_another_office_is_not_the_head() -> None:
    """"The Minister of Finance said" is not the head, who is Minister of Local Government:
    the bare office is matched only when the title's own complement is the one named."""
    review = analyze_text(
        "Committee on the Rights of the Child Reviews Report of Botswana\n\nPresentation of "
        "Report\n\nDAVID TSHERE, Minister of Local Government of Botswana, said the law was "
        "new.\n\nQuestions by Committee Experts\n\nAn Expert asked about schools.\n\nResponses "
        "by the Delegation\n\nThe Minister of Finance said that 12 per cent of the budget went "
        "to children.\n\nThe Minister of Local Government said that 300 councils had child "
        "committees.\n\nThe Minister said that 40 schools had opened.\n")
    assert [s for s, _ in speakers(review)][-3:] == [
        "the delegation", "David Tshere", "David Tshere"]


@pytest.mark.parametrize(("text", "expected"), [
    # "The report was presented to the Committee yesterday morning by Mr. Castañeda, who said
    # that ...": his turn, and what he went on to say (probe 318)
    ("The Committee against Torture this morning began its consideration of the fourth "
     "periodic report of Guatemala.\n\nThe report was presented to the Committee yesterday "
     "morning by Mr. Castañeda, who said that the State had made progress. He said that 4,000 "
     "police officers had been trained.\n", ["narrator", "Castañeda"]),
    # "Ce matin, M. DELCOURT a remercié la délégation ...": his, not the delegation's (probe 317)
    ("Réponses de la délégation\n\nLa délégation a indiqué que la loi était appliquée.\n\nCe "
     "matin, M. DELCOURT a remercié la délégation pour ses réponses. Quelles infractions sont "
     "passibles de la peine capitale ?\n", ["the delegation", "Delcourt"]),
])
def test_a_speaker_named_after_a_time_opens_the_turn(text: str, expected: list[str]) -> None:
    assert [s for s, _ in speakers(analyze_text(text))] == expected


def test_a_french_minister_in_lower_case_is_the_one_who_holds_the_office() -> None:
    """"La ministre a reconnu ..." after an Expert is the Minister's, and "le ministre de
    l'intérieur" of another office the delegation's (probe 313)."""
    review = analyze_text(
        "Réponses de la délégation\n\nMme Clotilde Niyonzima, Ministre de la justice, a dit "
        "que la loi était nouvelle.\n\nUn expert a demandé combien de plaintes avaient été "
        "reçues. La ministre a reconnu que 9 865 détenus étaient incarcérés. Le ministre de "
        "l'intérieur a précisé que 12 policiers avaient été suspendus.\n")
    assert [s for s, _ in speakers(review)][-3:] == [
        "unnamed committee expert", "Clotilde Niyonzima", "the delegation"]


def test_news_style_speakers_named_after_a_quotation_or_with_according_to() -> None:
    """UN News: "“...,” said Committee member X", "“...?” asked Mr. Y.", "“...,” Mr. Z
    said.", "According to W, head of the delegation, ...", "Committee member V raised ..."."""
    review = analyze_text(
        "The UN Committee on the Rights of the Child on Wednesday pressed Peru over the "
        "detention of children.\n"
        "“We are deeply concerned about children held in police cells,” said Committee member "
        "Ana Lopez, who led the review as country rapporteur.\n"
        "According to Maria Santos, Vice-Minister of Justice and head of the delegation, the "
        "Government had allocated 14.2 billion soles to child protection in 2021.\n"
        "“What steps has the State taken to protect children online?” asked Mr. Tomas Lund.\n"
        "Committee member Hina Tanaka raised child marriage.\n"
        "“Since 2019, our courts have handed down 214 convictions,” Ms. Santos said.\n")
    assert [who for who, _ in speakers(review)] == [
        "narrator", "Ana Lopez", "Maria Santos", "Tomas Lund", "Hina Tanaka", "Maria Santos"]
    sides = {p.label: (p.side, p.head_of_delegation) for p in review.participants}
    assert sides["Maria Santos"] == ("state", True)
    assert sides["Ana Lopez"][0] == sides["Tomas Lund"][0] == sides["Hina Tanaka"][0] == "committee"
    assert {c.value: review.participant(c.speaker).label for c in review.claims
            if c.speaker}[214] == "Maria Santos"


@pytest.mark.parametrize("opener", ["En réponse", "En matière de santé", "Par ailleurs",
                                    "En réponse aux questions sur la scolarisation"])
def test_a_french_opening_phrase_before_the_delegation_opens_its_turn(opener: str) -> None:
    """Interleaved French releases: "En réponse, la délégation a indiqué que ..." right
    after an expert's question is the delegation's, with its figure."""
    review = analyze_text(
        "Le Comité des droits de l'enfant a examiné le rapport de Madagascar.\n"
        "Mme Ana Lopez, membre du Comité, a demandé quel était le taux de scolarisation.\n"
        f"{opener}, la délégation a indiqué que le taux net de scolarisation était de 71 % "
        "en 2011.\n")
    assert [who for who, _ in speakers(review)] == ["narrator", "Ana Lopez", "the delegation"]
    assert review.participant(review.claims[-1].speaker).label == "the delegation"


def test_a_transcript_s_speaker_labels_open_turns() -> None:
    """A transcript pasted from UN Web TV captions: "[00:24:52] COUNTRY TASK FORCE MEMBER
    (Mr. Lars Berg): ...", "CHAIRPERSON: ...", "DELEGATION (Ministry of Justice): ...";
    a bracketed note of the meeting is the narrator's."""
    review = analyze_text(
        "Committee on the Rights of the Child - Consideration of Senegal - transcript\n\n"
        "[00:00:04] CHAIRPERSON: Good morning. I give the floor to the Minister.\n\n"
        "[00:01:12] HEAD OF DELEGATION (Ms. Amina Diallo, Minister of Women and Family): Thank "
        "you. Birth registration rose to 89 per cent in 2024.\n\n"
        "[00:24:52] COUNTRY TASK FORCE MEMBER (Mr. Lars Berg): Thank you, Chair. How many "
        "children are still not registered?\n\n"
        "[The meeting was suspended at 11.55 a.m. and resumed at 12.10 p.m.]\n\n"
        "[01:28:40] DELEGATION (Ministry of Justice): Some 610,000 children remain without a "
        "birth certificate.\n")
    assert [who for who, _ in speakers(review)] == [
        "unnamed committee expert", "Amina Diallo", "Lars Berg", "narrator", "the delegation"]
    people = {p.label: p for p in review.participants}
    assert (people["Amina Diallo"].side, people["Amina Diallo"].head_of_delegation) == ("state", True)
    assert people["Lars Berg"].side == "committee"
    assert review.questions and review.questions[0].asker == people["Lars Berg"].id


def test_a_delegation_representative_opens_the_delegation_s_turn() -> None:
    """"A delegation representative said" (the meeting summaries of 2022-2025) is the
    delegation's, not the last named speaker's."""
    review = analyze_text(
        "Responses by the Delegation\nMARIA LOPEZ, Minister of Justice and head of delegation, "
        "said the law was new. A delegation representative said 412 children were detained "
        "in 2024.")
    assert [who for who, _ in speakers(review)] == ["Maria Lopez", "the delegation"]


@pytest.mark.parametrize(("text", "last"), [
    # the Council speaking of itself is narration
    ("Le Conseil des droits de l'homme examine le rapport de Madagascar.\n"
     "M. Jean Rakoto, Ministre de la justice, a déclaré que le rapport était prêt. Le "
     "Conseil a ensuite adopté les documents finals.\n", "narrator"),
    # "provided detailed information on ..." reports what the delegation said
    ("The Committee against Torture reviewed the report of Kazakhstan. Igor Rogov, head of "
     "delegation, said reforms had been made. The delegation of Kazakhstan, which included "
     "heads of the national authorities, provided detailed information on prevention.",
     "the delegation"),
])
def test_the_last_speaker_of_a_closing_sentence(text: str, last: str) -> None:
    assert [who for who, _ in speakers(analyze_text(text))][-1] == last


def test_a_list_of_articles_before_the_speaker_opens_their_turn() -> None:
    """"On articles 15, 16 and 17, NAME, Committee Expert, asked ...": the commas of the
    list do not hide the speaker."""
    review = analyze_text(
        "Questions by Committee Experts\nANA LOPEZ, Committee Expert, asked about article 2. "
        "On articles 15, 16 and 17, RUTH OKWIRI-SANDE, Committee Expert, asked whether "
        "customary law applied to marriage.")
    assert [who for who, _ in speakers(review)] == ["Ana Lopez", "Ruth Okwiri-Sande"]


def test_an_office_several_hold_is_the_one_who_spoke_last() -> None:
    """"The Minister said" right after the Minister of Health spoke is his, not the head of
    delegation's (also a Minister)."""
    review = analyze_text(
        "Responses by the Delegation\nANA DIAZ, Minister of Social Affairs and head of "
        "delegation, said the plan was adopted.\nPEDRO ROJAS, Minister of Health, said that 120 "
        "clinics were open.\nThe Minister said that 45 per cent of children were vaccinated.\n")
    assert [who for who, _ in speakers(review)] == ["Ana Diaz", "Pedro Rojas", "Pedro Rojas"]


@pytest.mark.parametrize("text", [
    "Responses by the Delegation\nMARTIN LECHNER, Director of Prisons, said the rate was 96 "
    "per cent. The delegation said the "
    "Bureau could investigate. The Director said the figure referred to one prison.\n",
    "Réponses de la délégation\nM. Abakar Saleh, Directeur de la protection judiciaire de "
    "l'enfance, a indiqué que le Tchad comptait 23 juges.\nLa délégation a dit que la loi "
    "était appliquée.\nDes tribunaux n'existent pas encore partout, a reconnu le Directeur.\n",
])
def test_a_director_named_before_speaks_by_office(text: str) -> None:
    """"The Director said", "..., a reconnu le Directeur": the member whose title it is,
    as "the Minister said" is (probe 361)."""
    whos = [who for who, _ in speakers(analyze_text(text))]
    assert whos[-3:] == [whos[-3], "the delegation", whos[-3]]


def test_a_member_who_takes_the_chair_is_the_chair_until_it_is_resumed() -> None:
    """"In the absence of Ms. Haddadi, Mr. Kouassi, Vice-Chair, took the Chair.": narration;
    "The Chair" after it is Mr. Kouassi, who holds both offices, until Ms. Haddadi resumes
    it (probe 369)."""
    review = analyze_text(
        "Committee on the Elimination of Racial Discrimination\nSummary record of the 3100th "
        "meeting\nChair: Ms. Haddadi\n\nThe meeting was called to order at 10 a.m.\n\n"
        "1. The Chair invited the delegation to reply.\n\n2. Mr. Declercq (Belgium) said that "
        "the plan had 81 measures.\n\n3. In the absence of Ms. Haddadi, Mr. Kouassi, "
        "Vice-Chair, took the Chair.\n\n4. The Chair invited members to ask questions.\n\n5. "
        "Ms. Haddadi resumed the Chair.\n\n6. The Chair thanked the delegation.\n")
    assert [who for who, _ in speakers(review)][-5:] == [
        "Declercq", "narrator", "Kouassi", "narrator", "Haddadi"]
    kouassi = next(p for p in review.participants if p.name == "Kouassi")
    assert kouassi.roles == ("Chairperson", "Vice-Chairperson")


def test_a_speaker_called_head_of_delegation_in_passing_is_the_head() -> None:
    """"The Chair ... invited Mr. Declercq, head of the delegation, to make closing
    remarks": the head, though his own attributions never say so (probe 369)."""
    review = analyze_text(
        "Committee on the Elimination of Racial Discrimination\nSummary record of the 3100th "
        "meeting\nChair: Ms. Haddadi\n\nThe meeting was called to order at 10 a.m.\n\n"
        "1. Mr. Declercq (Belgium) said that the plan had 81 measures.\n\n2. Ms. "
        "Lambert (Belgium) said that the police were trained.\n\n3. The Chair invited Mr. "
        "Declercq, head of the delegation, to make closing remarks.\n")
    heads = [p.name for p in review.participants if p.head_of_delegation]
    assert heads == ["Declercq"]


def test_taking_the_chair_alone_makes_nobody_a_participant() -> None:
    review = analyze_text(
        "Committee on the Elimination of Discrimination against Women\nSummary record of the "
        "761st meeting\n\n1. In the absence of Ms. Simonovic, Ms. Gabr (Vice-Chairperson) took "
        "the Chair.\n\n2. Ms. Singh (India) said that the plan had 81 measures.\n")
    assert "Gabr" not in [p.name for p in review.participants]


def test_an_asker_named_after_the_verb_speaks_the_question() -> None:
    """"How many complaints had been filed, asked Kenji Morimoto, an Expert from Japan.":
    his turn, and no anonymous expert besides (probe 371)."""
    text = ("Committee reviews the report of Moldova\nANNA BERG, Expert from Sweden, said the "
            "situation was worrying. What measures had been taken?\nHow many complaints of "
            "torture had been filed, asked Kenji Morimoto, an Expert from Japan. Were they "
            "investigated?\n")
    review = analyze_text(text)
    committee = [p.name for p in review.participants if p.side == "committee"]
    last = review.turns[-1]
    assert committee == ["Anna Berg", "Kenji Morimoto"]
    assert review.participant(last.participant).name == "Kenji Morimoto"
    assert last.span.slice(text).startswith("How many complaints")


@pytest.mark.parametrize(("said", "speaker"), [
    (", said Mr. Heller.", "Claude Heller"),
    (", noted Mr. Heller, adding that it was a concern.", "Claude Heller"),
    (", said the Country Rapporteur.", "Claude Heller"),
    (", said the Chairperson, noting that it was a concern.", "Ana Lopez"),
])
def test_a_speaker_named_after_the_verb_that_closes_the_sentence_speaks_it(
        said: str, speaker: str) -> None:
    """"Reports of overcrowding had reached the Committee, said Mr. Heller.": his turn, not
    the delegate's before him (probe D; ", Mr. Heller said." was read already)."""
    text = ("Committee against Torture considers report of Ghana\n\nThe Committee against "
            "Torture today considered the second periodic report of Ghana.\n\nKOFI MENSAH, "
            "Minister of Justice of Ghana, said a plan had been adopted.\n\nANA LOPEZ, "
            "Chairperson of the Committee, said the meeting was open.\n\nCLAUDE HELLER, "
            "Committee Expert and Country Rapporteur, asked about pretrial detention.\n\nMr. "
            "Mensah said that some 2,000 persons were held in pretrial detention.\n\nReports "
            f"of overcrowding had reached the Committee{said}\n")
    review = analyze_text(text)
    assert speakers(review)[-1][0] == speaker


@pytest.mark.parametrize("verb", ["prend", "reprend"])
def test_the_delegation_taking_its_places_is_the_narrator_s(verb: str) -> None:
    """"la délégation marocaine reprend place à la table du Comité", the first paragraph of
    every continued French meeting, is the procedure the record narrates, as "prend place"
    is ("reprend" had been read as a verb of speech; probe D)."""
    review = analyze_text(
        "Compte rendu analytique de la 3088e séance\n\nLa séance est ouverte à 10 heures.\n\n"
        f"1. Sur l'invitation du Président, la délégation marocaine {verb} place à la table du "
        "Comité.\n\n2. M. Benjelloun (Maroc) dit que le plan a été adopté.\n")
    assert [who for who, _ in speakers(review)][:2] == ["narrator", "Benjelloun"]


def test_a_reply_to_a_named_member_opens_the_office_holder_s_turn() -> None:
    """"Responding to Mr. Ferraris, the Minister of Foreign Affairs said": the honorific's
    dot does not end the opening phrase (probe 364)."""
    review = analyze_text(
        "Responses by the Delegation\nJOHN KAMARA, Minister of Foreign Affairs, said services "
        "had grown. ANNA WEBER, Minister of Labour, said 200 inspectors had been hired. "
        "Responding to Mr. Ferraris, the Minister of Foreign Affairs said remittances had "
        "risen.\n")
    assert [who for who, _ in speakers(review)] == ["John Kamara", "Anna Weber", "John Kamara"]


def test_a_french_reflexive_verb_of_interest_opens_a_turn() -> None:
    """"MME X, corapporteuse ..., s'est pour sa part intéressée à ..." speaks, as "se sont
    intéressés" already did for several."""
    review = analyze_text(
        "Questions et observations des membres du Comité\nMME ANA LOPEZ, rapporteuse pour "
        "l'examen du rapport, a demandé combien de migrants étaient détenus.\nMME ELENA "
        "VÂRTOSU-NEAGU, corapporteuse pour l'examen du rapport, s'est pour sa part intéressée à "
        "la situation des enfants. Combien d'enfants étaient scolarisés ?")
    assert [who for who, _ in speakers(review)] == ["Ana Lopez", "Elena Vârtosu-Neagu"]


def test_a_stop_inside_a_quoted_title_keeps_the_attribution() -> None:
    review = analyze_text(
        "Questions by Committee Experts\nANA LOPEZ, Committee Expert, asked about judges. A "
        "Committee Expert, citing a report entitled “Who Judges the Judges?”, said that 12 "
        "judges had been dismissed. How many were reinstated?")
    assert [who for who, _ in speakers(review)] == ["Ana Lopez", "unnamed committee expert"]


@pytest.mark.parametrize("office", ["The Director-General of the National Police",
                                    "The Director of the Prison Administration",
                                    "The Inspector General of Police",
                                    "A representative of the Prosecutor General's Office"])
def test_the_head_of_a_state_body_speaks_for_the_delegation(office: str) -> None:
    """'The Director-General of the National Police said ...' opens a turn of the delegation:
    the head's turn does not run on over the figures of another of its members."""
    review = analyze_text(
        "Responses by the Delegation\n\nIVO MARKOV, Deputy Minister of Justice and head of "
        "delegation, said that the law had been amended in 2021.\n\n"
        f"{office} said that the police had registered 151 hate crimes in 2021.\n")
    assert [s for s, _ in speakers(review)] == ["Ivo Markov", "the delegation"]
    [claim] = review.claims
    assert review.participant(claim.speaker).label == "the delegation"


@pytest.mark.parametrize("told", ["Le Comité a été informé", "Le Comité a également été informé",
                                  "Le Comité a par ailleurs reçu des informations selon "
                                  "lesquelles", "Le Comité avait déjà demandé en 2015 si"])
def test_what_the_committee_was_told_is_the_experts_words(told: str) -> None:
    """'Le Comité a été informé que ...' inside an Expert's turn reports what she was told,
    not the Committee's procedure ('Le Comité a examiné ...' is narration)."""
    that = "que" if told.endswith("informé") else ""  # (the Expert recalls a request too)
    review = analyze_text(
        "Le Comité des droits des personnes handicapées examine le rapport de la Suisse\n\n"
        "Questions et observations des membres du Comité\n\nMME ANNA BERG, rapporteuse du "
        f"Comité pour l'examen du rapport, a demandé si la loi était appliquée. {told} {that} "
        "20 000 personnes vivaient en institution. Combien de places ont été "
        "supprimées ?\n\nLe Comité a examiné hier le rapport de la Suisse.\n")
    assert [s for s, _ in speakers(review)][-2:] == ["Anna Berg", "narrator"]
    assert len(review.questions) == 2


def test_the_french_chair_after_an_opening_phrase_opens_a_turn() -> None:
    """"Dans ses remarques de clôture, le Président du Comité a remercié ...": the chair
    speaks (the article is in lower case after the phrase); as the object, no turn."""
    review = analyze_text(
        "Le Comité contre la torture a examiné le rapport du Sénégal.\n\nM. Diop (Sénégal) a "
        "dit que 12 000 détenus étaient en détention.\n\nDans ses remarques de clôture, le "
        "Président du Comité a remercié la délégation. La délégation a remercié le Président "
        "du Comité.\n")
    assert speakers(review) == [("Diop", "M. Diop (Sénégal) a dit q"),
                                ("unnamed committee expert", "Dans ses remarques de clô"),
                                ("the delegation", "La délégation a remercié ")]


def test_a_state_office_before_a_name_in_capitals_opens_a_turn() -> None:
    """"Deputy Minister of Internal Affairs RUSTAM KHOLOV said ...": the office comes first,
    the name in capitals sets it apart; each minister speaks in a turn of his own."""
    review = analyze_text(
        "Responses by the Delegation\nDeputy Minister of Internal Affairs RUSTAM KHOLOV said "
        "that 412 protection orders had been issued in 2017.\nMinister of Health NAVRUZ OLIMOV "
        "said that 31 clinics had been opened.\n")
    assert speakers(review) == [("Rustam Kholov", "Deputy Minister of Intern"),
                                ("Navruz Olimov", "Minister of Health NAVRUZ")]
    titles = {p.name: (p.title, p.side) for p in review.participants if p.name}
    assert titles["Rustam Kholov"] == ("Deputy Minister of Internal Affairs", "state")


@pytest.mark.parametrize("verb", ["reminded", "underscored", "queried", "elaborated on how"])
def test_an_office_with_a_less_common_reporting_verb_opens_its_holder_s_turn(verb: str) -> None:
    """"The Chairperson reminded that ..." after narration is the Chairperson's (realprobe 30)."""
    review = analyze_text(
        "The Committee on the Elimination of Racial Discrimination today closed its session.\n\n"
        "Noureddine Amir, Committee Chairperson, summarizing the work of the session, said "
        "that the Committee had reviewed 8 reports.\n\nThe Committee adopted its agenda. "
        f"The Chairperson {verb} that the Committee had received three complaints.")
    last = review.turns[-1]
    assert last.span.slice(review.text).startswith("The Chairperson")
    assert review.participant(last.participant).label == "Noureddine Amir"


@pytest.mark.parametrize(("text", "composition"), [
    ("The Committee against Torture today reviewed the report of Tunisia.\n\nThe delegation of "
     "Tunisia was headed by Mr. Sofiane Ben Slimane, Secretary of State to the Minister of "
     "Justice, and included representatives of the Ministry of the Interior and the Ministry "
     "of Health.\n\nMr. Ben Slimane said that Tunisia had ratified the Optional Protocol.\n",
     ["Ministry of the Interior", "Ministry of Health"]),
    ("Le Comité contre la torture a examiné le rapport de la Tunisie.\n\nLa délégation "
     "tunisienne était dirigée par M. Sofiane Ben Slimane, Secrétaire d'État auprès du Ministre "
     "de la justice, et comprenait des représentants du Ministère de l'intérieur et du "
     "Ministère de la santé.\n\nM. Ben Slimane a déclaré que la Tunisie avait ratifié le "
     "Protocole facultatif.\n",
     ["Ministère de l'intérieur", "Ministère de la santé"]),
])
def test_a_composition_sentence_naming_its_head_is_narration(
        text: str, composition: list[str]) -> None:
    """"The delegation ... was headed by Mr. X, <office>, and included representatives of
    ..." is the narrator's: the head is named, not speaking (probe f); he is the head."""
    review = analyze_text(text)
    assert [s for s, _ in speakers(review)][-2:] == ["narrator", "Sofiane Ben Slimane"]
    assert review.metadata.delegation_composition == tuple(composition)
    assert review.participants[0].head_of_delegation


@pytest.mark.parametrize(("text", "last_two"), [
    # "The Working Group will next meet at 9 a.m. ..., to review Ghana." (probe i)
    ("The Working Group on the Universal Periodic Review this morning held its review of "
     "Paraguay.\n\nThe delegation said a protocol had been adopted.\n\nThe Working Group will "
     "next meet at 9 a.m. on Tuesday, 28 January, to review Ghana.\n",
     ["the delegation", "narrator"]),
    # "Committee Expert Sir Nigel Rodley asked" opens his turn; "The delegation included
    # representatives of ..." is the narrator's (probe p)
    ("The Human Rights Committee today concluded its consideration of the second periodic "
     "report of Chile.\n\nMembers of the Committee asked about the police inspectorate.\n\n"
     "Committee Expert Sir Nigel Rodley asked how many complaints had been lodged in 2006.\n\n"
     "The delegation included representatives of the Ministry of Justice.\n",
     ["Nigel Rodley", "narrator"]),
    # a request in the conditional opens the member's turn (probe m)
    ("Questions by Committee Experts\n\nCLAUDE HELLER, Committee Chair, asked about police "
     "violence. Ms. Racu would appreciate information on prison overcrowding.\n",
     ["Claude Heller", "Racu"]),
    # a surname that is a French article, after an English honorific (probe m)
    ("Responses by the Delegation\n\nLE THI MINH THU, Vice-Minister of Justice, said the "
     "Press Law was new. JOHN SMITH, Director, said the Union was independent. Ms. Le said "
     "the law prohibited hate speech.\n", ["John Smith", "Le Thi Minh Thu"]),
])
def test_the_last_speakers_of_other_meetings_and_styles(text: str, last_two: list[str]) -> None:
    assert [s for s, _ in speakers(analyze_text(text))][-2:] == last_two


def test_a_delegate_recalling_a_members_question_goes_on_speaking() -> None:
    """A summary record's reply: "Mr. Thornberry had asked about the budget; it had risen
    by 12 per cent" is the delegate's, who names the question answered (probe u). A member
    who opens a paragraph speaks there."""
    review = analyze_text(
        "Committee on the Elimination of Racial Discrimination\nSummary record of the 1900th "
        "meeting\nFourth periodic report of Peru (continued)\n"
        "1. Mr. Thornberry asked whether the Ombudsman's budget had been increased.\n"
        "2. Ms. Ríos (Peru) said that the Ombudsman had a broad mandate. Mr. Thornberry had "
        "asked about the budget; it had risen by 12 per cent in 2011.\n"
        "3. Mr. Thornberry had asked about the budget because it mattered.\n")
    assert [who for who, _ in speakers(review)][1:] == ["Thornberry", "Ríos", "Thornberry"]
    rios = next(p.id for p in review.participants if p.name == "Ríos")
    assert [c.speaker for c in review.claims] == [rios]



ACCOMPANIED = (
    "Ms. Karki was accompanied by a delegation composed of officials of the Ministry of "
    "Foreign Affairs and the Ministry of Law.",
    "Elle était accompagnée d'une délégation composée de représentants du Ministère de la "
    "santé.",
)


def test_the_delegation_accompanying_its_head_is_narration() -> None:
    """Who came with the head of delegation is the narrator's sentence, not the head's
    words (probe ah)."""
    for composition in ACCOMPANIED:
        review = analyze_text(
            "The Committee this morning began its consideration of the report of Nepal.\n\n"
            "Introducing the report, SUSHILA KARKI, Secretary of the Ministry of Women of "
            f"Nepal, said that a plan had been adopted.\n\n{composition}\n")
        assert [s for s, _ in speakers(review)] == ["narrator", "Sushila Karki", "narrator"]


NGO_MEETING = (
    "The Committee on the Rights of the Child this morning held an informal meeting with "
    "non-governmental organizations on the situation of children in Kenya.\n\n"
    "Jane Mwangi of the Kenya Alliance for Advancement of Children said that child labour "
    "remained widespread.\n\n"
    "A representative of Amnesty International said that children were detained with "
    "adults.\n\n"
    "Une représentante de la Fédération internationale des ligues des droits de l'homme a "
    "déclaré que les enfants étaient détenus.\n\n"
    "A representative of the Ministry of International Cooperation said that aid had risen.\n"
)


def test_organisations_and_their_representatives_are_no_delegates() -> None:
    """In a meeting with NGOs, "Jane Mwangi of the Kenya Alliance for Advancement of
    Children said" is a speaker of side other with her organisation as her office, and "A
    representative of Amnesty International said" is the organisations' anonymous speaker,
    not the State's (probe z); a ministry's representative stays the delegation's."""
    review = analyze_text(NGO_MEETING)
    sides = [(review.participant(t.participant).side, t.span.slice(review.text)[:12])
             for t in review.turns]
    assert sides == [("other", "The Committe"), ("other", "Jane Mwangi "),
                     ("other", "A representa"), ("other", "Une représen"),
                     ("state", "A representa")]
    [jane] = [p for p in review.participants if p.name]
    assert jane.title == "Kenya Alliance for Advancement of Children"
    assert review.participant(review.turns[2].participant).label == (
        review.participant(review.turns[3].participant).label) == "organisations (unnamed speakers)"


def test_a_united_nations_agency_s_representative_is_no_delegate() -> None:
    """"During the debate, a representative of the United Nations Educational, Scientific
    and Cultural Organization (UNESCO) stressed ...": an agency's anonymous speaker, side
    other, in a turn of its own (a helper's real 2001 release gave it to the State)."""
    review = analyze_text(
        "The Committee on Economic, Social and Cultural Rights this morning concluded its "
        "consideration of the initial report of Nepal.\n\nAn Expert said that trafficking in "
        "girls was tolerated.\n\nDuring the debate, a representative of the United Nations "
        "Educational, Scientific and Cultural Organization (UNESCO) stressed the need to "
        "change the teaching system.\n\nA representative of UNFPA said that maternal deaths "
        "had fallen.\n")
    sides = [(review.participant(t.participant).side, t.span.slice(review.text)[:10])
             for t in review.turns]
    assert sides[-3:] == [("committee", "An Expert "), ("other", "During the"),
                          ("other", "A represen")]


UPR_REVIEW = {
    "en": "The Working Group on the Universal Periodic Review this morning reviewed the human "
          "rights situation in Bhutan.\n\nPresenting the national report, Tshering Dorji, "
          "Minister for Foreign Affairs of Bhutan, said that his country had accepted most "
          "recommendations.\n\nFrance recommended that Bhutan abolish the death penalty. "
          "Amnesty International deplored the situation of refugees.\n\nThe Working Group will "
          "adopt the report on Bhutan on Friday, 10 May.\n",
    "fr": "Le Groupe de travail sur l'Examen périodique universel a examiné ce matin la "
          "situation des droits de l'homme au Bhoutan.\n\nPrésentant le rapport national, M. "
          "Tshering Dorji, Ministre des affaires étrangères du Bhoutan, a déclaré que son pays "
          "avait accepté la plupart des recommandations.\n\nLa France a recommandé au Bhoutan "
          "d'abolir la peine de mort. Amnesty International a déploré la situation des "
          "réfugiés.\n\nLe Groupe de travail adoptera vendredi 10 mai le rapport sur le "
          "Bhoutan.\n",
}


@pytest.mark.parametrize("lang", sorted(UPR_REVIEW))
def test_a_universal_periodic_review_of_a_states_human_rights_situation(lang: str) -> None:
    """"reviewed the human rights situation in Bhutan" names the State reviewed; an NGO
    that speaks by its name ("Amnesty International deplored") is the organisations'
    speaker, not the States'; the Working Group's next step is the narrator's (probe w)."""
    review = analyze_text(UPR_REVIEW[lang])
    assert review.metadata.state_party_code == "BTN"
    labels = [review.participant(t.participant).label for t in review.turns]
    sides = [review.participant(t.participant).side for t in review.turns]
    assert labels[-2:] == ["organisations (unnamed speakers)", "narrator"]
    assert sides[-3:] == ["state", "other", "other"]


@pytest.mark.parametrize("lede", [
    "The Human Rights Council this afternoon held an interactive dialogue with the Special "
    "Rapporteur on the situation of human rights in Myanmar.",
    "Le Conseil des droits de l'homme a tenu ce matin un dialogue avec le Rapporteur spécial "
    "sur la situation des droits de l'homme au Myanmar.",
    "The Committee today opened its session. International experts noted the steps taken.",
])
def test_a_debate_on_a_countrys_situation_reviews_no_state(lede: str) -> None:
    review = analyze_text(lede + "\n")
    assert review.metadata.state_party_code is None
    assert all(p.label != "organisations (unnamed speakers)" for p in review.participants)


#: Attribution forms of real releases (probe ai, on texts outside the corpus): each sentence
#: opens a turn of the speaker named, with the side given.
REAL_FORMS = [
    ("Pedro Ruiz, Vice-Minister of Justice of Chile, at the outset said that 12 prisons had "
     "been renovated.", "Pedro Ruiz", "state"),
    ("The Minister for the Promotion of Women, Children and Family, Fatimetou Mint Khattri, "
     "presented the report.", "Fatimetou Mint Khattri", "state"),
    ("Presenting the United Kingdom's fifth and sixth periodic reports to the Committee on "
     "the Elimination of Discrimination against Women, Barbara Follet, head of the country's "
     "30-member delegation, said laws must be updated.", "Barbara Follet", "state"),
    ("One of the two Country Rapporteurs asked how many prisons were overcrowded.",
     "unnamed committee expert", "committee"),
    ("Many of the 23 expert members of the Committee noted that the situation of women was "
     "hardly equal.", "unnamed committee expert", "committee"),
    ("L'une des expertes a demandé quelles mesures avaient été prises.",
     "unnamed committee expert", "committee"),
    ("Une experte membre du Comité a fait état de dispositions discriminatoires.",
     "unnamed committee expert", "committee"),
    ("In his opening statement Mr. Salama briefed the Committee on the reform.", "Salama",
     "committee"),
    ("Tom Ng, Chairperson of the Advisory Committee, presented two reports.", "Tom Ng",
     "other"),
    # named after what they said, with their office after or before the name
    ("Twelve prisons had been renovated since 2019, explained Mr. Pedro Ruiz, Vice-Minister "
     "of Justice.", "Pedro Ruiz", "state"),
    ("Women now held many seats in parliament, the Minister of Women of Chile, Ana Lopez, "
     "told the Committee this morning.", "Ana Lopez", "state"),
    ("Women now held many seats in parliament, the Permanent Representative of Chile to the "
     "United Nations, Ana Lopez, told the Committee this morning as it concluded its "
     "consideration of the report.", "Ana Lopez", "state"),
    ("While welcoming the reforms, Committee Experts said that overcrowding persisted.",
     "unnamed committee expert", "committee"),
    ("Serving as Country Rapporteur for the report of Chile was Committee Expert Anna Berg, "
     "who was worried about prisons.", "Anna Berg", "committee"),
    ("B.D. Seetulsing, also of the Ministry of Justice, said elections were free.",
     "B.D. Seetulsing", "state"),
    ("Selon un expert, 250 détenus sont morts en 2022.", "unnamed committee expert",
     "committee"),
    ("This was a key concern said Ms. Diallo, Committee Expert, noting that 40 States had "
     "replied.", "Diallo", "committee"),
    # the speaker in an aside of what they said
    ("If the Government were not careful, another expert cautioned, it could lose the gains "
     "made.", "unnamed committee expert", "committee"),
    ("Some of the gains, noted Maria Diaz, Director of the Women's Office, had included a new "
     "shelter network.", "Maria Diaz", "state"),
    # a member named by the Committee's possessive after the verb; a middle initial
    ("Le Comité, a indiqué un de ses membres, a eu connaissance d'allégations graves.",
     "unnamed committee expert", "committee"),
    ("Youla A. Haddadin, Committee Expert, stressed that women made up 70 per cent of "
     "victims.", "Youla A. Haddadin", "committee"),
    # a French office listing its portfolios before the name, the State at its end
    ("Le rapport a été présenté par le Garde des sceaux et Ministre de la justice, des droits "
     "de l'homme et des libertés publiques de la Côte d'Ivoire, M. Paul Amegan, qui a expliqué "
     "que la réforme avançait.", "Paul Amegan", "state"),
    # who introduces the country's report in a clause after the name is of the State
    ("Mr. Boolell, introducing his country's initial report, stressed that growth had been "
     "strong.", "Boolell", "state"),
    ("Luis Soto, Principal State Counsel of Chile, introducing his country's initial report, "
     "stressed that growth had been strong.", "Luis Soto", "state"),
    # an office closed by the verb, no comma; the speech named between comma and verb
    ("Nadia Kerimova, Committee Rapporteur said the Committee had adopted four texts.",
     "Nadia Kerimova", "committee"),
    ("Tomasz Wilk, Deputy Minister of Labour of Chile, in concluding remarks said that "
     "reforms continued.", "Tomasz Wilk", "state"),
    # a list of the report's ordinals in the opening phrase; a name and an office closing
    # the sentence
    ("Introducing Laos's third, fourth and fifth periodic reports, Bounmy Phommachanh, "
     "Director of International Organizations, said that progress had been made.",
     "Bounmy Phommachanh", "state"),
    ("The new Family Code, to be adopted soon, would help women, Sokha Chea, Minister of "
     "Women's Affairs, said.", "Sokha Chea", "state"),
    # French: a fronted infinitive or reflexive participle, an adverb set off inside the
    # opening clause, a named asker after a reflexive verb, a feeling or a relative clause
    # after the name (no office)
    ("Après avoir salué la loi sur le logement, M. Karim Haddad, corapporteur pour le Chili, "
     "a demandé quand elle entrerait en vigueur.", "Karim Haddad", "committee"),
    ("Se félicitant de la baisse du chômage, une experte a demandé combien d'emplois avaient "
     "été créés.", "unnamed committee expert", "committee"),
    ("Tout en saluant, d'autre part, l'adoption de la loi, un expert a cependant regretté que "
     "les tribunaux soient lents.", "unnamed committee expert", "committee"),
    ("Quelles mesures ont été prises pour les peuples autochtones, s'est enquis M. Jorge "
     "Salinas.", "Jorge Salinas", "committee"),
    ("M. Tariq Nasser, inquiet de la situation des enfants autistes, a demandé combien de "
     "centres existaient.", "Tariq Nasser", "committee"),
    ("Mme Lina Haddad, qui a salué la loi, a demandé si elle était appliquée.", "Lina Haddad",
     "committee"),
    # a presenting or concluding clause without its comma before the name (helpers' real
    # pages); a State's own committee in the office, named with the State
    ("Presenting the report Nelson Cruz, Director General of Justice, said that a new bill "
     "was under review.", "Nelson Cruz", "state"),
    ("In concluding remarks Nelson Cruz, Director General of Justice, said that a new bill "
     "was under review.", "Nelson Cruz", "state"),
    # ... an office ending "of X" where X is no State ("Director General of Justice" is no
    # name of the nation "Justice")
    ("Speaking next Nelson Cruz, Director General of Justice, said that a new bill was under "
     "review.", "Nelson Cruz", "state"),
    ("Presenting the report, Anna Berg, Head of the Committee on Women and Family Relations "
     "of Chile, said that a new law on equality had been adopted.", "Anna Berg", "state"),
    # an unnamed member: "Un des experts", what they are charged with, a manner between the
    # verb and the speaker named after it (helpers' real French pages)
    ("Un des experts a relevé que la pauvreté des enfants restait élevée.",
     "unnamed committee expert", "committee"),
    ("L'un des quatre corapporteurs du Comité chargés de l'examen de ce rapport a relevé que "
     "la pauvreté des enfants restait élevée.", "unnamed committee expert", "committee"),
    ("Les chiffres des violences faites aux femmes sont en augmentation, a relevé avec "
     "inquiétude une experte.", "unnamed committee expert", "committee"),
    ("Le Comité souhaite savoir ce qui est fait contre les décès en institution, a fait "
     "savoir une experte.", "unnamed committee expert", "committee"),
    ("Pendant cet examen, des experts membres du Comité ont demandé si le Chili envisageait "
     "de ratifier le Protocole.", "unnamed committee expert", "committee"),
    # a French past participle before the speaker
    ("Priée de commenter les informations sur l'usage de la force, la délégation a déclaré "
     "que le calme était revenu.", "the delegation", "state"),
    # a speech named as a noun before the speaker's name is still his own turn
    ("Dans sa présentation du rapport, M. Paul Diallo, ministre de la justice du Chili, a "
     "indiqué que la loi avait été adoptée.", "Paul Diallo", "state"),
    # a member who speaks with the others; the interactive dialogue before the experts
    ("Kofi Mensah, Committee Expert and Leader of the Country Taskforce for Chile, and other "
     "Committee Experts welcomed the new sign language law.", "Kofi Mensah", "committee"),
    ("In the interactive dialogue Committee Experts commended Chile for hosting 900,000 "
     "refugee children.", "unnamed committee expert", "committee"),
    # initials written together after a comma ended no sentence
    ("Also introducing the report, R.T. Mamani, Director-General, Ministry of Health, said "
     "that 12 rehabilitation centres had opened.", "R.T. Mamani", "state"),
    # the Committee's rapporteurs together
    ("The Committee's Country Rapporteurs commended Chile for its reforms.",
     "unnamed committee expert", "committee"),
    # a person named right after "said" is what is said, no speaker
    ("Another Expert said Colonel Marta Ibáñez Soler, who had been acquitted of three "
     "killings, had been promoted.", "unnamed committee expert", "committee"),
    # the part of the dialogue before the experts, no comma
    ("In the ensuing discussion Committee Experts asked how many complaints had been "
     "received.", "unnamed committee expert", "committee"),
]


def test_a_member_asking_again_after_the_states_words_takes_the_paragraph_back() -> None:
    """"¶ She further asked whether ..." after a paragraph of the delegation's is the last
    member's (the question was lost in the delegation's turn); inside the delegation's
    paragraph a "she" stays the delegate's."""
    review = analyze_text(
        "The Committee this morning began its consideration of the report of Chile.\n\n"
        "Ms. Ana Lopez, Country Rapporteur, asked about the bill.\n\n"
        "The delegation said the bill was pending.\n\n"
        "She further asked whether the bill covered domestic workers.\n\n"
        "The delegation said the bill would be adopted. She asked whether the Committee "
        "would visit.\n")
    lopez = next(p.id for p in review.participants if p.name == "Ana Lopez")
    assert [review.turns[k].participant == lopez for k in (1, 2, 3, 4)] == [
        True, False, True, False]
    assert [q.asker for q in review.questions] == [lopez, lopez]


@pytest.mark.parametrize(("sentence", "label", "side"), REAL_FORMS)
def test_attribution_forms_of_real_releases(sentence: str, label: str, side: str) -> None:
    review = analyze_text(
        "The Committee this morning began its consideration of the report of Chile.\n\n"
        f"{sentence}\n")
    last = review.participant(review.turns[-1].participant)
    assert (last.label, last.side) == (label, side)
    assert review.turns[-1].span.slice(review.text) == sentence


def test_member_states_and_one_state_speak_for_the_states() -> None:
    """"Member States welcomed the briefing. One State sought the views of the Committee
    on ..." in a meeting with States parties: the States' words, not the Chair's."""
    review = analyze_text(
        "The Committee on Economic, Social and Cultural Rights today held a meeting with "
        "States parties.\n\nThe Chairperson, Ms. Ana Diaz, said the Committee had reviewed 12 "
        "reports.\n\nMember States welcomed the briefing. One State sought the views of the "
        "Committee on the length of the dialogues.\n")
    sides = [review.participant(t.participant).side for t in review.turns]
    assert sides == ["other", "committee", "state", "state"]


def test_a_french_quotation_then_its_asker_and_the_membership_in_the_present() -> None:
    """"« Expliquez-nous pourquoi ... », a lancé Mme Ines Kowal, membre du Comité." names
    the member who asks (she was lost, the request with her); "Les membres du Comité sont
    A (Chili), B ..." is the narrator's."""
    review = analyze_text(
        "Le Comité des droits de l'enfant a examiné aujourd'hui le rapport de la Valdonie.\n\n"
        "M. Paul Amegan, Ministre de la justice de la Valdonie, a présenté le rapport.\n\n"
        "« Expliquez-nous pourquoi le centre de Borava reste fermé », a lancé Mme Ines Kowal, "
        "membre du Comité.\n\nLes membres du Comité sont Ana Lopez (Chili) et Ben Osei "
        "(Ghana).\n")
    kowal = next(p for p in review.participants if p.name == "Ines Kowal")
    assert kowal.side == "committee"
    assert [(q.asker, q.text) for q in review.questions] == [
        (kowal.id, "Expliquez-nous pourquoi le centre de Borava reste fermé.")]
    last = review.participant(review.turns[-1].participant)
    assert last.roles == ("Narrator",)
    assert not any(p.name in ("Ana Lopez", "Ben Osei") for p in review.participants)


#: "The Expert" alone, first in its section: an unnamed member asks (the question was the
#: narrator's, so lost), in English and French.
THE_EXPERT_FIRST = (
    ("The Committee on the Rights of the Child today considered the report of Valdonia.\n\n"
     "Paul Amegan, Minister of Justice of Valdonia, presented the report.\n\nQuestions by "
     "Committee Experts\n\nThe Expert asked whether refugee children had access to health "
     "care.\n"),
    ("Le Comité des droits de l'enfant a examiné aujourd'hui le rapport de la Valdonie.\n\n"
     "M. Paul Amegan, Ministre de la justice de la Valdonie, a présenté le rapport.\n\n"
     "Questions et observations des membres du Comité\n\nL'experte a demandé si les enfants "
     "réfugiés avaient accès aux soins.\n"),
)


def test_the_expert_alone_is_a_member_of_the_committee() -> None:
    for text in THE_EXPERT_FIRST:
        review = analyze_text(text)
        askers = [review.participant(q.asker) for q in review.questions]
        assert [(p.side, p.name) for p in askers] == [("committee", None)], text
    # after a named expert, "The Expert" is her
    review = analyze_text(
        "The Committee on the Rights of the Child today considered the report of Valdonia.\n\n"
        "Ms. Ana Lopez, Committee Expert, asked about the budget.\n\nThe delegation said the "
        "budget had grown.\n\nThe Expert asked whether refugee children had access to care.\n")
    assert [review.participant(q.asker).name for q in review.questions] == ["Ana Lopez"] * 2


#: Sentences of older releases (invented in their forms) and who says each: the State's
#: collective forms, the Committee's with an aside, the head named in passing and
#: background the release adds (the narrator's).
OLDER_FORMS = (
    ("Members of the Chadian delegation said that prisons had been renovated.", "state"),
    ("The Committee Experts, among other things, said that the law was a concern.",
     "committee"),
    ("A Government delegation of Chad said that detention was rare.", "state"),
    ("Reforms were under way, Chad's delegation said today.", "state"),
    ("The delegation of Chad is headed by the Permanent Representative of Chad to the "
     "United Nations Office at Geneva, Karma Dorji.", "narrator"),
    ("Chad, as one of the 141 States parties to the Convention, must submit periodic reports "
     "to the Committee.", "narrator"),
    ("The Committee's conclusions on the report of Chad will be issued on Friday, 19 "
     "November.", "narrator"),
    # ... without the possessive (a helper's real 2001 release)
    ("Final, written concluding observations and recommendations on the report of Chad will "
     "be issued by the Committee towards the end of its three-week session.", "narrator"),
    # the State's people together, and a question put to them first
    ("Chadian officials said that corporal punishment was rarely used.", "state"),
    ("Queried on the issue of school fees, the representatives said that they were waived.",
     "state"),
    # views put forward by the members, with a word before the verb
    ("Several Committee experts nonetheless contended that fees should be abolished.",
     "committee"),
    ("Experts suggested that reports should not exceed 40 pages.", "committee"),
    ("Some members were of the view that reports should be shorter.", "committee"),
    # an initial that is also a word, a glottal stop, a State's office before "said"
    ("In presenting the report, Mr. A. Fifita, Prosecutor General of Chad, described the "
     "reforms.", "state"),
    ("Presenting the report, Mele ‘Otai, Director of Social Welfare of Chad, said that "
     "reforms were under way.", "state"),
    ("Introducing the report, Jonas Brecht, Director-General for Family Affairs of Chad said "
     "that reforms were under way.", "state"),
    # the release's background after a speaker
    ("As one of 191 States parties to the Convention, Chad is required to provide periodic "
     "reports.", "narrator"),
    ("Discussion this morning also focused on family environment and alternative care.",
     "narrator"),
)


def test_older_release_forms_open_the_right_turns() -> None:
    for sentence, side in OLDER_FORMS:
        review = analyze_text(
            "The Committee this morning began its consideration of the report of Chad.\n\n"
            f"Ms. Ana Lopez, Country Rapporteur, asked about the courts.\n\n{sentence}\n")
        last = review.turns[-1]
        who = review.participant(last.participant)
        assert last.span.slice(review.text) == sentence
        assert (who.side if who.roles != ("Narrator",) else "narrator") == side, sentence
        if "Dorji" in sentence:
            assert next(p for p in review.participants if p.name == "Karma Dorji").head_of_delegation


def test_the_expert_after_a_rapporteur_is_the_rapporteur_again() -> None:
    """"Le Comité, a ajouté la rapporteuse, salue X. Il regrette Y, a indiqué l'experte.":
    "l'experte" refers back to the member speaking (an office of any name), not to an
    unnamed one; "les régions dites anglophones" asks nothing."""
    review = analyze_text(
        "Le Comité a examiné le rapport du Cameroun.\n\nMme Ana Stavros, rapporteuse pour le "
        "Cameroun, a relevé des violences dans les régions dites anglophones. Le Comité, a "
        "indiqué un de ses membres, a eu connaissance d'allégations. Le Comité, a ajouté la "
        "rapporteuse, salue l'accueil des réfugiés. L'État est invité à agir, a indiqué "
        "l'experte.\n")
    stavros = next(p.id for p in review.participants if p.name == "Ana Stavros")
    assert review.turns[-1].participant == stavros
    assert review.questions == ()


#: French releases: the State's adjective in its other forms, an adverb of two words, the
#: Committee by its acronym or a demonstrative, many experts together (a French round).
FRENCH_FORMS = (
    ("La délégation belge a souligné que 12 centres avaient ouvert.", "state"),
    ("La délégation malgache a pour sa part indiqué que la loi était appliquée.", "state"),
    ("La délégation française a indiqué que la loi était appliquée.", "state"),
    ("La délégation haïtienne a précisé que le plan était en cours.", "state"),
    ("Les experts du CEDAW ont salué les progrès accomplis.", "committee"),
    ("Nombre d'experts ont salué la loi sur la parité.", "committee"),
    ("Omar Sy, membre de ce comité, a déclaré que la situation était grave.", "committee"),
    ("Lors de la séance de clôture, la Présidente du Comité Mme Ana Ruiz a indiqué que le "
     "Comité avait travaillé.", "committee"),
    ("De nombreux experts se sont demandé pourquoi le Gabon n'avait pas adopté la loi, et "
     "ils se sont inquiétés des retards.", "committee"),
)


def test_french_forms_open_the_right_turns() -> None:
    for sentence, side in FRENCH_FORMS:
        review = analyze_text(
            "Le Comité des droits de l'enfant a examiné le rapport du Gabon.\n\n"
            f"M. Jean Dupont, rapporteur pour le Gabon, a demandé des précisions.\n\n"
            f"La délégation gabonaise a dit que tout allait bien.\n\n{sentence}\n")
        last = review.turns[-1]
        assert last.span.slice(review.text) == sentence
        assert review.participant(last.participant).side == side, sentence
    # the question asked by many ends where their own statement begins
    assert review.questions[-1].text == "Pourquoi le Gabon n'avait pas adopté la loi ?"
