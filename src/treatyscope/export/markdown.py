"""A Markdown report of a review: header, participants, dialogue outline."""

from __future__ import annotations

from treatyscope.export.claims import render_claims_markdown
from treatyscope.export.questions import render_questions_markdown
from treatyscope.export.text import headline
from treatyscope.model import Review


def md_escape(text: str) -> str:
    """Escape characters that Markdown or inline HTML would interpret."""
    out = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]|#":
        out = out.replace(ch, "\\" + ch)
    return out


def render_markdown(review: Review) -> str:
    """The review as a Markdown document."""
    meta = review.metadata
    lines = [f"# {md_escape(headline(meta))}", ""]
    if meta.committee:
        lines.append(f"- **Committee:** {md_escape(meta.committee)}")
    if meta.treaty:
        lines.append(f"- **Treaty:** {md_escape(meta.treaty)}")
    if meta.document_symbols:
        lines.append(f"- **Documents:** {', '.join(md_escape(s) for s in meta.document_symbols)}")
    lines += ["", "## Participants", "", "| id | name | side | roles | title |", "|---|---|---|---|---|"]
    for p in review.participants:
        lines.append(f"| {p.id} | {md_escape(p.label)} | {p.side} | {', '.join(p.roles)} | "
                     f"{md_escape(p.title or '')} |")
    lines += ["", "## Sections", ""]
    for s in review.sections:
        heading = s.heading_span.slice(review.text) if s.heading_span else s.kind
        lines.append(f"- {md_escape(heading)} ({s.kind}, {len(s.span):,} characters)")
    lines += ["", render_questions_markdown(review).rstrip()] if review.questions else []
    lines += ["", render_claims_markdown(review).rstrip()]
    if review.notices:
        lines += ["", "## Notices", ""] + [f"- `{n.code}` {md_escape(n.message)}" for n in review.notices]
    return "\n".join(lines) + "\n"
