"""Section headings of meeting summaries and press releases, with the kind each opens.

Headings are matched whole: on a line of their own (text from HTML) or inline in
flattened text, where the heading is glued to the sentence that follows it
(``... guilty? Responses by the Delegation The delegation said ...``).
"""

from __future__ import annotations

#: A State's name in a heading: "the Netherlands", "the United Kingdom of Great Britain and
#: Northern Ireland", "the former Yugoslav Republic of Macedonia", "Lao People's ...".
#: (not the Committee's own report: "Report of the Committee to the General Assembly" is an
#: agenda item)
_STATE = r"(?:the )?(?:former )?(?!Committee\b)[A-Z][\w '’-]{2,60}"

#: A word that qualifies a round of questions or answers ("Preliminary Response by
#: Delegation", "Further Questions by Experts") and keeps the heading's kind.
_ROUND = r"(?:(?:Additional|Further|Preliminary|Initial|Final|Oral|Partial|Continued|Follow-up) )?"

#: The articles a round of questions or answers covers ("Questions from Experts on Articles
#: 1 to 6", "Response of the Delegation on Articles 7 to 9").
_SCOPE = (r"(?:\s+(?:on|concerning|relating to|under|regarding)\s+(?:the\s+)?Articles?\s+\d{1,2}"
          r"(?:(?:,|\s+to|\s+and|-|–)\s*\d{1,2})*(?:\s+of the (?:Convention|Covenant))?|"
          # the last round: "on Remaining Issues", "on the Remaining Issues of the List"
          r"\s+on\s+(?:the\s+)?[Rr]emaining\s+(?:[Ii]ssues|[Aa]rticles|[Qq]uestions|[Mm]atters)"
          r"(?:\s+(?:of|on|in)\s+the\s+[Ll]ist(?:\s+of\s+[Ii]ssues)?)?)?")

#: ... and in French ("Questions et observations des membres du Comité sur les articles 1 à
#: 6", "article premier").
_SCOPE_FR = (r"(?:\s+(?:sur|concernant|relatives?\s+aux?)\s+(?:les\s+|l['’])?[Aa]rticles?\s+"
             r"(?:\d{1,2}|premier)(?:(?:,|\s+à|\s+et|-|–)\s*\d{1,2})*(?:\s+(?:de la Convention|du Pacte))?)?")

#: The treaty a round of a review under several is about ("... on the Optional Protocol on
#: the sale of children").
_TREATY_TOPIC = (r"(?:on|under|concerning|regarding) the (?:Optional Protocols?|Convention|"
                 r"Covenant)(?: (?:on|to|of) .{2,120})?")

#: The Rapporteurs or the Task Force who open the questions ("Questions from the Country
#: Rapporteur", "Questions by the Country Task Force").
_RAPPORTEURS = r"(?:Country )?(?:Co-)?Rapporteurs?|(?:Country )?Task ?Force"

