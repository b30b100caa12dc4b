"""PDF text extraction (summary records).  The seam is here; formats come in their own issue."""

from __future__ import annotations

from treatyscope.errors import UnsupportedFormat


def pdf_to_text(data: bytes) -> str:
    """Extract the text of a PDF."""
    raise UnsupportedFormat("PDF input is not supported yet; save the text of the record instead")
