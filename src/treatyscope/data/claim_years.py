"""Phrase tables for the reference year of a numeric claim (EN/FR), as regular expressions.

Read by :mod:`treatyscope.pipeline.claim_years`.  A year written in a sentence is a *date*
(the claim's reference year) unless the words around it make it a name ("the 2021
Constitution", "Act of 2022"), a target ("up to 2030", "by 2025"), the base of a comparison
("compared to 2021", "since 2015") or part of a span of years ("2021-2030", "between 2018
and 2023", "in 2021 and 2022").
"""

from __future__ import annotations

import re

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "janvier", "février", "mars",
          "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre")
_MONTH = "(?:" + "|".join(MONTHS) + ")"

#: A four-digit year, not glued to a symbol ("CMW/C/2023", "HRI/MC/2007/2"): the rule.
YEAR_RULE = r"(?<![\w/.])(19\d\d|20\d\d)(?![\w/])"
#: The same rule written to start with its first digit, the look-behind moved after it:
#: the regex engine then jumps from one "1" or "2" to the next instead of trying every
#: position (3x faster over a text).  tests/pipeline/test_claims.py checks they agree.
YEAR = re.compile(r"((?:1(?<![\w/.]1)9|2(?<![\w/.]2)0)\d\d)(?![\w/])")
#: What joins two years into a span: "2021-2030", "2018 and 2023", "2023 to 2025".
YEAR_JOIN = re.compile(r"\s*(?:-|‑|–|—|to|au|,|(?:and|et|à|or|ou)(?:\s+(?:in|en|of|de))?)\s*"
                       # a day and a month before the second year: "between March 2020 and
                       # December 2021", "entre mars 2020 et décembre 2021"
                       rf"(?:(?:\d{{1,2}}(?:er)?\s+)?{_MONTH}\s+)?(?=(?:19|20)\d\d\b)",
                       re.I)  # also "in 2014 and in 2015", "en 2014 et en 2015", "de 2014 et de 2017"
#: A year abbreviated after a dash: "2021-22", "2015–16".
SHORT_YEAR_JOIN = re.compile(r"[-‑–]\d\d\b")

#: A day and month (or "the start of") written just before a year: stripped before looking
#: at the word that governs the date ("Since 1 November 2020" is governed by "since").
DATE_LEAD = re.compile(
    rf"(?:\b\d{{1,2}}(?:er)?\s+)?(?:{_MONTH}\s+)?(?:(?:the\s+)?(?:start|end|beginning|middle|"
    rf"first\s+half|second\s+half|course)\s+of\s+)?(?:(?:début|fin|milieu)\s+)?$", re.I)
#: How a match of DATE_LEAD that is not empty ends before its closing white space, in
#: lower case: a day ("1er"; a day's last digit is tested apart), a month, "of" ("the end
#: of"), "début", "fin" or "milieu".
DATE_LEAD_ENDS = ("er", "of", "début", "fin", "milieu", *MONTHS)
#: Words right before a year that make it a target.
TARGET_BEFORE = re.compile(
    r"(?:\bby|\buntil|\btill|\bup\s+to|\bthrough|\bto|\btowards|\bhorizon|\bbefore|"
    # a deadline set or kept: "its deadline remained 2030", "the target year was 2030"
    r"\b(?:deadline|target\s+year|target\s+date)(?:\s+(?:of|was|is|remained|remains|had\s+been"
    r"|has\s+been|set\s+(?:for|at)|stood\s+at))?|"
    r"d['’]ici(?:\s+à)?|jusqu['’](?:à|en|au)|\bavant|"
    # the span from the present to a year: "between now and 2040", "entre aujourd'hui et 2030"
    r"\bbetween\s+(?:now|today|nowadays)\s+and|\bentre\s+(?:aujourd['’]hui|maintenant)\s+et)"
    r"\s+(?:l['’]an(?:née)?\s+)?$", re.I)
