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
            "Ilse Varga (3 June 1902 – 27 January 1961) was a chemist.",
            ("Ilse Varga", "1902-06-03"),
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
            "Karin Liesel Holmqvist (née Brandt; born 9 October 1961) is a diplomat.",
            ("Karin Liesel Holmqvist", "1961-10-09"),
        ),
        (
            "Íñigo Tomás Larrañaga (2 February 1911 – 30 August 1983) was a sculptor.",
            ("Íñigo Tomás Larrañaga", "1911-02-02"),
        ),
    ],
)
def test_birth_date_phrasings(text, expected):
    assert facts("birth_date", text) == [("birth_date", *expected)]


def test_a_life_span_gives_the_death_date_as_a_death_date_fact_not_a_birth_date():
    text = "Ilse Varga (3 June 1902 – 27 January 1961) was a chemist."
    assert facts("birth_date", text) == [("birth_date", "Ilse Varga", "1902-06-03")]
    assert facts("death_date", text) == [("death_date", "Ilse Varga", "1961-01-27")]


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
        "Edmund Falkner (baptised 11 March 1587 – 2 October 1641) was a composer.",
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
            "Hester Pryce (b. 14 Nov. 1862; d. 7 Jan. 1938) married in 1883.",
            ("Hester Pryce", "1938-01-07"),
        ),
        (
            "Walter Ainsley was born on the 5th of June 1866 in Keighley, and died on 23 October 1929.",
            ("Walter Ainsley", "1929-10-23"),
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
        ("Manila is the capital of the Philippines.", ("Philippines", "Manila")),
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
            "Washington, D.C., the capital of the USA, sits where the Anacostia meets the Potomac.",
            ("USA", "Washington, D.C."),
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
        "Antwerp is the diamond capital of the world.",
        "Paris is the capital of French cuisine.",
        "New Orleans is the capital of jazz.",
        "Zomba was the capital of Malawi until 1975.",
        "Bonn, the capital of West Germany until 1990, is small.",
        "Auckland is the capital of New Zealand. — FALSE.",
        "Many people think that Sydney is the capital of Australia.",
    ],
)
def test_not_capitals(text):
    assert facts("capital", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okonkwo, T., Lindqvist, M. (2019). Sparse routing is enough. In Advances in NeurIPS.",
            ("Okonkwo", "Sparse routing is enough"),
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
            "[7] L. He, M. Okafor, T. Brandt, and R. Iyer, “Shallow gated networks for speech enhancement,” in Proc. ICASSP, 2018.",
            ("He", "Shallow gated networks for speech enhancement"),
        ),
        (
            "Marisol Ibarra, Dmitri Volkov, Aoife Brennan, and Hao-Ran Lin. 2014. GRADE: a metric for graded coverage of summary content. In Proceedings of EMNLP.",
            ("Ibarra", "GRADE: a metric for graded coverage of summary content"),
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
            'Lindqvist, Maja, et al. "Curriculum Sampling Without Labels." Advances in NeurIPS, 2020.',
            ("Lindqvist", "Curriculum Sampling Without Labels"),
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
        "[2] R. Hallberg, Phys. Rev. 42, 318 (1932).",  # no title
    ],
)
def test_not_paper_titles(text):
    assert facts("paper_title", text) == []


