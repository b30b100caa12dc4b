"""Numeric claims: the finder on hand-made sentences (one test per trap), years, duplicates,
and the stage on the sample against its reference."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import timeit

import pytest

from conftest import GOLD, SHARED, analyze_text, assert_span_invariant, needs_shared
from treatyscope.data.claim_commitments import CUES
from treatyscope.data.claim_years import (
    CONTINUATION,
    FULL_DATE,
    FULL_DATE_RULE,
    MONTHS,
    RELATIVE,
    TARGET_BEFORE_ENDS,
    YEAR,
    YEAR_RULE,
)
from treatyscope.data.units import plural_noun
from treatyscope.model import Metadata, Review, Source, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_find import find_quantities, only_dropped_years
from treatyscope.pipeline.claim_scan import (
    FEW_BEYOND_LATIN1,
    FOLD_TRAPS,
    OTHER_LETTER,
    TurnIndex,
    _has_fold_trap,
    letter_classes,
    letter_runs,
    lower_twin,
    lowered,
    words_of,
)
from treatyscope.pipeline.claim_tokens import may_hold_number, number_sentences
from treatyscope.pipeline.claim_years import (
    _KIND_TWINS,
    YearFix,
    _date_lead_cut,
    _may_be_base,
    _may_be_relative,
    _may_continue,
    claim_year,
    document_year,
    infer_document_year,
    year_mentions,
    years_written,
)
from treatyscope.pipeline.claims import claims as claims_stage


def found(text: str, lang: str = "en") -> list[tuple[str, object, str | None]]:
    """(span text, value, unit) of every quantity in a one-sentence text."""
    return [(text[q.span.start : q.span.end], q.value, q.unit)
            for q in find_quantities(text, Span(0, len(text)), lang)]


# ------------------------------------------------------------------ what is a claim
@pytest.mark.parametrize(("text", "expected"), [
    ("There were around 88,000 children in the country.", [("88,000 children", 88000, "persons")]),
    ("Thirty-nine criminal cases had been held.", [("Thirty-nine criminal cases", 39, "cases")]),
    # a quoted name before the noun it names; a quoted noun is the noun
    ("Fourteen “Ciudad Mujer” centres were open.",
     [("Fourteen “Ciudad Mujer” centres", 14, "centres")]),
    ("Some 5 “safe houses” were open.", [("5 “safe houses", 5, "houses")]),
    # two modifiers of one noun joined by "and"; two nouns are two
    ("Four new correctional and rehabilitation centres were open.",
     [("Four new correctional and rehabilitation centres", 4, "centres")]),
    ("There were 12 boys and girls in care.", [("12 boys", 12, "persons")]),
    # ... when the first modifier is a participle or a gerund (probe 292)
    ("There were 127,843 disappeared and non-located persons.",
     [("127,843 disappeared and non-located persons", 127843, "persons")]),
    ("The police had dismantled 128 trafficking and smuggling networks.",
     [("128 trafficking and smuggling networks", 128, "networks")]),
    ("In all, 40 detained and 12 released persons were counted.",
     [("40", 40, None), ("12 released persons", 12, "persons")]),
    ("Half of the amount was allocated by the State.", [("Half", 50, "percent")]),
    ("Ombudsman office salaries had been tripled.", [("tripled", 3, "multiplier")]),
    ("Over a two-year project, workers were sent abroad.", [("two-year", 2, "years")]),
    ("Medication was provided for six to 12 months.", [("six to 12 months", (6, 12), "months")]),
    ("Costs had been reduced by 40 to 80 per cent.", [("40 to 80 per cent", (40, 80), "percent")]),
    ("Fees fell by between 40 and 80 per cent.", [("40 and 80 per cent", (40, 80), "percent")]),
    # a scale written once scales both ends, unless the low end would pass the high one
    ("It had between 1.8 and 2.5 million people.",
     [("1.8 and 2.5 million people", (1.8e6, 2.5e6), "persons")]),
    ("Between 500 and 2 million people were hit.",
     [("500 and 2 million people", (500, 2e6), "persons")]),
    ("In 2022, 2.76 billion dollars were transferred.", [("2.76 billion dollars", 2.76e9, "USD")]),
    ("The fund received US$ 5 million.", [("US$ 5 million", 5e6, "USD")]),
    ("It spent 320 million reais.", [("320 million reais", 3.2e8, "BRL")]),
    ("It spent 45 million convertible marks.", [("45 million convertible marks", 4.5e7, "BAM")]),
    ("It spent 2.5 billion Egyptian pounds.", [("2.5 billion Egyptian pounds", 2.5e9, "EGP")]),
    ("It invested 46 million forint.", [("46 million forint", 4.6e7, "HUF")]),
    # an age limit after "to be" is no count (probe 301)
    ("Of the recruits, 83 persons were found to be under 18.", [("83 persons", 83, "persons")]),
    # ... and the plurals of the taka and the naira (probe 308)
    ("The ceiling was 165,000 takas.", [("165,000 takas", 165000, "BDT")]),
    ("The wage was 70,000 nairas.", [("70,000 nairas", 70000, "NGN")]),
    ("It paid 2 billion togrogs.", [("2 billion togrogs", 2e9, "MNT")]),
    ("It paid 4.5 billion meticais.", [("4.5 billion meticais", 4.5e9, "MZN")]),
    ("It paid 300 million kwanzas.", [("300 million kwanzas", 3e8, "AOA")]),
    ("It paid 38 million nuevos soles.", [("38 million nuevos soles", 3.8e7, "PEN")]),
    ("It paid 4.2 million Eastern Caribbean dollars.",
     [("4.2 million Eastern Caribbean dollars", 4.2e6, "XCD")]),
    # a State's name before its currency's noun
    ("It paid 3 million Namibia dollars.", [("3 million Namibia dollars", 3e6, "NAD")]),
    # ... also a name that ends as a demonym does ("Omani rials")
    ("It paid 3 million Fiji dollars.", [("3 million Fiji dollars", 3e6, "FJD")]),
    ("It paid 2 million Brunei dollars.", [("2 million Brunei dollars", 2e6, "BND")]),
    # a State's name before the noun of its currency, as ISO 4217 names it
    ("It paid 45 billion Sierra Leone leones.", [("45 billion Sierra Leone leones", 45e9, "SLE")]),
    ("It paid 2 million Solomon Islands dollars.",
     [("2 million Solomon Islands dollars", 2e6, "SBD")]),
    # a currency code in capitals after the amount; "km" in lower case are kilometres
    ("The wage was 540 KM, then 590 BAM.", [("540 KM", 540, "BAM"), ("590 BAM", 590, "BAM")]),
    ("Of the children held in police cells, 137 had been released.", [("137", 137, "persons")]),
    ("Some 1.6 million Sri Lankans worked abroad.",
     [("1.6 million Sri Lankans", 1.6e6, "persons")]),
    ("It hosted 500 Venezuelans.", [("500 Venezuelans", 500, "persons")]),
    # people of the justice system, and people named by what they are not
    ("It held 4,212 juveniles and 5 fugitives.",
     [("4,212 juveniles", 4212, "persons"), ("5 fugitives", 5, "persons")]),
    ("Some 2.9 million non-Jordanians lived there.",
     [("2.9 million non-Jordanians", 2.9e6, "persons")]),
    ("Some 2.3 million Senegalese and 20 Swiss lived there.",
     [("2.3 million Senegalese", 2.3e6, "persons"), ("20 Swiss", 20, "persons")]),
    ("There was a 2.5-fold increase.", [("2.5-fold", 2.5, "multiplier")]),
    # counted nouns whose plural is the singular
    ("It had 7 million head of livestock and 2 million sheep.",
     [("7 million head", 7e6, "head"), ("2 million sheep", 2e6, "sheep")]),
    ("Some 9.7 million Burkinabe and 2 million Malagasy lived abroad.",
     [("9.7 million Burkinabe", 9.7e6, "persons"), ("2 million Malagasy", 2e6, "persons")]),
    ("It covered 68 of the country's 75 districts.",
     [("68", 68, "districts"), ("75 districts", 75, "districts")]),
    ("Women represented 11% of staff.", [("11%", 11, "percent")]),
    # a share after an age word is no age ("persons of working age")
    ("The employment rate of persons of working age stood at 11.4 per cent.",
     [("11.4 per cent", 11.4, "percent")]),
    ("It raised the rate of children under five to 91 per cent.",
     [("91 per cent", 91, "percent")]),
    ("The 18-member Committee met.", [("18-member", 18, "persons")]),
    ("More than 2.7 million internally displaced persons remained.",
     [("2.7 million internally displaced persons", 2.7e6, "persons")]),
    ("It is composed of 14 international independent human rights experts.",
     [("14 international independent human rights experts", 14, "persons")]),
    ("Hours had been reduced from 72 to 24 hours.", [("72", 72, "hours"), ("24 hours", 24, "hours")]),
    # a change's verb far before "from": two values, not a range
    ("It had raised the share of the Common Fund reserved for persons with disabilities from 3 "
     "to 5 per cent.", [("3", 3, "percent"), ("5 per cent", 5, "percent")]),
    ("The motion was rejected by a roll-call vote of 25 in favour, 1 against and 9 abstentions.",
     [("25 in favour", 25, "votes"), ("1 against", 1, "votes"), ("9 abstentions", 9, "votes")]),
    ("One in five women had been affected.", [("One in five", 20, "percent")]),
    # a duration of one unit written "<unit>-long", as "two-week" is of two
    ("It concluded its week-long fifth session.", [("week-long", 1, "weeks")]),
    # a list of bare numbers counts what is written after its last member
    ("The rates were 45 and 55 per cent.", [("45", 45, "percent"), ("55 per cent", 55, "percent")]),
    ("Only 14, 11 and 9 criminal cases went to court.",
     [("14", 14, "cases"), ("11", 11, "cases"), ("9 criminal cases", 9, "cases")]),
    # a participle after the plural noun is the verb, not a modifier of the next noun
    ("Some 1,120 pupils received scholarships.", [("1,120 pupils", 1120, "persons")]),
    # the part of a whole counted with an approximator takes the whole's noun
    ("Some 1,470 of the country's roughly 15,000 schools were inclusive.",
     [("1,470", 1470, "schools"), ("15,000 schools", 15000, "schools")]),
    # the time a change took is no claim
    ("Child marriages had decreased by a third in ten years.", [("a third", 33.3, "percent")]),
    # a planned change in the base form of its verb
    ("It would extend the deadline for appeals from two months to six months.",
     [("two months", 2, "months"), ("six months", 6, "months")]),
    # a number with an article of its own after a list's "and" counts
    ("In 2023, 3 persons were convicted under article 127 and 11 under article 365.",
     [("3 persons", 3, "persons"), ("11", 11, "persons")]),
    # "more" between a count and its plural noun counts the noun
    ("The prisons held 30,000 more inmates than places.", [("30,000 more inmates", 30000,
                                                           "persons")]),
    ("Close to two fifths of all employees and a fifth of households.",
     [("two fifths", 40, "percent"), ("a fifth", 20, "percent")]),
    ("Around a third of the children and a million people.",
     [("a third", 33.3, "percent"), ("a million people", 1e6, "persons")]),
    ("The population was 2.6 million people, and more than 1 million of them were migrants.",
     [("2.6 million people", 2.6e6, "persons"), ("1 million", 1e6, "persons")]),
    # "of them" counts members of a group, never a share given between (probe 337)
    ("Some 14 parties had not met the 5 per cent rule, and three of them had been fined.",
     [("14 parties", 14, "parties"), ("5 per cent", 5, "percent"), ("three", 3, "parties")]),
    ("Over 900 cases were found, and four of these children were in danger.",
     [("900 cases", 900, "cases"), ("four", 4, "persons")]),
    ("Of those who died, 1,096 were teens and 230 were children.",
     [("1,096", 1096, "persons"), ("230", 230, "persons")]),
    # a spelled-out number with a hyphenated last part, and large ones without a noun
    ("The list had fallen to two thousand nine hundred and forty-four in April.",
     [("two thousand nine hundred and forty-four", 2944, None)]),
    # ... but a second number with a scale as large is a second number (here a range)
    ("Fines ranged between one million and five million pesos.",
     [("one million and five million pesos", (1e6, 5e6), "pesos")]),
    ("The fund held one million and five hundred thousand dollars.",
     [("one million and five hundred thousand dollars", 1.5e6, "USD")]),
    ("There were more than twenty-six thousand in 2017.", [("twenty-six thousand", 26000, None)]),
    # a bare number over 100 is no share: the count a change started from (and both count
    # the subject the level is of)
    ("Hate crimes had risen to 3,612, up 7 per cent from 3,355.",
     [("3,612", 3612, "crimes"), ("7 per cent", 7, "percent"), ("3,355", 3355, "crimes")]),
    ("Of the 27 prosecutions, 11 concerned police officers and 6 concerned prison staff.",
     [("27 prosecutions", 27, "prosecutions"), ("11", 11, "prosecutions"),
      ("6", 6, "prosecutions")]),
    ("It discussed one draft and two future general comments.",
     [("one draft", 1, "drafts"), ("two future general comments", 2, "comments")]),
    # a rate's base "for every 100"; a helpline's number in apposition; a frequency; the
    # letters of a currency with no ISO code
    ("The ratio was 110 boys for every 100 girls.", [("110 boys", 110, "persons")]),
    ("The child helpline, 116, had received 40,000 calls.", [("40,000 calls", 40000, "calls")]),
    ("Inspections were held three times a year, and costs were three times higher.",
     [("three times", 3, "multiplier")]),
    ("Some JD 2.3 million had been allocated.", [("JD 2.3 million", 2.3e6, "JOD")]),
    ("In ADPF 635, the Court limited raids, and 120 officers were investigated.",
     [("120 officers", 120, "persons")]),  # a case's number after its acronym
    # a total's verb before an approximator gives the subject's noun
    ("Informal settler families numbered some 584,000.", [("584,000", 584000, "families")]),
    ("The number of houses doubled in just two years.", [("doubled", 2, "multiplier")]),
    # the first number words of a spelled ordinal count nothing
    ("Its one hundred and forty-second session examined 12 reports.",
     [("12 reports", 12, "reports")]),
    # a fraction as the subject of its verb
    ("Close to one third lived in rural areas, and nearly half were women.",
     [("one third", 33.3, "percent"), ("half", 50, "percent")]),
    ("A third party had intervened in the second half of the year.", []),
    # a figure set aside for another; around the clock; how rare, no duration
    ("The rate was 27.1 per cent, rather than the figure of 30 per cent cited.",
     [("27.1 per cent", 27.1, "percent")]),
    ("The figure of 100,000 cited by some organizations had no basis, and 1,200 were found.",
     [("1,200", 1200, None)]),
    ("The figure of 312 staff was confirmed.", [("312 staff", 312, "persons")]),
    # ... or called an error (probe 367)
    ("The figure of 2,145 in the replies was a typographical error; the correct figure was "
     "1,245 children.", [("1,245 children", 1245, "persons")]),
    # a figure denied, then the one given instead (probe 322)
    ("The drop was therefore not 30.8 per cent, but 12 per cent.", [("12 per cent", 12, "percent")]),
    # ... an aside between (probe 363)
    ("The rate was not 14 per cent, as had been suggested, but 19 per cent.",
     [("19 per cent", 19, "percent")]),
    ("The line was open 24 hours a day, seven days a week, and took 96,000 calls.",
     [("96,000 calls", 96000, "calls")]),
    ("It was the most severe drought in 50 years, and 40 herders died.",
     [("40 herders", 40, "persons")]),
    # a count right after the year it is of (probe 312); a school year is no count
    ("In the past year 39 criminal cases had been opened, and this year 13 arrest warrants "
     "had been issued.", [("39 criminal cases", 39, "cases"), ("13 arrest warrants", 13, "warrants")]),
    ("Pupils in year 12 sat the examination.", []),
    # an amount then a count is no range; a noun before the counted plural; a number to
    # call after its noun; a multiplier lends no unit (probes 312, 313, 315, 316)
    ("It paid a pension of 400 quetzales to 118,000 beneficiaries; the ban lasted six weeks, "
     "and more than 600 suspected trafficking victims were stopped; the child helpline 1098 "
     "received 40,000 calls.",
     [("400 quetzales", 400, "GTQ"), ("118,000 beneficiaries", 118000, "persons"),
      ("six weeks", 6, "weeks"), ("600 suspected trafficking victims", 600, "persons"),
      ("40,000 calls", 40000, "calls")]),
    ("The number of schools had doubled to 300.",
     [("doubled", 2, "multiplier"), ("300", 300, "schools")]),
])
def test_quantities_english(text: str, expected: list[tuple[str, object, str]]) -> None:
    got = found(text)
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    for (_, value, _), (_, want, _) in zip(got, expected, strict=True):
        assert value == pytest.approx(want)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le nombre a été ramené à 17 983 personnes exactement.", [("17 983 personnes", 17983, "persons")]),
    # a multiple (probe 321)
    ("Le nombre de plaintes a été multiplié par trois depuis 2001.",
     [("trois", 3, "multiplier")]),
    # a fronted period is no figure (probe 313)
    ("En dix ans, 300 écoles ont été construites.", [("300 écoles", 300, "écoles")]),
    # "de N heures" after a noun it measures is a length, not a time of day
    ("Les policiers suivent un module de 16 heures.", [("16 heures", 16, "hours")]),
    ("Il a adopté 2,76 milliards de dollars.", [("2,76 milliards de dollars", 2.76e9, "USD")]),
    ("Les femmes représentent 63 pour cent des migrants.", [("63 pour cent", 63, "percent")]),
    ("Il a fait valoir que 52 % des femmes étudient.", [("52 %", 52, "percent")]),
    ("Quelque 6000 travailleurs seraient morts.", [("6000 travailleurs", 6000, "persons")]),
    ("Le Comité a examiné les rapports de huit pays.", [("huit pays", 8, "pays")]),
    ("Il a tenu une réunion avec un cas.", []),
    ("Le Comité a examiné le projet sur l’article 3 de la Convention.", []),
    ("La séance est ouverte à 15 h 15.", []),
    ("Il a clos sa quatre-vingt-huitième session le 23 novembre dernier.", []),
    ("Un Rom qui aura vingt ans en 2032 jouira des mêmes chances.", []),
    # approximate collective numbers, counted with the noun after their "de"
    ("Une trentaine de membres siègent au Conseil.", [("Une trentaine de membres", 30, "persons")]),
    ("Il a reçu une douzaine de cas.", [("une douzaine de cas", 12, "cas")]),
    ("La loi avait été adoptée trois ans plus tôt.", []),  # a time reference
    # a count whose noun is before it, with the conditional of an allegation
    ("Il y a eu 12 journalistes agressés, dont trois auraient été assassinés.",
     [("12 journalistes", 12, "persons"), ("trois", 3, "persons")]),
    ("Le fonds était doté de 1 000 000 de dinars.", [("1 000 000 de dinars", 1e6, "dinars")]),
    # the French long scale: a "billion" is a million millions
    ("Le budget était de 19,3 billions de pesos.", [("19,3 billions de pesos", 1.93e13, "pesos")]),
    # a ratio with the counted noun inside; "une" stays an article elsewhere
    ("Un membre sur cinq du Conseil est une femme.", [("Un membre sur cinq", 20, "percent")]),
    ("Le pays compte 17 millions de personnes.", [("17 millions de personnes", 17e6, "persons")]),
    ("Le pays comptait 3 200 étrangers en détention.", [("3 200 étrangers", 3200, "persons")]),
    ("Il y a 40 millions d'actes enregistrés.", [("40 millions d'actes", 40e6, "actes")]),
    # "de X à Y" after a verb of change is two figures, not a range
    ("Le salaire minimum a été relevé de 23 514 à 28 216 francs CFA.",
     [("23 514", 23514, "XOF"), ("28 216 francs CFA", 28216, "XOF")]),
    # ... and so does a second change whose verb is elided
    ("Le taux est passé de 48 % à 71 %, et celui des filles de 52 % à 68 %.",
     [("48 %", 48, "percent"), ("71 %", 71, "percent"), ("52 %", 52, "percent"),
      ("68 %", 68, "percent")]),
    # a figure the speaker corrects is no claim
    ("Le taux était de 4,3 %, et non à 5,1 %.", [("4,3 %", 4.3, "percent")]),
    ("Il y a eu 71 décès, et non pas 64.", [("71 décès", 71, "décès")]),
    ("Il y a eu 71 décès au lieu de 64.", [("71 décès", 71, "décès")]),
    # a ratio's "une" elided into the word before; a count after "sur" is no ratio's base
    # (the span after the elided "d'", as "plus d'un million" has it)
    ("Près d'une femme sur deux travaillait.", [("une femme sur deux", 50, "percent")]),
    ("Une enquête sur deux affaires était ouverte.", [("deux affaires", 2, "affaires")]),
    # around the clock, no duration
    ("Les centres sont ouverts vingt-quatre heures sur vingt-quatre.", []),
    ("Les inspections ont lieu deux fois par an.", []),  # a frequency
    ("Le numéro vert 116 avait reçu 4 200 appels.", [("4 200 appels", 4200, "appels")]),
    ("La ligne verte 116, gratuite, avait reçu 4 200 appels.", [("4 200 appels", 4200, "appels")]),
    ("Une ligne d'assistance gratuite, le 813, fonctionne vingt-quatre heures sur "
     "vingt-quatre.", []),
    ("En vingt-cinq ans d'application de la loi, 300 cas ont été jugés.",
     [("300 cas", 300, "cas")]),  # a period
    # "un" as the low end of a range
    ("La peine est de un à trois ans.", [("un à trois ans", (1, 3), "years")]),
    # the part of a counted whole: "14 des 22 régions", as "11 of the 14 regions"
    ("Les réseaux couvrent 62 des 119 districts.",
     [("62", 62, "districts"), ("119 districts", 119, "districts")]),
    # "entre" elided into "qu'entre" still opens a range, whose scale scales both ends
    ("Il a dit qu'entre 1,8 et 2,5 millions de personnes vivaient là.",
     [("1,8 et 2,5 millions de personnes", (1.8e6, 2.5e6), "persons")]),
    # the noun of "le nombre de N ...", its head first in French
    ("Le nombre de personnes handicapées enregistrées s'élevait à 1 043 000.",
     [("1 043 000", 1043000, "persons")]),
])
def test_quantities_french(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(t, pytest.approx(v), u) for t, v, u in found(text, "fr")] == expected


@pytest.mark.parametrize("text", [
    "Le numéro d'appel gratuit 109 a été ouvert.",  # a number to call
    "Il a cité l’article 46 de l’ordonnance 06-01 et l’ordonnance 06-03.",  # texts' numbers
    # how often, no length (probes 318, 320)
    "The plan was reviewed every two years, and the council met every two weeks.",
    "Le plan est révisé tous les deux ans.",
    "Since 1 November 2020, a social security agreement was in place.",  # a date
    "In 2021, an agreement had been signed.",  # a year used as a date
    "The Committee will next meet at 3 p.m. on Thursday, 30 November.",  # clock time and date
    "The meeting was called to order at 10.05 a.m.",
    "La réunion se tiendra de 10 heures à 13 heures.",  # ... but a range of times is
    "Les travaux reprendront à partir de 15 heures.",
    "The budget for 2024–25 was adopted.",  # a fiscal year with an en dash
    "The meeting was called to order at 1 0 .",  # a broken PDF line
    "It began its thirty-seventh session and its 76th meeting.",  # ordinals
    "Why had it not ratified the conventions 183, 181 and 189?",  # convention numbers
    "It considered matters under articles 19 and 22 and Article 14 of the Convention.",
    "The report (CMW/C/KGZ/2) and the reports CMW/C/SYR/2-3 were before it.",  # symbols
    "Press release HR/CT/617 and CAT/18/017E were issued.",  # press codes
    "It acted in accordance with resolution 66/254 of the General Assembly.",
    "Families with children up to the age of 17 received benefits.",
    "Policies limited the migration of women below the age of 23.",
    "Children between 7 and 14 years of age worked.",  # both ends of an age range
    "Children from 7 to 14 years of age worked.",
    "Children as young as 12 were recruited.",  # an age
    "It was paid to children until they turned 18.",  # an age reached (probe 340)
    "No person who was under 18 at the time of the offence had been executed.",  # (probe 286)
    "Les manifestations ont eu lieu entre le 2 et le 6 mars 2022.",  # dates (probe 288)
    "Pupils in grades 6 to 9 were enrolled.",  # labels of grades
    "Many adults lived with type 2 diabetes.",  # the label of a kind
    "Education was one of its priorities.",  # membership, not a count of one
    "Officers worked in every one of the districts.",  # all of them (probe 340)
    "Children aged one to three were repatriated.",
    "Programmes reached 15-year-old girls.",
    "It adopted general comment No. 26 and general recommendation 40.",
    "The COVID-19 pandemic affected the session.",
    "Contact Mr. Smith (+41 22 917 93 35) for details.",
    "The release is dated 2020-09-29 and 3/23/2023.",
    "Over the past two years, the Committee held dialogues.",
    "Three years later, the High Court decided otherwise.",
    "Sixty years since its entry into force, much remained to do.",
    "The 2021 Constitution gave pride of place to children.",
    "In accordance with rule 12 (1) of the rules, he withdrew.",
    "Norway had adopted its plan in time.[3]",  # a note's marker
    "Legal aid was expanded in 2021-22.",  # the end of a span of years
    "The “one country, two systems” principle applied.",  # a quoted name
    "Replying to questions 13 to 24 of the list of issues, he turned to question 16.",
    "It accomplished its Human Rights 75 pledge early.",
    "Most people lived on less than one dollar a day.",
    "Employers with 25 or more workers had to report.",  # the bound of a class
    "The law referred 16 and 17 year olds to adult courts.",  # two ages
    "The law referred 16- and 17-year-olds to adult courts.",
    "Since 2019 persons convicted of torture could not be pardoned.",  # a year
    "Were there exceptions for fathers of three or more children?",
    "Peace and development were two sides of the same coin.",
    "It was one of the most important successes.",
    "One Expert said the figures were striking.",
    "Support was provided in one place.",
])
def test_not_claims(text: str) -> None:
    assert found(text) == [], found(text)


def test_qualifiers_stay_outside_the_span() -> None:
    text = "Over 150,000 citizens, more than 5,300 prisoners and up to 11 years were cited."
    quantities = find_quantities(text, Span(0, len(text)))
    assert [(text[q.span.start : q.span.end], q.qualifier) for q in quantities] == [
        ("150,000 citizens", "over"), ("5,300 prisoners", "more than"), ("11 years", "up to")]


@pytest.mark.parametrize(("text", "qualifier"), [
    # "over" after what it covers is no approximator
    ("The State had issued land titles over 1.2 million hectares.", None),
    # ... nor after what spans a time
    ("The day of general discussion would take place over two days.", None),
    ("The reform was spread over three years.", None),
    # ... nor a verb's particle (probe 370)
    ("The commission had handed over 1,200 documents to the prosecutors.", None),
    ("The trial lasted over two years.", "over"),
    ("The vacancy rate was below 1 per cent.", "less than"),
    ("The rate was lower than 5 per cent.", "less than"),
    ("Le taux était inférieur à 5 %.", "less than"),
    ("Les peines d'une durée inférieure à 2 ans étaient rares.", "less than"),
    ("Le nombre de détenus était supérieur à 12 000 personnes.", "more than"),
    # a verb of going beyond, or of not going beyond
    ("Inflation had exceeded 117 per cent in 2024.", "more than"),
    ("Le taux de détention provisoire dépassait 84 % en 2022.", "more than"),
    ("Police custody could not exceed 48 hours.", "at most"),
    # ... with an adverb between (probe 331)
    ("Disciplinary isolation could not legally exceed 15 days.", "at most"),
    ("La garde à vue ne peut en aucun cas dépasser 48 heures.", "at most"),
])
def test_a_comparative_before_a_figure_bounds_it(text: str, qualifier: str) -> None:
    """'inférieur à 5 %' allows no 6 %: the bound is the figure's qualifier."""
    lang = "fr" if text.startswith(("Le ", "Les ")) else "en"
    [quantity] = find_quantities(text, Span(0, len(text)), lang)
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Les délégués étaient une trentaine de membres.", "about"),
    ("Une vingtaine de centres avaient été ouverts.", "about"),
    ("Les délégués étaient environ 30 membres.", "around"),  # the word before still wins
])
def test_a_french_collective_number_is_an_approximation(text: str, qualifier: str) -> None:
    """"une trentaine de membres" is about thirty: the qualifier says so."""
    [quantity] = find_quantities(text, Span(0, len(text)), "fr")
    assert quantity.qualifier == qualifier


