"""Facts laid out rather than written: tables and labelled fields.

A table is a run of at least two lines that split into the same number (two or more) of cells,
on pipes, tabs or runs of two or more spaces; its first line is the header. Extractors look for
the header words of their relation (``Born``, ``Died``, ``Capital``) and read one fact a row,
the subject from the first column::

    Name               | Born              | Died
    Ilse Varga         | June 3, 1902      | January 27, 1961
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
# a line with bars is split on its bars only: two spaces inside a cell ("St.  John's", as text
# typed with two spaces after a full stop has it) part no cells there
_BAR_SPLIT = re.compile(r"[ \t]*\|[ \t]*")
_RULE = re.compile(r"^[-:=+ ]*$")  # a Markdown separator row ("|---|:--:|")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # the first row's cells with their offsets, where the reader keeps them: a table without a
    # header row has its first data there
    first_row: tuple[Cell, ...] = ()

    def column(self, pattern: re.Pattern[str]) -> int | None:
        """The index of the first column whose header matches ``pattern`` in full."""
        for index, name in enumerate(self.header):
            if pattern.fullmatch(name.strip(" :").lower()):
                return index
        return None


def _cells(line: str, offset: int) -> tuple[Cell, ...]:
    # one border bar each side is markup; a bar after it opens an empty cell ("| | Ohio |",
    # a flag's column left blank)
    body_start = len(line) - len(line.lstrip(" \t"))
    if line.startswith("|", body_start):
        body_start += 1
        body_start += len(line[body_start:]) - len(line[body_start:].lstrip(" \t"))
    body_end = len(line.rstrip(" \t"))
    if body_end > body_start and line[body_end - 1] == "|":
        body_end = len(line[: body_end - 1].rstrip(" \t"))
    body = line[body_start : max(body_start, body_end)]
    cells, position = [], 0
    splitter = _BAR_SPLIT if "|" in body else _CELL_SPLIT
    for separator in splitter.finditer(body):
        cells.append((position, separator.start()))
        position = separator.end()
    cells.append((position, len(body)))
    base = offset + body_start
    return tuple(Cell(body[a:b], base + a, base + b) for a, b in cells)


def tables(text: str) -> Iterator[Table]:
    """Every table in ``text``: header and rows with character offsets into ``text``."""
    run: list[tuple[Cell, ...]] = []
    for line in [*_LINE.finditer(text), None]:
        cells = _cells(line.group(), line.start()) if line else ()
        if run and cells and all(_RULE.match(cell.text) for cell in cells):
            continue  # rules between rows are no rows
        if run and len(cells) == len(run[0]) and len(cells) >= 2:
            run.append(cells)
            continue
        if len(run) >= 2:
            yield Table(tuple(c.text for c in run[0]), tuple(run[1:]), run[0])
        run = [cells] if len(cells) >= 2 else []


_DELIMITED_CELL = re.compile(r'[^\S\n]*(?:"(?P<quoted>[^"\n]*)"|(?P<plain>[^,;"\n]*))[^\S\n]*')


def _delimited_cells(line: str, offset: int, delimiter: str) -> tuple[Cell, ...] | None:
    cells, position = [], 0
    while True:
        m = _DELIMITED_CELL.match(line, position)
        assert m is not None  # every alternative of the cell pattern may be empty
        group = "quoted" if m["quoted"] is not None else "plain"
        cells.append(Cell(m[group].strip(), offset + m.start(group), offset + m.end(group)))
        position = m.end()
        if position >= len(line):
            return tuple(cells)
        if line[position] != delimiter:
            return None  # text after a quoted cell: not a delimited line
        position += 1


def delimited_tables(text: str) -> Iterator[Table]:
    """Every comma- or semicolon-separated table (CSV) in ``text``: a run of at least two lines
    with the same number (two or more) of cells, the first line its header. Cells may be
    quoted (``"Washington, D.C."``)."""
    for delimiter in (",", ";"):
        run: list[tuple[Cell, ...]] = []
        for line in [*_LINE.finditer(text), None]:
            cells = None
            if line and delimiter in line.group():
                cells = _delimited_cells(line.group(), line.start(), delimiter)
            if run and cells and len(cells) == len(run[0]):
                run.append(cells)
                continue
            if len(run) >= 2:
                yield Table(tuple(c.text for c in run[0]), tuple(run[1:]))
            run = [cells] if cells and len(cells) >= 2 else []


_HTML_TABLE = re.compile(r"(?i)<table\b")
_HTML_ROW = re.compile(r"(?i)<tr\b[^>]*>")
_HTML_ROW_END = re.compile(r"(?i)</tr\s*>|</table\s*>|</tbody\s*>|</thead\s*>")
_HTML_CELL = re.compile(r"(?i)<t[hd]\b[^>]*>")
_HTML_CELL_END = re.compile(r"(?i)</t[hd]\s*>")
_HTML_TAG = re.compile(r"<[^<>]{0,500}>")
_HTML_ENTITY = re.compile(r"&(?:nbsp|#160);", re.IGNORECASE)


def _html_cell(text: str, start: int, end: int) -> Cell:
    """The text of an HTML cell without its tags, with the offsets of its first and last
    characters of text in ``text``."""
    pieces, position = [], start
    for tag in _HTML_TAG.finditer(text, start, end):
        pieces.append((position, tag.start()))
        position = tag.end()
    pieces.append((position, end))
    words = [(a, b) for a, b in pieces if text[a:b].strip()]
    if not words:
        return Cell("", start, start)
    first, last = words[0][0], words[-1][1]
    content = " ".join(_HTML_ENTITY.sub(" ", text[a:b]) for a, b in words)
    first += len(text[first:last]) - len(text[first:last].lstrip())
    last -= len(text[first:last]) - len(text[first:last].rstrip())
    return Cell(" ".join(content.split()), first, last)


def html_tables(text: str) -> Iterator[Table]:
    """Every HTML table in ``text`` (``<tr>`` rows of ``<th>``/``<td>`` cells, the first row its
    header), cells as text without tags, with character offsets into ``text``. Closing tags
    may be missing, as in much scraped HTML."""
    starts = [m.start() for m in _HTML_TABLE.finditer(text)] or (
        [0] if "<tr" in text.lower() else []
    )
    for index, table_start in enumerate(starts):
        table_end = starts[index + 1] if index + 1 < len(starts) else len(text)
        rows: list[tuple[Cell, ...]] = []
        row_starts = [m.end() for m in _HTML_ROW.finditer(text, table_start, table_end)]
        for row_index, row_start in enumerate(row_starts):
            limit = row_starts[row_index + 1] if row_index + 1 < len(row_starts) else table_end
            row_end_match = _HTML_ROW_END.search(text, row_start, limit)
            row_end = row_end_match.start() if row_end_match else limit
            cell_starts = [m.end() for m in _HTML_CELL.finditer(text, row_start, row_end)]
            cells = []
            for cell_index, cell_start in enumerate(cell_starts):
                cell_limit = (
                    cell_starts[cell_index + 1] if cell_index + 1 < len(cell_starts) else row_end
                )
                cell_end_match = _HTML_CELL_END.search(text, cell_start, cell_limit)
                cells.append(
                    _html_cell(
                        text, cell_start, cell_end_match.start() if cell_end_match else cell_limit
                    )
                )
            if cells:
                rows.append(tuple(cells))
        if len(rows) >= 2:
            yield Table(tuple(c.text for c in rows[0]), tuple(rows[1:]))


# A blank line: a line break, spaces or tabs at most, and another line break.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def every_table(text: str, delimited: bool = True) -> list[Table]:
    """Every table of ``text`` in each layout read here: bar and tab tables, CSV (where
    ``delimited``), HTML and MediaWiki; the costlier readers only where their marks occur."""
    found = [*tables(text), *(delimited_tables(text) if delimited else ())]
    if "<t" in text or "<T" in text:
        found += html_tables(text)
    if "{|" in text:
        found += wiki_tables(text)
    return found


# MediaWiki tables: "{|" opens, "|-" parts rows, "|}" closes; header cells follow "!" (several
# on a line parted by "!!"), data cells follow "|" (parted by "||"); a cell may carry
# attributes before a single "|" ('| style="…" | Montgomery') and links ("[[Montgomery]]").
_WIKI_TABLE_OPEN = re.compile(r"(?m)^[^\S\n]*\{\|")
_WIKI_TABLE_CLOSE = re.compile(r"(?m)^[^\S\n]*\|\}")
_WIKI_ROW_RULE = re.compile(r"^[^\S\n]*\|-")
_WIKI_CELL_LINE = re.compile(r"^[^\S\n]*([!|])(?![-}+])")
_WIKI_ATTRIBUTES = re.compile(r"^[^|\[\]\n]*=[^|\[\]\n]*\|(?!\|)")
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{0,100}\|)?|\]\]|'{2,5}")
WIKI_TABLE_LIMIT = 200_000  # characters: a table's reach from its "{|"


def _wiki_cells(text: str, line_start: int, line_end: int, marker: str) -> list[Cell]:
    body_start = text.index(marker, line_start) + 1
    separator = marker * 2
    cells, position = [], body_start
    while True:
        end = text.find(separator, position, line_end)
        end = line_end if end == -1 else end
        if attributes := _WIKI_ATTRIBUTES.match(text[position:end]):
            position += attributes.end()  # 'style="…" | Montgomery': the attributes go
        raw = text[position:end]
        plain = _WIKI_LINK.sub(lambda m: " " * len(m.group()), raw)
        lead = len(plain) - len(plain.lstrip())
        cells.append(Cell(" ".join(plain.split()), position + lead, position + len(plain.rstrip())))
        if end == line_end:
            return cells
        position = end + 2


def wiki_tables(text: str) -> Iterator[Table]:
    """Every MediaWiki table in ``text`` (``{| … |}``): its first row of cells is the header,
    cells as text without link brackets, with character offsets into ``text``."""
    # each table is read once and the next looked for after it, so that openings without
    # closings ("{|" on every line) cost one pass, not one pass each
    searched_from = 0
    while opening := _WIKI_TABLE_OPEN.search(text, searched_from):
        close = _WIKI_TABLE_CLOSE.search(text, opening.end(), opening.end() + WIKI_TABLE_LIMIT)
        end = close.start() if close else min(len(text), opening.end() + WIKI_TABLE_LIMIT)
        searched_from = max(end, opening.end())
        rows: list[list[Cell]] = []
        current: list[Cell] = []
        position = text.find("\n", opening.end(), end)
        while 0 <= position < end:
            line_start = position + 1
            line_end = text.find("\n", line_start, end)
            line_end = end if line_end == -1 else line_end
            line = text[line_start:line_end]
            if _WIKI_ROW_RULE.match(line):
                if current:
                    rows.append(current)
                current = []
            elif marker := _WIKI_CELL_LINE.match(line):
                current += _wiki_cells(text, line_start, line_end, marker[1])
            position = line_end if line_end < end else -1
        if current:
            rows.append(current)
        width = len(rows[0]) if rows else 0
        body = tuple(tuple(row) for row in rows[1:] if len(row) == width)
        if width >= 2 and body:
            yield Table(tuple(c.text for c in rows[0]), body)


# Inline markup of web text, which sentences carry around their words: HTML tags and entities,
# wiki bold/italics and links, Markdown emphasis and links. Replaced by spaces of the same
# length, so that offsets into the plain view are offsets into the text.
_INLINE_MARKUP = re.compile(
    r"<(?:/?[A-Za-z][\w:-]{0,20})(?:[^\S\n][^<>\n]{0,300})?/?>"  # <b>, </a>, <a href="…">
    r"|&(?:nbsp|#160|#xa0);"
    r"|'{2,5}"  # ''italics'', '''bold'''
    r"|\[\[(?:[^\[\]|\n]{0,100}\|)?|\]\]"  # [[Target|label]] keeps "label"
    r"|\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<![\w])__|__(?![\w])"  # **bold**, *emphasis*, __bold__
    r"|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])"  # _emphasis_, not snake_case
    r"|\\(?=\n)"  # Markdown's hard line break: a backslash ending a line
    r"|\]\([^()\s]{0,500}\)|\[(?=[^\[\]\n]{1,200}\]\()"  # [label](url) keeps "label"
    # reStructuredText's `label <url>`_ keeps "label"
    # (the spaces before "<url>" from the start of their run only: tried from every space of a
    # long run, each try would read the rest of the run)
    r"|`(?=[^`<>\n]{1,300}<[^<>`\s]{1,500}>`_)|(?<![^\S\n])[^\S\n]*+<[^<>`\s]{1,500}>`_{1,2}",
    re.IGNORECASE,
)
_MARKUP_HINT = re.compile(r"[<*'\[_&`]|\\\n")


def plain_view(text: str, keep: re.Pattern[str] | None = None, near: int = 0) -> str | None:
    """``text`` with its inline markup blanked (same length, same offsets), or None when it has
    none: ``<b>Lima</b> is the capital of [[Peru]]`` reads ``   Lima     is the capital of
      Peru  ``. Extractors read it beside the text itself, whose markup some layouts need
    (tables, awesome-lists). With ``keep``, only the lines that lost markup and match ``keep``
    (before or after the markup went) stay, and with ``near`` every line within ``near`` lines
    of a matching line too, changed or not, where one of them changed; every other line is
    blanked, so that the second reading costs little."""
    if not _MARKUP_HINT.search(text):
        return None
    plain = _INLINE_MARKUP.sub(lambda m: " " * len(m.group()), text)
    if plain == text:
        return None
    if keep is None:
        return plain
    lines, plain_lines = text.split("\n"), plain.split("\n")
    matching = [
        index
        for index, (line, plain_line) in enumerate(zip(lines, plain_lines, strict=True))
        if keep.search(plain_line) or keep.search(line)
    ]
    wanted = {i for index in matching for i in range(index - near, index + near + 1)}
    pieces, kept = [], False
    for index, (line, plain_line) in enumerate(zip(lines, plain_lines, strict=True)):
        changed = line != plain_line
        if index in wanted and (changed or near):
            pieces.append(plain_line)
            kept = kept or changed
        else:
            pieces.append(" " * len(line))
    return "\n".join(pieces) if kept else None


_CLOSERS = {"{": "}", "[": "]", "(": ")"}


def group_end(text: str, open_at: int, limit: int | None = None) -> int:
    """The offset after the bracket that closes the one at ``open_at`` (``{``, ``[`` or ``(``,
    nesting counted), looked for before ``limit`` (default: the end of the text), which is
    returned when the group never closes there."""
    opener = text[open_at]
    closer, depth = _CLOSERS[opener], 0
    limit = len(text) if limit is None else min(limit, len(text))
    for i in range(open_at, limit):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i + 1
    return limit


# Text hard-wrapped at a width (books, mailing lists, Usenet, plain-text exports): a sentence
# runs over several lines, and a pattern that reads a clause within one line misses it. The
# view below joins such lines, each wrapping line break replaced by a space, so that the text
# keeps its length and every offset read in the view is an offset into the text. A line break
# is a wrap when the text shows a width (enough of its lines are full ones) and the break stands
# inside a sentence: the line before is full and ends on a letter, a comma, a semicolon or a
# colon (not on a full stop, a hyphen or a digit: a list's entries, a word split by the wrap and
# a table's numbers stay as written), and the next line goes on in lower case, or the line
# before ends on a word no sentence or list item ends on ("of", "the", "born", a comma) and a
# word goes on; never before a field's key ("title: …", a record's next field).
WRAP_FULL_LINE = 50  # characters: a line this long may be a wrapped one
WRAP_MAX_WIDTH = 100  # wider lines are paragraphs on one line, not a width
WRAP_MIN_LINES = 3  # full lines needed before the text is taken for wrapped
# lines that may pass a wrap's width: one ending in a token no wrap could break (a link's
# address), a list's item (which a reader may have joined from its wrapped lines)
_UNBREAKABLE_END = re.compile(r"\S{25,}\s*$")
_ITEM_MARK = re.compile(r"[^\S\n]*(?:[-*+•]|\d{1,3}[.)])[^\S\n]")
_ENDS_INSIDE = re.compile(r"[a-zà-ÿ,;:]$")
# the next line goes on in lower case ("… the river\nruns …"), or after a word that cannot end
# a sentence or a list's item ("… born in\nParis", "… the capital of\nPeru", "Roe,\nMoe")
_GOES_ON_LOWER = re.compile(r"[^\S\n]{0,8}[\"“‘'(]?[a-zà-ÿ]")
_GOES_ON = re.compile(r"[^\S\n]{0,8}[\"“‘'(]?[^\W\d_]")
_FIELD_KEY = re.compile(r"[^\S\n]*-?[^\S\n]*[\w-]{1,30}[^\S\n]*[:=](?:[^\S\n]|$)")
_OPEN_END = re.compile(
    r"(?:[,:]|\b(?:of|in|on|at|to|by|for|from|with|and|or|the|a|an|as|was|is|were|are|born|died|"
    r"near|into|its|his|her|their|than|that|which|who|whose|called|named|titled|entitled))$"
)


def _pushed_over(stripped: str, following: str, width: int) -> bool:
    """Whether ``following``'s first word went to a line of its own because it would not fit
    after ``stripped`` within ``width``: what a wrap does, and what a line ended on purpose
    (an item, a heading, a short sentence under another) does not show. Not after a word's
    hyphen ("well-\nknown"), nor before an indented line (a paragraph's or a quote's)."""
    if "|" in stripped or "\t" in stripped:  # a table's row, however long
        return False
    # (a word that opens a bracket or a quote too: "… Alan Turing\n(23 June 1912 – …")
    opens = following[:1] in "(\"“‘'[" and following[1:2].isalnum()
    first_word = following.split(maxsplit=1)[0] if following[:1].isalnum() or opens else ""
    if not first_word and following[:2] in ("- ", "– "):
        first_word = following[0]  # a dash pushed over ("Iowa\n- Des Moines")
    if not first_word or (stripped.endswith("-") and not stripped.endswith(" -")):
        return False
    return len(stripped) + 1 + len(first_word) > width


def unwrapped_view(text: str) -> str | None:
    """``text`` with its wrapping line breaks replaced by spaces, or None when it shows no
    width or no such break."""
    if text.count("\n") < WRAP_MIN_LINES:
        return None
    lines = text.split("\n")
    full_lines = [line for line in lines if WRAP_FULL_LINE <= len(line.rstrip()) <= WRAP_MAX_WIDTH]
    full = [len(line) for line in full_lines]
    if len(full) < WRAP_MIN_LINES or len(full) * 4 < sum(1 for line in lines if line.strip()):
        return None  # most lines are short (a list, a table) or long (paragraphs)
    # (not set by a line that may pass the width)
    measured = [
        len(line)
        for line in full_lines
        if not _UNBREAKABLE_END.search(line) and not _ITEM_MARK.match(line)
    ]
    width = max(measured or full)
    chars = list(text)
    position = 0
    changed = False
    for line, following in zip(lines, lines[1:], strict=False):
        position += len(line)
        stripped = line.rstrip()
        if (
            len(stripped) >= width - 25
            and not _FIELD_KEY.match(following)
            and (
                _ENDS_INSIDE.search(stripped)
                and (
                    _GOES_ON_LOWER.match(following)
                    or (_OPEN_END.search(stripped) and _GOES_ON.match(following))
                )
                or _pushed_over(stripped, following, width)
            )
        ):
            chars[position] = " "
            changed = True
        position += 1
    return "".join(chars) if changed else None


# The marks that open a line without being part of its text: a mail's or a post's quote marks
# ("> > Jane Roe was born …", Markdown block quotes) and a list's bullets ("* Jane Roe (born
# …)"). Blanked in a view of their own (same length, same offsets), so that patterns anchored
# at a line's start read the marked lines as lines. (A list's numbers stay: worksheets and
# answer keys pair items by them.)
_LINE_PREFIX = re.compile(r"(?m)^[^\S\n]{0,8}(?:>(?:[^\S\n]{0,2}>){0,8}[^\S\n]?|[-*•+‣◦][^\S\n]+)")


def unprefixed_view(text: str) -> str | None:
    """``text`` with the quote marks and bullets opening its lines blanked, or None when fewer
    than two lines are so marked."""
    marks = list(_LINE_PREFIX.finditer(text))
    if len(marks) < 2:
        return None
    chars = list(text)
    for m in marks:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def changed_lines_only(text: str, view: str | None) -> str | None:
    """``view`` with every line that reads as in ``text`` blanked (same length), or None when
    ``view`` is None: a second view costs what its changed lines cost, not the whole text's."""
    if view is None:
        return None
    pieces = []
    start = 0
    for line in view.split("\n"):
        end = start + len(line)
        pieces.append(line if text[start:end] != line else " " * len(line))
        start = end + 1
    return "\n".join(pieces)
