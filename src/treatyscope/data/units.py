"""Units of measure, counted nouns and approximators (EN/FR) for numeric claims.

A claim's ``unit`` is either a unit of measure (``persons``, ``percent``, a currency code,
``years``, ``months``, ``weeks``, ``days``, ``hours``, ``multiplier``) or the counted noun as
written, lower-cased and in the plural (``cases``, ``reports``, ``countries`` ...).  Nouns
for people are normalised to ``persons`` ("5,300 Kyrgyz citizens", "6000 travailleurs").
"""

from __future__ import annotations

from functools import cache

import pycountry

#: Unit phrases written after a number, as lower-case word tuples -> normalised unit.
#: Longest phrases are tried first.
UNIT_PHRASES: dict[tuple[str, ...], str] = {
    ("per", "cent"): "percent", ("percent",): "percent", ("per", "centum"): "percent",
    ("pour", "cent"): "percent", ("pourcent",): "percent", ("%",): "percent",
    # the United Nations' French "87 p. 100"; the per-mille sign and words ("112 ‰")
    ("p", ".", "100"): "percent", ("‰",): "per 1,000", ("pour", "mille"): "per 1,000",
    ("per", "mille"): "per 1,000",
    # the euro sign after the amount, as French writes it ("15 000 €", probe ab)
    ("€",): "EUR",
    ("percentage", "points"): "percentage points", ("points", "de", "pourcentage"): "percentage points",
    # States counted by their standing, one noun of two words: not "parties" nor, for
    # "States Members", persons
    ("states", "parties"): "States parties", ("états", "parties"): "États parties",
    ("states", "members"): "States", ("member", "states"): "States",
    ("états", "membres"): "États",
    # ... one of them, named in the singular ("one State party", "un État membre")
    ("state", "party"): "States parties", ("état", "partie"): "États parties",
    ("member", "state"): "States", ("état", "membre"): "États",
    ("us", "dollars"): "USD", ("united", "states", "dollars"): "USD", ("dollars",): "USD",
    ("dollar",): "USD", ("usd",): "USD", ("de", "dollars"): "USD",
    ("dollars", "des", "états-unis"): "USD", ("euros",): "EUR", ("euro",): "EUR",
    ("eur",): "EUR", ("d'euros",): "EUR", ("d’euros",): "EUR", ("de", "euros"): "EUR",
    ("swiss", "francs"): "CHF", ("francs", "suisses"): "CHF", ("chf",): "CHF",
    ("de", "francs", "suisses"): "CHF", ("pounds", "sterling"): "GBP", ("gbp",): "GBP",
    # national currencies whose name is unambiguous (not "pesos", "rupees", "dinars", "som")
    ("yen",): "JPY", ("yuan",): "CNY", ("renminbi",): "CNY", ("rubles",): "RUB",
    ("roubles",): "RUB", ("tenge",): "KZT", ("hryvnias",): "UAH", ("hryvnia",): "UAH",
    ("naira",): "NGN", ("cedis",): "GHS", ("cedi",): "GHS", ("rand",): "ZAR", ("kip",): "LAK",
    ("tugrik",): "MNT", ("togrog",): "MNT", ("tugriks",): "MNT", ("togrogs",): "MNT", ("bolivianos",): "BOB", ("lari",): "GEL",
    ("drams",): "AMD", ("taka",): "BDT", ("takas",): "BDT", ("nairas",): "NGN",
    ("quetzales",): "GTQ", ("soles",): "PEN",
    ("baht",): "THB", ("ringgit",): "MYR", ("rupiah",): "IDR", ("riels",): "KHR",
    ("kyats",): "MMK", ("afghanis",): "AFN", ("birr",): "ETB", ("zlotys",): "PLN",
    ("forints",): "HUF", ("shekels",): "ILS", ("hryvnas",): "UAH",
    # singular forms, as often written after a number ("46 million forint")
    ("forint",): "HUF", ("zloty",): "PLN", ("shekel",): "ILS", ("ruble",): "RUB",
    ("rouble",): "RUB", ("quetzal",): "GTQ", ("lempira",): "HNL", ("kyat",): "MMK",
    ("riel",): "KHR", ("dalasi",): "GMD", ("afghani",): "AFN", ("colón",): "CRC",
    ("guaraníes",): "PYG", ("guaranies",): "PYG", ("córdobas",): "NIO", ("lempiras",): "HNL",
    ("egyptian", "pounds"): "EGP", ("lebanese", "pounds"): "LBP", ("syrian", "pounds"): "SYP",
    ("sudanese", "pounds"): "SDG", ("livres", "égyptiennes"): "EGP",
    ("livres", "libanaises"): "LBP", ("livres", "syriennes"): "SYP",
    ("pula",): "BWP", ("reais",): "BRL", ("convertible", "marks"): "BAM",
    ("marks", "convertibles"): "BAM",
    ("denars",): "MKD", ("denar",): "MKD", ("somoni",): "TJS", ("somonis",): "TJS", ("ariary",): "MGA",
    ("leks",): "ALL", ("lek",): "ALL", ("leva",): "BGN", ("gourdes",): "HTG",
    ("colones",): "CRC", ("balboas",): "PAB", ("dalasis",): "GMD", ("leones",): "SLE",
    ("nakfa",): "ERN", ("dong",): "VND", ("ngultrum",): "BTN", ("rufiyaa",): "MVR",
    # plurals, French and native spellings ("500 000 dôngs par mois", probe d)
    ("dongs",): "VND", ("dôngs",): "VND", ("đồng",): "VND", ("yuans",): "CNY",
    ("tenges",): "KZT", ("bahts",): "THB", ("ringgits",): "MYR", ("rupiahs",): "IDR",
    ("kips",): "LAK", ("birrs",): "ETB", ("cédis",): "GHS", ("rands",): "ZAR",
    ("ariarys",): "MGA",
    ("maloti",): "LSL", ("emalangeni",): "SZL", ("vatu",): "VUV", ("kina",): "PGK",
    ("meticais",): "MZN", ("metical",): "MZN", ("meticals",): "MZN", ("kwanzas",): "AOA",
    ("kwanza",): "AOA", ("patacas",): "MOP", ("dobras",): "STN", ("lilangeni",): "SZL",
    ("loti",): "LSL", ("tala",): "WST", ("pa'anga",): "TOP", ("pa’anga",): "TOP",
    ("paanga",): "TOP", ("dram",): "AMD", ("gourde",): "HTG", ("balboa",): "PAB",
    ("leone",): "SLE", ("dobra",): "STN", ("ouguiya",): "MRU", ("lev",): "BGN",
    ("bolívares",): "VES", ("bolivares",): "VES", ("cordobas",): "NIO",
    # the lira is Türkiye's since Malta's became the euro (2008)
    ("lira",): "TRY", ("liras",): "TRY", ("maltese", "lira"): "MTL", ("maltese", "liri"): "MTL",
    # the singular of the names several States share, read as their plural (coded by the
    # State party: SHARED_CURRENCY_NAMES)
    ("riyal",): "riyals", ("rial",): "rials", ("peso",): "pesos", ("rupee",): "rupees",
    ("shilling",): "shillings", ("dirham",): "dirhams", ("dinar",): "dinars",
    # currencies of the 1990s-2020s named in older reviews
    ("kuna",): "HRK", ("kunas",): "HRK", ("kroons",): "EEK", ("kroon",): "EEK",
    ("koruna",): "CZK", ("korunas",): "CZK", ("koruny",): "CZK", ("korun",): "CZK",
    ("czech", "crowns"): "CZK", ("czech", "korunas"): "CZK", ("couronnes", "tchèques"): "CZK",
    ("litas",): "LTL", ("litai",): "LTL", ("lats",): "LVL", ("tolars",): "SIT",
    # dollars named by their country: bare "dollars" stay USD
    ("namibian", "dollars"): "NAD", ("jamaican", "dollars"): "JMD",
    ("canadian", "dollars"): "CAD", ("australian", "dollars"): "AUD",
    ("hong", "kong", "dollars"): "HKD", ("new", "zealand", "dollars"): "NZD",
    ("singapore", "dollars"): "SGD", ("liberian", "dollars"): "LRD",
    ("guyanese", "dollars"): "GYD", ("fijian", "dollars"): "FJD",
    ("east", "caribbean", "dollars"): "XCD", ("eastern", "caribbean", "dollars"): "XCD",
    ("ec", "dollars"): "XCD", ("belize", "dollars"): "BZD",
    ("bahamian", "dollars"): "BSD", ("barbados", "dollars"): "BBD",
    ("trinidad", "and", "tobago", "dollars"): "TTD",
    # the CFA franc of West Africa; Central African States use its twin (CENTRAL_CFA_STATES)
    ("cfa", "francs"): "XOF", ("francs", "cfa"): "XOF", ("de", "francs", "cfa"): "XOF",
    ("fcfa",): "XOF",
    # currencies two States name alike: the State party decides (SHARED_CURRENCY_NAMES)
    ("lei",): "RON", ("leu",): "RON", ("manats",): "TMT", ("manat",): "TMT",
    ("ouguiyas",): "MRU", ("d'ouguiyas",): "MRU", ("d’ouguiyas",): "MRU",
    # an invariable name several States give their currency: the noun, coded by the State
    ("kwacha",): "kwacha", ("escudos",): "escudos", ("escudo",): "escudos",
    ("kroner",): "kroner", ("kronor",): "kronor", ("krónur",): "krónur", ("som",): "som",
    # ... and with the State's adjective, which names it alone
    ("swedish", "kronor"): "SEK", ("swedish", "krona"): "SEK", ("norwegian", "kroner"): "NOK",
    ("norwegian", "krone"): "NOK", ("danish", "kroner"): "DKK", ("danish", "krone"): "DKK",
    ("icelandic", "krónur"): "ISK", ("icelandic", "kronur"): "ISK",
    ("couronnes", "suédoises"): "SEK", ("couronnes", "norvégiennes"): "NOK",
    ("couronnes", "danoises"): "DKK", ("couronnes", "estoniennes"): "EEK",
    ("estonian", "kroons"): "EEK", ("slovak", "korunas"): "SKK",
    ("soum",): "soum",
    ("years",): "years", ("year",): "years", ("ans",): "years", ("an",): "years",
    ("années",): "years", ("months",): "months", ("month",): "months", ("mois",): "months",
    ("weeks",): "weeks", ("week",): "weeks", ("semaines",): "weeks", ("semaine",): "weeks",
    ("days",): "days", ("day",): "days", ("jours",): "days", ("jour",): "days",
    ("hours",): "hours", ("hour",): "hours", ("heures",): "hours", ("heure",): "hours",
    ("times",): "multiplier", ("fois",): "multiplier", ("fold",): "multiplier",
    ("square", "kilometres"): "square kilometres", ("square", "kilometers"): "square kilometres",
    ("km2",): "square kilometres", ("km²",): "square kilometres",
    ("kilomètres", "carrés"): "square kilometres",
    ("hectares",): "hectares", ("ha",): "hectares",
}
#: States whose own currency is a dollar: in their reviews a bare "dollars" or "$" is
#: theirs ("the Government had invested 45 million dollars" in a review of Canada), unless
#: the text says United States dollars.  (Liberia and Zimbabwe, which budget in United
#: States dollars, are left out.)
DOLLAR_STATES: dict[str, str] = {
    "AUS": "AUD", "BHS": "BSD", "BRB": "BBD", "BLZ": "BZD", "BRN": "BND", "CAN": "CAD",
    "FJI": "FJD", "GUY": "GYD", "JAM": "JMD", "KIR": "AUD", "NAM": "NAD", "NRU": "AUD",
    "NZL": "NZD", "SGP": "SGD", "SLB": "SBD", "SUR": "SRD", "TTO": "TTD", "TUV": "AUD",
    "ATG": "XCD", "DMA": "XCD", "GRD": "XCD", "KNA": "XCD", "LCA": "XCD", "VCT": "XCD",
}
#: Currencies named alike in two monetary areas: the code read from the name -> {State
#: party code: its own code}.  The CFA franc of the six Central African States is XAF, not
#: XOF; the Moldovan leu MDL, not the Romanian RON; the Azerbaijani manat AZN, not TMT.
SHARED_CURRENCY_NAMES: dict[str, dict[str, str]] = {
    "XOF": {code: "XAF" for code in ("CMR", "CAF", "TCD", "COG", "GAB", "GNQ")},
    "RON": {"MDA": "MDL"},
    "RUB": {"BLR": "BYN"},
    "TMT": {"AZE": "AZN"},
    # rupees are only named by the State: the noun stays as it is elsewhere
    **{noun: {"IND": "INR", "PAK": "PKR", "MUS": "MUR", "LKA": "LKR", "NPL": "NPR",
              "SYC": "SCR", "MDV": "MVR"} for noun in ("rupees", "roupies")},
    # idem for the other names that several States give their currency
    **{noun: {"DZA": "DZD", "TUN": "TND", "SRB": "RSD", "JOR": "JOD", "KWT": "KWD",
              "BHR": "BHD", "IRQ": "IQD", "LBY": "LYD"} for noun in ("dinars", "dinar")},
    **{noun: {"ARG": "ARS", "MEX": "MXN", "CHL": "CLP", "COL": "COP", "CUB": "CUP",
              "DOM": "DOP", "PHL": "PHP", "URY": "UYU"} for noun in ("pesos",)},
    # the States whose own currency is written with "$" and letters ("RD$", "C$", "Mex$")
    "$": {"ARG": "ARS", "MEX": "MXN", "CHL": "CLP", "COL": "COP", "CUB": "CUP", "DOM": "DOP",
          "URY": "UYU", "NIC": "NIO", "BRA": "BRL", "TWN": "TWD"},
    "CAD": {"NIC": "NIO"},  # "C$" in a review of Nicaragua is the córdoba
    **{noun: {"KEN": "KES", "UGA": "UGX", "TZA": "TZS", "SOM": "SOS"}
       for noun in ("shillings",)},
    **{noun: {"MAR": "MAD", "ARE": "AED"} for noun in ("dirhams", "dirham")},
    **{noun: {"SAU": "SAR", "QAT": "QAR", "YEM": "YER", "OMN": "OMR", "IRN": "IRR"}
       for noun in ("riyals", "rials")},
    **{noun: {"SWE": "SEK", "NOR": "NOK", "DNK": "DKK", "ISL": "ISK"}
       for noun in ("kronor", "kroner", "krónur")},
    # "francs" alone: the franc of the State party (Djibouti, Guinea, Rwanda, Burundi, the
    # Congo, the Comoros, Switzerland) or the CFA franc of its monetary union
    **{noun: {"DJI": "DJF", "GIN": "GNF", "RWA": "RWF", "BDI": "BIF", "COD": "CDF",
              "COM": "KMF", "CHE": "CHF", "LIE": "CHF",
              **{code: "XOF" for code in ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN",
                                          "TGO")},
              **{code: "XAF" for code in ("CMR", "CAF", "TCD", "COG", "GAB", "GNQ")}}
       for noun in ("francs",)},
    # "crowns" / "couronnes" name the Czech, Swedish, Norwegian, Danish and Icelandic ones
    **{noun: {"CZE": "CZK", "SWE": "SEK", "NOR": "NOK", "DNK": "DKK", "ISL": "ISK"}
       for noun in ("crowns", "couronnes")},
    **{noun: {"KGZ": "KGS", "UZB": "UZS"} for noun in ("som", "soms", "soum")},
    # "pounds" / "livres": of Egypt, Lebanon, Syria, the Sudans, or sterling
    **{noun: {"EGY": "EGP", "LBN": "LBP", "SYR": "SYP", "SDN": "SDG", "SSD": "SSP",
              "GBR": "GBP"} for noun in ("pounds", "livres")},
    "kwacha": {"MWI": "MWK", "ZMB": "ZMW"},
    "escudos": {"CPV": "CVE"},  # Portugal's and Chile's escudos are gone
}
#: Units of :data:`UNIT_PHRASES` that are nouns of things counted, not measures.
COUNTED_UNIT_PHRASES = frozenset({"States parties", "États parties", "States", "États"})
#: French elides "de" before a vowel: "412 milliards d'ariary" reads as "d'euros" does.
UNIT_PHRASES.update({
    (f"{elided}{phrase[0]}", *phrase[1:]): unit
    for phrase, unit in list(UNIT_PHRASES.items())
    if phrase[0][:1] in "aeiouyhé" and (unit.isupper() or unit in SHARED_CURRENCY_NAMES)
    for elided in ("d'", "d’")
})

