"""mtlint's desktop app (PySide6). Imports the engine (``checks``), nothing heavier."""

from __future__ import annotations
