"""Answer links: topical blocks, block matching, the order prior, coverage, explicit
no-answer decisions, and the floors on the sample."""

from __future__ import annotations

import json
import re
import sys
import timeit

import pytest

from conftest import GOLD, SHARED, analyze_text, needs_shared
from treatyscope.model import AnswerLink, Review, Span
from treatyscope.pipeline.a_blocks import build_material, paragraph_starts, sentence_cues
from treatyscope.pipeline.answers import build_answers, rarity
from treatyscope.pipeline.q_lexical import Index, concept_map, stem, terms
from treatyscope.pipeline.q_link import order_factor
from treatyscope.pipeline.questions import lede_section

DIALOGUE = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said detention of migrants was a concern. How many migrants were held in detention centres? What alternatives to detention existed for children? Was there a law on domestic workers? What measures protected girls from forced marriage, child labour and sexual exploitation?
A Committee Expert asked about the voting rights of citizens living abroad.
Responses by the Delegation
The delegation said 1,200 migrants were held in three detention centres in 2023. Children were placed with foster families as an alternative to detention. Citizens abroad could vote in consulates during elections. The domestic economy had grown by three per cent. Girls were protected from forced marriage by the Family Code.
"""


@pytest.fixture(scope="module")
def dialogue() -> Review:
    return analyze_text(DIALOGUE)


def link(review: Review, start: str) -> AnswerLink:
    """The answer link of the question whose first mention starts with ``start``."""
    q = next(q for q in review.questions if review.text[q.mentions[0].start:].startswith(start))
    return next(a for a in review.answers if a.question == q.id)


def linked(review: Review, answer: AnswerLink) -> list[str]:
    return [review.text[s.start : s.end] for s in answer.spans]


def blocks_of(review: Review) -> list[list[str]]:
    """The delegation's topical blocks, as lists of sentence openings."""
    first = min(q.mentions[0].start for q in review.questions)
    material, _ = rarity(review, lede_section(review), first)
    return [[review.text[material.candidates[i].span.start:][:30] for i in b.members]
            for b in material.blocks]


# ------------------------------------------------------------------ basics
def test_one_link_per_question_in_order(dialogue: Review) -> None:
    assert [a.question for a in dialogue.answers] == [q.id for q in dialogue.questions]
    for a in dialogue.answers:
        assert a.status in ("answered", "partial", "not_answered")
        assert (a.status == "not_answered") == (not a.spans)
        assert 0.0 <= a.confidence <= 1.0


def test_matching_statement_answers(dialogue: Review) -> None:
    a = link(dialogue, "How many migrants")
    assert a.status == "answered"
    assert linked(dialogue, a)[0].startswith("The delegation said 1,200 migrants")
    assert {"detent", "migr"} <= set(a.evidence["matched_terms"])
    assert "missing_terms" in a.evidence and "covered" in a.evidence
    assert a.evidence["seed_score"] > 0


def test_each_question_finds_its_own_sentence(dialogue: Review) -> None:
    a = link(dialogue, "What alternatives")
    assert any(s.startswith("Children were placed") for s in linked(dialogue, a))
    v = link(dialogue, "A Committee Expert asked about the voting")
    assert v.status != "not_answered"
    assert linked(dialogue, v) == ["Citizens abroad could vote in consulates during elections."]


def test_answers_are_delegation_sentences(dialogue: Review) -> None:
    state = {p.id for p in dialogue.participants if p.side == "state"}
    for a in dialogue.answers:
        for span in a.spans:
            turn = dialogue.turn_at(span.start)
            assert turn is not None and turn.participant in state


# ------------------------------------------------------------------ blocks
BLOCKS = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked what services were available to migrants with HIV. How were remittances transferred? What was the situation on the labour market?
Responses by the Delegation
The delegation said migrants with HIV received medication for 12 months. These services were free of charge. Remittances reached 2 billion dollars in 2022. Most remittances were transferred through banks. Regarding the labour market, builders were in demand. Textile factories also lacked builders.
"""


def test_responses_are_cut_into_topical_blocks() -> None:
    review = analyze_text(BLOCKS)
    assert blocks_of(review) == [
        ["The delegation said migrants w", "These services were free of ch"],
        ["Remittances reached 2 billion ", "Most remittances were transfer"],
        ["Regarding the labour market, b", "Textile factories also lacked "],
    ]


PARAGRAPHS = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked how torture was defined in the Criminal Code. Was torture subject to a statute of limitations?
Responses by the Delegation
The delegation said article 243 defined torture as the Convention did. Its scope extended to auxiliary investigators acting unofficially.

Auxiliary investigators faced a limitation period of 15 years. The limitation period would be abolished.
"""


def test_a_paragraph_of_the_responses_is_a_block() -> None:
    # the rare "auxiliary investigators" joins the definition and the limitation period into
    # one topic in flattened text; the blank line the delegation's text keeps says it changed
    assert blocks_of(analyze_text(PARAGRAPHS)) == [
        ["The delegation said article 24", "Its scope extended to auxiliar"],
        ["Auxiliary investigators faced ", "The limitation period would be"],
    ]
    flat = PARAGRAPHS.replace("unofficially.\n\n", "unofficially. ")
    assert len(blocks_of(analyze_text(flat))) == 1
    # a paragraph that opens by continuing ("These ...") joins the one before; a
    # demonstrative later in its first sentence resumes what was asked, and does not
    these = PARAGRAPHS.replace("\n\nAuxiliary investigators", "\n\nThese investigators")
    assert len(blocks_of(analyze_text(these))) == 1
    later = PARAGRAPHS.replace("\n\nAuxiliary investigators",
                               "\n\nThe delegation added that such investigators")
    assert len(blocks_of(analyze_text(later))) == 2


def test_paragraph_breaks_are_blank_lines_where_lines_are_wrapped() -> None:
    def spans(text: str) -> list[Span]:
        starts = [0, *(m.end() for m in re.finditer(r"\.\s+", text))]
        return [Span(a, text.index(".", a) + 1) for a in starts]

    lines = "One fact. A second.\nA third. A fourth.\n\nA fifth. A sixth."
    assert paragraph_starts(lines, spans(lines)) == [False, False, True, False, True, False]
    wrapped = "One\nfact. A second.\nA third. A\nfourth.\n\nA fifth. A sixth."
    assert paragraph_starts(wrapped, spans(wrapped)) == [False, False, False, False, True,
                                                         False]
    # a text broken after every sentence says nothing about topics
    every = "One fact.\n\nA second.\n\nA third."
    assert paragraph_starts(every, spans(every)) == [False, False, False]


def test_sentence_cues_read_the_wording() -> None:
    assert sentence_cues("These services were free of charge.").refers_back
    assert sentence_cues("For 2024, it would be 25,000.").refers_back
    assert sentence_cues("Individual meetings took place in this context.").refers_back
    assert not sentence_cues("Earlier this year, a roundtable was held.").refers_back
    # a pronoun subject after a short time adverbial, with no comma
    assert sentence_cues("Since 1998 it had handled 6,900 cases.").refers_back
    # a part of what was just counted
    assert sentence_cues("All of them had been placed in the two shelters.").refers_back
    assert sentence_cues("La plupart d'entre eux ont été relâchés.").refers_back
    assert sentence_cues("Depuis 2019 elle a reçu 300 plaintes.").refers_back
    # ... or counted among them (probe G)
    assert sentence_cues("Among them, 1,870 cases had led to a conviction.").refers_back
    assert sentence_cues("Parmi celles-ci, 1 870 affaires ont abouti.").refers_back
    assert not sentence_cues("Among the new measures was a hotline.").refers_back
    assert not sentence_cues("In the prisons there were 300 detainees.").refers_back
    # a pronoun that names the speaker of a new statement refers back to no topic
    assert sentence_cues("Elle a été adoptée en 2019.").refers_back
    assert not sentence_cues("Elle précise par ailleurs que 12 % des sièges étaient occupés.").refers_back
    assert not sentence_cues("Il a indiqué que la loi avait changé.").refers_back
    assert sentence_cues("Regarding the labour market, builders were in demand.").opens_topic
    assert sentence_cues("On hate speech, article 239 covered it.").opens_topic
    assert not sentence_cues("On 3 May, the law was adopted.").opens_topic
    assert not sentence_cues("On the other hand, costs rose.").opens_topic
    # a reply announced opens a topic too
    assert sentence_cues("Responding to a question on children born abroad, the delegation "
                         "said they could be registered.").opens_topic
    assert sentence_cues("In reply to an earlier question, the poverty rate was 7 per cent.").opens_topic
    assert not sentence_cues("In response, the Government acted.").opens_topic
    assert sentence_cues("Over 900 cases were identified.").number
    # French words for numbers and data, as the English ones
    assert sentence_cues("Il n'existe pas encore de statistiques fiables.").number
    assert sentence_cues("Plusieurs milliers d'enfants travaillent.").number
    assert not sentence_cues("La loi a été adoptée.").number


def test_a_block_answers_with_its_continuations() -> None:
    review = analyze_text(BLOCKS)
    hiv = link(review, "ANA LOPEZ")
    assert hiv.status == "answered"
    assert linked(review, hiv) == [
        "The delegation said migrants with HIV received medication for 12 months.",
        "These services were free of charge."]


LISTED = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked about the number of children with disabilities out of school, the availability of assistive devices, and the training of teachers in inclusive education.
Responses by the Delegation
The delegation said that 18,700 children with disabilities were out of school in 2023, and 4,900 assistive devices had been distributed.
"""


def test_a_word_that_answers_one_listed_item_stands_for_no_other() -> None:
    # "school" answers "out of school"; through its family it also stood for "the training
    # of teachers", which the reply never mentions: one item of three is untouched
    assert link(analyze_text(LISTED), "ANA LOPEZ").status == "partial"


FIGURE = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked how many forced evictions had taken place in Roma settlements in 2018.
Responses by the Delegation
The delegation said that {reply}
"""


@pytest.mark.parametrize(("reply", "status"), [
    ("the Constitution prohibited forced evictions from Roma settlements, which could be "
     "carried out only under a court order.", "not_answered"),
    ("in 2018, 312 forced evictions had taken place in Roma settlements.", "answered"),
    ("no data on forced evictions in Roma settlements were collected.", "answered"),
    # a duration is no count of evictions, in digits or in words
    ("forced evictions from Roma settlements would be prohibited within five years.",
     "not_answered"),
    # a year is a date, not the figure asked for; "no eviction had been" is one: none
    ("the 2016 Constitution prohibited forced evictions from Roma settlements after 2018.",
     "not_answered"),
    ("no forced eviction had been carried out in Roma settlements in 2018.", "answered"),
])
def test_a_question_asking_for_a_figure_needs_one_or_its_absence(reply: str, status: str) -> None:
    review = analyze_text(FIGURE.format(reply=reply))
    assert link(review, "ANA LOPEZ").status == status


