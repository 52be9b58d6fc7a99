"""The trained parts of reference reading: the line features and line labels of the entry
segmenter, the shipped line model, and the labeller's confidence-gated title cuts. Every input
is invented, in the general form of its construction."""

import time

import pytest

from extractors.references.labeller import _trim_title_run
from extractors.references.segment import (
    _shipped_segmenter,
    entries_of_labels,
    line_features,
    segment_by_model,
    segment_by_rules,
)
from extractors.references.tokens import blank_markup, tokenize


def _feature(row, name):
    return next(f for f in row if f.startswith(name + "="))


def test_line_features_numbering_continuity():
    text = "[1] Quarrel, A. Ponds.\n[2] Pemberton, N. Reeds.\n[7] Okafor, L. Dawn.\n"
    spans, rows = line_features(text)
    assert len(spans) == 3
    # 1 opens a list, 2 follows 1, 7 does not follow 2
    assert [_feature(row, "num") for row in rows] == ["num=one", "num=next", "num=jump"]
    assert all(_feature(row, "mk") == "mk=[n]" for row in rows)
    # each line's text opens with an inverted name ("Quarrel, A.")
    assert all(_feature(row, "open") == "open=inverted" for row in rows)


def test_line_features_indentation_and_blank_lines():
    text = "Quarrel, A. Ponds and\n   their keepers.\n\nPemberton, N. Reeds.\n"
    spans, rows = line_features(text)
    # the blank line is no line of its own; it marks the line after it
    assert [text[a:b] for a, b in spans] == [
        "Quarrel, A. Ponds and",
        "   their keepers.",
        "Pemberton, N. Reeds.",
    ]
    assert _feature(rows[1], "rel") == "rel=deeper"
    assert _feature(rows[1], "open") == "open=lower"
    assert _feature(rows[1], "pend") == "pend=lower"  # "and" ends the line before
    assert _feature(rows[2], "blank") == "blank=1"
    assert _feature(rows[1], "blank") == "blank=0"
    assert _feature(rows[2], "rel") == "rel=shallower"


def test_entries_of_labels():
    text = "References\nQuarrel, A. Ponds and\n  keepers.\nPemberton, N. Reeds.\nThat is all."
    spans, _ = line_features(text)
    entries = entries_of_labels(text, spans, ["O", "B", "I", "B", "O"])
    assert [text[e.start : e.end] for e in entries] == [
        "Quarrel, A. Ponds and\n  keepers.",
        "Pemberton, N. Reeds.",
    ]
    # a continuation with no entry open opens one; an O line closes the entry before it
    entries = entries_of_labels(text, spans, ["I", "I", "O", "I", "I"])
    assert [text[e.start : e.end] for e in entries] == [
        "References\nQuarrel, A. Ponds and",
        "Pemberton, N. Reeds.\nThat is all.",
    ]


needs_model = pytest.mark.skipif(_shipped_segmenter() is None, reason="no line model shipped")


def _by_model(text):
    return [text[e.start : e.end] for e in segment_by_model(text, _shipped_segmenter())]


@needs_model
def test_trained_segmenter_numbered_entries_wrapped_over_lines():
    text = (
        "References\n\n"
        "[1] A. Quarrel and N. Pemberton. Counting reeds in shallow ponds with\n"
        "    sparse sensors. Journal of Pond Studies, 3(2):1-9, 2011.\n"
        "[2] L. Okafor. Dawn chorus of the marsh warbler. Reed Review, 4:2-8, 2012.\n"
        "[3] N. Pemberton, A. Quarrel, and L. Okafor. Keepers of the northern\n"
        "    valleys and their ponds. In Proc. Pond Conf., pages 1-9, 2013.\n"
    )
    entries = [entry.strip() for entry in _by_model(text)]
    assert [e[:3] for e in entries] == ["[1]", "[2]", "[3]"]
    assert entries[0].endswith("2011.") and entries[2].endswith("2013.")


@needs_model
def test_trained_segmenter_hanging_indent_without_markers():
    text = (
        "Quarrel, A. (2011). Counting reeds in shallow ponds with sparse\n"
        "    sensors. Journal of Pond Studies, 3(2), 1-9.\n"
        "Okafor, L. (2012). Dawn chorus of the marsh warbler. Reed Review,\n"
        "    4, 2-8.\n"
    )
    entries = _by_model(text)
    assert len(entries) == 2
    assert entries[1].startswith("Okafor") and entries[1].rstrip().endswith("2-8.")


@needs_model
def test_trained_segmenter_leaves_a_heading_out():
    # near miss: the heading line above a list is no entry and no part of the first entry
    text = (
        "Further reading\n"
        "- Quarrel, A. (2011). Counting reeds in shallow ponds. Pond Studies, 3, 1-9.\n"
        "- Okafor, L. (2012). Dawn chorus of the marsh warbler. Reed Review, 4, 2-8.\n"
    )
    entries = _by_model(text)
    assert all("Further reading" not in entry for entry in entries)
    assert [entry[:9] for entry in entries] == ["- Quarrel", "- Okafor,"]


@needs_model
def test_trained_segmenter_is_fast_on_pathological_input():
    text = ("1. Quarrel, A., " * 30 + "\n") * 300 + ("(" * 200) + ("**" * 200)
    started = time.perf_counter()
    segment_by_model(text, _shipped_segmenter())
    segment_by_rules(text)
    assert time.perf_counter() - started < 2.0


