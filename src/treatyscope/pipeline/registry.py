"""The stage registry: named stages that declare which review fields they read and write.

A stage is a plain function ``(review, options) -> review`` registered with :func:`stage`.
:func:`check_order` refuses an order in which a stage reads a field no earlier stage
writes, the way spaCy's ``analyze_pipes`` checks ``requires``/``assigns``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from treatyscope.errors import OptionsError
from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions

StageFunc = Callable[[Review, AnalyzeOptions], Review]

#: Fields ingest provides before any stage runs.
INGEST_FIELDS = frozenset({"source.text"})


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered pipeline stage."""

    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Register the decorated function as the pipeline stage ``name``."""

    def register(func: StageFunc) -> StageFunc:
        if name in STAGES:
            raise ValueError(f"stage {name!r} is registered twice")
        STAGES[name] = Stage(name, func, tuple(requires), tuple(assigns))
        return func

    return register


def check_order(names: Iterable[str]) -> list[Stage]:
    """The stages of ``names`` in order; raise OptionsError if one reads an unwritten field."""
    available = set(INGEST_FIELDS)
    out = []
    for name in names:
        if name not in STAGES:
            raise OptionsError(f"unknown stage {name!r}; known: {', '.join(sorted(STAGES))}")
        st = STAGES[name]
        missing = [r for r in st.requires if r not in available]
        if missing:
            raise OptionsError(f"stage {name!r} needs {', '.join(missing)} from an earlier stage")
        available.update(st.assigns)
        out.append(st)
    return out


def run_stages(
    review: Review,
    options: AnalyzeOptions,
    names: Iterable[str],
    timings: dict[str, float] | None = None,
) -> Review:
    """Run the named stages in order; record seconds per stage in ``timings`` if given."""
    for st in check_order(names):
        start = time.perf_counter()
        review = st.func(review, options)
        if timings is not None:
            timings[st.name] = timings.get(st.name, 0.0) + time.perf_counter() - start
    return review