LENGTH = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked how long migrants could be held in the detention centres of the Migration Institute.
Responses by the Delegation
The delegation said that {reply}
"""


@pytest.mark.parametrize(("reply", "status"), [
    # a figure that is no length of time
    ("2,300 migrants had been held in the detention centres of the Migration Institute in "
     "2023.", "not_answered"),
    ("migrants could be held in the detention centres of the Migration Institute for up to "
     "36 hours.", "answered"),
])
def test_a_question_asking_how_long_needs_a_length_of_time(reply: str, status: str) -> None:
    """'How long could migrants be held?' is not answered by how many were held, as 'how
    many' is not answered by a sentence without a figure."""
    review = analyze_text(LENGTH.format(reply=reply))
    assert link(review, "ANA LOPEZ").status == status


TIME = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked when the Anti-Discrimination Bill would be adopted by Parliament.
Responses by the Delegation
The delegation said that {reply}
"""


@pytest.mark.parametrize(("reply", "status"), [
    ("the Anti-Discrimination Bill was the subject of consultations, and Parliament would "
     "adopt it.", "partial"),
    ("the Anti-Discrimination Bill would be adopted by Parliament by the end of 2025.",
     "answered"),
    ("Parliament would adopt the Anti-Discrimination Bill within six months.", "answered"),
    # a clear negative answers (gold README)
    ("the Anti-Discrimination Bill was before Parliament, but no date had yet been set for "
     "its adoption.", "answered"),
])
def test_a_question_asking_when_is_answered_in_full_by_a_time(reply: str, status: str) -> None:
    """'When would the bill be adopted?' is answered in part by what was done about the bill,
    in full only when a time is given, or when the delegation says none has been set."""
    from treatyscope.pipeline.answers import _NO_TIME_SET

    assert _NO_TIME_SET.search("aucune date n'a encore été fixée pour son adoption")
    review = analyze_text(TIME.format(reply=reply))
    assert link(review, "ANA LOPEZ").status == status


IMPACT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said that the Labour Code had been amended in 2021. {question}
Responses by the Delegation
The delegation said that {reply}
"""
IMPACT_FR = """Questions et observations des membres du Comité
MME ANA LOPEZ, rapporteuse pour le pays, a relevé que le Code du travail avait été modifié en 2021. Elle a demandé si une étude d'impact de la réforme du Code du travail avait été réalisée pour les travailleurs domestiques.
Réponses de la délégation
La délégation a indiqué que {reply}
"""
_MEASURES = ("the amendments to the Labour Code gave domestic workers written contracts and "
             "weekly rest days.")


@pytest.mark.parametrize(("question", "reply", "status"), [
    # the measures described, not what they did: in part
    ("What had been the impact of the amendments to the Labour Code on domestic workers?",
     _MEASURES, "partial"),
    ("What had been the impact of the amendments to the Labour Code on domestic workers?",
     "since the amendments to the Labour Code, complaints by domestic workers had fallen "
     "by a third.", "answered"),
    # whether an assessment was made: measures alone leave it unanswered
    ("Had the State carried out an assessment of the amendments to the Labour Code for "
     "domestic workers?", _MEASURES, "not_answered"),
    ("Had the State carried out an assessment of the amendments to the Labour Code for "
     "domestic workers?", "a study of the amendments to the Labour Code for domestic "
     "workers would be published in 2025.", "answered"),
    (None, "la réforme du Code du travail donnait aux travailleurs domestiques des contrats "
     "écrits et un jour de repos hebdomadaire.", "not_answered"),
    # (an assessment named: linked; how much it covers decides the rest)
    (None, "une évaluation de la réforme du Code du travail pour les travailleurs domestiques "
     "serait publiée en 2025.", "partial"),
    # why: a reason, not figures on what was asked about
    ("Why had the amendments to the Labour Code excluded domestic workers from the minimum "
     "wage?", "the amendments to the Labour Code excluded 120,000 domestic workers from the "
     "minimum wage.", "partial"),
    ("Why had the amendments to the Labour Code excluded domestic workers from the minimum "
     "wage?", "the amendments to the Labour Code excluded domestic workers from the minimum "
     "wage because their pay was set by a separate decree.", "answered"),
])
def test_impact_and_assessment_questions_need_what_they_ask(question: str | None, reply: str,
                                                             status: str) -> None:
    """'What was the impact of X?' is answered in full only by an effect reported, not by a
    description of X; 'Had the State assessed X?' ('si une étude d'impact avait été
    réalisée') is not answered without an assessment; 'Why ...?' is answered in full by a
    reason only."""
    if question is None:
        review = analyze_text(IMPACT_FR.format(reply=reply))
    else:
        review = analyze_text(IMPACT.format(question=question, reply=reply))
    (answer,) = review.answers
    assert answer.status == status


NOT_A_COUNT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said that racist offences were rarely reported. {question}
Responses by the Delegation
The delegation said that {reply}
"""


@pytest.mark.parametrize(("question", "reply"), [
    # measures asked for: "the number of" is their object, no figure is asked
    ("What measures would the State take to close the gap between the number of victims "
     "and the number of complaints of racist offences?",
     "to close the gap between victims and complaints of racist offences, an online "
     "complaint service had been opened."),
    # a French participle, no "données" (data)
    ("Quelles suites le Gouvernement a-t-il données à la décision du Conseil d'État sur les "
     "contrôles d'identité ?",
     "à la suite de la décision du Conseil d'État sur les contrôles d'identité, le "
     "Gouvernement avait formé les policiers."),
    ("Elle s'est enquise des suites données aux allégations de mauvais traitements lors "
     "des manifestations de juin 2022.",
     "concernant les manifestations de juin 2022, une commission d'enquête sur les "
     "allégations de mauvais traitements avait été mise en place."),
    # an article named as the legal basis of a count need not be cited by its answer
    ("How many convictions for racist offences had been handed down under article 225 of "
     "the Penal Code?", "1,358 convictions for racist offences had been handed down in 2022."),
])
def test_what_a_question_names_in_passing_is_not_required_of_its_answer(question: str,
                                                                        reply: str) -> None:
    """No figure is required where the number is the object of measures asked for, nor
    the article a count is asked under."""
    review = analyze_text(NOT_A_COUNT.format(question=question, reply=reply))
    assert link(review, question[:20]).status != "not_answered"


COUNT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said that victims were often pressed to settle with the perpetrator. How many shelters were there?
Responses by the Delegation
On domestic violence, the delegation said that mediation was prohibited for serious offences under the 2005 law. {reply}
"""


@pytest.mark.parametrize(("reply", "status"), [
    ("There were currently 11 shelters run by non-governmental organizations.", "answered"),
    ("There were currently 11 crisis centres run by non-governmental organizations.",
     "not_answered"),
])
def test_a_count_of_the_one_thing_asked_answers_how_many(reply: str, status: str) -> None:
    """'How many shelters were there?' shares one word with '11 shelters', and the figure
    counts it: the second term an answer must share."""
    review = analyze_text(COUNT.format(reply=reply))
    count = next(q for q in review.questions if q.text.startswith("How many shelters"))
    answer = next(a for a in review.answers if a.question == count.id)
    assert answer.status == status
    if status == "answered":
        assert [s.slice(review.text) for s in answer.spans] == [reply]


def test_a_count_of_what_was_asked_outranks_a_block_on_the_premise_only() -> None:
    """The best block answers the sibling question (the Convention before the courts) and
    shares none of the words of 'how many staff'; the next one counts the staff."""
    review = analyze_text(
        "Questions by Committee Experts\nMARTA RIVAS, Committee Expert, asked whether the "
        "Convention could be invoked directly before the courts. What was the budget of the "
        "State Committee, and how many staff did it have?\nResponses by the Delegation\n"
        "RUSLAN GULIYEV, Deputy Minister of Justice, said that the Convention formed part of "
        "domestic law and could be invoked before the courts. In 2012, 214 perpetrators of "
        "domestic violence had been convicted.\nThe delegation said that the State Committee "
        "had 64 staff members. Two of the four shelters were funded by the State.\n")
    staff = next(q for q in review.questions if q.text.startswith("How many staff"))
    answer = next(a for a in review.answers if a.question == staff.id)
    assert answer.status == "answered"
    assert [s.slice(review.text) for s in answer.spans] == [
        "The delegation said that the State Committee had 64 staff members."]


ANTECEDENT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked why the State had not acceded to International Labour Organization Convention 189.
Responses by the Delegation
The delegation said the labour law did not define domestic workers, but a definition was being drafted. Once this was prepared, the State would accede to International Labour Organization Convention 189. Roads were repaired in the capital.
"""


def test_a_sentence_that_refers_back_brings_its_antecedent() -> None:
    review = analyze_text(ANTECEDENT)
    a = link(review, "ANA LOPEZ")
    assert a.status == "answered"
    assert linked(review, a)[0].startswith("The delegation said the labour law")
    assert linked(review, a)[1].startswith("Once this was prepared")
    assert len(a.spans) == 2


PREMISE = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said voting rights of citizens abroad were a key issue. Were there any new steps being taken to resolve this issue?
Responses by the Delegation
The delegation said the economy had grown by four per cent. Citizens abroad could vote in consulates. A pilot allowed voters to vote on smart phones.
"""


def test_a_question_that_refers_back_reads_its_premise() -> None:
    review = analyze_text(PREMISE)
    a = link(review, "Were there any new steps")
    assert a.status != "not_answered"
    assert "vot" in a.evidence["matched_terms"]  # a word of the premise only
    assert linked(review, a)[0] == "Citizens abroad could vote in consulates."
    assert not any("economy" in s for s in linked(review, a))


