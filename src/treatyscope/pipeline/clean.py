"""Clean: find page chrome and boilerplate and mark it; nothing is deleted.

Offsets keep pointing into the original text: boilerplate becomes spans that later stages
step around (no turn, sentence or claim lies inside one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from treatyscope.data.chrome import (
    CHROME_LINES,
    CHROME_SENTENCES,
    DATE_LABEL,
    END_MATTER,
    FINAL_FOOTER,
    NEXT_RELEASE,
)
from treatyscope.data.pdf import PAGE_LABELS
from treatyscope.model import Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.sections import heading_kind
from treatyscope.pipeline.spans import lines, literal_matches, merge, trimmed

#: Lines longer than this are never whole-line chrome.
MAX_CHROME_LINE = 200
#: A line counts as foreign-script chrome (an Arabic title or date around English text)
#: when this share of its letters is in a script other than the document's main one.
FOREIGN_SCRIPT_SHARE = 0.5
#: The document's main script is Latin when more than this share of its letters is Latin.
LATIN_DOCUMENT_SHARE = 0.5
#: ... judged on this many characters from the start (chrome included): enough for any
#: page, and counting letters over the whole of a long text cost milliseconds.
LATIN_SAMPLE_CHARS = 5000


@cache
def _line_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(CHROME_LINES + PAGE_LABELS) + r")\s*", re.IGNORECASE)


@cache
def _sentence_pattern() -> re.Pattern[str]:
    return re.compile("|".join(CHROME_SENTENCES), re.IGNORECASE)


@cache
def _date_label() -> re.Pattern[str]:
    return re.compile(DATE_LABEL, re.IGNORECASE | re.MULTILINE)


def find_boilerplate(text: str) -> list[Span]:
    """Spans of chrome lines, boilerplate sentences and foreign-script lines, merged."""
    found: list[Span] = []
    latin_doc = _is_latin(text)
    in_tags = False
    furniture: dict[str, list[Span]] = {}  # candidate lines by their masked text
    for line in lines(text):
        content = line.slice(text)
        if len(content) > MAX_CHROME_LINE:
            in_tags = False
        elif _line_pattern().fullmatch(content) or (latin_doc and _foreign_script(content)):
            found.append(line)
            in_tags = _TAGS_HEADING.fullmatch(content) is not None
        elif in_tags and _is_tag(content):
            found.append(line)  # "Related" / "Committee against Torture" / "Peru"
        else:
            in_tags = False
            if _furniture_like(content):
                furniture.setdefault(_DIGITS.sub("#", content.casefold()), []).append(line)
    found.extend(_running_lines(text, furniture))
    for start, end in _keyword_windows(text):
        for m in _sentence_pattern().finditer(text, start, end):
            span = trimmed(text, m.start(), m.end())
            if span and _starts_a_sentence(text, span.start):
                found.append(span)
    found.extend(_after_final_footer(text))
    if "date" in text or "Date" in text or "DATE" in text:  # speed only
        found.extend(filter(None, (trimmed(text, m.start(), m.end())
                                   for m in _date_label().finditer(text))))
    merged = merge(found, text)
    ends = sorted(s.start for s in found if _end_mark().match(text, s.start))
    if ends:
        merged = merge(merged + _end_matter(text, merged, ends), text)
    return merged


_FINAL_FOOTER = re.compile(FINAL_FOOTER)
#: The footer's first words (only for speed: found with str.find, see
#: spans.literal_matches, then matched there).
_FOOTER_STARTS = ("Produced by the United Nations", "Produit par le Service")


def _final_footers(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`FINAL_FOOTER` in ``text``, in order of their start."""
    for start, _ in literal_matches(text, _FOOTER_STARTS):
        m = _FINAL_FOOTER.match(text, start)
        if m is not None:
            yield m


#: Fewest words before the footer for it to close a release (the shortest release opening
#: has a headline and a lede).
MIN_RELEASE_WORDS = 30
_NEXT_RELEASE = re.compile(NEXT_RELEASE)


def _after_final_footer(text: str) -> list[Span]:
    """The lines after a release's closing "Produced by the United Nations Information
    Service ..." footer, up to another release if one follows: the reposting page's own
    text (copyright, blurb, headlines, comments), never the release's (probe s)."""
    found: list[Span] = []
    for footer in _final_footers(text):
        if len(text[: footer.start()].split(None, MIN_RELEASE_WORDS)) <= MIN_RELEASE_WORDS:
            continue  # a masthead's notice at the top (the release follows)
        for line in lines(text, footer.end()):
            if _NEXT_RELEASE.match(text, line.start, line.end):
                break
            found.append(line)
    return found


@cache
def _end_mark() -> re.Pattern[str]:
    return re.compile("|".join(END_MATTER), re.IGNORECASE | re.MULTILINE)


#: A line of running text (it ends chrome-only end matter): this many words at least and a
#: sentence's final punctuation, or longer than a chrome line.
MIN_PROSE_WORDS = 12


