"""Size limits that keep the code changeable: no function over 80 lines, no module over 800.

An offender would be listed with the engineer splitting it (none today); the list only
shrinks: an entry that fits the limit again is named in a warning for removal, and a new
offender fails."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("checks", "desktop", "bench")
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 800

# "path::qualified.name" (functions) or "path" (modules) -> who splits it.
ALLOWED: dict[str, str] = {}


def _functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, int]]:
    found = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                found.append((name, node.end_lineno - node.lineno + 1))
            found += _functions(node, f"{name}.")
    return found


def _sizes() -> dict[str, int]:
    sizes = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            source = path.read_text(encoding="utf-8")
            lines = source.count("\n")
            if lines > MAX_MODULE_LINES:
                sizes[relative] = lines
            for name, length in _functions(ast.parse(source)):
                if length > MAX_FUNCTION_LINES:
                    sizes[f"{relative}::{name}"] = length
    return sizes


def test_no_function_or_module_over_the_limits() -> None:
    sizes = _sizes()
    new = {where: size for where, size in sizes.items() if where not in ALLOWED}
    assert not new, (
        f"over {MAX_FUNCTION_LINES} lines a function / {MAX_MODULE_LINES} a module: {new}; "
        "split it (docs/architecture.md says where things go)"
    )
    fixed = sorted(set(ALLOWED) - set(sizes))
    if fixed:  # split by their owners: the list shrinks (a warning, so a merge never breaks)
        warnings.warn(f"within the limits now, remove from ALLOWED: {fixed}", stacklevel=1)


def test_no_rule_module_imports_another():
    """Rule families share code through checks/*.py, never through each other's modules
    (docs/architecture.md): a rule module importing another couples two families."""
    rules = Path(__file__).resolve().parents[1] / "checks" / "rules"
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in sorted(rules.glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("from mtlint.checks.rules", "import mtlint.checks.rules"))
    ]
    assert not offenders, offenders