LATER = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked how many guardians had been appointed for children whose parents worked abroad.
Responses by the Delegation
The delegation said the economy had grown.
Questions by Committee Experts
A Committee Expert asked about the budget of the Ministry of Labour.
Responses by the Delegation
The delegation said 3,000 guardians had been appointed for children whose parents worked abroad. The budget of the Ministry of Labour had doubled.
"""


def test_an_answer_may_come_a_round_late() -> None:
    review = analyze_text(LATER)
    a = link(review, "ANA LOPEZ")
    assert a.status == "answered"
    assert linked(review, a) == ["The delegation said 3,000 guardians had been appointed for "
                                 "children whose parents worked abroad."]


# ------------------------------------------------------------------ order prior
ORDER = """Questions by Committee Experts
A Committee Expert asked about teacher training in prisons. Another Expert asked about teacher training in prisons.
Responses by the Delegation
The delegation said teacher training in prisons had started in 2020. Roads were repaired. Bridges were built. Hospitals were opened. Teacher training in prisons was expanded in 2022.
"""


def test_order_prior_prefers_the_expected_position() -> None:
    assert order_factor(0.0, 0.0) == pytest.approx(1.0)
    assert order_factor(0.0, 1.0) < order_factor(0.0, 0.3) < 1.0
    review = analyze_text(ORDER)
    first, second = review.answers
    assert linked(review, first) == [
        "The delegation said teacher training in prisons had started in 2020."]
    assert linked(review, second) == ["Teacher training in prisons was expanded in 2022."]


# ------------------------------------------------------------------ coverage
PARTIAL = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked why the State had not ratified International Labour Organization Conventions 181 and 189.
Responses by the Delegation
The delegation said domestic workers were not yet defined in the labour law. Once this was done, the State would ratify International Labour Organization Convention 189.
"""


def test_an_answer_that_misses_a_named_item_is_partial() -> None:
    review = analyze_text(PARTIAL)
    a = link(review, "ANA LOPEZ")
    assert a.status == "partial"
    assert a.evidence["covers"] == "part"
    assert "181" in a.evidence["missing_terms"]
    assert len(a.spans) == 2


def test_an_answer_that_covers_the_question_is_answered(dialogue: Review) -> None:
    a = link(dialogue, "How many migrants")
    assert a.evidence["covers"] == "all"
    assert a.evidence["covered"] >= 0.5


# ------------------------------------------------------------------ no answer
def test_a_shared_keyword_is_not_an_answer(dialogue: Review) -> None:
    a = link(dialogue, "Was there a law on domestic workers")
    assert a.status == "not_answered"
    assert a.spans == ()
    assert "best_score" in a.evidence


