"""The answer keys of the hand-written dialogues (quality/dialogues) resolve in their texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

DIALOGUES = sorted((ROOT / "quality" / "dialogues").glob("**/*.txt"))


def test_there_are_dialogues() -> None:
    assert len(DIALOGUES) >= 9
    assert sum(p.parent.name == "held-out" for p in DIALOGUES) >= 2


@pytest.mark.parametrize("path", DIALOGUES, ids=lambda p: p.stem)
def test_every_key_substring_is_in_the_text(path: Path) -> None:
    """A question repeated in the lede may occur twice; the scorer maps its first occurrence
    to the tool question that holds both mentions."""
    text = path.read_text(encoding="utf-8")
    key = json.loads(path.with_suffix(".key.json").read_text(encoding="utf-8"))
    for item in key:
        assert item["status"] in {"answered", "partial", "not_answered"}
        assert item["q"] in text, item["q"]
        assert (item["status"] == "not_answered") == (not item["answers"]), item["q"]
        for answer in item["answers"]:
            assert answer in text, answer
