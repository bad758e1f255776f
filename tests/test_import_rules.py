"""The layers import only downwards and no module imports itself round a circle.

Read from the source (every import, the lazy ones inside functions and those
under TYPE_CHECKING too), so an edge that only runs on one code path is seen.
``/work/shared/tools/import_cycles.py``-style: the module graph of the package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "opleider_desk"
NAME = PACKAGE.name

# (importing layer, imported module or package): edges that must not exist.
FORBIDDEN = [
    ("domain", "PySide6"),
    ("domain", "sqlalchemy"),
    ("domain", "reportlab"),
    ("domain", "platformdirs"),
    ("domain", f"{NAME}.storage"),
    ("domain", f"{NAME}.reports"),
    ("domain", f"{NAME}.ui"),
    ("domain", f"{NAME}.commands"),
    ("storage", f"{NAME}.ui"),
    ("storage", f"{NAME}.reports"),
    ("storage", f"{NAME}.commands"),
    ("storage", "platformdirs"),
    ("storage", f"{NAME}.paths"),  # the caller says where the user's folder is
    ("reports", f"{NAME}.ui"),
    ("reports", f"{NAME}.storage"),
    ("reports", "sqlalchemy"),
    ("commands", f"{NAME}.ui"),
    # The command line's texts are in words/, beside the window's: Qt Core only.
    ("cli", f"{NAME}.ui"),
    ("words", f"{NAME}.ui"),
    ("words", f"{NAME}.commands"),
    ("words", "PySide6.QtWidgets"),
    ("words", "PySide6.QtGui"),
]

# The modules that moved from ui/ to words/ (the command line shares them).
MOVED_TO_WORDS = {f"{NAME}.ui.formatting", f"{NAME}.ui.labels", f"{NAME}.ui.problem_texts"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "migrations" in parts and "versions" in parts:
            continue  # Alembic revisions import only alembic and sqlalchemy
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.add(target)
            # ``from . import labels`` imports a module, not a name.
            out.update(f"{target}.{alias.name}" for alias in node.names)
    return out


MODULES = _modules()
GRAPH = {
    module: {
        target
        for target in _imports(module, path)
        if target.split(".")[0] != NAME or target in MODULES  # drop "from x import name" noise
    }
    for module, path in MODULES.items()
}


def _inside(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _circles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    internal = {m: {t for t in targets if t in MODULES and t != m} for m, targets in GRAPH.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in internal[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
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

    for module in sorted(internal):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_round_a_circle():
    assert _circles() == []


@pytest.mark.parametrize(("layer", "imported"), FORBIDDEN, ids=[f"{a}->{b}" for a, b in FORBIDDEN])
def test_no_forbidden_edge(layer, imported):
    edges = {
        (module, target)
        for module, targets in GRAPH.items()
        if _inside(module, f"{NAME}.{layer}")
        for target in targets
        if _inside(target, imported)
    }
    assert sorted(edges) == []


def test_the_texts_that_moved_to_words_are_not_back_in_ui():
    """No second copy under ui/, and nothing that still reaches for the old place."""
    assert not MOVED_TO_WORDS & set(GRAPH)
    users = sorted(
        (module, target) for module, targets in GRAPH.items() for target in targets & MOVED_TO_WORDS
    )
    assert users == [], "import these from opleider_desk.words instead"


def test_the_command_line_and_the_window_share_their_texts():
    """What a command prints and what the window shows come from one module."""
    for command, text in [
        ("statement", "problems"),
        ("statement", "statements"),
        ("verify", "verdict"),
        ("backup", "backup_errors"),
        ("import_all", "transfer_errors"),
        ("import_hours", "categories"),
        ("export_ics", "calendar_export"),
    ]:
        assert f"{NAME}.words.{text}" in GRAPH[f"{NAME}.commands.{command}"], (command, text)


def test_the_rules_see_lazy_and_type_checking_imports():
    # main_window imports the safety package only inside methods; the rule must see it.
    assert f"{NAME}.ui.safety.backups" in GRAPH[f"{NAME}.ui.main_window"]
    assert f"{NAME}.ui.main_window" in GRAPH[f"{NAME}.startup_probe"]  # under TYPE_CHECKING
