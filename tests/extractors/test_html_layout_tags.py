"""Pages saved with their markup: every paragraph, list item and heading inside tags, often on
one line. Layout tags part the lines they stand for and inline tags go, so that field blocks,
lists and reference lists read as they would as text; tables and emphasis keep their tags. A
tag is what HTML writes now (lower-case name, attributes with values): a wire story's tickers
and a mail's ``<big grin>`` are no tags. Invented examples, with near-misses."""

import pytest

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select


def facts(text, relations=None):
    found = Extraction(select(relations)).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_field_block_with_each_field_in_a_paragraph():
    text = (
        "<html><body><h1>Player profile</h1>\n"
        "<p>Full name <b>Walter Henry Ashby</b></p>\n"
        '<p>Born <span class="d">June 2, 1871</span>, Leeds, Yorkshire</p>\n'
        "<p>Died March 30, 1938, Harrogate (aged 66)</p>\n"
        "<p>Batting style Right-hand bat</p></body></html>"
    )
    assert facts(text, ["birth_date", "death_date"]) == [
        ("birth_date", "Walter Henry Ashby", "1871-06-02"),
        ("death_date", "Walter Henry Ashby", "1938-03-30"),
    ]


def test_a_list_of_regions_and_capitals_on_one_line_of_items():
    text = (
        "<h2>Regions of the country</h2><p>Region — capital</p><ul>"
        "<li>Bavaria — Munich</li><li>Saxony — Dresden</li><li>Hesse — Wiesbaden</li></ul>"
    )
    assert facts(text, ["capital"]) == [
        ("capital", "Bavaria", "Munich"),
        ("capital", "Hesse", "Wiesbaden"),
        ("capital", "Saxony", "Dresden"),
    ]


def test_a_reference_list_in_list_items():
    text = (
        "<h2>References</h2>\n<ol>"
        "<li>Okafor, N., &amp; Lind, P. (2017). Seasonal drift in river sediment counts. "
        "<i>Journal of Hydrology</i>, 12(3), 44–59.</li>"
        "<li>Brandt, K. (2020). Measuring silt with cheap sensors. <i>Water Research</i>, "
        "8, 1–9.</li></ol>"
    )
    assert facts(text, ["paper_title"]) == [
        ("paper_title", "Brandt", "Measuring silt with cheap sensors"),
        ("paper_title", "Okafor", "Seasonal drift in river sediment counts"),
    ]


def test_offsets_point_into_the_marked_up_text():
    text = "<div><p>Born: <b>3 May 1950</b></p></div>\n<p>Name: Ines Varga</p>"
    view = decoded_view(text)
    assert view is not None
    assert view.text == "Born: **3 May 1950**\nName: Ines Varga"  # emphasis as Markdown writes it
    at = view.text.index("Name")
    assert text[view.original(at) :].startswith("Name: Ines")


def test_a_paragraph_inside_a_table_cell_stays_in_its_cell():
    view = decoded_view("<table><tr><td><p>Lima</p></td><td>Peru</td></tr></table>")
    assert view is not None
    # (the row on a line of its own: a table's rows are its lines)
    assert view.text == "<table>\n<tr><td>Lima</td><td>Peru</td></tr></table>"


@pytest.mark.parametrize(
    "text",
    [
        # a wire story's company and ticker in angle brackets
        "Conoco Inc, a subsidiary of duPont <DD>, said it raised prices; <Mark Resources Inc>",
        # a mail's aside
        "Sunny all week, 20% chance of rain on friday... <big grin, bugs in teeth>",
        # an old page's upper-case tags and a comparison
        "<P>Old markup</P> and if a <p and b > c then",
    ],
)
def test_near_misses_angle_brackets_that_are_no_tags(text):
    assert decoded_view(text) is None


def test_a_field_block_whose_labels_and_name_are_in_bold():
    markdown = (
        "**Full name:** Walter Henry Ashby\n**Born:** June 2, 1871, Leeds\n"
        "**Died:** March 30, 1938, Harrogate\n"
    )
    expected = [
        ("birth_date", "Walter Henry Ashby", "1871-06-02"),
        ("death_date", "Walter Henry Ashby", "1938-03-30"),
    ]
    assert facts(markdown, ["birth_date", "death_date"]) == expected
    html = markdown.replace("**Full", "<b>Full").replace(":**", ":</b>").replace("**", "<b>")
    assert facts(html, ["birth_date", "death_date"]) == expected


