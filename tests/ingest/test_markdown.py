"""Markdown notes: the rendered text is the source; the release reads as it would pasted plain."""

from __future__ import annotations

from pathlib import Path

import pytest

import treatyscope
from treatyscope.ingest import load
from treatyscope.ingest.markdown import looks_like_markdown, markdown_to_text
from treatyscope.options import AnalyzeOptions

NOTE = """---
title: CESCR review of Tajikistan
tags: [cescr]
---

# Experts of the Committee on Economic, Social and Cultural Rights Commend Tajikistan

*Meeting Summaries, 6 October 2022*

The Committee on Economic, Social and Cultural Rights today concluded its consideration of the fourth periodic report of Tajikistan.

The delegation of Tajikistan consisted of representatives of:
- the Ministry of Labour, Migration and Employment;
- the Ministry of Health and Social Protection; and
- the Permanent Mission of Tajikistan to the United Nations Office at Geneva.

Meeting summary releases can be found [here](https://www.ungeneva.org/en/news-media/meeting-summary).

## Presentation of Report

**DAVLAT SHARIPOV**, First Deputy Minister of Labour and head of delegation, said that the poverty rate had fallen to 22.5 per cent in 2021.

## Questions by Committee Experts

**ZHANNA PETROSYAN**, Committee Expert and Country Rapporteur, said that remittances were high. What social protection did migrant workers receive while abroad?

## Responses by the Delegation

> The delegation said that migrant workers abroad were covered by bilateral social security agreements with the Russian Federation.
"""


def test_markdown_renders_to_the_text_it_says() -> None:
    text = markdown_to_text(NOTE)
    assert text.lstrip().startswith("Experts of")
    assert "**" not in text and "](" not in text and "\n>" not in text and "title:" not in text
    assert "\nPresentation of Report\n" in text
    assert "can be found here." in text
    assert "- the Ministry of Health" in text  # list bullets stay: later stages read them


def test_a_markdown_note_gives_the_record_its_plain_paste_gives(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    review = treatyscope.analyze(path)
    assert review.source.media_type == "text/markdown"
    kinds = [s.kind for s in review.sections]
    assert {"presentation", "questions", "responses"} <= set(kinds)
    roles = {p.label: (p.side, p.head_of_delegation) for p in review.participants}
    assert roles["Davlat Sharipov"] == ("state", True)
    assert roles["Zhanna Petrosyan"][0] == "committee"
    assert review.metadata.date == "2022-10-06"
    assert list(review.metadata.delegation_composition) == [
        "Ministry of Labour, Migration and Employment", "Ministry of Health and Social Protection",
        "Permanent Mission of Tajikistan to the United Nations Office at Geneva"]
    assert [a.status for a in review.answers] == ["answered"]


@pytest.mark.parametrize(("text", "markdown"), [
    (NOTE, True),
    # a plain release with a "#" or an asterisk is no Markdown
    ("The Committee met.\n# 1 item on the agenda\nThe delegation said 5 * 3 = 15.\n", False),
])
def test_a_string_is_read_as_markdown_only_when_it_looks_like_one(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text) is markdown
    assert (load(text, AnalyzeOptions()).media_type == "text/markdown") is markdown