#: How every match of TARGET_BEFORE ends before its closing white space, in lower case.
TARGET_BEFORE_ENDS = ("by", "until", "till", "to", "through", "towards", "of", "horizon", "before",
                      "deadline", "year", "date", "was", "is", "remained", "remains", "been",
                      "for", "at",
                      "ici", "à", "en", "au", "avant", "an", "année", "and", "et")
#: Words right before a year that make it the base of a comparison or the start of a period.
BASE_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than(?:\s+in)?|\bsince|\bfrom|\bafter|\baprès|relative\s+to|versus|vs\.?|"
    r"depuis|par\s+rapport\s+(?:à|au)|\bdès|à\s+partir\s+de|à\s+compter\s+de|"
    # a French comparison ("deux fois plus qu'en 2018"), not "a dit qu'en 2021, ..."
    r"\b(?:plus|moins|autant|davantage)\s+(?:[\w'’]+\s+){0,3}?qu['’]en)\s+(?:(?:the\s+)?end\s+of\s+)?$"
    # an event dated inside a "since" phrase: "since the entry into force of X in 2013"
    # ("since its creation in 2018", "depuis son installation en 2012")
    r"|(?:\bsince\s+(?:the|its|their|his|her)|\bdepuis\s+(?:l['’]|la|le|les|son|sa|ses|leur|leurs|"
    r"ce|cet|cette))\s*[^,.;:()]{1,80}?\s+(?:in|en)\s+$"
    # the base of a change after "over"/"on": "an increase of 15 per cent over 2006", "up 8
    # per cent on 2015" (a bare "over 2006" is a period: "over 2006, 500 cases ...")
    r"|\b(?:increases?|increased|rises?|rose|growth|grew|decreases?|decreased|declines?|"
    r"declined|falls?|fell|drops?|dropped|reductions?|up|down|higher|lower)\b[^,.;:()]{0,40}?"
    r"\s(?:over|on)\s+$", re.I)
#: How a match of BASE_BEFORE ends before its closing white space, in lower case; or it
#: ends with "in"/"en" after "than", "since" or "depuis" ("than in", "since the ... in").
BASE_BEFORE_ENDS = ("to", "with", "than", "since", "from", "after", "après", "versus", "vs", "vs.", "depuis",
                    "à", "au", "dès", "of", "qu'en", "qu’en", " over", " on", " de")
BASE_BEFORE_IN = (("in", "en"), ("than", "since", "depuis"))
#: A year inside a name: "Act of 2022", "Code pénal de 1854", "Code civil de 1966", "Code
#: de la famille de 1990"; or "the 2021 Constitution".
NAME_BEFORE = re.compile(r"\b(?:act|code|law|convention|constitution|decree|agenda|loi|"
                         r"décret|plan|strategy|stratégie|programme|politique|policy|vision|"
                         r"decision|décision|ordinance|ordonnance|order|arrêté)"
                         # (the subject of a French title before its year: "la loi sur la
                         # parité de 2010", "la stratégie nationale pour l'égalité de 2016",
                         # probe F)
                         r"(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|sur\s+(?:la\s+|le\s+|les\s+|l['’])?|"
                         r"pour\s+(?:la\s+|le\s+|les\s+|l['’])?)?[^\s\d,.;:()]+){0,3}?"
                         # the text's number before its year: "Law No. 20 of 2009"
                         r"(?:\s+(?:no\.?|n\s?[°º]|number|numéro)\s*[\w./-]*\d[\w./-]*)?"
                         r"\s+(?:of|de|du)\s*$", re.I)
#: A year in the full date that names a text: "la loi n° 22.009 du 16 juin 2022", "the Act
#: of 9 July 2011", "Decree No. 45 of 3 May 2019", "la loi de janvier 2020" (searched in the
#: original text).
DATED_NAME_BEFORE = re.compile(
    rf"\b(?:act|code|law|loi|decree|décret|ordinance|ordonnance|order|arrêté|regulation|"
    rf"règlement|resolution|résolution)(?:\s+(?:n[°o]\.?|no\.?|number|numéro)\s*[\w./-]+)?"
    rf"\s+(?:of|du|de)\s+(?:the\s+)?(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?{_MONTH}\s+$", re.I)