#: Currency signs and codes written before a number ("US$ 2 million", "€5", "KM 412
#: million", "MK 2.1 billion": Malawi kwacha), in lower case.  Any other ISO 4217 code written in capitals counts too (see
#: ``claim_find``); "Rs" names rupees, whose code the State party decides.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "chf": "CHF",
    "£": "GBP", "gbp": "GBP", "km": "BAM", "ksh": "KES", "kshs": "KES", "ush": "UGX",
    "tsh": "TZS", "mk": "MWK", "rs": "rupees", "fcfa": "XOF", "cfaf": "XOF", "₦": "NGN", "₹": "INR",
    "₱": "PHP", "₴": "UAH", "₸": "KZT", "₺": "TRY", "₽": "RUB", "₾": "GEL", "₩": "KRW",
    "৳": "BDT", "₫": "VND", "₪": "ILS",
    # usual abbreviations that are no ISO code: new Israeli shekels, renminbi, dinars of
    # Jordan, Kuwait and Bahrain, taka, Kenyan, Ugandan and Tanzanian shillings, rupees
    "nis": "ILS", "rmb": "CNY", "jd": "JOD", "kd": "KWD", "bd": "BHD", "tk": "BDT",
}
#: Dollars named by letters glued to "$" ("G$1.2 billion", "N$ 40"): never US dollars
#: unless the letters say so.
LETTER_DOLLARS: dict[str, str] = {
    "us": "USD", "g": "GYD", "n": "NAD", "j": "JMD", "r": "BRL", "a": "AUD", "au": "AUD",
    "c": "CAD", "ca": "CAD", "sg": "SGD", "nz": "NZD", "hk": "HKD", "s": "SGD", "ec": "XCD",
    "tt": "TTD", "bds": "BBD", "bz": "BZD", "l": "LRD", "fj": "FJD", "si": "SBD", "ws": "WST",
    "nt": "TWD",
}
#: The unit of other letters glued to "$" ("RD$ 8,465"): a currency written with "$",
#: coded by the State party (SHARED_CURRENCY_NAMES), else left as the sign.
OTHER_LETTER_DOLLAR = "$"
#: ISO 4217 codes that are also names of treaty bodies or common capitalised words: not
#: read as currencies before a number ("CRC 45" may be the Committee's).
NOT_CURRENCY_CODES = frozenset({"CRC", "ALL", "TOP", "CUP", "MAD", "BOB", "SOS", "MOP"})