def test_a_time_frame_in_weeks_measures_the_session() -> None:
    assert found("It considered five countries over the past three weeks.") == [
        ("five countries", 5, "countries"), ("three weeks", 3, "weeks")]


def test_bare_number_word_without_noun_is_dropped_but_elliptic_kept() -> None:
    assert found("Twelve had been declared inadmissible.") == [("Twelve", 12, None)]
    assert found("They were in two minds.") == []


# ------------------------------------------------------------------ years
def _year(text: str, needle: str, doc_year: int | None = 2023,
          previous: YearFix | None = None) -> YearFix:
    return claim_year(text, Span(0, len(text)), text.index(needle), doc_year, previous)


@pytest.mark.parametrize(("text", "needle", "year"), [
    ("The quota for 2023 had been approved for 25,000 foreign citizens.", "25,000", 2023),
    # an opening event dates itself, not what came after it; a figure inside it is its own
    ("Following the 30-day strike in 2021, more than 90 cases had been opened.", "90", None),
    ("Following the 30-day strike in 2021, more than 90 cases had been opened.", "30", 2021),
    ("À la suite des inondations de 2019, 300 écoles ont été reconstruites.", "300", None),
    ("After reviewing 30 reports in 2019, the Committee met.", "30", 2019),
    # a time after the sentence's date in the figure's clause
    ("In 2024, it planned to spend 6 per cent, and it would eventually spend 7 per cent.", "7",
     None),
    # an era's name is no date of the count: "the post-2030 agenda"
    ("Besides nine reports, the Committee endorsed a statement on the post-2030 agenda.",
     "nine", None),
    ("At the start of 2023, the facilities held more than 5,300 citizens.", "5,300", 2023),
    ("Women represented 63 per cent of workers in 2015, and 54 per cent in 2022.", "63", 2015),
    ("Women represented 63 per cent of workers in 2015, and 54 per cent in 2022.", "54", 2022),
    # a relative year right after a figure dates it, not the other figure's year
    ("Pensions rose by 8.5 per cent in 2024 and by a further 6.5 per cent this year.", "6.5",
     2023),
    ("Pensions rose by 8.5 per cent in 2024 and by a further 6.5 per cent this year.", "8.5",
     2024),
    # an event's month and year date the event, not the figure
    ("Some 401 persons were released under the amnesty law adopted in November 2023.", "401",
     None),
    # the start of a year after the second figure dates it
    ("It had fallen from 49,800 in 2021 to 42,300 at the beginning of 2024.", "42,300", 2024),
    ("It had fallen from 49,800 in 2021 to 42,300 in early 2024.", "42,300", 2024),
    # a year after a change dates where it ended, not its first figure
    ("The share had been raised from 3 to 5 per cent in 2023.", "3", None),
    ("The share had been raised from 3 to 5 per cent in 2023.", "5", 2023),
    # a target year dates no figure, "d'ici à" as "by"
    ("Le nombre de places, actuellement de 420, sera porté à 520 d'ici à 2026.", "420", None),
    ("Le nombre de places, actuellement de 420, sera porté à 520 d'ici à 2026.", "520", None),
    # a period between two months of two years is a span: no year
    ("It repatriated 78,400 workers between March 2020 and December 2021.", "78,400", None),
    ("Entre mars 2020 et décembre 2021, 78 400 travailleurs ont été rapatriés.", "78 400", None),
    # a part of a year dates its figure with that year
    ("It recorded 37 femicides in 2023 and 29 in the first nine months of 2024.", "29", 2024),
    ("16 persons died in 2020 and 11 during the first quarter of 2021.", "11", 2021),
    ("In 2021 and 2022, police killed approximately 1,200 civilians.", "1,200", None),
    ("It had increased by 84.5 per cent between 2012 and 2016.", "84.5", None),
    ("The countries are among the 167 States parties to the Covenant, which was adopted in 1966.",
     "167", None),
    ("Attacks surged by 112 per cent compared to 2021.", "112", None),
    ("The 2021 Constitution protected 5 groups.", "5", None),
    ("Kyrgyzstan had approved a strategy with 3 goals up to 2030.", "3", None),
    # what had been reached "by" a date is dated; a plan "by" a date is a target
    ("Some 489 land titles had been issued by June 2024.", "489", 2024),
    ("Some 489 land titles would have been issued by 2030.", "489", None),
    ("The Government had set a goal of 40 per cent by 2025.", "40", None),
    # ... and so is a level that stood at a figure "by" a date
    ("By the end of 2021, the number of children held stood at 5,100.", "5,100", 2021),
    ("The number of children held stood at 5,100 by the end of 2021.", "5,100", 2021),
    ("The number of schools would have reached 300 by 2025.", "300", None),
    ("In 2019, 2,400 were held; by 2024 that number had fallen to 1,150.", "1,150", 2024),
    # a change to a figure dated with its day and month
    ("The rate rose from 78 per cent in 2017 to 87.5 per cent as of 31 December 2022.",
     "87.5", 2022),
    ("Le taux est passé de 78 % en 2017 à 87,5 % au 31 décembre 2022.", "87,5", 2022),
    # "after the 2021 elections" dates the figure; it opens no clause
    ("Women held 26 per cent of mayoral posts after the 2021 local elections.", "26", 2021),
    # the number of a law is no span of years
    ("Le harcèlement est puni de deux ans depuis l'entrée en vigueur de la loi organique "
     "no 2017-58 du 11 août 2017.", "deux", 2017),
    ("The 2021-22 school year enrolled 900 pupils.", "900", None),  # a span of years
    # a figure's own year stands though another figure of the clause spans years
    ("Some 46 million leva were invested in 2013, then 52 million in 2014 and 2015.", "46", 2013),
    ("The budget had doubled between 2014 and 2018, reaching 4.5 billion in 2018.", "4.5", 2018),
    # "than" before a group compares groups, not years
    ("Women earned 36 per cent less than men in 2010.", "36", 2010),
    ("The rate was 12 per cent, higher than in 2015.", "12", None),
    # "against" before what is done, not before a figure
    ("The police recorded 1,239 cases of violence against women in 2021.", "1,239", 2021),
    ("The rate was 12 per cent, as against 9 per cent in 2015.", "12", None),
    # a figure for several years written "de 2014 et de 2017" belongs to neither alone
    ("Les transferts de 2014 et de 2017 atteignaient 7,1 milliards de dirhams.", "7,1", None),
    ("Over 900 cases had been identified in 2022, and four of these children were harmed.", "four", 2022),
    # a part with its own year after a span: "pour la seule année 2024" (probe 352)
    ("Entre 2022 et 2024, 52 600 femmes ont été aidées, dont 18 730 pour la seule année 2024.",
     "18 730", 2024),
    # ... an approximator after "from" too (probe 350)
    ("The share had been raised from around 3 to 5 per cent in 2023.", "3", None),
    ("Between 2018 and 2022, rapes had risen from around 1,650 to 2,210.", "2,210", 2022),
    # a year of accounts or of school dates its figures (probe 346)
    ("The share had reached 3.1 per cent in the 2025 fiscal year.", "3.1", 2025),
    ("In the 2024 academic year, 152,000 children were enrolled.", "152,000", 2024),
])
def test_stated_years(text: str, needle: str, year: int | None) -> None:
    assert _year(text, needle).year == year


@pytest.mark.parametrize(("said", "value"), [
    ("que, selon le recensement de 2022, 152 300 personnes étaient autochtones. Quelque 8 200 "
     "personnes s'étaient identifiées comme afrodescendantes lors de ce même recensement.",
     8200),
    ("that the census of 2022 had counted 152,300 indigenous persons. Some 8,200 persons "
     "had identified as Afro-descendants in that census.", 8200),
])
def test_a_figure_of_the_same_source_takes_its_year(said: str, value: int) -> None:
    """"lors de ce même recensement", "in that census": the census dated in the sentence
    before (probe 362)."""
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said " + said)
    assert [c.year for c in review.claims if c.value == value] == [2022]


@pytest.mark.parametrize(("text", "year"), [
    ("This year, citizens had been repatriated from 58 institutions.", 2023),
    ("It had over 50 cases last year.", 2022),
    ("Thirty-nine cases had been held in the past year.", None),
    ("Currently this applied to around 49,000 citizens.", None),
    ("Every year, it provided around 160,000 interventions.", None),
    # a relative year of a clause joined after the figure's is not the figure's (probe 326)
    ("Senegal had 54 consular posts, and the Directorate had assisted 12,400 nationals last "
     "year.", None),
])
def test_relative_years(text: str, year: int | None) -> None:
    fix = _year(text, next(w for w in ("58", "50", "Thirty", "49,000", "160,000", "54")
                           if w in text))
    assert fix.year == year
    if year is not None:
        assert fix.basis and fix.basis.startswith("relative")


def test_year_carried_only_when_the_sentence_says_it_continues() -> None:
    previous = YearFix(2022)
    for opener in ("Au cours de cette même année,", "Cette même année,"):
        fix = _year(f"{opener} 131 corps ont été exhumés.", "131", previous=previous)
        assert fix.year == 2022, opener
    carried = _year("Meetings with more than 500 citizens took place in this context.", "500",
                    previous=previous)
    assert carried.year == 2022 and carried.basis and carried.basis.startswith("context")
    assert _year("It had reviewed 20 reports.", "20", previous=previous).year is None
    assert _year("That year, 300 clinics were opened.", "300", previous=previous).year == 2022
    # a figure compared with an earlier year is of the later year before it
    compared = "Arrests rose by 40 per cent compared to 2021."
    assert _year(compared, "40", previous=previous).year == 2022
    assert _year(compared, "40", previous=YearFix(2021)).year is None
    assert _year(compared, "40").year is None


def test_an_elided_de_before_a_currency() -> None:
    assert _units_fr("Le budget était de 412 milliards d'ariary et de 3 millions d’euros.") == [
        (412e9, "MGA"), (3e6, "EUR")]


def test_a_change_over_a_period_dates_its_two_figures() -> None:
    """"Between 2019 and 2023, ... from 46.2 to 38.5 per cent": the first figure is of the
    period's first year, the second of its last; a count over the period stays undated."""
    text = ("Between 2019 and 2023, the poverty rate had fallen from 46.2 per cent to 38.5 per "
            "cent.")
    assert (_year(text, "46.2").year, _year(text, "38.5").year) == (2019, 2023)
    assert _year("Entre 2019 et 2023, le taux est passé de 46,2 % à 38,5 %.", "38,5").year == 2023
    assert _year("Between 2019 and 2023, 300 cases were recorded.", "300").year is None


def test_a_school_year_with_a_slash_is_a_span() -> None:
    # "2006/2007" is not read as a symbol's number: the figure spans two years, and the
    # year of another clause ("abolished in 2006") does not date it
    fix = _year("Since fees had been abolished in 2006, enrolment had reached 98 per cent in "
                "2006/2007.", "98")
    assert fix.year is None


def test_year_mentions_classify_names_targets_and_spans() -> None:
    text = "The 2021 Constitution, the plan for 2021-2030, up to 2030, compared to 2019, in 2022."
    kinds = [(m.year, m.kind) for m in year_mentions(text, Span(0, len(text)))]
    assert kinds == [(2021, "name"), (2021, "span"), (2030, "span"), (2030, "target"),
                     (2019, "base"), (2022, "date")]


def test_document_year_rule() -> None:
    text = "In 2022 there were 5 cases. For 2024, it would be 25,000. A plan runs up to 2030."
    sentences = (Span(0, 27), Span(28, 57), Span(58, len(text)))
    assert infer_document_year(text, sentences) == 2022
    # a deadline kept is no date of the text ("last year" is then 2021, not 2029)
    kept = text + " Its deadline remained 2030."
    assert infer_document_year(kept, (*sentences, Span(len(text) + 1, len(kept)))) == 2022
    review = Review(Source(text, "<string>"), sentences=sentences)
    assert document_year(review, AnalyzeOptions()).year == 2022
    assert document_year(review, AnalyzeOptions(document_year=2019)).year == 2019
    dated = Review(Source(text, "<string>"), sentences=sentences, metadata=Metadata(date="2023-11-29"))
    assert document_year(dated, AnalyzeOptions(document_year=2019)).year == 2023
    # a French plan told in the simple future is no date of the text either (probe o)
    french = "En 2022, 75 000 femmes avaient reçu du matériel. Le plan prendra fin en 2026."
    assert infer_document_year(french, (Span(0, 48), Span(49, len(french)))) == 2022


