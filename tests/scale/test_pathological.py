"""Adversarial documents: every one is read to the end within a time limit, without a crash.

No pattern may backtrack without bound: each input below is shaped to make a backtracking
pattern explode (long runs of what a name, an initial, a quote or a parenthesis looks like) or
to stress the machinery around the patterns (one 10 MB line, no spaces, control characters, lone
surrogates, mixed scripts, dense triggers). The limit is generous, a hang detector rather than a
speed test: speed is measured by bench/ on real text.
"""

import signal

import pytest

from auditor.extraction import Extraction
from extractors.base import select

LIMIT_SECONDS = 120  # a 10 MB line dense with facts takes ~30 s on a quiet core

CASES = {
    "hyphenated capitals before a birth parenthesis": "A-" * 30 + " (born 3 May 1950)",
    "a run of initials before et al": "A. " * 40 + "et al. 2019. A title of a paper.",
    "a long run of initials": "A. B. " * 2000 + "et al.",
    "runs of capitalised words": "Abc " * 5000 + "(born 3 May 1950)",
    "capitalised words without spaces": "Abc" * 30000 + " born 3 May 1950",
    "a run of hyphens": "-" * 200_000 + " born 3 May 1950",
    "a run of straight quotes": '"' * 100_000 + " paper ",
    "a run of curly quotes and words": "“A " * 30_000 + " paper",
    "deep parentheses": "(" * 100_000 + "born 3 May 1950" + ")" * 100_000,
    "control characters": "\x00\x01\x02 Ann Lee born 3 May 1950 \x1b[0m" * 1000,
    "lone surrogates": "Ann \ud800 Lee (born 3 May 1950) \udfff" * 1000,
    "mixed scripts": "Ж 中 العربية born 3 May 1950 Ωmega " * 3000,
    "one line of 10 MB": (
        ("The river runs by the old mill and the town grows. " * 200)
        + "Lima is the capital of Peru. Ann Lee (born 3 May 1950) paints. "
    )
    * 960,
    "10 MB without a space": "x" * 10_000_000,
    "dense years": "(2019). " * 50_000,
    "dense capitals": "capital " * 200_000,
    "dense births": "born on 3 May 1950, " * 50_000,
    "deep BibTeX braces": "@article{" + "{" * 50_000 + "title = {x}",
    "dense et al": "Smith et al. " * 50_000,
    "a million line breaks": "\n" * 1_000_000 + "born 3 May 1950",
    "dense programme times": "10:00 " * 100_000,
    "a long table row": "| " + " | ".join(["Name", "Born", "Died"] * 20_000) + " |\n| a | b |",
    "a list of entries without end": "- Smith, J. (2019). Title of a work. Journal.\n" * 20_000,
    "wiki tables opened and never closed": "{|\n! State !! Capital\n| a || b\n" * 20_000,
    "dense JSON escapes": '{"text": "'
    + "Ann \\u00e9 Lee \\n born 3 May 1950 \\u2013 " * 50_000
    + '"}',
    "code records without end": "'title' => 'A title of a work', " * 50_000 + "'author' => 'Roe'",
    "lines like R citations": "Ann Lee (2019). A title of a work.\n" * 20_000,
    "a long table, a trigger in every row": "| Land | capital Town | (2019) |\n" * 20_000,
    "lines of spaces among list items": ("- **A Title Here**\n" + " " * 3000 + "\n") * 300,
    "long labels before colons": ("- Abc Def Ghi " * 20 + "Ann Lee: A Title Of Work (2019)\n")
    * 500,
    "spaces after headings and times": (
        "Births" + " " * 3000 + "x\nPapers" + " " * 3000 + ":x\n09:00" + " " * 3000 + "x\n"
        "Ann Lee" + " " * 3000 + "– \"A\n"
    )
    * 100,
    "entities and breaks": ("&#8217;&nbsp;<br>" * 20_000 + "born 3 May 1950 (2019). ") * 5,
    "run-together reference numbers": "[1] A. " + " ".join(f"[{n}] B. 2019." for n in range(2, 20_000)),
}


class _TooSlow(Exception):
    pass


@pytest.fixture(scope="module")
def extraction():
    return Extraction(select(None))


@pytest.mark.parametrize("name", list(CASES))
def test_an_adversarial_document_is_read_within_the_limit(extraction, name):
    def expired(signum, frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, LIMIT_SECONDS)
    try:
        facts = extraction.facts(CASES[name])
    except _TooSlow:
        pytest.fail(f"{name}: not read within {LIMIT_SECONDS} s (a pattern backtracks)")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert isinstance(facts, list)
