"""Phrase tables for commitments: delegation statements of future action (EN/FR).

Read by :mod:`treatyscope.pipeline.commitments`.  A *cue* marks future action ("would",
"was preparing", "planned to", "intended to", "was working on", "will", "prévoit de");
*blockers* turn a cue into something else (a wish, a courtesy, a counterfactual, a
projection of a figure, a negation); *actors* are the agents a commitment may be made by.
"""

from __future__ import annotations

import re

#: French verbs of action whose future and conditional ("transmettra", "fournirait": what
#: is to come in reported speech) state a commitment; the stems of those tenses.
FRENCH_ACTION_STEMS = (
    "transmettr", "fournir", "communiquer", "enverr", "fer", "soumettr", "adopter", "présenter",
    "mettr", "prendr", "poursuivr", "continuer", "renforcer", "réviser", "ratifier", "établir",
    "créer", "organiser", "examiner", "modifier", "élaborer", "lancer", "publier",
)
#: ... and their endings (third person of the future and the conditional).
FRENCH_FUTURE_ENDINGS = ("a", "ont", "ait", "aient")
FRENCH_FUTURE_FORMS = tuple(stem + ending for stem in FRENCH_ACTION_STEMS
                            for ending in FRENCH_FUTURE_ENDINGS)
#: Future-action cues.  Group "cue" is the cue itself.
CUES = re.compile(
    r"\b(?P<cue>would(?:\s+(?:continue|soon|also|further|then|shortly))?|will|shall|"
    r"(?:was|were|is|are)\s+(?:currently\s+|also\s+|now\s+)?(?:preparing|planning|drafting|"
    r"developing|working\s+on|considering|finali[sz]ing|elaborating|reviewing|revising|"
    r"going\s+to|about\s+to|in\s+the\s+process\s+of)|"
    r"plann?(?:ed|s)?\s+to|intend(?:ed|s)?\s+to|aim(?:ed|s)?\s+to|envisag(?:ed|es)|"
    r"(?:was|were|is|are)\s+(?:scheduled|expected|due)\s+to|"
    r"va|vont|allait|allaient|sera|seront|prévoit\s+de|prévoient\s+de|envisage\s+de|"
    r"s['’]engage\s+à|est\s+en\s+train\s+de|sont\s+en\s+train\s+de|"
    r"est\s+en\s+cours\s+d['’]élaboration|devrait|devraient|"
    # "la délégation transmettra par écrit", "elle fournirait ces données", "s'est engagée à
    # transmettre", "a promis de"
    r"s['’]est\s+engagée?\s+à|se\s+sont\s+engagée?s\s+à|(?:a|ont)\s+promis\s+de|"
    + "|".join(FRENCH_FUTURE_FORMS) + r")\b",
    re.I)

#: After a cue, these make it no commitment: courtesy, wishes, counterfactuals, projections
#: of a figure ("it would be 25,000"), capability statements of others, negations.
BLOCK_AFTER = re.compile(
    r"^\s*(?:(?:also\s+)?(?:like|love|be\s+(?:grateful|happy|glad|pleased|useful|interesting|"
    r"important|helpful|appreciated|welcome|difficult|impossible|necessary|wrong|"
    r"inappropriate|a\s+mistake)|appreciate|welcome|have\s+(?:been|had|liked|to)|not|never|"
    r"no\s+longer|pas|jamais)\b|be\s+(?:about\s+|around\s+|approximately\s+|over\s+|some\s+)?\d)",
    re.I)
#: Before a cue, these make it no commitment: conditions, hopes, reported questions,
#: negated plans ("there were no plans to").
BLOCK_BEFORE = re.compile(
    r"(?:\bif|\bwhether|\bunless|\bhoped|\bwished|\bwondered|\bno|\bsi|\bsans|"
    r"\basked\s+(?:what|how|when|why|which|who|about))\s+(?:\S+\s+){0,6}$",
    re.I)

#: Words that name the State as an agent; a capitalised noun phrase (a country, a ministry)
#: and the pronouns "it", "they", "we", "he", "she" also do.
STATE_ACTORS = frozenset({
    "government", "state", "country", "ministry", "authorities", "parliament", "delegation",
    "president", "minister", "office", "department", "administration", "commission",
    "council", "assembly", "institution", "agency", "service", "police", "judiciary",
    "courts", "it", "they", "we", "he", "she", "gouvernement", "état", "pays", "ministère",
    "autorités", "parlement", "délégation", "il", "elle", "ils", "elles", "nous",
})
#: Agents that are not the State: a cue governed by them is not a delegation commitment.
NOT_ACTORS = frozenset({
    "committee", "expert", "experts", "rapporteur", "members", "member", "this", "that",
    "these", "those", "which", "what", "comité", "membres", "cela", "ceci",
})
#: Pronouns resolved to the State party (or the speaking delegate) in the actor field.
PRONOUNS = frozenset({"it", "they", "we", "il", "elle", "ils", "elles", "nous"})

#: When a commitment is due: deadlines and dates after the cue.  Group "when".
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
           r"octobre|novembre|décembre)")
WHEN = re.compile(
    rf"(?P<when>\b(?:on|in|by|before|le|en|avant)\s+(?:\d{{1,2}}(?:er)?\s+)?{_MONTHS}\s+(?:19|20)\d\d\b|"
    r"\b(?:by|before|until|in|during|from|for|d['’]ici(?:\s+à)?|en|avant|jusqu['’]en)\s+"
    r"(?:the\s+end\s+of\s+|the\s+beginning\s+of\s+|la\s+fin\s+de\s+|fin\s+)?(?:19|20)\d\d\b|"
    r"\b(?:next|the\s+coming|the\s+following)\s+(?:year|month|months|years|weeks|session)\b|"
    r"\bin\s+the\s+(?:near|coming|short)\s+(?:future|term|months|years)\b|\bsoon\b|"
    r"\bshortly\b|\bl['’]an(?:née)?\s+prochaine?\b|\bprochainement\b|\bbientôt\b)",
    re.I)
YEAR_IN = re.compile(r"(?:19|20)\d\d")

#: French cues that need an infinitive after them ("va adopter", not "va à Genève").
NEEDS_INFINITIVE = frozenset({"va", "vont", "allait", "allaient"})
INFINITIVE = re.compile(r"^\s+(?:\w+\s+)?\w+(?:er|ir|re|oir)\b", re.I)
#: Words before "will" that make it a noun ("the political will to ...").
WILL_NOUN_BEFORE = frozenset({"the", "political", "good", "free", "strong", "a", "its",
                              "their", "of", "genuine", "real"})