# ------------------------------------------------------------------ the stage
def test_stage_on_a_snippet() -> None:
    review = analyze_text("The delegation said 1,200 families received benefits in 2021. "
                          "The delegation said 1,200 families received benefits in 2021.")
    assert [c.text for c in review.claims] == ["1,200 families", "1,200 families"]
    assert review.claims[1].duplicate_of == "c1"
    assert_span_invariant(review)


def test_sample_claims(sample_review: Review) -> None:
    text = sample_review.text
    for claim in sample_review.claims:
        assert claim.sentence_span.contains(claim.span)
        assert claim.text == claim.span.slice(text)
        turn = sample_review.turn_at(claim.span.start)
        assert turn is not None and claim.speaker == turn.participant
    assert_span_invariant(sample_review)


def test_sample_duplicates(sample_review: Review) -> None:
    by_text = {(c.text, c.span.start): c for c in sample_review.claims}
    links = {c.id: c.duplicate_of for c in sample_review.claims if c.duplicate_of}
    restated = {by_text[k].text for k in by_text if by_text[k].id in links}
    assert {"six representations", "six honorary consuls", "1,200 families",
            "six to twelve months", "2.6 million people", "1 million"} <= restated
    expert = next(c for c in sample_review.claims if c.text == "1 million people")
    assert expert.duplicate_of is None  # an expert citing the State is no restatement


def test_claims_stage_is_fast(sample_review: Review) -> None:
    seconds = min(timeit.repeat(lambda: claims_stage(sample_review, AnalyzeOptions()),
                                number=3, repeat=3)) / 3
    assert seconds < 0.1  # about 6 ms on the 35 KB sample


# ------------------------------------------------------------------ speed paths
def test_fast_full_date_rule_agrees_with_the_readable_one() -> None:
    rule = re.compile(FULL_DATE_RULE, re.I)
    text = ("3 May 2023 x3 May 2023 _3 May 2023 13 MAY 2023 113 May 2023 1er mai 2019 ١٢ "
            "June 2020 (19 April 2017) 31  décembre\n1999 7 May 20233 é5 June 2001 2 x 2021")

    def dates(rx: re.Pattern[str], start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(1)) for m in rx.finditer(text, start, end)]

    assert len(dates(rule, 0, len(text))) >= 6
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            assert dates(FULL_DATE, start, end) == dates(rule, start, end), (start, end)


def test_fast_year_rule_agrees_with_the_readable_one() -> None:
    rule = re.compile(YEAR_RULE)
    text = ("x1999 /2001 .2002 a 2003b 2004/ 1900 19999 2020-2021 (1999) _1999 é2000 2000é\n"
            "2001 12001 CMW/C/2023 In 2022, 3 of 2019.")

    def years(rx: re.Pattern[str], start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(1)) for m in rx.finditer(text, start, end)]

    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert years(YEAR, start, end) == years(rule, start, end), (start, end)


def test_lowered_copy_lines_up_or_is_refused() -> None:
    assert lowered("The STATE’s 2 Reports") == "the state’s 2 reports"
    for trap in ("İstanbul", "thiſ", "ΣΟΦΙΑ", "5 µg", "ﬅ"):
        assert lowered(f"The {trap} said") is None, trap


def test_quick_tests_of_the_year_kind_rules_agree_with_their_searches() -> None:
    """On the lower-cased copy, DATE_LEAD, BASE_BEFORE and TARGET_BEFORE are searched only
    where the piece ends as one of their matches can: elsewhere they find nothing (and
    DATE_LEAD its empty match where ``$`` first holds)."""
    assert _KIND_TWINS is not None
    date_lead, _, _, base_before, target_before = _KIND_TWINS
    words = ["in", "since", "the", "end", "of", "start", "by", "to", "up", "than", "with",
             "compared", "depuis", "l'", "la", "en", "jusqu'", "à", "au", "d'ici", "l'an",
             "l'année", "dès", "vs.", "from", "rapport", "deadline", "until", "début", "fin",
             "1er", "12", "course", "half", "x", ",", "(", "entry", "remained", "target", "year",
             "set", "for", "was", *MONTHS[::5]]
    spaces = [" ", "  ", "\n", " \n", "\t", "\u00a0", ""]
    rng = random.Random(5)
    for _ in range(20000):
        piece = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randrange(7)))
        found = date_lead.search(piece)
        assert found is not None
        cut = _date_lead_cut(piece)
        assert cut is None or cut == piece[: found.start()], repr(piece)
        if not _may_be_base(piece):
            assert base_before.search(piece) is None, repr(piece)
        if not piece.rstrip().endswith(TARGET_BEFORE_ENDS):
            assert target_before.search(piece) is None, repr(piece)


def test_the_shared_lower_case_copy_is_text_lower() -> None:
    """claim_scan.lowered takes its copy from spans.lowered: that must be text.lower()."""
    from treatyscope.pipeline.spans import lowered as shared

    for text in ("The STATE’s 2 Reports", "İstanbul", "thiſ", "ΣΟΦΙΑ", "", "ÉTÉ naïve"):
        assert shared(text) in (None, text.lower())
        assert lowered(text) in (None, text.lower())


