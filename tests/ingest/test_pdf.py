"""PDF input: page furniture, paragraphs on one line, hyphenation, and the error paths."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdf_builder import blank_pdf, build_pdf

import treatyscope
from treatyscope.cli import cli
from treatyscope.errors import MalformedDocument
from treatyscope.ingest.pdf import (
    PdfLine,
    ends_sentence,
    join_lines,
    keep_hyphen,
    mark_gaps,
    notice_block,
    pdf_to_text,
    remove_furniture,
)

SYMBOL = "CMW/C/SR.519"

PARAGRAPHS = [
    "At the invitation of the Chair, the delegation of the Philippines joined the meeting. "
    "The delegation consisted of officials from the Department of Migrant Workers, the Department "
    "of Foreign Affairs and the Permanent Mission of the Philippines to the United Nations Office.",
    "Ms. Ople (Philippines), introducing the third periodic report of her country, said that the "
    "Government had established a new department dedicated to the welfare of migrant workers and "
    "their families, which brought together the functions of seven former agencies and offices.",
    "Mr. Politi (Country Rapporteur) asked whether the new department had sufficient resources "
    "and staff to assist the more than ten million Filipinos who lived and worked abroad, and how "
    "many cases of abuse against domestic workers had been reported in the previous two years.",
    "2. The Chair said that the Committee would resume its consideration of the report at the "
    "next meeting, after the delegation had had time to prepare its replies to the questions.",
]


WORDS = (
    "committee", "delegation", "report", "law", "migrant", "workers", "children", "families",
    "rights", "protection", "measures", "information", "government", "ministry", "programme",
    "policy", "support", "access", "services", "consular", "training", "labour", "employment",
    "return", "reintegration", "trafficking", "victims", "justice", "legislation", "strategy",
    "budget", "data", "statistics", "courts", "remittances", "abroad", "recruitment",
    "agencies", "inspections", "complaints", "women", "girls", "education", "health", "housing",
    "social", "security", "pensions",
)


def prose(paragraphs: int, seed: int = 7) -> list[str]:
    """Distinct paragraphs of made-up sentences (no two page edges look alike)."""
    rng = random.Random(seed)

    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        return " ".join(words).capitalize() + "."

    return [" ".join(sentence() for _ in range(rng.randint(3, 6))) for _ in range(paragraphs)]


def _paragraph_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def assert_paragraphs(text: str, paragraphs: list[str]) -> None:
    """Every paragraph starts a line, the words run on unchanged, and a line breaks inside
    a paragraph only after a sentence (the splitter would end the sentence there anyway)."""
    lines = _paragraph_lines(text)
    assert " ".join(lines) == " ".join(paragraphs)
    starts = {p[:40] for p in paragraphs}
    assert starts <= {line[:40] for line in lines}
    for before in lines[:-1]:
        assert before.endswith((".", "?", "!")), before[-60:]


# -- whole documents -------------------------------------------------------------------------


def test_paragraphs_come_out_one_per_line() -> None:
    text = pdf_to_text(build_pdf(PARAGRAPHS))
    assert _paragraph_lines(text) == PARAGRAPHS


def test_running_headers_page_numbers_and_job_numbers_are_removed() -> None:
    paragraphs = prose(40)
    data = build_pdf(paragraphs, header=SYMBOL, footer="GE.23-05812    {page}")
    text = pdf_to_text(data)
    assert SYMBOL not in text
    assert "GE.23" not in text
    assert_paragraphs(text, paragraphs)  # nothing glued to a paragraph, nothing lost


def test_plain_page_numbers_are_removed_and_paragraphs_run_on_across_pages() -> None:
    paragraphs = [" ".join(prose(12, seed=3)), *prose(2, seed=4)]  # the first spans pages
    text = pdf_to_text(build_pdf(paragraphs, footer="{page}"))
    assert_paragraphs(text, paragraphs)


def test_the_first_page_keeps_its_masthead_symbol() -> None:
    masthead = ["United Nations", SYMBOL, "Distr.: General", "Summary record of the 519th meeting"]
    paragraphs = prose(40)
    with_header = build_pdf(paragraphs, header=SYMBOL, footer="{page}", first_page=masthead)
    text = pdf_to_text(with_header)
    assert text.count(SYMBOL) == 1
    assert _paragraph_lines(text)[:4] == masthead
    assert text == pdf_to_text(build_pdf(paragraphs, footer="{page}", first_page=masthead))


#: The correction notice at the foot of a summary record's first page, as UN records print it.
NOTICE_EN = [
    "This record is subject to correction. Corrections should be submitted in one of the working",
    "languages. They should be set forth in a memorandum and also incorporated in a copy of the",
    "record. They should be sent within one week of the date of this document to the Editing Unit.",
    "Any corrections to the records of the public meetings of the Committee at this session will be",
    "consolidated in a single corrigendum, to be issued shortly after the end of the session.",
]
NOTICE_FR = [
    "Le présent compte rendu est sujet à rectifications. Les rectifications doivent être rédigées",
    "dans l'une des langues de travail. Elles doivent être présentées dans un mémorandum.",
]


@pytest.mark.parametrize(
    "notice",
    [
        NOTICE_EN,
        NOTICE_FR,
        ["This record is subject to correction."],
        ["Corrections should be submitted in one of the working languages."],
    ],
    ids=["english", "french", "first-sentence-only", "without-first-sentence"],
)
def test_the_first_page_notice_leaves_the_paragraph_running_on_to_the_next_page(
    notice: list[str],
) -> None:
    paragraphs = [" ".join(prose(12, seed=3)), *prose(2, seed=4)]  # the first spans pages
    data = build_pdf(paragraphs, footer="GE.13-40123    {page}", first_page_foot=notice)
    text = pdf_to_text(data)
    assert text.startswith(notice[0])  # first, as the UN's own text versions have it
    assert_paragraphs(text, [" ".join(notice), *paragraphs])  # nothing glued, nothing lost


def test_a_notice_inside_the_body_stays_in_place() -> None:
    """Older records print the notice as a paragraph of the first page, body below it."""
    body = prose(3)
    page = [PdfLine(NOTICE_EN[0], 800.0), *_page(*body, top=760.0)]
    assert notice_block(page, 14.0) == []
    foot = [*_page(*body), PdfLine(NOTICE_EN[0], 700.0), PdfLine(NOTICE_EN[1], 690.0)]
    assert notice_block(foot, 14.0) == [3, 4]


def test_hyphenation_at_line_ends_is_undone_but_compounds_keep_their_hyphen() -> None:
    text = pdf_to_text(
        build_pdf(
            [
                "The Committee asked about the implemen-\ntation of the law on non-\n"
                "governmental organizations and on the Vice-\nChairperson of the 2021-\n2030 plan."
            ]
        )
    )
    assert text == (
        "The Committee asked about the implementation of the law on non-governmental "
        "organizations and on the Vice-Chairperson of the 2021-2030 plan."
    )


def test_compounds_broken_at_their_hyphen_keep_it_without_another_spelling() -> None:
    text = pdf_to_text(
        build_pdf(
            [
                "The anti-\ndiscrimination bill, the follow-\nup to the low-\nincome and long-\n"
                "term plans, decision-\nmaking and cross-\nborder work were discussed, follow-\n"
                "ing the implemen-\ntation of the plan."
            ]
        )
    )
    assert text == (
        "The anti-discrimination bill, the follow-up to the low-income and long-term plans, "
        "decision-making and cross-border work were discussed, following the implementation "
        "of the plan."
    )


@pytest.mark.parametrize(
    ("left", "following", "vocabulary", "expected"),
    [
        pytest.param("follow", "ing the", set(), False, id="a division ending"),
        pytest.param("short", "age of", set(), False, id="a division ending after a first element"),
        pytest.param("community", "based care", {"gender-based"}, True, id="a second element"),
        pytest.param("community", "based care", set(), False, id="no evidence"),
        pytest.param("entend", "il le", {"a-t-il"}, True, id="a French inversion"),
        pytest.param("sont", "ils informés", set(), True, id="an inversion without evidence"),
        pytest.param("a-t", "il dit", set(), True, id="a-t-il"),
        pytest.param("vingt", "cinq districts", set(), True, id="a French compound number"),
        pytest.param("gouverne", "ment", set(), False, id="a French division"),
        pytest.param("low", "income", {"lowincome"}, False, id="the document's spelling first"),
    ],
)
def test_keep_hyphen_weighs_the_evidence_of_a_compound(
    left: str, following: str, vocabulary: set[str], expected: bool
) -> None:
    assert keep_hyphen(left, following, vocabulary) is expected


def test_a_hyphenated_spelling_used_elsewhere_in_the_document_is_kept() -> None:
    text = pdf_to_text(build_pdf(["The long-term plan had a follow-\nup plan.", "A follow-up."]))
    assert "follow-up plan" in text


def test_speakers_and_numbered_paragraphs_start_new_lines_but_abbreviations_do_not() -> None:
    text = pdf_to_text(
        build_pdf(
            [
                "The delegation replied to the questions.\nMr.\nPoliti (Country Rapporteur) "
                "thanked the delegation.\n2. The Chair closed the meeting at 1 p.m.\nMonday "
                "was the next meeting day."
            ],
            gap=0,
        )
    )
    assert _paragraph_lines(text) == [
        "The delegation replied to the questions.",
        "Mr. Politi (Country Rapporteur) thanked the delegation.",
        "2. The Chair closed the meeting at 1 p.m. Monday was the next meeting day.",
    ]


def _unpunctuated(seed: int) -> str:
    """Three lines' worth of words with no full stop and no capital."""
    return " ".join(p.lower().replace(".", "") for p in prose(1, seed=seed))[:250].strip()