NOT_SPOKEN_OF = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked whether the Ombudsperson had visited places where migrants were accommodated. Was the Commission able to protect migrant workers abroad? Could information be provided on children of nomadic families?
Responses by the Delegation
The delegation said migrants were informed of their rights on arrival. Migrant workers abroad could call a hotline that protected them. A pilot project on the status of digital nomads was launched.
"""


@pytest.mark.parametrize("start", ["ANA LOPEZ", "Was the Commission able",
                                   "Could information be provided on children"])
def test_what_the_delegation_never_spoke_of_is_not_answered(start: str) -> None:
    review = analyze_text(NOT_SPOKEN_OF)
    a = link(review, start)
    assert a.status == "not_answered"
    assert a.spans == ()
    assert a.evidence["reason"] in ("not spoken of", "name not mentioned", "weak")


def test_a_named_body_never_mentioned_decides_despite_shared_words() -> None:
    review = analyze_text(NOT_SPOKEN_OF)
    a = link(review, "Was the Commission able")
    assert a.evidence["reason"] == "name not mentioned"
    assert a.evidence["unmentioned_names"] == ["commis"]  # which name: what to check
    assert a.evidence["best_score"] > 1.0  # "protect", "migrant workers abroad" are shared


@pytest.mark.parametrize(("text", "question"), [
    # "..., as proposed in a bill before Congress" says where the plan comes from; the answer
    # speaks of the plan, not of Congress
    ("Questions by Committee Experts\nANA LOPEZ, Committee Expert, said the report was "
     "frank. She wanted to know whether the Government still intended to lower the minimum "
     "age of criminal responsibility, as proposed in a bill before Congress.\n"
     "Responses by the Delegation\nThe delegation said the Government did not intend to "
     "lower the minimum age of criminal responsibility, which remained 15 years.\n",
     "She wanted to know"),
    # "the replies to paragraph 22" say where the Expert read a figure: the answer on the
    # education budget needs no "paragraph 22" (an article of a law still must be named)
    ("Questions by Committee Experts\nMARTA NOVAK, Committee Expert and Country Rapporteur, "
     "said the dropout rate of secondary school pupils was high. Had the State party "
     "considered increasing the education budget, which the replies to paragraph 22 put at "
     "3.4 per cent of gross domestic product?\nResponses by the Delegation\nThe delegation "
     "said the education budget would be increased to 4 per cent of gross domestic product "
     "in 2025.\n", "Had the State party"),
])
def test_where_a_question_s_idea_or_figure_comes_from_is_no_name_to_repeat(
        text: str, question: str) -> None:
    assert link(analyze_text(text), question).status == "answered"


#: Questions that measure what they ask about against a standard, and an answer on the
#: thing itself that does not name the standard again.
AGAINST_A_STANDARD = [
    ("Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said civil society was "
     "active. He also asked whether there were plans to establish a national human rights "
     "institution in line with the Paris Principles.\nResponses by the Delegation\nThe "
     "delegation said the Government was preparing the establishment of a national human "
     "rights institution, to be set up in 2025.\n", "He also asked"),
    ("Questions by Committee Experts\nMARTA NOVAK, Committee Expert, said juvenile detention "
     "was common. Did the State party intend to raise the minimum age of criminal "
     "responsibility to at least 14 years, in line with the Committee's general comment No. "
     "24?\nResponses by the Delegation\nThe delegation said the Government did not intend to "
     "raise the minimum age of criminal responsibility, which had been set at 12 years in "
     "2022.\n", "Did the State party"),
    ("Questions et observations des membres du Comité\nMME ANA LOPEZ, rapporteuse, a déclaré "
     "que la société civile était active. Elle a demandé si l'institution nationale des droits "
     "de l'homme serait rendue conforme aux Principes de Paris.\nRéponses de la délégation\n"
     "La délégation a indiqué que l'institution nationale des droits de l'homme serait "
     "réformée en 2025 afin de renforcer son indépendance.\n", "Elle a demandé"),
    # ... nor is a person the question names, nor who promised or estimated something
    # (probes 309, 320)
    ("Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said relief was slow. "
     "He asked for clarification on the figure of 1,426 families, since Mr. Marrero Zapata "
     "had used a different figure.\nResponses by the Delegation\nThe delegation said that "
     "1,426 was the correct number of families who had received interim relief.\n",
     "He asked for"),
    ("Le Comité pour l'élimination de la discrimination raciale a examiné aujourd'hui le "
     "rapport du Chili.\nQuestions et observations des membres du Comité\nM. PATRICK "
     "THORNBERRY, rapporteur, a "
     "salué le dialogue. Il a demandé si le Chili envisageait de reconnaître les peuples "
     "autochtones dans la Constitution, comme l'avait promis la Présidente de la République."
     "\nRéponses de la délégation\nLe représentant a indiqué que le Gouvernement a présenté "
     "en 2007 un projet de réforme constitutionnelle visant à reconnaître les peuples "
     "autochtones.\n", "Il a demandé"),
    # a standard the provision is to be brought "into line with", a recommendation "as the
    # Committee had recommended in" (probe 334)
    ("Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said detention was "
     "long. Did the State party intend to amend the provision on police custody to bring it "
     "into line with article 9 of the Covenant?\nResponses by the Delegation\nThe delegation "
     "said there were no plans to amend the provision on police custody.\n", "Did the State"),
    ("Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said journalists were "
     "sued. Would the State party consider decriminalizing libel, as the Committee had "
     "recommended in its general comment No. 34?\nResponses by the Delegation\nThe "
     "delegation said a bill decriminalizing libel was pending before the Senate.\n",
     "Would the State"),
    # what a relative clause names describes who the question is about (probe 335)
    ("Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said domestic work was "
     "unprotected. He asked what measures protected women migrant workers employed in "
     "domestic work, many of whom came from Colombia and Venezuela.\nResponses by the "
     "Delegation\nThe delegation said women migrant workers employed in domestic work "
     "enjoyed the same protection as nationals under the Labour Code.\n", "He asked"),
]


def test_examples_a_question_names_are_owed_in_part() -> None:
    """"..., in particular girls from Madhesi and Muslim communities": an answer that does
    not name the examples answers in part; it had been vetoed (probe 344)."""
    answer = link(analyze_text(
        "Questions by Committee Experts\nLUIS ORTEGA, Committee Expert, said enrolment had "
        "risen. Why were so many children, in particular girls from Madhesi and Muslim "
        "communities, still out of school?\nResponses by the Delegation\nThe delegation said "
        "that children were out of school because of poverty and child labour, and the "
        "Welcome to School campaign had brought many back.\n"), "Why were")
    assert answer.status == "partial" and len(answer.spans) == 1


@pytest.mark.parametrize(("text", "question"), AGAINST_A_STANDARD)
def test_a_standard_is_no_name_the_answer_must_repeat(text: str, question: str) -> None:
    answer = link(analyze_text(text), question)
    assert answer.evidence.get("reason") != "name not mentioned"
    assert answer.status != "not_answered" and len(answer.spans) == 1


def test_no_delegation_text_means_no_answers() -> None:
    review = analyze_text("Questions by Committee Experts\nANA LOPEZ, Committee Expert and "
                          "Country Rapporteur, said prisons were full. Was there a plan?\n")
    assert [a.status for a in review.answers] == ["not_answered"] * len(review.questions)
    assert review.questions


LEDE_AND_PRESENTATION = """The Committee on Migrant Workers today concluded its consideration of the report of Examplestan. A Committee Expert asked whether the quota system would change? The delegation said the annual quota system would change next year.
Presentation of Report
JOHN SMITH, Minister of Labour and head of delegation, presenting the report, said the quota system would change next year.
Questions by Committee Experts
MARIA LOPEZ, Committee Expert and Country Rapporteur, said quotas mattered. Would the quota system change? Was there a policy to channel remittances?
Responses by the Delegation
The delegation said a policy on remittances had been adopted in 2021, channelling remittances through banks.
"""


def test_lede_and_presentation_never_answer() -> None:
    review = analyze_text(LEDE_AND_PRESENTATION)
    quota = link(review, "Would the quota system change")
    assert quota.status == "not_answered"
    remittances = link(review, "Was there a policy to channel")
    assert remittances.status == "answered"


# ------------------------------------------------------------------ lexical
@pytest.mark.parametrize(("question", "refers_back"), [
    ("What had been done to ensure that migrants had access to vaccination?", False),
    ("Was it true that victims were compensated?", False),
    ("What services, such as shelters, were available to victims?", False),
    ("Si l'État partie envisageait d'y renoncer.", True),  # the clitic "y"
    ("Y a-t-il une loi sur la traite ?", False),  # "il y a": there is
    ("What was done about that figure?", True),
    ("How was that possible?", True),
])
def test_that_refers_back_as_a_pronoun_not_as_a_conjunction(question: str,
                                                            refers_back: bool) -> None:
    # "ensure that migrants ..." opens a clause: reading it as "that (thing said before)"
    # bound the question to the previous one's words
    from treatyscope.pipeline.q_link import question_parts

    assert question_parts(question)[2] is refers_back


def test_how_long_asks_for_a_figure() -> None:
    from treatyscope.pipeline.q_link import question_parts

    assert question_parts("How long did the asylum procedure take?")[3]
    assert question_parts("Combien de temps durait la procédure ?")[3]


@pytest.mark.parametrize(("question", "asks"), [
    ("What was the budget of the national nutrition programme?", True),
    ("What share of the police budget was devoted to training?", True),
    ("Quel était le taux de couverture de la population ?", True),
    ("Could statistics on complaints be provided?", True),
    # a reason, or whether data exist, is no figure
    ("Why had the enrolment rate fallen despite the larger budget?", False),
    ("Whether data disaggregated by ethnic origin would be collected.", False),
    ("Si des données ventilées seraient collectées lors du recensement.", False),
    ("Quel est le pourcentage de femmes rurales ayant accès à la propriété foncière ?", True),
    ("About the number of children left behind by migrating parents.", True),
    ("What measures were taken to increase the number of women in Parliament?", False),
    # a number the question states is no number it asks for
    ("Si les enfants des rues, dont le nombre est estimé à 5 000, étaient scolarisés.", False),
    ("About the children left behind, noting that NGOs estimated their number at 250,000.",
     False),
])
def test_an_amount_or_data_asked_for_is_a_figure(question: str, asks: bool) -> None:
    from treatyscope.pipeline.q_link import question_parts

    assert question_parts(question)[3] is asks


def test_what_a_statement_says_it_leaves_out_is_no_term_of_it() -> None:
    from treatyscope.pipeline.a_blocks import _said

    assert _said("The delegation described the plan, without specifying how many children "
                 "were out of school.") == "The delegation described the plan."
    assert _said("La délégation a évoqué 200 écoles, sans toutefois préciser combien "
                 "d’enfants restaient déscolarisés.") == "La délégation a évoqué 200 écoles."


def test_what_gives_a_figure() -> None:
    from treatyscope.pipeline.a_blocks import gives_number

    figures = ["About a third of the budget went to field searches.",
               "Les deux tiers des écoles étaient accessibles.",
               "No complaint had been received.", "Aucune plainte n’avait été enregistrée.",
               "No person had so far been charged under the Act.",
               "Quatorze agents de l'État ont été suspendus.",
               "Fifteen officers had been dismissed.", "Twenty-three cases were open.",
               "15. No children had been found working in the cotton fields.",
               "Une vingtaine de fosses communes restaient à exhumer.",
               "Aucun enfant n'est détenu au Mali pour des motifs liés à la migration."]
    no_figures = ["The 2007 law was amended in 2016.", "There was no law on it.",
                  "Le centre n'est pas encore ouvert.",
                  "8.Selon la délégation, le secteur informel reste important."]
    assert [s for s in figures if not gives_number(s)] == []
    assert [s for s in no_figures if gives_number(s)] == []


def test_honorifics_approximators_and_french_function_words_are_no_terms() -> None:
    words = terms("Mme Belkacem a demandé si, pendant la garde à vue, chaque détenu avait "
                  "accès dès son arrestation à quelque 60 avocats contre la torture").words
    assert not words & {"mme", "pend", "chaqu", "dès", "quelqu", "contr", "pendant", "chaque",
                        "quelque", "contre"}
    assert {stem("détenu"), stem("avocats"), stem("torture")} <= words


def test_a_number_with_groups_of_thousands_is_one_term() -> None:
    # "000" would be a term of every thousand: "31 200" would meet "plus de 3 000" (probe 325)
    assert terms("Some 26,000 samples and 1 200 000 euros, and 4 persons in 2019.").words >= {
        "26000", "1200000", "2019"}
    assert not terms("Some 26,000 samples and 1 200 000 euros.").words & {"26", "000", "200"}


def test_a_split_question_reads_the_clause_before_it_without_the_asker() -> None:
    from treatyscope.pipeline.answers import asked_sentences
    from treatyscope.pipeline.q_link import question_premises
    from treatyscope.pipeline.questions import sentences_by_turn

    review = analyze_text(
        "Questions et observations des membres du Comité\nMme Ana Lopez, membre du Comité, a "
        "remercié la délégation. Mme Belkacem-Ortiz a voulu savoir si les recours étaient "
        "effectifs et si ces recours avaient un effet suspensif.")
    second = review.questions[-1]
    premises = question_premises(review, second, asked_sentences(review),
                                 sentences_by_turn(review))
    assert premises[0].text == "si les recours étaient effectifs et"


def test_light_stemmer_joins_word_forms() -> None:
    assert stem("migrants") == stem("migration") == stem("migrant")
    assert stem("vote") == stem("voting")
    assert stem("ratified") == stem("ratify")
    assert stem("children") == stem("child")
    assert stem("estates") == stem("estate") and stem("mandates") == stem("mandate")
    assert stem("sociaux") == stem("social") and stem("nouveaux") == stem("nouveau")
    assert stem("travaux") == stem("travail")
    assert stem("died") == stem("deaths") == stem("death") == stem("dying")
    # an adjective in -al and its adverb: "equal access" is answered by "divided equally"
    assert stem("equally") == stem("equal") and stem("legally") == stem("legal")
    assert stem("formally") == stem("formal") and stem("really") != stem("re")
    # any adverb has its adjective's stem
    assert stem("separately") == stem("separate") and stem("effectively") == stem("effective")
    # the four forms of a French adjective in -al
    assert stem("rurales") == stem("rurale") == stem("ruraux") == stem("rural")
    # a French verb in -ifier and its noun in -ification, as in English
    assert stem("identifiés") == stem("identification") == stem("identified")
    assert stem("ratifier") == stem("ratifié") == stem("ratification")
    # ... and a participle in -ioned, -ionné and its noun in -ion
    assert stem("sanctionnées") == stem("sanctions") == stem("sanctioned")
    assert stem("mentionné") == stem("mention") == stem("mentioned")
    assert stem("pénales") == stem("pénal") and stem("sociale") == stem("sociaux")
    # British and American doubled "l" meet ("enrolled", "enrolment", "enrollment"), so do
    # both forms of a French noun in -lle, while "kill" keeps its "ll"
    assert stem("enrolled") == stem("enrolment") == stem("enrollment") == stem("enrol")
    assert stem("expelled") == stem("expel") and stem("familles") == stem("famille")
    assert stem("killed") == stem("kill")
    # a plural in -ives is its singular's; a verb or noun made from an adjective in -al is
    # the adjective's
    assert stem("relatives") == stem("relative") and stem("objectives") == stem("objective")
    assert stem("centralized") == stem("centralised") == stem("central")
    assert stem("formalization") == stem("formalize") == stem("formal")
    assert stem("naturalization") == stem("naturalised") != stem("natural")
    # French participles are their verb's, and so is the plural imperfect; a treaty is no
    # trafficking
    assert stem("placées") == stem("placés") == stem("placé") == stem("placer")
    assert stem("gardées") == stem("garder") and stem("restaient") == stem("restent")
    assert stem("traités") != stem("traite")
    # a noun in "-y" is its plural's ("-ies"), "family" too, though it ends as adverbs do;
    # a suffix cut back to a "y" leaves it ("lawyers" are no "law"), and a State party is
    # no part
    assert stem("family") == stem("families") and stem("policy") == stem("policies")
    assert stem("city") == stem("cities") and stem("lawyers") != stem("law")
    assert stem("party") == stem("parties") != stem("part")
    # the cut to six letters does not join unrelated words
    assert stem("consular") != stem("consultations") and stem("consulate") == stem("consular")
    assert stem("contraception") != stem("contracts")
    # ... nor missing persons with a mission, a billion with a bill, students with a study
    # (probe 366)
    assert stem("missing") != stem("mission") and stem("billion") != stem("bill")
    assert stem("students") == stem("student") != stem("study")
    # a residential institution is no residence permit; a closure is what closed does
    assert stem("residential") != stem("residence") and stem("closure") == stem("closed")
    # "personal assistance" is no count of persons
    assert stem("personal") != stem("persons")
    # police is no policy
    assert stem("police") != stem("policies") and stem("policiers") == stem("police")
    # irregular past forms of common verbs
    assert stem("brought") == stem("bringing") and stem("held") == stem("holding")
    assert stem("taken") == stem("taking") and stem("sought") == stem("seeking")
    # a consonant doubled before an ending is one ("stopped", "planning", "committed")
    assert stem("stopped") == stem("stop") and stem("planning") == stem("plan")
    assert stem("committed") == stem("commit") and stem("banned") == stem("ban")
    # a French fine is no amendment, an English fine no French end; fines are penalties
    assert stem("amendes") != stem("amended") and stem("fines") != stem("fin")
    assert concept_map()[stem("fines")] & concept_map()[stem("sanctions")]
    # a short noun in -ion and its plural ("décision" / "décisions", "elections")
    for noun in ("décision", "élection", "election", "question", "session", "région",
                 "pension", "eviction", "opinion"):
        assert stem(noun) == stem(noun + "s"), noun


@pytest.mark.parametrize(("written", "word"), [
    ("children's", "children"), ("States’", "States"), ("UNICEF's", "UNICEF"),
    ("women’s", "women"), ("d’inspecteurs", "inspecteurs"), ("l'emploi", "emploi"),
])
def test_possessives_and_elided_articles_are_not_part_of_the_term(written: str,
                                                                   word: str) -> None:
    assert stem(written) == stem(word)
    assert terms(f"the {written} case").words == terms(f"the {word} case").words


def test_an_apostrophe_inside_a_name_is_kept() -> None:
    assert stem("O'Brien") != stem("Brien")


def test_idf_is_scaled_and_rare_words_weigh_more() -> None:
    index = Index.build(["migrants work", "migrants vote", "migrants study", "guardianship law",
                         "guardianship decree", "courts"])
    query = terms("migrants guardianship")
    assert index.weight(stem("guardianship"), query) == pytest.approx(1.0)  # in two passages
    assert index.weight(stem("guardianship"), query) > index.weight(stem("migrants"), query)
    assert index.rarity("unseen") == index.default > 1.0
    assert all(index.rarity(t) >= 0.0 for t in index.df)


def test_acronyms_keep_their_weight() -> None:
    texts = [f"HIV treatment {i}" for i in range(8)] + ["courts", "prisons"]
    index = Index.build(texts)
    assert index.weight("hiv", terms("HIV")) > index.weight("hiv", terms("hiv"))


def test_blocks_cut_on_the_rarity_of_shared_words() -> None:
    review = analyze_text(BLOCKS)
    first = min(q.mentions[0].start for q in review.questions)
    index = Index.build(s.slice(review.text) for s in review.sentences)
    material = build_material(review, lede_section(review), first, index)
    assert [b.number for b in material.blocks] == [True, True, False]
    assert material.postings(stem("remittances")).exact_blocks == (1,)
    assert material.postings(stem("transfer")).family_blocks == ()  # same stem: exact


# ------------------------------------------------------------------ the sample
def _score(review: Review) -> dict[str, object]:
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # type: ignore[import-not-found]

    gold = json.loads((GOLD / "kyrgyzstan-cmw-2023.gold.json").read_text(encoding="utf-8"))
    return score.score(gold, review.to_json())  # type: ignore[no-any-return]


@needs_shared
def test_sample_answers_stay_above_their_floors(sample_review: Review) -> None:
    out = _score(sample_review)
    # Floors pinned just below the values measured when block linking was written
    # (0.701 / 0.507; the sentence-level linker before it gave 0.649 / 0.427).
    assert out["answers.status.accuracy"] >= 0.68  # type: ignore[operator]
    assert out["answers.link.f1"] >= 0.49  # type: ignore[operator]
    confusion = out["answers.status.confusion"]
    assert isinstance(confusion, dict)
    assert confusion.get("not_answered->not_answered", 0) >= 22
    assert confusion.get("answered->answered", 0) >= 20


@needs_shared
def test_sample_answer_spans_are_state_sentences_outside_the_lede(sample_review: Review) -> None:
    state = {p.id for p in sample_review.participants if p.side == "state"}
    lede_end = sample_review.sections[0].span.end
    for a in sample_review.answers:
        for span in a.spans:
            assert span in sample_review.sentences
            assert span.start > lede_end
            turn = sample_review.turn_at(span.start)
            assert turn is not None and turn.participant in state


@needs_shared
def test_the_digital_nomad_pilot_answers_no_question_on_nomadic_children(
        sample_review: Review) -> None:
    text = sample_review.text
    nomadic = next(q for q in sample_review.questions
                   if "nomadic lifestyle" in text[q.mentions[0].start:q.mentions[0].end])
    a = next(a for a in sample_review.answers if a.question == nomadic.id)
    assert a.status == "not_answered"


@needs_shared
def test_linking_is_fast(sample_review: Review) -> None:
    """A guard against pathological slowness (the benchmark measures speed): the best of
    three warm runs, so that one pause of a busy machine does not fail it."""
    build_answers(sample_review)  # warm the caches
    assert min(timeit.repeat(lambda: build_answers(sample_review), number=1, repeat=3)) < 0.1


def test_a_place_the_question_is_about_is_no_required_name() -> None:
    from treatyscope.pipeline.q_lexical import stem
    from treatyscope.pipeline.q_link import place_groups

    assert place_groups("About births among indigenous communities in the Amazon region?") == (
        {stem("Amazon")},)
    assert place_groups("Was the Human Rights Commission able to act?") == ()
    # French locatives, not the "aux" of whom something is given
    assert place_groups("Si les enfants nés en République dominicaine allaient à l'école.") == (
        {stem("République")},)
    assert place_groups("Si une institution conforme aux Principes de Paris existait.") == ()
    # a list of places, each one place
    assert place_groups("How many lived in Costa Rica, Spain or Italy?") == (
        {stem("Costa"), stem("Rica")}, {stem("Spain")}, {stem("Italy")})
    assert place_groups("Si les enfants nés en France et en Belgique allaient à l'école.") == (
        {stem("France")}, {stem("Belgique")})
    assert place_groups("Was it done in Bishkek and did it reach Osh?") == ({stem("Bishkek")},)
    assert place_groups("Was there accessible transport outside Sofia?") == ({stem("Sofia")},)
    # a particle inside a name, and an administrative unit before it
    assert place_groups("Were there offices in Colón and Gracias a Dios?") == (
        {stem("Colón")}, {stem("Gracias"), stem("Dios")})
    assert place_groups("Was it so in the department of Atlántida?") == (
        {stem("department"), stem("Atlántida")},)


PLACES = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, asked what protection was given to the women who worked as domestic workers abroad, in particular in Portugal and Italy. How many nationals had been deported from Mexico and Guatemala in 2022?
Responses by the Delegation
Bilateral agreements with Portugal protected domestic workers and gave them access to labour inspectors. In 2022, some 12,400 nationals had been deported from Mexico and 3,100 from Guatemala.
"""


