"""Held-out real-MT sets (``bench/data/realmt-<lang>-heldout``): the overview across languages.

The held-out sets are for measuring only: nobody tunes a rule on them or copies their sentences
into tests (see each set's README.md). ``eval_realmt.py --heldout`` scores every such set with
the per-set report of the dev sets and then this overview: per language (recall, precision,
findings per 1,000 clean words, beside hunspell where its dictionary is installed) and per
category over all languages together.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from goldmatch import Tally, percent

DATA = Path(__file__).resolve().parent / "data"
HELDOUT_GLOB = "realmt-*-heldout"


def set_label(folder: str | Path) -> str:
    """``realmt-ru-heldout`` → ``ru``; a further held-out set ``realmt-ru2-heldout`` → ``ru2``."""
    return Path(folder).name.removeprefix("realmt-").removesuffix("-heldout")


def heldout_folders(data: Path = DATA) -> list[Path]:
    """Every held-out set under ``data``, English first, then by language code."""
    folders = sorted(data.glob(HELDOUT_GLOB))
    return sorted(folders, key=lambda folder: (folder.name != "realmt-en-heldout", folder.name))


def merge(tallies: list[Tally]) -> Tally:
    """One tally holding the counts of all ``tallies`` (the contexts of misses too)."""
    merged = Tally()
    for tally in tallies:
        for name in (
            "gold_total",
            "gold_found",
            "gold_fixed",
            "found_total",
            "found_right",
            "code_total",
            "code_right",
            "clean_findings",
        ):
            getattr(merged, name).update(getattr(tally, name))
        merged.clean_words += tally.clean_words
        for category, contexts in tally.misses.items():
            merged.misses[category].extend(contexts)
        for code, contexts in tally.false_alarms.items():
            merged.false_alarms[code].extend(contexts)
    return merged


def overview(scored: list[tuple[dict, dict]]) -> dict:
    """Per set (``ru``, ``ru2`` for a further set of a language), per language where a language
    has several sets (their tallies merged), and per category (all sets together)."""
    tools = sorted({tool for results, _ in scored for tool in results["tools"]})
    per_language, by_language = {}, {}
    for results, tallies in scored:
        row = {"mt_excerpts": results["mt_excerpts"], "excerpts": results["excerpts"]}
        for tool, summary in results["tools"].items():
            row[tool] = {"overall": summary["overall"], "clean": summary["clean"]}
        per_language[set_label(results["set"])] = row
        by_language.setdefault(results["language"], []).append((results, tallies))
    combined = {
        language: _combined_row(sets, tools)
        for language, sets in by_language.items()
        if len(sets) > 1
    }
    per_category = {}
    for tool in tools:
        merged = merge([tallies[tool] for _, tallies in scored if tool in tallies])
        per_category[tool] = merged.summary()
    return {
        "per_language": per_language,
        "languages_combined": combined,
        "all_languages": per_category,
    }


def _combined_row(sets: list[tuple[dict, dict]], tools: list[str]) -> dict:
    """One language's held-out sets together: counts added, rates recomputed."""
    row = {
        "mt_excerpts": sum(results["mt_excerpts"] for results, _ in sets),
        "excerpts": sum(results["excerpts"] for results, _ in sets),
    }
    for tool in tools:
        merged = merge([tallies[tool] for _, tallies in sets if tool in tallies]).summary()
        row[tool] = {"overall": merged["overall"], "clean": merged["clean"]}
    return row


def print_overview(figures: dict, title: str = "Held-out overview") -> None:
    print(f"\n{title}" + (" (measure only, never tune)" if title.startswith("Held") else ""))
    print(
        f"{'language':<9} {'MT':>4} {'gold':>5} | {'mtlint recall':>15} {'precision':>17}"
        f" {'clean/1k':>9} | {'hunspell recall':>15} {'clean/1k':>9}"
    )
    rows = list(figures["per_language"].items())
    rows += [(f"{lang} (all)", row) for lang, row in figures.get("languages_combined", {}).items()]
    for language, row in rows:
        mtlint, spell = row["mtlint"], row.get("hunspell")
        line = (
            f"{language:<9} {row['mt_excerpts']:>4} {mtlint['overall']['gold']:>5} | "
            f"{_recall(mtlint['overall']):>15} {_precision(mtlint['overall']):>17} "
            f"{_rate(mtlint['clean']):>9} | "
        )
        line += (
            f"{_recall(spell['overall']):>15} {_rate(spell['clean']):>9}"
            if spell
            else f"{'(not run)':>15} {'':>9}"
        )
        print(line)
    everything = figures["all_languages"]
    print("(hunspell runs where its dictionary is installed, and not with --no-baseline)")
    print("\nall sets together, per gold category (mtlint):")
    summary = everything["mtlint"]
    for category, row in summary["categories"].items():
        if row["gold"]:
            print(f"  {category:<24} {_recall(row):>15}  fixed {row['fixed']:>3}")
    print(
        f"  {'overall':<24} {_recall(summary['overall']):>15}  precision "
        f"{_precision(summary['overall'])}, clean {_rate(summary['clean'])} per 1,000 words"
    )
    missed = Counter(
        {c: row["gold"] - row["found"] for c, row in summary["categories"].items() if row["gold"]}
    )
    if missed:
        print("  misses per category: " + ", ".join(f"{c} {n}" for c, n in missed.most_common()))


def _recall(row: dict) -> str:
    return f"{row['found']}/{row['gold']} {percent(row['recall'])}"


def _precision(row: dict) -> str:
    return f"{row['right']}/{row['findings']} {percent(row['precision'])}"


def _rate(clean: dict) -> str:
    return "–" if clean["per_1000_words"] is None else f"{clean['per_1000_words']:.2f}"
