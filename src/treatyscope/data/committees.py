"""The UN human-rights treaty bodies and the Human Rights Council: codes, names, treaties.

``NAME_PATTERNS`` are regular expressions of the names as the texts write them (English
and French, current and old ALL-CAPS forms such as "COMMITTEE ON RIGHTS OF CHILD"); they
are matched case-insensitively with any whitespace, line breaks included, between words.
``SYMBOL_BODIES`` maps the first part of a UN document symbol to the body that issues it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Body:
    """One treaty body (or the Council): code, official names and the treaty it monitors."""

    code: str
    name: str
    name_fr: str
    treaty: str | None


BODIES: dict[str, Body] = {
    b.code: b
    for b in (
        Body(
            "CMW",
            "Committee on the Protection of the Rights of All Migrant Workers and Members of their Families",
            "Comité pour la protection des droits de tous les travailleurs migrants et des membres de leur famille",
            "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        ),
        Body(
            "CERD",
            "Committee on the Elimination of Racial Discrimination",
            "Comité pour l'élimination de la discrimination raciale",
            "International Convention on the Elimination of All Forms of Racial Discrimination",
        ),
        Body(
            "CEDAW",
            "Committee on the Elimination of Discrimination against Women",
            "Comité pour l'élimination de la discrimination à l'égard des femmes",
            "Convention on the Elimination of All Forms of Discrimination against Women",
        ),
        Body(
            "CRC",
            "Committee on the Rights of the Child",
            "Comité des droits de l'enfant",
            "Convention on the Rights of the Child",
        ),
        Body(
            "CAT",
            "Committee against Torture",
            "Comité contre la torture",
            "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        ),
        Body(
            "SPT",
            "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
            "Sous-comité pour la prévention de la torture et autres peines ou traitements cruels, inhumains ou dégradants",
            "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        ),
        Body(
            "CCPR",
            "Human Rights Committee",
            "Comité des droits de l'homme",
            "International Covenant on Civil and Political Rights",
        ),
        Body(
            "CESCR",
            "Committee on Economic, Social and Cultural Rights",
            "Comité des droits économiques, sociaux et culturels",
            "International Covenant on Economic, Social and Cultural Rights",
        ),
        Body(
            "CRPD",
            "Committee on the Rights of Persons with Disabilities",
            "Comité des droits des personnes handicapées",
            "Convention on the Rights of Persons with Disabilities",
        ),
        Body(
            "CED",
            "Committee on Enforced Disappearances",
            "Comité des disparitions forcées",
            "International Convention for the Protection of All Persons from Enforced Disappearance",
        ),
        Body("HRC", "Human Rights Council", "Conseil des droits de l'homme", None),
    )
}

_APOS = r"['’]\s*"
#: What a French name may hold after "Comité": the UN's own ("le Comité des Nations Unies
#: contre la torture", "le Comité de l'ONU pour l'élimination ...").
_UN_FR = rf"(?:des nations unies |de l{_APOS}onu )?"
#: (code, regular expression of a name).  Words are separated by one space here; the
#: matcher allows any whitespace.  Order matters only for names that contain another.
NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("SPT", r"sub-?committee on (?:the )?prevention of torture"),
    ("SPT", r"sous-comit[ée] (?:pour|de) la pr[ée]vention de la torture"),
    ("CMW", r"committee on (?:the )?(?:protection of (?:the )?)?(?:rights of )?(?:all )?migrant(?:s| workers)"),
    ("CMW", rf"comit[ée] {_UN_FR}(?:pour la protection des droits de tous les|des) travailleurs migrants"),
    ("CERD", r"committee on (?:the )?elimination of racial discrimination"),
    ("CERD", rf"comit[ée] {_UN_FR}pour l{_APOS}[ée]limination de la discrimination raciale"),
    ("CEDAW", r"committee on (?:the )?elimination of discrimination against women"),
    ("CEDAW", rf"comit[ée] {_UN_FR}pour l{_APOS}[ée]limination de la discrimination [àa] l{_APOS}[ée]gard des femmes"),
    ("CRC", r"committee on (?:the )?rights of (?:the )?child"),
    ("CRC", r"child rights committee"),
    ("CRC", rf"comit[ée] {_UN_FR}des droits de l{_APOS}enfant"),
    ("CAT", r"committee against torture"),
    ("CAT", rf"comit[ée] {_UN_FR}contre la torture"),
    # "National Human Rights Committee" and the like are national bodies, not the CCPR.
    ("CCPR", r"(?<!national\s)(?<!parliamentary\s)(?<!senate\s)(?<!joint\s)(?<!standing\s)human rights committee"),
    ("CCPR", rf"comit[ée] {_UN_FR}des droits de l{_APOS}homme"),
    ("CESCR", r"committee on economic,? social and cultural rights"),
    ("CESCR", rf"comit[ée] {_UN_FR}des droits [ée]conomiques,? sociaux et culturels"),
    ("CRPD", r"committee on (?:the )?rights of persons with disabilities"),
    ("CRPD", rf"comit[ée] {_UN_FR}des droits des personnes handicap[ée]es"),
    ("CED", r"committee on enforced disappearances?"),
    ("CED", rf"comit[ée] {_UN_FR}des disparitions forc[ée]es"),
    # the United Nations newsroom's short names in New York headlines ("WOMEN'S
    # ANTI-DISCRIMINATION COMMITTEE TAKES UP REPORT OF NEPAL")
    ("CEDAW", rf"women{_APOS}s anti-?discrimination committee"),
    ("CRC", rf"children{_APOS}s rights committee"),
    ("CERD", r"(?<!national\s)racial discrimination committee"),
    ("CAT", r"anti-?torture committee"),
    ("CMW", rf"migrant workers(?:{_APOS})? committee"),
    # the body's letters with the word "Committee" ("the CEDAW Committee", "le Comité
    # CEDAW") or after "au"/"du" ("Examen du Pérou au CEDAW"); not CAT, a word in French
    # and English, after "au"/"du"
    *((code, rf"\b{code} committee\b|\bcomit[ée] {code}\b") for code in (
        "CMW", "CERD", "CEDAW", "CRC", "CAT", "CESCR", "CRPD", "CED")),
    *((code, rf"\b(?:au|du) {code}\b") for code in ("CMW", "CERD", "CEDAW", "CESCR", "CRPD")),
    ("HRC", r"human rights council"),
    ("HRC", rf"conseil des droits de l{_APOS}homme"),
    ("HRC", r"universal periodic review"),
    ("HRC", r"examen p[ée]riodique universel"),
)

#: Treaty titles, a weaker sign of the body than its name (summary-record headers carry both).
TREATY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("CMW", r"convention on the protection of the rights of all migrant workers"),
    ("CERD", r"convention on the elimination of all forms of racial discrimination"),
    ("CEDAW", r"convention on the elimination of all forms of discrimination against women"),
    ("CRC", r"convention on the rights of the child"),
    ("CAT", r"convention against torture"),
    ("CCPR", r"covenant on civil and political rights"),
    ("CESCR", r"covenant on economic,? social and cultural rights"),
    ("CRPD", r"convention on the rights of persons with disabilities"),
    ("CED", r"convention for the protection of all persons from enforced disappearance"),
    ("CERD", rf"convention internationale sur l{_APOS}[ée]limination de toutes les formes de discrimination raciale"),
    ("CRC", rf"convention relative aux droits de l{_APOS}enfant"),
    ("CEDAW", rf"convention sur l{_APOS}[ée]limination de toutes les formes de discrimination "
              rf"[àa] l{_APOS}[ée]gard des femmes"),
    ("CAT", r"convention contre la torture"),
    ("CRPD", r"convention relative aux droits des personnes handicap[ée]es"),
    ("CED", r"convention internationale pour la protection de toutes les personnes contre les "
            r"disparitions forc[ée]es"),
    ("CMW", r"convention internationale sur la protection des droits de tous les travailleurs "
            r"migrants"),
    ("CCPR", r"pacte international relatif aux droits civils et politiques"),
    ("CESCR", r"pacte international relatif aux droits [ée]conomiques"),
)

#: First part of a UN document symbol -> body code.  "E/C.12" is the CESCR; "CAT/OP" the SPT.
SYMBOL_BODIES: dict[str, str] = {
    "CMW": "CMW", "CERD": "CERD", "CEDAW": "CEDAW", "CRC": "CRC", "CAT": "CAT",
    "CAT/OP": "SPT", "CCPR": "CCPR", "E/C.12": "CESCR", "CRPD": "CRPD", "CED": "CED",
    "A/HRC": "HRC",
    "E/C/12": "CESCR",  # a slash typed for the dot ("E/C/12/LKA/2-4"), kept as written
}
#: Regular expressions of the series roots a document symbol starts with: the body's
#: letters (a stray space allowed between them, as text extraction leaves them:
#: "C AT/C/SR.1740") and the series part that follows.  Press-release codes (HR/CT/617,
#: CAT/18/017E, GA/SHC/4377, CCPR/19/1) match none of them.
SYMBOL_ROOTS: tuple[str, ...] = (
    r"(?:C ?M ?W|C ?E ?R ?D|C ?E ?D ?A ?W|C ?R ?C|C ?A ?T|C ?C ?P ?R|C ?R ?P ?D|C ?E ?D)"
    # (a space may follow the first slash: "CERD/ C/NZL/18-20", or stand before it: "CRC
    # /C/2015/II/L.1")
    r" ?/ ?(?:C|OP|PSWG|SP)(?=/)",
    # "E/C/12/LKA/2-4": a slash typed for the dot; "E/ C.12/2011/SR.14": a space after it
    r"E/ ?C[./]12(?=/)",
    r"E/(?:19|20)\d{2}(?=/)",  # CESCR State reports before 2008: E/1990/6/Add.32
    r"E/CN\.\d+(?=/)",
    r"A/HRC(?=/)",
    r"HRI/(?:CORE|GEN|MC)(?=/)",
    r"A/(?:RES/)?\d{2}(?=/)",
)
#: Series letters after a treaty body's name ("CMW/C/...", "CEDAW/PSWG/...").
SYMBOL_SERIES: frozenset[str] = frozenset({"C", "PSWG", "SP"})
#: Optional-protocol parts of a symbol, skipped when typing it ("CRC/C/OPSC/MLT/1" is a report).
PROTOCOLS: frozenset[str] = frozenset({"OPSC", "OPAC", "OPIC"})
#: The treaty a report under an optional protocol is reviewed under, by the protocol's
#: part of the report's symbol.
PROTOCOL_TREATIES: dict[str, str] = {
    "OPSC": "Optional Protocol to the Convention on the Rights of the Child on the sale of "
            "children, child prostitution and child pornography",
    "OPAC": "Optional Protocol to the Convention on the Rights of the Child on the involvement "
            "of children in armed conflict",
}