def test_a_list_of_places_needs_every_place_for_a_full_answer() -> None:
    """A question about places it lists is answered in full only when the answer speaks of
    each ("Portugal" alone answers "in Portugal and Italy" in part); a place the answer
    leaves out is no name that vetoes the answer."""
    review = analyze_text(PLACES)
    status = {q.text.split()[1]: a.status for q, a in zip(review.questions, review.answers,
                                                          strict=True)}
    assert status == {"protection": "partial", "many": "answered"}


PARAPHRASED = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said conditions of detention remained a concern. How many deaths in custody had occurred since 2020?
Responses by the Delegation
Regarding the national budget, it had been adopted in March after a debate in Parliament. Regarding prisons, between 2020 and 2023, 276 persons had died in prison establishments, most of them of illness.
"""


def test_a_word_family_links_a_paraphrased_answer() -> None:
    """'deaths in custody' is answered by 'had died in prison' (general word families of
    the field, ``data/q_concepts.py``), not by the unrelated statement."""
    review = analyze_text(PARAPHRASED)
    deaths = link(review, "How many deaths")
    assert deaths.status == "answered"
    assert linked(review, deaths) == [
        "Regarding prisons, between 2020 and 2023, 276 persons had died in prison "
        "establishments, most of them of illness."]
    assert "custod" in deaths.evidence["related_terms"]  # through "prison"


def test_french_function_time_and_request_words_weigh_as_the_english_ones() -> None:
    """'avant la fin du mois' shares no content with a question; 'voudrait savoir' and
    'informations' are request words, as 'wished to know' and 'information' are."""
    found = terms("Elle voudrait savoir si le code sera adopté avant la fin du mois, selon "
                  "les informations disponibles.", drop_request_words=True)
    assert not {"avant", "selon", "voudra", "savoir", "inform"} & found.words
    assert found.boost[stem("fin")] < 1 and found.boost[stem("mois")] < 1
    assert stem("code") in found.words


def test_french_funding_words_are_of_the_budget_family() -> None:
    """'quels moyens financiers' is answered by 'des subventions publiques de 2,1 millions
    de dinars', as 'funding' by 'the budget'."""
    from treatyscope.pipeline.q_lexical import concept_map

    families = concept_map()
    assert families[stem("financiers")] & families[stem("subventions")] & families[stem("budget")]


def test_word_families_of_changing_a_law_unemployment_alternatives_ngos_compounds() -> None:
    from treatyscope.pipeline.q_lexical import concept_map

    families = concept_map()
    assert families[stem("réviser")] & families[stem("modifiant")] & families[stem("amended")]
    assert families[stem("chômage")] & families[stem("emploi")] & families[stem("unemployment")]
    assert families[stem("alternatives")] & families[stem("substitution")]
    # civil society speaks through "non-governmental organizations" (the hyphenated word
    # is read as two, so the organizations carry the family)
    assert families[stem("society")] & families[stem("organizations")]
    # a hyphenated word of a family meets it as the pair of its halves, neither alone
    torture = families[stem("torture")]
    assert terms("23 victims of ill-treatment had been compensated").concepts & torture
    assert not terms("medical treatment was free for ill persons").concepts & torture


COVENANT = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the report was welcome. Could the Covenant be invoked directly before the domestic courts? Was the Istanbul Protocol part of the training of doctors?
Responses by the Delegation
Regarding the legal order, under article 118 of the Constitution, ratified international agreements could be invoked directly before the courts. Regarding health, doctors were trained every year.
"""


def test_the_treaty_alone_is_no_name_the_answer_must_repeat() -> None:
    """'the Covenant' is answered by 'international agreements'; 'the Istanbul Protocol'
    still needs its name ('Istanbul') in the answer."""
    review = analyze_text(COVENANT)
    covenant = link(review, "Could the Covenant")
    assert covenant.status != "not_answered"
    assert linked(review, covenant)[0].startswith("Regarding the legal order")
    istanbul = link(review, "Was the Istanbul Protocol")
    assert istanbul.status == "not_answered"
    assert istanbul.evidence["reason"] == "name not mentioned"


def test_french_verbs_of_intent_weigh_as_little_as_english_ones() -> None:
    """"envisage-t-il d'adopter", "entend-il prendre" say what a question asks of the
    State, not its topic: generic words, as "intend", "plan" and "consider" are."""
    from treatyscope.pipeline.q_lexical import _word_info

    for word in ("envisage", "entend", "adopter", "prendre", "intend"):
        assert _word_info(word, False, True)[1] in ("generic", "stop"), word


def test_an_article_number_meets_only_the_same_article() -> None:
    """'article 20' names an article: it does not meet '20 women', but meets 'article 20'."""
    question = terms("Did the State intend to accept the amendment to article 20?",
                     drop_request_words=True)
    assert stem("20") not in question.words
    assert question.words & terms("Article 20 had been amended in 2019.").words
    assert not question.words & terms("20 women had been elected.").words - {stem("amend")}
    # a Convention's number stays a number of its own: "No. 189" meets "189"
    assert stem("189") in terms("Had it ratified ILO Convention No. 189?").words
    # a list of articles names each ("articles 31 and 32", "articles 2, 3 et 5"): a reply on
    # article 31 alone does not hold article 32
    both = terms("Would it recognize the competence under articles 31 and 32?").words
    assert len(both & terms("Article 31 was under study.").words) == 1
    assert len(both & terms("Article 32 was under study.").words) == 1
    listed = terms("les articles 2, 3 et 5 de la Convention").words
    assert listed >= terms("article 2, article 3 et article 5").words - {stem("et")}


DEFERRED = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said juvenile justice was a concern. How many juveniles were held in pretrial detention?
Responses by the Delegation
The delegation said that detailed figures on juveniles in pretrial detention would be provided to the Committee in writing.
"""


def test_a_promise_to_answer_later_is_no_answer() -> None:
    """'would be provided in writing' restates the topic: the question is not answered."""
    review = analyze_text(DEFERRED)
    assert link(review, "How many juveniles").status == "not_answered"



