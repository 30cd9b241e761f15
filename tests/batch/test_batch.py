"""Parallel batch: same results in the same order for any --jobs and on Dask, bounded in-flight
work, progress, and the persistent ignore file."""

from __future__ import annotations

import concurrent.futures
import io
from pathlib import Path

import pytest
from mtlint.checks import batch, dask_cluster
from mtlint.checks.batch import TerminalProgress, check_paths, progress_for
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.dask_cluster import check_paths_dask
from mtlint.checks.documents import InputError
from mtlint.checks.ignorefile import (
    add_ignore,
    finding_context,
    ignore_file_for,
    is_ignored,
    load_ignores,
    parse_ignores,
)

SAMPLES = [
    "The president  arrived on Sunday.",
    "He said said nothing about the the talks.",
    "Clean text without any problem at all.",
    "<p>Russian President <a href='x'>Vladimir Putin</a>who is  visiting.</p>",
]


def make_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        sample = SAMPLES[index % len(SAMPLES)]
        suffix = ".html" if sample.startswith("<") else ".txt"
        sub = folder / f"part{index % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"file{index:03d}{suffix}").write_text(sample + "\n", encoding="utf-8")
    (folder / "part1" / "broken.xlf").write_text("<xliff><unclosed>", encoding="utf-8")
    return folder


def summary(reports):
    return [
        (r.path, r.error, [(f.finding.code, f.file_start, f.file_end) for f in r.findings])
        for r in reports
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 40)


@pytest.fixture(scope="module")
def serial(corpus):
    return summary(check_paths([corpus], Config(language="en"), jobs=1))


def test_parallel_matches_serial_in_order(corpus, serial):
    parallel = summary(check_paths([corpus], Config(language="en"), jobs=2))
    assert parallel == serial
    paths = [p for p, _, _ in serial]
    assert paths == sorted(paths, key=lambda p: (Path(p).parent.name, Path(p).name))
    assert len(serial) == 41
    broken = [e for p, e, _ in serial if p.endswith("broken.xlf")]
    assert broken and "not well-formed" in broken[0]
    assert sum(len(f) for _, _, f in serial) > 20


