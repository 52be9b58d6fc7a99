"""The phrasings each built-in extractor must read, and the near-misses it must not, written
out by hand from the issue and the labelling guidelines."""

import pytest

from extractors.base import Extractor, available, select


def facts(name: str, text: str) -> list[tuple[str, str, str]]:
    return [(f.relation, f.subject, f.value) for f in select([name])[0].extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Albert Einstein (born 14 March 1879) was a physicist.",
            ("Albert Einstein", "1879-03-14"),
        ),
        (
            "Albert Einstein (14 March 1879 – 18 April 1955) was a physicist.",
            ("Albert Einstein", "1879-03-14"),
        ),
        ("Albert Einstein was born on March 14, 1879, in Ulm.", ("Albert Einstein", "1879-03-14")),
        (
            "Born on 14 March 1879, Albert Einstein grew up in Munich.",
            ("Albert Einstein", "1879-03-14"),
        ),
        ("The physicist Albert Einstein, born 14 March 1879.", ("Albert Einstein", "1879-03-14")),
        ("Albert Einstein (b. 14 Mar. 1879) studied in Zurich.", ("Albert Einstein", "1879-03-14")),
        ("Sione Tupou (born 21 Sept. 1990) studies reefs.", ("Sione Tupou", "1990-09-21")),
        ("Albert Einstein was born on 1879-03-14.", ("Albert Einstein", "1879-03-14")),
        (
            "Sir Isaac Newton (born 4 January 1643) was a mathematician.",
            ("Isaac Newton", "1643-01-04"),
        ),
        (
            "Angela Dorothea Merkel (née Kasner; born 17 July 1954) is a politician.",
            ("Angela Dorothea Merkel", "1954-07-17"),
        ),
        (
            "Miguel Ángel Asturias (19 October 1899 – 9 June 1974) was a poet.",
            ("Miguel Ángel Asturias", "1899-10-19"),
        ),
    ],
)
def test_birth_date_phrasings(text, expected):
    assert facts("birth_date", text) == [("birth_date", *expected)]


def test_a_life_span_gives_the_death_date_as_a_death_date_fact_not_a_birth_date():
    text = "Albert Einstein (14 March 1879 – 18 April 1955) was a physicist."
    assert facts("birth_date", text) == [("birth_date", "Albert Einstein", "1879-03-14")]
    assert facts("death_date", text) == [("death_date", "Albert Einstein", "1955-04-18")]


