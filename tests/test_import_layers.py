"""The code's import graph: no import points up a layer, and no two modules import each other (no cycle).

Layers, from the top: the entry points (app.py, app_pages/, cli/, bench/), ui/, figures/, analysis/, the demo
generator (synthetic/), then loaders/. A module imports its own layer or lower ones. The graph is read from
the source (ast), function-level imports included, so a late import cannot hide an upward edge or a cycle.
Every __main__.py is an entry point (`python -m loaders` runs the commands of cli/), so it may import anything.
No cycle is exempt: every strongly connected component of more than one module fails, with the imports that
close it. The reading modules (loaders/formats/reading_*.py) import each other at module level only, so their
order from the bottom (words, evidence, clauses, references, history, fields, answer, the rule families
of polarity, polarity) is plain from their heads.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app_pages", "cli", "bench", "docgen", "ui", "figures", "analysis", "synthetic", "loaders")
# Higher imports lower. A module takes its package's rank.
RANK = {"app": 9, "app_pages": 9, "cli": 9, "bench": 9, "docgen": 9, "ui": 8, "figures": 7, "analysis": 6, "synthetic": 5,
        "loaders": 4}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    where: str  # file:line of the import statement

    def __str__(self) -> str:
        return f"{self.where}: {self.source} -> {self.target}"


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for app.py and every module of the project's packages."""
    found = {"app": ROOT / "app.py"}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _targets(node: ast.AST, package: str, known: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        up = package.split(".")
        up = up[: len(up) - node.level + 1]
        base = ".".join(up + ([base] if base else []))
    # `from . import content` names a submodule; `from .store import writing` names a module's attribute.
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def edges(name: str, path: Path, known: set[str]) -> set[Edge]:
    """Every import of a project module in one file (standard library and dependencies are left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        for target in _targets(node, package, known):
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(Edge(name, target, f"{path.relative_to(ROOT)}:{node.lineno}"))
    return out


def graph() -> list[Edge]:
    mods = modules()
    known = set(mods)
    return sorted((e for name, path in mods.items() for e in edges(name, path, known)), key=str)


def rank(module: str) -> int:
    top = module.split(".")[0]
    assert top in RANK, f"{module}: no layer declared; add its package to RANK in {Path(__file__).name}"
    return RANK[top]


def strongly_connected(nodes: set[str], following: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module: each is an import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(following.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return cycles


def test_the_graph_reads_late_imports_and_relative_imports():
    known = set(modules())
    found = {(e.source, e.target) for e in edges("cli.build", ROOT / "cli" / "build.py", known)}
    assert ("cli.build", "synthetic.demo_corpus") in found  # imported inside the command's function
    assert ("cli.build", "cli.options") in found  # `from .options import ...`
    assert strongly_connected({"a", "b", "c"}, {"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


def test_no_import_points_up_a_layer():
    up = [e for e in graph() if not e.source.endswith("__main__") and rank(e.target) > rank(e.source)]
    assert not up, "imports that point up a layer (layers: " + " > ".join(
        f"{k} {v}" for k, v in sorted(RANK.items(), key=lambda kv: -kv[1])) + "):\n" + "\n".join(map(str, up))


def test_the_import_graph_has_no_cycle():
    all_edges = graph()
    following: dict[str, set[str]] = {}
    for e in all_edges:
        following.setdefault(e.source, set()).add(e.target)
    cycles = strongly_connected(set(modules()), following)
    lines = []
    for comp in cycles:
        members = set(comp)
        lines.append(" <-> ".join(comp) + ":")
        lines += [f"  {e}" for e in all_edges if e.source in members and e.target in members]
    assert not cycles, "import cycles:\n" + "\n".join(lines)


def _project_import(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] in PACKAGES for a in node.names)
    return isinstance(node, ast.ImportFrom) and bool(node.level or (node.module or "").split(".")[0] in PACKAGES)


def test_the_reading_modules_import_project_modules_at_module_level_only():
    """A late import inside a function is how the reading cycle hid: the reading modules import at their head."""
    late = set()
    for path in sorted((ROOT / "loaders" / "formats").glob("reading_*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                late |= {f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(fn) if _project_import(node)}
    assert not late, "project imports inside functions of the reading modules:\n" + "\n".join(sorted(late))
