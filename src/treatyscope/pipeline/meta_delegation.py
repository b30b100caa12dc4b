"""The composition of the State's delegation: the bodies listed in the sentence
"The delegation of X was comprised of representatives from A; B; and C" (also "consisted
of", "included", French "La délégation … était également composée de …")."""

from __future__ import annotations

import re
from functools import cache

from treatyscope.data import review_phrases as R
from treatyscope.data.countries import names_with_and
from treatyscope.model import Span
from treatyscope.pipeline.spans import is_word_char, trimmed

#: A composition list ends at the end of its sentence: a full stop before a capital
#: (not after an initial or "U.N"), or a line break.
_LIST_END = re.compile(r"(?<![A-Z])\.(?=\s+[A-ZÀ-Ý\"“])|\.\s*$|\n", re.MULTILINE)
#: Between items: semicolons when the list has them (item names hold commas:
#: "Ministry of Labour, Social Security and Migration"), else commas and a final "and".
_SEMICOLONS = re.compile(r";")
_COMMAS = re.compile(
    # ", as well as representatives of the Ministry of ...", "and representatives of the
    # Ministry of ...": the lead goes with the joiner
    r",?\s+(?:as well as|and|ainsi que|et)\s+(?:representatives|members|officials|experts|"
    # ("... des droits de l'homme et de représentants du Ministère de la santé", probe A)
    r"(?:des|de) représentant(?:e)?s|représentant(?:e)?s)\s+(?:of|from|de|du|des)\s+|"
    # (", as well as the Permanent Mission": one joiner, or the comma stays with the body)
    r",(?:\s+(?:and|et|as well as|ainsi que)\b)?|\s+(?:and|et|as well as|ainsi que)\s+"
    r"(?=(?:(?:the|de\s+la|de|du|des|la|le)\s+|(?:de\s+)?l['’]|d['’])?[A-ZÀ-Ý]|d['’]une?\s)"
)
#: Fewest characters of a listed body; shorter pieces are joiner debris.
MIN_ITEM = 3


@cache
def _cue_rx() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in R.DELEGATION_COMPOSITION))


@cache
def _lead_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:{R.COMPOSITION_LEADS})+", re.IGNORECASE)


#: A preposition before a cue: what follows is what was said, not who came.
_NOT_AN_OBJECT = re.compile(R.NOT_AN_OBJECT)

#: The word every composition cue holds, in its two spellings.
_DELEGATION_WORDS = ("delegation", "délégation")


def _cue(text: str) -> re.Match[str] | None:
    """``_cue_rx().search(text)``, started where a match can start at the earliest.

    Only for speed: a cue opens with \\b, so the search tries every position.  Every
    cue holds one of _DELEGATION_WORDS after an article and at most one word, all word
    characters, hyphens and white space; so no match starts before the run of such
    characters that ends at the first of those words.
    """
    found = [at for at in map(text.find, _DELEGATION_WORDS) if at >= 0]
    if not found:
        return None
    start = min(found)
    while start > 0 and (is_word_char(char := text[start - 1]) or char.isspace() or char == "-"):
        start -= 1
    cue = _cue_rx().search(text, start)
    while cue is not None and _NOT_AN_OBJECT.search(text, max(0, cue.start() - 8), cue.start()):
        cue = _cue_rx().search(text, cue.start() + 1)  # "mentioned by the delegation included"
    return cue


def find_delegation_composition(text: str) -> list[Span]:
    """Spans of the bodies listed as the delegation's composition, in text order."""
    cue = _cue(text)
    if not cue:
        return []
    stop = _LIST_END.search(text, cue.end())
    end = stop.start() if stop else len(text)
    if (tail := _LIST_TAIL.search(text, cue.end(), end)) is not None:
        end = tail.start()  # "...; several members of the delegation took part by video link"
    if cue.group(0).rstrip().endswith(_APPOSITION_VERBS) and (
            (verb := _MAIN_VERB.search(text, cue.end(), end)) is not None):
        end = verb.start()  # "The delegation, consisting of ..., answered questions"
    colon = text[cue.end():end].rstrip().endswith(":")
    bullets = (_bullet_items(text, end) or _item_lines(text, end)) if colon else []
    if colon:  # "consisted of representatives of:" then one body a line, or no list
        return [span for a, b in bullets if (span := _item(text, a, b))]
    splitter = _SEMICOLONS if ";" in text[cue.end() : end] else _COMMAS
    pieces: list[tuple[int, int]] = []
    start = cue.end()
    for sep in [*splitter.finditer(_masked(text, cue.end(), end), cue.end(), end), None]:
        pieces.append((start, sep.start() if sep else end))
        start = sep.end() if sep else end
    if splitter is _COMMAS:
        pieces = _by_heads(text, _by_articles(text, pieces))
    return [span for a, b in pieces
            if (span := _item(text, a, b)) and not _PERSON.match(text, span.start, span.end)
            and not _CLAUSE.match(text, span.start, span.end)]


