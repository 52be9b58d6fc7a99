"""LaTeX bibliographies (``\\bibitem`` entries, BibTeX's ``.bbl`` output) read by their structure
(extractors.references.bbl), through the paper_title extractor. Invented entries, each layout
with a near-miss."""

import time

import pytest

from extractors.base import select
from extractors.references.bbl import plain, read_bibitems


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_newblock_blocks_author_year_style():
    # natbib's plainnat-like output: authors and year, then the title, then the venue
    text = (
        "\\begin{thebibliography}{2}\n"
        "\\bibitem[{Castellan \\emph{et~al.}(2019)Castellan, Brandt \\&\n  Okafor}]{cas19}\n"
        "{\\bf Castellan M, Brandt T, Okafor L}{\\bf . 2019}.\n"
        "\\newblock Counting herons from low orbit: a census of wading birds (ardeidae).\n"
        "\\newblock \\emph{Wetland Letters}, {\\bf 12}: 41--52.\n\n"
        "\\bibitem[{Okafor(2001)}]{oka01}\n{\\bf Okafor L}{\\bf . 2001}.\n"
        "\\newblock The role of reed beds in sediment capture.\n"
        "\\newblock \\emph{Pond Review}, {\\bf 3}: 1--9.\n"
        "\\end{thebibliography}\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit: a census of wading birds (ardeidae)"),
        ("Okafor", "The role of reed beds in sediment capture"),
    }


def test_newblock_blocks_plain_style_with_accents():
    text = (
        "\\bibitem{mul}\nJ.~M\\\"{u}ller and A.~Dupr\\'e.\n"
        "\\newblock Sediment budgets of {A}lpine lakes.\n"
        "\\newblock In {\\em Proceedings of the Lake Symposium}, pages 1--10, 2004.\n"
    )
    assert facts(text) == {("Müller", "Sediment budgets of Alpine lakes")}


def test_title_emphasised_after_the_names():
    # AMS-like and hand-written lists: "Author, \emph{Title}, venue"
    text = (
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{ik88}\n   Irma~K. Vantongeren,\n   \\emph{Lattices of finite height},\n"
        "   Annals of Order Theory, vol.~4, 1988.\n"
        "\\bibitem{pq90}\n   Pavel Quist, \\textit{Free semilattices revisited}, Ph.D. thesis,\n"
        "   University of Nowhere, 1990.\n"
        "\\end{thebibliography}\n"
    )
    assert facts(text) == {
        ("Vantongeren", "Lattices of finite height"),
        ("Quist", "Free semilattices revisited"),
    }


def test_a_braced_title_in_an_author_year_entry():
    text = (
        "\\bibitem[{Brandt(2012)}]{br12}\n"
        "Brandt, T.~G., 2012: {Drift of wading birds over {L}ake {O}hrid. Part II: Winter}.\n"
        "  \\textit{J.\\ Wetl.\\ Sci.}, \\textbf{14}, 1--20.\n"
    )
    assert facts(text) == {("Brandt", "Drift of wading birds over Lake Ohrid. Part II: Winter")}


def test_near_miss_a_template_names_no_author():
    # a style sheet's placeholders: "author" and "title" are no facts
    text = (
        "\\bibitem{xxx}\nauthor, \\emph{title}, journal \\textbf{volume} (year), pages.\n"
        "\\bibitem{yyy}\neditor, ed., \\emph{title of the book}, publisher, address, year.\n"
    )
    assert facts(text) == set()


def test_near_miss_emphasis_inside_a_sentence_is_no_title():
    # the emphasised words follow a sentence, not a list of names
    entry = (
        "\\bibitem{note}\nSee the survey of 2004 for \\emph{Lattices of finite height} in detail.\n"
    )
    assert all(f.title != "Lattices of finite height" for f in read_bibitems(entry))


def test_near_miss_no_bibitem_nothing_read():
    assert list(read_bibitems("Castellan, \\emph{Counting herons}, 2019.")) == []


def test_plain_text_of_latex():
    assert (
        plain(
            "Schr\\\"{o}dinger, E. \\& M\\'{e}ndez~J. \\url{http://x.org} "
            "\\href{http://y.org}{Wave Notes}"
        )
        == "Schrödinger, E. & Méndez J. Wave Notes"
    )


@pytest.mark.parametrize(
    "text",
    [
        "\\bibitem{" * 20_000,
        "\\bibitem[" + "{" * 50_000,
        "\\bibitem{k} A, " + "{" * 50_000,
        ("\\bibitem{k} Doe, J., 2001: " + "{x " * 3000) * 5,
    ],
)
def test_unclosed_groups_stay_linear(text):
    started = time.perf_counter()
    list(read_bibitems(text))
    assert time.perf_counter() - started < 5