NAME_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]|[a-z]+\s+(?:review|process)\b|"
                        # a text dated by its year, in lower case ("..., 2018 legislation
                        # that included ...": not "in 2018 legislation was ...", a date)
                        r"(?:legislation|law|laws|act|decree|constitution|amendments?|reforms?|"
                        r"strategy|policy|code)\b)")
#: A year that labels a data source or a counted event dates its figures: "the 2023
#: demographic and health survey had found 17.5 per cent", "the 2022 Census", "the 2023
#: data", "1.2 million voters for the 2014 elections", "the 2024 budget", "according to a
#: 2022 inspection", "the 2010 increase of 5 per cent".  Matched at the
#: end of the year (``match(text, end)``), hence no "^".
DATA_SOURCE_AFTER = re.compile(
    # (no new phrase between: "since 2015 and the budget had doubled" is no 2015 budget, but
    # "the 2023 demographic and health survey" is one survey)
    # (the country's adjective may come first: "the 1991 Ugandan population census")
    r"\s+(?:[A-Z][a-z]+(?:an|ese|ish|ian|i|ic)\s+)?"
    r"(?:(?:(?!(?:and|or|et|ou)\s+(?:the|a|an|its|their|le|la|les)\b)(?!(?:but|while|whereas|mais)\b)"
    r"[a-z-]+\s+){0,4}(?:survey|surveys|census|data|statistics|figures?|study|estimates|"
    r"(?:by-)?elections?|referendum|budget|count|assessment|audit|inspections?|evaluations?|"
    # a change of the year: "the 2010 increase of 5 per cent"
    r"increases?|decreases?|rises?|reductions?|declines?|"
    # a disaster of the year: "the 2022 floods had affected 16 million children"
    r"floods?|earthquakes?|droughts?|cyclones?|hurricanes?|typhoons?|"
    # a year of accounts or of school: "in the 2025 fiscal year" (probe 346)
    r"(?:fiscal|financial|budget|budgetary|academic|school|calendar|tax|reporting) year)"
    r"|(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}(?:Survey|Census|Count|Assessment|Audit))\b")
LABEL_BEFORE = re.compile(r"\b(?:the|its|their|a|la|le|les|l['’])\s+$", re.I)
LABEL_AFTER = re.compile(r"^[\s\-‑]+[a-zéè]", re.I)

#: The words before a year in an adverbial that opens a sentence and dates all of it.
OPENING_DATE = re.compile(
    # ... or an event of that year: "After the 2017 general elections, ..."
    r"^(?:after|following|après)\s+(?:the|les|la|le)\s+$|"
    rf"^(?:in|at|for|as\s+of|as\s+at|during|by|en|au|à|pour|durant|dans|fin|début)\s+"
    rf"(?:(?:its|their|the|sa|son|lors\s+de\s+sa)\s+(?={_MONTH}\s))?"  # "In its May 2023 session,"
    rf"(?:(?:the\s+)?(?:start|end|beginning|first\s+half|second\s+half|course)\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTH}\s+)?$", re.I)

