"""Chinese reference entries (GB/T 7714, the national standard for bibliographies), read on
every line that carries a document-type mark, wherever the line stands (a list, LaTeX
``\\item``s, prose around it): ``杨轶, 张宁欣, 等. 标题[J]. 期刊, 2005, 16(14).`` The entry's
fields are found by the format (``extractors.references.labeller.read_gbt_entry``), before any
trained labeller reads the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.references.formats import Formatted
from extractors.references.labeller import GBT_TYPE_MARKS, read_gbt_entry
from extractors.references.tokens import blank_markup

_MARKED_LINE = re.compile(rf"(?m)^[^\n]*\[(?:{GBT_TYPE_MARKS})\](?![A-Za-z])[^\n]*")


def read_gbt(text: str) -> Iterator[Formatted]:
    """(first author's family, title) of every GB/T 7714 entry in ``text``."""
    if "]" not in text:
        return
    for line in _MARKED_LINE.finditer(text):
        reading = read_gbt_entry(blank_markup(line.group()))
        if reading is not None:
            start = line.start()
            yield Formatted(
                start, line.end(), start + reading.title_start, reading.family, reading.title
            )