def test_quick_trap_test_is_the_search() -> None:
    """_has_fold_trap answers FOLD_TRAPS.search, wherever the traps stand among characters
    of ASCII, Latin-1 and beyond (a run beyond Latin-1 is handed over whole)."""
    pieces = ["a", "é", "’", "中", "Ω", "\u2126", "µ", "ı", "ſ", "Σ", "ﬆ", "\u1e9b", "İ", " "]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        assert _has_fold_trap(text) == (FOLD_TRAPS.search(text) is not None), text
    many = "Комитет " * (FEW_BEYOND_LATIN1 // 7 + 1)  # searched whole, not run by run
    for text in (many, many + "ﬆ", "ı" + many, many + "µ", "é" * 99):
        assert _has_fold_trap(text) == (FOLD_TRAPS.search(text) is not None), text[-3:]
    for code in range(0x2000):  # every character alone, and inside a run beyond Latin-1
        for text in (chr(code), f"x’{chr(code)}中y"):
            if not 0xD800 <= code <= 0xDFFF:
                assert _has_fold_trap(text) == (FOLD_TRAPS.search(text) is not None), hex(code)


def test_unicode_facts_behind_the_lowered_copy() -> None:
    """Outside FOLD_TRAPS, ``lower`` maps one character to one, keeps word characters and
    letters what they are, and equals what ``re.IGNORECASE`` equates a rule's letters with."""
    word, letter = re.compile(r"\w"), re.compile(r"[^\W\d_]")
    letters = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ’'"
    folds = re.compile(f"[{letters}]", re.I)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or FOLD_TRAPS.match(char):
            continue
        low = char.lower()
        assert len(low) == 1 and low.lower() == low, hex(code)
        assert (word.match(char) is None) == (word.match(low) is None), hex(code)
        assert (letter.match(char) is None) == (letter.match(low) is None), hex(code)
        assert not folds.match(char) or low in letters, hex(code)


def test_lower_twin_refuses_what_it_cannot_mirror() -> None:
    assert lower_twin(re.compile("abc")) is None  # already case-sensitive
    for source in ("Abc", "[A-Z]x", "[a-z]x", "a\\x41", "a\\101", "(?-i:ab)", "[]!-~]", "[x^-ÿ]"):
        assert lower_twin(re.compile(source, re.I)) is None, source
    assert lower_twin(re.compile(r"(?P<cue>s['’]engage)\s+à|[-‑]\b", re.I)) is not None


def test_speed_paths_agree_with_the_rules(sample_review: Review) -> None:
    text = sample_review.text
    low = lowered(text)
    twin = lower_twin(CUES)
    assert low is not None and twin is not None
    turns = TurnIndex(sample_review)
    for s in sample_review.sentences:
        assert may_hold_number(text, s.start, s.end, low) == may_hold_number(text, s.start, s.end)
        assert find_quantities(text, s, "en", low) == find_quantities(text, s, "en")
        assert ([m.span() for m in twin.finditer(low[s.start : s.end])]
                == [m.span() for m in CUES.finditer(text[s.start : s.end])])
        assert turns.at(s.start) is sample_review.turn_at(s.start)


@needs_shared
def test_sample_against_reference(tmp_path: object, sample_review: Review) -> None:
    pred = tmp_path / "pred.json"  # type: ignore[operator]
    pred.write_text(json.dumps(sample_review.to_json()))
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                          str(GOLD / "kyrgyzstan-cmw-2023.gold.json"), "--pred", str(pred),
                          "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["claims.f1"] >= 0.93
    assert scores["claims.value.accuracy"] >= 0.97
    assert scores["claims.unit.accuracy"] >= 0.9
    assert scores["claims.year.accuracy"] >= 0.85
    assert scores["conflicts.recall"] == 1.0 and scores["conflicts.predicted"] <= 4


# ----------------------------------------------------- speed paths: byte classes, years
def test_letter_classes_hold_the_class_of_every_character() -> None:
    """Every character as "0" (a digit), itself (a Latin-1 letter), OTHER_LETTER (any other
    letter) or a space, one byte for one character (see claim_scan.letter_classes)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    digit, letter = re.compile(r"\d"), re.compile(r"[^\W\d_]")

    def expected(char: str) -> str:
        if digit.match(char):
            return "0"
        if letter.match(char):
            return char if char <= "\xff" else OTHER_LETTER
        return " "

    assert letter_classes(chars).decode("latin-1") == "".join(map(expected, chars))


WORDY = ("x1999 /2001 .2002 a 2003b 2004/ 1900 19999 2020-2021 (1999) _1999 é2000 2000é\n"
         "2001 12001 CMW/C/2023 In 2022, 3 of 2019. Œuvre l’État ÉTÉ naïve x² 2,5 one-third.")


def test_years_written_are_the_matches_of_the_year_rule() -> None:
    for start in range(0, len(WORDY), 3):
        for end in range(start, len(WORDY) + 1, 2):
            want = [(int(m.group(1)), m.start(), m.end()) for m in YEAR.finditer(WORDY, start, end)]
            assert years_written(WORDY, start, end) == want, (start, end)


def test_words_of_are_the_runs_of_three_letters_or_more() -> None:
    low = lowered(WORDY)
    assert low is not None
    rule = re.compile(r"[^\W\d_]{3,}")
    for start in range(0, len(low), 5):
        for end in range(start, len(low) + 1, 7):
            assert words_of(low, start, end) == rule.findall(low, start, end), (start, end)


def test_number_sentences_agree_with_may_hold_number(sample_review: Review) -> None:
    for text, sentences in [
        (sample_review.text, sample_review.sentences),
        (WORDY, tuple(Span(a, b) for a in range(0, 40, 4) for b in (a + 3, a + 9))),
    ]:
        low = lowered(text)
        assert number_sentences(text, sentences, low) == [
            may_hold_number(text, s.start, s.end, low) for s in sentences]


@pytest.mark.parametrize("text", [
    "In 2015 the law changed.", "In 2015, 2016 was planned.", "The 2021 Constitution.",
    "In 2015 million people moved.", "In 2015 per cent of cases.", "2015-year plans.",
    "In 2015 women voted.", "In 2015,2016 it rose.", "In 2015.5 it rose.", "Up to 2030.",
    "In 2015 one million left.", "In 2015 l'article changed.", "In 2015 %.", "2015",
])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sentences_of_dropped_years_state_no_quantity(text: str, lang: str) -> None:
    low = lowered(text)
    assert low is not None
    span = Span(0, len(text))
    if only_dropped_years(text, span, letter_classes(low), letter_runs(low)):
        assert find_quantities(text, span, lang) == []


def test_sentences_of_dropped_years_on_the_sample(sample_review: Review) -> None:
    text = sample_review.text
    low = lowered(text)
    assert low is not None
    skipped = [s for s in sample_review.sentences
               if only_dropped_years(text, s, letter_classes(low), letter_runs(low))]
    assert len(skipped) >= 5
    assert all(find_quantities(text, s) == [] for s in skipped)


def test_quick_year_tests_never_hide_a_match(sample_review: Review) -> None:
    """The substring tests before the relative-year and continuation rules are sound."""
    low = lowered(sample_review.text)
    assert low is not None
    pieces = [low[s.start : s.end] for s in sample_review.sentences] + [
        "last year", "l’an dernier", "l'année prochaine", "cette année-là", "of\tthose",
        "durant cette période", "à cette époque", "parmi eux", "la même année"]
    relative = [lower_twin(rule) for rule, _ in RELATIVE]
    continuation = lower_twin(CONTINUATION)
    assert continuation is not None and None not in relative
    for piece in pieces:
        if any(rule.search(piece) for rule in relative if rule is not None):
            assert _may_be_relative(piece), piece
        if continuation.search(piece):
            assert _may_continue(piece), piece


@pytest.mark.parametrize(("sentence", "year"), [
    # an event dated inside a "since" phrase starts a period: the figure spans years
    ("Ms. Lopez said that since the entry into force of the Protocol in 2013, the Committee "
     "had registered 26 communications.", None),
    # a year after "in" is a date, whatever capitalised word follows it
    ("Ms. Lopez said that in 2020 Azerbaijan had been home to more than 212,000 migrant "
     "workers.", 2020),
    ("In 2023 Kenya's prison population stood at 59,000 persons.", 2023),
    # ... after a possessive too
    ("Mme Lopez a dit que la Commission avait reçu 214 plaintes depuis son installation en "
     "2012.", None),
    ("Ms. Lopez said that since its entry into force in March 2018, 3 cases had been brought.",
     None),
    # a month and a year in an opening adverbial date the whole sentence
    ("In its May 2023 session, the Committee had launched a general comment, which "
     "attracted attention throughout the world, with over 16,000 children participating.", 2023),
    # two years each with its preposition make a span too
    ("Ms. Lopez said 45 cases had been recorded in 2014 and in 2015.", None),
    # a part counted after "dont" shares the year of its whole
    ("Mme Lopez a indiqué que 1 812 enfants avaient été interceptés en 2015, dont 63 % de "
     "filles.", 2015),
    # a year that dates another noun's event ("created in 2012") is not the figure's, and
    # such a sentence takes no year from the one before
    ("Ms. Lopez said that in 2018 the fund grew. The fund, created in 2012, had financed "
     "3,400 micro-projects, two thirds of them led by women.", None),
    ("Ms. Lopez said that 300 schools were built in 2020.", 2020),
    # a reported clause opened by its date, with no comma, dates what it goes on to report
    # ("..., and at 13.5 per cent among women"), not a second report ("..., and that ...")
    ("Ms. Lopez said that in 2018 the unemployment rate stood at 11.2 per cent, and at "
     "13.5 per cent among women.", 2018),
    ("Ms. Lopez said that in 2018 the law had been adopted, and that 300 persons had since "
     "been trained.", None),
    # a clause with its own "since" is not dated by the sentence's opening year
    ("In 2018, 40 schools had opened; since 2016, 12 teachers had been trained.", None),
    # a sentence that sets a period of several years takes no year from the one before
    ("In 2022, 12 cases had been recorded. Over the past three years, 41 children had "
     "arrived, and 33 of them had been placed in care.", None),
    # a compared figure of "the year before" is one year older than the sentence's
    ("Ms. Lopez said that in 2007 there were 30,000 refugees, up from 25,000 the year "
     "before.", 2006),
    # ... and of "N years earlier" N years older
    ("Ms. Lopez said that in 2010, 412 pupils attended such schools, compared with 260 "
     "three years earlier.", 2007),
    ("Mme Lopez a indiqué qu'en 2023, 81 % des naissances étaient enregistrées, contre 58 % "
     "dix ans plus tôt.", 2013),
    # ... also after a scale and a unit of several words; not the base of a change
    ("Ms. Lopez said that in 2002 the budget was 1.8 billion United States dollars, against "
     "1.62 billion United States dollars the previous year.", 2001),
    ("Ms. Lopez said that in 2021 the budget rose to 12 million, an increase of 35 per cent "
     "over the previous year.", 2021),
    # a fronted "By <date>," before a perfect tense dates what had been reached; a plan's
    # "by" stays a target
    ("Ms. Lopez said that by the end of 2015, 4,000 teachers had been hired.", 2015),
    ("Ms. Lopez said that by 2025, 4,000 teachers would have been hired.", None),
    # ... and before a simple past (probe 294); not before one that announces a plan
    ("By the end of 2020, 92.3 per cent of children held a birth certificate.", 2020),
    ("Ms. Lopez said that by 2019, 4,000 teachers were employed in such schools.", 2019),
    ("Ms. Lopez said that by 2030, 95 per cent of children were to be registered.", None),
    ("Ms. Lopez said that by 2030, the Government planned that 95 per cent of children "
     "held a certificate.", None),
    # the base of a change after "over" is the compared year, not the figure's
    ("Ms. Lopez said the police had recorded 5,812 cases in 2021, an increase of 12 per cent "
     "over 2020.", 2021),
    # "after 2000" opens a period and "before 2028" closes one: neither dates the figure
    ("Ms. Lopez said that 12 cases of disappearance had been reported after 2000.", None),
    ("Ms. Lopez said that 320 vacancies were expected before 2028.", None),
    # a second name after "and the" is no new clause
    ("Ms. Lopez said that 94,000 Guatemalans had been returned from Mexico and the United "
     "States in 2018.", 2018),
    # a yearless relative clause takes the year of the count it hangs on; not a clause of
    # today or of what is to come
    ("Ms. Lopez said that the Service had recorded 64 complaints in 2021, which had led to "
     "19 prosecutions.", 2021),
    ("Ms. Lopez said that 12 offices had opened in 2017, which now served 1,516 stations.",
     None),
    ("Ms. Lopez said that 12 million had been allocated in 2023 to new prisons, which would "
     "offer 4,500 places.", None),
    # "dont" and an approximator before a part of the figure before it: one clause
    ("Mme Lopez a indiqué qu'en 2001, 11 300 réfugiés vivaient au Togo, dont près de 40 "
     "pour cent d'enfants.", 2001),
    # an agreement's year dates the agreement
    ("Ms. Lopez said that under the agreement signed with Spain in 2006, 2,700 workers had "
     "been recruited for seasonal work in 2007, and 96 per cent of them had returned.", 2007),
    ("Ms. Lopez said that the Covenant, ratified by Peru in 1978, had 147 States parties.",
     None),
    ("Ms. Lopez said that the laboratory, inaugurated in 2016, had processed 3,000 samples.",
     None),
    # an opening adverbial of an event dates the whole sentence
    ("After the 2017 general elections, women held 23 per cent of the seats, and 9 of the 31 "
     "ministers were women.", 2017),
    ("Ms. Lopez said that at the 2011 local by-elections, women won 30 per cent of the seats.",
     2011),
    # the opening adverbial of a reported clause dates the whole of it
    ("Ms. Lopez said that in 2011, 14 trafficking cases had been brought before the courts, "
     "and 2 had ended in convictions.", 2011),
    ("Mme Lopez a fait savoir qu'en 2015, 312 plaintes avaient été déposées; 47 agents "
     "avaient été poursuivis.", 2015),
    # a compared figure's year dates it only: not a change measured against it, nor a
    # later count
    ("Ms. Lopez said that 1,872 complaints had been registered in 2006, compared with 2,105 "
     "in 2005, a fall of 11 per cent.", 2006),
    ("Mme Lopez a indiqué que le taux atteignait 86 % en 2018, contre 75 % en 2012, grâce aux "
     "audiences organisées dans 1 200 communes.", 2018),
    # a second reported clause of today takes no year of the first
    ("Ms. Lopez said that Armenia had ratified the Convention in 2010 and that some 190,000 "
     "persons with disabilities were currently registered.", None),
    ("Ms. Lopez said that the share had risen from 11.4 per cent in 2016 to 14.2 per cent "
     "today.", None),
    # ... joined by a bare "and" / "et", and after a figure in groups of thousands
    ("Mme Lopez a dit que le registre avait été informatisé en 2017 et recensait aujourd'hui "
     "18 900 détenus.", None),
    ("Mme Lopez a dit que le registre avait été informatisé en 2017 et recensait 18 900 "
     "détenus aujourd'hui.", None),
    ("Ms. Lopez said the minimum wage had been raised in 2012 and now amounted to 640 manats "
     "a month.", None),
    ("Ms. Lopez said that in 2017, 12 schools had been built and 300 teachers hired.", 2017),
    # a clause coordinated with a dated figure's shares its year (the year stated in the
    # sentence) ...
    ("Ms. Lopez said that 37 workers had died in 2024, and 214 had been injured.", 2024),
    ("Ms. Lopez said the unemployment rate was 5.9 per cent in 2024, and youth unemployment "
     "stood at 13.5 per cent.", 2024),
    # ... not an event's date, nor across a time of its own
    ("Ms. Lopez said the Kamlari system had been abolished in 2013, and more than 12,000 freed "
     "girls had received scholarships.", None),
    ("Ms. Lopez said the rate was 5.9 per cent in 2023, and the target was 15 per cent by "
     "2030.", None),
    ("Ms. Lopez said that 4,230 children were in care in 2024, and 8,900 children would be "
     "placed in foster care.", None),
    # the date from which a value holds
    ("Ms. Lopez said the minimum wage had been raised to 645 pesos, with effect from 17 July "
     "2024.", 2024),
    # the year of a text's number is the text's, not the figure's (probes 281, 285)
    ("Ms. Lopez said that Ministerial Decision No. 18 of 2014 limited the number of workers "
     "per room to four.", None),
    ("Mme Lopez a dit que, selon la loi 2015-36, 12 passeurs avaient été condamnés.", None),
    # a French title's subject before its year (probe F)
    ("Mme Lopez a dit que la loi sur la parité de 2010 avait porté la part des femmes à 44 %.",
     None),
    ("Mme Lopez a dit que la stratégie nationale pour l'égalité de 2016 avait permis de former "
     "1 200 magistrats.", None),
    ("Mme Lopez a dit que depuis l'entrée en vigueur de la loi de janvier 2020, 1 254 "
     "affaires avaient été jugées.", None),
    # a level reached by a date, its verb far before it (probe 323)
    ("Ms. Lopez said the Ministry had opened 246 community mental health centres by the end "
     "of 2023.", 2023),
    ("Ms. Lopez said the Ministry planned to open 246 community mental health centres by the "
     "end of 2027.", None),
    # ... a decimal figure between (probe 340)
    ("Ms. Lopez said the Commission had registered 37.7 million persons by the end of 2020.",
     2020),
    # a running total since a dated event, and a year that is part of an Act's title
    # (probe 325)
    ("Ms. Lopez said the helpline had become operational in 2020 and had handled 3,100 "
     "complaints since then.", None),
    ("Ms. Lopez said the Domestic Workers Act 2019 had led to the removal of 92,000 children "
     "from work.", None),
    # a figure in an apposition to the subject: the year after it dates the main clause
    # (probe 330)
    ("Honduras, a country of some 8.7 million inhabitants, had experienced a crisis in "
     "2009.", None),
    ("In addition, a bonus of 55,000 pesos had been granted in January 2024.", 2024),
    # a count as of a date, of people a period describes: the count's date (probe 375)
    ("Ms. Lopez said that, as of December 2023, the commission had identified 2,340 persons "
     "who had disappeared during the conflict from 1993 to 1996.", 2023),
    ("Mme Lopez a dit qu'au 31 décembre 2023, 2 340 personnes disparues entre 1993 et 1996 "
     "avaient été identifiées.", 2023),
    # ... but a change over the period keeps the period's years
    ("Ms. Lopez said that between 2019 and 2023 the rate had fallen from 46.2 to 38.5 per "
     "cent.", 2023),
])
def test_year_of_a_figure_in_a_dated_phrase(sentence: str, year: int | None) -> None:
    review = analyze_text("The Committee on the Rights of the Child met today. " + sentence)
    assert review.claims and review.claims[-1].year == year


def test_each_figure_of_a_change_takes_the_year_written_after_it() -> None:
    review = analyze_text(
        "The Committee reviewed the report of Peru. Juan Perez, Minister of Labour, said the "
        "rate of child marriage had fallen from 27 per cent in 2008 to 16 per cent in 2022.")
    assert [(c.value, c.year) for c in review.claims] == [(27, 2008), (16, 2022)]
    review = analyze_text(
        "The Committee reviewed the report of Peru. Juan Perez, Minister of Justice, said the "
        "prison population had fallen from 22,600 in 2013 to 19,850 at the end of 2017.")
    assert [(c.value, c.year) for c in review.claims] == [(22600, 2013), (19850, 2017)]
    review = analyze_text(
        "Le Comité a examiné le rapport de Djibouti. M. Ali, chef de la délégation, a dit que "
        "la mortalité maternelle était passée de 546 décès pour 100 000 naissances vivantes en "
        "2002 à 300 décès pour 100 000 naissances vivantes en 2010.")
    assert [(c.value, c.year) for c in review.claims] == [(546, 2002), (300, 2010)]


def test_only_a_number_that_closes_its_phrase_takes_the_unit_of_the_sentence_before() -> None:
    review = analyze_text(
        "The Committee reviewed the report of Peru. Juan Perez, Minister of Labour, said "
        "unemployment had fallen to 54 per cent. The minimum wage was 1.6 million som a month. "
        "For 2023, the quota was 16,000 workers. For 2024, it would be 25,000.")
    assert [(c.value, c.unit) for c in review.claims] == [
        # ("som" is coded by the State party: in Peru it stays the noun)
        (54, "percent"), (1.6e6, "som"), (16000, "persons"), (25000, "persons")]


def test_a_duration_before_another_event_is_a_claim() -> None:
    review = analyze_text(
        "The Committee reviewed the report of Peru. Juan Perez, head of delegation, said "
        "suspects could be held for up to 72 hours before a court reviewed the case. Two "
        "years before the election, 40 cases were reported.")
    assert [(c.value, c.unit) for c in review.claims] == [(72, "hours"), (40, "cases")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Of the 15 States parties, so far only one had provided information.",
     [(15, "States parties"), (1, "States parties")]),
    ("One of the pre-sessional meetings of the Committee was cancelled.", [(1, "meetings")]),
    ("Five cases were pending. One of them would be decided soon.", [(5, "cases"), (1, "cases")]),
    ("It was one of the most important reforms.", []),
    ("One could argue that the law was weak.", []),
])
def test_a_spelled_out_one_that_counts(sentence: str, expected: list[tuple[float, str]]) -> None:
    review = analyze_text("The Committee met today. Ms. Ana Lopez, Committee Chair, said that "
                          + sentence[0].lower() + sentence[1:])
    assert [(c.value, c.unit) for c in review.claims] == expected


def test_a_small_count_with_a_definite_determiner_restates_the_earlier_one() -> None:
    review = analyze_text(
        "The Committee closed its session. Ana Lopez, Committee Chair, said the Committee had "
        "received three inter-State communications under article 11 for the first time. In "
        "line with its rules of procedure, the Committee had brought those three "
        "communications to the attention of the countries concerned.")
    first, second = review.claims
    assert (first.value, second.value) == (3, 3)
    assert second.duplicate_of == first.id


@pytest.mark.parametrize(("said", "value"), [
    # a count in words and in digits ("Eleven" is no context word, as "11" is none)
    ("that the prisons were full. Eleven deaths in custody had been recorded in 2022, of "
     "which two had been classified as suicides. The Ombudsman had visited 40 police "
     "stations. The delegation said that in 2022, 11 deaths in custody had been recorded, and "
     "each had been investigated by the Special Investigation Service; in three cases, "
     "investigations had been opened under the article on torture, and one had led to an "
     "indictment.", 11),
    # a larger count behind a definite determiner
    ("that since 2014, 27 police officers had been convicted of ill-treatment. The Ombudsman "
     "had visited 40 police stations. Of the 27 officers, 9 had received prison sentences.",
     27),
    # a part of a whole named first, restated (probe g)
    ("that 4,353 complaints had been received, of which 329 had been examined. The Ombudsman "
     "had visited 40 police stations. Of the 4,353 complaints, 329 had been examined.", 329),
])
def test_a_restated_count_points_to_its_first_statement(said: str, value: int) -> None:
    review = analyze_text("The Committee reviewed the report of Georgia. Ana Beridze, head of "
                          "delegation, said " + said)
    first, second = [c for c in review.claims if c.value == value]
    assert (first.duplicate_of, second.duplicate_of) == (None, first.id)


@pytest.mark.parametrize(("part", "duplicate"), [
    ("of which 46 had been admitted for investigation", False),  # a part (probe 357)
    ("and 46 complaints had been examined by the Ombudsman", True),
    # a part of a whole named first is a part too (probe g)
    ("and of the 64 complaints, 46 had been admitted for investigation", False),
])
def test_a_part_of_another_total_restates_no_count(part: str, duplicate: bool) -> None:
    review = analyze_text(
        "The Committee reviewed the report of Georgia. Ana Beridze, head of delegation, said "
        "the Ombudsman had received 46 complaints of racial discrimination in 2012. The "
        "Ombudsman had visited 40 police stations. In 2012, the Ombudsman had received 64 "
        f"complaints of racial discrimination, {part}.")
    first, second = [c for c in review.claims if c.value == 46]
    assert (second.duplicate_of == first.id) == duplicate


def test_a_dated_adverbial_after_a_short_lead_dates_every_clause() -> None:
    review = analyze_text(
        "The Human Rights Committee met today. Under the Optional Protocol procedure, as at 31 "
        "May 2006, the Committee adopted 40 Views on communications; declared 4 communications "
        "admissible and 25 inadmissible; and discontinued consideration of 10 communications.")
    assert [(c.value, c.year) for c in review.claims] == [
        (40, 2006), (4, 2006), (25, 2006), (10, 2006)]


def test_a_part_of_a_larger_whole_is_two_counts_not_a_ratio() -> None:
    review = analyze_text("Le Comité a examiné le rapport du Bénin. M. Sèwanou, chef de la "
                          "délégation, a dit que les femmes occupaient 9 sièges sur 65.")
    assert [(c.value, c.unit) for c in review.claims] == [(9, "sièges"), (65, "sièges")]


def test_a_ratio_with_the_counted_noun_between() -> None:
    review = analyze_text("The Committee met. Ms. Ana Lopez, Committee Chair, said that one "
                          "member in five of the Council was a woman.")
    assert [(c.value, c.unit, c.text) for c in review.claims] == [
        (20, "percent", "one member in five")]


def test_one_in_every_n_is_a_rate_whatever_its_base() -> None:
    review = analyze_text("The Committee met. Ms. Ana Lopez, Committee Chair, said that one in "
                          "every 110 children was affected.")
    assert [(c.value, c.unit) for c in review.claims] == [(0.9, "percent")]


def test_the_year_of_a_compared_figure_and_a_stated_age() -> None:
    review = analyze_text(
        "The Committee met. Juan Perez, head of delegation, said 496 women currently lived in "
        "the camps, down from more than 1,000 persons in 2015. The Commission now had 48 "
        "offices, compared with 19 in 2018. The legal age of marriage was 18 years. Over 1,200 "
        "families with children up to the age of 17 received benefits. The prison population "
        "had fallen from 15,800 in 2021 to 14,600 in 2024.")
    assert [(c.value, c.unit, c.year) for c in review.claims] == [
        (496, "persons", None), (1000, "persons", 2015), (48, "offices", None),
        (19, "offices", 2018), (18, "years", None), (1200, "families", None),
        (15800, "persons", 2021), (14600, "persons", 2024)]


def test_a_compared_year_leaves_the_claim_to_its_context() -> None:
    """A year that dates only the compared figure ("down from 19,000 in 2011") says nothing
    of the claim's own year, which a continuation ("Of these", "Parmi eux") takes from the
    sentence before."""
    for text in (
        "The Committee met. Juan Perez, head of delegation, said that in 2015 the prisons "
        "held 58,000 persons. Of these, 14,200 persons were in pre-trial detention, down "
        "from 19,000 in 2011.",
        "Le Comité s'est réuni. M. Juan Perez, chef de la délégation, a indiqué qu'en 2015, "
        "les prisons comptaient 58 000 détenus. Parmi eux, 14 200 personnes étaient en "
        "détention provisoire, contre 19 000 en 2011.",
    ):
        years = [(c.value, c.year) for c in analyze_text(text).claims]
        assert years == [(58000, 2015), (14200, 2015), (19000, 2011)], text


def test_a_number_word_after_a_figure_is_no_noun_of_it() -> None:
    """"29 two years earlier": the figure counts what the figure before it counts, and
    "two years" is when, not its unit."""
    for text in (
        "The Committee met. Juan Perez, head of delegation, said there were 41 shelters, "
        "up from 29 two years earlier.",
        "Le Comité s'est réuni. M. Juan Perez, chef de la délégation, a indiqué qu'il y "
        "avait 41 foyers, contre 29 trois ans plus tôt.",
    ):
        units = [(c.value, c.unit) for c in analyze_text(text).claims]
        assert units[1][0] == 29 and units[1][1] == units[0][1], text


def test_national_currencies_with_unambiguous_names() -> None:
    review = analyze_text(
        "The Committee met. Juan Perez, head of delegation, said the budget rose from 38 "
        "million cedis in 2020 to 61 million cedis in 2024, and fines totalled 1.9 billion "
        "togrog.")
    assert [(c.value, c.unit) for c in review.claims] == [
        (38e6, "GHS"), (61e6, "GHS"), (1.9e9, "MNT")]


@pytest.mark.parametrize(("amount", "lang", "code"), [
    ("120 million Swedish kronor", "en", "SEK"),
    ("40 million Norwegian kroner", "en", "NOK"),
    ("12 millions de couronnes estoniennes", "fr", "EEK"),
])
def test_a_crown_named_with_its_states_adjective(amount: str, lang: str, code: str) -> None:
    """The adjective names the State of a crown whatever the State party (the noun alone
    is read by the State party)."""
    text = (f"The Committee reviewed the report of Sweden. The delegation said {amount} had "
            "been allocated." if lang == "en" else
            f"Le Comité a examiné le rapport de la Suède. La délégation a dit que {amount} "
            "avaient été alloués.")
    [claim] = analyze_text(text).claims
    assert (claim.text, claim.unit) == (amount, code)


def test_a_count_restated_with_another_name_for_states() -> None:
    review = analyze_text(
        "The Committee closed its session. Ana Lopez, Committee Chair, said the Committee had "
        "reviewed the reports of four States parties. It had held its dialogues with the "
        "four State delegations in a constructive spirit.")
    first, second = review.claims
    assert second.duplicate_of == first.id


def test_a_french_figure_with_spaced_thousands_takes_the_year_after_it() -> None:
    review = analyze_text(
        "Le Comité contre la torture a examiné le rapport de la Tunisie. M. Ali Ben Salah, chef "
        "de la délégation, a indiqué que le nombre de plaintes est passé de 1 100 en 2019 à "
        "9 300 en 2023.")
    assert [(c.value, c.year) for c in review.claims] == [(1100, 2019), (9300, 2023)]


def test_the_base_of_a_rate_is_no_claim() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport. La mortalité infantile a reculé de 122 pour 1 000 "
        "naissances vivantes en 2011 à 79 pour 1 000 en 2022. Deux sur trois ont été jugés.")
    assert [(c.value, c.year) for c in review.claims] == [(122, 2011), (79, 2022), (66.7, None)]


def test_a_number_after_per_that_is_no_power_of_ten_is_a_figure() -> None:
    """A ratio ("un magistrat pour 26 000 habitants") and a purpose ("conçus pour 4 200
    places") give figures; only "per 100,000" and the like are the bases of rates."""
    review = analyze_text(
        "Le Comité a examiné le rapport du Bénin. M. Sèwanou, chef de la délégation, a dit que "
        "le pays comptait 412 magistrats, soit un magistrat pour 26 000 habitants, et que 11 000 "
        "personnes étaient détenues dans des établissements conçus pour 4 200 places.")
    assert [c.value for c in review.claims] == [412, 26000, 11000, 4200]


def test_a_dated_adverbial_after_a_semicolon_dates_its_part_of_the_sentence() -> None:
    review = analyze_text(
        "The Committee reviewed the report of Sri Lanka. Ms. Ana Perera, Minister of Labour, "
        "said that 40 missions provided legal representation abroad; in 2015, the Government "
        "had paid for lawyers in 27 cases, and 11 death sentences had been commuted.")
    assert [(c.value, c.year) for c in review.claims] == [(40, None), (27, 2015), (11, 2015)]


def test_the_findings_of_a_dated_source_take_its_year() -> None:
    review = analyze_text(
        "The Committee reviewed the report of Botswana. Ms. Ana Ruiz, Minister of Justice, "
        "said that an audit of prisons had been carried out in 2015. According to that audit, "
        "58 per cent of detainees were held in overcrowded cells.")
    assert [(c.value, c.year) for c in review.claims] == [(58, 2015)]


@pytest.mark.parametrize("source", ["According to the 2018 annual count,",
                                    "The 2018 Roma Needs Assessment found that"])
def test_a_source_named_with_its_year_dates_its_findings(source: str) -> None:
    """A count or an assessment of a year dates what it found; its title is no figure
    (probe 314)."""
    review = analyze_text("The Committee reviewed the report of Ireland. Ms. Ana Ruiz, Minister "
                          f"of Justice, said the plan was new. {source} 545 families lived on "
                          "the roadside.")
    assert [(c.value, c.year) for c in review.claims] == [(545, 2018)]


def test_the_size_of_a_population_named_with_an_of_phrase_counts_persons() -> None:
    assert _units("the population of foreign citizens had grown to 183,000, or 3.4 per "
                  "cent, and the population of the country was 5.5 million in 2011.") == [
        (183000, "persons"), (3.4, "percent"), (5.5e6, "persons")]


def test_a_line_to_call_is_no_figure() -> None:
    assert _units_fr("en composant le 119, 2 000 enfants avaient été aidés, et les autres "
                     "pouvaient appeler le 116.") == [(2000, "persons")]


def test_south_asian_scales_and_a_single_document() -> None:
    assert _units("1,250 crore taka had been allocated, reaching 5 lakh children.") == [
        (1.25e10, "BDT"), (5e5, "persons")]
    # how a report was presented is no count; how many judges sat is one
    assert _units_fr("les rapports avaient été présentés en un seul document et qu'un seul "
                     "juge siégeait.") == [(1, "juges")]


def test_a_half_day_is_half_a_day() -> None:
    review = analyze_text(
        "The Committee closed its session. It had held an annual half-day of general "
        "discussion. Le Comité a tenu une demi-journée de débat général.")
    assert [(c.value, c.unit) for c in review.claims] == [(0.5, "days"), (0.5, "days")]


def test_the_meetings_that_bound_a_time_are_no_count() -> None:
    review = analyze_text(
        "The Committee closed its session. It had held two sessions in 2022 and adopted a "
        "note on all communications received in the interim period between the two sessions.")
    assert [(c.value, c.unit) for c in review.claims] == [(2, "sessions")]


def test_half_a_million_and_a_preposition_that_is_no_approximator() -> None:
    review = analyze_text(
        "The Committee met. Juan Perez, head of delegation, said more than half a million "
        "citizens worked abroad. The strategy was structured around six axes and around 40 "
        "measures.")
    assert [(c.value, c.qualifier) for c in review.claims] == [
        (500_000, "more than"), (6, None), (40, "around")]


def test_cfa_francs_are_the_west_or_central_african_franc_by_the_state() -> None:
    west = analyze_text(
        "Le Comité des droits de l'enfant a examiné le rapport du Bénin. Le chef de la "
        "délégation a dit que le budget était de 850 millions de francs CFA.")
    central = analyze_text(
        "Le Comité des droits de l'enfant a examiné le rapport du Cameroun. Le chef de la "
        "délégation a dit que le budget était de 850 millions de francs CFA.")
    assert [c.unit for c in west.claims] == ["XOF"]
    assert [c.unit for c in central.claims] == ["XAF"]
    guarani = analyze_text("The Committee met. Ana Ortiz, head of delegation, said the budget "
                           "was 42 billion guaraníes.")
    assert [c.unit for c in guarani.claims] == ["PYG"]


def test_an_undated_lede_figure_restates_a_dated_body_figure() -> None:
    review = analyze_text(
        "The Committee against Torture today reviewed the report of Portugal. In response to "
        "questions, the delegation said the occupancy rate of the prison system stood at 104 "
        "per cent.\n\n"
        "Presentation of the Report\n\nRUI ALMEIDA, Secretary of State for Justice and head of "
        "delegation, said that in 2024 the occupancy rate of the prison system stood at 104 "
        "per cent.")
    lede, body = review.claims
    assert (lede.duplicate_of, body.duplicate_of, body.year) == (body.id, None, 2024)


#: A lede that names the currency in full, a body that does not.
REMITTANCES = (
    ("The Committee on Migrant Workers today reviewed the report of Paraguay. Presenting the "
     "report, Ana Ortiz, Minister of Foreign Affairs, said that 850,000 Paraguayans lived "
     "abroad. Remittances had reached {lede} in 2011."),
    "Presentation of the Report",
    ("ANA ORTIZ, Minister of Foreign Affairs and head of delegation, said that remittances had "
     "grown from 420 million dollars in 2008 to {body} in 2011."),
)


def test_a_currency_named_in_full_on_one_side_only_is_no_subject_word() -> None:
    """'620 million United States dollars' restates '620 million dollars': the currency's
    full name says nothing of what was paid."""
    text = "\n\n".join(REMITTANCES).format(lede="620 million United States dollars",
                                          body="620 million dollars")
    lede, body = (c for c in analyze_text(text).claims if c.value == 620e6)
    assert (lede.text, lede.duplicate_of) == ("620 million United States dollars", body.id)


def test_a_distinctive_lede_figure_restates_the_body_however_the_sentences_differ() -> None:
    review = analyze_text(
        "The Committee today reviewed the report of Ruritania. ZORAN STOJKOVSKI, Deputy "
        "Minister of Labour and head of the delegation, said in presenting the report that the "
        "country had faced severe hardship since the break-up of the federation and that "
        "unemployment, at 31.9 per cent in 2002, remained the most pressing problem. Some 50 "
        "per cent of youths were idle.\n\n"
        "Presentation of Report\n\nMr. STOJKOVSKI said that 31.9 per cent of the active "
        "population had been unemployed in 2002. Half of them, 50 per cent, were women.")
    lede_figure, round_lede, body_figure = review.claims[:3]
    assert lede_figure.duplicate_of == body_figure.id
    assert round_lede.duplicate_of is None  # a round figure needs a closer wording


def test_a_french_collective_of_thousands() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport du Bénin. La cheffe de la délégation, Mme Ana Ortiz, a "
        "dit qu'une vingtaine de milliers de personnes étaient touchées.")
    assert [(c.value, c.unit) for c in review.claims] == [(20_000, "persons")]


@pytest.mark.parametrize(("sentence", "year"), [
    ("the 2023 demographic and health survey had found that 17.5 per cent of children were "
     "stunted.", 2023),
    ("the 2022 Census counted 10.3 million people.", 2022),
    ("according to the 2023 data, 45 per cent of girls attended school.", 2023),
    ("the 2021 Constitution guaranteed 30 per cent of seats.", None),
    ("the 2019 Law on Statistics created 12 offices.", None),
    ("1.2 million voters had registered for the 2014 elections.", 2014),
    # a figure labelled by its year, and a later date in the sentence (probe 288)
    ("the 2020 figure for deaths was 134, after cases had been confirmed in February 2021.",
     2020),
    # an inspection of its year, and a change labelled by its year (probes 323, 324)
    ("only 12 per cent of public buildings were accessible, according to a 2022 inspection.",
     2022),
    ("the 2010 increase of 5 per cent had been well above the inflation rate.", 2010),
    ("the 2022 floods had affected 16 million children.", 2022),
])
def test_the_year_of_a_data_source_dates_its_figures(sentence: str, year: int | None) -> None:
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said " + sentence)
    assert [c.year for c in review.claims] == [year]


def test_both_ends_of_a_spelled_out_change_are_counts() -> None:
    review = analyze_text(
        "The Committee met. Ana Ortiz, head of delegation, said the number of women ministers "
        "had risen from two to five, and judges from two in 2018 to five in 2023.")
    assert [(c.value, c.year) for c in review.claims] == [(2, None), (5, None), (2, 2018), (5, 2023)]


def test_a_fraction_after_by_is_the_size_of_a_change() -> None:
    review = analyze_text(
        "The Committee met. Ana Ortiz, head of delegation, said poverty had fallen by almost a "
        "third, and the backlog had been cut by half since 2015. The case was decided by a "
        "third party by half past ten.")
    assert [(c.value, c.unit, c.qualifier) for c in review.claims] == [
        (33.3, "percent", "almost"), (50, "percent", None)]


def test_a_figure_after_the_age_of_a_group_is_no_age() -> None:
    assert _units("young people aged under 25 represented 68 per cent of the population, and "
                  "children aged 5 to 14 were 30 per cent.") == [(68, "percent"), (30, "percent")]


def test_an_age_set_by_a_rule_is_its_value() -> None:
    review = analyze_text(
        "The Committee met. Ana Ortiz, head of delegation, said criminal liability began at the "
        "age of 16. Children up to the age of 17 were protected.")
    assert [c.value for c in review.claims] == [16]


def test_a_part_of_the_count_before_takes_its_noun() -> None:
    """"Of these, 143 had led to ...": a part of the complaints counted before, not of the
    share between (probe 322)."""
    assert _units("1,020 complaints of torture had been registered, 14 per cent fewer than "
                  "before. Of these, 143 had led to criminal proceedings.") == [
        (1020, "complaints"), (14, "percent"), (143, "complaints")]


def test_a_part_given_after_a_figure_keeps_its_year_to_itself() -> None:
    """"41 criminal cases, 17 of them in 2021 alone": 2021 dates the 17, not the 41; nor
    does a year after "dont" date the whole (probe 321)."""
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said the Office "
                          "had launched 41 criminal cases, 17 of them in 2021 alone, and "
                          "250,000 of them had been trained in 2020.")
    assert [(c.value, c.year) for c in review.claims] == [(41, None), (17, 2021), (250000, 2020)]


