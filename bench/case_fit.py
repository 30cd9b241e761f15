"""The fit of a case model on bench/case_tokens.py's table (build time only: numpy and
scikit-learn).

MT994's machinery, reused (``bench/unknown_fit.py``): gradient-boosted trees over the
explainable features of ``bench/case_features.py``, out-of-fold scores from folds that keep each
outlet (registrable domain; each native corpus) whole, bins of that score whose out-of-fold
precision would be a finding's confidence, the trees exported as the tables MT994's run-time
``unknown_score.Model`` scores (checked). Left out of the fit: technical documents, and tokens on
a gold span of another category (a glued word, a typo: neither a case error nor clean). The
report sets the model beside the current casing rules (MT3xx, in sample: tuned on these sets)
and their union, and re-reads the rules' own findings (a study). No model is shipped: out of
fold it adds nothing at the bar (BENCHMARKS.md, "h24caps").
"""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from unknown_fit import (
    TREES,
    calibrate,
    confidence_of,
    curve,
    fit_exported,
    matrix,
    out_of_fold,
    print_curve,
)

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


def fit_and_report(rows: list[dict], report: bool, listed: int = 0) -> int:
    rows = usable(rows)
    names = sorted({name for row in rows for name in row["features"]})
    labels = np.array([row["label"] for row in rows])
    scores = out_of_fold(rows, names, trees=CASE_TREES)
    if listed:
        list_unlabelled(rows, scores, listed)
    print(f"{len(rows)} tokens ({labels.sum()} on a gold case span), {len(names)} features")
    bins = calibrate(scores, labels)
    confidence = confidence_of(scores, bins)
    print("Out-of-fold bins, every token:", _bins(bins))
    print_curve("Fitted model, out of fold, per set", curve(rows, confidence, _sets))
    print_curve("Fitted model, out of fold, per category", curve(rows, confidence, _categories))
    # What a rule reading the score would add: where a casing rule finds the token at the bar,
    # a broad reading yields to it (checks/context.py), so only the other tokens count.
    shown = rules_confidence(rows) < SHOWN_BAR
    residual = calibrate(scores[shown], labels[shown])
    print(
        f"\n{int(shown.sum())} tokens no casing rule finds at {SHOWN_BAR} "
        f"({labels[shown].sum()} on a gold case span); out-of-fold bins there:",
        _bins(residual),
    )
    ranks = sorted(
        int((scores[shown] > scores[i]).sum()) for i in np.where(shown & (labels == 1))[0]
    )
    print(f"  their gold tokens' ranks by the out-of-fold score: {ranks}")
    fit_exported(rows, names, labels, CASE_TREES)
    if report:
        report_baselines(rows, confidence_of(scores, residual) * shown)
        rules_reread(rows)
    return 0


def _bins(bins: list[dict]) -> list[tuple]:
    return [(b["from"], b["tokens"], b["right"], b["confidence"]) for b in bins]


# The trees of the re-reading of the rules' own findings: few tokens (a few hundred), so
# leaves of five.
REREAD_TREES = CASE_TREES | {"n_estimators": 100, "min_samples_leaf": 5}


def rules_reread(rows: list[dict]) -> None:
    """A study, not a rule: the casing rules' findings (at 0.2 or more) re-read by trees that
    see the token's features and which rules found it with what confidence, out of fold by
    outlet — how many wrong findings at the bar a fitted re-reading would drop, for how many
    right ones."""
    found = [row for row in rows if max(row["rules"].values(), default=0.0) >= 0.2]
    codes = sorted({code for row in found for code in row["rules"]})
    for row in found:
        row["features"] = row["features"] | {f"rule_{c}": row["rules"].get(c, 0.0) for c in codes}
    names = sorted({name for row in found for name in row["features"]})
    scores = out_of_fold(found, names, trees=REREAD_TREES)
    labels = np.array([row["label"] for row in found])
    sure = rules_confidence(found) >= SHOWN_BAR
    mt = np.array([row["kind"] != "native" for row in found])
    print(
        f"\nThe casing rules' findings re-read (study): {len(found)} tokens at 0.2 or more, "
        f"{int(sure.sum())} at the bar ({int(labels[sure].sum())} right)"
    )
    for floor in (0.05, 0.1, 0.2, 0.3, 0.5):
        kept = sure & (scores >= floor)
        dropped = sure & ~kept
        print(
            f"  keep at out-of-fold score >= {floor}: {int(kept.sum())} kept "
            f"({int(labels[kept].sum())} right); dropped {int(dropped.sum())} "
            f"({int(labels[dropped].sum())} right; {int((dropped & ~mt).sum())} on native text, "
            f"{int((dropped & mt & (labels == 0)).sum())} wrong on MT sets)"
        )
    _reread_across(found, names, sure)


def _reread_across(found: list[dict], names: list[str], sure: np.ndarray) -> None:
    """The same re-reading fitted without the GUM files and read on them: does what it learnt
    hold on a corpus it never saw (folds by document keep GUM's style in the training folds)?"""
    gum = np.array([row["set"] == "typos-gum-en" for row in found])
    if not gum.any() or gum.all():
        return
    x, labels = matrix(found, names), np.array([row["label"] for row in found])
    model = GradientBoostingClassifier(**REREAD_TREES).fit(x[~gum], labels[~gum])
    scores = model.predict_proba(x[gum])[:, 1]
    at_bar = sure[gum]
    print(f"  fitted without GUM ({int((~gum).sum())} tokens), read on GUM's {int(at_bar.sum())}:")
    for floor in (0.05, 0.1, 0.2, 0.5):
        print(f"    dropped at score < {floor}: {int((at_bar & (scores < floor)).sum())}")
