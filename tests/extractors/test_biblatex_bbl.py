"""biblatex's ``.bbl`` data files: ``\\entry{key}{type}{}`` … ``\\endentry``, the first author's
``family={…}`` inside ``\\name{author}``, the title in ``\\field{title}{…}``; the unit reaches
from the entry's opening to its end, however many lines the names take. Invented entries in
the form biber writes, with near-misses: an entry with editors only, and one never closed."""

from auditor.extraction import Extraction
from auditor.units import UnitReach, units_for
from extractors.base import select


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def entry(key, names, title, role="author"):
    parts = "".join(
        f"        {{{{hash=0f{i}}}{{%\n           family={{{family}}},\n"
        f"           familyi={{{family[0]}\\bibinitperiod}},\n           given={{{given}}},\n"
        f"           giveni={{{given[0]}\\bibinitperiod}},\n        }}}}%\n"
        for i, (given, family) in enumerate(names)
    )
    return (
        f"    \\entry{{{key}}}{{article}}{{}}\n      \\name{{{role}}}{{{len(names)}}}{{}}{{%\n"
        f"{parts}      }}\n      \\strng{{namehash}}{{0f0f}}\n"
        f"      \\field{{title}}{{{title}}}\n      \\field{{year}}{{2017}}\n    \\endentry\n"
    )


def test_entries_of_a_biblatex_bbl():
    text = (
        "\\refsection{0}\n  \\datalist[entry]{nyt/global//global/global}\n"
        + entry(
            "lund17", [("Maja", "Lund"), ("Pavel", "Orlov")], "Sparse Herons for {Wetland} Graphs"
        )
        + entry("vidal18", [("Inés", "Vidal")], "Message Passing over Reed Beds")
        + "  \\enddatalist\n\\endrefsection\n"
    )
    assert papers(text) == [
        ("Lund", "Sparse Herons for Wetland Graphs"),
        ("Vidal", "Message Passing over Reed Beds"),
    ]


def test_the_unit_runs_from_the_entry_to_its_end():
    text = "x\n" + entry("lund17", [("Maja", "Lund")] * 30, "Sparse Herons") + "y\n"
    start = text.index("\\entry")
    units = units_for(text, [(start, start + 7)], ("sentence", "block"), UnitReach(cap=200))
    assert units == [(start, text.index("\\endentry") + len("\\endentry"))]


def test_near_miss_an_entry_with_editors_only():
    assert papers(entry("ed19", [("Maja", "Lund")], "Collected Papers", role="editor")) == []


def test_near_miss_an_entry_never_closed():
    text = entry("lund17", [("Maja", "Lund")], "Sparse Herons").replace("\\endentry", "")
    assert papers(text) == []
