"""Every built-in extractor reads long runs of spaces and tabs in time linear in their length.

A dump holds pages padded with thousands of spaces or tabs (blanked forms, fixed-width
layouts). A pattern that opens with a run of spaces, or holds two runs side by side, tries the
rest of the run from every space, or splits it every way: quadratic in the run's length (a
16,000-space line took 4 to 10 s in the capital extractor's field, "whose capital" and
table-triple patterns, 2 s in the markup view every extractor reads). Each extractor reads the
same text with runs 8 times longer: linear reading takes about 8 times as long, quadratic 64.
Invented texts around the extractors' triggers."""

import time

import pytest

from extractors.base import select

CONTEXTS = {
    "capital": (
        "MATCH THE CAPITALS\n{L}\n1. Ohio    a. Columbus\n{L}\nPeru, whose capital is{L}Lima "
        "(capital{L}x)\nCapital{L}Lima\n"
    ),
    "life": (
        "Ken Moe (born{L}3 May 1950) was born on{L}\nKen Moe{L}died on 3 May 2000, Leeds{L}"
        "(1950{L}– 2000)\nKen Moe\t{T}born\t{T}3 May 1950\n"
    ),
    "paper": (
        'References\n[1]{L}A. Roe, B. Moe,{L}"Title of it," in Proc. (2019){L}et al.{L}'
        "Roe, A. (2019).{L}Title.\n"
    ),
    "tabs": 'Ken Moe\t{T}born 3 May 1950\tcapital\t{T}Lima\t"T"\t{T}(2019)\n',
}


def _seconds(extractor, context: str, width: int) -> float:
    text = context.replace("{L}", " " * width).replace("{T}", "\t" * width)
    start = time.perf_counter()
    list(extractor.extract(text))
    return time.perf_counter() - start


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("name", ["birth_date", "death_date", "capital", "paper_title"])
def test_long_runs_of_spaces_and_tabs_are_read_in_linear_time(name, context):
    extractor = next(e for e in select(None) if e.name == name)
    _seconds(extractor, CONTEXTS[context], 100)  # (lazy word lists and patterns loaded)
    small = _seconds(extractor, CONTEXTS[context], 2_000)
    large = _seconds(extractor, CONTEXTS[context], 16_000)
    assert large < max(20 * small, 0.5), (small, large)
