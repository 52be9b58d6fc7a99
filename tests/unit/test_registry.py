"""One RelationSpec per relation, registered explicitly: built-ins by builtin_specs(), pattern
files when loaded; importing an extractor module registers nothing."""

import ast
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from extractors import base, registry, user_patterns
from extractors.api import KNOWN_UNIT_KINDS, RelationSpec

EXTRACTORS = Path(__file__).resolve().parents[2] / "extractors"


@pytest.fixture(autouse=True)
def clean_registry(monkeypatch):
    monkeypatch.setattr(registry, "_ADDED", dict(registry._ADDED))
    user_patterns._load.cache_clear()
    yield
    user_patterns._load.cache_clear()


def test_importing_the_extractor_modules_registers_nothing():
    # A fresh interpreter: this process has built the specs already.
    script = textwrap.dedent("""\
        import extractors.capital, extractors.life_dates, extractors.paper_title
        from extractors import registry
        assert registry._ADDED == {}, registry._ADDED
        assert registry.builtin_specs.cache_info().currsize == 0
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_no_extractor_module_calls_anything_that_registers_at_import():
    """No top-level statement of a module under extractors/ calls register() or add()."""
    offenders = []
    for path in sorted(EXTRACTORS.rglob("*.py")):
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(statement, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(statement):
                if isinstance(node, ast.Call):
                    called = node.func
                    name = (
                        called.attr
                        if isinstance(called, ast.Attribute)
                        else getattr(called, "id", "")
                    )
                    if name in {"register", "add"}:
                        offenders.append(f"{path.name}:{statement.lineno}")
    assert offenders == []


def test_the_registry_lists_the_four_builtins_with_their_questions():
    specs = registry.specs()
    builtin = {s.name: s for s in registry.builtin_specs()}
    assert set(builtin) == {"birth_date", "death_date", "capital", "paper_title"}
    assert {n: s for n, s in specs.items() if s.origin == "builtin"} == builtin
    # the questions file, read here on its own
    questions = tomllib.loads((EXTRACTORS / "data" / "questions.toml").read_text("utf-8"))
    for name, spec in builtin.items():
        assert isinstance(spec, RelationSpec)
        assert spec.extractor.name == name and spec.relations == (name,)
        # the units declared for it (auditor/units.py), of kinds the scan knows
        assert (spec.unit_kinds, spec.unit_reach) == registry.BUILTIN_UNITS[name]
        assert set(spec.unit_kinds) <= set(KNOWN_UNIT_KINDS)
        assert spec.trigger_pattern and spec.trigger_anchors
        assert all(anchor == anchor.lower() for anchor in spec.trigger_anchors)
        assert spec.question is not None
        assert spec.question.question == questions[name]["question"]
        assert spec.question.answer == questions[name]["answer"]
    assert builtin["paper_title"].question.asks == "subject"
    # the same objects every time: an extractor is built once per process
    assert registry.builtin_specs()[0].extractor is registry.builtin_specs()[0].extractor
    # the older names are thin wrappers over the specs
    assert base.select(["capital"]) == [builtin["capital"].extractor]
    capital = builtin["capital"].extractor
    assert base.trigger_pattern(capital) == capital.trigger_pattern  # type: ignore[attr-defined]


def test_a_pattern_files_relation_appears_with_its_spec(tmp_path):
    path = tmp_path / "founded.toml"
    path.write_text(
        textwrap.dedent("""\
        [[relations]]
        name = "founded"
        triggers = ["Founded"]
        normalizer = "date"
        question = "When was {subject} founded?"

        [[relations.patterns]]
        regex = '(?P<subject>[A-Z]\\w+) was founded on (?P<value>\\d+ \\w+ \\d{4})'
    """),
        encoding="utf-8",
    )
    assert "founded" not in registry.specs()
    user_patterns.load_patterns(path)
    spec = registry.specs()["founded"]
    assert spec.origin == str(path.resolve())
    assert spec.relations == ("founded",) and spec.triggers == ("founded",)
    assert spec.trigger_pattern == "founded" and spec.trigger_anchors == ("founded",)
    assert spec.unit_kinds == ("window",)
    assert spec.question is not None
    assert (spec.question.question, spec.question.answer) == ("When was {subject} founded?", "date")
    facts = list(spec.extractor.extract("Acme was founded on 3 May 1901."))
    assert [(f.subject, f.value) for f in facts] == [("Acme", "1901-05-03")]
    assert base.select(["founded"]) == [spec.extractor]


def test_a_relation_name_is_registered_once():
    (capital,) = registry.select_specs(["capital"])
    with pytest.raises(ValueError, match="registered already"):
        registry.add(capital)
    with pytest.raises(KeyError, match="available: birth_date, capital"):
        registry.select_specs(["capitals"])


def test_a_trigger_pattern_splits_into_its_top_level_alternatives():
    from extractors.api import alternatives

    # by hand: "|" inside a group, a class (also as its first member) or after a backslash
    # does not cut
    pattern = r"\bet\s+al\b|(?:a|b)c|[|]x|[]|]y|[^]|]z|\|w|\(d\.|(?m:^)q"
    assert alternatives(pattern) == [
        r"\bet\s+al\b",
        "(?:a|b)c",
        "[|]x",
        "[]|]y",
        "[^]|]z",
        r"\|w",
        r"\(d\.",
        "(?m:^)q",
    ]
    assert alternatives("plain") == ["plain"]
    for spec in registry.builtin_specs():  # every piece is a regular expression of its own
        parts = alternatives(spec.trigger_pattern)
        assert "|".join(parts) == spec.trigger_pattern
        for part in parts:
            re.compile(part)


def test_the_life_date_trigger_passes_dates_only_where_a_life_sets_them():
    (birth,) = registry.select_specs(["birth_date"])
    trigger = re.compile(birth.trigger_pattern, re.IGNORECASE)
    # written out by hand: a Reuters dateline, a month and a day without a year, a message's
    # own date, a date in plain prose, a novel's "rest" and "departed"
    for text in (
        "NEW YORK, March 3 - Shares rose.",
        "on Sept. 21 at noon",
        "June 14th, said",
        "Date: 5 Apr 1993 10:20:01 GMT",
        "The bridge opened on March 14, 1879, to great crowds.",
        "the rest of the crew departed at dawn",
    ):
        assert not trigger.search(text), text
    # a life's words and layouts: the event words, a span's dates, a date in brackets, opening
    # a line or after a field's label, a death's other verbs with their date, ISO dates
    for text in (
        "he was born",
        "Ann Roe (14 March 1879 – 18 April 1955)",
        "Ann Roe, March 14, 1879 - April 18, 1955",
        "14th June 1954 – 24th May 2019",
        "ANN ROE\nMarch 14, 1879",
        "Sunset: April 18, 1955",
        "| Ann Roe | 14 March 1879 |",
        "Ann Roe was killed in action on April 18, 1917.",
        "On April 18, 1917, Ann Roe was killed in action.",
        "1902-11-09",
    ):
        assert trigger.search(text), text


def test_the_life_date_trigger_takes_other_languages_verbs_as_phrases():
    (birth,) = registry.select_specs(["birth_date"])
    trigger = re.compile(birth.trigger_pattern, re.IGNORECASE)
    # written out by hand: an alliance's and a word's own letters are no verb of a life
    for text in ("NATO ministers met in Brussels.", "a mortgage on the house"):
        assert not trigger.search(text), text
    for text in ("Ana Ruiz è nata a Roma", "Jean Roe est mort à Lyon", "Ana Ruiz nació en Lima"):
        assert trigger.search(text), text
