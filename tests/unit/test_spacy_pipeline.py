"""spaCy in the extraction path: the default rule pipeline, trigger windows, and a pipeline with
entities that vets subjects."""

import json

import pyarrow.parquet as pq
import spacy
from click.testing import CliRunner
from conftest import write_jsonl

from auditor.cli import main
from auditor.extraction import COMPONENT, WINDOW_RADIUS, Extraction, build_pipeline
from extractors.base import select


def test_the_default_pipeline_is_blank_english_with_a_sentencizer_and_the_fact_component():
    nlp = build_pipeline(("capital",))
    assert nlp.lang == "en" and nlp.pipe_names == ["sentencizer", COMPONENT]
    doc = nlp("Lima is the capital of Peru. It is on the coast.")
    assert len(list(doc.sents)) == 2
    assert [(f.subject, f.value) for f in doc.user_data["facts"]] == [("Peru", "Lima")]


def test_only_windows_around_trigger_words_reach_spacy():
    extraction = Extraction(select(["capital"]))
    filler = "Nothing to see on this line.\n" * 200  # 5,800 characters without a trigger
    text = (
        filler
        + "Lima is the capital of Peru.\n"
        + filler
        + "Oslo is the capital of Norway.\n"
        + filler
    )
    spans = extraction.windows(text)
    assert len(spans) == 2  # two triggers more than 2 * WINDOW_RADIUS apart
    for start, end in spans:
        assert end - start <= 2 * WINDOW_RADIUS + 200
        assert text[start - 1] == "\n" and text[end] == "\n"  # cut at line breaks
    assert extraction.windows(filler) == []
    facts = extraction.facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Peru", "Lima"), ("Norway", "Oslo")]
    assert [text[f.start : f.end] for f in facts] == [
        "Lima is the capital of Peru", "Oslo is the capital of Norway",
    ]  # fmt: skip  # offsets are the document's, not the window's


def _pipeline_with_entities(path):
    # A real pipeline on disk, loaded by name like any installed one: its entity ruler (named
    # "ner") knows one person and one country.
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Marie Curie"},
        {"label": "GPE", "pattern": "Peru"},
    ])  # fmt: skip
    nlp.to_disk(path)
    return path


def test_a_pipeline_with_entities_keeps_only_facts_whose_subject_is_an_entity(tmp_path):
    model = _pipeline_with_entities(tmp_path / "model")
    text = (
        "Marie Curie (born 7 November 1867) was a chemist. Rex Hound (born 1 May 1990) sang.\n"
        "Lima is the capital of Peru. Paris is the capital of Fashionland."
    )
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": text}])
    for model_args, expected in [
        (
            [],
            {
                ("birth_date", "marie curie"),
                ("birth_date", "rex hound"),
                ("capital", "peru"),
                ("capital", "fashionland"),
            },
        ),
        (["--spacy-model", str(model)], {("birth_date", "marie curie"), ("capital", "peru")}),
    ]:
        out = tmp_path / f"audit{len(model_args)}"
        result = CliRunner().invoke(
            main, ["scan", "-q", str(corpus), "--out", str(out), *model_args]
        )
        assert result.exit_code == 0, result.output
        report = json.loads((out / "report.json").read_text())
        found = set()
        for path in (out / "facts").glob("*.parquet"):
            found |= {(r["relation"], r["subject_key"]) for r in pq.read_table(path).to_pylist()}
        assert found == expected
        assert report["corpus"]["documents"] == 1