def _end_matter(text: str, chrome: list[Span], ends: list[int]) -> list[Span]:
    """The short lines without sentence punctuation after the release's end matter starts
    (at one of ``ends``: its footer, press code, tags or related block): the page chrome
    after the release ("Related" headlines and their dates, "OHCHR", "Quick links",
    "Subscribe").  A line of running text after them shows that they did not end the
    release (a masthead "For use of the information media ..." at the top): the lines
    before it are kept, until the next end starts."""
    pending: list[Span] = []
    armed = False
    k = m = 0
    for line in lines(text, ends[0]):
        if m < len(ends) and ends[m] < line.end:
            armed = True
            while m < len(ends) and ends[m] < line.end:
                m += 1
            continue
        while k < len(chrome) and chrome[k].end < line.end:
            k += 1
        if k < len(chrome) and chrome[k].start <= line.start:
            continue  # chrome already
        content = line.slice(text)
        if len(content) > MAX_CHROME_LINE or (
            content[-1] in ".!?" and len(content.split()) >= MIN_PROSE_WORDS
        ):
            armed = False
            pending.clear()
        elif armed and content[-1] not in ".!?:;":
            pending.append(line)
    return pending


#: A short line recurring this many times, with its digits masked, is page furniture ...
MIN_RUNNING = 3
#: ... and so is one recurring this many times, each time at a page break (after a form feed
#: or a page label such as "Page 2 of 4", or before a page label).
MIN_RUNNING_AT_BREAKS = 2
_DIGITS = re.compile(r"\d+")
_SYMBOL = re.compile(r"\b[A-Z]{1,6}/[A-Z]")


def _furniture_like(line: str) -> bool:
    """A short line without sentence punctuation that holds what page furniture holds and
    the short lines of running text (headings, labels) do not: a digit (a page number, a
    date) or a UN document symbol ("CEDAW/C/SR.2045").  The cheapest tests come first (speed
    only: a search for an alternation of digit and symbol cost 1.5 microseconds a line)."""
    if line[-1] in ".!?:;":
        return False
    if _DIGITS.search(line) is None and ("/" not in line or _SYMBOL.search(line) is None):
        return False
    return len(line.split()) <= MAX_TAG_WORDS


@cache
def _page_label() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(PAGE_LABELS) + r")\s*", re.IGNORECASE)


def _running_lines(text: str, candidates: dict[str, list[Span]]) -> list[Span]:
    """Running headers and footers of text copied out of a PDF viewer: short lines with a
    digit or a symbol that recur with their digits masked ("CEDAW/C/SR.2045", "1 February
    2024 Experts of the Committee ... | OHCHR", a bare "3").  A section heading recurs in
    running text ("Questions by Committee Experts") and is never furniture."""
    found: list[Span] = []
    for key, same in candidates.items():
        if heading_kind(same[0].slice(text)) is not None:
            continue
        if len(same) >= MIN_RUNNING:
            found.extend(same)
        elif len(same) >= MIN_RUNNING_AT_BREAKS or key == _BARE_NUMBER:
            # those at a page break: the record's symbol above "2   GE.23-20417" (not the
            # same symbol in the masthead), a page number alone after the last page
            found.extend(line for line in same if _at_break(text, line) or (
                key == _BARE_NUMBER and _pdf_copy(text) and _stands_alone(text, line)))
    return found


#: A line that is only a number, digits masked.
_BARE_NUMBER = "#"


def _pdf_copy(text: str) -> bool:
    """True if the text holds a UN job number line ("GE.23-20417 (E)"): a copy of a PDF,
    where a number alone on its line is a page number."""
    return _JOB_NUMBER.search(text) is not None


_JOB_NUMBER = re.compile(r"^[ \t]*(?:\d{1,4}[ \t]+)?GE\.\d{2}-\d{4,6}\b", re.MULTILINE)


def _stands_alone(text: str, line: Span) -> bool:
    """True for a line between blank lines (or the text's ends)."""
    before = text[max(0, line.start - MAX_CHROME_LINE):line.start].rstrip(" \t")
    after = text[line.end:line.end + MAX_CHROME_LINE].lstrip(" \t")
    return ((not before or before.endswith("\n\n") or before.strip() == "")
            and (not after.strip() or after.startswith(("\n\n", "\r\n\r\n", "\f"))))


def _at_break(text: str, line: Span) -> bool:
    """True for a line at a page break: after a form feed, or next to a page label."""
    window = text[max(0, line.start - MAX_CHROME_LINE) : line.start]
    body = window.rstrip()
    if "\f" in window[len(body) :]:
        return True
    before = body[body.rfind("\n") + 1 :].strip()
    after = text[line.end : line.end + MAX_CHROME_LINE].lstrip().split("\n", 1)[0].strip()
    return any(_page_label().fullmatch(near) for near in (before, after))