def test_a_figure_s_year_after_by_or_as_of_a_month() -> None:
    """"8,300 by August 2023" is of 2023, not of the year before it in the sentence (probe
    313)."""
    for said in ("by August 2023.", "as of August 2023."):
        review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said 12,450 "
                              f"subsidies had been granted in 2022 and 8,300 {said}")
        assert [(c.value, c.year) for c in review.claims] == [(12450, 2022), (8300, 2023)]


def test_a_figure_glued_to_its_unit_before_a_noun_lends_no_unit() -> None:
    """"24-hour care services" qualifies the services: the count after it is not in hours
    (probe 312)."""
    assert _units("the number of persons living in 24-hour special care services was 2,340 "
                  "in 2020.") == [(24, "hours"), (2340, "persons")]


def _units(said: str) -> list[tuple[float | tuple[float, float], str | None]]:
    """The (value, unit) of the claims of a head of delegation's sentence."""
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said " + said)
    return [(c.value, c.unit) for c in review.claims]


def test_an_age_below_which_a_population_is_protected_is_no_claim() -> None:
    assert _units_fr("la loi interdit le travail des enfants en dessous de 16 ans.") == []
    assert _units_fr("le code interdit l'emploi des mineurs au-dessous de 15 ans.") == []


def test_how_long_another_fact_went_on_and_a_clock_time_are_no_claims() -> None:
    assert _units("that for more than five years, Norland had been registering migrants.") == []
    assert _units_fr("les observations seront publiées jeudi à compter de 17 heures.") == []


def test_the_size_of_a_team_counts_persons() -> None:
    assert _units("a 40-person task force and a 12-man crew had been set up.") == [
        (40, "persons"), (12, "persons")]


def test_people_by_nationality_and_more_currencies() -> None:
    assert _units("15,000 Tajiks and 2,000 Uzbeks had been deported.") == [
        (15000, "persons"), (2000, "persons")]
    # dollars named by two letters before "$" (probe ai)
    assert _units("a AU$1 billion strategy had been adopted.") == [(1e9, "AUD")]
    # plurals in "-is" and invariable names of peoples
    assert _units("300 Iraqis, 2,700 Yazidis and 1.1 million Rohingya had fled.") == [
        (300, "persons"), (2700, "persons"), (1.1e6, "persons")]
    assert _units("3,000 Zimbabweans lived there under 12 Plans, with a budget of 20 million "
                  "pula; compensation of 50,000 kwacha was paid. Le taux reste élevé : 18 % des "
                  "filles.") == [
        # no State party: the kwacha of Malawi or Zambia stays a noun (see the kwacha test)
        (3000, "persons"), (12, "plans"), (20e6, "BWP"), (50000, "kwacha"), (18, "percent")]


def test_how_old_a_part_is_and_the_period_of_a_change_are_no_claims() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport du Bénin. La cheffe de la délégation, Mme Ana Ortiz, a "
        "dit que 47,1 % des habitants ont moins de 18 ans, et que le nombre de juges est passé "
        "de 12 à 19 en trois ans.")
    assert [c.value for c in review.claims] == [47.1, 12, 19]


def test_an_age_limit_right_after_a_share_is_no_claim() -> None:
    """"dont 47,5 % de moins de 18 ans": how old the share is; "over 5 years" after a share
    is the period of a change (a time frame, no claim either), "above 3 years" a duration."""
    assert _units_fr("le Bénin comptait 12,9 millions d'habitants, dont 47,5 % de moins de 18 "
                     "ans.") == [(12.9e6, "persons"), (47.5, "percent")]
    assert _units("the country had 12.9 million inhabitants, 47.5 per cent under 18 years. "
                  "Prices had fallen by 30 per cent over 5 years, and 12 per cent above 3 "
                  "years.") == [(12.9e6, "persons"), (47.5, "percent"), (30, "percent"),
                                (12, "percent"), (3, "years")]


def test_dollars_named_by_their_country_and_a_rate_dated_after_its_base() -> None:
    assert _units("the budget was 12 million Namibian dollars and 3 million dollars.") == [
        (12e6, "NAD"), (3e6, "USD")]
    review = analyze_text(
        "Le Comité a examiné le rapport du Cameroun. La cheffe de la délégation, Mme Ana Ortiz, "
        "a dit que la mortalité infantile est passée de 62 pour 1000 naissances vivantes en "
        "2011 à 48 pour 1000 en 2018.")
    assert [(c.value, c.year) for c in review.claims] == [(62, 2011), (48, 2018)]


def test_a_currency_two_states_name_alike_and_a_french_comparison() -> None:
    moldova = analyze_text("The Committee against Torture reviewed the third periodic report of "
                           "the Republic of Moldova. The head of delegation, Ion Rusu, said 12.5 "
                           "million lei had been allocated.")
    assert [c.unit for c in moldova.claims] == ["MDL"]
    review = analyze_text(
        "Le Comité a examiné le rapport. La cheffe de la délégation, Mme Ana Ortiz, a dit qu'en "
        "2021, 4 500 plaintes avaient été reçues, soit deux fois plus qu'en 2018.")
    assert [c.year for c in review.claims] == [2021, 2021]


def test_a_french_fraction_after_dont_shares_the_year_of_its_whole() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport. La cheffe de la délégation, Mme Ana Ortiz, a dit que la "
        "Commission avait reçu 356 requêtes en 2021, dont un tiers concernait des détenus.")
    assert [(c.value, c.year) for c in review.claims] == [(356, 2021), (33.3, 2021)]


def test_a_part_of_a_counted_whole_takes_its_noun() -> None:
    assert _units("9 of the 23 officers had been convicted, and women held 33 of the 125 "
                  "seats.") == [(9, "persons"), (23, "persons"), (33, "seats"), (125, "seats")]


def test_a_name_made_of_numbers_is_no_claim() -> None:
    assert _units("the 5+2 negotiations continued, with 12 meetings.") == [(12, "meetings")]


def test_an_elided_french_approximator() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport. La cheffe de la délégation, Mme Ana Ortiz, a dit que "
        "le budget était d'environ 3 milliards de francs CFA et qu'environ 400 personnes "
        "étaient concernées.")
    assert [c.qualifier for c in review.claims] == ["around", "around"]


def test_peoples_named_in_the_singular_areas_and_the_base_of_a_multiple() -> None:
    assert _units("an estimated 1,200 Roma lived on 250,000 square kilometres.") == [
        (1200, "persons"), (250000, "square kilometres")]
    review = analyze_text(
        "The Committee met. Ana Ortiz, head of delegation, said the law was new. In 2022, more "
        "than 1,400 students were enrolled, three times the number enrolled in 2012.")
    assert [c.year for c in review.claims] == [2022, 2022]


@pytest.mark.parametrize(("state", "unit"), [("Denmark", "DKK"), ("Sweden", "SEK"),
                                           ("Norway", "NOK"), ("Iceland", "ISK")])
def test_crowns_without_a_final_s_are_coded_by_the_state(state: str, unit: str) -> None:
    """'45 million kroner' ('kronor', 'krónur') names a currency several States use: the
    State party codes it, as it codes 'rupees'."""
    review = analyze_text(
        f"The Committee considered the report of {state}. Ana Ortiz, head of delegation, said "
        "the budget was 45 million kroner and 3 million kronor.")
    assert [c.unit for c in review.claims] == [unit, unit]


@pytest.mark.parametrize(("state", "units"), [
    ("Canada", ["CAD", "CAD", "USD", "USD", "USD"]),
    ("Australia", ["AUD", "AUD", "USD", "USD", "USD"]),
    ("Kyrgyzstan", ["USD"] * 5),
])
def test_bare_dollars_are_those_of_a_state_whose_currency_is_a_dollar(
        state: str, units: list[str]) -> None:
    review = analyze_text(
        f"The Committee considered the report of {state}. Ana Ortiz, head of delegation, said "
        "the Government had invested 45 million dollars, then $12 million, 30 million US "
        "dollars, US$ 5 million and 7 million United States dollars.")
    assert [c.unit for c in review.claims] == units


def test_rupees_by_the_state_and_the_number_of_a_law() -> None:
    mauritius = analyze_text(
        "Le Comité des droits de l'enfant a examiné le rapport de Maurice. La cheffe de la "
        "délégation, Mme Ana Ortiz, a dit que le budget était de 1,2 milliard de roupies.")
    assert [c.unit for c in mauritius.claims] == ["MUR"]
    assert _units("the budget was 5 million rupees, under Law No. 2015-36, and 12-15 cases.") == [
        (5e6, "rupees"), ((12, 15), "cases")]
    # the number of a law with no sign before it (probe 281)
    assert _units("under la loi 2015-36, 12 cases.") == [(12, "cases")]


@pytest.mark.parametrize(("said", "units"), [
    ("the amendment of articles 2 (a) and 5 (d) of the law", []),
    ("articles 2 (a), 5 (d) and 7 (c) were cited", []),
    # a count after a lettered article is no article
    ("under article 5 (d), 12 cases were filed", [(12, "cases")]),
    # ... nor is a part after a numbered one (probe 352)
    ("37 cases had been opened under article 143.1, 9 of which had resulted in convictions",
     [(37, "cases"), (9, "cases")]),
])
def test_lettered_articles_listed_are_no_figures(said: str, units: list[tuple[float, str]]) -> None:
    assert _units(said) == units  # (probe 285)


def test_a_measure_after_at_and_a_duration_after_an_average_are_figures() -> None:
    """'closed prisons stood at 96 per cent' is no clock time ("the meeting closed at 6
    p.m."); 'held for an average of 17 days before transfer' is a duration."""
    assert _units("the occupancy rate of closed prisons stood at 96 per cent.") == [
        (96, "percent")]
    assert _units("remand prisoners were held for an average of 17 days before transfer.") == [
        (17, "days")]
    assert _units("the meeting closed at 6 p.m.") == []
    # people before a noun name what it counts: "police detention facilities"
    assert _units("there were 52 police detention facilities and 61 women public "
                  "prosecutors.") == [(52, "facilities"), (61, "persons")]
    # "over the three years" is the period of a count, no figure
    assert _units("88 persons had been prosecuted over the three years.") == [(88, "persons")]
    # the size of a change to an age is a figure
    assert _units("the Government had raised the retirement age by 5 years.") == [(5, "years")]
    # the age before which a woman was married is no count
    assert _units("37 per cent of women aged 20 to 24 had been married before 18.") == [
        (37, "percent")]
    # ... nor the age at which a girl may marry (probe q)
    assert _units("girls could still marry at 16 with parental consent; 212 had done so.") == [
        (212, None)]
    # a plural part is a share, not a count of "thirds"
    assert _units("some 1,200 children lived in care, of whom two thirds lived in foster "
                  "families.") == [(1200, "persons"), (66.7, "percent")]
    # a plural in -eaus counts its noun ("campus" and "census" are singular)
    assert _units("it had opened 14 family support bureaus.") == [(14, "bureaus")]


def test_a_total_counts_the_noun_right_before_its_verb() -> None:
    """"noted that foreign residents now numbered about 3.4 million": the total's subject is
    the noun before the verb, not the sentence's opening words, which may be a speaker's
    name in capitals (probe 341)."""
    review = analyze_text(
        "TOMÁS ARELLANO, Committee Expert, welcomed the delegation and noted that foreign "
        "residents now numbered about 3.4 million, which made diversity a central issue.")
    assert [(c.value, c.unit) for c in review.claims] == [(3.4e6, "persons")]
    assert _units("he said complaints had numbered 312.") == [(312, "complaints")]
    # ... and the level a plural subject reached or left (probe 350), not a noun after a
    # preposition, whose head is before it
    assert _units("complaints had peaked at 314 in 2021.") == [(314, "complaints")]
    assert _units("the number of rapes had risen from around 1,650 to 2,210.") == [
        (1650, "rapes"), (2210, "rapes")]  # a change, no range (probe 350)
    assert _units("he said complaints had fallen from 341 to 280.") == [
        (341, "complaints"), (280, "complaints")]
    assert _units("the gap in the electoral rolls had fallen from 12.5 million in 2018.") == [
        (12.5e6, None)]


@pytest.mark.parametrize(("said", "values", "subject"), [
    ("the Government had approved raising the minimum age of criminal responsibility from 10 "
     "to 14 years.", [10, 14], "the minimum age of criminal responsibility"),
    ("la réforme propose de relever l'âge minimum du mariage de 16 à 18 ans.", [16, 18],
     "l'âge minimum du mariage"),
    ("the Ministry had raised the share of women in the police from 3 to 5 per cent.", [3, 5],
     "the share of women in the police"),
])
def test_a_change_measures_what_its_verb_acts_on(said: str, values: list[float],
                                                 subject: str) -> None:
    """"raising the minimum age ... from 10 to 14 years" is a change of the age: two values,
    no range, and their subject is the age, not who approved the change (probe 356)."""
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    assert [(c.value, c.subject) for c in review.claims] == [(v, subject) for v in values]


@pytest.mark.parametrize("change", [
    "had increased over the past five years, from 450 to 900",
    "had doubled, from 450 to 900",
    "had gone from 450 to 900",
])
def test_a_change_set_off_by_a_comma_gives_two_values(change: str) -> None:
    """"had increased over the past five years, from 450 to 900": the first and the last
    value of a change, not a range (probe C)."""
    claims = [(v, u) for v, u in _units(f"the number of children's officers {change}.")
              if u != "multiplier"]
    assert claims == [(450, "persons"), (900, "persons")]
    assert _units("the number of officers ranged from 450 to 900.") == [((450, 900), "persons")]


def test_a_number_after_whom_counts_people() -> None:
    """"..., of whom about 1.3 million were insured" counts people: not the countries named
    nearer before it (probe 360); a share after "whom" stays a share."""
    assert _units("some 2.9 million migrant workers from the three neighbouring countries "
                  "held permits, of whom about 1.3 million were insured.") == [
        (2.9e6, "persons"), (3, "countries"), (1.3e6, "persons")]
    assert _units("there were 6,393 people in shelters, of whom some 15 per cent were "
                  "children.") == [(6393, "persons"), (15, "percent")]


def test_a_count_by_place_spelled_out_counts_what_the_total_counts() -> None:
    """"55 indigenous peoples, 51 of them in the Amazon region and four in the Andes": the
    spelled-out part of a count by place is a count of the same noun."""
    assert _units("Guatemala had 19 consulates in the United States and nine in Mexico.") == [
        (19, "consulates"), (9, "consulates")]
    assert _units_fr("le Gouvernement a ouvert 14 centres d'accueil, dont cinq à Abidjan.") == [
        (14, "centres"), (5, "centres")]
    # ... and by year (probe 334), or by time ("lors de", probe 339)
    assert _units_fr("le Gouvernement a ouvert 14 centres d'accueil, dont neuf en 2021.") == [
        (14, "centres"), (9, "centres")]
    assert _units_fr("50 000 migrants ont été régularisés, dont 23 000 lors de la première "
                     "opération.") == [(50000, "persons"), (23000, "persons")]


