"""Main text of a saved web page, with headings and paragraph breaks kept.

Uses selectolax (lexbor).  The page's main container is picked from a short list of the
selectors UN pages use; inside it every innermost block (heading, paragraph, list item,
cell) becomes one line, and blocks are separated by a blank line, so the downstream
section finder sees headings on their own lines.
"""

from __future__ import annotations

import re
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from treatyscope.errors import EmptyDocument, MalformedDocument

#: Tried in order; the first holding at least MIN_MAIN_CHARS of text wins, else <body>.
MAIN_SELECTORS = (
    "article",
    "main",
    "[role=main]",
    "#main-content",
    "#content",
    ".content",
)
MIN_MAIN_CHARS = 200
DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "button", "svg", "iframe", "select", "menu", "input", "textarea",
)  # fmt: skip
#: Elements kept for what they hold, without their tag: the old ohchr.org pages wrap the
#: whole page, article included, in one ASP.NET ``<form id="aspnetForm">``; a form's
#: controls go with DROP_TAGS.
UNWRAP_TAGS = ("form",)
BLOCK_TAGS = frozenset(
    ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "td", "th", "dt", "dd", "pre", "figcaption", "caption", "address", "div", "section"]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
#: Elements that end a line inside a block ("Human Rights Committee<br>Seventy-first
#: Session"): the text after them starts a new line, whatever whitespace the source has.
LINE_BREAK_TAGS = frozenset(["br", "hr"])
_SPACE = re.compile(r"\s+")
#: A page must hold one sentence besides its title: a block of at least this many
#: characters with a sentence-final mark in it.  Pages of navigation, labels and tags only
#: (the article left out of a saved page) or cut off after <body> have none.
MIN_SENTENCE_CHARS = 25
_SENTENCE_END = re.compile(r"\S[.!?\u2026\u3002\uff01\uff1f\u061f][\"'\u2019\u201d\u00bb)\]]*(?:\s|$)")


def looks_like_html(text: str) -> bool:
    """True if the text is an HTML page rather than plain text."""
    head = text.lstrip()[:2000].lower()
    return (head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head) or bool(
        re.match(r"\s*<(html|head|body|div|p|article|meta|title)\b", head)
    )


def html_to_text(html: str, *, origin: str = "the page") -> str:
    """Extract the main text of an HTML page: one block a line, blank lines between blocks.

    Raises MalformedDocument for a page that cannot be parsed or has no text, and
    EmptyDocument for one whose text besides the title holds no sentence
    (:data:`MIN_SENTENCE_CHARS`).  ``origin`` names the page in the messages.
    """
    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:  # lexbor raises bare errors on broken input
        raise MalformedDocument(f"{origin}: the HTML could not be parsed: {exc}") from exc
    if tree.body is None:
        raise MalformedDocument(f"{origin}: the HTML has no body")
    title = _page_title(tree)
    tree.unwrap_tags(list(UNWRAP_TAGS))
    # an article's own header holds its headline and date, not the site's chrome
    for header in tree.css("article header"):
        header.unwrap()
    tree.strip_tags(list(DROP_TAGS))
    main = _main_node(tree)
    blocks = list(_blocks(main))
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    if not blocks:
        raise MalformedDocument(f"{origin}: the page holds no text to analyze")
    if not any(_is_prose(block) for block in blocks if block != title):
        raise EmptyDocument(
            f"{origin} holds no article text: besides its title only navigation or labels, "
            "no sentence (the page may be cut off, or saved without its article)"
        )
    return "\n\n".join(blocks)


def _is_prose(block: str) -> bool:
    return len(block) >= MIN_SENTENCE_CHARS and _SENTENCE_END.search(block) is not None


def _page_title(tree: LexborHTMLParser) -> str:
    """The page's headline: its first <h1>, else its <title> without the site's name (the
    longest of the parts a " | " divides: "OHCHR | Experts commend Kyrgyzstan")."""
    h1 = tree.css_first("h1")
    if h1 is not None:
        return block_text(h1, " ")
    title = tree.css_first("title")
    if title is None:
        return ""
    parts = block_text(title, " ").split(" | ")
    return max(parts, key=len).strip()


def _main_node(tree: LexborHTMLParser) -> LexborNode:
    """The page's main text: of the elements the first selector that finds one long enough
    matches, the longest (a sidebar's "Latest news" teasers are <article>s too, and may come
    first)."""
    for selector in MAIN_SELECTORS:
        sized = [(len(node.text(strip=True)), k) for k, node in enumerate(tree.css(selector))]
        longest = max(sized, default=None, key=lambda pair: (pair[0], -pair[1]))
        if longest is not None and longest[0] >= MIN_MAIN_CHARS:
            return tree.css(selector)[longest[1]]
    body = tree.body
    assert body is not None  # checked by the caller
    return body


def _blocks(node: LexborNode) -> list[str]:
    """Text of each innermost block element under ``node``, in document order; the inline
    content between two blocks (text, <strong>, <a>, <br> ...) is one block of its own, as a
    browser shows it ("<div><strong>Ana Pérez</strong>, Committee Expert, asked ...<p>":
    the name stays in its sentence)."""
    out: list[str] = []
    run: list[LexborNode] = []

    def flush() -> None:
        text = _inline_text(run)
        if text:
            out.append(text)
        run.clear()

    for child in node.iter(include_text=True):
        if child.tag in BLOCK_TAGS and not _has_block_child(child):
            flush()
            text = block_text(child, " " if child.tag in HEADINGS else "")
            if text:
                out.append(_list_mark(child) + text if child.tag == "li" else text)
        elif child.tag not in BLOCK_TAGS and (child.tag == "-text" or not _has_block_child(child)):
            run.append(child)
        else:
            flush()
            out.extend(_blocks(child))
    flush()
    return out


def _inline_text(nodes: list[LexborNode], separator: str = "") -> str:
    """The text of a run of nodes, its pieces joined with ``separator``: a line break
    element (:data:`LINE_BREAK_TAGS`) starts a new line, and whitespace is collapsed within
    each line (inline elements such as <a>, <em> and <span> break nothing)."""
    lines: list[list[str]] = [[]]
    for node in nodes:
        for part in node.traverse(include_text=True):
            if part.tag == "-text":
                lines[-1].append(part.text(deep=False) or "")
            elif part.tag in LINE_BREAK_TAGS:
                lines.append([])
    cleaned = (_clean(separator.join(pieces)) for pieces in lines)
    return "\n".join(line for line in cleaned if line)


def _list_mark(item: LexborNode) -> str:
    """The mark a list item is written with, as in Markdown: "N. " in a numbered list, else
    "- " (a question list after "She asked:" is read by its marks)."""
    parent = item.parent
    if parent is None or parent.tag != "ol":
        return "- "
    number, sibling = 1, item.prev
    while sibling is not None:
        number += sibling.tag == "li"
        sibling = sibling.prev
    return f"{number}. "


def block_text(node: LexborNode, separator: str = "") -> str:
    """The text of a block element (see :func:`_inline_text`)."""
    return _inline_text([node], separator)


def _has_block_child(node: LexborNode) -> bool:
    descendants = islice(node.traverse(include_text=False), 1, None)  # the first is the node
    return any(n.tag in BLOCK_TAGS for n in descendants)


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()