@pytest.mark.parametrize("promise", [
    "The delegation would send the number of employers sanctioned in writing.",
    "La délégation a indiqué qu'elle transmettrait ultérieurement le nombre d'employeurs "
    "sanctionnés.",
    # promised for the written replies (probe 285)
    "The number of employers sanctioned would be detailed in the additional written replies.",
    "Le nombre d'employeurs sanctionnés sera détaillé dans les réponses écrites "
    "complémentaires.",
    # promised for the next meeting, the questions listed between (probe 340)
    "The delegation said it would respond to the remaining questions, including those on "
    "the number of employers sanctioned for employing children, at the next meeting.",
    # the promise names a numbered text (probe 354)
    "The delegation would provide the number of employers sanctioned under Act No. 12 in "
    "writing.",
    # the figures not at hand: none given now (probe 349)
    "Regarding the number of employers sanctioned, the delegation said it did not have those "
    "figures at hand.",
])
def test_a_question_whose_answer_is_promised_for_later_is_not_answered(promise: str) -> None:
    """The promise names what was asked better than any sentence that answers: the question
    is deferred, not answered in part by a sentence on labour inspectors."""
    review = analyze_text(
        "Questions by Committee Experts\nANA LOPEZ, Committee Expert, asked how many employers "
        "had been sanctioned for employing children in the mines.\nResponses by the Delegation"
        "\nThe delegation said that the country had 130 labour inspectors, who had carried out "
        f"inspections in the mines. {promise}\n")
    answer = link(review, "ANA LOPEZ")
    assert (answer.status, answer.evidence.get("reason")) == ("not_answered", "deferred")


def test_an_answer_given_after_the_promise_keeps_it() -> None:
    """"... would provide the data in writing." then, in a later round, "In response to an
    earlier question, 212 cases had been registered ...": the promise was kept (probe 325)."""
    review = analyze_text(
        "Questions by Committee Experts\nANA LOPEZ, Committee Expert, asked how many "
        "prosecutions had been brought under the child marriage laws.\nResponses by the "
        "Delegation\nRegarding prosecutions under the child marriage laws, the delegation "
        "would provide the data in writing. On health, 300 clinics had opened. In response to "
        "an earlier question, the delegation said that 212 cases had been registered under the "
        "Child Marriage Restraint Act, resulting in 17 convictions.\n")
    answer = link(review, "ANA LOPEZ")
    assert answer.status != "not_answered"
    assert "212 cases" in review.text[answer.spans[-1].start : answer.spans[-1].end]


def test_a_bill_due_later_this_year_is_no_promise_to_answer() -> None:
    from treatyscope.pipeline.a_blocks import _DEFERRAL

    assert _DEFERRAL.search("Figures would be provided to the Committee later.")
    assert not _DEFERRAL.search("The draft law would be submitted to Parliament later this year.")
    assert not _DEFERRAL.search("The report would be submitted later in 2025.")
    # an adverb after the modal, and written data promised
    assert _DEFERRAL.search("The figures would also be provided in writing.")
    assert _DEFERRAL.search("The delegation would provide written data on that question.")
    assert not _DEFERRAL.search("The new law would provide written guarantees to detainees.")
    # French, singular or plural, whatever the participle of a reply
    assert _DEFERRAL.search("Le budget sera précisé par écrit.")
    assert _DEFERRAL.search("La délégation répondra par écrit à cette question.")
    assert _DEFERRAL.search("La délégation fournira par écrit des informations sur ce point.")
    assert _DEFERRAL.search("Elle fera parvenir cette information au Comité par écrit.")
    assert _DEFERRAL.search("La délégation communiquerait une réponse écrite sur ce point.")
    assert _DEFERRAL.search("Elle s'est engagée à transmettre par écrit les données demandées.")
    # ... or promised as soon as possible (probe 359)
    assert _DEFERRAL.search("Il fera parvenir ces informations au Comité dans les meilleurs "
                            "délais.")
    assert _DEFERRAL.search("The delegation would send the figures as soon as possible.")
    assert not _DEFERRAL.search("La loi sera adoptée plus tard dans l’année.")
    assert not _DEFERRAL.search("Le rapport sera transmis au Parlement plus tard.")



PREMISE_ONLY = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the Penal Code defined torture narrowly, military courts tried police officers and only 12 convictions had been recorded. What had become of the other complaints?
Responses by the Delegation
The delegation said the Penal Code definition of torture had been amended in 2019, military courts no longer tried police officers, and 12 convictions had been recorded. Regarding asylum, the delegation said that complaints about reception conditions were handled by the Ombudsman.
"""


def test_sentences_that_share_only_the_premise_answer_nothing() -> None:
    """Linked through the premise's words alone ('Penal Code', 'torture'), with none of the
    question's own words covered ('complaints'), the question is not answered."""
    answer = link(analyze_text(PREMISE_ONLY), "What had become")
    assert (answer.status, answer.evidence["reason"]) == ("not_answered", "no aspect covered")


def test_en_outre_is_no_aside() -> None:
    """'en outre' (moreover) is no 'outre' (besides): what follows is what is asked."""
    from treatyscope.pipeline.q_link import question_parts

    main, asides, *_ = question_parts(
        "Existe-t-il en outre des programmes de réintégration pour les migrants de retour ?")
    assert stem("programmes") in main.words and not asides


def test_a_local_name_of_what_is_asked_about_is_an_aside() -> None:
    from treatyscope.pipeline.q_link import question_parts

    main, asides, *_ = question_parts(
        'What was being done to limit short-term contracts, known as "endo", in the sector?')
    assert "endo" not in main.words and "endo" in asides


@pytest.mark.parametrize("question", [
    "What measures had been taken to combat slavery, recalling that according to some sources "
    "43,000 persons were held in servitude?",
    "Quelles mesures avaient été prises pour lutter contre l'esclavage, rappelant que selon "
    "certaines sources, près de 43 000 personnes seraient asservies ?",
])
def test_a_background_clause_after_the_question_is_an_aside(question: str) -> None:
    """'..., recalling that according to some sources ...': the background, not what is
    asked; its words are no aspect the answer must cover."""
    from treatyscope.pipeline.q_link import question_parts

    main, asides, *_ = question_parts(question)
    assert stem("sources") not in main.words and "sources" in asides


@pytest.mark.parametrize(("question", "frame", "topic"), [
    ("How many deaths in custody had occurred in the past four years?", "past", "deaths"),
    ("How many complaints had been received since 2015?", "2015", "complaints"),
    ("Combien de plaintes ont été reçues au cours des cinq dernières années ?", "cinq",
     "plaintes"),
])
def test_the_period_asked_about_is_no_aspect(question: str, frame: str, topic: str) -> None:
    """'In the past four years' frames what is asked: its words count where an answer
    covers them, and against none ('between 2020 and 2023' answers it)."""
    from treatyscope.pipeline.q_link import question_parts

    main, _, _, asks_number, period = question_parts(question)
    assert stem(frame) in main.words and stem(frame) in period and asks_number
    assert stem(topic) in main.words and stem(topic) not in period


PERIOD = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the prisons were overcrowded. What measures were being taken to reduce overcrowding in the Central Prison? How many deaths in custody had occurred in the past four years?
Responses by the Delegation
On overcrowding, the delegation said a new wing of the Central Prison had opened in 2022 and the occupancy rate had fallen to 104 per cent.
Between 2020 and 2023, 276 persons had died in custody, 51 of them by suicide.
"""


def test_an_answer_for_the_period_need_not_repeat_how_it_was_asked() -> None:
    """'Between 2020 and 2023, 276 persons had died in custody' answers the count of
    deaths 'in the past four years' in full: the period is no aspect to cover, and 'died'
    is a form of 'death'."""
    review = analyze_text(PERIOD)
    answer = link(review, "How many deaths")
    assert answer.status == "answered"
    assert linked(review, answer) == [
        "Between 2020 and 2023, 276 persons had died in custody, 51 of them by suicide."]


@pytest.mark.parametrize(("question", "quantities"), [
    ("What was being done to close the gender pay gap, which was reportedly around 18 per "
     "cent?", {"18"}),
    ("Where only three of 17 ambassadors were women?", {"17"}),
    # a figure with a thousands separator, one term as the terms read it
    ("How many of the 1,045 complaints had led to sanctions?", {"1045"}),
    # after the question's first word, capitalised as any sentence's
    ("Pourquoi 214 enfants étaient-ils toujours détenus avec des adultes ?", {"214"}),
    # a figure with spaces between its groups, one term (probe 338)
    ("Pourquoi le taux restait-il élevé malgré la grâce de plus de 5 000 détenus ?", {"5000"}),
    # the number of a text is a name the answer must repeat
    ("Had the State ratified ILO Convention 189?", set()),
    ("Had conventions 183, 181 and 189 been ratified?", set()),
    ("Was Act No. 25 applied?", set()),
])
def test_a_figure_quoted_in_a_question_is_no_name(question: str, quantities: set[str]) -> None:
    from treatyscope.pipeline.q_link import _quantities

    assert _quantities(question) == quantities


PAY_GAP = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the report was welcome. What was being done to close the gender pay gap, which was reportedly around 18 per cent?
Responses by the Delegation
The delegation said the gender pay gap had narrowed to 15.6 per cent in 2023, and a law on pay transparency had been adopted to close it.
"""


def test_an_answer_may_correct_the_figure_a_question_quotes() -> None:
    review = analyze_text(PAY_GAP)
    assert link(review, "What was being done").status == "answered"


YEARS = """Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the report was welcome. How many deaths in custody had been recorded in 2013 and in 2014?
Responses by the Delegation
The delegation said that in 2014, 19 deaths in custody had been recorded in the prisons.
"""


def test_a_count_given_for_some_of_the_years_asked_is_partial() -> None:
    review = analyze_text(YEARS)
    answer = link(review, "How many deaths")
    assert answer.status == "partial" and "2013" in answer.evidence["missing_terms"]
    review = analyze_text(YEARS.replace("in 2013 and in 2014", "in 2014"))
    assert link(review, "How many deaths").status == "answered"


def test_a_relative_that_refers_back_to_nothing() -> None:
    from treatyscope.pipeline.q_find import has_anaphor
    from treatyscope.pipeline.q_link import _ANAPHORA

    assert not has_anaphor(_ANAPHORA, "how many associations that had been refused appealed")
    # ... before any past tense
    assert not has_anaphor(_ANAPHORA, "why was the share of reports that led to prosecution low")
    assert not has_anaphor(_ANAPHORA, "were sanctions applied to schools that failed to comply")
    # a pronoun for a noun of the question itself
    assert not has_anaphor(_ANAPHORA, "why was the employment rate of women lower than that of men")
    assert has_anaphor(_ANAPHORA, "had that law been applied")


