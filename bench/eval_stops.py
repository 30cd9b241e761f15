"""MT249 (paragraph-lost-stop) alone: its findings by band on the labelled tuning pages, and its
firings on text that holds no such loss — the false-alarm scan.

    python bench/eval_stops.py                       # stops-real-ml and realmt-en13
    python bench/eval_stops.py --set bench/data/X    # other labelled folders
    python bench/eval_stops.py --scan [--limit 400] [--show 20]

The labelled sets are read from the local store (bench/localdata.py); a gold span counts as a
lost final mark when its fix is the span with a mark added (".", ":", "!", "?", "…", "。", "।",
"۔", or ",” before an attribution). A finding is right when it overlaps any gold span of its
excerpt. The scan reads, without labels, every non-judge, non-held-out set of the store,
``tests/realfiles``, the Markdown, reST and text pages of the fetched documentation
repositories (``/work/.mirror``: httpx, Sphinx, GNOME, React and javascript.info translations
…) and the Universal Dependencies treebanks' documents rebuilt paragraph by paragraph
(``# newpar``), in their languages; every firing there is read by hand (BENCHMARKS.md, h19stop).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from mtlint.checks import pipeline
from mtlint.checks.config import Config
from mtlint.checks.documents import loader_for
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code
from realmt_build import is_heldout, is_judge

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_SETS = (DATA / "stops-real-ml", DATA / "realmt-en13")
MIRRORS = Path("/work/.mirror")
_MARKS = (".", ":", "!", "?", "…", "。", "।", "۔", ",”", ',"')
_PAGE_SUFFIXES = (".md", ".rst", ".txt", ".page", ".html")
_MIRROR_LANGUAGES = {"ar.": "ar", "fa.": "fa", "he.": "he", "ja.": "ja", "ko.": "ko", "zh": "zh"}


def _findings(document: Document) -> list:
    rule = rule_by_code("MT249")
    return list(check_document(document, Config(min_confidence=0.0), rules=[rule]).findings)


def _lost_mark(error: dict) -> bool:
    fix, span = error.get("fix") or "", error["text"]
    return fix.startswith(span.rstrip('”"')) and fix.endswith(_MARKS) and len(fix) > len(span)


def score_sets(folders: list[Path]) -> dict:
    """Per band: findings and right ones; the lost marks found of those labelled."""
    bands: Counter = Counter()
    right: Counter = Counter()
    gold = found = 0
    misses: list[str] = []
    for folder in localdata.present_only(
        [localdata.folder(f) for f in folders], lambda f: f / "dev.jsonl", "eval_stops"
    ):
        for line in (folder / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row["target"]
            document = Document(text=text, language=row.get("target_lang") or "en")
            findings = _findings(document)
            spans = [(e["start"], e["end"]) for e in row["errors"]]
            for finding in findings:
                band = dict(finding.data).get("band", "?")
                bands[band] += 1
                s, e = finding.span.start, finding.span.end
                right[band] += any(s < end and start < e for start, end in spans)
            for error in filter(_lost_mark, row["errors"]):
                gold += 1
                hit = any(
                    f.span.start < error["end"] and error["start"] < f.span.end for f in findings
                )
                found += hit
                if not hit:
                    misses.append(f"{row['id']}: {error['text']!r} → {error['fix']!r}")
    return {"bands": bands, "right": right, "gold": gold, "found": found, "misses": misses}


def _store_texts(store: Path) -> Iterator[tuple[str, Document]]:
    for folder in sorted((store / "bench" / "data").iterdir()):
        if is_judge(folder) or is_heldout(folder):
            continue
        for path in sorted(folder.glob("*.jsonl")):
            if path.name.startswith("held-"):  # outside-ml's held half is measure-only
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                text = row.get("target") or row.get("text")
                language = row.get("target_lang") or row.get("lang")
                if not isinstance(text, str) or "\n" not in text:
                    continue
                if not (isinstance(language, str) and language.isalpha() and len(language) < 4):
                    language = "en"
                yield f"{folder.name}/{row.get('id')}", Document(text=text, language=language)
    for path in sorted((store / "tests" / "realfiles").rglob("*")):
        if path.is_file() and path.suffix != ".json":
            yield f"realfiles/{path.name}", pipeline.load(path, Config())


def _git(repository: Path, *args: str) -> bytes:
    command = ["git", "--git-dir", str(repository), *args]
    return subprocess.run(command, capture_output=True, check=False).stdout


def _repositories(prefix_ud: bool) -> Iterator[tuple[str, Path]]:
    if not MIRRORS.is_dir():
        return
    for entry in sorted(MIRRORS.iterdir()):
        if entry.name.startswith("UniversalDependencies") != prefix_ud or not entry.is_dir():
            continue
        for candidate in (entry, *entry.iterdir()):
            if (candidate / "HEAD").exists():
                yield entry.name, candidate
                break


def _mirror_pages(limit: int) -> Iterator[tuple[str, Document]]:
    for name, repository in _repositories(prefix_ud=False):
        listing = _git(repository, "ls-tree", "-r", "--name-only", "HEAD").decode()
        files = [f for f in listing.splitlines() if f.endswith(_PAGE_SUFFIXES)]
        random.Random(1).shuffle(files)
        language = next((v for k, v in _MIRROR_LANGUAGES.items() if f"+{k}" in name), "en")
        for file in files[:limit]:
            data = _git(repository, "show", f"HEAD:{file}")
            loader = loader_for(Path(file))
            try:
                document = loader(Path(file), data) if loader else None
            except Exception:  # a page its loader cannot read is not scanned
                continue
            if document is None:
                document = Document(text=data.decode("utf-8", "replace"))
            yield f"{name}:{file}", dataclasses.replace(document, language=language)


def _treebank_documents(limit: int) -> Iterator[tuple[str, Document]]:
    for name, repository in _repositories(prefix_ud=True):
        listing = _git(repository, "ls-tree", "-r", "--name-only", "HEAD").decode()
        count = 0
        for file in (f for f in listing.splitlines() if f.endswith(".conllu")):
            language = file.split("/")[-1].split("_")[0]
            conllu = _git(repository, "show", f"HEAD:{file}").decode("utf-8", "replace")
            for index, paragraphs in enumerate(_conllu_documents(conllu)):
                count += 1
                if len(paragraphs) >= 3 and count <= limit:
                    text = "\n\n".join(paragraphs)
                    yield f"{name}:{file}#{index}", Document(text=text, language=language)


def _conllu_documents(conllu: str) -> list[list[str]]:
    documents: list[list[str]] = []
    paragraphs: list[str] = []
    sentences: list[str] = []
    for line in conllu.splitlines():
        if line.startswith(("# newdoc", "# newpar")) and sentences:
            paragraphs.append(" ".join(sentences))
            sentences = []
        if line.startswith("# newdoc") and paragraphs:
            documents.append(paragraphs)
            paragraphs = []
        elif line.startswith("# text = "):
            sentences.append(line[len("# text = ") :])
    if sentences:
        paragraphs.append(" ".join(sentences))
    if paragraphs:
        documents.append(paragraphs)
    return documents


SOURCES = ("store", "pages", "treebanks")


def scan(limit: int, show: int, which: tuple[str, ...] = SOURCES) -> dict:
    """Every firing on text without lost marks, by source and band."""
    store = localdata.data_root()
    readers = {
        "store": ("store and real files", lambda: _store_texts(store)),
        "pages": ("documentation pages", lambda: _mirror_pages(limit)),
        "treebanks": ("treebank documents", lambda: _treebank_documents(limit)),
    }
    sources = {readers[key][0]: readers[key][1]() for key in which}
    figures: dict = {}
    for source, documents in sources.items():
        words = texts = 0
        bands: Counter = Counter()
        shown: list[str] = []
        for tag, document in documents:
            texts += 1
            words += len(document.text.split())
            for finding in _findings(document):
                band = dict(finding.data).get("band", "?")
                bands[band] += 1
                if len(shown) < show:
                    start = max(0, finding.span.start - 90)
                    context = document.text[start : finding.span.end + 40]
                    shown.append(f"{tag} [{band}] …{context!r}")
        figures[source] = {"texts": texts, "words": words, "bands": dict(bands), "shown": shown}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append")
    parser.add_argument("--scan", action="store_true", help="the false-alarm scan")
    parser.add_argument("--limit", type=int, default=400, help="pages per repository")
    parser.add_argument("--show", type=int, default=0, help="firings shown per source")
    parser.add_argument("--sources", default=",".join(SOURCES), help="store,pages,treebanks")
    args = parser.parse_args(argv)
    if args.scan:
        for source, figures in scan(args.limit, args.show, tuple(args.sources.split(","))).items():
            print(
                f"{source}: {figures['texts']} texts, {figures['words']:,} words, "
                f"MT249 by band {figures['bands'] or '{}'}"
            )
            for line in figures["shown"]:
                print("   ", line)
        return 0
    if any(is_heldout(DATA / path.name) or is_judge(DATA / path.name) for path in args.set or ()):
        parser.error("held-out and judge sets are measured by eval_realmt.py, not tuned here")
    result = score_sets(args.set or list(DEFAULT_SETS))
    print(f"lost final marks found: {result['found']}/{result['gold']}")
    for band, count in sorted(result["bands"].items()):
        print(f"  band {band}: {result['right'][band]}/{count} right")
    for miss in result["misses"]:
        print("  missed", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
