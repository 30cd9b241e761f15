"""One fitted unknown-word model for several languages beyond English (h24unkml, issue 12;
build time only: numpy and scikit-learn never ship in the rule).

No one of German, French, Spanish has the ~60 real positives a fit of its own needs (real MT:
12, 3, 3 tokens on a gold span; planted: 27, 26, 51), so their tables are pooled, each
language a feature (``lang_<code>``, ``bench/unknown_features_ml.POOLED``), optionally with the
English table (its real positives teach the shapes every language shares; its rows carry the
English features only). The folds keep each outlet / corpus block whole (GroupKFold, as in
English); the bins' precisions are measured on the pooled languages' rows only (the tokens the
shipped model reads), and the same trees are written for each language.
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
from unknown_fit import (
    BARS,
    REPO,
    TREES,
    calibrate,
    confidence_of,
    curve,
    fit_exported,
    out_of_fold,
    print_curve,
    usable,
)

MODEL_DIR = REPO / "bench" / "out"  # for study: no rule reads a de/fr/es model (h24unkml)
# A bin with this many real-text tokens or more is capped by their precision.
REAL_FEW = 5


def _sets(row: dict) -> list[str]:
    return ["all", f"{row['lang']}:{row['kind']}", f"kind:{row['kind']}", f"lang:{row['lang']}"]


def _categories(row: dict) -> list[str]:
    return ["all", row["category"] or "(none)"]


def _pool(tables: dict[str, list[dict]], planted: bool) -> list[dict]:
    rows = []
    for language, table in tables.items():
        for row in usable(table):
            if not planted and row["kind"] == "planted":
                continue
            row["lang"] = language
            row["features"].setdefault(f"lang_{language}", 1.0)
            rows.append(row)
    return rows


def _bar_table(rows: list[dict], confidence: np.ndarray) -> None:
    """Found / right at each bar on real text (MT and native), planted apart."""
    for real in (True, False):
        chosen = [
            (row, sure)
            for row, sure in zip(rows, confidence, strict=True)
            if (row["kind"] != "planted") == real and row["lang"] != "en"
        ]
        if not chosen:
            continue
        cells = []
        for bar in BARS:
            found = sum(sure >= bar for _row, sure in chosen)
            right = sum(sure >= bar and row["label"] for row, sure in chosen)
            cells.append(f"@{bar}: {found} found, {right} right")
        positives = sum(row["label"] for row, _sure in chosen)
        print(f"  {'real' if real else 'planted'} ({positives} positives): " + "; ".join(cells))


def cap_by_real_text(bins: list[dict], scores: np.ndarray, labels: np.ndarray) -> None:
    """A bin's confidence is at most the precision its real-text tokens (real MT and native,
    no planted line) measured, shrunk toward a half as if it held two more tokens, where it
    holds ``REAL_FEW`` of them or more: the planted link glue is easier than real MT's
    non-words, and must not lend its precision to the bins real text fills. A bin real text
    leaves (nearly) empty keeps the pooled figure; the file says how many real tokens it held."""
    edges = [row["from"] for row in bins] + [1.01]
    for row, high in zip(bins, edges[1:], strict=True):
        inside = (scores >= row["from"]) & (scores < high)
        row["real_tokens"], row["real_right"] = int(inside.sum()), int(labels[inside].sum())
        if row["real_tokens"] >= REAL_FEW:
            shrunk = (row["real_right"] + 1) / (row["real_tokens"] + 2)
            row["confidence"] = min(row["confidence"], float(np.floor(shrunk * 20) / 20))


def fit_pooled(tables: dict[str, list[dict]], write: bool, planted: bool) -> int:
    rows = _pool(tables, planted)
    names = sorted({name for row in rows for name in row["features"]})
    labels = np.array([row["label"] for row in rows])
    print(f"{len(rows)} tokens ({labels.sum()} on a gold span), {len(names)} features")
    print(
        "per language and kind:",
        sorted(Counter((r["lang"], r["kind"], r["label"]) for r in rows).items()),
    )
    scores = out_of_fold(rows, names)
    shipped = np.array([row["lang"] != "en" for row in rows])
    bins = calibrate(scores[shipped], labels[shipped])
    real = shipped & np.array([row["kind"] != "planted" for row in rows])
    cap_by_real_text(bins, scores[real], labels[real])
    confidence = confidence_of(scores, bins)
    print(
        "Out-of-fold bins (pooled languages):",
        [
            (b["from"], b["tokens"], b["right"], b["real_tokens"], b["real_right"], b["confidence"])
            for b in bins
        ],
    )
    _bar_table(rows, confidence)
    print_curve("Pooled model, out of fold, per language and kind", curve(rows, confidence, _sets))
    print_curve("Pooled model, out of fold, per category", curve(rows, confidence, _categories))
    trees = fit_exported(rows, names, labels)
    if write:
        for language in tables:
            if language == "en":
                continue  # English keeps its own model (bench/unknown_tokens.py fit --write)
            model = {
                "about": "MT998's fitted model, pooled over "
                + ", ".join(sorted(tables))
                + " (bench/unknown_tokens.py fit --lang ... --write; h24unkml)",
                "tokens": int(shipped.sum()),
                "positives": int(labels[shipped].sum()),
                "planted": planted,
                "folds": "5 folds by outlet / corpus block (GroupKFold)",
                "features": names,
                "init": trees["init"],
                "rate": TREES["learning_rate"],
                "trees": trees["trees"],
                "bins": bins,
            }
            MODEL_DIR.mkdir(parents=True, exist_ok=True)
            path = MODEL_DIR / f"unknown_model_{language}.json"
            path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
    return 0