def _run_of(text, first, last):
    """Token positions (start, end) of the tokens ``first`` .. ``last`` (first occurrences)."""
    words = [text[a:b] for a, b in tokenize(text)]
    return words.index(first), words.index(last) + 1


def test_title_cut_at_a_full_stop_only_where_the_labeller_doubts_the_rest():
    text = "Quarrel, A. (2011). Steps along a pond. Reeds and keepers. Pond Press."
    blanked, spans = blank_markup(text), tokenize(text)
    run = _run_of(text, "Steps", "keepers.")  # "Steps … pond. Reeds and keepers."
    length = run[1] - run[0]
    # without marginals the title ends at its first full stop after a word
    cut = _trim_title_run(blanked, spans, run)
    assert cut == (run[0], run[0] + 4)
    # the labeller is sure of the words after the stop: a subtitle, no cut
    assert _trim_title_run(blanked, spans, run, [0.99] * length) == run
    # it doubts them: a venue swallowed, cut
    doubted = [0.99] * 4 + [0.6, 0.99, 0.99]
    assert _trim_title_run(blanked, spans, run, doubted) == (run[0], run[0] + 4)


def test_title_cut_before_in_whatever_the_labeller_says():
    text = "Quarrel, A. 2011. Ponds of the north. In Keepers of Reeds, 1-9."
    blanked, spans = blank_markup(text), tokenize(text)
    run = _run_of(text, "Ponds", "Reeds,")
    length = run[1] - run[0]
    assert _trim_title_run(blanked, spans, run, [0.99] * length) == (run[0], run[0] + 4)


class _AllContinue:
    """A stand-in line model that reads every line as continuing an entry."""

    def tag(self, features):
        return ["I"] * len(features)


def test_segment_uses_the_rules_where_the_model_runs_a_list_together(monkeypatch):
    import extractors.references.segment as segmenter

    monkeypatch.setattr(segmenter, "USE_LINE_MODEL", True)
    monkeypatch.setattr(segmenter, "_shipped_segmenter", lambda: _AllContinue())
    # 30 unmarked lines of 60 characters: one entry of 1,859 characters by the stand-in
    line = "Quarrel, A. (2011). Counting reeds in the shallow ponds, 1-9."
    long_block = "\n".join([line] * 30)
    assert [(e.start, e.end) for e in segmenter.segment(long_block)] == [
        (e.start, e.end) for e in segment_by_rules(long_block)
    ]
    assert len(segmenter.segment(long_block)) == 30
    # near miss: a short block run together stays as the model read it (one entry) where its
    # lines neither carry a year each nor end a sentence each (a wrapped entry)
    wrapped = 'Quarrel, A. and Okafor, L. "Counting reeds in the shallow ponds of the'
    short_block = "\n".join([wrapped] * 3)
    assert len(segmenter.segment(short_block)) == 1


def test_segment_keeps_the_rules_for_marked_lists_and_by_default(monkeypatch):
    import extractors.references.segment as segmenter

    marked = "1. Quarrel, A. Ponds.\n2. Pemberton, N. Reeds.\n"
    monkeypatch.setattr(segmenter, "_shipped_segmenter", lambda: _AllContinue())
    # the model is off by default (see USE_LINE_MODEL): the rules read every block
    monkeypatch.setattr(segmenter, "USE_LINE_MODEL", False)
    assert len(segmenter.segment("Quarrel, A. Ponds.\nPemberton, N. Reeds.\n")) == 2
    # switched on, a block with list markers still goes to the rules
    monkeypatch.setattr(segmenter, "USE_LINE_MODEL", True)
    assert len(segmenter.segment(marked)) == 2


def test_one_entry_a_line_without_markers_stays_one_entry_a_line():
    from extractors.references.segment import segment

    text = (
        "Counting Herons from Low Orbit. Mira Castellan, et al.\n"
        "Reed Beds as Sediment Traps. Lio Okafor, et al.\n"
        "Ponds at Dawn. Ashton Quarrel, et al.\n"
    )
    entries = [text[e.start : e.end].strip() for e in segment(text)]
    assert entries == text.strip().split("\n")


def test_paragraph_entries_of_an_author_year_line_a_title_line_and_a_venue_line():
    # the model keeps each blank-line paragraph whole; a venue's page range ("1664-1671") is
    # no year of its own, and pieces of two lines are no one-line entries to split apart
    from extractors.references.segment import segment

    text = (
        "Finch, E. S., Shen, X., Moe, M. D. (2015).\n"
        "Wetland fingerprinting: identifying ponds by patterns of reed growth.\n"
        "\\emph{Nature Ecology}, \\emph{18}, 1664-1671.\n\n"
        "Roe, M. D., Finch, E. S. (2016).\n"
        "A marker of sustained growth from whole-pond sediment budgets.\n"
        "\\emph{Nature Ecology}, \\emph{19}, 165-171.\n"
    )
    entries = [text[e.start : e.end] for e in segment(text)]
    assert len(entries) == 2
    assert entries[0].startswith("Finch") and entries[0].rstrip().endswith("1664-1671.")
    # near-miss: one-line entries that each carry their year stay apart
    lines = "Roe, A. (2001). Title one. Journal 1.\nMoe, B. (2003). Title two. Journal 2.\n"
    assert len(segment(lines)) == 2