@cache
def iso_currency_codes() -> frozenset[str]:
    """The ISO 4217 currency codes (from ``pycountry``'s tables, read once)."""
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)

#: Units that measure the dialogue or session itself in this genre ("a two-week session",
#: "over the past three weeks"): they stay claims even in a time-frame phrase.
MEETING_SPANS = frozenset({"weeks", "days", "hours"})
#: Hyphenated adjectives that carry a duration: "two-year project", "deux-ans"?  Tail -> unit.
HYPHEN_UNITS: dict[str, str] = {
    "year": "years", "years": "years", "month": "months", "week": "weeks", "day": "days",
    "hour": "hours", "member": "persons", "members": "persons", "person": "persons",
    "man": "persons", "woman": "persons",
    # the size of a body or a text: "the 18-strong Committee", "a 54-article treaty"
    "strong": "persons", "article": "articles", "page": "pages", "bed": "beds",
    "seat": "seats",
    # French, after "demi-" only: "une demi-journée de débat général"
    "journée": "days", "heure": "hours", "semaine": "weeks",
}
#: The first part of a hyphenated half duration ("half-day", "demi-journée") -> its value.
HALF_HYPHENS: dict[str, float] = {"half": 0.5, "demi": 0.5}

#: Counted nouns for people -> normalised to "persons" (plural and singular forms).
PERSON_NOUNS = frozenset({
    "people", "persons", "person", "individuals", "individual", "citizens", "citizen",
    "nationals", "national", "children", "child", "minors", "minor", "girls", "girl", "boys",
    "boy", "women", "woman", "men", "man", "migrants", "migrant", "workers", "worker",
    "refugees", "refugee", "asylum-seekers", "victims", "victim", "prisoners",
    "prisoner", "detainees", "detainee", "inmates", "inmate", "convicts", "teens", "teenagers",
    "adolescents", "youths", "youth", "students", "student", "pupils", "civilians", "civilian",
    "residents", "inhabitants", "employees", "staff", "experts", "expert", "members",
    "member", "judges", "officers", "officials", "police", "journalists", "defenders",
    "lawyers", "doctors", "teachers", "nurses", "patients", "survivors", "orphans",
    "foreigners", "stateless", "returnees", "deportees", "applicants", "beneficiaries",
    "recipients", "participants", "delegates", "representatives", "voters",
    "passengers", "fishermen", "farmers", "soldiers", "combatants", "fighters", "mercenaries",
    "households", "roma", "sinti", "sami", "saami", "inuit", "san", "batwa",
    # French
    "personnes", "personne", "enfants", "enfant", "femmes", "femme", "hommes", "filles",
    "garçons", "travailleurs", "travailleuses", "travailleur", "migrantes",
    "citoyens", "ressortissants", "détenus", "détenues", "prisonniers", "victimes",
    "réfugiés", "demandeurs", "mineurs", "élèves", "étudiants", "habitants", "individus",
    "expertes", "membres", "juges", "agents", "fonctionnaires", "journalistes",
    "défenseurs", "bénéficiaires", "employés", "civils", "apatrides", "adultes",
    "jeunes", "adolescentes", "bébés", "nourrissons", "écoliers", "écolières", "retraités",
    "chômeurs", "mères", "pères", "veuves", "étrangers", "étrangères", "immigrés",
    "immigrées", "émigrés", "émigrées", "expatriés", "rapatriés", "déplacés", "électeurs",
    "infants", "babies", "pensioners", "mothers", "fathers", "widows",
    "adults", "assistants", "prosecutors", "inspectors", "psychologists", "interpreters",
    "guards", "midwives", "volunteers", "trainees", "graduates", "caregivers", "carers",
    "parents", "spouses", "husbands", "wives", "tenants", "landowners", "newborns",
    "policemen", "policewomen", "candidates", "parliamentarians", "senators", "mayors",
    "councillors", "specialists", "activists", "relatives", "followers", "deputies",
    "anthropologists", "proches", "députés",
    # staff of the justice system, police, health and education, counted as people
    "investigators", "magistrates", "gendarmes", "physicians", "paramedics", "counsellors",
    "counselors", "mediators", "educators", "instructors", "trainers", "clerks",
    "attorneys", "wardens", "policiers", "policières",
    "enquêteurs", "enquêtrices", "magistrats", "avocats", "avocates", "médecins",
    "infirmiers", "infirmières", "enseignants", "enseignantes", "inspecteurs",
    "inspectrices", "procureurs", "soldats", "militaires", "surveillants", "gardiens",
    "éducateurs", "éducatrices", "psychologues", "interprètes", "bénévoles", "volontaires",
    "stagiaires", "candidats", "parlementaires", "sénateurs", "maires",
    "conseillers", "conseillères", "spécialistes", "militants", "militantes", "médiateurs",
    "formateurs", "greffiers", "assistantes", "sages-femmes", "praticiens",
    "psychiatrists", "paediatricians", "pediatricians", "surgeons", "dentists", "pharmacists",
    "gynaecologists", "gynecologists", "psychiatres", "pédiatres", "chirurgiens", "dentistes",
    "pharmaciens", "pharmaciennes",
    # people of the justice system's cases
    "traffickers", "smugglers", "perpetrators", "offenders", "defendants", "suspects",
    "passeurs", "trafiquants", "accusés", "prévenus", "juveniles", "fugitives", "escapees",
    "fugitifs", "évadés",
    # office-holders elected or appointed ("three Vice-Chairpersons", "two ministers")
    "chairpersons", "vice-chairpersons", "vice-chairs", "rapporteurs", "co-rapporteurs",
    "commissioners", "ministers", "ambassadors", "diplomats", "envoys", "ombudspersons",
    "vice-présidents", "vice-présidentes", "rapporteuses", "commissaires", "ministres",
    "ambassadeurs", "ambassadrices", "diplomates",
    # people by their livelihood or origin (probe ai: "35 autochtones ont été tués")
    "peasants", "herders", "pastoralists", "labourers", "laborers", "autochtones",
    "paysans", "paysannes", "agriculteurs", "agricultrices", "pêcheurs", "ouvriers",
    "ouvrières", "salariés", "salariées", "employées", "survivants", "survivantes",
    "orphelins", "citoyennes", "ressortissantes", "roms",
    # residents and elected members, in both genders ("90 000 résidents", "41 députées")
    "résidents", "résidentes", "députées", "sénatrices", "élus", "élues",
    "requérants", "requérantes", "demandeuses",
})
#: The singular forms of PERSON_NOUNS: one person, which no count above one takes, so a
#: year before one names the year of a compound ("the 2002 child labour survey", "the 2010
#: national census"), while "2002 children" counts.
SINGULAR_PERSON_NOUNS = frozenset({
    "person", "individual", "citizen", "national", "child", "minor", "girl", "boy", "woman",
    "man", "migrant", "worker", "refugee", "victim", "prisoner", "detainee", "inmate",
    "student", "civilian", "expert", "member", "personne", "enfant", "femme", "travailleur",
})
#: Person nouns that make a four-digit number before them a count, not a year.
PLURAL_PERSON_NOUNS = PERSON_NOUNS - SINGULAR_PERSON_NOUNS
#: Endings of plural demonyms written with a capital ("Zimbabweans", "Haïtiens").
DEMONYM_ENDINGS = ("ians", "eans", "cans", "yans", "uans", "alans", "urans", "inos", "inas",
                   "anis", "iots", "ese", "iens", "iennes", "ais", "aises", "ains", "aines",
                   "ois", "oises", "gaches", "iks", "eks", "khs", "ghans", "rks",
                   "dans", "kans", "bans", "elans", "vans", "lis", "shis", "qis", "itis",
                   "udis", "aris", "idis")