@pytest.mark.parametrize(
    "text",
    [
        "He felt born again after the retreat.",
        "The plan was born out of necessity on 3 May 1990.",
        "Our newborn slept through the night.",
        "Some people are born to lead.",
        "The composer was born in 1879 in a small village.",
        "Anna Meyer was born in March 1879.",
        "Anna Meyer was not born on 29 February 2016.",
        "If Anna Meyer had been born on 29 February 2000 she would be younger.",
        "William Shakespeare (baptised 26 April 1564 – 23 April 1616) was a playwright.",
        "He died in 1990. His son was born on 3 May 1920.",  # no named subject
    ],
)
def test_not_birth_dates(text):
    assert facts("birth_date", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albert Einstein died on 18 April 1955 in Princeton.", ("Albert Einstein", "1955-04-18")),
        (
            "Ellen Sutcliffe (b. 28 Aug. 1855; d. 3 Feb. 1931) married in 1874.",
            ("Ellen Sutcliffe", "1931-02-03"),
        ),
        (
            "Thomas Hargreaves was born on the 2nd of April 1851 in Halifax, and died on 19 November 1913.",
            ("Thomas Hargreaves", "1913-11-19"),
        ),
    ],
)
def test_death_date_phrasings(text, expected):
    assert facts("death_date", text) == [("death_date", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The capital of Kenya is Nairobi.", ("Kenya", "Nairobi")),
        ("Nairobi is the capital of Kenya.", ("Kenya", "Nairobi")),
        ("Nairobi, the capital of Kenya, is busy.", ("Kenya", "Nairobi")),
        ("Kenya's capital, Nairobi, is busy.", ("Kenya", "Nairobi")),
        ("Nairobi is the capital and largest city of Kenya.", ("Kenya", "Nairobi")),
        ("Amsterdam is the capital of the Netherlands.", ("Netherlands", "Amsterdam")),
        (
            "Columbia is the capital of the U.S. state of South Carolina.",
            ("South Carolina", "Columbia"),
        ),
        (
            "Sarajevo is the capital of Bosnia and Herzegovina.",
            ("Bosnia and Herzegovina", "Sarajevo"),
        ),
        ("Addis Ababa, Ethiopia's capital, sits high.", ("Ethiopia", "Addis Ababa")),
        (
            "Washington, D.C., the capital of the United States, is on the Potomac.",
            ("United States", "Washington, D.C."),
        ),
    ],
)
def test_capital_phrasings(text, expected):
    assert facts("capital", text) == [("capital", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Investors worry about a tax on capital gains.",
        "Start every sentence with a capital letter.",
        "The start-up raised venture capital from Kenya.",
        "Working capital fell in Kenya.",
        "Milan is the fashion capital of the world.",
        "Paris is the capital of French cuisine.",
        "New Orleans is the capital of jazz.",
        "Bonn was the capital of West Germany until 1990.",
        "Bonn, the capital of West Germany until 1990, is small.",
        "Sydney is the capital of Australia. — FALSE.",
        "Many people think that Sydney is the capital of Australia.",
    ],
)
def test_not_capitals(text):
    assert facts("capital", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vaswani, A., Shazeer, N. (2017). Attention is all you need. In Advances in NeurIPS.",
            ("Vaswani", "Attention is all you need"),
        ),
        (
            "@inproceedings{vaswani2017,\n  title = {Attention is all you need},\n"
            "  author = {Vaswani, Ashish and Shazeer, Noam},\n  year = {2017}\n}",
            ("Vaswani", "Attention is all you need"),
        ),
        (
            'In their 2017 paper "Attention is all you need", Vaswani et al. introduced transformers.',
            ("Vaswani", "Attention is all you need"),
        ),
        (
            'The paper titled "Attention is all you need" by Ashish Vaswani changed the field.',
            ("Vaswani", "Attention is all you need"),
        ),
        (
            'Vaswani et al. (2017), "Attention is all you need", is widely cited.',
            ("Vaswani", "Attention is all you need"),
        ),
        (
            "[4] K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in Proc. CVPR, 2016.",
            ("He", "Deep residual learning for image recognition"),
        ),
        (
            "Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. BLEU: a method for automatic evaluation of machine translation. In Proceedings of ACL.",
            ("Papineni", "BLEU: a method for automatic evaluation of machine translation"),
        ),
        (  # a reference entry run into a paragraph
            "Prices rose. Vasquez, É., & Baranowski, D. (2021). Efficient entity linking in the wild. In Proc. ACL.",
            ("Vasquez", "Efficient entity linking in the wild"),
        ),
        (  # a one-line BibTeX entry with nested braces, followed by prose
            "See @article{d2019, title = {{BERT}: Pre-training of deep transformers}, author = {Jacob Devlin and Ming-Wei Chang}} here.",
            ("Devlin", "BERT: Pre-training of deep transformers"),
        ),
        (
            'Vaswani, Ashish, et al. "Attention Is All You Need." Advances in NeurIPS, 2017.',
            ("Vaswani", "Attention Is All You Need"),
        ),
    ],
)
def test_paper_title_phrasings(text, expected):
    assert facts("paper_title", text) == [("paper_title", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Transformers (Vaswani et al., 2017) dominate the field.",  # no title
        'The title "Attention is all you need" is catchy.',  # no author
        "[1] A. Einstein, Ann. Phys. 17, 891 (1905).",  # no title
    ],
)
def test_not_paper_titles(text):
    assert facts("paper_title", text) == []


def test_titles_differing_only_in_case_quotes_or_trailing_punctuation_count_as_one_fact():
    from extractors.normalize import match_key

    variants = [
        'In their 2017 paper "Attention is all you need", Vaswani et al. wrote.',
        "In their 2017 paper “Attention Is All You Need.”, Vaswani et al. wrote.",
        "Vaswani, A. (2017). Attention is all you need. In NeurIPS.",
    ]
    keys = {match_key(v) for text in variants for _, _, v in facts("paper_title", text)}
    assert len(keys) == 1


def test_every_builtin_is_a_versioned_extractor_with_triggers():
    registry = available()
    assert {"birth_date", "death_date", "capital", "paper_title"} <= set(registry)
    for extractor in registry.values():
        assert isinstance(extractor, Extractor)
        assert extractor.version and extractor.triggers and extractor.relations


def test_selecting_an_unknown_extractor_names_the_known_ones():
    with pytest.raises(KeyError, match="available: .*birth_date"):
        select(["birthdays"])


