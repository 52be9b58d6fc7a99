"""Chinese bibliographies: GB/T 7714 entries read by their document-type mark, Chinese authors in
BibTeX, spaced Vancouver initials. Invented entries, with near-misses."""

from extractors.base import select
from extractors.references.names import bibtex_first_family, first_author_family


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_gbt_entries():
    text = (
        "\\begin{achievements}\n"
        "  \\item 王小明, 李华, 等. 湿地鹭鸟的遥感计数研究[J]. 湿地科学, 2019, 4(2):11-19.\n"
        "  \\item Wang X M, Li H, et al. Counting herons from low orbit[J]. Wetland Research, "
        "2019, 4:11-19.\n"
        "  \\item 李华, 王小明. 一种芦苇床沉积物采样装置: 中国, CN100000000A[P]. 2020-03-30.\n"
        "  \\item Li H. Reed beds as sediment traps. In press[J].\n"
        "\\end{achievements}\n"
    )
    assert facts(text) == {
        ("王", "湿地鹭鸟的遥感计数研究"),
        ("Wang", "Counting herons from low orbit"),
        ("李", "一种芦苇床沉积物采样装置"),
        ("Li", "Reed beds as sediment traps"),
    }


def test_near_miss_brackets_that_are_no_document_type():
    text = "See the note [1]. The herons [2] were counted. Results[3]."
    assert facts(text) == set()


def test_chinese_author_in_bibtex_and_spaced_initials():
    assert bibtex_first_family("王小明 and 李华 and others") == "王"
    assert first_author_family("Ren T L") == "Ren"
    assert first_author_family("Lowry OH") == "Lowry"
    # a full given name is no initial: natural order
    assert first_author_family("Tomas Brandt") == "Brandt"


def test_bibtex_entry_with_a_chinese_title():
    text = "@book{zhu1973,\n  author = {竺可桢},\n  title = {物理学论},\n  year = {1973},\n}\n"
    assert facts(text) == {("竺", "物理学论")}


def test_a_list_of_chinese_names_without_separators_gives_the_first_family():
    # GB/T 7714 lists authors by commas; each name is written family first, with no space
    assert first_author_family("王小明,陈静,刘洋,等.") == "王"
    # near-miss: a family name given alone before a comma stays whole
    assert first_author_family("王, 小明") == "王"
    assert first_author_family("Wang, Xiaoming") == "Wang"
