"""Engine throughput and memory on a large English MT file.

Usage: python bench/bench_engine.py [--mb 50] [--corpus mt|varied|probes] [--per-rule] [--cli]
                                   [--memory] [--data /work/shared/data]

Builds bench/out/engine-<corpus>-<N>mb.txt repeated to about N MB from the dev data:
- ``--corpus mt`` (default): real machine translation only, the de-duplicated ``target`` fields
  of the MQM TED zh->en set, a few lines per paragraph -- the issue's "large English MT file";
- ``--corpus varied``: the mt text, each repetition with its longer words respelled, so the
  vocabulary keeps growing like a large body of real news (mt stops at ~5,500 distinct chunks;
  varied has ~64,000 per 10 MB): guards against speed-ups that only work on a repeated text;
- ``--corpus probes``: the old mix, all three dev sets' targets (MQM TED, DEMETR with its
  code-mixing probes in CJK/Cyrillic, synthetic link artefacts): far denser in findings than
  real MT, and its non-Latin lines make Python store the text at 2 bytes per character.
Then, in a fresh subprocess (so its peak RSS is the check's alone):
- loads it as the CLI does (read + decode),
- times a bare ``re.finditer(r"\\w+", text)`` pass over the same text (the yardstick),
- times the full default rule pass (``check_document`` with the default config),
- prints MB/s for both, their ratio, the finding count, and peak memory (max RSS);
- with --per-rule, on a new document: the CPU time to build what rules share (distinct chunks,
  paragraphs, repeat candidates …), then each rule on its own (slowest first).
- with --memory, the rules whose run grew the resident memory most during the timed pass (the
  peak is the pass's end: what a rule builds or loads first is held until then; Linux only),
  and each hunspell dictionary MT930 loaded, read from the user cache or built (a machine's
  first run builds it and peaks ~40 MB higher for en_US: run twice for the steady figure).
The pass is timed in wall and CPU time (``time.process_time``: on a shared machine wall time
also counts other processes' turns). Targets: >= 8 MB/s and <= 300 MB peak on a 50 MB input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CORPORA = {
    "mt": ("mqm-ted21-zhen.jsonl",),
    # The mt text again, but each repetition spells its longer words differently: a vocabulary
    # that keeps growing with the size, as a large body of real news does (the plain mt file
    # repeats ~0.6 MB, so its distinct words stop at a few thousand).
    "varied": ("mqm-ted21-zhen.jsonl",),
    "probes": (
        "mqm-ted21-zhen.jsonl",
        "demetr-synthetic.jsonl.gz",
        "synthetic-link-artefacts.jsonl",
    ),
}


def unique_targets(paths: Iterable[Path]) -> list[str]:
    """The distinct non-empty ``target`` lines of JSON-lines files (gzipped or not), in order."""
    lines: list[str] = []
    seen: set[str] = set()
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for raw in handle:
                text = json.loads(raw)["target"].strip()
                if text and text not in seen:
                    seen.add(text)
                    lines.append(text)
    return lines


def build_input(data: Path, megabytes: float, corpus: str = "mt") -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    # The probes file keeps its old name so earlier runs stay comparable.
    stem = "engine" if corpus == "probes" else f"engine-{corpus}"
    path = OUT / f"{stem}-{megabytes:g}mb.txt"
    target = int(megabytes * 2**20)
    if path.exists() and abs(path.stat().st_size - target) < 2**16:
        return path
    lines = unique_targets(data / name for name in CORPORA[corpus])
    # Paragraph-sized blocks of a few lines, blank line between: the shape of an article.
    paragraphs = [" ".join(lines[i : i + 4]) for i in range(0, len(lines), 4)]
    text = "\n\n".join(paragraphs) + "\n\n"
    with open(path, "wb") as handle:
        written = 0
        repetition = 0
        while written < target:
            block = (_respelled(text, repetition) if corpus == "varied" else text).encode("utf-8")
            repetition += 1
            chunk = block[: target - written]
            # Never cut a UTF-8 sequence in half.
            chunk = chunk.decode("utf-8", errors="ignore").encode("utf-8")
            handle.write(chunk)
            written += len(chunk)
    return path


_LONG_WORD = re.compile(r"\b([A-Za-z])([a-z]{4,})([a-z])\b")


def _respelled(text: str, repetition: int) -> str:
    """Words of six letters or more with their inner letters shifted by ``repetition`` places
    in the alphabet: first letter, length and case stay, so the text keeps its shape."""
    if repetition == 0:
        return text
    shift = repetition % 25 + 1
    table = str.maketrans(
        "abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmnopqrstuvwxyz"[shift:] + "abcdefghijklmnopqrstuvwxyz"[:shift],
    )

    def respell(match: re.Match[str]) -> str:
        inner = match.group(2)
        if repetition >= 26:  # beyond 25 shifts, also reverse the inner letters
            inner = inner[::-1]
        return match.group(1) + inner.translate(table) + match.group(3)

    return _LONG_WORD.sub(respell, text)


def _resident_mb() -> float:
    """The process's resident memory now (Linux: /proc/self/statm), in MB."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@contextmanager