def test_a_plain_view_keeps_the_lines_near_a_matching_line():
    import re

    from extractors import layout

    text = "Name **Ada Roe**\nBorn 1 May 1900\nline three\nline four\nline five\nx **far**"
    keep = re.compile("Born")
    # without near, only a changed line that matches stays: none here
    assert layout.plain_view(text, keep) is None
    view = layout.plain_view(text, keep, near=3)
    assert view is not None and len(view) == len(text)
    lines = view.split("\n")
    assert lines[0].split() == ["Name", "Ada", "Roe"] and lines[1] == "Born 1 May 1900"
    assert lines[5].strip() == ""  # four lines away: blanked


PRETTY_PRINTED_PUBLICATIONS = """<div class="panel-body">
    <p style="margin-top: 1px;">
        <b>
        <a href="https://example.org/herons.pdf" target="_blank">
        Counting Herons from Orbit
        </a>
        </b>
    </p>
    <p style="margin-top: 0;">
        <a href="https://example.org/~brandt"><b>Tomas Brandt</b></a>
        , Lena Okafor, Paul Quill
        <br/>
        In <i>Symposium on Wetland Birds (SWB 2019)</i>.
    </p>
    <hr/>
    <p style="margin-top: 1px;">
        <b>
        <a href="https://example.org/radar.pdf">Wetland Mapping with Radar</a>
        </b>
    </p>
    <p style="margin-top: 0;">
        Paul Quill*, Tomas Brandt*
        <br/>
        In <i>Workshop on Pond and Marsh Surveys (WPMS 2018)</i>.
    </p>
    <hr/>
</div>"""


def test_a_pages_source_is_read_as_the_page_shows_it():
    # the source's line breaks are its writer's: each paragraph is one line on the page
    assert facts(PRETTY_PRINTED_PUBLICATIONS, ["paper_title"]) == [
        ("paper_title", "Brandt", "Counting Herons from Orbit"),
        ("paper_title", "Quill", "Wetland Mapping with Radar"),
    ]
    view = decoded_view(PRETTY_PRINTED_PUBLICATIONS)
    assert "<b>Tomas Brandt</b> , Lena Okafor, Paul Quill\nIn <i>" in view.text


def test_a_sentence_wrapped_in_a_pages_source():
    text = (
        "<html>\n<body>\n  <p>\n    Tomas Brandt was born on\n    3 May 1950 in Aarhus.\n  </p>\n"
        "</body>\n</html>"
    )
    assert facts(text, ["birth_date"]) == [("birth_date", "Tomas Brandt", "1950-05-03")]


def test_near_miss_markdown_with_line_breaks_in_tags_keeps_its_lines():
    # "<br>" closing Markdown lines is no page source: the lines stay as written
    text = (
        "### Navigation\n"
        "* **Counting Herons from Orbit** <br>\n"
        "*Tomas Brandt, Lena Okafor* <br>\n"
        "ICML, 2019. [[Paper]](https://example.org/herons)\n\n"
        "* **Wetland Mapping with Radar** <br>\n"
        "*Paul Quill, Tomas Brandt* <br>\n"
        "NeurIPS, 2018. [[Paper]](https://example.org/radar)\n"
    )
    view = decoded_view(text)
    assert view is None or view.text.count("\n") == text.count("\n")
    assert facts(text, ["paper_title"]) == [
        ("paper_title", "Brandt", "Counting Herons from Orbit"),
        ("paper_title", "Quill", "Wetland Mapping with Radar"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a minified infobox: the name in a row of its own
        '<table class="infobox"><tr><th>Name</th><td>Ingrid Halvorsen</td></tr><tr><th>Born'
        "</th><td>3 May 1921</td></tr><tr><th>Died</th><td>14 February 2003</td></tr></table>",
        # ... or in the table's caption, a place under the date
        "<table><caption>Ingrid Halvorsen</caption><tr><th>Born</th><td>3 May 1921<br>Bergen"
        "</td></tr><tr><th>Died</th><td>14 February 2003 (aged 81)</td></tr></table>",
        # ... or in the heading above the table
        "<h1>Ingrid Halvorsen</h1><table><tr><th>Born</th><td>3 May 1921</td></tr><tr><th>Died"
        "</th><td>14 February 2003</td></tr></table>",
    ],
)
def test_a_tables_rows_on_one_line_read_as_its_fields(text):
    assert facts(text, ["birth_date", "death_date"]) == [
        ("birth_date", "Ingrid Halvorsen", "1921-05-03"),
        ("death_date", "Ingrid Halvorsen", "2003-02-14"),
    ]


