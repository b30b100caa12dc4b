"""The stage registry checks that each stage's inputs are written by an earlier stage."""

from __future__ import annotations

import pytest

import treatyscope
from treatyscope.errors import OptionsError
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline import DEFAULT_STAGES, STAGES, check_order


def test_default_order_is_valid_and_complete() -> None:
    assert [s.name for s in check_order(DEFAULT_STAGES)] == list(DEFAULT_STAGES)
    assert set(DEFAULT_STAGES) == set(STAGES)


def test_a_stage_before_its_inputs_is_refused() -> None:
    with pytest.raises(OptionsError, match="turns"):
        check_order(["clean", "turns"])


def test_unknown_stage_is_refused() -> None:
    with pytest.raises(OptionsError, match="unknown stage"):
        check_order(["clean", "spellcheck"])


def test_partial_pipeline_runs_only_what_is_asked() -> None:
    review = treatyscope.analyze(
        "The Committee met. A Committee Expert asked about prisons.",
        options=AnalyzeOptions(stages=("clean", "sections", "sentences")),
    )
    assert review.sentences and not review.participants


def test_timings_are_recorded_per_stage() -> None:
    timings: dict[str, float] = {}
    treatyscope.analyze("The Committee met today and adopted its report.", timings=timings)
    assert set(timings) == {"ingest", *DEFAULT_STAGES}
