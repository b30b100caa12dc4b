"""Evidence for the kind of document: weighted phrase patterns per format.

The detect stage searches the head and the tail of the whole text (chrome included: the page
labels are the best evidence) with :data:`FORMAT_RULES`, and the lede (the start of the text
without boilerplate) with :data:`LEDE_RULES`.  It adds the weights of the patterns that match
(each pattern counts once) and picks the format with the highest score; below
:data:`MIN_FORMAT_SCORE` the format is ``unknown``.  Ties go to the format listed first in
:data:`FORMAT_PRIORITY`.

Weights: 3 = decisive on its own (a label or a header only that format carries); 2 = strong
(a footer, a site section or a layout typical of the format); 1 = a hint (wording usual in
the format but found elsewhere too); 0.5 = counts only together with other evidence.  Patterns are compiled with ``re.MULTILINE``; ``(?i)``
marks the case-insensitive ones.  Calibrated on the page chrome and header variants described
in ``shared/reference/formats.md`` and checked against the ``kind`` of the shared corpus.
"""

from __future__ import annotations

UNIS_PRESS_RELEASE = "unis-press-release"
UNIS_MEETING_SUMMARY = "unis-meeting-summary"
SUMMARY_RECORD = "summary-record"
REPOST = "repost"
UNKNOWN = "unknown"

#: Every value ``source.format`` can take.
FORMATS: tuple[str, ...] = (
    UNIS_PRESS_RELEASE,
    UNIS_MEETING_SUMMARY,
    SUMMARY_RECORD,
    REPOST,
    UNKNOWN,
)

#: Order used to break a tie between equal scores: the more specific evidence first.
FORMAT_PRIORITY: tuple[str, ...] = (SUMMARY_RECORD, REPOST, UNIS_MEETING_SUMMARY, UNIS_PRESS_RELEASE)

#: A format needs at least this score: with no label, the lede's wording decides.
MIN_FORMAT_SCORE = 1.0

#: (pattern, weight) per format.
FORMAT_RULES: dict[str, tuple[tuple[str, float], ...]] = {
    SUMMARY_RECORD: (
        # "Summary record of the 519th meeting", "Summary record (partial)* of ...",
        # "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*OF THE 842nd MEETING"
        (r"(?i)^[ \t]*summary\s+record\b", 3.0),
        (r"(?i)^[ \t]*compte\s+rendu\s+analytique\b", 3.0),
        # the symbol of a summary record: "CMW/C/SR.519", "C AT/C/SR.1998", "E/C.12/2017/SR.27"
        (r"^[ \t]*[A-Z](?:[A-Z ./]|\d){0,24}/SR\.\s?\d+", 3.0),
        (r"(?i)^[ \t]*(?:held|tenue?)\s+(?:at|au|à)\s+(?:the\s+)?(?:palais|headquarters|siège)", 2.0),
        (r"(?i)^[ \t]*distr\.\s*:?\s*(?:general|générale)\b", 2.0),
        (r"(?i)^[ \t]*(?:the meeting was (?:called to order|resumed)|la séance est (?:ouverte|reprise))", 2.0),
        (r"(?i)this record is subject to correction|sujet à rectifications", 2.0),
        (r"(?i)^[ \t]*(?:chair(?:person)?|président(?:e)?)\s*:", 2.0),
        # a "Contents" line heads other UN documents too: it only adds to other evidence
        (r"(?i)^[ \t]*(?:contents|sommaire)[ \t]*$", 0.5),
        # a speaker turn of a record: "Ms. Ople (Philippines) said that", "M. Fernando (Sri Lanka) dit"
        (r"^[ \t]*(?:\d+\.\s*)?(?:Mr|Ms|Mrs|M|Mme)\.?\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s\([^)]{3,60}\)\s(?:said|asked|noted|dit|précise|demande|déclare)\b", 1.0),
    ),
    UNIS_MEETING_SUMMARY: (
        (r"(?i)^[ \t]*meeting summar(?:y|ies)[ \t]*$", 3.0),
        (r"(?i)^[ \t]*comptes? rendus? de séance[ \t]*$", 3.0),
        # the ohchr.org section line of meeting coverage
        (r"(?i)^[ \t]*news (?:treaty bodies|human rights council|multiple mechanisms)[ \t]*$", 2.0),
        # Human Rights Council summaries: a "MORNING"/"AFTERNOON" line or title prefix
        (r"^[ \t]*(?:MORNING|AFTERNOON|MIDDAY)\b(?:[ \t]*$|\s+-\s)", 2.0),
        # UN Headquarters meetings coverage: "1068th Meeting (PM)", "11th & 12th Meetings (AM & PM)"
        (r"(?i)^[ \t]*\d+(?:st|nd|rd|th)\s(?:&\s\d+(?:st|nd|rd|th)\s)?meetings?\s\((?:AM|PM)", 2.0),
        # the headings of a dialogue's coverage
        (r"(?i)^[ \t]*(?:questions (?:by|from) (?:the )?committee (?:experts|members)|responses by the delegation)\b", 1.0),
    ),
    UNIS_PRESS_RELEASE: (
        # the label alone, or with the release code: "Press Release", "Press Release HR/CT/617 |"
        (r"(?i)^[ \t]*press release[ \t]*(?:$|[A-Z]{2,}/)", 3.0),
        (r"(?i)^[ \t]*communiqué (?:de presse|final)[ \t]*$", 3.0),
        # the site's section line ("Press releases Treaty bodies") also heads meeting coverage
        (r"(?i)^[ \t]*(?:press releases|communiqués de presse) \w", 1.0),
        (r"(?i)produced by the united nations information service", 2.0),
        (r"(?i)produit par le service de l['’]information des nations unies", 2.0),
        (r"(?i)for use of the information media|à l['’]intention des organes d['’]information", 1.0),
        (r"(?i)ce document est destiné à l['’]information", 1.0),
        # OHCHR datelines "GENEVA (18 May 2018) –"
        (r"^[ \t]*GEN(?:EVA|ÈVE) \(\d{1,2} \w+ \d{4}\)\s*[-–—]", 1.0),
        # release codes "CAT/18/017E", "CERD17/020F", "HR/CT/617", "DH/G/357"
        (r"^[ \t]*(?:[A-Z]{2,6}\d{0,2}/\d{2,3}/\d{2,4}[EF]?|[A-Z]{2,3}/[A-Z]{1,3}/\d{3,4})[ \t]*\|?[ \t]*$", 1.0),
    ),
    REPOST: (
        # ReliefWeb and its copies
        (r"(?i)informing humanitarians worldwide", 3.0),
        (r"(?i)^[ \t]*(?:originally published|view original)[ \t]*$", 3.0),
        (r"^[ \t]*\w[\w ]* \+ \d+ more[ \t]*$", 2.0),
        # document-sharing sites
        (r"(?i)this preview shows page \d+", 3.0),
        (r"(?i)^\S+\.(?:docx?|pdf|rtf) - ", 2.0),
        # news aggregators: a " date 2019-10-04" lead, a bare source byline, bulleted metadata
        (r"\A\s*date \d{4}-\d{2}-\d{2}\b", 3.0),
        (r"^[ \t]*(?:OHCHR|UN News|UNOG)[ \t]*$", 2.0),
        (r"^[ \t]*•[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]*$", 3.0),
        # a copy with its newlines removed: no line break in the first 1,500 characters
        (r"\A[^\n]{1500}", 2.0),
    ),
}

