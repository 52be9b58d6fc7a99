from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DATA = REPO / "sample_data"
DATA = Path(__file__).resolve().parent / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location(
        "make_sample_data", SAMPLE_DATA / "make_sample_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_generator():
    """The generator of sample_data/, which records every fact it plants."""
    return _load_generator()


@pytest.fixture(scope="session")
def sample_tally() -> dict:
    return json.loads((SAMPLE_DATA / "TALLY.json").read_text(encoding="utf-8"))


def write_jsonl(path: Path, records: list, compression: str | None = None) -> Path:
    """Write JSON lines (records may be dicts, or raw bytes written as a line as they are)."""
    lines = b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
        for r in records
    )
    if compression == "gzip":
        import gzip

        lines = gzip.compress(lines)
    elif compression == "zstd":
        import pyarrow as pa

        with pa.output_stream(str(path), compression="zstd") as out:
            out.write(lines)
        return path
    path.write_bytes(lines)
    return path


@pytest.fixture(autouse=True)
def every_report_matches_its_schema(request):
    """After each test that used tmp_path: every report.json and compare.json it wrote
    validates against the committed JSON Schema (auditor/schemas/report.schema.json,
    compare.schema.json), so each test's scan checks it."""
    yield
    tmp = request.node.funcargs.get("tmp_path")
    if tmp is None:
        return
    for name in ("report", "compare"):
        written = list(Path(tmp).rglob(f"{name}.json"))
        if not written:
            continue
        import jsonschema

        schema_file = REPO / "auditor" / "schemas" / f"{name}.schema.json"
        validator = jsonschema.Draft202012Validator(json.loads(schema_file.read_text("utf-8")))
        for path in written:
            errors = sorted(validator.iter_errors(json.loads(path.read_text("utf-8"))), key=str)
            assert not errors, f"{path} does not match {schema_file.name}: {errors[0].message}"


# ---- the browser tests (tests/cli/test_report_browser.py, tests/cli/test_score_browser.py) ----
CHROMIUM = os.environ.get("FACT_AUDITOR_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

# In the page: for each plot, its name, its marks, and the marks whose box is empty or lies
# outside the plot's frame.
MEASURE_PLOTS = """() => [...document.querySelectorAll('svg.plot')].map(svg => {
    const frame = svg.viewBox.baseVal;
    const marks = [...svg.querySelectorAll('.mark')];
    const bad = marks.filter(m => {
        const b = m.getBBox();
        return (b.width <= 0 && b.height <= 0) || b.x < -1 || b.y < -1
            || b.x + b.width > frame.width + 1 || b.y + b.height > frame.height + 1;
    });
    return {plot: svg.dataset.plot, marks: marks.length, bad: bad.length};
})"""


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by playwright (the browser tests of report.html and
    score.html); without it the tests fail and say how to get one."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).is_file():
        pytest.fail(
            f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium) or "
            "set FACT_AUDITOR_CHROMIUM to a Chromium binary"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def render(browser, page_path: Path) -> dict:
    """Open ``page_path`` and return what the page showed: plots, console errors, requests,
    script elements, title and text."""
    page = browser.new_page()
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    seen = {
        "plots": page.evaluate(MEASURE_PLOTS),
        "errors": errors,
        "requests": requests,
        "scripts": page.evaluate("document.querySelectorAll('script').length"),
        "title": page.title(),
        "text": page.inner_text("body"),
    }
    page.close()
    return seen
