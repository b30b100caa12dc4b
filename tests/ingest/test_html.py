"""Main-text extraction from saved web pages."""

from __future__ import annotations

import pytest

import treatyscope
from treatyscope.errors import MalformedDocument
from treatyscope.ingest.html import html_to_text, looks_like_html

PAGE = """<!DOCTYPE html><html><head><title>Committee closes</title>
<script>var x = "Questions by Committee Experts";</script></head><body>
<header><a href="#main">Skip to main content</a><nav><ul><li>Home</li><li>News</li></ul></nav></header>
<div class="cookie">We use cookies</div>
<main><article>
<h1>Committee on Migrant Workers reviews Kyrgyzstan</h1>
<p>The Committee today concluded its consideration of the second periodic report of
Kyrgyzstan.</p>
<h2>Questions by Committee Experts</h2>
<p>A Committee Expert asked whether a law was in place? <b>Was it applied</b> in practice?</p>
<h2>Responses by the Delegation</h2>
<p>The delegation said the law had been adopted in 2021.</p>
<ul><li>First point.</li><li>Second point.</li></ul>
</article></main>
<aside>Related news: another story</aside>
<footer>Share: Facebook Twitter</footer>
</body></html>"""


def test_main_text_keeps_headings_and_paragraphs() -> None:
    text = html_to_text(PAGE)
    blocks = text.split("\n\n")
    assert blocks[0] == "Committee on Migrant Workers reviews Kyrgyzstan"
    assert "Questions by Committee Experts" in blocks
    assert "Responses by the Delegation" in blocks
    assert "A Committee Expert asked whether a law was in place? Was it applied in practice?" in blocks
    assert "- First point." in blocks and "- Second point." in blocks  # with their marks


def test_list_items_keep_their_marks_and_questions_listed_after_asked() -> None:
    """A list item is written as Markdown writes it ("- ", "N. "): the questions an expert
    lists after "She asked:" are read by those marks (without them, all were lost), and a
    delegation listed one body an item is its composition."""
    page = ("<html><body><article><h1>Committee on the Rights of the Child reviews Ghana</h1>"
            "<p>The Committee today concluded its consideration of the report of Ghana.</p>"
            "<h2>Questions by Committee Experts</h2><p>ANA LOPEZ, Committee Expert, asked:</p>"
            "<ul><li>Was there a law on child labour?</li><li>How many inspectors were there?"
            "</li></ul><ol><li>One</li><li>Two</li></ol><p>The delegation included "
            "representatives of:</p><ul><li>the Ministry of Health;</li><li>the Ministry of "
            "Justice.</li></ul></article></body></html>")
    text = html_to_text(page)
    assert "\n\n- Was there a law on child labour?\n\n" in text
    assert "\n\n1. One\n\n2. Two" in text
    review = treatyscope.analyze(page.encode())
    assert [q.text for q in review.questions] == [
        "Was there a law on child labour?", "How many inspectors were there?"]
    assert review.metadata.delegation_composition == ("Ministry of Health", "Ministry of Justice")


def test_a_page_wrapped_in_one_form_keeps_its_article() -> None:
    """The old ohchr.org pages wrap the whole page in an ASP.NET form; its controls go."""
    page = PAGE.replace("<body>", '<body><form id="aspnetForm" method="post">'
                        '<input type="hidden" name="__VIEWSTATE" value="x"/>'
                        '<input type="text" value="Search"/><textarea>Type here</textarea>')
    page = page.replace("</body>", "</form></body>")
    text = html_to_text(page)
    assert "The delegation said the law had been adopted in 2021." in text.split("\n\n")
    assert "Search" not in text and "Type here" not in text


def test_chrome_outside_the_article_is_left_out() -> None:
    text = html_to_text(PAGE)
    for chrome in ("Skip to main content", "We use cookies", "Related news", "Facebook", "var x"):
        assert chrome not in text


def test_whitespace_inside_paragraphs_is_collapsed() -> None:
    text = html_to_text(PAGE)
    assert "second periodic report of Kyrgyzstan." in text


def _article(inner: str) -> str:
    """A page whose article holds ``inner`` after a paragraph long enough to be the main text."""
    filler = "<p>" + "The Committee met to consider the report of the State party. " * 4 + "</p>"
    return f"<html><body><article>{filler}{inner}</article></body></html>"


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<br />", "<hr>"])
def test_a_line_break_element_starts_a_new_line(tag: str) -> None:
    inner = f"<div>Human Rights Committee{tag}Seventy-first Session{tag}1904th Meeting</div>"
    blocks = html_to_text(_article(inner)).split("\n\n")
    assert blocks[-1] == "Human Rights Committee\nSeventy-first Session\n1904th Meeting"


