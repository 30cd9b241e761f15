"""The fit of MT994's unknown-word model on bench/unknown_tokens.py's table (build time only:
numpy and scikit-learn never ship in the rule).

A logistic regression over the explainable features of ``checks/unknown_score.py``, its
out-of-fold scores from folds that keep each outlet (registrable domain; each native corpus)
whole, and bins of that score whose out-of-fold precision becomes the finding's confidence
(made monotone by pooling adjacent bins, rounded down to 0.05; a thin bin is shrunk toward the
pooled rate). Documents the rule reads as technical (a README, a manual) and the tokens it gates
(``unknown_score.gated``) are left out: the rule never scores them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from mtlint.checks.unknown_score import left_out
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parent.parent
MODEL_PATH = REPO / "resources" / "spelling" / "unknown_model_en.json"
FOLDS = 5
# The out-of-fold scores are averaged over this many shuffled splits by outlet (each token
# scored once per split by a model that never saw its outlet): one split's bins moved the bar's
# findings between 67 and 155 tokens from seed to seed (h24unk); the spread over the splits is
# printed.
SPLITS = 5
# Small gradient-boosted trees (interactions a linear score misses: a split reading means much
# in lower case, little in a capitalised word), exported as tables.
TREES = {
    "max_depth": 3,
    "n_estimators": 100,
    "learning_rate": 0.05,
    "subsample": 1.0,
    "min_samples_leaf": 10,
    "random_state": 0,
}
# Lower edges of the score bins.
EDGES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# A bin's precision is shrunk toward the pooled rate as if it held this many more tokens.
PRIOR_TOKENS = 2
# A bin of fewer tokens is pooled with the one below it (from the top down).
MIN_BIN = 20
BARS = (0.2, 0.5)


def usable(rows: list[dict]) -> list[dict]:
    """The rows the rule scores at run time: not in a technical document, not gated, not
    ``left_out`` (the rule drops those before scoring, so the bins are measured on the same
    population; review h23 should-fix 8)."""
    return [
        row
        for row in rows
        if not row["technical"] and not row.get("gated") and not left_out(row["features"])
    ]


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[row["features"].get(name, 0.0) for name in names] for row in rows])


def out_of_fold(
    rows: list[dict], names: list[str], seed: int | None = None, trees: dict | None = None
) -> np.ndarray:
    """Each token's score from trees (``TREES`` unless given) fitted on the other outlets'
    folds (``seed``: the groups shuffled into folds so; None: scikit-learn's balanced split)."""
    x, y = matrix(rows, names), np.array([row["label"] for row in rows])
    groups = np.array([row["group"] for row in rows])
    scores = np.zeros(len(rows))
    split = GroupKFold(n_splits=FOLDS, shuffle=seed is not None, random_state=seed)
    for train, test in split.split(x, y, groups):
        model = GradientBoostingClassifier(**(trees or TREES)).fit(x[train], y[train])
        scores[test] = model.predict_proba(x[test])[:, 1]
    return scores


def stable_out_of_fold(rows: list[dict], names: list[str]) -> np.ndarray:
    """The out-of-fold scores averaged over ``SPLITS`` shuffled splits by outlet, with the
    spread of each split's own precision and recall at the bars printed."""
    labels = np.array([row["label"] for row in rows])
    runs = [out_of_fold(rows, names, seed) for seed in range(SPLITS)]
    for bar in BARS:
        cells = []
        for scores in runs:
            sure = confidence_of(scores, calibrate(scores, labels)) >= bar
            right = int(labels[sure].sum())
            cells.append((int(sure.sum()), right, right / max(sure.sum(), 1), right / labels.sum()))
        found, _right, precision, recall = zip(*cells, strict=True)
        print(
            f"{SPLITS} splits at {bar}: found {min(found)}-{max(found)},"
            f" precision {min(precision):.2f}-{max(precision):.2f},"
            f" recall {min(recall):.2f}-{max(recall):.2f}"
        )
    return np.mean(runs, axis=0)


def calibrate(scores: np.ndarray, labels: np.ndarray) -> list[dict]:
    """Bins of the out-of-fold score, adjacent bins pooled until precision rises with the
    score (pool adjacent violators), each bin's confidence its pooled precision shrunk toward
    the overall rate and rounded down to 0.05."""
    rate = labels.mean()
    bins = []
    for low, high in zip(EDGES, (*EDGES[1:], 1.01), strict=True):
        inside = (scores >= low) & (scores < high)
        bins.append({"from": low, "tokens": int(inside.sum()), "right": int(labels[inside].sum())})
    pooled = [dict(b) for b in bins if b["tokens"]] or [dict(bins[0])]
    index = len(pooled) - 1
    while index > 0:
        if pooled[index]["tokens"] < MIN_BIN:
            pooled[index - 1]["tokens"] += pooled[index]["tokens"]
            pooled[index - 1]["right"] += pooled[index]["right"]
            del pooled[index]
        index -= 1
    merged = True
    while merged:
        merged = False
        for index in range(len(pooled) - 1):
            left, right = pooled[index], pooled[index + 1]
            if left["right"] / left["tokens"] > right["right"] / right["tokens"]:
                left["tokens"] += right["tokens"]
                left["right"] += right["right"]
                del pooled[index + 1]
                merged = True
                break
    for row in pooled:
        shrunk = (row["right"] + PRIOR_TOKENS * rate) / (row["tokens"] + PRIOR_TOKENS)
        row["confidence"] = float(np.floor(shrunk * 20) / 20)
    pooled[0]["from"] = 0.0
    return pooled


def confidence_of(scores: np.ndarray, bins: list[dict]) -> np.ndarray:
    found = np.zeros(len(scores))
    for row in bins:
        found[scores >= row["from"]] = row["confidence"]
    return found


def curve(rows: list[dict], confidence: np.ndarray, key) -> dict:
    """Precision and recall at each bar, per ``key(row)``."""
    tallies: dict = defaultdict(lambda: {bar: [0, 0] for bar in BARS} | {"positives": 0})
    for row, sure in zip(rows, confidence, strict=True):
        for name in key(row):
            tally = tallies[name]
            tally["positives"] += row["label"]
            for bar in BARS:
                if sure >= bar:
                    tally[bar][0] += 1
                    tally[bar][1] += row["label"]
    return tallies


def print_curve(title: str, tallies: dict) -> None:
    print(f"\n{title}")
    print(f"  {'':22s} {'pos':>4s}  " + "  ".join(f"@{bar}: found right P    R  " for bar in BARS))
    for name in sorted(tallies):
        tally = tallies[name]
        cells = []
        for bar in BARS:
            found, right = tally[bar]
            precision = f"{right / found:.2f}" if found else "  - "
            recall = f"{right / tally['positives']:.2f}" if tally["positives"] else "  - "
            cells.append(f"    {found:5d} {right:5d} {precision} {recall}")
        print(f"  {name:22s} {tally['positives']:4d}  " + "  ".join(cells))


def _sets(row: dict) -> list[str]:
    own = row["kind"] != "native" or row["set"] == "typos-gum-en"
    return ["all", row["set"] if own else "native"]


def _categories(row: dict) -> list[str]:
    return ["all", row["category"] or "(none)"]


def fit_and_report(rows: list[dict], write: bool, report: bool) -> int:
    rows = usable(rows)
    names = sorted({name for row in rows for name in row["features"]})
    labels = np.array([row["label"] for row in rows])
    scores = stable_out_of_fold(rows, names)
    bins = calibrate(scores, labels)
    confidence = confidence_of(scores, bins)
    print(f"{len(rows)} tokens ({labels.sum()} on a gold span), {len(names)} features")
    print(
        "Out-of-fold bins:", [(b["from"], b["tokens"], b["right"], b["confidence"]) for b in bins]
    )
    print_curve("Fitted model, out of fold, per set", curve(rows, confidence, _sets))
    print_curve("Fitted model, out of fold, per category", curve(rows, confidence, _categories))
    trees = fit_exported(rows, names, labels)
    if report:
        from unknown_baseline import print_baselines

        print_baselines(rows, _sets, _categories, curve, print_curve)
    if write:
        model = {
            "about": "MT994's fitted model (bench/unknown_tokens.py fit --write; h23unk)",
            "tokens": len(rows),
            "positives": int(labels.sum()),
            "folds": f"{FOLDS} folds by outlet (GroupKFold), scores averaged over {SPLITS} splits",
            "features": names,
            "init": trees["init"],
            "rate": TREES["learning_rate"],
            "trees": trees["trees"],
            "bins": bins,
        }
        MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(REPO)}")
    return 0


