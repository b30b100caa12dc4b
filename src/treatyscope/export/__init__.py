"""Renderings of a review: JSON (interchange format), terminal text, Markdown.

Exporters only read a :class:`~treatyscope.model.Review`; they never re-parse its text.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from treatyscope.export.markdown import render_markdown
from treatyscope.export.text import render_text
from treatyscope.model import Review


def render_json(review: Review) -> str:
    """The review interchange format, pretty-printed."""
    return json.dumps(review.to_json(), ensure_ascii=False, indent=1) + "\n"


#: Output format name -> renderer.
RENDERERS: dict[str, Callable[[Review], str]] = {
    "text": render_text,
    "json": render_json,
    "md": render_markdown,
}

__all__ = ["RENDERERS", "render_json", "render_markdown", "render_text"]