def test_a_session_line_after_a_line_break_is_read_as_metadata() -> None:
    inner = (
        "<div>Human Rights Committee<br>Seventy-first Session<br>1904th Meeting (PM)</div>"
        "<p>The Human Rights Committee this afternoon began its consideration of the fourth "
        "periodic report of the Dominican Republic.</p>"
    )
    session = treatyscope.analyze(_article(inner)).metadata.session
    assert session is not None and session.ordinal == 71


def test_a_line_break_inside_an_inline_element_and_a_heading_starts_a_new_line() -> None:
    inner = "<h2>Fourth periodic report<br>of the Dominican Republic</h2><p><b>Title<br> </b>body</p>"
    blocks = html_to_text(_article(inner)).split("\n\n")
    assert blocks[-2:] == ["Fourth periodic report\nof the Dominican Republic", "Title\nbody"]


def test_inline_elements_do_not_break_lines() -> None:
    inner = '<p>The <a href="#">Committee</a> <em>welcomed</em> the re<span>port</span>.</p>'
    assert html_to_text(_article(inner)).split("\n\n")[-1] == "The Committee welcomed the report."


def test_inline_content_beside_a_block_stays_one_paragraph() -> None:
    """An old page's text lies in a <div> or <td> beside a <p>: a bold name or a link in it
    stays in its sentence (probe ag: "Ana Pérez" had been a paragraph of its own)."""
    inner = ('<div><strong>Ana Pérez</strong>, Committee Expert, asked whether training on the '
             '<a href="#">Istanbul Protocol</a> was mandatory.<br><br>She asked about '
             'shelters.<p>The delegation said there were 10 shelters.</p></div>')
    assert html_to_text(_article(inner)).split("\n\n")[-2:] == [
        "Ana Pérez, Committee Expert, asked whether training on the Istanbul Protocol was "
        "mandatory.\nShe asked about shelters.", "The delegation said there were 10 shelters."]


def test_the_longest_article_is_the_main_text() -> None:
    """A sidebar's "Latest news" teasers are <article>s too, and may come first (probe ag)."""
    teaser = "<p>" + "The Council held a dialogue on the right to food with the expert. " * 4 + "</p>"
    review = "<p>" + "The Committee against Torture reviewed the report of Chile today. " * 8 + "</p>"
    text = html_to_text(f"<html><body><div><article>{teaser}</article></div>"
                        f"<article>{review}</article></body></html>")
    assert text.startswith("The Committee against Torture") and "Council" not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!doctype html><html><body>x</body></html>", True),
        ("  <html lang='en'><body><p>x</p></body></html>", True),
        ("<p>A paragraph</p>", True),
        ("The Committee <today> concluded", False),
        ("Plain text summary.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_page_without_text_is_malformed() -> None:
    with pytest.raises(MalformedDocument):
        html_to_text("<html><head><title></title></head><body><script>x()</script></body></html>")


def test_the_date_in_an_articles_own_header_is_kept() -> None:
    """The site's <header> is chrome; the article's <header> holds its headline and date,
    which the metadata reads (probe ag: the date was dropped with it)."""
    page = (
        "<html><head><title>OHCHR | Experts commend Kyrgyzstan</title></head><body>"
        "<header><a href='/'>OHCHR</a><nav><a href='/en'>Home</a></nav></header><main><article>"
        "<header><h1>Experts commend Kyrgyzstan</h1><div class='meta'><time "
        "datetime='2023-04-05'>05 April 2023</time></div><nav>Share</nav></header>"
        "<p>" + "The Committee met to consider the report of Kyrgyzstan. " * 4 + "</p>"
        "</article></main></body></html>")
    blocks = html_to_text(page).split("\n\n")
    assert blocks[:2] == ["Experts commend Kyrgyzstan", "05 April 2023"]
    assert "OHCHR" not in blocks and "Share" not in blocks
    assert treatyscope.analyze(page.encode()).metadata.date == "2023-04-05"


@pytest.mark.parametrize("title", ["OHCHR | Experts commend Kyrgyzstan",
                                   "Experts commend Kyrgyzstan | UN Geneva"])
def test_the_site_name_is_no_part_of_a_title_without_h1(title: str) -> None:
    page = (f"<html><head><title>{title}</title></head><body><article><p>"
            + "The Committee met to consider the report of Kyrgyzstan. " * 4
            + "</p></article></body></html>")
    assert html_to_text(page).split("\n\n")[0] == "Experts commend Kyrgyzstan"