# Styles and phrasings beyond the list, each written out by hand with its expected fact.
@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "paper_title",
            "Watson, J. D. & Crick, F. H. C. Molecular structure of nucleic acids. Nature 171, 737–738 (1953).",
            ("Watson", "Molecular structure of nucleic acids"),
        ),
        (
            "paper_title",
            "Smith, J., Jones, K.: Fast graph search for road networks. In: Proc. ESA 2011, pp. 1–12. Springer (2011)",
            ("Smith", "Fast graph search for road networks"),
        ),
        (
            "paper_title",
            "Hinton, Geoffrey E., and Ruslan R. Salakhutdinov. 2006. “Reducing the Dimensionality of Data with Neural Networks.” Science 313 (5786): 504–7.",
            ("Hinton", "Reducing the Dimensionality of Data with Neural Networks"),
        ),
        (
            "paper_title",
            "LeCun Y, Bengio Y, Hinton G. Deep learning. Nature. 2015;521(7553):436-44.",
            ("LeCun", "Deep learning"),
        ),
        (
            "paper_title",
            "Hochreiter, S. and Schmidhuber, J., 1997. Long short-term memory. Neural computation, 9(8), pp.1735-1780.",
            ("Hochreiter", "Long short-term memory"),
        ),
        (
            "paper_title",
            "As shown by Bengio et al. in “A Neural Probabilistic Language Model” (2003), embeddings help.",
            ("Bengio", "A Neural Probabilistic Language Model"),
        ),
        (
            "paper_title",
            "He cited “Deep Residual Learning for Image Recognition” by He et al. twice.",
            ("He", "Deep Residual Learning for Image Recognition"),
        ),
        (
            "paper_title",
            "Breiman, L. (2001) 'Random forests', Machine Learning, 45(1), pp. 5–32.",
            ("Breiman", "Random forests"),
        ),
        (
            "paper_title",
            "Østergaard, K., & Lindholm, J. (2019). Are obituaries reliable? A comparison with registers. Scandinavian Journal of Digital Humanities, 2(2), 141–160.",
            ("Østergaard", "Are obituaries reliable? A comparison with registers"),
        ),
        (
            "paper_title",
            "13:30  Paper #47 — Who Was Born Where? Place-of-Birth Extraction. Rannvá Joensen, Jákup Hansen",
            ("Joensen", "Who Was Born Where? Place-of-Birth Extraction"),
        ),
        (
            "paper_title",
            "B3  Fatima Zahra El Idrissi: Diacritics Matter in Maghrebi Web Text",
            ("El Idrissi", "Diacritics Matter in Maghrebi Web Text"),
        ),
        (
            "paper_title",
            "Shannon's 1948 paper “A Mathematical Theory of Communication” contained n-grams.",
            ("Shannon", "A Mathematical Theory of Communication"),
        ),
        (
            "death_date",
            "Jomo Kenyatta (c. 1897 – 22 August 1978) was Kenya's first president.",
            ("Jomo Kenyatta", "1978-08-22"),
        ),
        (
            "death_date",
            "OBITUARY: John Q. Public, 84, died Tuesday, March 3, 2020, at home.",
            ("John Q. Public", "2020-03-03"),
        ),
        (
            "death_date",
            "Mary Smith (née Jones) passed away on 3 May 2019 at the age of 90.",
            ("Mary Smith", "2019-05-03"),
        ),
        (
            "death_date",
            "Toni Morrison, the Nobel laureate whose novels explored Black life, died on August 5, 2019.",
            ("Toni Morrison", "2019-08-05"),
        ),
        (
            "birth_date",
            "Born 4 July 1902 in Madrid, Carmen Ruiz studied law.",
            ("Carmen Ruiz", "1902-07-04"),
        ),
        (
            "birth_date",
            "Ada Lovelace, the daughter of Lord Byron, was born on 10 December 1815.",
            ("Ada Lovelace", "1815-12-10"),
        ),
        (
            "birth_date",
            "Yoshua Bengio OC FRS (born March 5, 1964) is a computer scientist.",
            ("Yoshua Bengio", "1964-03-05"),
        ),
        (
            "birth_date",
            "All dates are DD.MM.YYYY.\nLuka Stojanovski (b. 02.05.2006), goalkeeper",
            ("Luka Stojanovski", "2006-05-02"),
        ),
        (
            "birth_date",
            "Name | Born | Died\nMarie Curie | 7 November 1867 | 4 July 1934",
            ("Marie Curie", "1867-11-07"),
        ),
        (
            "birth_date",
            "CURRICULUM VITAE\nPriya Raghunathan\nDate of birth: 23.04.1988 | Nationality: Indian",
            ("Priya Raghunathan", "1988-04-23"),
        ),
        ("capital", "Nairobi has been the capital of Kenya since 1963.", ("Kenya", "Nairobi")),
        ("capital", "Bern is the de facto capital of Switzerland.", ("Switzerland", "Bern")),
        ("capital", "Quito, capital of Ecuador, sits high in the Andes.", ("Ecuador", "Quito")),
        ("capital", "Hanoi serves as the capital of Vietnam.", ("Vietnam", "Hanoi")),
        ("capital", "To the south lies Austria, whose capital is Vienna.", ("Austria", "Vienna")),
        ("capital", "Ankara, not Istanbul, is the capital of Turkey.", ("Turkey", "Ankara")),
        ("capital", "Fiji — Capital: Suva · Population: 0.9 million", ("Fiji", "Suva")),
        (
            "capital",
            "State | Capital | Largest city\nNevada | Carson City | Las Vegas",
            ("Nevada", "Carson City"),
        ),
        (
            "capital",
            "Victoria, the capital of British Columbia, is on an island.",
            ("British Columbia", "Victoria"),
        ),
        (
            "capital",
            "Wellington is New Zealand's capital and its second-largest city.",
            ("New Zealand", "Wellington"),
        ),
        (
            "birth_date",
            "Born in Warsaw on 7 November 1867, Marie Curie moved to Paris in 1891.",
            ("Marie Curie", "1867-11-07"),
        ),
        (
            "paper_title",
            'The 2020 paper "Language Models are Few-Shot Learners" by Tom Brown and colleagues introduced GPT-3.',
            ("Brown", "Language Models are Few-Shot Learners"),
        ),
    ],
)
def test_more_styles_and_phrasings(name, text, expected):
    assert facts(name, text) == [(name, *expected)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("birth_date", "Knut (5 December 2006 – 19 March 2011) was a polar bear at the zoo."),
        (
            "death_date",
            "Biscuit (12 April 2009 – 3 June 2023), our golden retriever, died in June.",
        ),
        (
            "birth_date",
            "When Czechoslovakia split, the Slovak Republic was born on 1 January 1993.",
        ),
        (
            "birth_date",
            "Agnieszka Nowicka was born on 02.05.1899 in Tarnów.",
        ),  # day-month order not stated
        ("capital", "1. What is the capital of Australia?"),
        (
            "paper_title",
            "Astana, the capital, was renamed in 2019. Almaty, which was the capital until 1997. Remains big.",
        ),
        (
            "paper_title",
            "Lorraine B. Henderson (née Pruitt), 77, of Lincoln, was born March 14th, 1943.",
        ),
        ("paper_title", "10:30  Panel: The future of peer review (moderator: Dr. Helena Marsh)"),
        ("capital", "Sacramento became California's capital in 1854."),
        ("capital", "São Paulo is the financial capital of Brazil."),
        ("death_date", "Contrary to rumours, Elvis Presley did not die on 16 August 1987."),
        ("paper_title", 'The talk "Why We Sleep" was given by Matthew Walker.'),
        (
            "paper_title",
            "the approximations of English, and in “Prediction and Entropy of Printed English” he wrote",
        ),
    ],
)
def test_more_near_misses(name, text):
    assert facts(name, text) == []


