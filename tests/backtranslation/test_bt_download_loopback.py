"""`mtlint models download` end to end against a package index served on 127.0.0.1.

argostranslate and mtlint read the index URL from ARGOS_PACKAGE_INDEX; the index lists the tiny
real packages (tests/argos_tiny.py) with their size and SHA-256. An interrupted download, a
corrupt file and a wrong checksum each fail in one line and leave nothing installed or half
written. The socket guard still refuses every other host.
"""

from __future__ import annotations

import socket

import pytest
from argos_index import LoopbackIndex
from mtlint.checks.backtranslation import BacktranslationCancelled, BacktranslationError, models
from mtlint.checks.cli import main


@pytest.fixture
def index(monkeypatch, tmp_path):
    """A running loopback index, with argostranslate's saved index redirected to tmp_path."""
    from argostranslate import settings

    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "saved-index.json")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    with LoopbackIndex() as server:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        yield server


def _nothing_left(packages, tmp_path) -> None:
    """No package, no staging folder, no partial download anywhere."""
    assert list(packages.iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == []
    assert models.list_installed() == []


def test_download_end_to_end_through_the_cli(index, tiny_files, fresh_argos, capsys, tmp_path):
    index.add("en", "de", tiny_files[("en", "de")].read_bytes())
    index.add("de", "en", tiny_files[("de", "en")].read_bytes())
    assert main(["models", "list", "--available", "--refresh"]) == 0
    listed = capsys.readouterr().out
    assert "en → de" in listed and "de → en" in listed
    assert main(["models", "download", "en", "de"]) == 0
    assert main(["models", "download", "de", "en"]) == 0
    out = capsys.readouterr().out
    assert "installed en → de v0.1-tiny" in out and "installed de → en v0.1-tiny" in out
    assert models.available_pairs() == {("en", "de"), ("de", "en")}
    assert index.requests.count("/translate-en_de.argosmodel") == 1
    # The installed models translate: the round trip runs.
    text = tmp_path / "a.txt"
    text.write_text("He met the leader on Sunday.\n", encoding="utf-8")
    assert main(["check", "--backtranslate", "--pivot", "de", "--format", "json", str(text)]) == 1
    assert '"roundtrip"' in capsys.readouterr().out


def test_sizes_come_from_the_index_once_saved(index, tiny_files, fresh_argos):
    data = tiny_files[("en", "de")].read_bytes()
    index.add("en", "de", data)
    index.add("de", "en", tiny_files[("de", "en")].read_bytes())
    models.update_package_index()
    size, exact = models.download_size("en", "de")
    assert (size, exact) == (len(data), True)
    with pytest.raises(models.MissingModelError) as caught:
        from mtlint.checks.backtranslation import backtranslate_document
        from mtlint.checks.documents.base import Document

        backtranslate_document(Document(text="He met the leader.", language="en"), pivot="de")
    assert caught.value.pairs == [("en", "de"), ("de", "en")]
    # Exact sizes from the index: no "≈" (the tiny packages weigh well under 1 MB).
    assert "models (download 1 MB):" in str(caught.value)


def test_interrupted_download_installs_nothing(index, tiny_files, fresh_argos, tmp_path, capsys):
    index.add("en", "de", tiny_files[("en", "de")].read_bytes(), how="truncate")
    assert main(["models", "download", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "download of en→de failed" in err and "interrupted download" in err
    _nothing_left(fresh_argos, tmp_path)


def test_corrupt_file_installs_nothing(index, tiny_files, fresh_argos, tmp_path, capsys):
    index.add("en", "de", tiny_files[("en", "de")].read_bytes(), how="corrupt")
    assert main(["models", "download", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "checksum mismatch" in err
    _nothing_left(fresh_argos, tmp_path)


def test_corrupt_file_without_checksum_is_refused_as_a_package(
    index, tiny_files, fresh_argos, tmp_path, capsys
):
    # argospm's real index has no checksums: the package validation still catches garbage.
    index.add("en", "de", tiny_files[("en", "de")].read_bytes(), how="corrupt", sha256="")
    assert main(["models", "download", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an Argos package" in err
    _nothing_left(fresh_argos, tmp_path)


def test_wrong_checksum_installs_nothing(index, tiny_files, fresh_argos, tmp_path, capsys):
    index.add("en", "de", tiny_files[("en", "de")].read_bytes(), sha256="0" * 64)
    assert main(["models", "download", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert "checksum mismatch" in err and "the index says 000000000000" in err
    _nothing_left(fresh_argos, tmp_path)


def test_wrong_size_installs_nothing(index, tiny_files, fresh_argos, tmp_path, capsys):
    data = tiny_files[("en", "de")].read_bytes()
    index.add("en", "de", data, size=len(data) + 1)
    assert main(["models", "download", "en", "de"]) == 2
    assert "incomplete or wrong file" in capsys.readouterr().err
    _nothing_left(fresh_argos, tmp_path)


def test_cancelled_download_installs_nothing(index, tiny_files, fresh_argos, tmp_path):
    index.add("en", "de", tiny_files[("en", "de")].read_bytes())
    seen = []

    def cancelled() -> bool:
        return bool(seen)  # stop after the first chunk

    with pytest.raises(BacktranslationCancelled):
        models.download("en", "de", progress=lambda d, t: seen.append((d, t)), cancelled=cancelled)
    _nothing_left(fresh_argos, tmp_path)


def test_other_hosts_stay_refused(index, no_network):
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    assert no_network == [("192.0.2.1", 80)]
    no_network.clear()
    with pytest.raises(BacktranslationError, match="cannot fetch"):
        models._fetch("http://192.0.2.1/index.json")
    assert no_network
    no_network.clear()
