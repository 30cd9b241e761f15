"""Language identification figures: short text (with and without a prior) and the per-paragraph
language regions of mixed-language documents.

Usage: python bench/eval_language.py [--data /work/shared/data] [--only short|mixed|real]
                                     [--identifiers] [--json]

- short: every clean-native-dev line alone (its native target sentence, 10 languages, and its
  English source sentence), whole and cut to its first six words (a subtitle, a CSV cell);
  accuracy of ``choose_language`` with no prior, with the right prior, and of a foreign line
  under an English prior (the case of a foreign paragraph in an English document). With
  ``--identifiers``, also the bare identifiers (langdetect, lingua-language-detector) on the
  same lines, with time per call.
- mixed: documents built from the same sentences (paragraphs of 1–4 sentences in one language;
  an English document with foreign paragraphs, a bilingual press release alternating two
  languages, a foreign document with one English quote paragraph): per-paragraph accuracy of
  ``language_regions`` (each paragraph's region language against the truth) and how many
  documents get every paragraph right.
- real (``--real DIR``): the same on documents made of real web pages' paragraphs, one file each,
  a line "@@ xx" before each paragraph giving its language (kept outside the repository: the
  pages are third-party text; BENCHMARKS.md lists their addresses).
Dev figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))
DATA = Path("/work/shared/data")


def _lines(data: Path) -> list[dict]:
    with open(data / "clean-native-dev.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _first_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[:count]) if len(words) > count else text


def short_items(data: Path) -> list[tuple[str, str, str]]:
    """(language, kind, text): each line's target and English source, whole and cut short."""
    items = []
    for line in _lines(data):
        for language, text in ((line["target_lang"], line["target"]), ("en", line["source"])):
            items.append((language, "sentence", text))
            if language not in ("zh", "ja"):  # no spaces: six "words" would be the whole line
                items.append((language, "six words", _first_words(text, 6)))
    return items


def short_text(data: Path) -> dict:
    from mtlint.checks.language import choose_language

    tallies: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for language, kind, text in short_items(data):
        tally = tallies[(kind, language)]
        tally["lines"] += 1
        tally["no prior"] += choose_language(text).code == language
        tally["right prior"] += choose_language(text, language).code == language
        if language != "en":
            tally["under en prior"] += choose_language(text, "en").code == language
        else:
            tally["under de prior"] += choose_language(text, "de").code == "en"
    return {f"{kind}/{language}": dict(t) for (kind, language), t in sorted(tallies.items())}


def identifiers(data: Path) -> dict:
    """The bare identifiers on the same short texts: accuracy and milliseconds per call."""
    from mtlint.checks.language import detect_languages

    runs = {"langdetect": lambda text: (detect_languages(text) or [("?", 0)])[0][0]}
    try:
        from lingua import LanguageDetectorBuilder

        started = time.perf_counter()
        detector = LanguageDetectorBuilder.from_all_languages().build()
        detector.detect_language_of("warm up")
        lingua_load = time.perf_counter() - started

        def lingua_top(text: str) -> str:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else "?"

        runs["lingua (all 75, lazy)"] = lingua_top
    except ImportError:
        lingua_load = None
    items = short_items(data)
    results: dict[str, dict] = {}
    for name, identify in runs.items():
        right: Counter = Counter()
        total: Counter = Counter()
        started = time.perf_counter()
        for language, kind, text in items:
            total[kind] += 1
            right[kind] += identify(text) == language
        seconds = time.perf_counter() - started
        results[name] = {
            "accuracy": {kind: round(right[kind] / total[kind], 3) for kind in total},
            "ms_per_text": round(1000 * seconds / len(items), 2),
        }
    results["lingua_first_call_s"] = None if lingua_load is None else round(lingua_load, 2)
    return results


# --- mixed documents ----------------------------------------------------------------------------


def _paragraph(rng: random.Random, pool: list[str]) -> str:
    return " ".join(rng.sample(pool, rng.randint(1, 4)))


def mixed_documents(data: Path, seed: int = 7) -> list[tuple[str, list[tuple[str, str]]]]:
    """(kind, [(language, paragraph)]) documents built from real native sentences."""
    rng = random.Random(seed)
    by_language: dict[str, list[str]] = defaultdict(list)
    english: list[str] = []
    for line in _lines(data):
        by_language[line["target_lang"]].append(line["target"])
        english.append(line["source"])
    documents = []
    for language in sorted(by_language):
        pool = by_language[language]
        for _ in range(10):
            # An English document with one or two foreign paragraphs somewhere inside.
            paragraphs = [("en", _paragraph(rng, english)) for _ in range(rng.randint(4, 8))]
            for _ in range(rng.randint(1, 2)):
                paragraphs.insert(
                    rng.randint(1, len(paragraphs)), (language, _paragraph(rng, pool))
                )
            documents.append(("en + foreign paragraphs", paragraphs))
            # A bilingual press release: the same number of paragraphs in each, in blocks.
            count = rng.randint(2, 4)
            first = [(language, _paragraph(rng, pool)) for _ in range(count)]
            second = [("en", _paragraph(rng, english)) for _ in range(count)]
            documents.append(("bilingual release", first + second))
            # A foreign document quoting one English paragraph.
            paragraphs = [(language, _paragraph(rng, pool)) for _ in range(rng.randint(4, 7))]
            paragraphs.insert(rng.randint(1, len(paragraphs) - 1), ("en", _paragraph(rng, english)))
            documents.append((f"{language} + English quote", paragraphs))
    return documents