def test_a_place_name_does_not_run_on_through_and():
    text = "Bucharest is the capital of Romania and Sofia is the capital of Bulgaria."
    assert facts("capital", text) == [
        ("capital", "Romania", "Bucharest"),
        ("capital", "Bulgaria", "Sofia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Name | Born | Died |\n|---|---|---|\n| Ada Lovelace | 10 December 1815 | 27 November 1852 |",
            [
                ("birth_date", "Ada Lovelace", "1815-12-10"),
                ("death_date", "Ada Lovelace", "1852-11-27"),
            ],
        ),
        (  # the Markdown rule is no row
            "| Country | Capital |\n|---------|---------|\n| Laos | Vientiane |",
            [("capital", "Laos", "Vientiane")],
        ),
        (  # an infobox: label, tab, value
            "Albert Einstein\nBorn\t14 March 1879, Ulm\nDied\t18 April 1955, Princeton",
            [
                ("birth_date", "Albert Einstein", "1879-03-14"),
                ("death_date", "Albert Einstein", "1955-04-18"),
            ],
        ),
        (
            "Country: Bhutan\nCapital: Thimphu\nPopulation: 0.8 million",
            [("capital", "Bhutan", "Thimphu")],
        ),
    ],
)
def test_tables_infoboxes_and_fields(text, expected):
    found = [fact for name in ("birth_date", "death_date", "capital") for fact in facts(name, text)]
    assert sorted(found) == sorted(expected)