@pytest.mark.parametrize(("text", "lang", "claims"), [
    # a kind of year between the number and its unit (probe 335)
    ("In the last two fiscal years, 64 persons had been convicted.", "en",
     [("64 persons", 64, "persons")]),
    # "over" after a participle that did not last: the period of a count (probe 334) ...
    ("Only four convictions had been obtained over seven years.", "en",
     [("four convictions", 4, "convictions")]),
    # ... unlike a detention's length
    ("He had been detained over seven years.", "en", [("seven years", 7, "years")]),
    ("The plan would be implemented over five years.", "en", [("five years", 5, "years")]),
    # the period of a change named by a noun; "sur" a period (probes 332, 334)
    ("Les plaintes ont connu une hausse de 40 % en trois ans.", "fr", [("40 %", 40, "percent")]),
    ("Sur trois ans, 1 200 femmes ont été formées.", "fr", [("1 200 femmes", 1200, "persons")]),
    # a figure of last year is no length of "last years" (probe C: it had been dropped)
    ("The fund received USD 5 million last year.", "en", [("USD 5 million", 5e6, "USD")]),
    ("There were 12 cases, and 15 last year.", "en",
     [("12 cases", 12, "cases"), ("15", 15, "cases")]),
])
def test_a_time_frame_for_another_fact_is_no_claim(text: str, lang: str,
                                                   claims: list[tuple[str, float, str]]) -> None:
    assert found(text, lang) == claims


def test_a_bare_figure_counts_the_noun_of_its_own_number_of_phrase() -> None:
    """'the number of labour inspectors had been increased from 183 to 575' counts
    inspectors, not the factories of the clause before."""
    assert _units("some 3,780 garment factories had been inspected, and the number of labour "
                  "inspectors had been increased from 183 to 575.") == [
        (3780, "factories"), (183, "persons"), (575, "persons")]
    # an elided "d'" and its noun are one token: "le nombre d'enfants"
    assert _units_fr("le nombre d’enfants talibés est estimé à 32 000.") == [(32000, "persons")]
    assert _units_fr("le pays comptait 46 quotidiens et le nombre de journalistes poursuivis "
                     "était passé de 32 en 2005 à 19 en 2006.") == [
        (46, "quotidiens"), (32, "persons"), (19, "persons")]


@pytest.mark.parametrize("law", ["la loi n° 2008-008", "la loi nº 2008/008", "la loi no 2008-008"])
def test_the_number_of_a_french_law_is_no_figure_and_dates_none(law: str) -> None:
    """"la loi n° 2008-008": its second part counts nothing, its first is the law's name,
    not the year of the figures the law is cited beside."""
    review = analyze_text("Le Comité a examiné le rapport de Madagascar. La cheffe de la "
                          f"délégation, Mme Ana Ortiz, a dit qu'en application de {law}, 17 "
                          "affaires avaient été jugées.")
    assert [(c.value, c.year) for c in review.claims] == [(17, None)]
    # after a symbol or a numbered text and a comma, a number with its plural noun counts
    assert _units("under Law No. 5, 17 cases were tried, and under resolution 2250, 300 young "
                  "people were trained.") == [(17, "cases"), (300, "persons")]
    assert _units("paragraphs 12, 15 and 17 of the report were cited by 40 courts.") == [
        (40, "courts")]


def test_french_ages_of_a_group_and_phrases_that_count_nothing() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport. La cheffe de la délégation, Mme Ana Ortiz, a dit que 20 "
        "% des élèves de 13 à 15 ans étaient scolarisés, que les deux sexes étaient concernés et "
        "que la ligne était ouverte 24 heures sur 24, avec 12 écoutants.")
    assert [c.value for c in review.claims] == [20, 12]


def test_a_population_counts_persons() -> None:
    assert _units("the population of 19 million was young.") == [(19e6, "persons")]
    # not the unit of the figure before it: a bare number after "population stood at"
    assert _units("GDP fell by 4.5 per cent. The population stood at 2,022,547.") == [
        (4.5, "percent"), (2022547, "persons")]
    assert _units_fr("la population s'élevait à 1 600 000.") == [(1.6e6, "persons")]
    # a participle and its complement after "étaient" is a verb, no counted noun (probe f)
    assert _units_fr("quelque 4 000 migrants avaient été accueillis, et environ 2 600 étaient "
                     "rentrés dans leur pays.") == [(4000, "persons"), (2600, "persons")]
    # ... nor of a figure after it with its own noun (probe g)
    assert _units("the number of classrooms built was 11,280. The prison population was "
                  "reported at 32,800.") == [(11280, "classrooms"), (32800, "persons")]
    assert _units("the number of classrooms built was 11,280, and 6,500 additional teachers "
                  "had been recruited.") == [(11280, "classrooms"), (6500, "persons")]
    assert _units("that 12 offices had a staff of 25.") == [(12, "offices"), (25, "persons")]


def _units_fr(said: str) -> list[tuple[float | tuple[float, float], str | None]]:
    """The (value, unit) of the claims of a French head of delegation's sentence."""
    review = analyze_text("Le Comité a examiné le rapport de Madagascar. La cheffe de la "
                          "délégation, Mme Ana Ortiz, a dit que " + said)
    return [(c.value, c.unit) for c in review.claims]


def test_convention_numbers_after_n_degree_and_french_demonyms() -> None:
    assert _units_fr("l'État entendait ratifier les Conventions n° 97 et n° 143 de l'OIT, et que "
                     "quelque 180 000 Malgaches et 5 000 Sénégalais travaillaient à "
                     "l'étranger.") == [(180000, "persons"), (5000, "persons")]
    # people by their livelihood or origin (probe ai)
    assert _units_fr("35 autochtones et 120 paysans avaient été tués.") == [
        (35, "persons"), (120, "persons")]
    # a number word counting after "session", and a total after "number to" (probe ai)
    assert [v for v, _ in _units("since the previous session seven countries had become "
                                 "parties, bringing the total number to 119.")] == [7, 119]
    # an estimate between two close values is a range, not two figures (probe ai)
    assert _units("reports should arrive two or three weeks ahead, and 5 or 50 cases "
                  "were pending.") == [((2, 3), "weeks"), (5, "cases"), (50, "cases")]
    # a decade and a meeting's ordinal written apart count nothing (probe ai)
    assert _units_fr("des progrès avaient été accomplis depuis la fin des années 90 et au "
                     "cours des années 2000, à la 1463 e séance.") == []


def test_a_period_opened_by_a_french_start_dates_no_figure() -> None:
    """"à partir de 2005" and "à compter de 2010" open a period, as "depuis" does: the
    figure after it has no year (probe ai)."""
    review = analyze_text("Le Comité a examiné le rapport du Soudan. La délégation a dit que le "
                          "pays avait atteint, à partir de 2005, un taux de croissance de 7 %. "
                          "À compter de 2010, 400 écoles ont été construites.")
    assert [(c.value, c.year) for c in review.claims] == [(7, None), (400, None)]


def test_the_size_that_defines_a_family_is_no_claim() -> None:
    assert _units("in 2002 the consumer basket for a family of four had cost 21,600 denars "
                  "a month.") == [(21600, "MKD")]


def test_young_people_of_an_age_range_are_persons_of_that_age() -> None:
    assert _units_fr("la prévalence du VIH chez les jeunes de 15 à 24 ans était de 3,5 % et "
                     "1 200 jeunes avaient été formés.") == [(3.5, "percent"), (1200, "persons")]


def test_the_year_of_a_codes_name_dates_no_figure() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport de Madagascar. La cheffe de la délégation, Mme Ana "
        "Ortiz, a dit que le Code civil de 1966 fixait l'âge minimum du mariage à 14 ans pour les filles.")
    assert [(c.value, c.year) for c in review.claims] == [(14, None)]


@pytest.mark.parametrize(("state", "code", "said", "unit"), [
    ("North Macedonia", "MKD", "the benefit was 2,900 denars", "MKD"),
    ("Tunisia", "TUN", "the budget was 12 million dinars", "TND"),
    ("Serbia", "SRB", "the fine was 50,000 dinars", "RSD"),
    ("Kenya", "KEN", "the fee was 1,000 shillings", "KES"),
    ("Egypt", "EGY", "the fee was 1,000 pounds", "EGP"),
    ("Mexico", "MEX", "the fund held 20 million pesos", "MXN"),
    ("Morocco", "MAR", "the allowance was 300 dirhams", "MAD"),
    # letters glued to "$" that name the State's own peso or córdoba
    ("the Dominican Republic", "DOM", "the minimum wage was RD$ 8,465", "DOP"),
    ("Nicaragua", "NIC", "the minimum wage was C$ 5,000", "NIO"),
    ("Sweden", "SWE", "the allowance was 2,000 crowns", "SEK"),
    ("Rwanda", "RWA", "the fund held 2 billion francs", "RWF"),
    ("Senegal", "SEN", "the allowance was 50,000 francs", "XOF"),
    ("Czechia", "CZE", "the reform was worth 2.5 billion Czech crowns", "CZK"),
    # the singular after a number (probe 343), and a currency of its own State
    ("Oman", "OMN", "the fine was 500 rial", "OMR"),
    ("Jordan", "JOR", "the fine was 500 dinar", "JOD"),
    ("Samoa", "WSM", "the grant was 450,000 tala", "WST"),
])
def test_currencies_named_by_several_states_take_the_state_partys(
        state: str, code: str, said: str, unit: str) -> None:
    review = analyze_text(f"The Committee considered the report of {state}. Juan Perez, head of "
                          f"delegation, said {said}.")
    assert review.metadata.state_party_code == code
    assert [c.unit for c in review.claims] == [unit]


def test_a_count_takes_no_unit_from_a_share_set_beside_the_count_before_it() -> None:
    assert _units("48.3 million inhabitants were counted, of whom 4.67 million, or 9.3 per "
                  "cent, identified as Afro-Colombian, and 1.9 million, or 4.4 per cent, as "
                  "indigenous.") == [(48.3e6, "persons"), (4.67e6, "persons"), (9.3, "percent"),
                                     (1.9e6, "persons"), (4.4, "percent")]


def test_members_counted_after_a_sum_of_money_take_no_currency() -> None:
    assert _units("the families had received compensation of US$ 1,500 each, and 640 of "
                  "them had been relocated.") == [(1500, "USD"), (640, None)]


def test_a_part_of_them_takes_the_count_before_not_a_rate() -> None:
    # "58,000 of them" is a part of the count before, never of the rate given last
    said = ("that 900,000 domestic workers lived in the country, and that the adolescent "
            "fertility rate was 63 births per 1,000 girls. Some 58,000 of them were registered.")
    units = {c.value: c.unit for c in analyze_text(f"Juan Perez said {said}").claims}
    assert units == {900_000: "persons", 63: "per 1,000", 58_000: "persons"}


def test_a_french_range_from_an_elided_one() -> None:
    # "d'un à cinq ans": 1 to 5 years, the span after the elided "d'" (probe 331)
    assert found("La loi prévoit une peine d'un à cinq ans d'emprisonnement.", "fr") == [
        ("un à cinq ans", (1, 5), "years")]


@pytest.mark.parametrize(("said", "units"), [
    # "States party" modifies the noun counted (realprobe 27)
    ("the Committee had reviewed 23 States party reports and 40 States parties' reports; 68 "
     "States parties had ratified it.", [(23, "reports"), (40, "reports"), (68, "States parties")]),
    # a bare number a noun measures borrows no count's unit: the capacity of the facilities
    # is no number of facilities (probe 324)
    ("the 54,212 inmates were held in 129 facilities with an official capacity of 26,837.",
     [(54212, "persons"), (129, "facilities"), (26837, None)]),
    # one thing is counted in the plural, as several are; one State party is one of the
    # States parties; "one country visit" counts visits
    ("the Committee had received one communication, one complaint and one inquiry; one "
     "State party had not reported; one country visit was planned.",
     [(1, "communications"), (1, "complaints"), (1, "inquiries"), (1, "States parties"),
      (1, "visits")]),
    # a number after "numbered" counts the things before it, not the money given first;
    # a bare number after "times" compares nothing (probe r)
    ("4.5 billion tenge had gone to crisis centres, which now numbered forty-one. Pensions "
     "were 1.3 times lower for women. The retirement age, which was 61, would be raised.",
     [(4.5e9, "KZT"), (41, None), (1.3, "multiplier"), (61, None)]),
    # a currency after its country's adjective, whatever its ending; the lira (probe r)
    ("4.7 billion Turkish lira had been invested, and 900 million Kazakh tenge.",
     [(4.7e9, "TRY"), (9e8, "KZT")]),
    # the second end of a change whose first took no unit takes none from the sentence
    # before (probe s); both are the values of an age, so years
    ("31 per cent of girls married early. Would the age of marriage be raised from 16 to 18?",
     [(31, "percent"), (16, "years"), (18, "years")]),
    # a period named to frame what happened in it is no figure; a length a verb takes is
    # (probe t)
    ("she had reviewed the two years of her term, during which the Committee examined 58 "
     "reports; the project had lasted two years, during which 300 people were trained.",
     [(58, "reports"), (2, "years"), (300, "persons")]),
    # office-holders are persons (audit of the corpus openings)
    ("the Committee had elected three Vice-Chairpersons and two Rapporteurs.",
     [(3, "persons"), (2, "persons")]),
    # a second ratio after a first, its noun elided, and an age after each (probe r)
    ("one in three girls was married before the age of 18, and one in ten before the age "
     "of 15.", [(33.3, "percent"), (10, "percent")]),
])
def test_what_a_count_counts(said: str, units: list[tuple[float, str | None]]) -> None:
    assert _units(said) == units


def test_a_shared_currency_name_stays_a_noun_for_another_state() -> None:
    review = analyze_text("The Committee considered the report of Kenya. Juan Perez, head of "
                          "delegation, said migrants sent home 300 dinars a month.")
    assert [c.unit for c in review.claims] == ["dinars"]


@pytest.mark.parametrize(("said", "subject"), [
    # an aside "X, at N, ...": what it measures is X
    ("the country had faced hardship and that unemployment, at 31.9 per cent in 2002, "
     "remained the most pressing problem.", "unemployment"),
    # a counted noun stands for itself, whatever the comma before it, with what its clause
    # says of it: an active verb after "who"/"that", a passive without "be", the verb it is
    # the object of (corpus review: a bare "cases" or "pays" says nothing)
    ("in the end, 5,000 teachers of English worked abroad.",
     "teachers of English who worked abroad"),
    ("more than 200,000 children with disabilities received home schooling.",
     "children with disabilities who received home schooling"),
    # ... and a participle that opens a phrase, an age and an "-ing" noun are part of it
    ("it had trained 250 persons with disabilities appointed to district assemblies.",
     "persons with disabilities appointed to district assemblies trained"),
    ("300 families with children aged three to six were housed.",
     "families with children aged three to six housed"),
    ("it had opened 41 cases of human trafficking offences.",
     "cases of human trafficking offences opened"),
    # a clause's subject keeps a participle after a preposition; no preposition or
    # conjunction of the rest of the clause ends it
    ("the number of undocumented migrants had increased by 84.5 per cent between 2012 "
     "and 2016.", "the number of undocumented migrants"),
    # a source's finding "that ..." measures what follows, not the source (probe 354)
    ("UNICEF data showed that 11.4 per cent of children under five were stunted.",
     "children under five stunted"),
    # ... and so do hearsay with "that" and an attribution that opens the sentence (probe
    # 356), not a passive without "that"
    ("the Committee had been informed that stunting affected 29 per cent of children under "
     "five.", "stunting of children under five"),
    ("according to the 2023 survey, only 62 per cent of births were registered.",
     "births registered"),
    ("according to the 2021 census, which had used new questions, 8 per cent of the "
     "population had a disability.", "population that had a disability"),
    ("the gender pay gap was reported to be around 25 per cent.", "the gender pay gap"),
    # a time frame after the quantity says when, not what (probe 341); a rate is no frame
    ("extreme poverty had decreased to 4.9 per cent in the same year.", "extreme poverty"),
    ("the rate of poverty had fallen to 12 per cent over the same period.", "the rate of poverty"),
    # a hyphenated quantity measures the noun phrase it modifies (realprobes 30, 31)
    ("the Committee had concluded its four-week eightieth session.", "eightieth session"),
    ("the Committee had a ten-year backlog of reports.", "backlog of reports"),
    ("the Committee closed its week-long fifth session after reviewing it.", "fifth session"),
    ("a 12-member panel was set up.", "panel"),
    # an article's number stays with it; "so far" opens no subject (realprobe 29)
    ("three inter-State complaints under article 11 were pending.",
     "inter-State complaints under article 11 pending"),
    ("so far only one had replied.", "replied"),
    # a period that opens the sentence is no subject (probe 335)
    ("in the past three years, 64 persons had been convicted.", "persons convicted"),
    # a premise put to be confirmed: its clause after "true that" (probe g)
    ("it was not clear whether it was true that the average period of pre-trial detention "
     "was 14 months.", "the average period of pre-trial detention"),
    # an approximator qualifies the figure, a fraction names its noun inside it, and a share
    # "of" a noun is a share of that noun, with what is said of it
    ("nearly one in five children worked.", "children worked"),
    ("one child out of four was not registered.", "child not registered"),
    ("approximately 15 per cent of the population lived in rural areas.",
     "population lived in rural areas"),
    ("more than half of the girls had left school early.", "girls who had left school early"),
    ("25 in favour had voted.", "voted"),
    # a percentage given as a part's share of a whole names the part (helpers' review of
    # the corpus: "the population", "women made of the judges")
    ("women made up 40 per cent of the judges.", "share of women among the judges"),
    ("the Maori, who represented approximately 15 per cent of the population, had seats.",
     "share of the Maori in the population"),
    ("the elections had seen an increase in the number of women councillors, who now "
     "represented 26 per cent of the total.", "share of women councillors in the total"),
    ("the women and girls accounted for 70 per cent of victims of trafficking.",
     "share of the women and girls among victims of trafficking"),
    # a count given as the level a thing stands at names the thing
    ("the backlog now stood at 78 reports.", "the backlog of reports"),
    ("the budget of the Ombudsman amounted to 2 million dollars.", "the budget of the Ombudsman"),
    ("the prison population stood at 5,000 persons.", "the prison population"),
    # ... a share as a fraction, and a part named before a participle
    ("women made up half of the judges.", "share of women among the judges"),
    ("rural children, accounting for a third of the population, lacked schools.",
     "share of rural children in the population"),
    # a figure set off after an adjective measures the adjective's subject
    ("voter turnout had been high, at 84 per cent.", "voter turnout"),
    ("the share of women judges was now the highest ever, at 41 per cent.",
     "the share of women judges"),
    # "per capita" opens a phrase
    ("per capita income had doubled.", "per capita income"),
])
def test_the_subject_says_what_is_counted(said: str, subject: str) -> None:
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    assert [c.subject for c in review.claims] == [subject]


@pytest.mark.parametrize(("said", "subject"), [
    # an opening aside is no part of the subject; "be" and the adverbs with it are dropped
    ("thanks to the intervention of the Committee, 400 persons had been found alive.",
     "persons found alive"),
    ("three cases had been declared admissible, while five cases were still pending.",
     ["cases declared admissible", "cases still pending"]),
    ("two cases had not been paid.", "cases not paid"),
    # a predicate that is no participle keeps its verb
    ("thirteen States had chosen not to abide by the simplified procedure.",
     "States that had chosen not to abide by the simplified procedure"),
    ("two members of the Council were persons with disabilities.",
     "members of the Council who were persons with disabilities"),
    # the verb a count is the object of, as a participle after it
    ("the Committee had reviewed eight reports of States parties.",
     "reports of States parties reviewed"),
    ("the Committee had held a total of 30 meetings.", "meetings held"),
    # ... not a verb that lets its object do something, nor one that only links to it
    ("the reform had allowed 9,000 migrants to regularise their status.", "migrants"),
    ("the ban applied to around 49,000 migrants.", "migrants"),
    ("the body was composed of 14 independent experts.", "independent experts"),
    ("the Government had purchased 12 farms for resettlement since 2010.",
     "farms for resettlement purchased"),
    # a figure whose noun is written with an earlier one counts that noun (helpers' review
    # of the corpus: "the Committee inadmissible", "Rodrigo Uprimny dealt")
    ("the Committee had declared 4 communications admissible and 25 inadmissible.",
     ["communications declared", "communications inadmissible"]),
    ("five cases were still pending, and one of them would be decided during the session.",
     ["cases still pending", "cases decided during the session"]),
    ("15 States parties had been asked, and only one had replied.",
     ["States parties asked", "States parties replied"]),
    # a share after ", and" is of its own whole, not of the sentence's subject
    ("70 per cent of nurses were women, and 35 per cent of women worked part-time.",
     ["nurses who were women", "women who worked part-time"]),
    # a short relative clause measures the noun before its comma (the verb of an infinitive
    # left out); a second predicate after "and" is none of the figure's
    ("it had worked to cut pretrial detention, which in 2021 stood at 35 per cent and was "
     "the lowest in the region.", "pretrial detention"),
    # a judgement or a participle of the speaker's frames the clause it counts in
    ("it was regrettable that only 31 per cent of births were registered.",
     "births registered"),
    ("noting that 45 per cent of refugees lived in camps, the law was changed.",
     "refugees lived in camps"),
])
def test_the_subject_says_what_is_said_of_the_count(said: str, subject: str | list[str],
                                                    ) -> None:
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    expected = subject if isinstance(subject, list) else [subject]
    assert [c.subject for c in review.claims] == expected


