"""Take the README's screenshot of the HTML report: ``python scripts/report_screenshot.py``.

Scans ``sample_data/`` into a temporary folder and photographs the top of its ``report.html``
(the categories and the first category's plots) in headless Chromium (Debian's ``chromium``,
driven by playwright), writing ``docs/report.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from auditor.cli import main

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("FACT_AUDITOR_CHROMIUM", "/usr/bin/chromium")


def take(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "audit"
        sample = str(REPO / "sample_data")
        result = CliRunner().invoke(main, ["scan", "-q", sample, "--out", str(out)])
        if result.exit_code != 0:
            sys.exit(result.output)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1200, "height": 1640})
            page.goto((out / "report.html").as_uri())
            page.screenshot(path=str(target))
            browser.close()


if __name__ == "__main__":
    take(REPO / "docs" / "report.png")
    print(f"wrote {REPO / 'docs' / 'report.png'}")
