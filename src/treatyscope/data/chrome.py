"""Page chrome and boilerplate phrases, in the six UN languages.

Each entry is a regular expression (case-insensitive unless it says otherwise).  The clean
stage marks what they match as boilerplate; nothing is deleted.
"""

from __future__ import annotations

#: Whole lines of page chrome: navigation, labels, share bars, site banners.
CHROME_LINES: tuple[str, ...] = (
    # "Skip to main content" in the six UN languages, and other skip links
    r"skip to (?:main )?content",
    r"تجاوز إلى المحتوى الرئيسي",
    r"pasar al contenido principal",
    r"sobrescribir enlaces de ayuda a la navegación",
    r"перейти к основному содержанию",
    r"跳转到主要内容",
    r"aller au contenu principal",
    # breadcrumbs
    r"breadcrumb",
    r"fil d['’]ariane",
    r"строка навигации",
    r"ruta de navegación",
    r"مسار التنقل",
    r"导航路径",
    r"(?:home|inicio|accueil|главная|الرئيسية|主页|首页)\s*(?:[>/»›|]\s*[\w ,.'’-]+){1,6}",
    # a language switcher on one line ("English | Français | Español | ...", probe l)
    r"(?:english|français|español|русский|العربية|中文)(?:\s*[|•/·]?\s*(?:english|français|"
    r"español|русский|العربية|中文)){2,5}",
    r"toggle navigation|menu|what are you looking for\??|print this page|see all news|"
    r"(?:latest|more|other|recent|top) (?:news|stories|releases)",
    # the sidebars of news sites that repost a release (probe s)
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|editor['’]s picks|"
    r"you (?:may|might) also like|read (?:more|next|also)",
    # the page-feedback widget after the article (probe l)
    r"was this page (?:helpful|useful)\??|(?:why not\?\s*)?tell us what went wrong\.?|why not\?|"
    r"yes|no",  # (its buttons, each a line of its own: no dialogue line is a bare yes or no)
    # labels of the UN pages
    r"meeting summar(?:y|ies)",
    r"press releases?(?: (?:treaty bodies|human rights council|multiple mechanisms|special procedures|universal periodic review))?",
    r"news(?: (?:treaty bodies|human rights council|multiple mechanisms))?",
    r"compte rendu de séance",
    r"comptes rendus de séance",
    r"communiqués? de presse(?: organes conventionnels| conseil des droits de l['’]homme)?",
    r"communiqué final",
    r"en cours au siège de l['’]onu",
    r"in progress at unhq",
    r"department of public information\s*•.*",
    # the end mark of a release: New York's "* *** *", Geneva's "*   *   *" and "*** *** ***"
    r"\*+(?:[ \t]*\*+){1,4}",
    r"[_=*-]{3,}",  # a rule drawn with characters before a footer
    r"header image for news printout",
    r"english site french site spanish site.*",
    r"ohchr header.*",
    r"make a donation to ohchr",
    r"help improve our website by taking this short survey",
    r"بيانات صحفية(?: هيئات المعاهدات)?",
    r"comunicados? de prensa(?: órganos de tratados)?",
    r"пресс-релизы?(?: договорные органы)?",
    r"新闻稿(?: 条约机构)?",
    r"x\s*(?:\S.*)?\bback",
    r"back",
    r"print",
    r"listen(?: to this (?:article|story|page))?(?:\s*[·•|–-]\s*\d{1,3}\s*min(?:utes?)?)?",
    r"download(?: (?:pdf|the pdf|this page))?(?:\s*\(\s*\d[\d.,]*\s*[kKmM]B\s*\))?",
    # share bars
    r"(?:share|partager|compartir|поделиться|分享|مشاركة)\s*:?",
    r"share this(?: page| story)?:?",
    # ... the label and its buttons on one line, and the languages a page is read in
    # ("Share Facebook Twitter Email", "Read in: Español | Français", probe ag)
    r"(?:share|partager|compartir)\s*:?\s*(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|"
    r"print|copy link)(?:\s*[|•·,]?\s*(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|"
    r"print|copy link))*",
    r"(?:read|available|also available|lire|disponible) (?:in|en)\s*:?\s*(?:english|français|"
    r"español|русский|العربية|中文|anglais|espagnol)(?:\s*[|•/·,]?\s*(?:and\s+|et\s+)?(?:english|"
    r"français|español|русский|العربية|中文|anglais|espagnol))*",
    # a cookie banner's notice and buttons
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.*",
    r"(?:accept|reject|decline|refuse|manage|customi[sz]e)(?: all)?(?: cookies)?|"
    r"cookie (?:settings|preferences|policy)|nous utilisons des cookies\b.*|"
    r"(?:tout )?(?:accepter|refuser)(?: les cookies)?",
    r"(?:facebook|twitter|x|linkedin|email|whatsapp|print)(?:\s+(?:facebook|twitter|x|linkedin|email|whatsapp|print))*",
    # the banner and labels of UN News (news.un.org)
    r"welcome to the united nations",
    r"un news",
    r"global perspective,? human stories",
    r"search",
    r"topics",
    # a photo credit ("UN Photo/Jean-Marc Ferré", "© UNICEF/Frank Dejongh")
    r"(?:[\w-]+\s+){0,2}photo\s*/\s*[^/\n]{2,60}",
    r"©\s*[\w-]+(?:\s+[\w-]+){0,2}\s*/\s*[^/\n]{2,60}",
    # the end of a transcript of UN Web TV and its notice
    r"[—–-]*\s*end of (?:the )?transcript\s*[—–-]*",
    r"(?:watch\s*(?:on\s*)?:?\s*)?(?:un web ?tv|webtv\.un\.org)\b.*",
    r"captions are (?:generated|produced) automatically[^\n]*",
    # a summary record's note on a meeting it does not cover
    r"\*?\s*no summary record (?:was|has been|will be) (?:issued|prepared|drawn up) for .{2,80}",
    r"\*?\s*il n['’](?:a|est) (?:pas|été) (?:été )?(?:établi|fait|publié) de compte rendu .{2,80}",
    # the notes a copy adds after the text: their heading and each note ("[1] CRPD/C/NOR/1,
    # para. 12.", "¹ Statistics Norway, ...")
    r"(?:notes|footnotes|endnotes|end notes|notes de bas de page)\s*:?",
    r"\[\d{1,3}\]\s+\S.*",
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S.*",
    # the sign-off of an e-mail that forwarded the release
    r"(?:(?:best|kind|warm|with best)(?:est)? )?regards,?|(?:many )?thanks,?|cheers,?|"
    r"sent from my (?:iphone|ipad|android|mobile|phone)",
    # newsletter and app offers after the article
    r"get the [\w -]{2,40} newsletter",
    r"subscribe",
    r"download the [\w -]{2,40} app\b.*",
    # page footers: related links, contacts, social media, legal notices
    r"related(?: (?:content|news|links|documents|stories|articles))?|tags?\s*:?",
    r"media contacts?",
    # the footer of the other language sites and its English twin
    r"correo electrónico|contacto|empleos|alerta de fraude|privacidad|condiciones de uso|"
    r"preguntas frecuentes|jobs|faqs?|frequently asked questions|e-?mail",
    # headings of the tag lists (the short lines after them are tags: see clean.py)
    r"human rights bodies|countries|contenido relacionado|órganos de derechos humanos|países|"
    r"contenu (?:connexe|associé)|organes des droits de l['’]homme|pays|"
    r"связанные материалы|страны",
    r"follow us(?: on)?",
    r"(?:instagram|youtube|flickr|tiktok|soundcloud|linkedin|facebook|twitter|x)(?:\s+(?:instagram|youtube|flickr|tiktok|soundcloud|linkedin|facebook|twitter|x))*",
    r"subscribe to (?:our|the) newsletters?",
    r"palais des nations|(?:ch-)?1211 gen[eè]v[ae](?: \d{1,2})?(?:,? (?:switzerland|suisse))?",
    r"©\s*(?:nations unies|united nations|naciones unidas)\b.*",
    r"©\s*(?:ohchr|united nations|un)\b.*",
    r"(?:privacy (?:policy|notice)|terms of use|copyright|contact us|site ?map|fraud alert|accessibility)(?:\s*[|•]\s*(?:privacy (?:policy|notice)|terms of use|copyright|contact us|site ?map|fraud alert|accessibility))*",
    # a press release code on its own line ("CCPR25.012E", "CAT/18/017E")
    r"[A-Z]{2,6}\d{2}[./]\d{3}[A-Z]?|[A-Z]{2,6}\d{0,2}/\d{2,3}/\d{1,4}[A-Z]?",
    # reposts
    r"informing humanitarians worldwide 24/7.*",
    r"view original",
    r"originally published",
    r"news and press release",
    r"this preview shows page \d+ - \d+ out of \d+ pages\.?",
)

#: What opens a release's end matter, matched at the start of a chrome line or boilerplate
#: sentence: the footer (the UNIS footer and media notice, the press code on a line of its
#: own) and the tag and related-content blocks after the article.  The short lines after it
#: are chrome too (see clean.py).  Not "Share" nor "Countries": they also stand at the top.
END_MATTER: tuple[str, ...] = (
    r"produced by the united nations information service",
    r"produced by the [^.;\n]{5,200}? for (?:the )?use of the information media",
    r"for use of the information media",
    r"english and french versions of our (?:press )?releases",
    r"produit par le service de l['’]information",
    r"les versions anglaise et française (?:de nos|des) communiqués",
    r"ce (?:document|communiqué|compte rendu)\b[^.\n]{0,120}\b(?:information|médias)",
    r"(?:[A-Z]{2,6}\d{2}[./]\d{3}[A-Z]?|[A-Z]{2,6}\d{0,2}/\d{2,3}/\d{1,4}[A-Z]?)[ \t]*$",
    r"(?:related(?: (?:content|news|links|documents|stories|articles))?|tags?|contenido relacionado|"
    r"contenu (?:connexe|associé)|связанные материалы)[ \t]*:?[ \t]*$",
)

#: The footer that closes a United Nations Information Service release: a page that
#: reposts the release (a news site, a blog) goes on with its own copyright line, blurb,
#: related headlines and reader comments, none of it the release's.
FINAL_FOOTER = (
    r"(?:Produced by the United Nations Information Service|Produit par le Service de "
    r"l['’]information des Nations Unies)[^\n]{0,200}"
)
#: A line after that footer that opens another release (a page of several): a dateline, or
#: a lede "The Committee ... today ...".
NEXT_RELEASE = (
    r"(?:GENEVA|NEW YORK|GENÈVE|VIENNA|NAIROBI)\b|(?:The|Le|La) (?:Committee|Comité|Human "
    r"Rights Council|Conseil des droits de l['’]homme)\b[^\n]{0,200}\b(?:today|this "
    r"(?:morning|afternoon)|aujourd['’]hui|ce matin|cet après-midi)\b"
)

#: Boilerplate sentences that may sit inline in flattened text.
#: The advice newer pages add after the footer on the two language versions: "If you would
#: like to find out more about a specific topic or meeting, we recommend reading the
#: releases in both languages as they can be complementary."
_READ_BOTH = r"(?:\s*If you would like to find out more\b[^.]*\bboth languages\b[^.]*\.)?"

#: A repost site's date label at a line's start, which may run into the first sentence
#: ("date 2020-09-29 The Human Rights Council ...").
DATE_LABEL = r"^[ \t]*date[ \t]*:?[ \t]+(?:19|20)\d\d-\d\d-\d\d(?=\s)"

CHROME_SENTENCES: tuple[str, ...] = (
    # an editor's comment left in a copy ("[Comment: check figure - the report says 3 650?]")
    r"\[(?:Comment|Note|NB|N\.B\.|TODO|Editor['’]s note|Commentaire)\s*:[^\]\n]{0,400}\]",
    # a copy's own notice ("It is not an official record.")
    r"(?:It|This(?: summary| note| document| transcript)?) is not an official record"
    r"(?: of the United Nations)?\.",
    # the disclaimer of an e-mail that forwarded the release, to the end of its paragraph
    r"(?:CONFIDENTIALITY NOTICE|CONFIDENTIALITY|DISCLAIMER|LEGAL NOTICE)\s*:\s*(?:This|The "
    r"information)\b[^\n]*",
    r"This (?:e-?mail|message)(?: and any (?:attachments?|files?)[^.\n]{0,40})? (?:is|are|may "
    r"be) (?:strictly )?(?:confidential|privileged)[^\n]*",
    # the webcast / summaries / documents link sentences of UNIS releases, with a second
    # link clause ("..., while the programme of work ... can be found here.")
    # (the body by its full name too: "The webcast of the Human Rights Council meetings")
    # (or of another meeting: "Webcast of the Universal Periodic Review can be found here.",
    # probe i)
    r"(?:The )?[Ww]ebcasts? of (?:the )?(?:(?:[A-Z][\w-]* ){0,4}(?:Committee|Council|Review|Group)|public|"
    r"(?:meeting|session|dialogue|review)s?\b)[^.]{0,120}? can be (?:found|accessed|watched|viewed|"
    r"followed) (?:here|on|via|at)(?:[^.\n]|\.(?=\w)){0,240}(?:\.|(?=\n)|$)",
    # "Meetings of the Committee are webcast live here."
    r"(?:The )?(?:public )?meetings of the (?:Committee|Council)[^.]{0,80}? (?:are|will be) webcast(?: live)? (?:here|on|at|via)(?:[^.\n]|\.(?=\w)){0,80}(?:\.|(?=\n)|$)",
    r"(?:All )?(?:the )?documents relating to the (?:Committee|Council|session|review)[^.]{0,160}? (?:can be found|are available) (?:here|on)[^.]{0,80}\.",
    r"All (?:the )?meeting summar(?:y|ies)(?: releases)?[^.]{0,80}? can be found (?:here|on)[^.]{0,80}\.",
    # (with a second link clause: "..., while the webcast of the Committee's public meetings
    # can be accessed via the UN Web TV webpage.")
    r"Meeting summar(?:y|ies)(?: releases)?[^.]{0,80}? can be found(?:[^.\n]|\.(?=\w)){0,240}(?:\.|(?=\n)|$)",
    r"Documents and reports related to the [^.]{0,160}? can be found (?:here|on)[^.]{0,80}\.",
    r"Summar(?:y|ies) of (?:all )?(?:the )?(?:[\w'’]+ ){0,3}?meetings[^.]{0,200}? can be found (?:here|on)[^.]{0,160}\.",
    # (or "The programme of work and other documents related to the session can be ...")
    r"(?:The )?programme of work (?:of|for|and) [^.]{0,200}? can be found (?:here|on)[^.]{0,80}\.",
    # the State's written replies: "Answers to the questions in the list of issues can be
    # found here, and the webcast of the meeting can be found here."
    r"(?:The )?(?:(?:written )?(?:answers|replies|responses))\b[^.]{0,200}? can be found (?:here|on|via|at)(?:[^.\n]|\.(?=\w)){0,240}(?:\.|(?=\n)|$)",
    r"(?:The )?(?:programme of work|documents?|reports?)[^.]{0,120}? (?:is|are) available (?:here|on the [^.]{0,60}?webpage)\.",
    # where a Committee's findings are published: "The concluding observations can be found
    # here." (the English form of "Les observations finales ... sont disponibles ici")
    r"(?:The )?(?:full )?(?:text of the )?(?:concluding observations|findings|final observations|"
    r"lists? of issues|general comments?|decisions|views)\b[^.]{0,200}? (?:can be (?:found|"
    r"accessed|viewed|consulted)|(?:is|are) available) (?:here|online|on|via|at)(?:[^.\n]|\.(?=\w)){0,240}(?:\.|(?=\n)|$)",
    # a release's media contact, to the end of its line: "For more information and media
    # requests, please contact Bradford Smith (+ 41 22 917 93 35 / ...) or ..."
    r"For (?:more|further) information(?: and media (?:requests|enquiries|inquiries))?,? "
    r"please contact\b[^\n]*",
    r"Les? (?:webdiffusion|diffusion)[^.]{0,160}? (?:peut|peuvent) être (?:consultée?s?|suivie?s?)(?:[^.\n]|\.(?=\w)){0,80}(?:\.|(?=\n)|$)",
    # "Le lien vers la webdiffusion de la séance est disponible ici."
    r"(?:Le lien vers |Un lien vers )?(?:la |les )?(?:webdiffusions?|retransmissions?|diffusions? en direct)[^.]{0,160}? (?:est|sont) (?:disponibles?|accessibles?) (?:ici|sur cette page|en ligne)(?:[^.\n]|\.(?=\w)){0,80}(?:\.|(?=\n)|$)",
    r"(?:Le programme de la session et )?(?:tous )?les documents (?:relatifs|se rapportant) (?:aux|à ses) travaux[^.]{0,200}? (?:peuvent être consultés|sont disponibles)[^.]{0,80}\.",
    r"Tous les comptes rendus[^.]{0,160}?\.",
    # any "where to find it" sentence about a meeting product: "Les comptes rendus des
    # séances publiques du Comité sont disponibles depuis la page internet ...", "... peuvent
    # être consultés ici, tandis que la retransmission ... peut être visionnée via ..."
    r"(?:(?:Les?|La|Des|Quant aux) )?(?:comptes rendus|communiqués?(?: de base)?|"
    r"retransmissions?|webdiffusions?|programme de travail|observations finales)\b[^.]{0,200}? "
    r"(?:(?:est|sont) disponibles?|(?:peut|peuvent) être (?:consulté|visionné|suivi|regardé)e?s?)\s+"
    r"(?:ici|sur|depuis|via|à l['’]adresse|en ligne)(?:[^.\n]|\.(?=\w)){0,240}(?:\.|(?=\n)|$)",
    # any documents link sentence that says where: "Tous les documents relatifs au présent
    # examen, dont le rapport de l'État partie, sont disponibles sur cette page."
    r"(?:Tous )?[Ll]es documents (?:et rapports )?(?:relatifs|se rapportant) (?:au|aux|à la|à l['’])[^.]{0,200}? (?:peuvent être consultés|sont disponibles|sont accessibles) (?:ici|sur (?:cette|la) page|sur le site|en ligne)[^.]{0,80}\.",
    # a link sentence cut off by the end of a copied opening ("Summaries of the public
    # meetings of the Committee can be found here,")
    r"(?:Summar(?:y|ies)|(?:The )?webcast|(?:All )?(?:the )?documents|Meeting summar(?:y|ies)|"
    r"(?:The )?programme of work)\b[^.]{0,200}? can be found (?:here|on)[^.]{0,80}?\Z",
    # the correction notice of a summary record (its first page's foot, or the end)
    r"This record is subject to correction\.",
    r"Corrections (?:to this record )?should be submitted in one of the working languages(?:[^.]|\.(?=\w)){0,300}\.",
    r"They should be set forth in a memorandum[^.]{0,200}\.",
    r"They should be sent within one week of the date of (?:this|the present) document(?:[^.]|\.(?=\w)){0,300}\.",
    r"Any corrections to the records of the (?:public )?meetings(?:[^.]|\.(?=\w)){0,300}\.",
    r"\*?Le présent compte rendu est sujet à rectifications?\.",
    r"Les rectifications doivent être rédigées dans l['’]une des langues de travail(?:[^.]|\.(?=\w)){0,300}\.",
    r"Il convient de les adresser(?:[^.]|\.(?=\w)){0,300}?dans un délai d['’]une semaine(?:[^.]|\.(?=\w)){0,300}\.",
    r"Elles doivent être présentées dans un mémorandum[^.]{0,200}\.",
    r"Elles doivent être adressées(?:[^.]|\.(?=\w)){0,300}?dans un délai d['’]une semaine(?:[^.]|\.(?=\w)){0,300}\.",
    r"Les rectifications aux comptes rendus des séances(?:[^.]|\.(?=\w)){0,300}\.",
    # the 2016 wording: "Il convient de les adresser, une semaine au plus tard à compter de
    # la date du présent document, à la Section ...", "... sous la forme d'un rectificatif
    # unique, peu après la session."
    r"Il convient de les adresser(?:[^.]|\.(?=\w)){0,300}?une semaine au plus tard"
    r"(?:[^.]|\.(?=\w)){0,300}\.",
    r"Les comptes rendus rectifiés des séances(?:[^.]|\.(?=\w)){0,300}\.",
    r"\*?This record is subject to correction\.",
    r"Any corrected records of the (?:public )?meetings(?:[^.]|\.(?=\w)){0,300}\.",
    # footers
    rf"Produced by the United Nations Information Service in Geneva[^.]*\.(?:\s*English and French versions of our (?:press )?releases are different[^.]*\.{_READ_BOTH})?",
    rf"English and French versions of our (?:press )?releases are different[^.]*\.{_READ_BOTH}",
    # the footer of any producing service: "Produced by the Communications and Public
    # Information Unit of the United Nations Office at Geneva for use of the information
    # media; not an official record."
    r"Produced by the [^.;]{5,200}? for (?:the )?use of the information media;?\s*not an "
    r"official record\.?",
    r"For use of the information media; not an official record\.?(?:\s*(?:[A-Z]{2,6}\d{0,2}/\d{2,3}/\d{2,4}|[A-Z]{2,6}\d{2}\.\d{3})[A-Z]?)?",
    # the masthead of New York releases
    r"For information media\s*[•.;,:-]\s*[Nn]ot an official record\.?",
    r"(?:Ce|Le présent) (?:document|communiqué) est destiné à l['’]information[^.\n]*\.?(?:\s*(?:[A-Z]{2,6}\d{0,2}/\d{2,3}/\d{2,4}|[A-Z]{2,6}\d{2}\.\d{3})[A-Z]?)?",
    r"À l['’]intention des organes d['’]information\s*[.•·;]\s*Document non officiel\.?",
    # the old unog.ch French footer, verbless: "Document destiné à l'information; ne
    # constitue pas un document officiel"
    r"Document destiné à l['’]information\s*[;,.]\s*(?:il\s+)?ne constitue pas un document "
    r"officiel\.?",
    r"Produit par le Service de l['’]information des Nations Unies[^.]*\.",
    r"(?:Ce|Le présent) (?:communiqué|compte rendu|document)[^.]{0,200}? (?:ne constitue pas|"
    r"n['’]est pas) un (?:document|compte rendu) officiel\s*[.;](?:\s*[Ii]l est (?:publié|fourni) "
    r"(?:à (?:des fins d['’]information|titre d['’]information|l['’]intention des (?:médias|"
    r"organes d['’]information)))[^.]*\.)?",
    r"Les versions anglaise et française (?:de nos|des) communiqués(?: de presse)? sont "
    r"différentes[^.]*\.",
)