def test_a_missing_spacy_model_is_a_clear_error(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    result = CliRunner().invoke(
        main, ["scan", str(corpus), "--spacy-model", "en_core_web_nonexistent"]
    )
    assert result.exit_code == 1
    assert "spaCy pipeline 'en_core_web_nonexistent' is not installed" in result.output


def test_a_character_whose_lower_case_is_longer_loses_no_facts_and_shifts_no_offsets():
    # "İ" (U+0130) lower-cases to two code points; before the fix the whole document's triggers
    # were looked for in the original case and a sentence opening "Born" or "The capital" hid.
    # The only trigger is capitalised ("Born", "May"): matched in the original case, it hid.
    extraction = Extraction(select(["birth_date"]))
    text = "İzmir is a large city.\n\nBorn on 3 May 1950, Ayşe Kaya grew up in İzmir."
    facts = extraction.facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Ayşe Kaya", "1950-05-03")]
    assert text[facts[0].start : facts[0].end].startswith("Born on 3 May 1950")


def test_lower_keeping_offsets_keeps_length_and_lowers_everything_else():
    from auditor.extraction import lower_keeping_offsets

    text = "İSTANBUL Capital BORN"
    lowered = lower_keeping_offsets(text)
    assert len(lowered) == len(text)
    assert lowered == "İstanbul capital born"


def test_a_document_of_several_megabytes_dense_with_triggers_is_read_in_bounded_pieces():
    # Triggers every line merge the windows into one; spaCy refuses over 1,000,000 characters.
    from auditor.extraction import MAX_WINDOW

    line = "Lima is the capital of Peru and Oslo is the capital of Norway.\n"
    text = line * (1_500_000 // len(line))
    extraction = Extraction(select(["capital"]))
    spans = extraction.windows(text)
    assert max(b - a for a, b in spans) <= MAX_WINDOW
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(spans, spans[1:], strict=False))
    facts = extraction.facts(text)
    assert len(facts) == 2 * text.count("\n")


def test_a_long_run_without_line_breaks_or_spaces_is_cut_all_the_same():
    from auditor.extraction import MAX_WINDOW

    text = "born " + "x" * (3 * MAX_WINDOW)
    spans = Extraction(select(["birth_date"])).windows(text)
    assert spans and max(b - a for a, b in spans) <= MAX_WINDOW


def test_lone_surrogates_neither_crash_the_tokenizer_nor_shift_offsets():
    # json.loads turns the escape "\ud800" into a lone surrogate, which spaCy cannot hash.
    import json

    text = json.loads('"Broken \\ud800 escape. Lima is the capital of Peru."')
    facts = Extraction(select(["capital"])).facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Peru", "Lima")]
    assert text[facts[0].start : facts[0].end] == "Lima is the capital of Peru"


def test_a_window_reaches_across_blank_lines_to_the_heading_above():
    extraction = Extraction(select(["birth_date"]))
    text = "Ilse Varga\n\nBorn: 3 June 1902\n\nDied: 27 January 1961\n"
    (window,) = extraction.windows(text)
    assert window == (0, len(text))  # the name's own paragraph is inside it


def test_a_second_trigger_close_to_a_first_extends_the_window():
    extraction = Extraction(select(["capital"]))
    filler = "Nothing to see on this line at all.\n"
    # Two "capital"s 20 characters apart, then the second's radius reaches further down: the
    # window must run to the line WINDOW_RADIUS characters after the second, not the first.
    text = "capital letters and a capital idea\n" + filler * 100
    (window,) = extraction.prefilter.windows(text)  # the "window" unit kind
    second = text.index("capital", 1)
    assert window[1] >= second + WINDOW_RADIUS


def test_a_pipeline_reads_units_after_the_documents_opening(tmp_path):
    # through spaCy too, a pronoun far into the document finds the person its opening names
    path = tmp_path / "blank"
    spacy.blank("en").to_disk(path)
    filler = "The weather was mild that spring and the harbour was busy. " * 60
    text = f"Mira Castellan was a painter from Lyon.\n{filler}\nShe was born on 12 May 1950.\n"
    facts = Extraction(select(["birth_date"]), spacy_model=str(path)).facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Mira Castellan", "1950-05-12")]
    assert text[facts[0].start : facts[0].end].startswith("She was born")


def test_near_miss_a_pipeline_finds_nothing_in_the_opening_twice(tmp_path):
    path = tmp_path / "blank"
    spacy.blank("en").to_disk(path)
    filler = "The weather was mild that spring and the harbour was busy. " * 60
    text = f"Mira Castellan was born on 12 May 1950.\n{filler}\nShe was born in Lyon.\n"
    facts = Extraction(select(["birth_date"]), spacy_model=str(path)).facts(text)
    assert [(f.subject, f.value, f.start) for f in facts] == [("Mira Castellan", "1950-05-12", 0)]
