"""bench/localdata_plan.py: one list, in order, of what restores the local store: the history
restore, each repository to fetch once, the mirror restore, the builders after the builders they
name, the check; only what the store and the mirrors lack unless everything is asked for."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import localdata
import localdata_plan

SHA_A = "a" * 64


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data)
    path.write_text(text, encoding="utf-8")


def _entry(name: str, sha: str = SHA_A, **source: str) -> dict:
    return {"name": name, "size": 1, "sha256": sha, "source": source, "licence": "x"}


def _mirror(mirrors: Path, repository: str) -> str:
    """A bare mirror in the fetch tool's layout with one commit; returns the commit."""
    work = mirrors.parent / ("work-" + repository.replace("/", "-"))
    work.mkdir(parents=True)
    _git(work, "init", "-q")
    (work / "f.txt").write_text("made up\n", encoding="utf-8")
    _git(work, "add", "-A")
    _git(work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    target = mirrors / repository.replace("/", "+") / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(target)], check=True)
    return _git(work, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    """Invented manifests: a repository's file, two builders (one after the other, one reading
    treebanks its labels name), a page file, a file an earlier commit held, a harness's sets."""
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    held = b"a file this repository once held\n"
    _write(root / "bench/data/old-set/dev.jsonl", held.decode())
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "held")
    _git(root, "rm", "-q", "--cached", "bench/data/old-set/dev.jsonl")
    (root / "bench/data/old-set/dev.jsonl").unlink()
    held_sha = hashlib.sha256(held).hexdigest()
    data = root / "bench" / "data"
    _write(data / "old-set" / localdata.MANIFEST, {
        "folder": "bench/data/old-set", "files": [_entry("dev.jsonl", held_sha)],
    })  # fmt: skip
    _write(data / "files" / localdata.MANIFEST, {
        "folder": "bench/data/files",
        "files": [_entry("a.po", repository="own/po", commit="c" * 40, path="po/a.po")],
    })  # fmt: skip
    _write(data / "native" / localdata.MANIFEST, {
        "folder": "bench/data/native",
        "rebuild": "python bench/build_native.py && python bench/build_native.py --set two "
        "(fetch the repositories its README names first)",
        "pins": {"own/docs": "d" * 40},
        "files": [_entry("clean.jsonl")],
    })  # fmt: skip
    _write(data / "a-planted" / localdata.MANIFEST, {
        "folder": "bench/data/a-planted",
        "rebuild": "python bench/build_planted.py (after bench/build_native.py)",
        "files": [_entry("planted.jsonl")],
    })  # fmt: skip
    url = "https://github.com/Trees/UD_Made-Up/blob/" + "e" * 40 + "/x-test.conllu#L3"
    _write(data / "a-planted" / localdata.LABELS, json.dumps({"id": "x", "url": url}) + "\n")
    _write(data / "pages" / localdata.MANIFEST, {
        "folder": "bench/data/pages",
        "files": [_entry("excerpts.txt", pages=["https://example.org/a"])],
    })  # fmt: skip
    _write(root / "bench" / "freshfiles.json", {"sets": [{"repo": "own/cat", "commit": "f" * 40}]})
    monkeypatch.setattr(localdata, "REPO", root)
    monkeypatch.setenv(localdata.ENV, str(tmp_path / "store"))
    return root


def test_a_new_machine_gets_every_step_in_order(repo: Path, tmp_path: Path) -> None:
    lines = localdata_plan.plan(repo, tmp_path / "store", tmp_path / "mirrors")
    text = "\n".join(lines)
    steps = [line for line in lines if not line.startswith(("#", "github:"))]
    assert steps == [
        "python -m bench.localdata restore --history",
        f"python -m bench.localdata restore --mirrors {tmp_path / 'mirrors'}",
        "python bench/build_native.py",
        "python bench/build_native.py --set two",
        "python bench/build_planted.py",  # after the builder it names, though it sorts first
        "python -m bench.localdata check",
    ]
    fetched = sorted(line.split()[0] for line in lines if line.startswith("github:"))
    assert fetched == ["github:Trees/UD_Made-Up", "github:own/cat", "github:own/docs",
                       "github:own/po"]  # fmt: skip
    assert "# 1. 1 files from this repository's history" in lines
    assert "lost for good: 1 files" in text
    assert text.index("restore --history") < text.index("github:") < text.index("--mirrors")


