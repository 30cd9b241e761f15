"""The project consistency pass (MT901/MT902) on a real localisation project: its share of the
batch's wall time, and the batch process's peak memory as the project grows 10×.

Corpus (kept out of git, under bench/out/): the PO files of Godot's editor translations,
github.com/godotengine/godot-editor-l10n (MIT). Get it with any clone, e.g.

    git clone --depth 1 https://github.com/godotengine/godot-editor-l10n /tmp/godot-l10n
    python bench/bench_consistency.py --from /tmp/godot-l10n

(``--from`` takes a work tree or a bare git directory; the .po files are copied to
bench/out/godot-l10n/). Then:

    python bench/bench_consistency.py                      # overhead on properties/ + extractable/
    python bench/bench_consistency.py --scale 1 10         # memory at 1× and 10× (copies)

Each measurement runs in a fresh subprocess (``mtlint check … --format json -o /dev/null``
through the library), so its peak RSS is its own; the workers' peak is reported apart.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
CORPUS = OUT / "godot-l10n"

_RUN = """
import json, resource, sys, time
from mtlint.checks.batch import check_paths
from mtlint.checks.config import Config
from mtlint.checks.reports import write_report
paths, select, ignore, jobs = json.loads(sys.argv[1])
config = Config(select=tuple(select), ignore=tuple(ignore))
started = time.perf_counter()
with open("/dev/null", "w") as sink:
    counts = {"findings": 0, "consistency": 0, "files": 0}
    def counted(reports):
        for report in reports:
            counts["files"] += 1
            counts["findings"] += len(report.findings)
            codes = [f.finding.code for f in report.findings]
            counts["consistency"] += codes.count("MT901") + codes.count("MT902")
            yield report
    write_report("json", counted(check_paths(paths, config, jobs=jobs)), sink)
elapsed = time.perf_counter() - started
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
memory = {"rss_mb": self_kb / 1024, "workers_rss_mb": children_kb / 1024}
print(json.dumps({"seconds": elapsed, **memory, **counts}))
"""


_REDUCE = """
import json, pickle, resource, sys, time, tracemalloc
from mtlint.checks.config import Config
from mtlint.checks.consistency_project import project_pass
from mtlint.checks.results import FileReport
cache, factor = json.loads(sys.argv[1])
with open(cache, "rb") as handle:
    files = pickle.load(handle)  # [(path, language, words, units)]
def reports():
    for copy in range(factor):
        for path, language, words, units in files:
            yield FileReport(path=f"copy{copy}/{path}", language=language, words=words, units=units)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
started = time.perf_counter()
found = units = count = 0
for report in project_pass(reports(), Config(select=("MT9",))):
    count += 1
    found += len(report.findings)
elapsed = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
units = factor * sum(len(u) for _, _, _, u in files)
print(json.dumps({"files": count, "units": units, "findings": found, "seconds": elapsed,
                  "traced_peak_mb": peak / 2**20, "rss_growth_mb": (after - before) / 1024}))
"""


def unit_cache(folders: list[str]) -> Path:
    """The folders' files as (path, language, words, units), pickled once under bench/out."""
    import pickle

    from mtlint.checks.batch import expand_paths
    from mtlint.checks.consistency import unit_records
    from mtlint.checks.documents import load_document
    from mtlint.checks.segment import word_count

    cache = OUT / f"units-{'-'.join(folders)}.pickle"
    if cache.is_file():
        return cache
    files = []
    for path, error in expand_paths([CORPUS / f for f in folders]):
        if error is None:
            document = load_document(path)
            files.append(
                (str(path), document.language, word_count(document.text), unit_records(document))
            )
    with open(cache, "wb") as handle:
        pickle.dump(files, handle, protocol=5)
    return cache