#: Relative expressions resolved against the document year -> offset in years.
RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:this|the\s+current)\s+year\b(?![-‑]|['’]s)", re.I), 0),
    (re.compile(r"(?<!the\s)(?<!past\s)\blast\s+year\b", re.I), -1),
    (re.compile(r"\bnext\s+year\b", re.I), 1),
    (re.compile(r"\bcette\s+année\b(?![-‑]là)|\bl['’]année\s+en\s+cours\b", re.I), 0),
    (re.compile(r"\bl['’](?:année|an)\s+(?:dernière|dernier|passée|passé)\b", re.I), -1),
    (re.compile(r"\bl['’](?:année|an)\s+prochaine?\b", re.I), 1),
    (re.compile(r"\bthe\s+year\s+before\s+last\b|\bil\s+y\s+a\s+deux\s+ans\b", re.I), -2),
    # "a year ago", "three years ago", "il y a trois ans"
    *((re.compile(rf"\b(?:{word}|{count})\s+years?\s+ago\b|\bil\s+y\s+a\s+(?:{fr}|{count})\s+ans?\b",
                  re.I), -count)
      for count, word, fr in ((1, "a|one", "un"), (3, "three", "trois"), (4, "four", "quatre"),
                              (5, "five", "cinq"), (6, "six", "six"), (10, "ten", "dix"))),
    (re.compile(r"\btwo\s+years\s+ago\b|\b2\s+years\s+ago\b", re.I), -2),
)

#: Words that say a sentence continues the period of the sentence before it.
CONTINUATION = re.compile(
    r"\b(?:in\s+(?:this|that)\s+context|during\s+(?:this|that|the\s+same)\s+period|"
    r"in\s+the\s+same\s+period|that\s+same\s+year|the\s+same\s+year|(?:in\s+)?that\s+year|"
    r"of\s+(?:those|these|them)\b|among\s+(?:them|those|these)|at\s+that\s+time|"
    # what the set counted before led to: "These complaints had led to 9 prosecutions",
    # "Ces plaintes ont donné lieu à 9 poursuites"
    r"\b(?:these|those|ces)\s+[^\W\d_]+\s+(?:had\s+|have\s+|ont\s+|avaient\s+)?"
    r"(?:led|resulted|given rise|gave rise|donné lieu|abouti|débouché)\b|"
    r"dans\s+ce\s+contexte|au\s+cours\s+de\s+cette\s+période|durant\s+cette\s+période|"
    r"la\s+même\s+année|cette\s+(?:même\s+)?année[-‑]là|(?:cette|la)\s+même\s+année|parmi\s+(?:eux|elles|ceux|celles)|à\s+cette\s+époque|"
    # the findings of a dated source named in the sentence before: "According to that audit"
    # ("in that census", "lors de ce même recensement", probe 362)
    r"(?:according\s+to|in|by|from)\s+(?:that|this|the\s+same)\s+(?:audit|survey|study|"
    r"census|report|assessment|inquiry|evaluation)|(?:selon|lors\s+de|dans|d['’]après)\s+"
    r"(?:cette|ce|cet|la\s+même|le\s+même)\s+(?:même\s+)?"
    r"(?:enquête|étude|audit|recensement|rapport|évaluation))",
    re.I)

#: Words that make a sentence speak of the future: its years are not evidence of the
#: document's own year ("For 2024, it would be 25,000").
FUTURE = re.compile(r"\b(?:would|will|shall|plans?\s+to|planned|next|upcoming|forthcoming|"
                    r"scheduled|prochaine?s?|sera|seront|devrait|devraient|prévu|prévue|"
                    # the French simple future of the verbs a plan is told with ("Le plan
                    # prendra fin en 2026", "atteindra 40 % en 2024": probe o)
                    r"prendra|prendront|atteindra|atteindront|entrera|entreront|permettra|"
                    r"permettront|devra|devront|pourra|pourront|aura|auront|fera|feront|"
                    r"mettra|mettront|d['’]ici)\b", re.I)
#: A full date ("3 May 2023", "GENEVA (19 April 2017)"), used for the document's year.
FULL_DATE_RULE = rf"\b\d{{1,2}}(?:er)?\s+{_MONTH}\s+((?:19|20)\d\d)\b"
#: The same rule written to start with its first digit, the "\b" before it moved after
#: it as a look-behind: the regex engine then jumps from digit to digit instead of trying
#: every position (as YEAR does).  tests/pipeline/test_claims.py checks they agree.
FULL_DATE = re.compile(rf"\d(?<!\w\d)\d?(?:er)?\s+{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
#: How far into the text a full date is taken as the date line of the document.
HEAD_CHARS = 1500

#: A participle of an event right before a year ("created in 2012", "introduit en 2006"):
#: when it modifies a noun (no auxiliary before it), the year dates that noun's event, not
#: the figures of the clause ("the fund, created in 2012, had financed 3,400 projects"; the
#: precedent: "'en 2022' dates the World Cup, not the deaths").  With an auxiliary the
#: event is the clause's own ("300 schools were built in 2020").
EVENT_BEFORE = (
    r"\b(?:adopted|established|created|introduced|launched|set\s+up|founded|enacted|"
    r"approved|instituted|cré(?:é|ée|és|ées)|introdui(?:t|te|ts|tes)|adopt(?:é|ée|és|ées)|"
    r"lanc(?:é|ée|és|ées)|institu(?:é|ée|és|ées)|fond(?:é|ée|és|ées)|mise?s?\s+en\s+place|"
    # an agreement's year ("the framework agreement signed with Spain in 2006")
    r"signed|concluded|ratified|sign(?:é|ée|és|ées)|conclu(?:e|s|es)?|ratifi(?:é|ée|és|ées)|"
    # a facility's year ("the laboratory, inaugurated in 2016"); not "opened" (cases
    # "opened in 2022" are counted in 2022)
    r"inaugurated|inaugur(?:é|ée|és|ées))"
    r"(?:\s+(?:with|between|by|avec|entre|par)\s+[^,.;\d]{1,40}?)?\s+(?:in|en)\s+"
    # (a month before the year: "the amnesty law adopted in November 2023")
    rf"(?:{_MONTH}\s+)?$")
#: An auxiliary before that participle: the event is the clause's own.
AUXILIARY_BEFORE = (
    r"\b(?:was|were|been|is|are|be|had|has|have|été|est|sont|a|ont|avait|avaient)\s+"
    r"(?:(?:also|recently|already|aussi|également|récemment|déjà)\s+)?[\wéè]+\s+(?:in|en)\s+"
    rf"(?:{_MONTH}\s+)?$")

#: A figure of the year before the sentence's ("30,000 in 2007, up from 25,000 the year
#: before"): its year is one less.
YEAR_BEFORE_AFTER = (
    # the figure, its scale and unit ("24 millions de couronnes", "1.62 billion United
    # States dollars"), then the phrase; not the base of a change ("an increase of 35 per
    # cent over the previous year" is this year's)
    r"[^\s;]+(?:\s+(?!(?:over|on|compared|with|than|from|versus|par|rapport|à|au|soit|"
    r"contre)\b)[^\s\d,;]+){0,4}?\s+(?:the\s+(?:year\s+before|previous\s+year)|"
    r"a\s+year\s+(?:earlier|before)|l['’]année\s+(?:précédente|d['’]avant)|"
    # "in the preceding year", "a decade earlier" (ten years: the count group says it)
    r"in\s+the\s+(?:preceding|previous)\s+year|(?P<decade>a\s+decade|une\s+décennie)\s+"
    r"(?:earlier|before|plus\s+tôt|auparavant)|"
    # "compared with 260 three years earlier", "contre 29 trois ans plus tôt"
    r"(?P<back>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix)\s+(?:years\s+(?:earlier|before)|ans\s+(?:plus\s+tôt|"
    r"auparavant)))\b")

#: A period of several years a sentence sets for its figures ("over the past three years",
#: "au cours des cinq dernières années"): they take no year from the sentence before.
SEVERAL_YEARS = (
    r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?years\b|"
    r"\bau\s+cours\s+des\s+(?:[\w-]+\s+)?(?:dernières|derniers)\s+années\b|"
    r"\bces\s+(?:[\w-]+\s+)?dernières\s+années\b"
)