def test_the_value_a_change_ends_at_counts_what_changed() -> None:
    """"from 14,000 persons ... to about 12,300": the second figure borrows the first's unit
    but counts what changed, not "persons"."""
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that the "
                          "prison population had decreased from 14,000 persons in 2013 to "
                          "about 12,300.")
    assert (review.claims[-1].unit, review.claims[-1].subject) == (
        "persons", "the prison population")


def test_a_french_count_keeps_its_participle_without_its_auxiliary() -> None:
    """"2 300 familles avaient été relogées dans le cadre du programme": what was done to
    the families, without "avaient été"; an active verb follows "qui"."""
    review = analyze_text("Le Comité a examiné le rapport du Cameroun. M. Paul Atanga, chef de "
                          "la délégation, a indiqué que 2 300 familles avaient été relogées "
                          "dans le cadre du programme et que 1 340 écoles avaient rouvert "
                          "leurs portes.")
    assert [c.subject for c in review.claims] == [
        "familles relogées dans le cadre du programme", "écoles qui avaient rouvert leurs portes"]


def test_currency_signs_codes_and_lettered_dollars_before_a_number() -> None:
    assert _units("the programme received G$1.2 billion, KM 412 million, BAM 20 million, "
                  "US$ 3 million, $40 and N$ 5.") == [
        (1.2e9, "GYD"), (412e6, "BAM"), (20e6, "BAM"), (3e6, "USD"), (40, "USD"), (5, "NAD")]
    assert _units("that the search plan had S/ 18.7 million.") == [(18.7e6, "PEN")]
    # a prefix abbreviated with a stop: "Rs. 48 billion", "Ksh. 200"
    assert _units("the Government had spent Rs. 48 billion and Ksh. 200.") == [
        (48e9, "rupees"), (200, "KES")]
    # usual abbreviations that are no ISO code
    assert _units("it spent NIS 520 million and RMB 3 billion.") == [(520e6, "ILS"), (3e9, "CNY")]
    # an unknown lettered dollar is no US dollar; a treaty body's acronym is no currency
    assert _units("the fund held Q$ 7 million.") != [(7e6, "USD")]
    assert [u for _, u in _units("the CRC 30 members met.")] != ["CRC"]


def test_a_part_of_a_counted_whole_counts_the_same_things() -> None:
    assert _units("only three of 17 embassies were headed by women.") == [
        (3, "embassies"), (17, "embassies")]
    assert _units("only 3 of 17 ambassadors were women.") == [
        (3, "persons"), (17, "persons")]
    # "out of" (probe g): the spelled-out part is a figure too
    assert _units("the number of women in the Politburo was two out of 18.") == [
        (2, "persons"), (18, "persons")]
    # an approximate whole ("of more than 200")
    assert _units("only 67 of more than 200 mass graves had been excavated.") == [
        (67, "graves"), (200, "graves")]
    assert _units("12 of some 40 shelters were open.") == [(12, "shelters"), (40, "shelters")]


def test_a_count_after_a_fronted_whole_counts_its_parts() -> None:
    assert _units("that of the 2,347 complaints received by the Inspectorate, 612 concerned members "
                  "of the police.") == [(2347, "complaints"), (612, "complaints")]
    assert _units("that of the 212 missing persons reports registered, 64 concerned children.") == [
        (212, "reports"), (64, "reports")]
    # a count with its own noun keeps it
    assert _units("that of the 40 prisons, 12 per cent were overcrowded.") == [
        (40, "prisons"), (12, "percent")]


def test_the_full_date_of_a_laws_name_dates_no_figure() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport de Madagascar. La cheffe de la délégation, Mme Ana "
        "Ortiz, a dit que la loi n° 22.009 du 16 juin 2022 punit la haine de 2 à 5 ans "
        "d'emprisonnement. Le 3 mai 2019, 12 prisons ont été inspectées.")
    assert [(c.value, c.year) for c in review.claims] == [((2, 5), None), (12, 2019)]


def test_a_number_to_call_is_no_count() -> None:
    assert _units("that the 112 emergency number accepted text messages and the 116 hotline "
                  "had received 500 hotline calls.") == [(500, "calls")]


def test_more_people_count_persons() -> None:
    assert _units("that 40 teaching assistants, 12 prosecutors and 300 adults were trained.") == [
        (40, "persons"), (12, "persons"), (300, "persons")]


def test_of_them_after_a_count_of_its_own_sentence_takes_no_year_from_the_one_before() -> None:
    review = analyze_text(
        "The Committee against Torture closed its session. The Committee had considered 16 "
        "State party reports in 2009. The Convention now had 146 States parties, and 64 of "
        "them had made the declaration. In 2008, 30 inquiries were opened. Four of them were "
        "closed.")
    assert [(c.value, c.year) for c in review.claims] == [
        (16, 2009), (146, None), (64, None), (30, 2008), (4, 2008)]


def test_spelled_out_counts_whose_noun_is_implied() -> None:
    assert _units("that the Committee had adopted decisions on 15 complaints: it found "
                  "violations in three, no violation in seven and declared five inadmissible. "
                  "The experts were in two minds.") == [
        (15, "complaints"), (3, "complaints"), (7, "complaints"), (5, "complaints")]


def test_negated_bounds_are_the_opposite_bounds() -> None:
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said penalties of not "
                          "less than 15 years and not more than 30 years applied.")
    assert [(c.value, c.qualifier) for c in review.claims] == [(15, "at least"), (30, "at most")]


def test_a_participle_and_an_adjective_before_the_counted_noun() -> None:
    assert _units("that 43 recognised religious organizations and 120 new family health "
                  "units existed, with 300 relatives involved.") == [
        (43, "organizations"), (120, "units"), (300, "persons")]


def test_the_remaining_few_take_the_noun_of_the_count_they_complete() -> None:
    review = analyze_text(
        "The Committee against Torture closed its session. Maria Lopez, Committee Chair, said "
        "that follow-up reports had come from 12 of the 19 States parties that had been due to "
        "report within one year. Reminders had been sent to the remaining seven.")
    assert [(c.value, c.unit) for c in review.claims][-1] == (7, "States parties")


def test_times_after_a_verb_count_occurrences_not_a_factor() -> None:
    assert _units("that the webcast had been viewed some 9,000 times and the budget was three "
                  "times higher.") == [(9000, "times"), (3, "multiplier")]
    # after an irregular past, or a French participle
    assert _units("that the working group had met four times in 2023.") == [(4, "times")]
    assert _units("que la détention avait été prolongée cinq fois.") == [(5, "times")]


def test_the_year_a_factor_compares_with_is_not_the_factors_year() -> None:
    review = analyze_text(
        "The Committee met. Ana Ortiz, Chair, said that in 2024 the Committee had received 120 "
        "communications, nearly double the number received in 2022.")
    assert [(c.value, c.year) for c in review.claims] == [(120, 2024), (2, 2024)]


def test_and_a_half_decisions_on_and_times_after_a_verb_with_its_object() -> None:
    assert _units("that reports waited three and a half years, 2 and a half million people "
                  "were affected, the Committee had adopted decisions on 64 and the Expert had "
                  "visited the country three times.") == [
        (3.5, "years"), (2.5e6, "persons"), (64, "decisions"), (3, "times")]


def test_a_french_half_after_the_unit() -> None:
    """"deux ans et demi": the half follows the unit in French."""
    text = "La procédure durait deux ans et demi et la visite 3 heures et demie."
    assert [(text[q.span.start:q.span.end], q.value, q.unit)
            for q in find_quantities(text, Span(0, len(text)), "fr")] == [
        ("deux ans et demi", 2.5, "years"), ("3 heures et demie", 3.5, "hours")]


def test_a_time_word_that_names_the_kind_of_what_is_counted() -> None:
    assert _units("that two day centres and 12 days of leave existed.") == [
        (2, "centres"), (12, "days")]


def test_a_currency_after_its_country_adjective_and_belarusian_roubles() -> None:
    review = analyze_text("The Committee considered the report of Belarus. Juan Perez, head of "
                          "delegation, said the budget was 3 billion Japanese yen and 4 million "
                          "roubles.")
    assert [c.unit for c in review.claims] == ["JPY", "BYN"]


def test_halved_and_a_base_year_before_a_conjunction() -> None:
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said the number of "
                          "detainees had halved since 2015 and the budget had doubled.")
    assert [(c.value, c.unit, c.year) for c in review.claims] == [
        (0.5, "multiplier", None), (2, "multiplier", None)]


def test_which_figures_are_distinctive() -> None:
    from treatyscope.pipeline.claim_links import distinctive

    assert [distinctive(v) for v in (31.9, 2022547.0, 263.0)] == [True, True, True]
    assert [distinctive(v) for v in (50.0, 1000.0, 3.8e6, 120.0)] == [False] * 4


def test_the_french_noun_le_double_is_a_factor_dated_by_its_own_year() -> None:
    review = analyze_text(
        "Le Comité a examiné le rapport de la Guinée. La cheffe de la délégation, Mme Ana "
        "Ortiz, a dit que le budget de 2012 était de 40 milliards de francs, soit le double de "
        "celui de 2009.")
    assert [(c.value, c.unit, c.year) for c in review.claims][-1] == (2, "multiplier", 2012)


def test_a_currency_conversion_in_brackets_shares_the_amounts_year() -> None:
    review = analyze_text("The Committee met. Ana Ortiz, head of delegation, said the budget was "
                          "MNT 1.9 billion (about US$ 1.5 million) in 2010, and Q 21 million "
                          "(US$ 2.6 million) in 2009.")
    assert [(c.unit, c.year) for c in review.claims] == [
        ("MNT", 2010), ("USD", 2010), ("GTQ", 2009), ("USD", 2009)]


@pytest.mark.parametrize(("text", "expected"), [
    # the elided "d'"/"qu'" is cut from the number word: the numeral starts at "un", the
    # elided word ends the approximator ("plus d'")
    ("Soit plus d'un million de personnes.", [("un million de personnes", 1e6, "persons", "more than")]),
    ("Soit plus d'un demi-million de personnes.",
     [("un demi-million de personnes", 5e5, "persons", "more than")]),
    ("Près d'un tiers de la population rurale.", [("un tiers", 33.3, "percent", "nearly")]),
    ("Il n'y avait qu'un seul juge.", [("un seul juge", 1, "juges", None)]),
    ("Plus d'une vingtaine de cas.", [("une vingtaine de cas", 20, "cas", "more than")]),
    # an article before a noun stays whole and counts nothing
    ("Il a été doté d'un budget et qu'une seule fois.", []),
])
def test_a_french_elided_article_before_a_number_word(
        text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    got = find_quantities(text, Span(0, len(text)), "fr")
    assert [(text[q.span.start : q.span.end], pytest.approx(q.value), q.unit, q.qualifier)
            for q in got] == expected


def test_a_hyphenated_half_scale_after_an_article() -> None:
    assert found("Over a half-million people were displaced.") == [
        ("a half-million people", 5e5, "persons")]


@pytest.mark.parametrize(("state", "said", "units"), [
    # the kwacha of Malawi and of Zambia: the State party decides; elsewhere the noun stays
    ("Malawi", "the budget was 4.8 billion kwacha and MK 2.1 billion", ["MWK", "MWK"]),
    ("Zambia", "the budget was 14 million kwacha", ["ZMW"]),
    ("Kenya", "migrants sent home 300 kwacha", ["kwacha"]),
    # the escudo is Cabo Verde's currency today
    ("Cabo Verde", "the fund held 145 million escudos", ["CVE"]),
])
def test_the_kwacha_is_coded_by_the_state_party(state: str, said: str, units: list[str]) -> None:
    review = analyze_text(f"The Committee considered the report of {state}. Juan Perez, head of "
                          f"delegation, said {said}.")
    assert [c.unit for c in review.claims] == units


def test_a_year_before_a_singular_person_noun_names_a_compound() -> None:
    # a count above one takes a plural: "2002 children" counts, "the 2002 child labour
    # survey" and "the 2010 national census" are named by their year
    assert found("According to the 2002 child labour survey, 37 per cent of children "
                 "worked.") == [("37 per cent", 37, "percent")]
    assert found("The 2010 national census counted 2002 children.") == [
        ("2002 children", 2002, "persons")]


def test_a_rate_per_a_power_of_ten_is_its_own_unit() -> None:
    # "N per 100,000 <population>" never takes the unit of a figure before it
    assert found("Coverage stood at 94 per cent, and the maternal mortality ratio had fallen "
                 "to 74 per 100,000 live births.") == [
        ("94 per cent", 94, "percent"), ("74 per 100,000", 74, "per 100,000")]
    assert found("Il y avait 79 pour 1 000 naissances.", "fr") == [
        ("79 pour 1 000", 79, "per 1,000")]
    # ... with its noun before "per" too: a rate, not a count of deaths, and the same unit
    # as the rate without its noun (probes 323, 324, 327, 330)
    assert found("It recorded 126 deaths per 100,000 live births.") == [
        ("126 deaths per 100,000", 126, "per 100,000")]
    assert found("Il y avait 315 décès pour 100 000 naissances vivantes.", "fr") == [
        ("315 décès pour 100 000", 315, "per 100,000")]


def test_states_counted_by_their_standing_are_one_noun_of_two_words() -> None:
    # not "parties", nor persons for "Members" (probes 277, 283)
    assert found("There were now 68 States parties, and 27 States Members attended.") == [
        ("68 States parties", 68, "States parties"), ("27 States Members", 27, "States")]
    assert found("Il y a 12 États parties.", "fr") == [("12 États parties", 12, "États parties")]


@pytest.mark.parametrize("addition", ["a further eight", "eight more", "an additional 8"])
def test_an_addition_counts_what_the_same_verb_counted_before(addition: str) -> None:
    # not the persons of the relative clause in between: the centres opened before
    said = (f"that it had opened four centres, which had served 23,400 women, and planned to "
            f"open {addition} by 2014.")
    assert _units(said)[-1] == (8, "centres")


def test_over_a_duration_right_after_a_figure_is_its_period() -> None:
    # "X over five years" spreads X over a period; "for over five years" is more than five
    text = "The plan cost 420 million lei over five years and had run for over two years."
    assert [(text[q.span.start : q.span.end], q.qualifier)
            for q in find_quantities(text, Span(0, len(text)))] == [
        ("420 million lei", None), ("five years", None), ("two years", "over")]


def test_staff_of_the_police_courts_and_schools_count_persons() -> None:
    assert _units_fr("1 250 policiers, 65 enquêteurs et 740 enseignants ont été formés.") == [
        (1250, "persons"), (65, "persons"), (740, "persons")]
    assert _units("that 2,000 new magistrates and 12 investigators were appointed.") == [
        (2000, "persons"), (12, "persons")]
    assert _units("that there were 612 psychiatrists and 300 paediatricians.") == [
        (612, "persons"), (300, "persons")]
    # people by nationality, and people of criminal cases
    assert _units("that 5,000 Nicaraguans, 300 Guatemalans, 100 Filipinos, 50 Beninese and "
                  "40 traffickers were there, and 3 Action Plans adopted.") == [
        (5000, "persons"), (300, "persons"), (100, "persons"), (50, "persons"),
        (40, "persons"), (3, "plans")]


def test_a_period_written_with_a_slash_is_no_symbol_that_hides_the_next_figure() -> None:
    assert _units("the budget had grown from 850 million francs in 2014/2015 to 2.1 billion "
                  "francs in 2018/19.") == [(850e6, "francs"), (2.1e9, "francs")]
    assert _units("there were 12 cases in 2014/2015 and 40 cases in 2018/19.") == [
        (12, "cases"), (40, "cases")]


def test_an_adverb_in_s_is_no_counted_noun() -> None:
    assert _units("1.1 million overseas Filipino workers sent money home.") == [
        (1.1e6, "persons")]


def test_french_clock_times_and_durations_in_hours() -> None:
    assert _units_fr("la séance reprendra à partir de 13 heures.") == []
    assert _units_fr("la garde à vue était limitée à 48 heures.") == [(48, "hours")]


def test_an_amount_with_its_own_word_takes_no_unit_from_a_count_before_it() -> None:
    assert _units("there were 340 beds, and the State had allocated 22.4 million kuna to "
                  "them.") == [(340, "beds"), (22.4e6, "HRK")]
    assert _units("2,800 women had loans worth 1.2 billion lipa.") == [
        (2800, "persons"), (1.2e9, None)]
    # an elided noun still takes the count's unit
    assert _units("2.6 million people lived abroad in 2020 and 2.8 million in 2022.") == [
        (2.6e6, "persons"), (2.8e6, "persons")]
    # a figure cited back takes the unit it was given with
    assert _units("1,117 proceedings had been opened. The figure of 1,117 in the report "
                  "included administrative cases.") == [(1117, "proceedings"), (1117, "proceedings")]


def test_two_bounds_in_different_units_are_two_quantities() -> None:
    assert _units("sentences ranged between one month and two years.") == [
        (1, "months"), (2, "years")]
    assert _units("between 40 per cent and 80 per cent were covered.") == [
        ((40, 80), "percent")]


def test_a_decimal_times_a_scale_is_the_number_written() -> None:
    """4.1 * 1e9 is 4099999999.9999995 in binary floating point; the record says 4.1e9."""
    assert [c.value for c in analyze_text("The budget was 4.1 billion dollars.").claims] == [4.1e9]
    # ... whatever the decimal: a rounded product kept 16899999999.999998 (probe 287)
    assert [c.value for c in analyze_text("Remittances reached 16.9 billion dollars.").claims] == [
        16.9e9]


def test_an_amount_after_an_age_limit_is_no_age() -> None:
    """"under 70 years of age and 350 lari per month": the lari are an amount of their own."""
    text = ("The allowance was 315 lari per month for persons under 70 years of age and 350 lari "
            "per month for persons with disabilities.")
    assert [(c.value, c.unit) for c in analyze_text(text).claims] == [(315, "GEL"), (350, "GEL")]


def test_a_number_said_in_a_quotation_is_a_claim() -> None:
    assert [c.value for c in analyze_text("“We have built two schools,” the Minister said.").claims] == [2]


def test_a_french_rate_on_sur_a_power_of_ten() -> None:
    """"1,6 sur 100 000 habitants" is a rate; "un enfant sur 10" stays a ratio."""
    review = analyze_text("Le Comité s'est réuni. M. Jean Dupont, chef de la délégation, a dit "
                          "que le taux était de 1,6 sur 100 000 habitants en 2022.")
    assert [(c.value, c.unit) for c in review.claims] == [(1.6, "per 100,000")]


@pytest.mark.parametrize("text", [
    "54 complaints had been received in 2023. These complaints had led to 9 prosecutions.",
    "54 plaintes avaient été reçues en 2023. Ces plaintes ont donné lieu à 9 poursuites.",
])
def test_what_a_dated_set_led_to_shares_its_year(text: str) -> None:
    """"These complaints had led to 9 prosecutions" continues the sentence that counted them."""
    review = analyze_text("Le Comité s'est réuni. The delegation said so. " + text)
    assert [(c.value, c.year) for c in review.claims] == [(54, 2023), (9, 2023)]


def test_an_approximator_before_a_french_fraction_and_its_article() -> None:
    review = analyze_text("Le Comité s'est réuni. M. Jean Dupont, chef de la délégation, a dit que "
                          "près de la moitié des détenus étaient en détention provisoire.")
    assert [(c.value, c.qualifier) for c in review.claims] == [(50, "nearly")]


def test_a_french_adjective_before_de_n_ans_makes_no_age() -> None:
    """"un programme national de cinq ans" is the programme's length; "un enfant de 12 ans"
    stays an age."""
    head = "Le Comité s'est réuni. M. Jean Dupont, chef de la délégation, a dit qu'"
    assert [c.value for c in analyze_text(head + "un programme national de cinq ans avait été "
                                          "adopté en 2023.").claims] == [5]
    assert analyze_text(head + "un enfant de 12 ans avait été arrêté.").claims == ()


def test_a_total_of_the_sentences_subject_counts_the_subject() -> None:
    """"Hate crimes reported in 2010 totalled 1,180": the number counts the subject, not the
    hours of the sentence before."""
    review = analyze_text("The Committee met. The hearings lasted 12 hours. Hate crimes "
                          "reported in 2010 totalled 1,180. Complaints numbered 312. "
                          # ... and the figures of its change (probe 337)
                          "Violent deaths of children had fallen from 5,600 to 5,354.")
    assert [(c.value, c.unit) for c in review.claims] == [
        (12, "hours"), (1180, "crimes"), (312, "complaints"), (5600, "deaths"),
        (5354, "deaths")]


def test_a_part_of_the_sentences_subject_counts_the_subject() -> None:
    """"Sheltered workshops would remain, but 35 of them had been converted": the part
    counts the subject, not the unit of the sentence before."""
    review = analyze_text("The Committee met. Inspectors made 1,240 inspections. Sheltered "
                          "workshops would remain, but 35 of them had been converted.")
    assert [(c.value, c.unit) for c in review.claims] == [(1240, "inspections"), (35, "workshops")]


def test_a_number_word_in_a_name_is_no_count() -> None:
    """"the Zero Hunger programme" names a programme; "Two hundred people" inside a sentence
    and "Twenty Reports" in a title still count."""
    review = analyze_text("The Committee met. The delegation said the Zero Hunger programme "
                          "selected beneficiary families in rural areas, and Two hundred people "
                          "had been released.")
    assert [(c.value, c.unit) for c in review.claims] == [(200, "persons")]


#: A release whose headline gives the figure its lede gives again.
HEADLINED = (
    "Skip to main content\n\n"
    "Committee on the Rights of the Child closes session after adopting 12 sets of "
    "concluding observations\n\n12 June 2026\n\n"
    "The Committee on the Rights of the Child today closed its ninety-ninth session, during "
    "which it adopted 12 sets of concluding observations on the reports of States parties.")


def test_a_headline_figure_is_a_claim_restating_the_lede() -> None:
    """The gold README counts the headline's figure: a claim of nobody's turn, which the
    lede (and the body before it) is preferred to as the canonical statement."""
    review = analyze_text(HEADLINED)
    headline, lede = review.claims
    assert (headline.text, headline.speaker, headline.sentence_span.slice(review.text)) == (
        "12 sets", None, HEADLINED.split("\n\n")[1])
    assert (headline.duplicate_of, lede.duplicate_of) == (lede.id, None)
    # a line's outer spaces are no part of it (the span invariant)
    assert_span_invariant(analyze_text(HEADLINED.replace("observations\n", "observations  \n")))


@needs_shared
def test_headline_claims_on_real_releases(corpus_reviews: dict[str, Review]) -> None:
    """A French headline's "35 résolutions" restates the lede's; a summary record's header
    (meeting number, date) states nothing."""
    council = corpus_reviews["hrc-2017-s35-close-fr-test"]
    headline = council.claims[0]
    assert (headline.span, headline.text) == (Span(153, 167), "35 résolutions")
    assert headline.duplicate_of == council.claims[1].id
    record = corpus_reviews["cerd-sr1686-aus-2005"]
    header = next(s.span for s in record.sections if s.kind == "header")
    assert not [c for c in record.claims if header.contains(c.span)]


@pytest.mark.parametrize(("noun", "lang", "plural"), [
    ("communication", "en", "communications"), ("inquiry", "en", "inquiries"),
    ("survey", "en", "surveys"), ("witness", "en", "witnesses"), ("crisis", "en", "crises"),
    ("criterion", "en", "criteria"), ("series", "en", "series"), ("plainte", "fr", "plaintes"),
    ("tribunal", "fr", "tribunaux"), ("bureau", "fr", "bureaux"), ("cas", "fr", "cas"),
])
def test_a_counted_noun_in_the_plural(noun: str, lang: str, plural: str) -> None:
    assert plural_noun(noun, lang) == plural


@pytest.mark.parametrize(("between", "unit"), [
    # a number that opens its sentence as the subject counts what was counted before, over a
    # sentence that counts nothing
    ("More had been received but not registered.", "communications"),
    ("", "communications"),
    # ... but not across a longer stretch
    ("More had been received. Some were not registered. The rules were strict.", None),
])
def test_a_number_as_subject_counts_the_things_counted_before(between: str, unit: str | None
                                                               ) -> None:
    review = analyze_text(
        "The Committee reviewed the report of Peru. Juan Perez, Minister of Labour, said the "
        f"Committee had registered 22 communications. {between} Twelve had been declared "
        "inadmissible.")
    assert [(c.value, c.unit) for c in review.claims] == [(22, "communications"), (12, unit)]


def test_a_number_given_as_au_nombre_de_takes_no_unit_of_the_sentence_before() -> None:
    """"Ces centres, au nombre de 14, ont accueilli ...": fourteen centres, not 14 euros of
    the sentence before (probe F)."""
    assert _units_fr("3 millions d'euros avaient été mobilisés pour des centres d'accueil. "
                     "Ces centres, au nombre de 14, ont accueilli 2 800 femmes.") == [
        (3e6, "EUR"), (14, None), (2800, "persons")]


def test_french_bounds_of_a_reported_figure() -> None:
    """"près d'une femme sur quatre", "ne dépasserait pas 75 pour cent", "dépasserait 600 000
    personnes": nearly, at most, more than (probe F; no qualifier had been read)."""
    review = analyze_text("Le Comité a examiné le rapport du Cameroun. La cheffe de la "
                          "délégation, Mme Ana Ortiz, a dit que près d'une femme sur quatre "
                          "était concernée. Le taux ne dépasserait pas 75 pour cent. Le nombre "
                          "dépasserait 600 000 personnes.")
    assert [c.qualifier for c in review.claims] == ["nearly", "at most", "more than"]


@pytest.mark.parametrize(("said", "values"), [
    # the period of a change is no claim of its own (probe b) ...
    ("wages had risen by 150 per cent over five years.", [150.0]),
    ("the number of cases had fallen from 400 to 250 over three years.", [400.0, 250.0]),
    # ... with the units written after each figure (probe ab)
    ("the share had fallen from 76.1 per cent to 72.8 per cent over five years.", [76.1, 72.8]),
    # ... but a duration a change reached is
    ("the average wait had risen to over five years.", [5.0]),
])
def test_the_period_of_a_change_after_over(said: str, values: list[float]) -> None:
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    assert [c.value for c in review.claims] == values


@pytest.mark.parametrize(("said", "years"), [
    # the year of a change's first figure does not date its second (probe b)
    ("the prison population had been reduced from 22,000 in 2010 to around 19,500.",
     [2010, None]),
    ("le nombre de détenus a été ramené de 22 000 en 2010 à 19 500.", [2010, None]),
    # ... each figure's own year dates it
    ("the prison population had been reduced from 22,000 in 2010 to 19,500 in 2020.",
     [2010, 2020]),
    ("the prison population had been reduced from 22,000 to 19,500 in 2020.", [None, 2020]),
])
def test_the_years_of_the_two_figures_of_a_change(said: str, years: list[int | None]) -> None:
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    assert [c.year for c in review.claims] == years


def test_a_change_since_a_year_spans_years_whatever_else_is_dated() -> None:
    """"had risen by 45 per cent since 2009, reaching 612 million US dollars in 2013": the
    45 per cent spans 2009-2013 (null); the level reached is of 2013 (probe b)."""
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that the "
                          "health budget had risen by 45 per cent since 2009, reaching 612 "
                          "million US dollars in 2013.")
    assert [(c.value, c.year) for c in review.claims] == [(45.0, None), (612_000_000.0, 2013)]