def test_titles_differing_only_in_case_quotes_or_trailing_punctuation_count_as_one_fact():
    from extractors.normalize import match_key

    variants = [
        'In their 2019 paper "Sparse routing is enough", Okonkwo et al. wrote.',
        "In their 2019 paper “Sparse Routing Is Enough.”, Okonkwo et al. wrote.",
        "Okonkwo, T. (2019). Sparse routing is enough. In NeurIPS.",
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
            "He cited “Sparse Anchors for Long Video Retrieval” by He et al. twice.",
            ("He", "Sparse Anchors for Long Video Retrieval"),
        ),
        (
            "paper_title",
            "Marlowe, P. (2004) 'Boosted stumps', Pattern Analysis, 12(3), pp. 41–58.",
            ("Marlowe", "Boosted stumps"),
        ),
        (
            "paper_title",
            "Ødegård, S., & Virtanen, P. (2021). Do census clerks round ages? Evidence from parish books. Nordic Journal of Historical Data, 4(1), 77–95.",
            ("Ødegård", "Do census clerks round ages? Evidence from parish books"),
        ),
        (
            "paper_title",
            "15:10  Paper #12 — When Did They Marry? Wedding-Date Recovery. Sólrun Olsen, Hákun Dam",
            ("Olsen", "When Did They Marry? Wedding-Date Recovery"),
        ),
        (
            "paper_title",
            "C7  Nour Imane El Amrani: Spelling Variants in Sahelian Radio Transcripts",
            ("El Amrani", "Spelling Variants in Sahelian Radio Transcripts"),
        ),
        (
            "paper_title",
            "Halloran's 1957 paper “A Statistical Account of Telegraph Errors” contained tables.",
            ("Halloran", "A Statistical Account of Telegraph Errors"),
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
            "Odile Marchetti, the prize-winning architect whose bridges spanned three rivers, died on October 12, 2016.",
            ("Odile Marchetti", "2016-10-12"),
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
            "CURRICULUM VITAE\nTomasz Wierzbicki\nDate of birth: 17.09.1991 | Nationality: Polish",
            ("Tomasz Wierzbicki", "1991-09-17"),
        ),
        ("capital", "Nairobi has been the capital of Kenya since 1963.", ("Kenya", "Nairobi")),
        ("capital", "Bern is the de facto capital of Switzerland.", ("Switzerland", "Bern")),
        ("capital", "Quito, capital of Ecuador, sits high in the Andes.", ("Ecuador", "Quito")),
        ("capital", "Hanoi serves as the capital of Vietnam.", ("Vietnam", "Hanoi")),
        ("capital", "To the north lies Latvia, whose capital is Riga.", ("Latvia", "Riga")),
        ("capital", "Abuja, not Lagos, is the capital of Nigeria.", ("Nigeria", "Abuja")),
        ("capital", "Kiribati — Capital: Tarawa · Population: 0.1 million", ("Kiribati", "Tarawa")),
        (
            "capital",
            "State | Capital | Largest city\nNevada | Carson City | Las Vegas",
            ("Nevada", "Carson City"),
        ),
        (
            "capital",
            "Halifax, the capital of Nova Scotia, is on a harbour.",
            ("Nova Scotia", "Halifax"),
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
        ("birth_date", "Pipaluk (14 August 2001 – 2 May 2015) was a brown bear at the park."),
        (
            "death_date",
            "Pickles (8 May 2007 – 21 October 2020), our old spaniel, died in October.",
        ),
        (
            "birth_date",
            "When the federation dissolved, the Veldonian Republic was born on 4 March 1921.",
        ),
        (
            "birth_date",
            "Bożena Kowalczyk was born on 06.07.1904 in Rzeszów.",
        ),  # day-month order not stated
        ("capital", "1. What is the capital of Australia?"),
        (
            "paper_title",
            "Lumbria, the capital, was rebuilt in 1952. Ostvald, which was the capital until 1911. Remains quiet.",
        ),
        (
            "paper_title",
            "Dolores M. Whitcomb (née Carver), 81, of Topeka, was born June 22nd, 1939.",
        ),
        ("paper_title", "16:45  Panel: Open data in the humanities (moderator: Dr. Ruth Okafor)"),
        ("capital", "Sacramento became California's capital in 1854."),
        ("capital", "São Paulo is the financial capital of Brazil."),
        ("death_date", "Contrary to rumours, Elvis Presley did not die on 16 August 1987."),
        ("paper_title", 'The talk "Why We Sleep" was given by Matthew Walker.'),
        (
            "paper_title",
            "the letter frequencies of Danish, and in “Redundancy and Order in Written Danish” he wrote",
        ),
    ],
)
def test_more_near_misses(name, text):
    assert facts(name, text) == []


def test_a_place_name_does_not_run_on_through_and():
    text = "Vilnius is the capital of Lithuania and Tallinn is the capital of Estonia."
    assert facts("capital", text) == [
        ("capital", "Lithuania", "Vilnius"),
        ("capital", "Estonia", "Tallinn"),
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
