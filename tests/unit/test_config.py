"""One configuration object: the defaults ``auditor scan --help`` prints are those of
``auditor.config.DEFAULTS``, and the README's synopsis of ``auditor scan`` names every option
the command has (and its stated defaults are the same)."""

from __future__ import annotations

import dataclasses
import re

from click.testing import CliRunner
from conftest import REPO

from auditor import config
from auditor.cli import main
from auditor.config import DEFAULTS
from auditor.options import ScanOptions

# The scan options whose default the help states as a number.
NUMERIC = {"retrieval_threshold", "merge_threshold", "max_doc_mb", "split_mb", "doc_timeout"}


def scan_help() -> str:
    # Wide enough that no option's text is wrapped: one line an option.
    return CliRunner().invoke(main, ["scan", "--help"], terminal_width=10_000).output


def option_entries(text: str) -> list[str]:
    """The help's option entries, one string each: click puts the text of an option with a
    long name on the line below it."""
    entries: list[str] = []
    for line in text.splitlines():
        if re.match(r"\s+(?:-\w, )?--[\w-]+", line) or not entries:
            entries.append(line)
        else:
            entries[-1] += " " + line.strip()
    return entries


def help_defaults(text: str) -> dict[str, str]:
    """{option's long name: the default the help prints}, e.g. {"--split-mb": "64.0"}."""
    found = {}
    for line in option_entries(text):
        option = re.match(r"\s+(?:-\w, )?(--[\w-]+)", line)
        # click adds a number's range after the default: "; x>0", "; 0<=x<=1".
        default = re.search(r"\[default: (.*?)(?:; (?:[\d.]+<=?)?x(?:[<>]=?[\d.]+)?)?\]\s*$", line)
        if option and default:
            found[option.group(1)] = default.group(1)
    return found


def help_options(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^\s+(?:-\w, )?(--[\w-]+)", text, re.MULTILINE)}


def field_of(option: str) -> str:
    return option.removeprefix("--").replace("-", "_")


def test_the_help_parser_reads_a_default_and_its_range():
    line = "  --split-mb FLOAT RANGE          Size of the pieces.  [default: 64.0; x>0]"
    assert help_defaults(line) == {"--split-mb": "64.0"}
    assert help_defaults("  -q, --quiet  No progress bars.") == {}
    wrapped = (
        "  --count-by [mentions|documents]\n                  Count a fact.  [default: mentions]"
    )
    assert help_defaults(wrapped) == {"--count-by": "mentions"}


def test_every_default_the_help_prints_is_the_configurations():
    printed = help_defaults(scan_help())
    fields = {f.name for f in dataclasses.fields(config.Defaults)}
    options = {field_of(option) for option in printed}
    # Every option with a default shows it, and every scan default belongs to an option
    # (the limits below are checks, not options).
    assert options == fields - {"parallel_min_bytes", "min_memory_limit_bytes", "min_free_bytes"}
    for option, shown in printed.items():
        value = getattr(DEFAULTS, field_of(option))
        if option == "--workers":
            # None: the cores, or one process under the parallel threshold, which it names.
            assert value is None
            assert f"{DEFAULTS.parallel_min_bytes // 2**20} MiB" in shown
        elif field_of(option) in NUMERIC:
            assert float(shown) == value, option
        else:
            assert shown == value, option


def test_the_library_defaults_are_the_configurations():
    options = ScanOptions(extractor_names=("capital",))
    for name in ("text_field", "id_field", "count_by", "retrieval_threshold", "merge_threshold",
                 "engine", "doc_timeout", "max_doc_bytes", "split_bytes"):  # fmt: skip
        assert getattr(options, name) == getattr(DEFAULTS, name), name
    # The derived sizes, by hand: 10 decimal megabytes, 64 binary ones.
    assert DEFAULTS.max_doc_bytes == 10_000_000
    assert DEFAULTS.split_bytes == 64 * 1024 * 1024 == config.DEFAULT_SPLIT_BYTES


def readme_scan_synopsis() -> str:
    """The README's synopsis of `auditor scan`: from its first line to the next command's."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n(auditor scan .*?)\n```", readme, re.DOTALL)
    assert block, "the README's command-line synopsis is missing"
    lines = block.group(1).splitlines()
    scan = [lines[0]]
    for line in lines[1:]:
        if line.startswith("auditor "):
            break
        scan.append(line)
    return "\n".join(scan)


def test_the_readme_synopsis_names_every_option_of_scan():
    synopsis = readme_scan_synopsis()
    named = set(re.findall(r"--[\w-]+", synopsis))
    options = help_options(scan_help()) - {"--help"}
    assert sorted(options - named) == [], "options missing from the README's synopsis"
    assert sorted(named - options) == [], "the README's synopsis names options scan lacks"


def test_the_defaults_the_readme_synopsis_states_are_the_configurations():
    synopsis = readme_scan_synopsis()
    stated = dict(re.findall(r"\[(--[\w-]+) ([^\]\s|]+)", synopsis))
    for option in ("--out", "--text-field", "--id-field", "--count-by", "--engine"):
        assert stated[option] == getattr(DEFAULTS, field_of(option)), option
    for option in ("--retrieval-threshold", "--merge-threshold", "--max-doc-mb", "--split-mb",
                   "--doc-timeout"):  # fmt: skip
        assert float(stated[option]) == getattr(DEFAULTS, field_of(option)), option
