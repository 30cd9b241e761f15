"""Does the round trip rank MT segments like human MQM scores do? Kendall τ per signal.

    python bench/bench_bt_ranking.py [--sample 300] [--seed 13] [--tiny] [--data DIR]

On the MQM dev sets (mqm-ted21-zhen.jsonl: Chinese→English, target English;
mqm-ted-ende.jsonl.gz: English→German, target German) each sampled MT segment's target goes
through the round trip mtlint uses (T→pivot→T, the default pivot: en→de→en, de→en→de) and is
scored against itself. Each signal is oriented so that higher means better, and Kendall τ-b
(scipy) is taken against −MQM (MQM is an error score, lower is better; rater lines of one
segment are averaged):

- chrF, BLEU, −TER: sacrebleu, as mtlint scores them;
- semantic: cosine of all-MiniLM-L6-v2 embeddings (English targets, when installed);
- −content: the number of names, numbers, dates and negations the round trip lost;
- combined: chrF − 10 × content (10 chrF points per lost item: a fixed weight, not tuned).

Models: whatever Argos packages are installed (ARGOS_PACKAGES_DIR); ``--tiny`` builds and
installs the tests' tiny random packages in a sandbox instead. The tiny packages' round trips
are gibberish: with them the τ values measure nothing and only prove the harness runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data")
DATASETS = {"zh→en": "mqm-ted21-zhen.jsonl", "en→de": "mqm-ted-ende.jsonl.gz"}
CONTENT_WEIGHT = 10.0
SIGNALS = ("chrF", "BLEU", "-TER", "semantic", "-content", "combined")


@dataclass(frozen=True)
class Segment:
    target: str
    language: str
    mqm: float  # mean over raters; lower is better


def load_segments(path: Path, sample: int, seed: int) -> list[Segment]:
    """MT segments (human translations left out), rater lines averaged, a seeded sample."""
    opener = gzip.open if path.suffix == ".gz" else open
    scores: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    info: dict[tuple[str, str, str, str], tuple[str, str]] = {}
    with opener(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            if row.get("is_human_translation") or row.get("mqm_score") is None:
                continue
            key = (row["system"], row["doc"], str(row["seg_id"]), row["target"])
            scores[key].append(float(row["mqm_score"]))
            info[key] = (row["target"], row["target_lang"])
    keys = sorted(scores)
    random.Random(seed).shuffle(keys)
    chosen = [k for k in keys if info[k][0].strip()][:sample]
    return [Segment(info[k][0], info[k][1], sum(scores[k]) / len(scores[k])) for k in chosen]


def kendall(signal: Sequence[float], human: Sequence[float]) -> float:
    """Kendall τ-b; nan when either side is constant."""
    from scipy.stats import kendalltau

    if len(set(signal)) < 2 or len(set(human)) < 2:
        return math.nan
    return float(kendalltau(signal, human).statistic)


def signals_for(
    segments: Sequence[Segment], round_trips: Sequence[str], semantic: Sequence[float] | None
) -> dict[str, list[float]]:
    """Each signal per segment, oriented so that higher means a better translation."""
    from mtlint.checks.backtranslation import compare, scoring

    out: dict[str, list[float]] = {name: [] for name in SIGNALS}
    for index, (segment, back) in enumerate(zip(segments, round_trips, strict=True)):
        score = scoring.sentence_scores(back, segment.target, segment.language)
        lost = sum(
            1
            for issue in compare.content_issues(segment.target, back, segment.language)
            if issue.change == "lost"
        )
        out["chrF"].append(score.chrf)
        out["BLEU"].append(score.bleu)
        out["-TER"].append(-score.ter)
        out["semantic"].append(semantic[index] if semantic is not None else math.nan)
        out["-content"].append(-float(lost))
        out["combined"].append(score.chrf - CONTENT_WEIGHT * lost)
    return out


def rank_table(
    segments: Sequence[Segment], round_trips: Sequence[str], semantic: Sequence[float] | None
) -> dict[str, float]:
    """τ of every signal against −MQM."""
    human = [-s.mqm for s in segments]
    values = signals_for(segments, round_trips, semantic)
    return {
        name: (math.nan if any(math.isnan(v) for v in column) else kendall(column, human))
        for name, column in values.items()
    }


def round_trip(
    segments: Sequence[Segment], progress: Callable[[float], None] | None = None
) -> tuple[list[str], str]:
    """The round trips of the targets through the language's default pivot, and the pivot."""
    from mtlint.checks.backtranslation import models
    from mtlint.checks.backtranslation.cache import shared_cache
    from mtlint.checks.backtranslation.translate import Translator

    language = segments[0].language
    pivot = models.default_pivot(language)
    missing = models.missing_pairs(language, [pivot])
    if missing:
        raise models.MissingModelError(missing)
    translator = Translator(shared_cache())
    texts = [s.target for s in segments]
    there = translator.translate(texts, language, pivot, progress=progress)
    return translator.translate(there, pivot, language, progress=progress), pivot


def _semantic(segments: Sequence[Segment], round_trips: Sequence[str]) -> list[float] | None:
    from mtlint.checks.backtranslation import semantic

    if not semantic.available(segments[0].language):
        return None
    return semantic.similarities(list(round_trips), [s.target for s in segments])


def install_tiny() -> None:
    """The tests' tiny random en↔de packages, in a throwaway package folder."""
    sys.path.insert(0, str(ROOT / "tests"))
    from argos_tiny import install_tiny_pair

    install_tiny_pair(Path(os.environ["ARGOS_PACKAGES_DIR"]).parent / "files")


def run(data: Path, sample: int, seed: int) -> dict[str, tuple[int, str, dict[str, float]]]:
    """Per dataset: (segments, pivot, τ per signal)."""
    results = {}
    for name, file in DATASETS.items():
        segments = load_segments(data / file, sample, seed)
        backs, pivot = round_trip(segments)
        results[name] = (
            len(segments),
            pivot,
            rank_table(segments, backs, _semantic(segments, backs)),
        )
    return results


def _format(value: float) -> str:
    return "  n/a" if math.isnan(value) else f"{value:+.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sample", type=int, default=300, help="segments per dataset")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--tiny", action="store_true", help="use the tiny random test packages")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.tiny:
        sandbox = Path(tempfile.mkdtemp(prefix="mtlint-ranking-"))
        os.environ["ARGOS_PACKAGES_DIR"] = str(sandbox / "packages")
        os.environ["MTLINT_CACHE_DIR"] = str(sandbox / "cache")
        install_tiny()
    from mtlint.checks.backtranslation import BacktranslationError

    try:
        results = run(args.data, args.sample, args.seed)
    except BacktranslationError as error:
        print(f"bench_bt_ranking: {error}", file=sys.stderr)
        return 2
    models = "TINY RANDOM test packages (gibberish: τ means nothing)" if args.tiny else "installed"
    print(f"Kendall τ-b against −MQM, {models} models, seed {args.seed}")
    print(f"{'dataset':8} {'n':>5} {'pivot':>5} " + " ".join(f"{s:>9}" for s in SIGNALS))
    for name, (count, pivot, table) in results.items():
        cells = " ".join(f"{_format(table[s]):>9}" for s in SIGNALS)
        print(f"{name:8} {count:5d} {pivot:>5} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
