"""One import name: the folders install as mtlint.checks, mtlint.desktop and mtlint.resources."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_code_folder_is_declared_under_mtlint():
    found = {
        "mtlint." + ".".join(init.parent.relative_to(REPO).parts)
        for top in ("checks", "desktop", "resources")
        for init in (REPO / top).rglob("__init__.py")
    }
    assert found <= _declared_packages()


def _run_outside_repo(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )


def test_generic_top_level_names_are_not_installed(tmp_path):
    for name in ("checks", "desktop", "resources"):
        result = _run_outside_repo(f"import {name}", tmp_path)
        assert result.returncode != 0, f"'import {name}' works outside the repository"
        assert "ModuleNotFoundError" in result.stderr


def test_mtlint_namespace_imports_and_reads_its_resources(tmp_path):
    code = (
        "import mtlint.checks.cli, mtlint.desktop\n"
        "from importlib import resources\n"
        "assert (resources.files('mtlint.resources') / 'lang' / 'en.json').is_file()\n"
        "print('ok')"
    )
    result = _run_outside_repo(code, tmp_path)
    assert result.stdout.strip() == "ok", result.stderr
