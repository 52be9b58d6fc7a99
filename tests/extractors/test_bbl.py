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


def test_a_title_keeps_its_latex_accents_and_thin_spaces_as_written():
    # the guidelines keep LaTeX's accents where the text has no Unicode form, and titles as
    # written ("HeronSQL : a"); braces go
    text = (
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{mo57}\n   Ernest~T. Moyle,\n   \\emph{On a problem of M.\\,H. Lund},\n"
        "   Acta Math. \\textbf{8} (1957), 455--460.\n"
        "\\bibitem{br03}\n   Ana Brito,\n   \\emph{Normas de apresenta{\\c c}{\\~a}o tabular},\n"
        "   Rio de Janeiro, 2003.\n"
        "\\bibitem{sm20}\n   Ken Smalt,\n   \\emph{{HeronSQL} : a library for bird counts},\n"
        "   Zenodo, 2020.\n"
        "\\end{thebibliography}\n"
    )
    assert facts(text) == {
        ("Moyle", "On a problem of M.\\,H. Lund"),
        ("Brito", "Normas de apresenta\\c c\\~ao tabular"),
        ("Smalt", "HeronSQL : a library for bird counts"),
    }


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


def test_author_year_style_with_the_year_as_its_own_block():
    # AAAI-like styles: authors, then "\newblock 2016.", then the title
    text = (
        "\\bibitem[\\protect\\citeauthoryear{Fenwick and Ortiz}{2016}]{fen16}\n"
        "Fenwick, R., and Ortiz, L.\n\\newblock 2016a.\n"
        "\\newblock Queueing models of parcel lockers.\n"
        "\\newblock In {\\em Logistics Modelling}, 11--20.\n"
    )
    assert facts(text) == {("Fenwick", "Queueing models of parcel lockers")}
    # near-miss: a year inside a title block is no date block
    text = text.replace("Queueing models", "2016 queueing models")
    assert facts(text) == {("Fenwick", "2016 queueing models of parcel lockers")}


def test_titles_marked_as_fields_by_acm_and_apacite():
    acm = (
        "\\bibitem[\\protect\\citeauthoryear{Ibsen}{Ibsen}{2019}]{ibs19}\n"
        "\\bibfield{author}{\\bibinfo{person}{Greta~M. Ibsen} {and} "
        "\\bibinfo{person}{Tom Lark}.} \\bibinfo{year}{2019}.\n"
        "\\newblock \\showarticletitle{Sketching Spreadsheets by Voice}. In "
        "\\bibinfo{booktitle}{\\emph{Proceedings of the Symposium on Tables}}. "
        "\\bibinfo{pages}{1--9}.\n"
    )
    assert facts(acm) == {("Ibsen", "Sketching Spreadsheets by Voice")}
    apa = (
        "\\bibitem [\\protect \\citeauthoryear {Ngata}{Ngata}{2014}]{ngata14}\n"
        "\\begin{APACrefauthors}%\nNgata, P.%\n\\end{APACrefauthors}%\n"
        "\\newblock\n\\APACrefYearMonthDay{2014}{}{}.\n\\newblock\n"
        "{\\BBOQ}\\APACrefatitle {Rumour cascades on message boards} {Rumour cascades on "
        "message boards}.{\\BBCQ}\n\\newblock\n\\BIn{} \\APACrefbtitle {Workshop on Online "
        "Talk} {workshop on online talk}\\ (\\BPGS\\ 7--11).\n"
    )
    assert facts(apa) == {("Ngata", "Rumour cascades on message boards")}
    # near-miss: a book the entry is *in* is no title of the entry
    book_only = apa.replace(
        "{\\BBOQ}\\APACrefatitle {Rumour cascades on message boards} {Rumour cascades on "
        "message boards}.{\\BBCQ}\n\\newblock\n",
        "",
    )
    assert ("Ngata", "Workshop on Online Talk") not in facts(book_only)


def test_quoted_title_by_csquotes():
    text = (
        "\\bibitem[Varga(2003)Varga]{varga:03}\n"
        "Varga, L. (2003), \\enquote{Shrinkage estimators for nested counts applied to\n"
        "  surveys,} \\emph{jasa}, 98, 1--20.\n"
    )
    assert facts(text) == {("Varga", "Shrinkage estimators for nested counts applied to surveys")}


def test_entries_as_lines_of_sentences_without_newblock():
    text = (
        "\\bibitem{okoro2021}\nAda~N. Okoro, Lin Wei, and Pablo\n  Ruiz.\n"
        "Estimating {{Pond Depth}} from {{Satellite Images}} at\n  {{Scale}}.\n"
        "12(3):45--67.\n\n"
        "\\bibitem{brandt2019}\nTomas Brandt.\nKeeping bees in cities.\nIn {\\em Urban Ecology}.\n"
    )
    assert facts(text) == {
        ("Okoro", "Estimating Pond Depth from Satellite Images at Scale"),
        ("Brandt", "Keeping bees in cities"),
    }
    # near-miss: a first line that is a sentence, not a list of names
    assert not facts("\\bibitem{x}\nWe thank the reviewers for their comments.\nMore text here.\n")


def test_edited_volume_has_no_author():
    text = (
        "\\bibitem[\\protect\\citeauthoryear{Hale and Moss}{2015}]{hm15}\n"
        "Hale, R.; and Moss, T., eds.\n\\newblock 2015.\n"
        "\\newblock {\\em Advances in Queue Theory: Proceedings of the Fifth Meeting}.\n"
        "\\newblock Springer.\n"
    )
    assert facts(text) == set()
    # near-miss: the same entry by its authors
    assert facts(text.replace(", eds.", ".")) == {
        ("Hale", "Advances in Queue Theory: Proceedings of the Fifth Meeting")
    }


def test_a_bibtex_authors_latex_accents_make_their_letters():
    from auditor.extraction import Extraction
    from extractors.base import select

    text = (
        "@inproceedings{roe2009,\n"
        '  author = {Reboursi\\`{e}re, Lo\\"{i}c and M{\\"u}ller, Hans},\n'
        "  title = {Left and right-hand guitar playing techniques},\n"
        "  year = {2009}\n}\n"
    )
    found = Extraction(select(["paper_title"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [
        ("Reboursière", "Left and right-hand guitar playing techniques")
    ]