#: (regular expression of the heading words, section kind, may be found inline).
#: Headings that are long enough not to occur by chance inside a sentence may be found
#: inline; the rest only on a line of their own.  On a line of its own a heading matches
#: in any case ("Response of State Party", "RESPONSES OF THE DELEGATION"); inline only as
#: written here (capitals guard against the same words inside a sentence).
HEADINGS: tuple[tuple[str, str, bool], ...] = (
    (r"Presentation of (?:the )?(?:Combined )?(?:Initial |Periodic )?Reports?", "presentation", True),
    # CED reviews a State's additional information under article 29 (4)
    (r"Presentation of (?:the )?Additional Information", "presentation", True),
    # the Universal Periodic Review's working group (probe 370)
    (r"Presentation of (?:the )?National Report", "presentation", True),
    (r"(?:Responses?|Replies|Answers) (?:by|of|from) (?:the )?State under Review", "responses", True),
    (rf"Presentation of (?:the )?Reports? of {_STATE}", "presentation", False),
    (r"Introduction of (?:the )?Reports?", "presentation", True),
    (r"Presentation by the (?:Delegation|State party)", "presentation", True),
    # the Council's country dialogues: "Presentation by the Concerned Country" (probe i)
    (r"(?:Presentation|Statement) by (?:the )?[Cc]oncerned [Cc]ountry", "presentation", False),
    (r"(?:Opening )?Statements? by (?:the )?(?:Head of (?:the )?Delegation|Delegation)", "presentation", True),
    (rf"{_ROUND}Questions (?:and (?:Comments|Observations) )?(?:(?:Raised|Asked|Put|Posed) )?(?:by|from) (?:the |an? |another )?(?:Other |Remaining )?(?:Committee )?(?:Experts?|Members?|{_RAPPORTEURS}){_SCOPE}", "questions", True),
    (r"(?:Additional|Further|Follow-up) Questions(?: and Comments)?", "questions", False),
    # a round named by its order: "Second Round of Questions from Committee Experts",
    # "Questions from Committee Experts in a Second Round"
    (r"(?:(?:Second|Third|Fourth|Final|Last|New) Round of )?Questions(?: and Comments)? "
     r"(?:by|from) (?:the )?(?:Committee )?(?:Experts?|Members?)(?: in (?:a|the) (?:Second|Third|"
     r"Fourth|Final|Last) Round)?", "questions", False),
    (r"(?:Second|Third|Fourth|Final|Last) Round of (?:Responses|Replies|Answers)"
     r"(?: (?:by|from) (?:the )?Delegation)?", "responses", False),
    # releases of two days recall the day: "Questions Raised by Experts on Monday"
    (rf"{_ROUND}Questions (?:and (?:Comments|Observations) )?(?:(?:Raised|Asked|Put|Posed) )?"
     r"(?:by|from) (?:the )?(?:Committee )?(?:Experts?|Members?) (?:on|last) (?:Monday|Tuesday|"
     r"Wednesday|Thursday|Friday|Saturday|Sunday)", "questions", False),
    # a round named by its articles alone, on a line of its own: "Questions on Articles 10
    # to 12", "Response on Articles 6 to 9"
    (rf"{_ROUND}Questions{_SCOPE.removesuffix('?')}", "questions", False),
    (rf"{_ROUND}(?:Responses?|Replies|Answers){_SCOPE.removesuffix('?')}", "responses", False),
    # a round named by the treaty it is about: "Questions on the Optional Protocol on the sale
    # of children", "Replies under the Optional Protocol on children in armed conflict"
    (rf"Questions {_TREATY_TOPIC}", "questions", False),
    (rf"(?:Responses?|Replies|Answers) {_TREATY_TOPIC}", "responses", False),
    # the French heading put into English word for word ("Questions and observations of
    # the members of the Committee"), as a machine translation gives it
    (r"Questions (?:and (?:Comments|Observations) )?(?:of|from) (?:the )?(?:Members of the "
     r"Committee|Committee Members|Experts)", "questions", False),
    (r"(?:Questions|Comments) (?:and|&) (?:Comments|Questions|Observations) (?:by|from) (?:the )?(?:Committee )?(?:Experts?|Members?)", "questions", True),
    # New York releases of the 2000s: "Experts' Comments and Questions"
    (r"(?:Experts|Members)['’] (?:Questions|Comments) (?:and|&) (?:Comments|Questions|Observations)", "questions", True),
    # ... and their later rounds: "Experts' Follow-up Questions", "Experts' Further Comments"
    (r"(?:Experts|Members)['’] (?:Follow-up|Further|Additional) (?:Questions|Comments)"
     r"(?: (?:and|&) (?:Comments|Questions|Observations))?", "questions", True),
    # informal meetings and closings: experts' statements, not necessarily questions
    (r"(?:Opening )?Statements? by (?:the )?(?:Committee )?Experts?", "statements", True),
    # the statement of a national human rights institution or monitoring mechanism before
    # the dialogue, on a line of its own: "Statement by the Kenya National Commission on
    # Human Rights", "Déclaration de l'institution nationale des droits de l'homme"
    (r"Statements? (?:by|of|from) (?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:National Human Rights "
     r"(?:Institution|Commission)|National Commission (?:on|for) Human Rights|Human Rights "
     r"Commission|Ombuds(?:man|person)|Independent (?:Monitoring )?Mechanism|National "
     rf"Preventive Mechanism)(?: (?:of|for) {_STATE})?", "statements", False),
    (r"Déclaration (?:de l['’]|du |de la )(?:[Ii]nstitution nationale des droits de l['’]homme|"
     r"Commission nationale des droits de l['’]homme|[Mm]écanisme (?:national|indépendant) de "
     r"(?:suivi|prévention)|Défenseur des droits|Médiateur)", "statements", False),
    (r"Dialogue with (?:the )?Committee Experts", "questions", True),
    (r"Dialogue avec les (?:experts|membres du Comité)", "questions", True),
    (rf"{_ROUND}(?:Responses?|Replies|Reply|Answers?) (?:by|from|of) (?:the )?(?:Delegation|State party)(?: of {_STATE})?{_SCOPE}", "responses", True),
    # a later round on a line of its own: "Further Response", "Follow-up Replies", "Response
    # to Further Questions"
    (r"(?:Further|Additional|Follow-up|Final|Preliminary) (?:Responses?|Replies|Answers)", "responses", False),
    (r"(?:Responses?|Replies|Answers) to (?:the )?(?:Further |Additional |Follow-up )?Questions", "responses", False),
    # the written questions answered first: "Responses to List of Issues"
    (r"(?:Responses?|Replies|Answers) to (?:the )?(?:Written )?(?:List of Issues|Written Questions)", "responses", False),
    # (and the singular alone, on a line of its own: "Response", probe p)
    (r"(?:Delegation['’]s )?(?:Responses?|Replies|Reply)", "responses", False),
    # "Response of Lithuania", on a line of its own
    (rf"(?:Responses?|Replies|Answers) of {_STATE}", "responses", False),
    # New York releases of the 2000s: "Country Response", "Government's Replies"
    (r"(?:Country|State party|Government|Delegation)(?:['’]s)? (?:Responses?|Reply|Replies|Answers)", "responses", False),
    # ... with whose they are: "Concluding Observations of the Country Rapporteur"
    (r"(?:Concluding|Closing|Preliminary Concluding) (?:Remarks|Statements?|Observations|Comments)"
     r" (?:of|by) (?:the )?(?:Country |Committee )?(?:Rapporteur|Chair(?:person|man|woman)?|"
     r"Committee|Head of (?:the )?Delegation|Delegation)", "concluding_remarks", False),
    (r"Concluding (?:Remarks|Statements?)", "concluding_remarks", True),
    # the Country Rapporteur's closing words in releases of the 2000s
    (r"Preliminary (?:Concluding )?(?:Observations|Remarks|Comments|Conclusions)", "concluding_remarks", True),
    (r"Closing (?:Remarks|Statements?)", "concluding_remarks", True),
    # the Rapporteur's closing words, on a line of their own
    (r"Concluding Observations", "concluding_remarks", False),
    (r"Reports?", "report", True),
    # releases of New York: the report's background, and the dialogue by articles of the
    # Convention ("Articles 7 to 9", "Article 16"), questions and answers together
    (r"Background", "report", False),
    # Council dialogues and informal meetings with States
    (r"Discussion", "dialogue", False),
    (r"Interactive [Dd]ialogue(?: (?:with|on) .{2,120})?", "dialogue", False),
    (r"Statements? by (?:the )?[Cc]oncerned [Cc]ountr(?:y|ies)", "presentation", False),
    (r"(?:Responses?|Replies) (?:by|from) (?:the )?Committee (?:Experts?|Members?)", "statements", False),
    (r"Dialogue with (?:the )?States(?: [Pp]arties)?", "dialogue", False),
    # ... and the French headings of a Council dialogue
    (r"Dialogue interactif(?: (?:avec|sur) .{2,120})?", "dialogue", False),
    (r"(?:Déclarations? d[eu]s? )?[Pp]ays concernés?", "presentation", False),
    (r"Aperçu (?:du|des) rapports?", "report", False),
    (r"(?:Réponses et )?[Rr]emarques de conclusion(?: d[eu] .{2,80})?", "concluding_remarks", False),
    # ("Débat", "Réponses et conclusion de la Rapporteuse spéciale", probe w)
    (r"Débat(?: interactif| général)?", "dialogue", False),
    (r"(?:Réponses et )?[Cc]onclusions? d[eu] (?:la |l['’]|le )?.{2,80}", "concluding_remarks", False),
    # ... and in French: "Présentation par la Présidente du Comité", "Dialogue avec les États",
    # "Réponses du Comité"
    (r"Présentation par (?:la |le )?(?:Présidente?|Vice-[Pp]résidente?) du Comité", "statements", False),
    (r"Dialogue avec les États(?: parties)?", "dialogue", False),
    (r"Réponses (?:du Comité|des (?:membres du Comité|experts(?: du Comité)?))", "statements", False),
    (r"Articles? (?:\d{1,2}|premier)(?:(?:,| to| and| à| et|-|–) ?\d{1,2})*(?: of the (?:Convention|Covenant)| de la Convention| du Pacte)?", "dialogue", False),
    (rf"Reports? (?:of|by) {_STATE}", "report", False),
    # French releases
    (r"Présentation (?:du|des) rapports?(?: d[eu'’] ?[\w ]{2,40})?", "presentation", True),
    (r"Présentation des informations complémentaires", "presentation", True),
    # the parent heading of the dialogue in French UNOG releases of the 2000s-2010s (its
    # questions and answers follow, with or without sub-headings)
    (r"Examen du rapport", "dialogue", False),
    (r"Présentation|Presentation", "presentation", False),  # a sub-heading alone on its line
    (rf"Questions et observations des (?:membres du Comité|experts){_SCOPE_FR}", "questions", True),
    (rf"Questions (?:et observations )?des membres du Comité{_SCOPE_FR}", "questions", True),
    (rf"Questions des experts{_SCOPE_FR}", "questions", True),
    # a later round: "Questions supplémentaires des experts", "Nouvelles questions des experts"
    (rf"(?:Nouvelles |Autres )?[Qq]uestions (?:et observations )?(?:supplémentaires|complémentaires|"
     rf"additionnelles)? ?(?:et observations )?(?:des experts|des membres du Comité){_SCOPE_FR}",
     "questions", True),
    # ... on a line of its own, whoever asks: "Questions et observations complémentaires"
    (r"(?:Nouvelles |Autres )?[Qq]uestions (?:et observations )?(?:supplémentaires|"
     r"complémentaires|additionnelles)(?: et observations)?", "questions", False),
    (rf"(?:Autres |Nouvelles )?Réponses? (?:supplémentaires |complémentaires |additionnelles )?de la délégation{_SCOPE_FR}", "responses", True),
    (r"(?:Autres |Nouvelles )?Réponses (?:supplémentaires|complémentaires|additionnelles)",
     "responses", False),
    (r"Réponses? (?:de la délégation )?(?:à|aux) (?:la liste des points(?: à traiter)?|questions écrites)", "responses", False),
    (r"(?:Remarques|Observations) de conclusion", "concluding_remarks", True),
    (r"Remarques finales", "concluding_remarks", True),
    (r"(?:Observations|Conclusions|Remarques) (?:finales )?préliminaires", "concluding_remarks", True),
    (r"Observations finales", "concluding_remarks", False),
    (r"Déclarations? de (?:conclusion|clôture)", "concluding_remarks", True),
    (r"Conclusions?", "concluding_remarks", False),
    (r"Les? rapports?", "report", False),
)