def fit_exported(
    rows: list[dict], names: list[str], labels: np.ndarray, params: dict | None = None
) -> dict:
    """The final model on every row (``params``: TREES unless given), exported as the tables the
    run-time ``unknown_score.Model`` scores, and checked against scikit-learn's scores."""
    x = matrix(rows, names)
    final = GradientBoostingClassifier(**(params or TREES)).fit(x, labels)
    trees = export_trees(final)
    check_export(final, trees, x, names)
    return trees


def export_trees(model: GradientBoostingClassifier) -> dict:
    """Each tree as rows [feature, threshold, left, right, value] (a leaf: feature -1); the
    value of an inner node is kept for the explanation (what each split on the path added)."""
    prior = model.init_.class_prior_[1]
    trees = []
    for (tree,) in model.estimators_:
        inner = tree.tree_
        trees.append(
            [
                [
                    int(inner.feature[node]) if inner.children_left[node] != -1 else -1,
                    float(inner.threshold[node]),
                    int(inner.children_left[node]),
                    int(inner.children_right[node]),
                    round(float(inner.value[node][0][0]), 6),
                ]
                for node in range(inner.node_count)
            ]
        )
    return {"init": round(float(np.log(prior / (1 - prior))), 6), "trees": trees}


def check_export(model, trees: dict, x: np.ndarray, names: list[str]) -> None:
    """The exported tables give scikit-learn's probabilities (to rounding)."""
    from mtlint.checks.unknown_score import Model

    rate = model.learning_rate
    shipped = Model(names, trees["init"], rate, trees["trees"], (0.0,), (0.0,))
    ours = np.array([shipped.score(dict(zip(names, row, strict=True))) for row in x])
    theirs = model.predict_proba(x)[:, 1]
    gap = float(np.abs(ours - theirs).max())
    print(f"export check: largest gap to scikit-learn {gap:.2e}")
    if gap > 1e-2:  # scikit-learn compares in float32: a value at a threshold may differ
        raise SystemExit("the exported trees do not reproduce the model")