def _masked(text: str, start: int, end: int) -> str:
    """``text`` with what must not split a list blanked between ``start`` and ``end`` (the
    offsets stay): a State name that holds "and" ("Saint Vincent and the Grenadines"), and
    how some took part ("..., by video link from Kingstown, ...")."""
    spans = [m.span() for rx in (_state_names_rx(), _REMOTE) for m in rx.finditer(text, start, end)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@cache
def _state_names_rx() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, names_with_and())), re.IGNORECASE)


#: How members of the delegation took part, set off as an aside: ", by video link from
#: Kingstown,", ", par visioconférence depuis Dakar,".
_REMOTE = re.compile(
    r",?\s*\b(?:by video(?:[- ]?link|[- ]?conference)|via video(?:[- ]?link|[- ]?conference)|"
    r"online|remotely|par visioconférence|en ligne|à distance)"
    r"(?:\s+(?:from|depuis|de)\s+[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*)?\s*,")


#: The participles of a composition in apposition, and the main verb that closes it.
_APPOSITION_VERBS = ("consisting of", "composed of", "comprising", "composée", "composée de",
                     "constituée", "constituée de")
_MAIN_VERB = re.compile(r",\s+(?=(?:had\s+|has\s+|was\s+|were\s+)?[a-z]+ed\b|(?:answered|"
                        r"replied|took|gave|spoke|made|presented|responded|"
                        # the French present of a record ("..., composée de M. X et de Mme Y,
                        # prend place à la table du Comité")
                        r"prend|prennent|répond|répondent|présente|reprend|reprennent)\b)")


#: A clause after a semicolon that says more of the delegation than who was in it: the list
#: ends before it ("...; several members of the delegation took part by video link").
_LIST_TAIL = re.compile(r";\s+(?=[^;]*\b(?:delegation|délégation|took part|joined|participated|"
                        r"was headed|were connected|ont participé|a participé|était conduite|"
                        r"étaient connectés)\b)")


#: A list item on a line of its own, blank lines between items allowed (an HTML list): its
#: glyph or number, and what ends it (a joiner, a stop).
_BULLET_LINE = re.compile(r"\n\s*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+([^\n]+)")
_ITEM_END = re.compile(r"(?:[;,.]|[;,]?\s+(?:and|et))\s*$")


def _bullet_items(text: str, end: int) -> list[tuple[int, int]]:
    """The items of a bulleted list from the line break at ``end`` on: one a line."""
    return _list_items(text, end, _BULLET_LINE)


