"""User-defined relations from a TOML file, and third-party extractors through entry points."""

import json
import sys
import textwrap

import pytest
from click.testing import CliRunner
from conftest import write_jsonl

from auditor.cli import main
from extractors import base, registry, user_patterns
from extractors.user_patterns import PatternFileError, load_patterns


@pytest.fixture(autouse=True)
def clean_registry(monkeypatch):
    """Relations a test registers are gone after it."""
    monkeypatch.setattr(registry, "_ADDED", dict(registry._ADDED))
    user_patterns._load.cache_clear()
    yield
    user_patterns._load.cache_clear()


PATTERNS = textwrap.dedent("""\
    # Founding dates of organisations and the instruments musicians play.
    [[relations]]
    name = "founded"
    triggers = ["founded"]
    normalizer = "date"

    [[relations.patterns]]
    regex = '(?P<subject>[A-Z][\\w&]+(?: [A-Z][\\w&]+)*) was founded on (?P<value>\\d{1,2} [A-Z][a-z]+ \\d{4})'

    [[relations]]
    name = "plays"
    triggers = ["plays"]
    normalizer = "text"

    [[relations.patterns]]
    tokens = [
      { IS_TITLE = true, OP = "+", part = "subject" },
      { LOWER = "plays" }, { LOWER = "the" },
      { IS_ALPHA = true, part = "value" },
    ]
""")


def test_regex_and_token_patterns_run_in_a_scan(tmp_path):
    patterns = tmp_path / "p.toml"
    patterns.write_text(PATTERNS, encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "1", "text": "Acme Rockets was founded on 3 May 1950. Ella Fitz plays the trumpet."},
        {"id": "2", "text": "Acme Rockets was founded on 3 May 1950, and Bo Diddley plays the guitar."},
        {"id": "3", "text": "Globex was founded on 31 February 1990."},  # no such date: no fact
    ])  # fmt: skip
    out = tmp_path / "audit"
    result = CliRunner().invoke(
        main, ["scan", "-q", str(corpus), "--out", str(out), "--patterns", str(patterns)]
    )
    assert result.exit_code == 0, result.output
    categories = {
        c["relation"]: c for c in json.loads((out / "report.json").read_text())["categories"]
    }
    # founded: Acme twice -> N = 2, n1 = 0; plays: two facts once each -> N = 2, n1 = 2
    assert (categories["founded"]["mentions"], categories["founded"]["singletons"]) == (2, 0)
    assert (categories["plays"]["mentions"], categories["plays"]["singletons"]) == (2, 2)
    facts = {
        (f.relation, f.subject, f.value)
        for e in load_patterns(patterns)
        for f in e.extract("Acme Rockets was founded on 3 May 1950. Ella Fitz plays the trumpet.")
    }
    assert facts == {("founded", "Acme Rockets", "1950-05-03"), ("plays", "Ella Fitz", "trumpet")}
    listed = CliRunner().invoke(main, ["extractors", "--patterns", str(patterns)]).output
    assert "founded\tv1\tfounded" in listed and "plays\tv1\tplays" in listed


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ('[[relations]]\nname = "x"\ntriggers = [\n', 3, "not valid TOML"),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\n\n[[relations.patterns]]\nregex = \'(?P<subject>\\w+) founded\'\n',
            6,
            "no named group 'value'",
        ),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\n\n[[relations.patterns]]\nregex = \'(?P<subject>\\w+) (?P<value>\'\n',
            6,
            "invalid regular expression",
        ),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\nnormalizer = "number"\n[[relations.patterns]]\nregex = \'(?P<subject>a)(?P<value>b)\'\n',
            4,
            "normalizer 'number' is not one of date, text, title",
        ),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\n[[relations.patterns]]\ntokens = [{ LOWER = "x", part = "subject" }, { SHOUT = "y", part = "value" }]\n',
            5,
            "not a valid spaCy Matcher pattern",
        ),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\n[[relations.patterns]]\ntokens = [{ LOWER = "x", part = "subject" }]\n',
            5,
            'part = "value"',
        ),
        (
            '[[relations]]\nname = "founded"\ntriggers = ["f"]\ncolour = "red"\n[[relations.patterns]]\nregex = \'(?P<subject>a)(?P<value>b)\'\n',
            2,
            "unknown key(s) colour",
        ),
        (
            "[[relations]]\nname = \"founded\"\n[[relations.patterns]]\nregex = '(?P<subject>a)(?P<value>b)'\n",
            2,
            "needs triggers",
        ),
        (
            '[[relations]]\nname = "capital"\ntriggers = ["f"]\n[[relations.patterns]]\nregex = \'(?P<subject>a)(?P<value>b)\'\n',
            2,
            "exists already",
        ),
    ],
)
def test_a_bad_pattern_file_is_reported_with_its_line(tmp_path, text, line, problem):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternFileError) as caught:
        load_patterns(path)
    message = str(caught.value)
    assert problem in message
    assert f"line {line}" in message
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--patterns", str(path)])
    assert result.exit_code == 1 and problem in result.output and "Traceback" not in result.output


def test_third_party_extractors_register_through_entry_points(tmp_path, monkeypatch):
    # A real installed distribution, as pip would leave it: a module and its dist-info.
    (tmp_path / "motto_plugin.py").write_text(
        textwrap.dedent("""\
        import re
        from extractors.base import Fact

        class MottoExtractor:
            name = "motto"
            version = "1"
            relations = ("motto",)
            triggers = ("motto",)

            def extract(self, text):
                for m in re.finditer(r"(\\w+)'s motto is \\"([^\\"]+)\\"", text):
                    yield Fact(m.start(), m.end(), "motto", m[1], m[2])
    """),
        encoding="utf-8",
    )
    info = tmp_path / "motto_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: motto-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[fact_auditor.extractors]\nmotto = motto_plugin:MottoExtractor\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "motto" in base.available()
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": 'Harvard\'s motto is "Veritas".'}])
    out = tmp_path / "audit"
    result = CliRunner().invoke(
        main, ["scan", "-q", str(corpus), "--out", str(out), "--extractors", "motto"]
    )
    assert result.exit_code == 0, result.output
    (motto,) = json.loads((out / "report.json").read_text())["categories"]
    assert (motto["relation"], motto["mentions"], motto["singletons"]) == ("motto", 1, 1)
    sys.modules.pop("motto_plugin", None)
