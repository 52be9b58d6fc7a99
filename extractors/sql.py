"""SQL dumps and seed files read as tables: ``INSERT INTO t (a, b) VALUES (…), (…)`` rows with
their columns (named in the statement or in the table's ``CREATE TABLE``), and PostgreSQL's
``COPY t (a, b) FROM stdin`` header. Shared by the relations that read facts from data: a
capital's table of states, a table of people with their birth and death dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors import layout

# a table name, with its schema ("public"."states") and quotes
_TABLE = r"(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?(?P<table>\w+)[`\"\]]?"
# (MySQL's "INSERT IGNORE" and "REPLACE INTO", SQLite's "INSERT OR IGNORE INTO"; SQL Server's
# scripts and MySQL leave out INTO: "INSERT [dbo].[Country] ([Name]) VALUES (N'Peru')"; Oracle's
# "INSERT ALL" puts each row on a line of its own that opens with INTO)
INSERT = re.compile(
    rf"(?im)(?:\b(?:insert(?:\s+or\s+(?:ignore|replace|abort|fail|rollback))?|replace)\s+"
    rf"(?:ignore\s+)?(?:into\s+)?|^[ \t]*into\s+){_TABLE}\s*"
    # (rows given as SELECTs joined by UNION ALL, as scripts without a VALUES list write them)
    r"(?:\((?P<columns>[^()]{1,600})\)\s*)?(?:values?\s*|(?=select\b))"
)
# PostgreSQL dumps: COPY states (id, name, capital) FROM stdin; then tab-separated rows
COPY = re.compile(
    rf"(?i)\bcopy\s+{_TABLE}\s*\((?P<columns>[^()]{{1,600}})\)\s+from\s+stdin[^\n]*\n"
)
_CREATE = re.compile(rf"(?i)\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?{_TABLE}\s*\(")
# what may stand between two rows: white space, a comma and comments ("-- Europe", "/* EU */");
# possessive, so a line of dashes cannot be split into comments in every way on a failed match
_GAP = r"(?:\s|--[^\n]*+|/\*[^*]{0,300}\*/)*+"
_COMMENT = re.compile(r"--[^\n]*+|/\*[^*]{0,300}\*/")
TUPLE = re.compile(
    _GAP
    + r",?"
    + _GAP
    + r"\((?P<body>(?:'(?:[^'\\\n]|\\.)*'|\"[^\"\n]*\"|\b\w+\([^()'\"]{0,80}\)|[^()'\"]){0,2000})\)"
)
# a row given as a SELECT: "SELECT 'Peru', 'Lima' UNION ALL SELECT …" (Oracle's "FROM dual"
# after it); the body ends where the next row, the statement or the line does
SELECT_ROW = re.compile(
    r"(?i)\s*+(?:from\s+dual\b\s*+)?(?:union\s+(?:all\s+)?)?select\s+"
    # (a quoted value read whole, once: a run of quotes could be split into empty strings and
    # escaped quotes in exponentially many ways before a failure)
    # (and a run of other characters or of spaces read whole too: the end is looked for after
    # each run, not at every character of it)
    r"(?P<body>(?:(?>[NE]?'(?:[^'\\\n]|\\.|'')*+')|\"[^\"\n]*+\"|\b\w+\([^()'\"]{0,80}\)"
    r"|[^()'\";\s]++|[^\S\n]++)"
    r"{1,2000}?)(?=[^\S\n]*+(?:\n|\Z)|\s*+(?:\bunion\b|\bfrom\b|;))"
)
_VALUE = re.compile(
    r"\s*(?:[NE]?'(?P<single>(?:[^'\\\n]|\\.|''){0,200})'|\"(?P<double>[^\"\n]{0,200})\"|"
    r"(?P<bare>\b\w+\([^()'\"]{0,80}\)|[^,'\"\n]{0,60}))\s*(?:,|$)"
)
_CONSTRAINT = re.compile(r"(?i)\s*(?:primary|key|constraint|unique|foreign|index|check)\b")
_CREATE_REACH = 20000  # characters of a CREATE TABLE's body


def columns_of(definition: str) -> list[str]:
    """The column names of a CREATE TABLE body (``id INT, name VARCHAR(40), …``)."""
    columns: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in definition + ",":
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            part = "".join(current)
            if not _CONSTRAINT.match(part) and (name := re.match(r"\s*[`\"\[]?(\w+)", part)):
                columns.append(name[1])
            current = []
        else:
            current.append(ch)
    return columns


def rows(text: str, position: int) -> Iterator[tuple[re.Match[str], list[str]]]:
    """The rows of an INSERT's VALUES from ``position`` on, each with its values."""
    while row := TUPLE.match(text, position) or SELECT_ROW.match(text, position):
        position = row.end()
        yield row, values_of(row["body"])


def _value_matches(body: str) -> Iterator[re.Match[str]]:
    position = 0
    while position < len(body):
        m = _VALUE.match(body, position)
        if not m or m.end() == position:
            break
        yield m
        position = m.end()


def _group(m: re.Match[str]) -> str:
    return next(g for g in ("single", "double", "bare") if m[g] is not None)


def values_of(body: str) -> list[str]:
    """The values of a row's body (``'Ohio', 'Columbus', 12``), unquoted."""
    return [m[_group(m)].replace("''", "'").strip() for m in _value_matches(body)]


def insert_columns(m: re.Match[str], created: dict[str, list[str]]) -> list[str]:
    """The columns of an INSERT: named in it, or else in its table's CREATE TABLE."""
    if m["columns"]:
        return [c.strip(' `"[]') for c in m["columns"].split(",")]
    return created.get(m["table"].lower(), [])


def created_tables(text: str) -> dict[str, list[str]]:
    """The column names of each table the text creates, by the table's name in lower case."""
    created = {}
    for m in _CREATE.finditer(text):
        end = layout.group_end(text, m.end() - 1, m.end() - 1 + _CREATE_REACH)
        definition = _COMMENT.sub(" ", text[m.end() : end - 1])
        created[m["table"].lower()] = columns_of(definition)
    return created


def may_insert(text: str) -> bool:
    """Whether ``text`` may hold an INSERT (a cheap test before the patterns)."""
    lowered = text.lower()
    return "insert" in lowered or "replace into" in lowered


def tables(text: str) -> Iterator[layout.Table]:
    """Each INSERT with its columns as a table, its cells at their offsets in ``text`` (a
    quoted value's cell holds what the quotes enclose)."""
    if not may_insert(text):
        return
    created = created_tables(text)
    for m in INSERT.finditer(text):
        columns = insert_columns(m, created)
        if len(columns) < 2:
            continue
        table_rows = []
        for row, _ in rows(text, m.end()):
            base = row.start("body")
            cells = []
            for value in _value_matches(row["body"]):
                group = _group(value)
                start, end = value.span(group)
                cells.append(layout.Cell(value[group], base + start, base + end))
            if len(cells) == len(columns):
                table_rows.append(tuple(cells))
        if table_rows:
            yield layout.Table(tuple(columns), tuple(table_rows))
