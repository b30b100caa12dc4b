"""A terminal summary of a review: one header line, participants, sections, counts, notices."""

from __future__ import annotations

from collections import Counter

from treatyscope.model import Metadata, Review


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def headline(meta: Metadata) -> str:
    """The review in one line: committee, State, report, session, date."""
    parts = [meta.committee_code or "committee unknown"]
    if meta.state_party:
        code = f" ({meta.state_party_code})" if meta.state_party_code else ""
        parts.append(f"{meta.state_party}{code}")
    if meta.report:
        parts.append(report_label(meta))
    if meta.session and meta.session.ordinal:
        parts.append(f"{ordinal(meta.session.ordinal)} session")
    if meta.date:
        parts.append(meta.date)
    return " · ".join(parts)


def report_label(meta: Metadata) -> str:
    """'2nd periodic report CMW/C/KGZ/2' and the like."""
    report = meta.report
    if report is None:
        return ""
    ords = report.ordinal if isinstance(report.ordinal, tuple) else (report.ordinal,)
    nums = "-".join(ordinal(o) for o in ords if o) if report.type == "periodic" else ""
    words = " ".join(w for w in (nums, report.type or "", "report", report.symbol or "") if w)
    return words


def render_text(review: Review) -> str:
    """The readable summary printed by ``treatyscope analyze``."""
    out = [headline(review.metadata), f"source: {review.source.origin} "
           f"({review.source.format}, {review.source.language or '?'}, "
           f"{review.source.length:,} characters)", ""]
    out += [*_participants(review), "", *_sections(review), "", *_counts(review)]
    if review.notices:
        out += ["", "Notices:"] + [f"  {n.code} {n.message}" for n in review.notices]
    return "\n".join(out) + "\n"


def _participants(review: Review) -> list[str]:
    turns = Counter(t.participant for t in review.turns)
    lines = [f"Participants ({len(review.participants)}):"]
    for p in review.participants:
        roles = ", ".join(p.roles) or "no role"
        head = "  [head of delegation]" if p.head_of_delegation else ""
        title = f" — {p.title}" if p.title else ""
        lines.append(f"  {p.id:4} {p.label}  [{p.side}; {roles}]{title}{head}  "
                     f"turns: {turns.get(p.id, 0)}")
    return lines


def _sections(review: Review) -> list[str]:
    lines = [f"Sections ({len(review.sections)}):"]
    for s in review.sections:
        heading = s.heading_span.slice(review.text) if s.heading_span else ""
        lines.append(f"  {s.kind:18} {len(s.span):7,} chars  {heading}")
    return lines


def _counts(review: Review) -> list[str]:
    status = Counter(a.status for a in review.answers)
    lines = [
        f"Turns: {len(review.turns)}   Sentences: {len(review.sentences)}   "
        f"Questions: {len(review.questions)}   Claims: {len(review.claims)}   "
        f"Conflicts: {len(review.conflicts)}   Commitments: {len(review.commitments)}"
    ]
    if review.answers:
        lines.append("Answers: " + ", ".join(f"{k} {status.get(k, 0)}"
                                             for k in ("answered", "partial", "not_answered")))
        unanswered = [a.question for a in review.answers if a.status == "not_answered"]
        by_id = {q.id: q for q in review.questions}
        if unanswered:
            lines.append("Unanswered questions:")
            for qid in unanswered:
                q = by_id.get(qid)
                if q:
                    who = review.participant(q.asker)
                    lines.append(f"  {qid:5} ({who.label if who else '?'}) {q.text}")
    return lines
