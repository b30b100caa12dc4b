"""Markdown: a release pasted into a note (Notion, Obsidian, a wiki) read as plain text.

Users keep meeting summaries in Markdown notes: "## Questions by Committee Experts",
"**MARIA LOPEZ**, Committee Expert, said ...", "[session's webpage](https://...)".  The
markup is no part of what the release says, and it hides headings, speakers and link
sentences from the stages (a heading must stand alone on its line, a name start its
clause).  As for HTML, the text the markup renders to becomes the record's source text:
every span points into it, and it is stored in the record.

Only the markup a note of pasted prose uses is read: YAML front matter, ATX headings,
emphasis, links and images, block quotes, code marks, thematic breaks and backslash
escapes.  List bullets stay ("- the Ministry of Health;"): later stages read them as
layout.  A line break inside a paragraph stays too (unwrapping joins a hard-wrapped one).
"""

from __future__ import annotations

import re

#: File name endings of Markdown files.
SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
#: Media types of Markdown (a URL may serve one).
MEDIA_TYPES = ("text/markdown", "text/x-markdown")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n){0,40}?---[ \t]*\n")
_ATX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_BREAK = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
#: Emphasis with one mark, not a bullet ("* item") nor a word's underscore ("snake_case").
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
#: What makes a text that does not say it is Markdown read as one: at least two ATX
#: headings, and bold or a link (plain text has neither).
_SIGNS = re.compile(r"\*\*\S|\]\(https?://")
MIN_HEADINGS = 2


def is_markdown_name(origin: str, media_type: str | None = None) -> bool:
    """True when a file name or a media type says the text is Markdown."""
    return origin.lower().endswith(SUFFIXES) or (media_type or "") in MEDIA_TYPES


def looks_like_markdown(text: str) -> bool:
    """True when a text that does not say what it is reads as Markdown."""
    return len(_ATX.findall(text, 0, 20_000)) >= MIN_HEADINGS and bool(_SIGNS.search(text))


def markdown_to_text(text: str) -> str:
    """The plain text a Markdown note renders to (see the module docstring)."""
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _ATX.sub(r"\1", text)
    text = _BREAK.sub("", text)
    text = _QUOTE.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)