def test_those_described_by_a_participle_or_named_before_refers_to_nobody_before() -> None:
    from treatyscope.pipeline.q_find import has_anaphor
    from treatyscope.pipeline.q_link import _ANAPHORA

    assert not has_anaphor(_ANAPHORA, "how did those returning from work abroad access health care")
    assert not has_anaphor(_ANAPHORA, "were those detained in police custody seen by a doctor")
    # "those" before a noun, or with a relative clause, leans on what was said
    assert has_anaphor(_ANAPHORA, "were those training courses compulsory")
    assert has_anaphor(_ANAPHORA, "what support was given to those who wished to return")
    # a noun the question itself names before ("the number of deaths ... those deaths")
    assert not has_anaphor(_ANAPHORA, "information on the number of deaths in custody and on "
                                      "the causes of those deaths")
    assert not has_anaphor(_ANAPHORA, "le nombre de décès en détention et les causes de ces "
                                      "décès")
    assert has_anaphor(_ANAPHORA, "what were the causes of those deaths")
    assert has_anaphor(_ANAPHORA, "étendre la protection du droit du travail à ces travailleurs")


UNIONS = """Committee on Migrant Workers reviews the report of Ruritania
Questions by Committee Experts
ANA LOPEZ, Committee Expert and Country Rapporteur, said the report was welcome. How did migrants enjoy the benefits of trade unions in Ruritania? Practically speaking, how did those returning from long periods of work abroad have access to health care?
Responses by the Delegation
The delegation said there were no restrictions on the formation of trade unions, and more than 8,600 migrant workers in Ruritania and abroad were members of trade unions.
"""


def test_a_question_on_those_returning_is_not_answered_by_the_previous_topic() -> None:
    review = analyze_text(UNIONS)
    assert link(review, "How did migrants").status == "answered"
    assert link(review, "Practically").status == "not_answered"


@pytest.mark.parametrize("question", [
    "Si les victimes ont obtenu une indemnisation et, le cas échéant, de quel montant.",
    "Whether victims were compensated and, where applicable, in what amount.",
])
def test_a_conditional_connective_is_no_topic(question: str) -> None:
    from treatyscope.pipeline.q_link import question_parts

    words = question_parts(question)[0].words
    assert stem("indemnisation" if "victimes" in question else "compensated") in words
    assert not {stem("cas"), stem("échéant"), stem("applicable")} & words


def test_courtesy_to_the_delegation_is_no_premise() -> None:
    from treatyscope.pipeline.q_link import _COURTESY

    assert _COURTESY.search("Mr. Vellacott (Country Rapporteur) thanked the delegation for its "
                            "detailed replies.")
    assert _COURTESY.search("Mme Diallo remercie la délégation de ses réponses.")
    # courtesy that also names a topic is a premise
    assert not _COURTESY.search("She welcomed the delegation and commended Ghana for the "
                                "preparation of the new Bill.")


def test_a_paragraph_number_is_no_word_of_what_is_said() -> None:
    from treatyscope.pipeline.a_blocks import _without_number

    assert _without_number("14.The budget amounted to 84 million cedis.") == (
        "The budget amounted to 84 million cedis.")
    assert _without_number("26. With regard to the figures, ...") == "With regard to the figures, ..."
    assert _without_number("2.6 million people lived there.") == "2.6 million people lived there."


def test_a_question_on_a_length_asks_for_a_figure() -> None:
    from treatyscope.pipeline.q_link import question_parts

    assert question_parts("What was the maximum length of pre-trial detention for children?")[3]
    assert question_parts("Quelle est la durée maximale de cette détention ?")[3]
    assert not question_parts("What was the role of the Ombudsman?")[3]


def test_a_reply_that_answers_in_part_and_defers_the_rest_is_partial() -> None:
    """"...two years; information on the other cases would be provided in writing": the
    first clause answers (the sentence used to lose all its words to the deferral), and
    what it defers leaves the answer partial."""
    review = analyze_text(
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
        "asked what penalties had been imposed in the cases of incitement to racial hatred "
        "that had resulted in convictions.\n\nResponse of the Delegation\n\nThe delegation "
        "said that in the two convictions for incitement, the courts had imposed suspended "
        "prison sentences of two years; information on the other cases would be provided in "
        "writing.\n")
    (answer,) = review.answers
    assert answer.status == "partial" and len(answer.spans) == 1


def test_how_often_is_answered_by_a_frequency_in_words() -> None:
    """"How often ...?" asks for a quantity, which "every year" gives without a digit; a
    "how many" question is still not answered by it."""
    review = analyze_text(
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
        "asked whether the minimum wage was the same for all sectors. How often was the "
        "minimum wage reviewed? How many labour inspectors reviewed wages?\n\nResponse of the "
        "Delegation\n\nThe delegation said that the minimum wage was the same for all sectors "
        "and was reviewed every year by the tripartite council.\n")
    assert link(review, "How often").status == "answered"
    assert link(review, "How many labour").status == "not_answered"


def test_a_count_asked_for_two_years_and_given_for_one_is_partial() -> None:
    """"in 2006 and 2007" asks for both years (only the first was read): a reply for 2006
    alone answers in part."""
    review = analyze_text(
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
        "asked how many deaths in custody had been recorded in 2006 and 2007.\n\nResponse of "
        "the Delegation\n\nThe delegation said that 14 deaths in custody had been recorded in "
        "2006.\n")
    assert link(review, "ANA LOPEZ").status == "partial"


def test_a_maximum_is_answered_by_what_may_not_be_exceeded() -> None:
    review = analyze_text(
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
        "asked about detention. What was the maximum length of pre-trial detention?\n\n"
        "Response of the Delegation\n\nThe delegation said that pre-trial detention could "
        "not exceed 12 months.\n")
    answer = link(review, "What was the maximum")
    assert answer.status == "answered"
    assert stem("maximum") in answer.evidence["related_terms"]


def test_a_count_is_not_answered_by_durations_alone() -> None:
    """"How many of the 71 judges were women?" asks for a count: "within 72 hours" gives a
    duration, no count, whatever words the sentences share."""
    review = analyze_text(
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert and Country Rapporteur, "
        "asked about the courts. How many of the 71 judges and magistrates were women?\n\n"
        "Response of the Delegation\n\nThe delegation said that judges and magistrates had to "
        "bring a detainee before a court within 72 hours.\n")
    assert link(review, "How many of the 71").status == "not_answered"


def test_a_time_frame_with_a_demonstrative_refers_back_to_nothing() -> None:
    """"ces dernières années" frames the question; "ces" is no anaphor pulling in the
    rapporteur's earlier sentences as what is asked."""
    from treatyscope.pipeline.q_link import question_parts

    framed = "Combien de concessions minières avaient été accordées ces dernières années ?"
    assert question_parts(framed)[2] is False
    assert question_parts("Combien de ces concessions avaient été accordées ?")[2] is True


def test_french_adverbs_of_emphasis_are_generic_words() -> None:
    """'les postes effectivement pourvus': "effectivement" says nothing an answer must repeat,
    as "actually" or "really" do not."""
    from treatyscope.data.q_lexicon import GENERIC_WORDS

    assert {"effectivement", "réellement", "concrètement"} <= GENERIC_WORDS
    assert {"actually", "really"} <= GENERIC_WORDS


def test_what_a_question_asks_independently_of_is_an_aside() -> None:
    """'a mechanism to search ... independently of a criminal investigation': the criminal
    investigation is not what is asked about."""
    from treatyscope.pipeline.q_link import question_parts

    main, asides, *_ = question_parts(
        "Had the State party a mechanism to search for disappeared persons that could act "
        "independently of a criminal investigation?")
    assert stem("investigation") not in main.words and "investigation" in asides
    assert stem("mechanism") in main.words


FRENCH_MODALS = """Questions et observations des membres du Comité
Mme Ana Lopez, membre du Comité, a demandé si les archives militaires avaient été ouvertes aux juges et si les autorités comptaient les déclassifier. Elle a aussi demandé si les filles enceintes pouvaient poursuivre leur scolarité.
Réponses de la délégation
La délégation a indiqué qu'un décret de 2018 avait déclassifié les archives militaires, désormais ouvertes aux juges. Depuis 2019, les filles enceintes poursuivaient leur scolarité dans leur établissement.
"""


def test_french_modal_and_intention_verbs_are_light_in_any_form() -> None:
    """"comptaient", "pouvaient" and "les autorités" say how and who, not what was asked:
    as content words they outweighed what the answer repeats."""
    review = analyze_text(FRENCH_MODALS)
    status = {q.text[:30]: a.status for q, a in zip(review.questions, review.answers,
                                                    strict=True)}
    assert status == {"Si les archives militaires ava": "answered",
                      "Si les autorités comptaient le": "answered",
                      "Si les filles enceintes pouvai": "answered"}


RESOLVE = """Questions by Committee Experts
MARIA OKAFOR, Committee Expert and Country Rapporteur, said the late registration of births was a serious issue. What new steps were being taken to resolve this issue?
Responses by the Delegation
The delegation said that mobile teams had registered 3,000 births in remote villages in 2023. Fees for late registration had been abolished.
"""


def test_a_verb_of_resolving_is_no_topic_the_answer_must_name() -> None:
    """'steps to resolve this issue' asks about the issue: "resolve", like "address", is a
    generic word, so statements on registering births answer it in full."""
    review = analyze_text(RESOLVE)
    answer = link(review, "What new steps")
    assert answer.status == "answered", answer.evidence
    assert linked(review, answer)[0].startswith("The delegation said that mobile teams")


PREMISE_BLOCK = """Questions by Committee Experts
MARTA NOVAK, Committee Expert and Country Rapporteur, asked how the independence of the Ombudsman's Office was guaranteed in the appointment of the Ombudsman and in the Office's mandate, and whether it had enough staff.
Responses by the Delegation
The delegation said the Ombudsman was appointed by Parliament for a single term of seven years and could not be dismissed by the Government. The independence of the Office and its mandate were guaranteed by the Constitution, and the Ombudsman's appointment followed an open call for candidates. The Office was accredited with A status in 2021 under the Paris Principles.
Turning to detention, the delegation said that 3,100 persons were held in 12 prisons.
The delegation added that the staff of the Office had been doubled since 2020.
"""