# "Nicaraguans", "Guatemalans", "Hondurans", "Filipinos", "Pakistanis", "Cypriots",
# "Beninese"; "Sénégalais", "Marocains", "Malgaches"; "Tajiks", "Tadjiks", "Uzbeks",
# "Kazakhs", "Afghans", "Turks"; "Rwandans", "Sri Lankans", "Cubans", "Venezuelans",
# "Moldovans", "Nepalis", "Bangladeshis", "Iraqis", "Kuwaitis", "Saudis", "Qataris"
#: Demonyms whose plural is the singular and ends in none of DEMONYM_ENDINGS ("20
#: Swiss", "9.7 million Burkinabe", "2 million Malagasy").
INVARIABLE_DEMONYMS = frozenset({"swiss", "burkinabe", "burkinabè", "burkinabé", "malagasy",
                                 "rohingya", "sinti", "bedouin", "maori", "sami"})
#: "households" are counted as families, not persons, in statistics; keep the noun.
NOT_PERSONS = frozenset({"households"})

#: Nouns that name a speaker, not a counted thing: "One Expert said", "two speakers asked".
SPEAKER_NOUNS = frozenset({
    "expert", "experts", "speaker", "speakers", "delegate", "delegation", "member",
    "representative", "rapporteur", "committee", "membre", "experte", "orateur",
    "intervenant", "délégation",
})

