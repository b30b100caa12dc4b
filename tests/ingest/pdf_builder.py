"""Build PDFs for the tests with fpdf2 (a test dependency): pages, running headers, gaps.

fpdf2 needs a Unicode TrueType font for text beyond Latin-1; DejaVu Sans is used when the
system has it, otherwise Helvetica with the text reduced to Latin-1 (see :func:`printable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

fpdf = pytest.importorskip("fpdf")

FONT_DIR = Path("/usr/share/fonts")
DEJAVU = next(iter(sorted(FONT_DIR.rglob("DejaVuSans.ttf"))), None) if FONT_DIR.is_dir() else None
#: Typographic characters that Latin-1 lacks, with the plain ones used instead.
_PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def printable(text: str) -> str:
    """``text`` as the test font can print it (unchanged with DejaVu; else Latin-1 only)."""
    if DEJAVU is not None:
        return text
    return text.translate(_PLAIN).encode("latin-1", "ignore").decode("latin-1")


#: The first page's foot block (a summary record's correction notice) starts this far above
#: the bottom edge, in mm, and is printed in this smaller type, as in UN records.
FOOT_BLOCK_TOP = -60.0
FOOT_BLOCK_SIZE = 8


class _Document(fpdf.FPDF):  # type: ignore[misc]
    running_header: str | None = None
    running_footer: str | None = None
    first_page_foot: Sequence[str] = ()
    font_name = "helvetica"

    def header(self) -> None:
        if self.running_header:
            self.set_font(self.font_name, size=9)
            self.cell(0, 6, self.running_header, align="R")
            self.ln(10)

    def footer(self) -> None:
        if self.page_no() == 1 and self.first_page_foot:
            self.set_y(FOOT_BLOCK_TOP)
            self.set_font(self.font_name, size=FOOT_BLOCK_SIZE)
            for line in self.first_page_foot:
                self.cell(0, 3.5, printable(line), new_x="LMARGIN", new_y="NEXT")
        if self.running_footer:
            self.set_y(-15)
            self.set_font(self.font_name, size=9)
            self.cell(0, 6, self.running_footer.format(page=self.page_no()), align="C")


def build_pdf(
    paragraphs: Sequence[str],
    *,
    header: str | None = None,
    footer: str | None = None,
    gap: float = 4.0,
    line_height: float = 5.0,
    owner_password: str | None = None,
    user_password: str | None = None,
    first_page: Sequence[str] = (),
    first_page_foot: Sequence[str] = (),
) -> bytes:
    """A PDF whose paragraphs wrap across lines and pages.

    header/footer: running lines on every page ("{page}" in the footer is the page number).
    gap: extra vertical space after each paragraph, in mm.
    first_page: short masthead lines printed before the paragraphs, one per line.
    first_page_foot: lines printed in small type at the foot of the first page (the body
    stops above them), one per line.
    """
    doc = _Document(format="A4")
    if DEJAVU is not None:
        doc.add_font("DejaVu", fname=str(DEJAVU))
        doc.font_name = "DejaVu"
    doc.running_header = header
    doc.running_footer = footer
    doc.first_page_foot = first_page_foot
    if first_page_foot:
        doc.set_auto_page_break(True, margin=-FOOT_BLOCK_TOP + 5)
    if owner_password is not None:
        doc.set_encryption(owner_password=owner_password, user_password=user_password)
    doc.add_page()
    doc.set_font(doc.font_name, size=11)
    for line in first_page:
        doc.cell(0, line_height + 2, printable(line), new_x="LMARGIN", new_y="NEXT")
    doc.ln(line_height)
    for paragraph in paragraphs:
        doc.multi_cell(0, line_height, printable(paragraph), new_x="LMARGIN", new_y="NEXT")
        doc.ln(gap)
    return bytes(doc.output())


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages hold only a drawing, no text (what a scan looks like to pypdf)."""
    doc = _Document(format="A4")
    for _ in range(pages):
        doc.add_page()
        doc.rect(20, 20, 100, 60)
    return bytes(doc.output())
