"""The same tokens as bench/unknown_tokens.py's table, read by MT994's hand-set bands (the rule
before h23unk: its band confidence) and by hunspell (a flag: confidence 1), for the report."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from finders import SpellChecker, hunspell_available
from goldmatch import overlaps
from mtlint.checks.documents.base import Document
from mtlint.checks.rules import spelling_unknown
from unknown_tokens import LANGUAGE, labelled_documents


def band_confidences(rows: list[dict], texts: dict[tuple[str, str], str]) -> np.ndarray:
    """Each token's confidence from MT994's bands (0 where the bands read nothing)."""
    rule = spelling_unknown.UnknownWord()
    fitted = spelling_unknown.fitted_model
    spelling_unknown.fitted_model = lambda language: None  # the bands' path
    try:
        found: dict[tuple[str, str], list] = {}
        for key, text in texts.items():
            found[key] = list(rule.check(Document(text=text, language=LANGUAGE)))
    finally:
        spelling_unknown.fitted_model = fitted
    confidence = np.zeros(len(rows))
    for index, row in enumerate(rows):
        for finding in found[(row["set"], row["doc"])]:
            if overlaps(finding.start, finding.end, row["start"], row["end"]):
                confidence[index] = max(confidence[index], finding.confidence)
    return confidence


def hunspell_flags(rows: list[dict], texts: dict[tuple[str, str], str]) -> np.ndarray | None:
    if not hunspell_available(LANGUAGE):
        print("hunspell (en_US) is not installed: no spell-checker baseline")
        return None
    keys = list(texts)
    results = SpellChecker(LANGUAGE).find_all([texts[key] for key in keys])
    flagged = dict(zip(keys, results, strict=True))
    confidence = np.zeros(len(rows))
    for index, row in enumerate(rows):
        if any(
            overlaps(f.start, f.end, row["start"], row["end"])
            for f in flagged[(row["set"], row["doc"])]
        ):
            confidence[index] = 1.0
    return confidence


def print_baselines(rows: list[dict], sets: Callable, categories: Callable, curve, show) -> None:
    texts = {(d["set"], d["id"]): d["text"] for d in labelled_documents()}
    bands = band_confidences(rows, texts)
    show("MT994's bands (before h23unk), same tokens, per set", curve(rows, bands, sets))
    show("MT994's bands (before h23unk), per category", curve(rows, bands, categories))
    spell = hunspell_flags(rows, texts)
    if spell is not None:
        show("hunspell, same tokens, per set", curve(rows, spell, sets))
        show("hunspell, per category", curve(rows, spell, categories))