def test_a_wide_vertical_gap_breaks_a_paragraph_even_without_a_full_stop() -> None:
    first, second = _unpunctuated(5), _unpunctuated(6)
    text = pdf_to_text(build_pdf([first, second], gap=8))
    assert _paragraph_lines(text) == [first, second]


def test_without_a_gap_the_same_lines_run_on() -> None:
    first, second = _unpunctuated(5), _unpunctuated(6)
    text = pdf_to_text(build_pdf([f"{first}\n{second}"], gap=0))
    assert _paragraph_lines(text) == [f"{first} {second}"]


def test_analyze_reads_pdf_bytes() -> None:
    review = treatyscope.analyze(build_pdf(PARAGRAPHS))
    assert review.source.media_type == "application/pdf"
    assert review.text.split("\n") == PARAGRAPHS


# -- errors ------------------------------------------------------------------------------------


def test_a_pdf_with_a_user_password_is_refused() -> None:
    data = build_pdf(PARAGRAPHS, owner_password="owner", user_password="secret")
    with pytest.raises(MalformedDocument, match="encrypted"):
        pdf_to_text(data)


def test_a_pdf_encrypted_only_with_an_owner_password_is_read() -> None:
    data = build_pdf(PARAGRAPHS, owner_password="owner")
    assert _paragraph_lines(pdf_to_text(data)) == PARAGRAPHS


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.7\n" + b"garbage " * 100, id="garbage"),
        pytest.param(None, id="truncated"),
    ],
)
def test_a_broken_pdf_raises_malformed_document(data: bytes | None) -> None:
    if data is None:
        whole = build_pdf(PARAGRAPHS)
        data = whole[: len(whole) // 2]
    with pytest.raises(MalformedDocument, match="cannot be read"):
        pdf_to_text(data)


def test_a_pdf_without_text_says_ocr_is_not_supported() -> None:
    with pytest.raises(MalformedDocument, match="OCR is not supported"):
        pdf_to_text(blank_pdf(pages=2))


def test_the_cli_exits_with_the_malformed_status(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == MalformedDocument.exit_status


# -- the steps alone ---------------------------------------------------------------------------


def _page(*texts: str, top: float = 800.0, step: float = 14.0) -> list[PdfLine]:
    return [PdfLine(text, top - i * step) for i, text in enumerate(texts)]


def test_remove_furniture_needs_a_line_to_recur_on_most_pages() -> None:
    bodies = [prose(6, seed=n) for n in range(4)]
    pages = [_page("Header", *body, str(n)) for n, body in enumerate(bodies, start=1)]
    pages[2][0] = PdfLine("A heading only here", 800.0)
    kept = remove_furniture(pages)
    assert [line.text for line in kept[0]] == bodies[0]
    assert [line.text for line in kept[2]] == ["A heading only here", *bodies[2]]


def test_remove_furniture_without_positions_uses_reading_order() -> None:
    texts = prose(3)
    pages = [[PdfLine("CMW/C/SR.1"), PdfLine(t), PdfLine(f"- {n} -")] for n, t in enumerate(texts)]
    assert [[line.text for line in page] for page in remove_furniture(pages)] == [[t] for t in texts]


def test_mark_gaps_flags_wide_steps_and_moves_up_the_page() -> None:
    page = [PdfLine("a", 800), PdfLine("b", 786), PdfLine("c", 772), PdfLine("d", 740), PdfLine("e", 790)]
    assert [line.gap_before for line in mark_gaps(page)] == [False, False, False, True, True]


def test_join_lines_with_a_blank_line_keeps_the_break() -> None:
    lines = [PdfLine("first part"), PdfLine("second part", gap_before=True), PdfLine("goes on")]
    assert join_lines(lines) == "first part\nsecond part goes on"


@pytest.mark.parametrize(
    ("text", "following", "expected"),
    [
        ("the law was adopted.", "The", True),
        ("what was done?", "How", True),
        ("introduced by Mr.", "Politi", False),
        ("the report of J.", "Smith", False),
        ("at 3 p.m.", "The", True),
        ("at 3 p.m.", "Monday", False),
        ("the said “blacklist”.", "It", True),
        ("the State party", "The", False),
    ],
)
def test_ends_sentence(text: str, following: str, expected: bool) -> None:
    assert ends_sentence(text, following) is expected


def test_keep_hyphen_prefers_the_documents_own_spelling() -> None:
    assert keep_hyphen("implemen", "tation of", set()) is False
    assert keep_hyphen("twenty", "first session", set()) is True
    assert keep_hyphen("co", "operation", {"cooperation"}) is False
    assert keep_hyphen("co", "operation", {"co-operation"}) is True


@pytest.mark.parametrize(
    "line",
    ["3", "Page 3", "3/11", "- 3 -", "xii", "GE.23-05812 (E) 030423 040423", "GE.23-05812  3", "*2305812*"],
)
def test_page_furniture_is_removed_even_on_a_single_page(line: str) -> None:
    body = prose(4)
    page = _page(line, *body, line)
    assert [kept.text for kept in remove_furniture([page])[0]] == body


def test_a_single_page_keeps_its_symbol_and_lines_like_civil() -> None:
    body = ["CMW/C/SR.519", *prose(4), "civil"]
    assert [kept.text for kept in remove_furniture([_page(*body)])[0]] == body


def test_soft_hyphens_always_go() -> None:
    lines = [PdfLine("the co\u00ad"), PdfLine("operation of the State par\u00adty")]
    assert join_lines(lines) == "the cooperation of the State party"
