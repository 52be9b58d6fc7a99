"""Chinese reference entries (GB/T 7714, the national standard for bibliographies), read by
the document-type mark that closes their title: ``杨轶, 张宁欣, 等. 标题[J]. 期刊, 2005, 16(14).``,
``Yang Y, Ren T L, et al. Title[J]. Journal, 2003, 52:229-235.``

An entry is its authors up to the first full stop, then the title up to the mark (``[J]``
journal, ``[M]`` book, ``[C]`` proceedings, ``[D]`` thesis, ``[P]`` patent, ``[EB/OL]`` web
page …). A patent's title ends at the colon before its country and number (``方法: 中国,
CN1602118A[P]``). The first author's family name: a Chinese name's first character (``杨轶``
-> ``杨``), a romanised one's surname (``Yang Y`` -> ``Yang``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.references.formats import Formatted
from extractors.references.names import first_author_family

_TYPE_MARK = r"\[(?P<mark>J|M|C|D|R|P|S|N|Z|A|G|EB/OL|J/OL|M/OL|DB/OL|CP/DK)\]"
_ENTRY = re.compile(
    r"(?m)^[^\S\n]*(?:\\item[^\S\n]+|\[\d{1,3}\][^\S\n]*|\d{1,3}[.)、][^\S\n]*|[-*•][^\S\n]+)?"
    r"(?P<authors>[^.\n\[\]。]{1,200}?)[.。][^\S\n]*"
    rf"(?P<title>[^\n\[\]]{{2,300}}?)[^\S\n]*{_TYPE_MARK}"
)
_PATENT_TAIL = re.compile(r"[:：]")
# a note between the title and its mark: "Title. In press[J]"
_NOTE = re.compile(r"\.[^\S\n]+(?:In[^\S\n]+press|Accepted|Online|Forthcoming)\b", re.IGNORECASE)


def read_gbt(text: str) -> Iterator[Formatted]:
    """(first author's family, title) of every GB/T 7714 entry in ``text``."""
    if "]" not in text:
        return
    for m in _ENTRY.finditer(text):
        title = _NOTE.split(m["title"], maxsplit=1)[0].strip()
        if m["mark"] == "P" and (colon := _PATENT_TAIL.search(title)):
            title = title[: colon.start()].strip()
        authors = m["authors"].replace("等", "").strip(" ,，")
        family = first_author_family(re.split(r"[,，、]", authors, maxsplit=1)[0])
        if family and title:
            yield Formatted(m.start(), m.end(), m.start("title"), family, title)
