"""--dask against a scheduler and workers started as separate processes, as a user starts them.

The workers run in another working directory than the client (relative paths must not reach
them); one cluster's worker runs in its own mount namespace where the client's files are hidden
under an empty tmpfs (so it cannot read them and they must travel with the tasks); one cluster's
worker reports another mtlint version (a dist-info earlier on its path), which must be refused
before any work is sent.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from dask_processes import Cluster
from mtlint.checks import dask_cluster
from mtlint.checks.batch import check_paths
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.dask_cluster import check_paths_dask
from mtlint.checks.documents import InputError

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "putin-uzbekistan.txt"

pytestmark = pytest.mark.slow


def summary(reports):
    return [
        (r.path, r.error, [(f.finding.code, f.file_start) for f in r.findings]) for r in reports
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of real checkable files (the seed, its copies, a folder) for the client."""
    root = tmp_path_factory.mktemp("client")
    files = root / "articles"
    (files / "more").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    for index in range(12):
        target = files / ("more" if index % 3 == 0 else ".") / f"a{index:02d}.txt"
        target.write_text(text if index % 2 else text.replace("Putinwho", "Putin who"), "utf-8")
    (files / "empty.txt").write_bytes(b"")
    (files / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (root / ".mtlint-ignore").write_text("MT201\t*\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def serial(corpus):
    cwd = os.getcwd()
    os.chdir(corpus)
    try:
        return summary(check_paths(["articles"], Config(language="en")))
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def sharing_cluster(tmp_path_factory):
    cluster = Cluster(tmp_path_factory.mktemp("elsewhere"))
    yield cluster
    cluster.close()


@pytest.fixture(scope="module")
def blind_cluster(tmp_path_factory, corpus):
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed to hide the client's files from a worker")
    cluster = Cluster(tmp_path_factory.mktemp("blind"), hide=corpus)
    yield cluster
    cluster.close()


def test_relative_paths_reach_workers_in_another_folder(
    corpus, serial, sharing_cluster, monkeypatch
):
    monkeypatch.chdir(corpus)
    reports = check_paths_dask(["articles"], Config(language="en"), address=sharing_cluster.address)
    assert summary(reports) == serial
    assert all(not p.startswith("/") for p, _, _ in serial)
    # The project's ignore file (MT201 dismissed) is honoured, as in the local run.
    assert all(code != "MT201" for _, _, found in serial for code, _ in found)


def test_the_probe_finds_shared_files_and_does_not_send_them(corpus, sharing_cluster, monkeypatch):
    monkeypatch.chdir(corpus)
    notes = []
    sent = []
    monkeypatch.setattr(dask_cluster, "_read_for_sending", lambda path: sent.append(path))
    list(
        check_paths_dask(
            ["articles"],
            Config(language="en"),
            address=sharing_cluster.address,
            notify=notes.append,
        )
    )
    assert notes == [] and sent == []


def test_a_worker_without_the_files_gets_them_sent(corpus, serial, blind_cluster, monkeypatch):
    monkeypatch.chdir(corpus)
    notes = []
    reports = check_paths_dask(
        ["articles"], Config(language="en"), address=blind_cluster.address, notify=notes.append
    )
    assert summary(reports) == serial
    assert len(notes) == 1 and "sending each file's content" in notes[0]


def test_send_files_by_request_gives_the_local_results(corpus, serial, blind_cluster, monkeypatch):
    monkeypatch.chdir(corpus)
    monkeypatch.setattr(dask_cluster, "SEND_CHUNK_BYTES", 4096)  # many small tasks
    reports = check_paths_dask(
        ["articles"], Config(language="en"), address=blind_cluster.address, send_files=True
    )
    assert summary(reports) == serial


def test_shared_mode_on_a_blind_worker_names_the_worker(corpus, blind_cluster, monkeypatch):
    monkeypatch.chdir(corpus)
    reports = list(
        check_paths_dask(
            ["articles/a01.txt"],
            Config(language="en"),
            address=blind_cluster.address,
            send_files=False,
        )
    )
    (report,) = reports
    assert report.path == "articles/a01.txt"
    assert "\n" not in report.error
    assert report.error.startswith("articles/a01.txt: not readable on Dask worker tcp://127.0.0.1:")
    assert "--dask-send-files" in report.error


def test_cli_on_a_separate_cluster_matches_the_local_pool(corpus, blind_cluster, monkeypatch):
    monkeypatch.chdir(corpus)
    local = main(["check", "articles", "--lang", "en", "--format", "json", "-o", "local.json"])
    remote = main(
        [
            *("check", "articles", "--lang", "en", "--format", "json", "-o", "remote.json"),
            *("--dask", blind_cluster.address, "--dask-send-files"),
        ]
    )
    assert local == remote == 2  # findings, and the binary file's error
    assert (corpus / "local.json").read_bytes() == (corpus / "remote.json").read_bytes()


def test_a_worker_with_another_mtlint_is_refused_before_any_work(tmp_path, corpus, monkeypatch):
    fake = tmp_path / "site" / "mtlint-99.0.0.dist-info"
    fake.mkdir(parents=True)
    (fake / "METADATA").write_text("Metadata-Version: 2.1\nName: mtlint\nVersion: 99.0.0\n")
    cluster = Cluster(tmp_path / "old", env={"PYTHONPATH": str(fake.parent)})
    try:
        submitted = []
        # Work is only ever submitted by _run: refused before it, nothing reached a worker.
        monkeypatch.setattr(dask_cluster, "_run", lambda *args: submitted.append(args))
        monkeypatch.chdir(corpus)
        with pytest.raises(InputError) as raised:
            check_paths_dask(["articles"], Config(language="en"), address=cluster.address)
        message = str(raised.value)
        assert "\n" not in message and "runs mtlint 99.0.0" in message
        assert "install the same mtlint on every worker" in message
        assert submitted == []
        code = main(["check", "articles", "--dask", cluster.address])
        assert code == 2
    finally:
        cluster.close()


def test_worker_environment_fingerprints_the_language_data():
    env = dask_cluster.environment()
    assert set(env) == {"mtlint", "data"} and len(env["data"]) == 12
    assert env["mtlint"] != "unknown"
