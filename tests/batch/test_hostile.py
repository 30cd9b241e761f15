"""Hostile inputs: each gets one clear per-file error, the rest of the batch is unaffected,
and nothing is written anywhere."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import mtlint.checks.documents as documents
import pytest
from mtlint.checks.batch import check_paths
from mtlint.checks.config import Config

XXE_XLIFF = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">
<!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">]>
<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>Hello</source><target>&secret;&remote;</target></trans-unit>
</body></file></xliff>
"""

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>'
    '<tuv xml:lang="de"><seg>&lol9;</seg></tuv></tu></body></tmx>\n'
)

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd"> %ext;]>
<tmx version="1.4"><header srclang="en"/><body/></tmx>
"""


def snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    result = {}
    for root, dirs, files in os.walk(folder):
        for name in files + dirs:
            path = Path(root) / name
            stat = path.lstat()
            result[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime)
    return result


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def build_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text("The president  arrived on Sunday.\n", encoding="utf-8")
    (folder / "b-xxe.xlf").write_text(XXE_XLIFF, encoding="utf-8")
    (folder / "c-laughs.tmx").write_text(LAUGHS, encoding="utf-8")
    (folder / "d-param.tmx").write_text(PARAMETER_ENTITY, encoding="utf-8")
    (folder / "e-binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "f-latin1.txt").write_bytes(
        "Café  au lait à Zürich, naïve façade.\n".encode("cp1252")
    )
    (folder / "g-dangling.txt").symlink_to(folder / "missing-target.txt")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(folder, target_is_directory=True)
    (sub / "h-good.md").write_text("Doubled  space here.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_hostile_folder(tmp_path, no_network, jobs):
    folder = build_folder(tmp_path)
    before = snapshot(tmp_path)
    reports = {Path(r.path).name: r for r in check_paths([folder], Config(), jobs=jobs)}
    assert snapshot(tmp_path) == before  # nothing written anywhere
    assert set(reports) == {
        "a-good.txt",
        "b-xxe.xlf",
        "c-laughs.tmx",
        "d-param.tmx",
        "e-binary.txt",
        "f-latin1.txt",
        "g-dangling.txt",
        "h-good.md",
    }  # each once: the symlink loop was not followed
    for name in ("b-xxe.xlf", "c-laughs.tmx", "d-param.tmx"):
        error = reports[name].error
        assert error and "refused" in error and "\n" not in error, (name, error)
    assert "binary" in reports["e-binary.txt"].error
    assert "no such file" in reports["g-dangling.txt"].error
    for name in ("a-good.txt", "f-latin1.txt", "h-good.md"):
        assert reports[name].error is None
        assert [f.finding.code for f in reports[name].findings] == ["MT106"], name
    assert reports["f-latin1.txt"].findings[0].context.startswith("Café[ ]au")


def test_unreadable_file_is_reported_and_batch_goes_on(tmp_path, monkeypatch):
    folder = tmp_path / "f"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("Fine text  here.\n", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    # Tests run as root here, so chmod 000 would still be readable: simulate the refusal.
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    reports = list(check_paths([folder], Config(), jobs=2))
    assert [Path(r.path).name for r in reports] == ["a.txt", "b.txt", "c.txt"]
    assert reports[1].error == f"{folder / 'b.txt'}: permission denied"
    assert reports[0].findings and reports[2].findings


def test_huge_text_file_is_refused_by_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # a sparse 100 MB file: no memory, no disk
        handle.truncate(100 * 1024 * 1024)
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 64 * 1024 * 1024)

    def never(self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    (report,) = check_paths([path], Config())
    assert report.error == f"{path}: too large (100 MB; the limit is 64 MB)"


def test_invalid_utf8_garbage_is_one_clear_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Hello \xc3\x28 world \x80\x81" + b"\x00\x01\x02" * 50)
    (report,) = check_paths([path], Config())
    assert report.error and report.error.startswith(str(path)) and "\n" not in report.error