#: A page's list of related topics and tags: the short lines after it are chrome.
_TAGS_HEADING = re.compile(
    r"(?:related(?: (?:content|news|links|documents|stories|articles))?|tags?|topics|"
    # a sidebar of other releases before or after the article (probe l)
    r"(?:latest|more|other|recent|top) (?:news|stories|releases)|"
    # ... as news sites label theirs (probe s)
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|editor['’]s picks|"
    r"you (?:may|might) also like|read (?:more|next|also)|"
    r"human rights bodies|countries|"
    r"contenido relacionado|órganos de derechos humanos|países|contenu (?:connexe|associé)|"
    r"organes des droits de l['’]homme|pays|связанные материалы|страны)\s*:?\s*", re.I)
#: A tag line or a related headline: a few words, no sentence punctuation.
MAX_TAG_WORDS = 20


def _is_tag(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_TAG_WORDS and line.rstrip()[-1] not in ".!?:;"


#: Boilerplate sentences are only looked for around one of their words: scanning the whole
#: text with the full alternation cost 5 ms on the sample, the windows cost 0.2 ms.
def _starts_a_sentence(text: str, start: int) -> bool:
    """True at the start of the text, of a line, or after a sentence's final punctuation:
    a boilerplate phrase in the middle of a sentence is the sentence's own content."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n”\")"


#: Case-sensitive on purpose: re.IGNORECASE made this scan eight times slower.  Plain
#: strings found with str.find (see spans.literal_matches): a regular expression of them
#: cost 0.7 ms on the sample.  No keyword is a prefix of another.
KEYWORDS = (
    "Webcast", "webcast", "can be found", "Produced by", "versions of our",
    "information media", "INFORMATION MEDIA", "Ce document", "intention des organes",
    "Produit par", "versions anglaise", "comptes rendus", "available here", "available on",
    "diffusion", "documents relatifs", "document officiel",
    "rendu officiel", "subject to correction", "working languages", "corrections to the",
    "sujet à rectification", "langues de travail", "rectifications aux",
    # the later notice of summary records, and French "where to find it" sentences
    "corrected records", "être consulté", "être visionné", "sont disponibles",
    "est disponible",
    # a release's media contact ("For more information ..., please contact ...")
    "please contact",
    # an editor's comment, a copy's own notice
    "[Comment", "[Note", "[NB", "[N.B.", "[TODO", "[Editor", "[Commentaire", "official record",
    # the disclaimer of an e-mail that forwarded the release
    "CONFIDENTIAL", "DISCLAIMER", "LEGAL NOTICE", "confidential",
)
#: Keywords found with one search of a part they share (speed only, see literal_matches).
KEYWORD_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ebcast", ("Webcast", "webcast")),
    ("Produ", ("Produced by", "Produit par")),
    ("versions ", ("versions of our", "versions anglaise")),
    ("available ", ("available here", "available on")),
    ("[", ("[Comment", "[Note", "[NB", "[N.B.", "[TODO", "[Editor", "[Commentaire")),
)
#: How far a boilerplate sentence may extend before and after its keyword.
WINDOW = 400


def _keyword_windows(text: str) -> list[tuple[int, int]]:
    """Merged ranges of text around the keywords of boilerplate sentences."""
    windows: list[tuple[int, int]] = []
    for found, found_end in literal_matches(text, KEYWORDS, KEYWORD_PARTS):
        start = max(0, found - WINDOW)
        cut = max(text.rfind(". ", start, found), text.rfind("\n", start, found))
        start = cut + 1 if cut >= 0 else start
        end = min(len(text), found_end + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u036f]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: ASCII characters that are not letters, deleted from bytes to count ASCII letters.
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _is_latin(text: str) -> bool:
    letters, latin = _letter_counts(text[:LATIN_SAMPLE_CHARS])
    return latin > LATIN_DOCUMENT_SHARE * max(1, letters)


def _letter_counts(text: str) -> tuple[int, int]:
    """Matches of ``_LETTER`` and of ``_LATIN_LETTER`` in ``text``.

    Speed only (a findall of each cost 0.3 ms on 5,000 characters): an ASCII character
    matches either pattern exactly when it is one of A-Z and a-z, which bytes.translate
    counts; the patterns run on the non-ASCII characters alone.
    """
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    rest = "".join(_NON_ASCII.findall(text))
    return (
        ascii_letters + len(_LETTER.findall(rest)),
        ascii_letters + len(_LATIN_LETTER.findall(rest)),
    )


def _foreign_script(line: str) -> bool:
    if line.isascii():
        return False  # speed only: no ASCII character is a non-Latin letter
    letters = len(_LETTER.findall(line))
    return letters > 0 and len(_NON_LATIN_LETTER.findall(line)) >= FOREIGN_SCRIPT_SHARE * letters


@stage("clean", requires=("source.text",), assigns=("boilerplate",))
def clean(review: Review, options: AnalyzeOptions) -> Review:
    """Mark page chrome and boilerplate as ``review.boilerplate``."""
    return replace(review, boilerplate=tuple(find_boilerplate(review.text)))