def test_near_miss_a_row_that_opens_its_line_gets_no_second_break():
    text = "<table>\n<tr><th>Born</th><td>3 May 1921</td></tr>\n</table>"
    view = decoded_view(text)
    assert view is None or view.text.count("\n") == text.count("\n")


def test_a_list_item_wrapped_in_markdown_with_markup_is_one_line():
    # (a Markdown link elsewhere: the page is no HTML source, whose white space would all run)
    text = (
        "A list of my favourite books is [here](https://example.org/books).\n"
        "<ol>\n"
        '  <li>"Sediment Plumes and Spring Floods in the Northern Valleys of the\n'
        '  Coast" by Ben Moe</li>\n'
        '  <li>"Winter Roosts" by Kari Lund</li>\n'
        "</ol>\n"
    )
    lines = decoded_view(text).text.splitlines()
    assert any(
        '"Sediment Plumes and Spring Floods in the Northern Valleys of the Coast" by Ben Moe'
        in line
        for line in lines
    )


def test_near_miss_list_items_on_lines_of_their_own_keep_their_lines():
    text = (
        "See [here](https://example.org/books).\n"
        "<ul>\n"
        '  <li>"Winter Roosts" by Kari Lund</li>\n'
        '  <li>"Sediment Plumes" by Ben Moe</li>\n'
        "</ul>\n"
    )
    lines = [line.strip() for line in decoded_view(text).text.splitlines() if line.strip()]
    assert '"Winter Roosts" by Kari Lund' in lines
    assert '"Sediment Plumes" by Ben Moe' in lines


def test_a_markdown_item_wrapped_at_its_content_column_is_one_line():
    text = (
        "## Resources\n"
        "* [*Sediment Plumes and Spring Floods in the Northern Valleys of\n"
        "  the Coast*](https://example.org/plumes) (**Ben Moe**)\n"
        "* [*Winter Roosts of the Grey Heron in Coastal\n"
        "  Wetlands*](https://example.org/roosts) (**Kari Lund**)\n"
        "* [*Tidal Mixing in the Shallow Fjords of the Western Coast and\n"
        "  Beyond*](https://example.org/tides) (**Ingrid Halvorsen**)\n"
    )
    lines = decoded_view(text).text.splitlines()
    assert (
        "* [*Sediment Plumes and Spring Floods in the Northern Valleys of the Coast*]"
        "(https://example.org/plumes) (**Ben Moe**)"
    ) in lines


@pytest.mark.parametrize(
    "text",
    [
        # a break the writer asked for: a backslash at the line's end
        "1. Sediment Plumes and Spring Floods in the Northern Valleys of the Coast\\\n"
        "   **Ben Moe**, Kari Lund, Ingrid Halvorsen, Per Brandt, Ole Vik, Anna Lie\\\n"
        "   University of Bergen\n",
        # a record's fields, one a line
        "- authors: Moe B, Lund K, Halvorsen I, Brandt P, Vik O and Lie A\n"
        "  title: Sediment Plumes and Spring Floods in the Northern Valleys\n",
        # an item's own short second line
        "- [Winter Roosts](https://example.org/roosts)\n"
        "  Kari Lund\n"
        "- Sediment Plumes and Spring Floods in the Northern Valleys of the West\n",
    ],
)
def test_near_miss_markdown_item_lines_that_are_no_wrap_keep_their_lines(text):
    view = decoded_view(text)
    assert view is None or view.text.count("\n") == text.count("\n")
