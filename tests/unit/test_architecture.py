"""The shape of the code: no import cycle among the tool's modules, and the report reads
nothing of the scan (README, "Architecture"). Imports are read from the source with ``ast``.

A cycle is one among the imports a module runs when it is imported (its top level, outside
``if TYPE_CHECKING:``); an import inside a function runs later, once every module it names is
whole. The report's independence counts every import, lazy and TYPE_CHECKING ones included:
any of them is a dependency on what it names."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("auditor", "extractors")
# The scan: inputs → readers → pre-filter and extraction → facts → manifests, run by executors.
SCAN_MODULES = {
    "auditor.inputs", "auditor.readers", "auditor.extraction", "auditor.scan", "auditor.facts",
    "auditor.manifest", "auditor.options", "auditor.executors", "auditor.pipeline",
    "auditor.prefilter",
}  # fmt: skip
# What turns counts into reports, and `auditor report`, which rebuilds them without a scan.
REPORT_MODULES = (
    "auditor.estimate",
    "auditor.report",
    "auditor.report_html",
    "auditor.report_schema",
    "auditor.rebuild",
)


def module_files() -> dict[str, Path]:
    """Every module of the tool's packages by dotted name (a package as its __init__)."""
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST, everywhere: bool) -> list[ast.AST]:
    """Every node of ``tree`` (``everywhere``), or those run when the module is imported: not
    inside a function or lambda, nor under ``if TYPE_CHECKING:``."""
    if everywhere:
        return list(ast.walk(tree))
    found, todo = [], [tree]
    while todo:
        node = todo.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            lazy = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if not lazy and not _is_type_checking(child):
                todo.append(child)
    return found


def imports_of(name: str, path: Path, modules: set[str], everywhere: bool = True) -> set[str]:
    """The tool's modules that ``name`` (at ``path``) imports: anywhere in its source, or
    (``everywhere`` false) when it is imported. ``from a.b import c`` is ``a.b.c`` where that
    is a module, else ``a.b``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(tree, everywhere):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]  # fmt: skip
        else:
            continue
        for target in targets:
            # `import a.b.c` names a module; a name inside a module counts as the module.
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(everywhere: bool = True) -> dict[str, set[str]]:
    files = module_files()
    names = set(files)
    return {name: imports_of(name, path, names, everywhere) for name, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm), each
    sorted: every import cycle lies within one."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def is_scan_module(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in SCAN_MODULES)


def test_the_checks_see_a_cycle_and_a_forbidden_import():
    # The checks themselves, on a graph written by hand: a → b → c → a is one cycle, d is not
    # in it; the report reaching the scan through a helper is found.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert reachable({"report": {"helper"}, "helper": {"scan"}}, "report") == {"helper", "scan"}


def test_the_import_reader_resolves_from_imports_and_relative_ones(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "sub.py").write_text(
        "from pkg import other\nfrom . import third\nfrom pkg.fourth import Name\n"
        "def lazy():\n    import pkg.fifth\n"
        "if TYPE_CHECKING:\n    from pkg.sixth import Type\n"
    )
    modules = {"pkg", "pkg.sub", "pkg.other", "pkg.third", "pkg.fourth", "pkg.fifth", "pkg.sixth"}
    assert imports_of("pkg.sub", package / "sub.py", modules) == {
        "pkg.other", "pkg.third", "pkg.fourth", "pkg.fifth", "pkg.sixth",
    }  # fmt: skip
    assert imports_of("pkg.sub", package / "sub.py", modules, everywhere=False) == {
        "pkg.other", "pkg.third", "pkg.fourth",
    }  # fmt: skip


def test_no_import_cycle_among_the_tools_modules():
    graph = import_graph(everywhere=False)
    assert "auditor.pipeline" in graph and "auditor.scan" in graph  # the graph is the real one
    assert cycles(graph) == []


def test_the_report_imports_nothing_of_the_scan():
    graph = import_graph()
    for report_module in REPORT_MODULES:
        assert report_module in graph
        reached = sorted(m for m in reachable(graph, report_module) if is_scan_module(m))
        assert reached == [], f"{report_module} reaches the scan through {reached}"
