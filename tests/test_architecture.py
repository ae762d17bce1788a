"""The layout shows the architecture: data flows one way and no module imports itself back.

Read from the source (``ast``), so lazy imports inside functions count too: a
circle hidden in a function body is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("geo", "service", "layers", "incmap")


def _modules() -> dict[str, Path]:
    found = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    found["server"] = ROOT / "server.py"
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    """The project module ``name`` stands for (a package's ``__init__`` or a submodule)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """Project modules (and top-level third-party names) that ``module`` imports."""
    path = MODULES[module]
    is_pkg = path.name == "__init__.py"
    package = module if is_pkg else module.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # "from pkg import sub" names a submodule when one exists.
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                     for a in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name)
            out.add(target if target else name.split(".")[0])
    out.discard(module)
    return out


GRAPH = {m: {t for t in imports_of(m) if t in MODULES} for m in MODULES}


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def _package_of(module: str) -> str:
    return module.split(".")[0]


def test_the_import_graph_has_no_cycles():
    assert _cycles() == []


def test_the_checker_sees_a_real_module_graph():
    # The reader imports the geocoder; the command line imports the core: edges the checker must see.
    assert any(t.startswith("geo.") for t in GRAPH["incmap.extract"])
    assert len(MODULES) > 60


def test_the_geospatial_core_knows_nothing_of_the_web_the_map_or_the_command_line():
    for module in MODULES:
        if _package_of(module) != "geo":
            continue
        outside = {t.split(".")[0] for t in imports_of(module)}
        assert not outside & {"service", "layers", "incmap", "server", "flask", "folium",
                              "branca", "click"}, module


def test_the_service_core_is_framework_agnostic():
    for module in MODULES:
        if _package_of(module) != "service":
            continue
        outside = {t.split(".")[0] for t in imports_of(module)}
        assert not outside & {"incmap", "server", "flask", "werkzeug", "click"}, module


def test_adapters_stay_thin_and_one_way():
    # server.py adapts Flask onto the service core; it never calls the command line.
    assert not any(t.startswith("incmap") for t in GRAPH["server"])
    # The map layers take data in and give folium objects out: no service, no command line.
    for module in MODULES:
        if _package_of(module) == "layers":
            assert not {t.split(".")[0] for t in GRAPH[module]} & {"service", "incmap", "server"}, module


def test_no_class_is_a_room_of_its_own():
    """No class over ~400 lines: a class that size holds several ideas."""
    big = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno > 420:
                big.append(f"{module}.{node.name}: {node.end_lineno - node.lineno} lines")
    assert big == []
