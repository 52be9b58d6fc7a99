"""Bibliographic records in explicit formats (extractors.records), read through the paper_title
extractor; each format with an invented record and a near-miss."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


HERONS = ("Castellan", "Counting Herons from Low Orbit")


@pytest.mark.parametrize(
    "text",
    [
        # RIS
        "TY  - JOUR\nAU  - Castellan, Mira\nAU  - Brandt, Tomas\n"
        "TI  - Counting Herons from Low Orbit\nPY  - 2019\nER  - \n",
        # refer / EndNote
        "%0 Journal Article\n%A Castellan, Mira\n%T Counting Herons from Low Orbit\n%D 2019\n",
        # CSL-JSON
        '{"type": "article-journal", "title": "Counting Herons from Low Orbit", '
        '"author": [{"family": "Castellan", "given": "Mira"}], "issued": {"date-parts": [[2019]]}}',
        # JSON with author strings
        '{"title": "Counting Herons from Low Orbit", "authors": ["Mira Castellan", "Tomas Brandt"]}',
        # an article page's meta tags
        '<meta name="citation_title" content="Counting Herons from Low Orbit">\n'
        '<meta name="citation_author" content="Castellan, Mira">',
        # a publication list kept as YAML records
        "- title: Counting Herons from Low Orbit\n  authors: Mira Castellan, Tomas Brandt\n"
        "  journal: Wetland Letters\n- title: Reed Beds as Sediment Traps\n"
        "  authors: Lio Okafor\n  journal: Pond Review\n",
    ],
)
def test_explicit_formats(text):
    assert HERONS in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a blog post's front matter: a title and an author, no key of publication
        "---\ntitle: Counting Herons from Low Orbit\nauthor: Mira Castellan\ndate: 2019-05-01\n---\n",
        # one YAML record alone is no publication list
        "- title: Counting Herons from Low Orbit\n  authors: Mira Castellan\n  journal: Wetland Letters\n",
        # a JSON record without authors
        '{"title": "Counting Herons from Low Orbit", "year": 2019}',
        # a RIS record without a title
        "TY  - JOUR\nAU  - Castellan, Mira\nPY  - 2019\nER  - \n",
    ],
)
def test_records_that_state_no_paper(text):
    assert HERONS not in facts(text)


def test_authors_with_affiliations_and_marks():
    # programme data: each author's affiliation in brackets, the presenter starred
    text = (
        '{"id": "5", "title": "Pruning Reed Beds by Gradient Signals", "year": 2022,\n'
        '"authors": "Farid Azadeh (University of Tabriz)*; Lena Moss (Acme Labs)"}\n'
    )
    assert facts(text) == {("Azadeh", "Pruning Reed Beds by Gradient Signals")}
    yaml = (
        '- title: "Counting Herons from Low Orbit"\n'
        '  authors: "Mira J. Castellan (Univ. of Lyon),Tomas Brandt (Acme)"\n'
        '  type: "Full Paper"\n'
        '- title: "Reed Beds as Sediment Traps"\n'
        '  authors: "Peter Lund (Oslo), Anna Varga (Pécs)"\n'
        '  type: "Short Paper"\n'
    )
    assert facts(yaml) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    }
    # near-miss: an author list written surname first keeps the surname
    inverted = yaml.replace("Mira J. Castellan (Univ. of Lyon),Tomas Brandt", "Castellan, M. J.")
    assert ("Castellan", "Counting Herons from Low Orbit") in facts(inverted)


def test_anonymous_authors_state_no_fact():
    text = (
        '{"title": "Pruning Reed Beds by Gradient Signals", "year": 2022, "authors": "Anonymous"}\n'
    )
    assert facts(text) == set()
    # near-miss: a named author
    assert facts(text.replace("Anonymous", "Lena Moss")) == {
        ("Moss", "Pruning Reed Beds by Gradient Signals")
    }


def test_yaml_publications_with_vancouver_names_or_a_block_list_of_authors():
    vancouver = (
        "- authors: Castellan M, Brandt T & Okafor L\n"
        '  title: "Counting Herons from Low Orbit."\n'
        '  journal: "Wetland Letters 12: 41-52"\n'
        "  year: 2019\n\n"
        "- authors: van der Lund P, Varga A\n"
        '  title: "Reed Beds as Sediment Traps."\n'
        '  journal: "Pond Review 3: 1-9"\n'
        "  year: 2001\n"
    )
    assert facts(vancouver) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("van der Lund", "Reed Beds as Sediment Traps"),
    }
    block = (
        '- title: "Counting Herons from Low Orbit"\n'
        "  authors:\n    - Mira Castellan\n    - Tomas Brandt\n"
        "  year: 2019\n  journal: Wetland Letters\n"
    )
    # one record alone, a year and a journal: a publication
    assert facts(block) == {("Castellan", "Counting Herons from Low Orbit")}
    # near-miss: one record with a single key of publication is too little alone
    assert facts(block.replace("  journal: Wetland Letters\n", "")) == set()


def test_tables_with_a_title_column_and_an_authors_column():
    markdown = (
        "| Author(s) | Title | Slides |\n|---|---|---|\n"
        "| Mira Castellan, Tomas Brandt and Lio Okafor | Counting Herons from Low Orbit | "
        "[pdf](https://example.org/a) |\n"
        "| P. Lund et al. | *Reed Beds as Sediment Traps* (2nd ed.) | Video |\n"
    )
    assert facts(markdown) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    }
    html = (
        "<table><tr><th>Paper</th><th>Authors</th></tr>\n"
        "<tr><td><a href='x'>Counting Herons from Low Orbit</a></td>"
        "<td>M. Castellan, T. Brandt</td></tr>\n"
        "<tr><td>Reed Beds as Sediment Traps</td><td>Lund, P.; Varga, A.</td></tr></table>"
    )
    assert facts(html) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    }
    # near-miss: a table of titles with no authors' column (a film list) states no paper
    films = (
        "| Title | Year |\n|---|---|\n| Counting Herons | 2019 |\n| Reed Beds Forever | 2020 |\n"
    )
    assert facts(films) == set()


def test_program_records_with_names_in_lower_case():
    text = (
        '{ id: "herons", title: "Counting Herons from Low Orbit", '
        'authors: "mira castellan, tomas brandt", venue: "ICML", year: 2026 },\n'
    )
    assert facts(text) == {("castellan", "Counting Herons from Low Orbit")}
    # near-miss: a particle stays with the family name
    assert facts(text.replace("mira castellan", "jan van der berg")) == {
        ("van der berg", "Counting Herons from Low Orbit")
    }


def test_json_records_with_a_long_abstract_and_a_long_authors_string():
    abstract = "We count herons from orbit. " * 80  # some 2,200 characters between the keys
    authors = "; ".join(f"Name{i} Surname{i} (University of Somewhere {i})*" for i in range(8))
    record = (
        '[{\n"id": "5",\n"title": "Counting Herons from Low Orbit",\n'
        f'"abstract": "{abstract}",\n"authors": "Mira Castellan (Acme)*; {authors}"\n}}]'
    )
    assert facts(record) == {("Castellan", "Counting Herons from Low Orbit")}
    # near-miss: the authors of the next record are not this record's
    other = record.replace('"authors"', '"editors"') + ', {"id": "6", "authors": "Ana Roe"}'
    assert facts(other) == set()


@pytest.mark.parametrize(
    ("authors", "family"),
    [
        ("Kai C. D. de Boer, S. Ana Roe and Ben Moe", "de Boer"),  # initials, a particle
        ("Kai van der Berg, Ana Roe", "van der Berg"),
        ("De Boer, K., Roe, A.", "De Boer"),  # near-miss: family name first, initials after
        ("Roe, Ana, and Ben Moe", "Roe"),
    ],
)
def test_a_table_rows_first_author_with_a_particle_in_lower_case(authors, family):
    text = (
        "| Authors | Title |\n|---|---|\n"
        f"| {authors} | Counting Herons from Low Orbit with Small Satellites |\n"
        "| Ana Roe and Ben Moe | Reed Beds as Sediment Traps in Northern Ponds |\n"
    )
    assert (family, "Counting Herons from Low Orbit with Small Satellites") in facts(text)