#: Characters at the start of the text without boilerplate (the title and first paragraph)
#: that :data:`LEDE_RULES` are searched in: ~1.5 lede sentences after a long title.
LEDE_CHARS = 700

#: (pattern, weight) per format, searched in the lede only: how the first paragraph reports
#: the event.  A meeting is covered ("this morning considered the report of ..."); a session
#: closing, an opening, published findings or an advisory are announced.
LEDE_RULES: dict[str, tuple[tuple[str, float], ...]] = {
    UNIS_MEETING_SUMMARY: (
        (r"(?i)\b(?:today|this (?:morning|afternoon)|yesterday|in a midday meeting)\b.{0,40}?\b(?:reviewed|considered|examined|concluded its (?:consideration|review)|began its (?:consideration|review)|completed its (?:consideration|review)|met with|heard|held|discussed)\b", 1.0),
        (r"(?i)\bhas (?:considered|reviewed|examined)\b", 1.0),
        (r"(?i)\b(?:considers|examines|reviews)\b (?:the )?(?:[\w-]+ ){0,4}reports? of\b", 1.0),
        (r"(?i)\b(?:meets|holds)\b (?:an? |its )?(?:[\w-]+ ){0,3}(?:dialogue|debate|meeting|discussion)s?\b", 1.0),
        (r"(?i)\ba (?:examiné|tenu|entendu),? (?:hier|aujourd['’]hui|ce matin|cet après-midi)|\bexamine (?:le|les) rapports?\b", 1.0),
    ),
    UNIS_PRESS_RELEASE: (
        (r"(?i)\b(?:conclude[sd]?|close[sd]?|open(?:s|ed)?|begins?|began|ends?|ended)\b (?:the work of )?(?:its |the )?(?:[\w-]+ ){0,4}session\b", 1.0),
        (r"(?i)\b(?:a clos|a conclu|a achevé|a terminé|achève|clôt|termine|ouvre)\b.{0,60}?\bsession\b", 1.0),
        (r"(?i)\bpublishe[sd] (?:its )?findings\b", 1.0),
        (r"(?i)\bwill (?:hold|review|meet|open)\b", 1.0),
    ),
}