def test_what_the_store_and_mirrors_hold_drops_out_unless_all_is_asked(
    repo: Path, tmp_path: Path
) -> None:
    store, mirrors = tmp_path / "store", tmp_path / "mirrors"
    commit = _mirror(mirrors, "own/docs")
    manifest = repo / "bench/data/native" / localdata.MANIFEST
    pinned = json.loads(manifest.read_text()) | {"pins": {"own/docs": commit}}
    _write(manifest, pinned)
    _write(store / "bench/data/files/a.po", "x")
    lines = localdata_plan.plan(repo, store, mirrors)
    assert not any("own/docs" in line or "own/po" in line for line in lines)
    assert "python bench/build_native.py" in lines  # its file is still missing
    assert not any("--mirrors" in line for line in lines)  # no single file left to copy
    everything = localdata_plan.plan(repo, store, mirrors, everything=True)
    assert any(line.startswith("github:own/docs") for line in everything)
    assert any(line.startswith("github:own/po") for line in everything)


def test_a_repository_file_an_earlier_commit_held_needs_no_fetch(
    repo: Path, tmp_path: Path
) -> None:
    held = b"a file this repository once held\n"
    manifest = repo / "bench/data/old-set" / localdata.MANIFEST
    entry = _entry("dev.jsonl", hashlib.sha256(held).hexdigest(), repository="own/old")
    entry["source"] |= {"commit": "b" * 40, "path": "dev.jsonl"}
    _write(manifest, {"folder": "bench/data/old-set", "files": [entry]})
    localdata._committed_paths.cache_clear()
    lines = localdata_plan.plan(repo, tmp_path / "store", tmp_path / "mirrors")
    assert not any("own/old" in line for line in lines)
    assert "python -m bench.localdata restore --history" in lines


def test_builder_commands_drop_the_notes_and_split_the_chain() -> None:
    rebuild = "python a.py --x && python b.py (after bench/build_c.py; reads y) && python d.py"
    commands = localdata_plan.builder_commands(rebuild)
    assert commands == ["python a.py --x", "python b.py", "python d.py"]


def test_the_command_line_prints_the_plan(repo: Path, tmp_path: Path, capsys) -> None:
    localdata._committed_paths.cache_clear()
    monkeypatched_main = localdata.main
    assert monkeypatched_main(["plan", "--mirrors", str(tmp_path / "mirrors")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2] == "python -m bench.localdata check"


def test_a_restorable_folders_hint_points_to_the_plan_a_lost_ones_does_not(repo: Path) -> None:
    hint = localdata.restore_hint("bench/data/files")
    assert "restorable from its repository" in hint and "\n" not in hint
    assert "python -m bench.localdata plan" in hint
    lost = localdata.restore_hint("bench/data/pages")
    assert "; lost" in lost and "plan" not in lost


def test_freshfiles_says_in_one_line_what_to_fetch(tmp_path: Path, monkeypatch) -> None:
    import bench_freshfiles

    monkeypatch.setenv("MTLINT_MIRRORS", str(tmp_path / "mirrors"))
    commit = _mirror(tmp_path / "mirrors", "own/cat")
    assert bench_freshfiles.has_snapshot("own/cat", commit)
    assert not bench_freshfiles.has_snapshot("own/cat", "f" * 40)
    assert not bench_freshfiles.has_snapshot("own/dog", commit)
    line = bench_freshfiles.missing_line({"repo": "own/dog", "commit": commit, "paths": ["a", "b"]})
    assert "fetch github:own/dog" in line and "(2 files)" in line and "\n" not in line