def test_dask_local_cluster_gives_identical_results(corpus, serial):
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        on_dask = summary(
            check_paths_dask([corpus], Config(language="en"), address=cluster.scheduler_address)
        )
        code = main(
            [
                "check",
                str(corpus),
                "--lang",
                "en",
                "--format",
                "json",
                "--dask",
                cluster.scheduler_address,
                "-o",
                str(corpus.parent / "dask.json"),
            ]
        )
    assert on_dask == serial
    assert code == 2  # findings and one unreadable file
    import json

    data = json.loads((corpus.parent / "dask.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in data["files"]] == [p for p, _, _ in serial]


def test_unreachable_dask_scheduler_is_one_clear_line(capsys, monkeypatch):
    monkeypatch.setattr(dask_cluster, "CONNECT_TIMEOUT", "0.5s")
    code = main(["check", "x.txt", "--dask", "tcp://127.0.0.1:1"])
    assert code == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


class InlineExecutor:
    """Stands in for the process pool: runs tasks at once, counts submissions."""

    submitted = 0

    def __init__(self, max_workers, mp_context=None):
        self.max_workers = max_workers

    def submit(self, fn, *args):
        InlineExecutor.submitted += 1
        future = concurrent.futures.Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_work_in_flight_is_bounded(tmp_path, monkeypatch):
    folder = make_corpus(tmp_path / "many", 200)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", InlineExecutor)
    monkeypatch.setattr(batch, "_warm_up", lambda config: None)
    InlineExecutor.submitted = 0
    stream = check_paths([folder], Config(language="en"), jobs=2)
    first = next(stream)
    assert first.path.endswith("file000.txt")
    # 2 workers × 4 chunks in the window; chunks hold 200 // 16 = 12 files each.
    assert InlineExecutor.submitted <= 8
    rest = list(stream)
    assert len(rest) == 200  # 201 files: 200 samples + broken.xlf
    assert InlineExecutor.submitted == 17


def test_worker_crash_is_reported_and_batch_goes_on(tmp_path, monkeypatch):
    folder = make_corpus(tmp_path / "c", 6)

    def crash(path, config, keep_text=False):
        if path.endswith("file002.txt"):
            raise RuntimeError("boom")
        return original(path, config, keep_text=keep_text)

    original = batch.check_file
    monkeypatch.setattr(batch, "check_file", crash)
    reports = list(check_paths([folder], Config(language="en"), jobs=2))
    errors = {Path(r.path).name: r.error for r in reports if r.error}
    assert errors["file002.txt"].endswith("internal error (RuntimeError: boom)")
    assert len(reports) == 7 and sum(1 for r in reports if r.findings) >= 3


def test_progress_callback_and_terminal_bar(corpus):
    calls = []
    reports = list(
        check_paths([corpus], Config(language="en"), progress=lambda *a: calls.append(a[:2]))
    )
    assert calls == [(i, len(reports)) for i in range(1, len(reports) + 1)]

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert progress_for(io.StringIO(), output_is_terminal=False) is None
    assert progress_for(Tty(), output_is_terminal=True) is None
    stream = Tty()
    bar = progress_for(stream, output_is_terminal=False)
    assert isinstance(bar, TerminalProgress)
    for index, report in enumerate(reports, 1):
        bar(index, len(reports), report)
    assert f"{len(reports)}/{len(reports)} files" in stream.getvalue()
    assert "1 unreadable" in stream.getvalue()
    assert stream.getvalue().endswith("\r")  # the bar is cleared at the end


def test_ignore_file_format_and_matching(tmp_path):
    text = "Russian President Vladimir Putinwho is making a visit."
    start = text.index("Putinwho")
    context = finding_context(text, start, start + 8)
    assert context == "President Vladimir [Putinwho] is making"
    path = tmp_path / ".mtlint-ignore"
    add_ignore(path, "mt101", context)
    add_ignore(path, "MT101", context)  # no duplicate line
    content = path.read_text(encoding="utf-8")
    assert content.startswith("# mtlint ignore file")
    assert content.count("MT101\t") == 1
    ignores = load_ignores(path)
    assert is_ignored(ignores, "MT101", "President  Vladimir [Putinwho] is making")
    assert not is_ignored(ignores, "MT102", context)
    assert not is_ignored(ignores, "MT101", "Premier Dmitry [Putinwho] is making")
    globbed = parse_ignores("# hand-written\nMT3*\t*[Which]*\n")
    assert is_ignored(globbed, "MT305", "north korea [Which] Western")
    assert not is_ignored(globbed, "MT101", "north korea [Which] Western")
    assert not load_ignores(tmp_path / "missing") and not load_ignores(None)


def test_cli_honours_the_project_ignore_file(tmp_path, capsys):
    project = tmp_path / "project"
    project.mkdir()
    (project / "mtlint.toml").write_text('select = ["MT106"]\n', encoding="utf-8")
    (project / "a.txt").write_text("One  two. Three  four.\n", encoding="utf-8")
    config = Config(source=project / "mtlint.toml")
    assert ignore_file_for(config) == project / ".mtlint-ignore"
    assert main(["check", str(project / "a.txt")]) == 1
    assert capsys.readouterr().out.count("MT106") == 2
    add_ignore(project / ".mtlint-ignore", "MT106", "One[ ]two. Three")
    assert main(["check", str(project / "a.txt")]) == 1
    out = capsys.readouterr().out
    assert out.count("MT106") == 1 and ":1:16:" in out
    add_ignore(project / ".mtlint-ignore", "MT106", "*")
    assert main(["check", str(project / "a.txt")]) == 0


def test_ignore_file_named_in_config(tmp_path):
    config = Config(ignore_file="reviews/ignored.txt", source=tmp_path / "mtlint.toml")
    assert ignore_file_for(config) == tmp_path / "reviews" / "ignored.txt"


def test_jobs_must_be_positive(capsys):
    assert main(["check", "x.txt", "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_bad_dask_address_raises_input_error(monkeypatch):
    monkeypatch.setattr(dask_cluster, "CONNECT_TIMEOUT", "0.5s")
    with pytest.raises(InputError):
        check_paths_dask(["x.txt"], Config(), address="tcp://127.0.0.1:1")


def test_spawned_workers_give_the_same_results(tmp_path):
    folder = make_corpus(tmp_path / "s", 6)
    config = Config(language="en")
    spawned = summary(check_paths([folder], config, jobs=2, start_method="spawn"))
    assert spawned == summary(check_paths([folder], config, jobs=1))