def _rule_growth(rows: list[tuple[float, str]]) -> Iterator[None]:
    """Records, rule by rule, how much the resident memory grew while each rule ran."""
    from mtlint.checks import engine

    run_rules = engine.run_rules

    def measured(document, rules):  # type: ignore[no-untyped-def]
        findings, failures = [], []
        for rule in rules:
            before = _resident_mb()
            found, crashed = run_rules(document, [rule])
            rows.append((_resident_mb() - before, rule.code))
            findings.extend(found)
            failures.extend(crashed)
        return findings, tuple(failures)

    engine.run_rules = measured
    try:
        yield
    finally:
        engine.run_rules = run_rules


def _dictionaries_loaded() -> list[str]:
    """MT930's hunspell dictionaries the pass loaded, each read from the user cache or built
    (a first run on a machine builds the compact form: its peak is higher, ~+40 MB for en_US)."""
    from mtlint.checks.compactdic import LOADED

    return [f"{Path(dic).name} {source} in {seconds:.2f} s CPU" for dic, source, seconds in LOADED]


def child(path: Path, per_rule: bool, memory: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    from mtlint.checks.config import Config
    from mtlint.checks.documents import load_document
    from mtlint.checks.engine import check_document

    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    document = load_document(path)
    load_seconds = time.perf_counter() - started
    text = document.text
    megabytes = len(text.encode("utf-8")) / 2**20

    started = time.perf_counter()
    words = sum(1 for _ in re.finditer(r"\w+", text))
    bare_seconds = time.perf_counter() - started

    config = Config()
    growth: list[tuple[float, str]] = []
    with _rule_growth(growth) if memory else nullcontext():
        started = time.perf_counter()
        cpu_started = time.process_time()
        result = check_document(document, config)
        check_seconds = time.perf_counter() - started
        check_cpu = time.process_time() - cpu_started
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    report = {
        "megabytes": round(megabytes, 1),
        "words": words,
        "language": document.language,
        "rules": len(result.rules_run),
        "findings": len(result.findings),
        "failures": [f"{f.code}: {f.error}" for f in result.failures],
        "load_seconds": round(load_seconds, 2),
        "bare_seconds": round(bare_seconds, 2),
        "check_seconds": round(check_seconds, 2),
        "bare_mb_s": round(megabytes / bare_seconds, 1),
        "check_mb_s": round(megabytes / check_seconds, 2),
        "ratio": round(bare_seconds / check_seconds, 3),
        "check_cpu_seconds": round(check_cpu, 2),
        "check_cpu_mb_s": round(megabytes / check_cpu, 2),
        "baseline_rss_mb": round(baseline_rss / 1024, 1),
        "peak_rss_mb": round(peak_rss / 1024, 1),
        "growth": [(code, round(mb, 1)) for mb, code in sorted(growth, reverse=True)[:12]],
        "dictionaries": _dictionaries_loaded() if memory else [],
    }
    if per_rule:
        del result
        report.update(_per_rule(text, document.language, config, megabytes))
    print(json.dumps(report))


def _per_rule(text: str, language: str | None, config: object, megabytes: float) -> dict:
    """CPU time of what rules share, then of each rule alone, on a new document."""
    from mtlint.checks import repeats, textscan
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import prepare_document, rules_for
    from mtlint.checks.proseblocks import prose_blocks
    from mtlint.checks.wordshape import document_title_case_words

    # What several rules share is built once per document: timed on its own first, on a
    # new document, then each rule runs on that document with the shared parts ready.
    alone = prepare_document(Document(text=text, language=language))
    shared = []
    for name, build in (
        ("distinct chunks", textscan.unique_chunks),
        ("chunk text", textscan.chunk_text),
        ("characters", textscan.text_characters),
        ("paragraphs", lambda d: d.paragraphs),
        ("repeat candidates", repeats.repeat_starts),
        ("prose blocks", prose_blocks),
        ("title-case words", document_title_case_words),
    ):
        started = time.process_time()
        build(alone)
        shared.append({"name": name, "seconds": round(time.process_time() - started, 3)})
    timings = []
    for rule in rules_for(config, alone.language):  # the language the check settles on
        started = time.process_time()
        try:
            count = sum(1 for _ in rule.check(alone))
        except Exception as error:
            count = f"crashed: {error}"
        seconds = time.process_time() - started
        timings.append((seconds, rule.code, rule.name, count))
    timings.sort(reverse=True)
    per_rule = [
        {
            "code": code,
            "name": name,
            "seconds": round(s, 3),
            "mb_s": round(megabytes / s, 1) if s else None,
            "findings": count,
        }
        for s, code, name, count in timings
    ]
    return {"shared": shared, "per_rule": per_rule}


def _time_cli(path: Path, env: dict[str, str]) -> tuple[float, float]:
    """What a user waits for: the whole ``mtlint check`` process, and its own peak memory."""
    program = (
        "import resource, sys\n"
        "from checks.cli import main\n"
        f"main(['check', {str(path)!r}, '--format', 'json', '-o', {os.devnull!r}])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", program], env=env, cwd=ROOT, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="input size in MB (default 50)")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--per-rule", action="store_true", help="also time each rule alone")
    parser.add_argument(
        "--memory", action="store_true", help="also list the rules the memory grew most in"
    )
    parser.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        default="mt",
        help="mt: real MT targets only (default); varied: the same with a growing vocabulary; "
        "probes: all dev sets incl. DEMETR probes",
    )
    parser.add_argument(
        "--cli", action="store_true", help="also time `mtlint check FILE --format json` end to end"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.per_rule, args.memory)
        return
    path = build_input(args.data, args.mb, args.corpus)
    command = [sys.executable, __file__, "--child", str(path)]
    if args.per_rule:
        command.append("--per-rule")
    if args.memory:
        command.append("--memory")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.exit(f"benchmark child failed:\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"input ({args.corpus}): {path.relative_to(ROOT)}  {report['megabytes']} MB, "
        f"{report['words']:,} words, "
        f"language {report['language']}, {report['rules']} rules"
    )
    print(f"load (read + decode):        {report['load_seconds']:8.2f} s")
    print(
        f"bare \\w+ finditer pass:      {report['bare_seconds']:8.2f} s  "
        f"{report['bare_mb_s']:8.1f} MB/s"
    )
    print(
        f"full default rule pass:      {report['check_seconds']:8.2f} s  "
        f"{report['check_mb_s']:8.2f} MB/s  (target >= 8)"
    )
    print(
        f"  the same in CPU time:       {report['check_cpu_seconds']:8.2f} s  "
        f"{report['check_cpu_mb_s']:8.2f} MB/s  (what a busy machine cannot inflate)"
    )
    print(f"ratio rule pass / bare pass: {report['ratio']:8.3f}")
    print(f"findings: {report['findings']:,}   rule failures: {len(report['failures'])}")
    for failure in report["failures"]:
        print(f"  {failure}")
    print(
        f"peak RSS: {report['peak_rss_mb']:.0f} MB (after imports: "
        f"{report['baseline_rss_mb']:.0f} MB)  (target <= 300)"
    )
    if args.cli:
        cli_seconds, cli_rss = _time_cli(path, env)
        print(
            f"CLI end to end (start, load, check, locate, JSON): {cli_seconds:.2f} s  "
            f"{report['megabytes'] / cli_seconds:.2f} MB/s, peak RSS {cli_rss:.0f} MB"
        )
    if report["growth"]:
        grown = ", ".join(f"{code} +{mb:g}" for code, mb in report["growth"])
        print(f"resident memory grew most in (MB): {grown}")
    for loaded in report.get("dictionaries", []):
        print(f"  hunspell dictionary (MT930): {loaded}")
    for row in report.get("shared", []):
        print(f"  shared: {row['name']:<26} {row['seconds']:9.3f} s")
    for row in report.get("per_rule", []):
        print(
            f"  {row['code']} {row['name']:<28} {row['seconds']:7.3f} s "
            f"{row['mb_s'] or 0:9.1f} MB/s  {row['findings']}"
        )


if __name__ == "__main__":
    main()