#: Singular nouns that make "one" a count ("one case", "one victim", "one State party").
#: Other singulars after "one" ("one place", "one obstacle") are not counts.
ONE_COUNTABLE = frozenset({
    "case", "communication", "complaint", "meeting", "session", "victim", "state", "country",
    "person", "child", "woman", "man", "report", "decision", "application", "petition",
    "individual", "visit", "inquiry", "death", "detainee", "prisoner",
    "centre", "center", "shelter", "institution", "organization", "organisation", "law",
    "migrant", "worker", "refugee", "family", "incident", "conviction", "prosecution",
    "investigation", "judgment", "judgement", "ratification", "accession", "reservation",
    "member", "hospital", "school", "facility", "prison", "camp", "request",
})

#: Approximators written before a number -> the normalised qualifier.  Longest first.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): "more than", ("over",): "over", ("above",): "above",
    ("in", "excess", "of"): "more than", ("upwards", "of"): "more than",
    ("at", "least"): "at least", ("no", "fewer", "than"): "at least",
    ("no", "less", "than"): "at least", ("just", "over"): "just over",
    ("well", "over"): "well over", ("nearly",): "nearly", ("almost",): "almost",
    ("around",): "around", ("about",): "about", ("approximately",): "approximately",
    ("approx.",): "approximately", ("some",): "some", ("roughly",): "roughly",
    ("an", "estimated"): "estimated", ("estimated",): "estimated", ("close", "to"): "close to",
    # "as many as 8,000" stresses a large figure; it is no ceiling
    ("up", "to"): "up to", ("as", "many", "as"): "as many as", ("as", "much", "as"): "as much as",
    ("less", "than"): "less than", ("fewer", "than"): "less than", ("just", "under"): "just under",
    ("at", "most"): "at most", ("no", "more", "than"): "at most",
    ("not", "less", "than"): "at least", ("not", "fewer", "than"): "at least",
    ("not", "more", "than"): "at most", ("not", "exceeding",): "at most",
    ("not", "exceed"): "at most", ("ne", "peut", "excéder"): "at most",
    ("pas", "plus", "de"): "at most",
    ("plus", "de"): "more than", ("plus", "d'"): "more than", ("moins", "de"): "less than",
    ("moins", "d'"): "less than", ("près", "d'"): "nearly", ("pas", "moins", "d'"): "at least",
    ("environ",): "around", ("d'environ",): "around", ("d’environ",): "around",
    ("qu'environ",): "around", ("qu’environ",): "around", ("près", "de"): "nearly",
    ("quelque",): "some",
    ("quelques",): "some", ("au", "moins"): "at least", ("jusqu'à",): "up to",
    ("au", "plus"): "at most", ("tout", "au", "plus"): "at most",
    # ... its article after a verb of going beyond: "n'a pas dépassé les 7 %" (a ceiling,
    # with its negation: see _GOING_BEYOND)
    ("dépassé", "les"): "more than", ("dépasse", "les"): "more than",
    ("dépassait", "les"): "more than",
    ("jusqu’à",): "up to", ("presque",): "almost", ("approximativement",): "approximately",
    ("un", "peu", "plus", "de"): "just over", ("pas", "moins", "de"): "at least",
    # before a fraction with its article: "près de la moitié", "plus du tiers"
    ("près", "de", "la"): "nearly", ("plus", "de", "la"): "more than",
    ("moins", "de", "la"): "less than", ("près", "du"): "nearly", ("plus", "du"): "more than",
    ("moins", "du"): "less than",
    # comparatives: "lower than 5 per cent", "inférieur à 5 %", "supérieure à 12 000"
    ("below",): "less than", ("lower", "than"): "less than", ("higher", "than"): "more than",
    ("greater", "than"): "more than",
    # a verb of going beyond: "inflation had exceeded 117 per cent", "qui dépassait 84 %"
    **{(verb,): "more than" for verb in ("exceeded", "exceeding", "exceeds", "exceed",
                                         "surpassed", "dépassé", "dépassait", "dépassaient",
                                         "dépasse", "dépassent", "dépassant", "excédant",
                                         "dépasser", "excéder",
                                         # the conditional of reported figures (probe F)
                                         "dépasserait", "dépasseraient", "dépassera")},
    # ... and its negation: "ne dépasserait pas 75 pour cent" is at most 75 (probe F)
    **{(verb, "pas"): "at most" for verb in ("dépasse", "dépassent", "dépassait",
                                             "dépassaient", "dépasserait", "dépasseraient",
                                             "excède", "excédait", "excéderait")},
    # "près d'une femme sur quatre": the article of the number word is elided into it
    ("près",): "nearly",
    **{(f"{word}{ending}", "à"): bound for word, bound in (("inférieur", "less than"),
                                                            ("supérieur", "more than"))
       for ending in ("", "e", "s", "es")},
}
LONGEST_QUALIFIER = max(len(k) for k in QUALIFIERS)
#: Words after which a one-word qualifier is the preposition they take, not an approximator:
#: "structured around six axes", "asked about two cases" (qualifier -> such words).
PREPOSITION_HEADS: dict[str, frozenset[str]] = {
    "around": frozenset({"structured", "organized", "organised", "centred", "centered", "built",
                         "revolved", "revolves", "revolving", "grouped", "articulated",
                         "focused", "focussed"}),
    # "land titles over 1.2 million hectares", "control over 40 per cent": what it covers
    "over": frozenset({"titles", "title", "control", "authority", "jurisdiction", "rights",
                       "sovereignty", "power", "powers", "ownership", "custody",
                       # the time something spans: "take place over two days", "spread over
                       # three years"
                       "place", "spread", "spanned", "spanning", "staggered", "phased",
                       # a verb's particle: "had handed over 1,200 documents" (probe 370)
                       "handed", "hand", "hands", "handing", "turned", "turning",
                       "signed"}),
    "about": frozenset({"asked", "asking", "talked", "spoke", "spoken", "information", "details",
                        "concerned", "concerns", "learned", "learnt", "heard", "enquired",
                        "inquired", "brought", "came", "come", "worried", "questions"}),
}
#: Qualifiers that bound a value from below / from above (for compatibility checks).
LOWER_BOUNDS = frozenset({"more than", "over", "above", "at least", "just over", "well over"})
UPPER_BOUNDS = frozenset({"up to", "less than", "just under", "at most", "nearly", "almost"})

