"""Quality gate: the shared scorer on the shared references must stay at or above the floors
pinned in quality/floors.json.  Floors are only ever raised (scripts/raise_floors.py)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT, needs_shared

FLOORS = ROOT / "quality" / "floors.json"
#: Scores are deterministic; the margin only absorbs float noise in averaging.
EPSILON = 1e-6


def load_eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_shared", ROOT / "scripts" / "eval_shared.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    table, failed = load_eval_module().measure(tmp_path_factory.mktemp("records"))
    assert not failed, f"analyze failed on: {failed}"
    return table  # type: ignore[no-any-return]


def floor_items() -> list[tuple[str, str, float]]:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [(col, metric, value) for col, metrics in floors["floors"].items()
            for metric, value in metrics.items()]


@needs_shared
@pytest.mark.parametrize(("column", "metric", "floor"), floor_items())
def test_metric_is_at_or_above_its_floor(
    measured: dict[str, dict[str, float]], column: str, metric: str, floor: float
) -> None:
    value = measured[column].get(metric)
    assert value is not None, f"{column}/{metric} was not measured"
    assert value >= floor - EPSILON, f"{column}/{metric} = {value:.3f} is below its floor {floor:.3f}"


def test_floors_file_is_well_formed() -> None:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(data["floors"]) <= {"sample", "all", "en-press", "summary-record", "fr", "dialogues",
                                  "held-out"}
    for metrics in data["floors"].values():
        assert all(0.0 <= v <= 1.0 for v in metrics.values())