def test_a_clause_is_answered_by_a_block_that_meets_it_not_by_its_premise() -> None:
    """'..., and whether it had enough staff': the block on the Ombudsman's independence
    scores best only with the words of the clause before; the later sentence on the staff,
    which scores far less, meets what this clause asked and answers it alone."""
    review = analyze_text(PREMISE_BLOCK)
    answer = link(review, "whether it had enough staff")
    assert answer.status == "answered", answer.evidence
    assert linked(review, answer) == ["The delegation added that the staff of the Office had "
                                      "been doubled since 2020."]
    independence = link(review, "MARTA NOVAK")
    assert linked(review, independence)[0].startswith("The delegation said the Ombudsman")


@pytest.mark.parametrize(("text", "start", "names"), [
    ("Questions by Committee Experts\nINGRID SOLBERG, Committee Expert and Country "
     "Rapporteur, welcomed the adoption of the Mental Health Act in 2019. Did that Act still "
     "allow involuntary treatment?\nResponses by the Delegation\nThe delegation said the "
     "Mental Health Act of 2019 allowed involuntary treatment only on a court order, for no "
     "more than 30 days.\n", "Did that Act", {"ingrid", "solber"}),
    # a member opening a topic (probe 332)
    ("Questions by Committee Experts\nANA LOPEZ, Committee Expert and Country Rapporteur, "
     "turned to online hate speech. Some 1,300 cases had been opened in 2022. How many of "
     "those cases had been prosecuted?\nResponses by the Delegation\nThe delegation said "
     "that 57 of the hate speech cases opened in 2022 had been prosecuted.\n",
     "How many of those", {"ana", "lopez"}),
])
def test_the_speaker_of_an_experts_view_is_no_word_of_the_premise(
        text: str, start: str, names: set[str]) -> None:
    """'INGRID SOLBERG, Committee Expert ..., welcomed the adoption of the Act': "that Act"
    refers back to the Act, not to her name and title, which the answer need not repeat."""
    answer = link(analyze_text(text), start)
    assert answer.status == "answered", answer.evidence
    assert not names & set(answer.evidence["missing_terms"])


@pytest.mark.parametrize(("sentence", "premise"), [
    ("Ms. Dahlgren expressed concern at the number of deaths.", "the number of deaths."),
    # a fact narrated, no Expert's view
    ("Kyrgyzstan had welcomed 200 refugees.", "Kyrgyzstan had welcomed 200 refugees."),
    # a member opening a topic: her name and office are no words of it (probe 332)
    ("ANA LOPEZ, Committee Expert and Country Rapporteur, turned to online hate speech.",
     "online hate speech."),
    ("MME SOFIA KARAMANLI, corapporteuse, s'est pour sa part intéressée aux discours de haine.",
     "aux discours de haine."),
    # ... but a statement with such a verb is no attribution
    ("A programme for indigenous women focused on rural areas.",
     "A programme for indigenous women focused on rural areas."),
])
def test_a_premise_is_without_its_speaker(sentence: str, premise: str) -> None:
    from treatyscope.pipeline.q_link import premise_text

    assert premise_text(sentence) == premise


def test_a_date_of_what_was_done_gives_no_time_of_what_is_to_come() -> None:
    """'When would the bill be submitted?' is not answered in full by 'Following the 2023
    elections, ...'; it is by 'the bill would be submitted in March 2025'."""
    text = ("Questions by Committee Experts\nMARIA OKAFOR, Committee Expert and Country "
            "Rapporteur, said a bill on parity in Congress was being drafted. When would the "
            "parity bill be submitted to Congress?\nResponses by the Delegation\nThe delegation "
            "said the parity bill {}.\n")
    past = analyze_text(text.format("had been drafted after the 2023 elections to Congress"))
    assert link(past, "When would").status == "partial"
    future = analyze_text(text.format("would be submitted to Congress in March 2025"))
    assert link(future, "When would").status == "answered"
    from treatyscope.pipeline.answers import _FUTURE

    assert _FUTURE.search("The bill was due in 2025.")
    assert not _FUTURE.search("The rise was due to the 2023 elections.")  # a cause, no time


def test_how_long_asks_for_a_length_not_about_length() -> None:
    """'..., and for how long it could be imposed': "long" is the kind of answer asked
    for, no topic word the answer must repeat; a length of days answers it in full."""
    review = analyze_text(
        "Questions by Committee Experts\nMARTA NOVAK, Committee Expert and Country Rapporteur, "
        "asked whether solitary confinement was used as a disciplinary measure in prisons, and "
        "for how long it could be imposed.\nResponses by the Delegation\nThe delegation said "
        "that solitary confinement could be imposed as a disciplinary measure for no more than "
        "15 days.\n")
    assert link(review, "for how long").status == "answered"


def test_a_block_on_what_was_asked_outranks_one_won_on_the_premise() -> None:
    """The overcrowding block shares most words with the Expert's premise but only a year
    with the question; the block on deaths in custody covers what was asked."""
    review = analyze_text(
        "Questions by Committee Experts\nANA LOPEZ, Committee Expert, said that the occupancy "
        "rate of the central prison had reached 180 per cent and that overcrowding in the "
        "central prison remained severe. She would appreciate information on the number of "
        "deaths in custody in 2022 and 2023, and on the causes of those deaths.\nResponses by "
        "the Delegation\nThe delegation said that the occupancy rate of the central prison had "
        "been reduced to 150 per cent in 2022 after two new wings had opened.\nIn 2023, 40 "
        "deaths in custody had been recorded, most of them from natural causes.\n")
    deaths = link(review, "She would appreciate information")
    assert [s.slice(review.text) for s in deaths.spans] == [
        "In 2023, 40 deaths in custody had been recorded, most of them from natural causes."]



#: An Expert names the State party's courts by its adjective; the delegation says "courts".
OWN_ADJECTIVE = """Committee on Economic, Social and Cultural Rights reviews the report of India
Questions by Committee Experts
ANA LOPEZ, Committee Expert, said that Indian legislation was extensive. Had the Covenant been invoked directly before the Indian courts?
Responses by the Delegation
The delegation said that the Covenant had been invoked directly before the courts in 14 judgments.
"""


def test_the_state_partys_own_adjective_is_not_required_of_an_answer() -> None:
    answer = link(analyze_text(OWN_ADJECTIVE), "Had the Covenant")
    assert (answer.status, len(answer.spans)) == ("answered", 1)


def test_a_clear_negative_to_a_request_for_figures_is_recognised() -> None:
    """"The Government did not collect data ..." answers "How many ...?" in full (gold
    README: a clear negative answers), whatever else the question names."""
    from treatyscope.pipeline.answers import _NO_DATA

    for said in ("The Government did not collect data at the national level on them.",
                 "No disaggregated statistics were available.",
                 "Le Gouvernement ne dispose pas de données sur ce point."):
        assert _NO_DATA.search(said), said
    assert not _NO_DATA.search("Data were collected by the statistics office.")


@pytest.mark.parametrize(("question", "answer"), [
    ("How many extradition requests had Argentina received since 2015?",
     "Argentina had not received any extradition request since 2015."),
    ("How many extradition requests had Argentina received since 2015?",
     "There had been no extradition requests since 2015."),
    ("Combien de demandes d'extradition l'Argentine avait-elle reçues depuis 2015 ?",
     "L'Argentine n'a reçu ni adressé aucune demande d'extradition depuis 2015."),
])
def test_a_count_of_none_answers_how_many(question: str, answer: str) -> None:
    """"had not received any", "there had been no", "n'a reçu aucune" give a count of
    none, which answers "How many ...?" (probe 299: "no figure" had left it unanswered)."""
    review = analyze_text(
        "The Committee against Torture today reviewed the report of Argentina.\n\n"
        "Questions by Committee Experts\n\nANA LOPEZ, Committee Expert, said extradition "
        f"was slow. {question}\n\nResponses by the Delegation\n\nThe delegation said that "
        f"the budget had grown. {answer}\n")
    [link] = review.answers
    assert link.status == "answered"
    assert linked(review, link) == [answer]


def test_an_old_release_without_headings_answers_inside_its_one_section() -> None:
    """Releases of 2000 put the whole dialogue under "Report of Argentina": the delegation's
    answers after the first question answer, although the section is a report (probe 298;
    every question had been left unanswered)."""
    review = analyze_text(
        "HUMAN RIGHTS COMMITTEE CONSIDERS REPORT OF ARGENTINA\n\nReport of Argentina\n\n"
        "Introducing the report, Mr. Ernesto Lanusse Ortiz, Secretary for Human Rights, said "
        "the Covenant had constitutional rank.\n\nMembers of the Committee asked how long "
        "the police could detain a person to check his identity.\n\nIn answers to questions, "
        "Mr. Lanusse Ortiz said that the police could detain a person for up to 10 hours to "
        "check his identity.\n")
    [answer] = review.answers
    assert answer.status == "answered"
    assert linked(review, answer)[0].startswith("In answers to questions")


def test_a_count_among_those_just_given_answers_with_them() -> None:
    """"Among them, 1,870 cases had led to a conviction" goes on from the complaints counted
    before it: it answers the question about convictions (probe G: it had been a block of
    its own, and the question only partly answered by the count of complaints)."""
    review = analyze_text(
        "Questions by Committee Experts\nMARIANNE LEFEVRE, Committee Expert, asked how many "
        "complaints of domestic violence had been filed. How many of these complaints had "
        "led to a conviction? She also asked whether victims had access to free legal aid.\n"
        "Responses by the Delegation\nThe delegation said that 9,412 complaints of domestic "
        "violence had been filed in 2022. Among them, 1,870 cases had resulted in a criminal "
        "conviction. Victims had access to free legal aid in all courts.\n")
    second = review.answers[1]
    assert second.status == "answered"
    assert any(text.startswith("Among them") for text in linked(review, second))


def test_opening_remarks_after_a_lede_of_questions_answer_nothing() -> None:
    """A release that recaps the questions in its lede and then gives the presentation: "X,
    Secretary General ..., in opening remarks said that since its accession to the Covenant
    ..." only shares "Covenant" with a question on the Covenant's Protocol; the
    presentation never answers (README)."""
    review = analyze_text(
        "The Human Rights Committee today concluded its review of the initial report of "
        "Ruritania.\n\nA Committee Expert asked: did the State plan to ratify the Second "
        "Optional Protocol to the Covenant, aiming at the abolition of the death penalty?\n\n"
        "Maria Lopez, Secretary General of the Ministry of Foreign Affairs of Ruritania, in "
        "opening remarks said that since its accession to the Covenant in 2018, Ruritania had "
        "witnessed wide-ranging developments.\n")
    assert [a.status for a in review.answers] == ["not_answered"]
