"""Matching findings to gold spans, shared by the dev-set harnesses.

A finding *finds* a gold span when their spans overlap (a zero-width finding or gold span, an
insertion point, counts when it lies inside or on the edge of the other span). It *fixes* it when
one of its suggested fixes, applied alone, gives the same text as the gold fix applied alone. A
finding is *right* when it overlaps any gold span of its line. Words are ``\\w+`` runs, except
that Chinese characters and Japanese kana count as half a word each (CJK has no spaces; about
two characters make a word), which the harnesses state in their output.

Findings are plain :class:`Found` records, so the engine and the spell-checker baseline are
scored by the same code.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Edit = tuple[int, int, str]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+")

# The category a finding of each rule would count under when it matches no gold span (for
# per-category precision); codes not listed fall back to their family (MT1xx … MT6xx).
CODE_CATEGORY = {
    "MT101": "glued_word",
    "MT102": "glued_word",
    "MT201": "stray_ellipsis",
    "MT202": "double_dot",
    "MT203": "quote",
    "MT301": "missing_sentence_break",
    "MT302": "midsentence_capital",
    "MT303": "entity_case",
    "MT304": "midsentence_capital",
    "MT401": "doubled_word",
    "MT402": "doubled_word",
    "MT501": "untranslated",
    "MT502": "untranslated",
    "SPELL": "unknown_word",
}
FAMILY_CATEGORY = {
    "MT1": "spacing_punctuation",
    "MT2": "spacing_punctuation",
    "MT3": "entity_case",
    "MT4": "doubled_word",
    "MT5": "untranslated",
}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    category: str
    fix: str | None = None
    # A second place where reporting this error counts as finding it (an unclosed quote is
    # fixed where the closing mark belongs, but a checker can only point at the opening one).
    anchor: tuple[int, int] | None = None

    def overlapped_by(self, start: int, end: int) -> bool:
        if overlaps(start, end, self.start, self.end):
            return True
        return self.anchor is not None and overlaps(start, end, *self.anchor)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    code: str
    fixes: tuple[tuple[Edit, ...], ...] = ()


def load_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_of(line: dict) -> list[Gold]:
    """The target-side gold spans of a dev-set line."""
    return [
        Gold(
            e["start"],
            e["end"],
            e["category"],
            e.get("fix"),
            tuple(e["anchor"]) if e.get("anchor") else None,
        )
        for e in line.get("errors", ())
        if e.get("start") is not None and e.get("side", "target") == "target"
    ]


def count_words(text: str) -> float:
    """``\\w+`` runs outside CJK, plus one half per Chinese character or kana.

    Combining marks (Devanagari vowel signs, Arabic harakat) are not ``\\w`` for Python's ``re``,
    so they are dropped first; otherwise they would split one word into several.
    """
    cjk = len(_CJK.findall(text))
    if not text.isascii():
        text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk / 2


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    if a_start == a_end or b_start == b_end:  # an insertion point: inside or on an edge
        return a_start <= b_end and b_start <= a_end
    return a_start < b_end and b_start < a_end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    pieces, position = [], 0
    for start, end, replacement in sorted(edits):
        if start < position:
            raise ValueError("overlapping edits")
        pieces += [text[position:start], replacement]
        position = end
    return "".join(pieces) + text[position:]


def apply_line_fixes(line: dict) -> str:
    """A labelled line's target with every gold fix applied (its spans checked against the
    text they name): the clean text a planted line was made from."""
    text = line["target"]
    for error in line["errors"]:
        if text[error["start"] : error["end"]] != error["text"]:
            raise ValueError(f"{line.get('id')}: span {error['start']}-{error['end']} moved")
    return apply_edits(text, [(e["start"], e["end"], e["fix"]) for e in line["errors"]])


def fixes_gold(text: str, found: Found, gold: Gold) -> bool:
    if gold.fix is None:
        return False
    wanted = apply_edits(text, [(gold.start, gold.end, gold.fix)])
    for fix in found.fixes:
        try:
            if apply_edits(text, fix) == wanted:
                return True
        except ValueError:
            continue
    return False


def category_of_code(code: str) -> str:
    return CODE_CATEGORY.get(code) or FAMILY_CATEGORY.get(code[:3], "other")


@dataclass
class Tally:
    """Recall per gold category, precision per category and rule, findings on clean text."""

    gold_total: Counter = field(default_factory=Counter)
    gold_found: Counter = field(default_factory=Counter)
    gold_fixed: Counter = field(default_factory=Counter)
    found_total: Counter = field(default_factory=Counter)
    found_right: Counter = field(default_factory=Counter)
    code_total: Counter = field(default_factory=Counter)
    code_right: Counter = field(default_factory=Counter)
    clean_words: float = 0.0
    clean_findings: Counter = field(default_factory=Counter)
    misses: dict = field(default_factory=lambda: defaultdict(list))
    false_alarms: dict = field(default_factory=lambda: defaultdict(list))

    def score(
        self, text: str, findings: Sequence[Found], golds: Sequence[Gold], label: str = ""
    ) -> None:
        """One labelled line: every gold span found/fixed or not, every finding right or not."""
        for gold in golds:
            hitting = [f for f in findings if gold.overlapped_by(f.start, f.end)]
            self.gold_total[gold.category] += 1
            self.gold_found[gold.category] += bool(hitting)
            self.gold_fixed[gold.category] += any(fixes_gold(text, f, gold) for f in hitting)
            if not hitting:
                self.misses[gold.category].append(_context(text, gold.start, gold.end, label))
        for found in findings:
            matched = [g for g in golds if g.overlapped_by(found.start, found.end)]
            category = matched[0].category if matched else category_of_code(found.code)
            self.found_total[category] += 1
            self.found_right[category] += bool(matched)
            self.code_total[found.code] += 1
            self.code_right[found.code] += bool(matched)
            if not matched:
                self.false_alarms[found.code].append(_context(text, found.start, found.end, label))

    def score_clean(self, text: str, findings: Sequence[Found], label: str = "") -> None:
        """A line with no errors: every finding is a false alarm, counted per 1,000 words."""
        self.clean_words += count_words(text)
        for found in findings:
            self.clean_findings[found.code] += 1
            self.false_alarms[found.code].append(_context(text, found.start, found.end, label))

    def summary(self) -> dict:
        """Plain numbers (JSON-ready): per category, overall, per rule code, clean rate."""
        categories = sorted(set(self.gold_total) | set(self.found_total))
        per_category = {c: self._row(c) for c in categories}
        total_gold = sum(self.gold_total.values())
        total_found = sum(self.found_total.values())
        clean = sum(self.clean_findings.values())
        return {
            "categories": per_category,
            "overall": {
                "gold": total_gold,
                "found": sum(self.gold_found.values()),
                "fixed": sum(self.gold_fixed.values()),
                "recall": _ratio(sum(self.gold_found.values()), total_gold),
                "fix_recall": _ratio(sum(self.gold_fixed.values()), total_gold),
                "findings": total_found,
                "right": sum(self.found_right.values()),
                "precision": _ratio(sum(self.found_right.values()), total_found),
            },
            "codes": {
                code: {"findings": n, "right": self.code_right[code]}
                for code, n in sorted(self.code_total.items())
            },
            "clean": {
                "words": round(self.clean_words, 1),
                "findings": clean,
                "per_1000_words": _ratio(1000 * clean, self.clean_words),
                "codes": dict(sorted(self.clean_findings.items())),
            },
        }

    def _row(self, category: str) -> dict:
        return {
            "gold": self.gold_total[category],
            "found": self.gold_found[category],
            "fixed": self.gold_fixed[category],
            "recall": _ratio(self.gold_found[category], self.gold_total[category]),
            "findings": self.found_total[category],
            "right": self.found_right[category],
            "precision": _ratio(self.found_right[category], self.found_total[category]),
        }


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _context(text: str, start: int, end: int, label: str = "", width: int = 30) -> str:
    left, right = max(0, start - width), min(len(text), end + width)
    shown = (text[left:start] + "[" + text[start:end] + "]" + text[end:right]).replace("\n", " ")
    return f"{label}: {shown}" if label else shown


def percent(value: float | None) -> str:
    return "   –  " if value is None else f"{100 * value:5.1f}%"