@pytest.mark.parametrize(("amount", "code"), [
    ("500 000 dôngs", "VND"), ("2 millions de yuans", "CNY"), ("40 000 tenges", "KZT")])
def test_currency_names_in_the_plural_and_french_spellings(amount: str, code: str) -> None:
    """"la pension sociale avait été portée à 500 000 dôngs par mois" (probe d)."""
    review = analyze_text("Le Comité a examiné le rapport. M. Paul Atanga, chef de la "
                          f"délégation, a indiqué que la pension avait été portée à {amount}.")
    assert [c.unit for c in review.claims] == [code]


@pytest.mark.parametrize("text", [
    "The Committee against Torture today reviewed the report of Tunisia on 20 May 2023.\n\n"
    "Mr. Sofiane Ben Slimane, Secretary of State, said that the prison occupancy rate, which "
    "had reached 150 per cent in 2018, had been reduced to 123 per cent this year thanks to "
    "the release of 1,250 detainees.\n",
    "Le Comité contre la torture a examiné le rapport de la Tunisie le 20 mai 2023.\n\n"
    "M. Sofiane Ben Slimane, Secrétaire d'État, a déclaré que le taux d'occupation des prisons, "
    "qui atteignait 150 % en 2018, a été ramené à 123 % cette année grâce à la libération de "
    "1 250 détenus.\n",
])
def test_the_year_of_a_relative_clause_ends_with_it(text: str) -> None:
    """"the rate, which had reached 150 per cent in 2018, had been reduced to 123 per cent
    this year thanks to the release of 1,250 detainees": 2018 dates the 150 only; the main
    clause is of this year (probe f)."""
    review = analyze_text(text)
    assert [(c.value, c.year) for c in review.claims] == [(150, 2018), (123, 2023), (1250, 2023)]


def _value_years(text: str) -> list[tuple[object, int | None]]:
    """The (value, year) of each claim of ``text``."""
    return [(c.value, c.year) for c in analyze_text(text).claims]


def test_a_year_after_and_that_dates_its_own_clause() -> None:
    """"said that women made up a third of the Senate and that 4.5 billion tenge had been
    allocated in 2023": the year dates the allocation only (probe r)."""
    assert _value_years(
        "The Committee met. Aida Bek, head of delegation, said that women made up a third "
        "of the Senate and that 4.5 billion tenge had been allocated in 2023.") == [
        (33.3, None), (4.5e9, 2023)]


@pytest.mark.parametrize(("text", "value_years"), [
    ("The working group noted that, of the 12 States parties considered during 2003, so far "
     "only two had provided follow-up information.", [(12, 2003), (2, None)]),
    ("Il a indiqué que, sur les 40 centres ouverts en 2019, 31 fonctionnaient jusqu'à présent.",
     [(40, 2019), (31, None)]),
    # "on" a day is when it happened, not the base of the change ("up 8 per cent on 2015")
    ("She said the minimum wage had been increased by 6 per cent on 1 July 2022 and would be "
     "raised again in 2024.", [(6, 2022)]),
])
def test_a_count_so_far_is_not_of_the_year_before_it(
    text: str, value_years: list[tuple[object, int | None]]
) -> None:
    assert _value_years(text) == value_years


def test_the_size_of_a_change_between_two_dated_figures_has_no_year() -> None:
    """"had doubled, from 150 in 2017 to 300 in 2023", "from 48,000 in 2015 to 32,800 in
    2022, a decrease of 32 per cent": the change spans both years; its figures keep theirs
    (probe g)."""
    text = ("The Committee against Torture today reviewed the report of Kazakhstan. The head of "
            "delegation said the number of labour inspectors had doubled, from 150 in 2017 to "
            "300 in 2023. The prison population had fallen from 48,000 in 2015 to 32,800 in "
            "2022, a decrease of 32 per cent.")
    assert _value_years(text) == [
        (2, None), (150, 2017), (300, 2023), (48000, 2015), (32800, 2022), (32, None)]
    assert analyze_text(text).claims[0].year_basis == "size of a change over 2017-2023"
    assert _value_years(
        "Le Comité contre la torture a examiné le rapport du Kazakhstan. La cheffe de la "
        "délégation, Mme Ana Ortiz, a dit que la population carcérale a diminué de 32 %, "
        "passant de 48 000 en 2015 à 32 800 en 2022.") == [(32, None), (48000, 2015), (32800, 2022)]


def test_a_french_rise_told_with_passant_is_two_figures() -> None:
    """"avait augmenté entre 2016 et 2021, passant de 2 100 à 4 200": the ends of a change,
    each of its year, not one range (probe o)."""
    assert _value_years(
        "Le Comité contre la torture a examiné le rapport de la Tunisie. La délégation a "
        "indiqué que le nombre de sages-femmes avait augmenté entre 2016 et 2021, passant de "
        "2 100 à 4 200.") == [(2100, 2016), (4200, 2021)]


def test_a_headline_count_in_title_case_is_a_claim() -> None:
    """"Ends Session by Adopting Findings on Six Country Reports": a number word before
    capitalised words that end with a plural noun counts them; "the Zero Hunger
    programme" stays a name."""
    review = analyze_text(
        "Committee against Torture Ends Session by Adopting Findings on Six Country Reports\n\n"
        "The Committee against Torture concluded its session by adopting findings on six "
        "country reports. It welcomed the Zero Hunger programme.")
    assert [(c.value, c.unit) for c in review.claims] == [(6, "reports"), (6, "reports")]
    assert review.claims[0].duplicate_of == review.claims[1].id


def test_the_euro_sign_after_an_amount_and_abbreviated_scales_of_money() -> None:
    """"15 000 €" is in euros; "12 M€", "$4.5m" and "€3.2m" are millions (probe ab)."""
    assert _units_fr("l'indemnité était de 15 000 € et que le budget atteignait 12 M€.") == [
        (15000, "EUR"), (12_000_000, "EUR")]
    assert _units("the allocation had been $4.5m in 2022, and €3.2m in 2021.") == [
        (4_500_000, "USD"), (3_200_000, "EUR")]


def test_counts_read_from_real_forms_of_this_round() -> None:
    """Forms found on real pages (described, not copied): a French time adjective between
    the number and its unit, a body's or a text's size in a hyphenated count, an addition
    to an earlier count with a scale word, list labels, and "one of the reasons"."""
    assert _units_fr("durant ces quatre dernières semaines, le Comité a examiné six "
                     "rapports.") == [(4, "weeks"), (6, "rapports")]
    assert _units("they would join the 18-strong Committee under a 54-article treaty.") == [
        (18, "persons"), (54, "articles")]
    assert _units("3 million children lacked vaccines, and another 2 million lacked "
                  "schooling.") == [(3e6, "persons"), (2e6, "persons")]
    # numbered list labels in running text are no figures; a duration before keeps its own
    assert _units("a two-day retreat had covered 1) budgets, 2) staffing and 3) "
                  "translation.") == [(2, "days")]
    # a lone "2)" has no series: a figure closing an aside still counts
    assert [v for v, _ in _units("shelters had opened (there were 2) in the north.")] == [2]
    assert _units("drought was one of the main reasons for migration.") == []
    # ... but one of a set, counted, stays: "one of the meetings was cancelled"
    assert _units("one of the pre-sessional meetings was cancelled.") == [(1, "meetings")]


def test_between_now_and_a_year_dates_no_figure() -> None:
    """"between now and 2040, 7 million more refugees would need shelter": a span from
    the present, not the year of the figure."""
    assert _value_years(
        "The Committee met. Aida Bek, head of delegation, said that between now and 2040, "
        "7 million more refugees would need shelter.") == [(7e6, None)]
    assert _value_years(
        "The Committee met. Aida Bek, head of delegation, said that in 2040, 7 million "
        "refugees would need shelter.") == [(7e6, 2040)]


def test_a_part_out_of_a_whole_named_with_its_article() -> None:
    """"seven out of the 10 States parties": the seven was lost, as "two out of 18" was
    not; both count States parties."""
    assert _units("seven out of the 10 States parties had reported.") == [
        (7, "States parties"), (10, "States parties")]
    assert _units("two out of 18 judges were women.") == [(2, "persons"), (18, "persons")]


def test_equal_figures_about_other_states_or_sessions_are_no_restatement() -> None:
    """"For Kenya, the four issues chosen ..." / "For Nepal, the four issues chosen ..."
    are two facts, as are "8 reports at its fortieth session" / "8 reports at its
    forty-first session"; "the two Committees" of one session and the next are the same
    two."""
    review = analyze_text(
        "The Human Rights Committee today discussed follow-up.\n\nMs. Lee said that for Kenya, "
        "the four issues chosen were water and health. For Nepal, the four issues chosen were "
        "land and housing. The Committee would consider 8 reports at its fortieth session. It "
        "decided to hear 8 reports at its forty-first session. During the fortieth session, "
        "the two Committees had met. During the forty-first session, the two Committees had "
        "met again.\n")
    assert [(c.value, c.duplicate_of is None) for c in review.claims] == [
        (4, True), (4, True), (8, True), (8, True), (2, True), (2, False)]


def test_approximators_written_after_the_number() -> None:
    """"1,250 or so inmates", "700-odd complaints": the unit was lost and the subject
    began "or so"."""
    review = analyze_text("The Committee met. Aida Bek, head of delegation, said that 1,250 "
                          "or so inmates had been released and 700-odd complaints filed.")
    assert [(c.value, c.unit, c.qualifier, c.subject.split()[0]) for c in review.claims] == [
        (1250, "persons", "about", "inmates"), (700, "complaints", "about", "complaints")]


def test_french_eighty_after_hundreds() -> None:
    """"cent quatre-vingts jours" is 180 days (it read 124: "quatre-vingt(s)" made 80 only
    right at a group's start)."""
    assert _units_fr("le délai était de cent quatre-vingts jours et deux cent quatre-vingts "
                     "familles étaient concernées.") == [(180, "days"), (280, "familles")]


def test_a_figures_own_year_in_brackets() -> None:
    """"passé de 61 % (2012) à 83 % (2022)": each figure's year follows it in brackets (the
    bracket had opened a clause, so 61 had none and 83 took 2012)."""
    assert _value_years(
        "Le Comité a examiné le rapport de Madagascar. La cheffe de la délégation, Mme Ana "
        "Ortiz, a dit que le taux est passé de 61 % (2012) à 83 % (2022).") == [
        (61, 2012), (83, 2022)]


def test_a_plural_word_of_a_name_is_no_counted_noun() -> None:
    """"three United Nations special rapporteurs" counted "nations"."""
    assert _units("three United Nations special rapporteurs had visited.") == [(3, "persons")]


def test_us_spaced_from_the_dollar_sign_is_part_of_the_amount() -> None:
    review = analyze_text("The Committee met. Aida Bek, head of delegation, said that migrants "
                          "had sent home more than US $ 7 billion.")
    assert [(c.value, c.unit, c.qualifier, c.text) for c in review.claims] == [
        (7e9, "USD", "more than", "US $ 7 billion")]


def test_a_year_that_dates_a_law_of_a_list_dates_no_other_item() -> None:
    """"ratified the 10 key ILO Conventions, 2018 legislation that included ...": 2018 dates
    the legislation, not the ratifications; "in 2018 legislation was passed" is a date."""
    assert _value_years(
        "The Committee met. Aida Bek, head of delegation, said that the State had ratified the "
        "10 key ILO Conventions, 2018 legislation that included protection for domestic "
        "workers.") == [(10, None)]
    assert _value_years(
        "The Committee met. Aida Bek, head of delegation, said that in 2018 legislation was "
        "passed and 40 judges were appointed.") == [(40, 2018)]


def test_a_meeting_of_three_hours_lasts_three_hours() -> None:
    """"une séance de trois heures" is a length (a claim, as a session's is); "la séance de
    15 heures" is the meeting at three."""
    assert _units_fr("le dialogue a pris la forme d'une séance de trois heures.") == [(3, "hours")]
    assert _units_fr("la séance de 15 heures a été annulée.") == []


@pytest.mark.parametrize("said", [
    # the change's year between its ends, after a list of other things
    "the plan improved nutrition, sanitation and housing and reduced unemployment from 21.3 "
    "per cent in 2012 to 15.8 per cent in 2019.",
    # the change set off by a comma after the clause that says what changed
    "progress had been made and unemployment had continued to fall, from 21.3 per cent in "
    "2012 to 15.8 per cent in 2019.",
    # the noun of change before what changed
    "there had been a reduction in unemployment from 21.3 per cent in 2012 to 15.8 per cent "
    "in 2019.",
])
def test_both_ends_of_a_change_count_what_changed(said: str) -> None:
    review = analyze_text("The Committee met. Juan Perez, head of delegation, said that " + said)
    assert [c.subject for c in review.claims] == ["unemployment", "unemployment"]