def reduce_only(folders: list[str], factors: list[int]) -> None:
    """The reduce alone over real units streamed N times (copies in other folders)."""
    cache = unit_cache(folders)
    for factor in factors:
        done = subprocess.run(
            [sys.executable, "-c", _REDUCE, json.dumps([str(cache), factor])],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{factor:>3}×: {result['files']} files, {result['units']:,} units, reduce "
            f"{result['seconds']:.1f} s, Python heap peak {result['traced_peak_mb']:.1f} MB, "
            f"RSS growth {result['rss_growth_mb']:.0f} MB, {result['findings']} findings"
        )


def extract(source: Path) -> None:
    """Copy the .po files of a clone (work tree or bare git dir) into bench/out/godot-l10n."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    if (source / "HEAD").is_file() and not (source / ".git").exists():  # a bare repository
        names = subprocess.run(
            ["git", "--git-dir", str(source), "ls-tree", "-r", "--name-only", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for name in (n for n in names if n.endswith(".po")):
            blob = subprocess.run(
                ["git", "--git-dir", str(source), "show", f"HEAD:{name}"],
                capture_output=True,
                check=False,
            )
            if blob.returncode == 0:  # a shallow mirror may lack the largest blobs
                target = CORPUS / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(blob.stdout)
        return
    for path in source.rglob("*.po"):
        target = CORPUS / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)


def run(paths: list[str], select: list[str], ignore: list[str], jobs: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps([paths, select, ignore, jobs])],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def scaled(folders: list[str], factor: int) -> list[str]:
    """``factor`` copies of the folders' files (same locales: every copy is compared)."""
    if factor == 1:
        return [str(CORPUS / f) for f in folders]
    root = OUT / f"godot-l10n-x{factor}"
    if not root.is_dir():
        for copy in range(factor):
            for folder in folders:
                shutil.copytree(CORPUS / folder, root / f"copy{copy}" / folder)
    return [str(root)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", type=Path, help="a clone to copy the .po from")
    parser.add_argument("--folders", nargs="+", default=["properties", "extractable"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--scale", type=int, nargs="*", help="memory runs at these sizes")
    parser.add_argument("--select", default="MT9", help="rules for the memory runs")
    parser.add_argument("--rounds", type=int, default=2, help="alternated without/with runs")
    parser.add_argument(
        "--reduce-only",
        type=int,
        nargs="*",
        metavar="N",
        help="time and memory of the reduce alone over the real units streamed N times",
    )
    args = parser.parse_args()
    if args.reduce_only:
        reduce_only(args.folders, args.reduce_only)
        return
    if args.source:
        extract(args.source)
    if not CORPUS.is_dir():
        sys.exit(f"no corpus in {CORPUS}: see the docstring (--from CLONE)")
    paths = [str(CORPUS / f) for f in args.folders]
    if not args.scale:
        # Alternated, so a load that drifts during the runs (a shared machine) hits both alike.
        pairs = []
        for _ in range(args.rounds):
            without = run(paths, [], ["MT901", "MT902"], args.jobs)
            with_pass = run(paths, [], [], args.jobs)
            pairs.append((without["seconds"], with_pass["seconds"]))
            print(f"round: {without['seconds']:.1f} s without, {with_pass['seconds']:.1f} s with")
        base = sum(w for w, _ in pairs) / len(pairs)
        with_pass = dict(with_pass, seconds=sum(x for _, x in pairs) / len(pairs))
        print(
            f"{with_pass['files']} files, default rules, --jobs {args.jobs}: "
            f"{base:.1f} s without the pass, {with_pass['seconds']:.1f} s with it "
            f"(+{100 * (with_pass['seconds'] / base - 1):.0f} %), "
            f"{with_pass['consistency']} consistency findings; peak RSS "
            f"{without['rss_mb']:.0f} → {with_pass['rss_mb']:.0f} MB"
        )
        return
    for factor in args.scale:
        result = run(scaled(args.folders, factor), [args.select], [], args.jobs)
        print(
            f"{factor:>3}×: {result['files']} files, --select {args.select}: "
            f"{result['seconds']:.1f} s, batch process peak RSS {result['rss_mb']:.0f} MB "
            f"(workers {result['workers_rss_mb']:.0f} MB), {result['consistency']} consistency "
            "findings"
        )


if __name__ == "__main__":
    main()