def score_regions(
    documents: list[tuple[str, list[tuple[str, str]]]], *, given: bool, regions: bool = True
) -> dict:
    """Per-paragraph accuracy of the language each paragraph is checked in."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.pipeline import prepare

    tallies: dict[str, Counter] = defaultdict(Counter)
    seconds = 0.0
    for kind, paragraphs in documents:
        text = "\n\n".join(p for _, p in paragraphs)
        main = Counter(lang for lang, _ in paragraphs).most_common(1)[0][0]
        started = time.perf_counter()
        config = Config(language=main) if given else Config()
        document = prepare(Document(text=text), config)
        found_regions = document.language_regions if regions else ()
        seconds += time.perf_counter() - started
        group = "foreign in en" if kind.startswith("en +") else kind.split()[-1]
        tally = tallies[group]
        tally["documents"] += 1
        offset, all_right = 0, True
        for language, paragraph in paragraphs:
            tally["paragraphs"] += 1
            middle = offset + len(paragraph) // 2
            found = next(
                (r.code for r in found_regions if r.start <= middle < r.end), document.language
            )
            right = found == language
            tally["right"] += right
            all_right &= right
            offset += len(paragraph) + 2
        tally["documents right"] += all_right
    figures = {
        group: {
            "documents": t["documents"],
            "paragraph accuracy": round(t["right"] / t["paragraphs"], 3),
            "documents all right": round(t["documents right"] / t["documents"], 3),
        }
        for group, t in sorted(tallies.items())
    }
    figures["ms per document"] = round(1000 * seconds / len(documents), 2)
    return figures


FOREIGN_TEXT = ("MT501", "MT502")


def foreign_paragraph_rules(data: Path) -> dict:
    """Each planted (synthetic-link-artefacts-ml) and clean (clean-native-dev) target-language
    line as a paragraph between English paragraphs, checked as one document with no language
    given: planted recall and clean false alarms inside that paragraph (MT501/MT502, which say
    the paragraph is foreign, left out), with language regions (now) and without (before)."""
    from unittest import mock

    from mtlint.checks import language
    from mtlint.checks.config import Config
    from mtlint.checks.engine import check_text

    english = [line["source"] for line in _lines(data)]
    with open(data / "synthetic-link-artefacts-ml.jsonl", encoding="utf-8") as handle:
        planted = [json.loads(x) for x in handle]
    clean = [
        line for line in _lines(data) if line["target_lang"] in {p["target_lang"] for p in planted}
    ]
    figures: dict[str, dict] = {}
    for mode in ("before", "now"):
        patch = mock.patch.object(language, "language_regions", lambda document: ())
        tallies: dict[str, Counter] = defaultdict(Counter)
        if mode == "before":
            patch.start()
        try:
            for number, line in enumerate(planted + clean):
                head = " ".join(english[number % 900 : number % 900 + 3])
                tail = " ".join(english[number % 900 + 3 : number % 900 + 6])
                text = f"{head}\n\n{line['target']}\n\n{tail}\n"
                offset = len(head) + 2
                found = [
                    (f.start - offset, f.end - offset)
                    for f in check_text(text, config=Config()).findings
                    if f.code not in FOREIGN_TEXT
                    and offset <= f.start < offset + len(line["target"])
                ]
                tally = tallies[line["target_lang"]]
                if line["errors"]:
                    for gold in line["errors"]:
                        tally["planted"] += 1
                        tally["found"] += any(
                            s < max(gold["end"], gold["start"] + 1) and e >= gold["start"]
                            for s, e in found
                        )
                else:
                    tally["clean words"] += len(line["target"].split())
                    tally["false alarms"] += len(found)
        finally:
            if mode == "before":
                patch.stop()
        figures[mode] = {
            code: {
                "planted recall": round(t["found"] / t["planted"], 3) if t["planted"] else None,
                "clean findings per 1,000 words": round(
                    1000 * t["false alarms"] / t["clean words"], 2
                ),
            }
            for code, t in sorted(tallies.items())
        }
    return figures


def real_documents(folder: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Real pages with each paragraph's language marked: a line "@@ xx" starts a paragraph."""
    documents = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = []
        for block in re.split(r"\n(?=@@ )", path.read_text(encoding="utf-8")):
            if block.startswith("@@ "):
                head, _, body = block.partition("\n")
                paragraphs.append((head[3:].strip(), body.strip()))
        documents.append((path.stem, paragraphs))
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", choices=("short", "mixed", "rules", "real"))
    parser.add_argument("--identifiers", action="store_true")
    parser.add_argument("--real", type=Path, help="folder of @@-marked real documents")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report: dict = {}
    if args.only in (None, "short"):
        report["short"] = short_text(args.data)
        if args.identifiers:
            report["identifiers"] = identifiers(args.data)
    if args.only in (None, "mixed"):
        documents = mixed_documents(args.data)
        report["mixed, no language given"] = score_regions(documents, given=False)
        report["mixed, main language given"] = score_regions(documents, given=True)
        report["mixed, one language per document (before)"] = score_regions(
            documents, given=False, regions=False
        )
    if args.only in (None, "rules"):
        report["foreign paragraph in an English document"] = foreign_paragraph_rules(args.data)
    if args.only in (None, "real") and args.real:
        documents = real_documents(args.real)
        report["real, no language given"] = score_regions(documents, given=False)
        report["real, main language given"] = score_regions(documents, given=True)
        report["real, one language per document (before)"] = score_regions(
            documents, given=False, regions=False
        )
    print(json.dumps(report, indent=None if args.json else 1, ensure_ascii=False))


if __name__ == "__main__":
    main()
