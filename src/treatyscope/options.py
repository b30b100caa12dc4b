"""AnalyzeOptions: every setting of an analysis, resolved and validated once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from treatyscope.errors import OptionsError

#: Largest input accepted, in bytes.  The longest real summary records are about 150 KB of
#: text and 1 MB as PDF; 20 MB leaves room for saved pages with inline assets.
MAX_INPUT_BYTES = 20 * 1024 * 1024
#: URL fetches: seconds before giving up, and redirects followed.
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5

Fetcher = Callable[[str, "AnalyzeOptions"], tuple[bytes, str, str]]
"""A fetch seam: ``(url, options) -> (body, content_type, final_url)``."""


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """Settings of :func:`treatyscope.analyze`; keyword-only, validated at construction.

    max_bytes (int): inputs larger than this raise InputTooLarge.
    fetch_timeout (float): seconds allowed for a URL fetch.
    max_redirects (int): redirects followed when fetching a URL.
    fetcher (Fetcher | None): replaces the HTTP client (tests use canned responses).
    stages (tuple[str, ...] | None): run only these pipeline stages (and what they need).
    document_year (int | None): year relative expressions resolve against, when the text
        states none.
    """

    max_bytes: int = MAX_INPUT_BYTES
    fetch_timeout: float = FETCH_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    fetcher: Fetcher | None = None
    stages: tuple[str, ...] | None = None
    document_year: int | None = None

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise OptionsError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.fetch_timeout <= 0:
            raise OptionsError(f"fetch_timeout must be positive, got {self.fetch_timeout}")
        if self.max_redirects < 0:
            raise OptionsError(f"max_redirects must be >= 0, got {self.max_redirects}")
        if self.document_year is not None and not 1945 <= self.document_year <= 2100:
            raise OptionsError(f"document_year out of range: {self.document_year}")
