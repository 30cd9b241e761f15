"""Batch benchmark: a 10,000-file / 50 MB folder checked by `mtlint check`, as a user runs it.

Builds the folder from the English MT targets in ../shared/data, cycled into ~5 KB articles:
``--corpus mt`` (default; bench/out/batch-corpus-mt/) uses the MQM TED targets only (real MT);
``--corpus probes`` (bench/out/batch-corpus/, the earlier runs' corpus) adds the DEMETR lines with
their synthetic error probes (code-mixing in CJK/Cyrillic, doubled words, ...). It then runs
the real CLI in a subprocess with a JSON report to a file, timing the wall clock and sampling
the resident memory of the whole process tree (the CLI and its workers) every 100 ms:

* ``--jobs 1`` and ``--jobs 2``: the 1 → 2 worker scaling;
* ``--dask`` on a cluster started the way a user starts one: ``dask scheduler`` and ``dask worker
  --nworkers 2 --nthreads 1`` as separate processes on 127.0.0.1, from another folder than the
  client (tests/dask_processes.py), checking the folder by its *relative* path: once with the
  workers reading the files themselves (a shared file system), once with the files hidden from
  the workers (their own mount namespace, an empty tmpfs over bench/out) and sent with the
  tasks (``--dask-send-files``). The memory sampled is the client's, as the workers are not in
  its process tree.

Usage::

    python bench/bench_batch.py                 # the full 10,000 files / 50 MB
    python bench/bench_batch.py --files 1000 --megabytes 5 --no-dask   # a quick run

Targets (issue 5): 10,000 files / 50 MB on 2 cores in < 15 s wall, peak RSS <= 500 MB.
Targets (issue 16): on the separate cluster, identical reports to ``--jobs 2``, wall time within
1.5x of the local pool with shared files and within 2x with ``--dask-send-files``; the client
stays under 300 MB while sending 10,000 files.
Needs psutil (installed with the test tools) for the memory sampling.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# ../shared/data from the main clone; a worktree (/work/wt/NAME) finds it two levels up.
DATA = next(
    (p / "shared" / "data" for p in REPO.parents if (p / "shared" / "data").is_dir()),
    REPO.parent / "shared" / "data",
)
OUT = HERE / "out"


def english_lines(corpus: str = "mt") -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    with open(DATA / "mqm-ted21-zhen.jsonl", encoding="utf-8") as handle:
        for row in handle:
            target = json.loads(row)["target"].strip()
            if target and target not in seen:
                seen.add(target)
                lines.append(target)
    demetr = DATA / "demetr-synthetic.jsonl.gz"
    if corpus == "probes" and demetr.exists():
        with gzip.open(demetr, "rt", encoding="utf-8") as handle:
            for row in handle:
                target = json.loads(row).get("target", "").strip()
                if target and target not in seen:
                    seen.add(target)
                    lines.append(target)
    return lines


def build_corpus(folder: Path, files: int, megabytes: float, corpus: str = "mt") -> tuple[int, int]:
    """Write ``files`` articles totalling about ``megabytes`` MB; reuse an identical folder."""
    marker = folder / ".built"
    wanted = f"{files} {megabytes}"
    if marker.exists() and marker.read_text() == wanted:
        total = sum(p.stat().st_size for p in folder.rglob("*.txt"))
        return files, total
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    lines = english_lines(corpus)
    per_file = int(megabytes * 1_000_000 / files)
    index = 0
    total = 0
    for number in range(files):
        sub = folder / f"{number // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        paragraphs: list[str] = []
        size = 0
        while size < per_file:
            paragraph = " ".join(lines[(index + k) % len(lines)] for k in range(4))
            index += 4
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        data = ("\n\n".join(paragraphs) + "\n").encode("utf-8")
        (sub / f"article-{number:05d}.txt").write_bytes(data)
        total += len(data)
    marker.write_text(wanted)
    return files, total


class TreeMemory:
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peak_total = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
                sizes = []
                for process in processes:
                    with contextlib.suppress(psutil.Error):
                        sizes.append(process.memory_info().rss)
                self.peak_total = max(self.peak_total, sum(sizes))
                self.peak_single = max(self.peak_single, max(sizes, default=0))
            except psutil.Error:
                pass
            # 100 ms: walking the process tree with psutil every 20 ms took ~17 % of a core,
            # time the two-core run under test then lost; worker memory changes slowly.
            time.sleep(0.1)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(arguments: list[str], report: Path) -> dict[str, float]:
    command = [
        sys.executable,
        "-m",
        "mtlint.checks.cli",
        "check",
        *arguments,
        "--format",
        "json",
        "--output",
        str(report),
        "--lang",
        "en",
        "--isolated",
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with TreeMemory(process.pid) as memory:
        _, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"mtlint failed ({process.returncode}): {stderr.decode()[-2000:]}")
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return {
        "wall_s": round(wall, 2),
        "peak_rss_tree_mb": round(memory.peak_total / 2**20, 1),
        "peak_rss_process_mb": round(memory.peak_single / 2**20, 1),
        "files": summary["files"],
        "findings": summary["findings"],
        "errors": summary["errors"],
    }


def run_dask(folder_argument: str, extra: list[str], *, send: bool) -> dict[str, float]:
    """``mtlint check`` on a separately started 2-worker cluster (files hidden when ``send``)."""
    import tempfile

    sys.path.insert(0, str(REPO / "tests"))
    from dask_processes import Cluster

    home = Path(tempfile.mkdtemp(prefix="mtlint-bench-dask-"))
    started = time.perf_counter()
    with Cluster(home, workers=2, hide=OUT if send else None) as cluster:
        startup = time.perf_counter() - started
        flags = ["--dask-send-files"] if send else ["--dask-shared-files"]
        name = "batch-dask-send.json" if send else "batch-dask.json"
        result = run_cli([folder_argument, "--dask", cluster.address, *flags, *extra], OUT / name)
    result["cluster_startup_s"] = round(startup, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument(
        "--corpus",
        choices=("mt", "probes"),
        default="mt",
        help="mt: MQM TED targets only (default); probes: plus the DEMETR probe lines",
    )
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument(
        "--select",
        help="only these rules (e.g. MT106 to time the batch machinery without the full rule pass)",
    )
    args = parser.parse_args()
    extra = ["--select", args.select] if args.select else []

    # The probes folder keeps its old name so earlier runs stay comparable.
    folder = OUT / ("batch-corpus" if args.corpus == "probes" else f"batch-corpus-{args.corpus}")
    started = time.perf_counter()
    files, size = build_corpus(folder, args.files, args.megabytes, args.corpus)
    print(
        f"corpus ({args.corpus}): {files} files, {size / 1e6:.1f} MB in {folder} "
        f"(built/reused in {time.perf_counter() - started:.1f} s)"
    )
    print(f"cores available: {len(os.sched_getaffinity(0))}")
    # Relative to the CLI's working folder (the repository), as a user types it: a Dask worker
    # elsewhere must still find (or be sent) the files.
    folder_argument = os.path.relpath(folder, REPO)
    results = {}
    for jobs in args.jobs:
        report = OUT / f"batch-j{jobs}.json"
        result = run_cli([folder_argument, "--jobs", str(jobs), *extra], report)
        results[f"pool, --jobs {jobs}"] = result
        print(f"--jobs {jobs}: {json.dumps(result)}", flush=True)
    if not args.no_dask:
        pool_report = (OUT / f"batch-j{args.jobs[-1]}.json").read_bytes()
        for send in (False, True):
            label = "dask, own cluster, " + ("--dask-send-files" if send else "shared files")
            result = run_dask(folder_argument, extra, send=send)
            results[label] = result
            print(f"{label}: {json.dumps(result)}", flush=True)
            name = "batch-dask-send.json" if send else "batch-dask.json"
            same = (OUT / name).read_bytes() == pool_report
            print(f"{label}: report identical to the local pool's: {same}")
    if len(args.jobs) >= 2:
        one, two = results[f"pool, --jobs {args.jobs[0]}"], results[f"pool, --jobs {args.jobs[1]}"]
        print(
            f"scaling {args.jobs[0]} → {args.jobs[1]} workers: {one['wall_s'] / two['wall_s']:.2f}×"
        )
    mb = size / 1e6
    for name, result in results.items():
        print(
            f"{name:32s} {result['wall_s']:7.2f} s  {mb / result['wall_s']:6.2f} MB/s  "
            f"peak RSS tree {result['peak_rss_tree_mb']:6.1f} MB "
            f"(largest process {result['peak_rss_process_mb']:.1f} MB)"
        )


if __name__ == "__main__":
    main()
