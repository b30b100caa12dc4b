"""Memo caches keyed on document text, and one switch to empty them all.

Stages memoise work per sentence or per text (speaker cues found by the participants stage
and read again by the turns stage; question analyses shared by the questions and answers
stages).  Such caches also make a *second* analysis of the same document faster, which
would flatter a benchmark that analyzes one document repeatedly: the benchmark calls
:func:`clear_text_caches` before every timed run.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHED: list[Any] = []


def text_cache(maxsize: int = 4096) -> Callable[[F], F]:
    """Like ``functools.lru_cache``, for functions of document text; clearable as a group."""

    def wrap(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        _CACHED.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_text_caches() -> None:
    """Forget every memoised result that depends on a document's text."""
    for cached in _CACHED:
        cached.cache_clear()
