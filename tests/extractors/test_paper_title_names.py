"""Titles that open with a program's name in lower case, and persons' names braced in BibTeX:
invented entries, each with a near-miss."""

from extractors.base import select
from extractors.references.names import bibtex_first_family


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


VANCOUVER_LIST = (
    "## Citations\n\n"
    "> Brandt T, Okafor L. heronCount: a fast counter of wading birds from aerial images. "
    "Wetl Res. 2019;4(2):11-19. doi: 10.1000/wr.2019.1.\n\n"
    "> Castellan M, Brandt T. reedmap: mapping reed beds from drone surveys. Pond Sci. "
    "2021;7(1):1-9. doi: 10.1000/ps.2021.2.\n\n"
    "> Okafor L. Sediment budgets of small ponds. Pond Sci. 2020;6(3):5-8.\n"
)


def test_a_title_may_open_with_a_program_name():
    found = facts(VANCOUVER_LIST)
    assert ("Brandt", "heronCount: a fast counter of wading birds from aerial images") in found
    assert ("Castellan", "reedmap: mapping reed beds from drone surveys") in found


def test_near_miss_a_lower_case_phrase_is_no_title():
    # scare quotes around a lower-case phrase of prose, not a program's name
    text = 'Brandt et al. (2019) call this "the usual consensus view" of heron counts.'
    assert all(not value.startswith("the usual") for _, value in facts(text))


def test_a_person_braced_whole_in_bibtex_keeps_a_family_name():
    assert bibtex_first_family("{Maria K. Brennan}") == "Brennan"
    assert bibtex_first_family("{{John Okafor}} and Peter Lund") == "Okafor"


def test_near_miss_an_organisation_braced_stays_whole():
    assert bibtex_first_family("{Maria Castellan Foundation}") == "Maria Castellan Foundation"
    assert bibtex_first_family("{Pond Survey Team}") == "Pond Survey Team"


def test_a_chinese_family_name_first_only_before_a_given_name_in_pinyin():
    from extractors.grammar import family_name

    # family name first: the second word is a given name in pinyin
    assert family_name("Li Wei") == "Li"
    assert family_name("Chen Xiaoming") == "Chen"
    assert family_name("Wang Jing-Yi") == "Wang"
    # near-miss: a word that is no pinyin after a word that is also a Chinese family name
    assert family_name("Yan Pritzker") == "Pritzker"
    assert family_name("Lin Anderson") == "Anderson"


def test_a_bibtex_title_field_is_a_title_whatever_its_length_or_case():
    one_word = (
        "@inproceedings{roe2023,\n  author = {Ana Roe},\n  title = {Driftwood},\n  year = {2023}\n}"
    )
    assert facts(one_word) == {("Roe", "Driftwood")}
    greek = (
        '@article{moe2012,\n  title = "{β}-Detected {NMR} of Reed Beds",\n'
        '  author = "K. Moe and A. Roe",\n  year = "2012"\n}'
    )
    assert facts(greek) == {("Moe", "β-Detected NMR of Reed Beds")}
    # braces three deep inside the title field, a LaTeX escape
    nested = (
        "@article{lund2014,\n  author = {J. Lund and A. Roe},\n"
        "  title = {\\emph{{Sediment}} Traps \\& Reed Beds},\n  year = {2014}\n}"
    )
    assert facts(nested) == {("Lund", "\\emphSediment Traps & Reed Beds")}
    # near-miss: a one-word quoted name in prose is no title
    assert facts('Ana Roe et al. (2023) named the boat "Driftwood" in 2023.') == set()


def test_a_quoted_title_after_an_author_year_ends_at_its_closing_quote():
    for venue in ("Retrieved from https://example.org.", "Wetland Review, 4(2), 1-9."):
        text = f'Lindqvist, A. (2023). "Driftwood and Reeds." {venue}'
        assert facts(text) == {("Lindqvist", "Driftwood and Reeds")}
    # near-miss: an R citation's bare title still runs to its sentence's end
    r_citation = "Ana Roe (2018). herons: Counting Herons from Orbit. R package version 1.2.0."
    assert facts(r_citation) == {("Roe", "herons: Counting Herons from Orbit")}


def test_family_names_before_dotted_initials_run_together():
    from extractors.references.names import first_author_family

    # ecology journals' "Surname A.M." (Vancouver order, the initials dotted)
    assert first_author_family("Castellan A.M., Estrada A. & Orme C.D.L.") == "Castellan"
    assert first_author_family("Moe A.H. & Bell J.F.") == "Moe"
    # near-misses: natural order keeps its last word, Vancouver without dots is unchanged
    assert first_author_family("A.M. Castellan") == "Castellan"
    assert first_author_family("Lowry OH, Rosebrough NJ") == "Lowry"
    entries = (
        "Castellan A.M., Estrada A. & Orme C.D.L. (2012) Atlas versus range maps of European "
        "herons. Journal of Biogeography 39: 1391-1400\n\n"
        "Moe A.H. & Bell J.F. (1997) A review of methods for the assessment of wetland models. "
        "Environmental Conservation 24: 38-49\n"
    )
    assert facts(entries) == {
        ("Castellan", "Atlas versus range maps of European herons"),
        ("Moe", "A review of methods for the assessment of wetland models"),
    }


def test_an_organisation_whose_name_holds_and_is_one_author():
    from extractors.references.names import first_author_family

    assert first_author_family("U.S. Food and Drug Administration") == (
        "U.S. Food and Drug Administration"
    )
    assert first_author_family("Organisation for Economic Co-operation and Development") == (
        "Organisation for Economic Co-operation and Development"
    )
    # near-miss: a person opens the list, the organisation is a second author
    assert first_author_family("Ana Roe and the Acme Consortium") == "Roe"


def test_a_person_with_an_affiliation_in_brackets_cut_off():
    from extractors.references.names import first_author_family

    # a programme's "Name (University of …)": the author part may end inside the brackets
    assert first_author_family("Ilse Marten (Bergen-Voss University") == "Marten"
    assert first_author_family("Ilse Marten (Bergen-Voss University)") == "Marten"
    # near-miss: an organisation without brackets stays whole
    assert first_author_family("Bergen-Voss University") == "Bergen-Voss University"
