"""Shared test setup: no test touches the real home, network, or user settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports argostranslate or Qt: every user folder points into a throwaway tree.
_SANDBOX = Path(tempfile.mkdtemp(prefix="mtlint-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
    Path(os.environ[variable]).mkdir(parents=True, exist_ok=True)
os.environ["ARGOS_PACKAGES_DIR"] = str(_SANDBOX / "argos-packages")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MTLINT_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