#: An inline heading must be followed by the start of a sentence: a capital letter (an
#: ALL-CAPS name or a sentence), a quote or a numbered paragraph.
INLINE_FOLLOWER = r"(?=\s+(?:[A-ZÀ-ÖØ-Þ\"“«]|[0-9]+\.))"
#: ... and preceded by the end of a sentence (one of these characters and white space) or
#: the start of a line.
INLINE_STOP = r"[.?!:”\")]"

#: Agenda items of official summary records, on lines of their own (section kind "agenda").
AGENDA_LINES: tuple[str, ...] = (
    r"(?:Consideration|CONSIDERATION) of (?:the )?(?:reports|REPORTS|communications|information)\b.{0,200}",
    # (combined: "Third and fourth periodic reports of Nigeria", "Second to fifth ...")
    r"(?:(?:Initial|[A-Z][a-z]+(?:-[a-z]+)?) periodic|Initial|Combined [\w\s,-]{3,80}?|[A-Z][a-z]+(?:-[a-z]+)? (?:to|and) [a-z]+(?:-[a-z]+)? periodic) reports? (?:of|submitted by) .{2,200}",
    r"(?:Organizational|Organisational) (?:and other )?matters.{0,80}",
    r"(?:Opening|Closure) of the (?:session|meeting).{0,80}",
    r"Adoption of the (?:Committee['’]s )?(?:agenda|report|annual report).{0,120}",
    r"(?:Report|Statement) (?:of|by) (?:the )?(?:Chair|Chairperson|Secretary-General|United Nations|"
    r"Committee to the General Assembly|representative of the Secretary-General|"
    # ("Statement by Deputy High Commissioner for Human Rights", "Statement by Ms. Berg on
    # detention": a sub-heading of an opening's record or release)
    r"(?:Deputy |Assistant )?High Commissioner|(?:Mr|Ms|Mrs|Dr)\.? [A-ZÀ-Ý]).{0,200}",
    r"Déclarations?(?: liminaires?)? (?:de la|du|de l['’]) (?:Directrice|Directeur|Haut-Commissaire|Haute-"
    r"Commissaire|Président|Présidente|représentante?|Secrétaire|Sous-Secrétaire)\b.{0,200}",
    # any item in capitals with its number ("THIRD INFORMAL MEETING WITH STATES PARTIES TO
    # THE COVENANT (agenda item 8)", "... (point 6 de l'ordre du jour)")
    r"[A-ZÀ-Ý][A-ZÀ-Ý ,'’-]{10,200}\((?:agenda item \d+|point \d+ ?de l['’]ordre du jour)\)"
    r"(?:\s*\((?:continued|suite)\))?",
    # more items of a record's agenda, with no sentence stop ("Submission of reports by
    # States parties under article 44 of the Convention", "Provisional agenda for the
    # eighty-second session", "Tribute to the memory of Mr. X, former member")
    r"(?:Submission of reports by States parties|Provisional agenda|Tribute to the memory|"
    r"Substantive issues arising in the implementation|General comments? of the Committee)"
    r"[^;:?!]{0,200}(?<!\.)",
    # ("Follow-up Questions by Committee Experts" is a round of questions, no agenda item)
    r"(?:General discussion|Day of general discussion|Follow-up(?! (?:Questions|Replies|Responses?|Answers)\b)|Methods of work|Solemn declaration).{0,160}",
    r"Examen des rapports.{0,200}",
    # the annual report and its chapters, each adopted in turn ("Annual report of the
    # Committee on its activities (agenda item 7) (continued)", "Draft report of the
    # Committee on its seventy-sixth session", "Chapter IV: Follow-up procedure
    # (CRC/C/76/R.1/Add.3)", "RAPPORT ANNUEL DU COMITÉ SUR SES ACTIVITÉS (point 7 de l'ordre
    # du jour) (suite)", "Chapitre II - Activités du Comité (CAT/C/XXX/CRP.1/Add.1)")
    r"(?:Annual report|Draft (?:annual )?report|ANNUAL REPORT|DRAFT (?:ANNUAL )?REPORT) "
    r"(?:of|OF) (?:the|THE) (?:Committee|COMMITTEE)\b.{0,200}",
    r"(?:Rapport annuel|Projet de rapport(?: annuel)?|RAPPORT ANNUEL|PROJET DE RAPPORT"
    r"(?: ANNUEL)?) (?:du|DU) (?:Comité|COMITÉ)\b.{0,200}",
    r"(?:Chapter|CHAPTER|Chapitre|CHAPITRE) [IVXL\d]{1,5}\s*[:.–—-]\s*[A-ZÀ-Ý][^.;?!]{2,160}"
    r"(?:\([^()]{2,80}\))?",
    # "Troisième et quatrième rapports périodiques de Sri Lanka"; a record may list the
    # symbols of the report, core document and list of issues after it (300 characters)
    r"(?:Rapport initial|Rapports? (?:initial|périodiques?)|[A-Z][a-zéè]+(?:-[a-zéè]+)*(?: (?:et|à) [a-zéè]+(?:-[a-zéè]+)*)? rapports? périodiques?|Deuxième.{0,40}rapports?(?: périodiques?)?) (?:d[eu'’]|présentés?).{0,400}",
    # the sub-item of "Consideration of reports" in records: "(a) Reports submitted by
    # States parties in accordance with articles 16 and 17 of the Covenant"
    r"Reports submitted by States parties\b.{0,160}",
    r"Rapports présentés par les États parties\b.{0,160}",
    r"(?:Other matters|Other business|Any other business|Future meetings?|Questions diverses|Autres questions|Séances futures)",
    r"Questions d['’]organisation.{0,120}",
    r"(?:Ouverture|Clôture) de la session.{0,80}",
    r"Adoption de l['’]ordre du jour.{0,80}",
    r"Adoption (?:du|de son) (?:projet de )?rapport.{0,160}",
    # headings of releases opening or closing a session
    r"Opening (?:statements?|remarks|address|words)(?: (?:by|of) .{0,80})?",
    r"Election of (?:the )?(?:officers|bureau|chair(?:person)?).{0,80}",
    r"(?:Programme|Program) of work.{0,80}",
    r"Déclarations? d['’]ouverture.{0,80}",
    r"Déclarations? solennelles?.{0,120}",
    r"[ÉE]lection (?:du Bureau|des membres du Bureau|de la présidence).{0,80}",
    r"Programme de travail.{0,80}",
)
#: The line that ends a summary record's header: the meeting is opened.
def _loose(phrase: str) -> str:
    """``phrase`` as a pattern that lets text extraction break a word with a space ("The
    meeting w as called to order", "La s éance est ouverte")."""
    return r"\s+".join(" ?".join(word) for word in phrase.split())


RECORD_BODY_START = (
    rf"(?:{_loose('The meeting was called to order')}|{_loose('La séance est ouverte')}|"
    r"The meeting (?:was )?(?:opened|resumed|began)|The (?:session|sitting) was (?:called to "
    r"order|opened|resumed)|The discussion "
    r"covered in the summary record began|La séance est (?:ouverte|reprise)|La partie publique "
    r"de la séance|"
    # "Le débat résumé commence à 15 h 15." (the French of "The discussion covered ...")
    r"Le débat résumé (?:dans le compte rendu )?(?:commence|a commencé|débute)|"
    # a meeting in parts: "The public part of the meeting was called to order at 11.35 a.m.",
    # "La deuxième partie (publique) de la séance est ouverte à 11 h 35."
    # (or "The second part (public) of the meeting was called to order at 4.05 p.m.")
    r"The (?:(?:first|second|third) )?(?:\(?public\)? )?part (?:\(public\) )?of the meeting (?:was called to order|"
    r"was opened|was resumed|resumed|opened|began)|"
    r"La (?:première |deuxième |seconde |troisième )?(?:\(?publique\)? )?partie (?:\(publique\) )?"
    r"de la séance (?:(?:est|a été) (?:ouverte|reprise)|commence|reprend))"
)
