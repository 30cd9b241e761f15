"""The fit of MT396's case model on bench/case_tokens.py's table (build time only: numpy and
scikit-learn never ship in the rule).

MT994's machinery, reused (``bench/unknown_fit.py``): gradient-boosted trees over the
explainable features of ``checks/case_score.py``, out-of-fold scores from folds that keep each
outlet (registrable domain; each native corpus) whole, bins of that score whose out-of-fold
precision becomes the finding's confidence, the trees exported as tables the run-time
``unknown_score.Model`` scores. Left out of the fit: documents the rule reads as technical, and
tokens on a gold span of another category (a glued word, a typo: neither a case error nor
clean). The report sets the model beside the current casing rules (MT3xx, in sample: tuned on
these sets) and their union (the surer of the two, as ``checks/context.py`` keeps it).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from unknown_fit import (
    TREES,
    calibrate,
    check_export,
    confidence_of,
    curve,
    export_trees,
    matrix,
    out_of_fold,
    print_curve,
)

REPO = Path(__file__).resolve().parent.parent
MODEL_PATH = REPO / "resources" / "casing" / "case_model_en.json"
# Shallower trees and larger leaves than MT994's (``unknown_fit.TREES``): a case error is rare
# (a few in a thousand candidates), and depth 3 with leaves of 10 learnt single outlets (out of
# fold, average precision 0.03-0.06 against 0.19-0.21 for these).
# The default bar: where a casing rule finds a token at it, the token is the rule's.
SHOWN_BAR = 0.5
CASE_TREES = TREES | {
    "max_depth": 2,
    "n_estimators": 150,
    "learning_rate": 0.1,
    "min_samples_leaf": 20,
}


def usable(rows: list[dict]) -> list[dict]:
    """The rows the rule scores at run time and the fit can label."""
    return [row for row in rows if not row["technical"] and not row["other_gold"]]


def _sets(row: dict) -> list[str]:
    own = row["kind"] != "native" or row["set"] == "typos-gum-en"
    return ["all", row["set"] if own else "native"]


def _categories(row: dict) -> list[str]:
    return ["all", row["category"] or "(none)"]


def rules_confidence(rows: list[dict]) -> np.ndarray:
    """The current casing rules' surest finding on each token (0 where none)."""
    return np.array([max(row["rules"].values(), default=0.0) for row in rows])


def report_baselines(rows: list[dict], model: np.ndarray) -> None:
    rules = rules_confidence(rows)
    print_curve("Current casing rules (MT3xx, in sample), per set", curve(rows, rules, _sets))
    print_curve("Current casing rules, per category", curve(rows, rules, _categories))
    union = np.maximum(rules, model)
    print_curve("Union (model out of fold, rules in sample), per set", curve(rows, union, _sets))
    print_curve("Union, per category", curve(rows, union, _categories))
    added = (model >= 0.5) & (rules < 0.5)
    labels = np.array([row["label"] for row in rows])
    print(
        f"\nAt the bar the model adds {int(added.sum())} tokens no rule finds at 0.5, "
        f"{int(labels[added].sum())} on a gold case span"
    )
    for row, sure in zip(rows, model, strict=True):
        if sure >= 0.5 and max(row["rules"].values(), default=0.0) < 0.5:
            mark = "+" if row["label"] else "-"
            print(f"  {mark} {sure:.2f} {row['set']:16s} {row['word']}")


def list_unlabelled(rows: list[dict], scores: np.ndarray, count: int) -> None:
    """The top-scored unlabelled tokens of real MT (the model's or a casing rule's), with their
    place, for a review (printed, never stored: the pages' text stays out of git)."""
    from goldmatch import load_jsonl
    from localdata import folder

    texts = {}
    rules = rules_confidence(rows)
    order = np.argsort(-np.maximum(scores, rules))
    shown = 0
    for index in order:
        row = rows[index]
        if row["label"] or row["kind"] == "native" or shown >= count:
            continue
        if (row["set"], row["doc"]) not in texts:
            for line in load_jsonl(folder(f"bench/data/{row['set']}") / "dev.jsonl"):
                texts[(row["set"], line.get("id", ""))] = line["target"]
        text = texts[(row["set"], row["doc"])]
        start, end = row["start"], row["end"]
        around = (
            text[max(0, start - 50) : start] + "[" + text[start:end] + "]" + text[end : end + 40]
        )
        print(
            f"{scores[index]:.2f} {rules[index]:.2f} {row['set']}|{row['doc']}|{start} {around!r}"
        )
        shown += 1


def fit_and_report(rows: list[dict], write: bool, report: bool, listed: int = 0) -> int:
    rows = usable(rows)
    names = sorted({name for row in rows for name in row["features"]})
    labels = np.array([row["label"] for row in rows])
    scores = out_of_fold(rows, names, CASE_TREES)
    if listed:
        list_unlabelled(rows, scores, listed)
    # The bins are measured on the tokens the rule can show: where a casing rule finds the
    # token at the bar, MT396 yields to it (checks/context.py, FITTED), so its precision there
    # says nothing about the findings it adds.
    shown = rules_confidence(rows) < SHOWN_BAR
    bins = calibrate(scores[shown], labels[shown])
    confidence = confidence_of(scores, bins)
    print(f"{len(rows)} tokens ({labels.sum()} on a gold case span), {len(names)} features")
    print(f"{int(shown.sum())} tokens no casing rule finds at {SHOWN_BAR} ({labels[shown].sum()})")
    print(
        "Out-of-fold bins:", [(b["from"], b["tokens"], b["right"], b["confidence"]) for b in bins]
    )
    print_curve("Fitted model, out of fold, per set", curve(rows, confidence, _sets))
    print_curve("Fitted model, out of fold, per category", curve(rows, confidence, _categories))
    final = GradientBoostingClassifier(**CASE_TREES).fit(matrix(rows, names), labels)
    trees = export_trees(final)
    check_export(final, trees, matrix(rows, names), names)
    if report:
        report_baselines(rows, confidence)
    if write:
        model = {
            "about": "MT396's fitted model (bench/case_tokens.py fit --write; h24caps)",
            "tokens": len(rows),
            "positives": int(labels.sum()),
            "folds": "5 folds by outlet (GroupKFold)",
            "features": names,
            "init": trees["init"],
            "rate": CASE_TREES["learning_rate"],
            "trees": trees["trees"],
            "bins": bins,
        }
        MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(REPO)}")
    return 0
