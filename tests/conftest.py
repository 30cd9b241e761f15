"""Shared test setup: no test touches the real home, network, or user settings."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# The local store of verbatim third-party data (bench/localdata.py) is the real user's, not the
# sandbox's: resolve its default before the user folders are redirected.
if not os.environ.get("MTLINT_REAL_DATA"):
    from platformdirs import user_data_dir

    os.environ["MTLINT_REAL_DATA"] = user_data_dir("mtlint-dev", appauthor=False)

# Before anything imports argostranslate or Qt: every user folder points into a throwaway tree.
_SANDBOX = Path(tempfile.mkdtemp(prefix="mtlint-tests-"))
# Its word-list cache alone is ~180 MB: a sandbox left behind per run filled the disk (CI failed).
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
    Path(os.environ[variable]).mkdir(parents=True, exist_ok=True)
os.environ["ARGOS_PACKAGES_DIR"] = str(_SANDBOX / "argos-packages")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MTLINT_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parent.parent
# The hunspell dictionaries (MT930) come from tests/dictionaries alone, never the machine's.
os.environ["MTLINT_DICTIONARIES"] = str(REPO / "tests" / "dictionaries")
os.environ["MTLINT_DICTIONARIES_ONLY"] = "1"
SEEDS = REPO / "seeds"


# --- shared by the back-translation and desktop tests --------------------------------------------
import pytest  # noqa: E402 - the environment above must be set before anything else is imported

pytest.register_assert_rewrite("helpers")  # the shared test helpers' asserts say what failed


@pytest.fixture
def argos_sandbox(tmp_path, monkeypatch):
    """An empty Argos package folder and translation cache; semantic scoring off."""
    from mtlint.checks.backtranslation import translate

    packages = tmp_path / "argos-packages"
    packages.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    monkeypatch.setenv("MTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MTLINT_SEMANTIC", "0")
    translate.clear_loaded()
    yield packages
    translate.clear_loaded()


@pytest.fixture(scope="session")
def tiny_files(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """The tiny real en↔de Argos packages (tests/argos_tiny.py), built once per session."""
    from argos_tiny import build_tiny_package

    folder = tmp_path_factory.mktemp("tiny-argos")
    return {pair: build_tiny_package(folder, *pair) for pair in (("en", "de"), ("de", "en"))}