#: Words after a number that make it part of a roll-call vote -> unit "votes".
VOTE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "favour"), ("in", "favor"), ("against",), ("abstentions",), ("abstention",),
    ("voix", "pour"), ("votes", "pour"), ("pour",), ("contre",),
)
#: Words that must occur in the sentence for VOTE_PHRASES to count.
VOTE_CONTEXT = frozenset({"vote", "votes", "voted", "voting", "abstentions", "scrutin", "voix",
                          "roll-call", "recorded"})


def normalise_noun(word: str) -> str:
    """The unit for a counted noun: ``persons`` for people, else the noun in lower case."""
    low = word.lower().strip(".,;:")
    if low[:2] in ("d'", "d’") and len(low) > 3:
        low = low[2:]  # "d'habitants", "d’actes": the elided "de" is no part of the noun
    if low in PERSON_NOUNS and low not in NOT_PERSONS:
        return "persons"
    if word[:1].isupper() and (low.endswith(DEMONYM_ENDINGS) or low in INVARIABLE_DEMONYMS):
        return "persons"  # "3,000 Zimbabweans", "500 Haïtiens": people by nationality
    if low.startswith("non-") and len(low) > 5:
        # "2.9 million were non-Jordanians", "non-nationals": people all the same
        rest = word.strip(".,;:")[4:]
        if normalise_noun(rest) == "persons":
            return "persons"
    return low


#: English nouns whose plural takes no rule below ("one criterion", "one analysis" is by rule).
_EN_PLURALS = {"criterion": "criteria", "phenomenon": "phenomena", "life": "lives",
               "half": "halves", "foot": "feet", "datum": "data"}
#: Nouns the same in both numbers ("one series", "un cas").
_SAME_IN_PLURAL = frozenset({"series", "species", "news", "means", "headquarters"})


def plural_noun(noun: str, lang: str) -> str:
    """The plural of a counted noun in lower case, so that "one communication" and "12
    communications" are counted in one unit ("une plainte" / "plaintes" too)."""
    if noun in _SAME_IN_PLURAL or not noun.isalpha():
        return noun
    if lang == "fr":
        if noun.endswith(("s", "x", "z")):
            return noun
        if noun.endswith("al") and len(noun) > 4:
            return noun[:-2] + "aux"  # tribunal -> tribunaux
        return noun + ("x" if noun.endswith(("eau", "au", "eu")) else "s")
    if noun in _EN_PLURALS:
        return _EN_PLURALS[noun]
    if noun.endswith("is") and len(noun) > 4:
        return noun[:-2] + "es"  # analysis -> analyses, crisis -> crises
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"
