"""Every built-in extractor reads long runs of one character in time linear in their length.

A dump holds pages padded with thousands of spaces or tabs (blanked forms, fixed-width
layouts), rules of dashes, underscores or asterisks, runs of quotes and digits. A pattern that
opens with such a run, or holds two runs side by side, or is anchored at a line's end, tries
the rest of the run from every character of it, or splits it every way: quadratic in the
run's length (a 16,000-space line took 4 to 12 s in the capital extractor's field, "whose
capital", quiz and table-triple patterns, 2 s in the markup view every extractor reads, which
blanks asterisks and quotes to spaces; 8,000 tabs 13 s in the life dates' triple test; a
2,000-space "Capital:<run>Lima" line 10 s, and "Peru | capital | Lima<run>x" 22 s, cubic). Each
extractor reads the same text with runs 8 times longer: linear reading takes about 8 times as
long, quadratic 64. Invented texts around the extractors' triggers."""

import time

import pytest

from extractors.base import select

# each relation's triggers and constructions, a run ("{F}") inside and between them
CONTEXTS = {
    "capital": (
        "MATCH THE CAPITALS\n{F}\n1. Ohio    a. Columbus\n{F}\nPeru, whose capital is{F}Lima "
        "(capital{F}x)\nCapital{F}Lima\nThe capital of {F}Peru is Lima{F}. Capital: {F}Lima\n"
        "capitals{F}= {{'Peru': 'Lima'}}\nPeru{F}| capital{F}| Lima\nCapital:{F}Lima\n"
        "Peru | capital | Lima{F}x\n"
        # (an SQL row given as a SELECT, its run of quotes read as one value's)
        "INSERT INTO capitals (a, b) SELECT {F}(x\n"
    ),
    "life": (
        "Ken Moe (born{F}3 May 1950) was born on{F}\nKen Moe{F}died on 3 May 2000, Leeds{F}"
        "(1950{F}– 2000)\nKen Moe\t{F}born\t{F}3 May 1950\nKen Moe{F}| born{F}| 3 May 1950\n"
    ),
    "paper": (
        'References\n[1]{F}A. Roe, B. Moe,{F}"Title of it," in Proc. (2019){F}et al.{F}'
        'Roe, A. (2019).{F}Title.\n[2] {F}A. Roe, "Title {F} of it," in Proc. (2019).\n'
    ),
}
FILLERS = {"space": " ", "tab": "\t", "star": "*", "quote": "'", "underscore": "_", "dash": "-"}


def _seconds(extractor, context: str, filler: str, width: int) -> float:
    text = context.replace("{F}", filler * width)
    start = time.perf_counter()
    list(extractor.extract(text))
    return time.perf_counter() - start


@pytest.mark.parametrize("filler", sorted(FILLERS))
@pytest.mark.parametrize("name", ["birth_date", "death_date", "capital", "paper_title"])
def test_long_runs_of_one_character_are_read_in_linear_time(name, filler):
    extractor = next(e for e in select(None) if e.name == name)
    context = "\n".join(CONTEXTS.values())
    _seconds(extractor, context, FILLERS[filler], 100)  # (lazy word lists and patterns loaded)
    small = _seconds(extractor, context, FILLERS[filler], 1_000)
    large = _seconds(extractor, context, FILLERS[filler], 8_000)
    assert large < max(20 * small, 0.5), (small, large)