def _list_items(text: str, end: int, line: re.Pattern[str],
                joined: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """The items of the lines ``line`` matches from ``end`` on, without their joiners; with
    ``joined``, the item that does not end with a joiner is the last."""
    out: list[tuple[int, int]] = []
    at = end
    while (m := line.match(text, at)) is not None:
        tail = _ITEM_END.search(text, m.start(1), m.end(1))
        out.append((m.start(1), tail.start() if tail else m.end(1)))
        at = m.end()
        if joined is not None and not joined.search(m.group(1)):
            break
    return out


#: A line of a list without glyphs (the items of an HTML list, a paragraph each): short,
#: and ending with a joiner, or with a stop for the last item.
_ITEM_LINE = re.compile(r"\n\s*([^\n]{3,160}?)[ \t]*(?=\n|$)")
_JOINED = re.compile(r"(?:[;,]|[;,]?\s+(?:and|et))$")


def _item_lines(text: str, end: int) -> list[tuple[int, int]]:
    """The items of a list without glyphs from the line break at ``end`` on, one a line: each
    item but the last ends with a joiner ("the Ministry of Health;", "...; and"), the last
    may end with a stop.  No list when the first line does not end with a joiner."""
    out = _list_items(text, end, _ITEM_LINE, _JOINED)
    return out if len(out) >= 2 else []


#: What follows a list set in apposition: the sentence's verb ("la délégation, composée de
#: ..., est prête à répondre ..."), no listed body.
_CLAUSE = re.compile(r"(?:est|sont|était|étaient|sera|a|ont|avait|is|are|was|were|will|"
                     r"would|had|has|have)\s")


#: A person named in apposition to the office before it ("du Représentant permanent de Malte
#: ..., M. Victor Camilleri, ainsi que ..."): the office is the listed member, not the name.
_PERSON = re.compile(r"(?:M\.|Mme|Mlle|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*$")


#: An item of an English list that names its bodies with an article: "the Ministry of ...".
#: (French lists share one noun among several complements: "des ministères de la santé, de
#: l'intérieur, ...": every piece there starts with an article.)
_ARTICLE_ITEM = re.compile(r"\s*(?:and\s+)?the\b", re.IGNORECASE)


def _by_articles(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """When an English list names its bodies with articles ("the Ministry of Gender Equality and
    Child Welfare, the Ministry of Justice, Defence and Security"), a piece without one is
    part of the body before it."""
    lead = [_ARTICLE_ITEM.match(text, a) is not None for a, _ in pieces]
    if sum(lead) < 2:
        return pieces
    out: list[tuple[int, int]] = []
    for (a, b), has in zip(pieces, lead, strict=True):
        if out and not has:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _item(text: str, start: int, end: int) -> Span | None:
    """One listed body without its leading joiners and articles."""
    span = trimmed(text, start, end)
    if span is None:
        return None
    lead = _lead_rx().match(text, span.start, span.end)
    body = trimmed(text, lead.end() if lead else span.start, span.end)
    return body if body and len(body) >= MIN_ITEM else None


#: A French piece that is only a complement ("de la famille", "et de l'enfance") ...
_COMPLEMENT = re.compile(r"\s*(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|d['’])\s*[a-zà-ÿ]")
#: ... or a capitalised field after "et": "du Ministère de la Famille et des Solidarités",
#: "de la Santé et de l'Action sociale" (after a comma, a capital names another body).
_CAPITAL_COMPLEMENT = re.compile(r"\s*(?:de\s+la|de\s+l['’]|des|du|d['’])\s*[A-ZÀ-Ý]")
_AFTER_ET = re.compile(r"\bet\s*$")
#: ... of a body named by a singular head noun before it ("du Ministère de la femme").
_SINGULAR_HEAD = re.compile(
    # after the lead of a list, if any: "des représentants du Ministère de la femme, ..."
    r"\s*(?:(?:des\s+|de\s+)?(?:représentants|responsables|membres|fonctionnaires)\s+)?"
    r"(?:(?:et\s+)?(?:du|de\s+la|de\s+l['’]|le|la|l['’]|un|une)\s*)?(?:[Mm]inistère|"
    r"[Ss]ecrétariat|[Dd]irection|[Oo]ffice|[Ii]nstitut|[Cc]ommission|[Cc]onseil|[Aa]gence|"
    r"[Dd]élégation|[Ss]ervice|[Oo]bservatoire|"
    # a minister listed by office: "Mme X, Ministre de la femme, de la famille et de l'enfant"
    r"(?:[Vv]ice-)?[Mm]inistre|[Ss]ecrétaire d['’]État)\b")


#: ... unless the complement names a body of its own ("du Ministère de l'intérieur, du
#: parquet général", "de la police nationale").
_OWN_BODY = re.compile(r"\s*(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|d['’])\s*(?:parquet|police|"
                       r"gendarmerie|cour|tribunal|tribunaux|commissariat|haut-commissariat|"
                       r"secrétariat|inspection|agence|institut|commission|conseil|comité|"
                       r"médiateur|défenseur|procureur|ambassade|mission|assemblée|sénat|"
                       r"direction|ministère|ministre|bureau|office|délégation|présidence|"
                       r"primature|garde|service|communauté|fédération|région|société|haut|"
                       r"caisse|fonds|centre|université|province)\b",
                       re.IGNORECASE)


def _by_heads(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A French piece that is only a complement continues the body before it when that body
    has a singular head: "du Ministère de la femme, de la famille et de l'enfance" is one
    ministry.  (After a plural head, "des ministères de la santé, de l'intérieur", each
    complement names a body of its own.)"""
    out: list[tuple[int, int]] = []
    head = False  # whether the body being built has a singular head
    for a, b in pieces:
        complement = _COMPLEMENT.match(text, a, b) or (
            _CAPITAL_COMPLEMENT.match(text, a, b) and _AFTER_ET.search(text, max(0, a - 4), a))
        if out and head and complement and not _OWN_BODY.match(text, a, b):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
        head = _SINGULAR_HEAD.match(text, a, b) is not None
    return out
