"""bench/localdata.py: verbatim third-party files move from a working tree into the store with a
manifest, text-free labels and .gitignore entries; check reports each missing or changed file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import localdata

README_ROWS = """# Real files

| file | kind | origin (repository, path, commit) | licence |
|---|---|---|---|
| `a-de.po`, `-ja.po` | gettext | owner/proj, `po/de.po`, `po/ja.po`, {commit} | MIT (© someone) |
| `b.txt` | text | other/repo, `B`, same commit | BSD |
"""
LINE = {
    "id": "xx-mt-001",
    "url": "https://example.org/a",
    "kind": "mt",
    "target": "Some copied text withaglued word.",
    "errors": [{"start": 18, "end": 25, "category": "glued_word", "text": "withagl", "fix": "x"}],
    "clean": "Some copied text with a glued word.",
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "repo"
    realfiles = root / "tests" / "realfiles"
    realfiles.mkdir(parents=True)
    (realfiles / "README.md").write_text(README_ROWS.format(commit="ab" * 20), encoding="utf-8")
    for name in ("a-de.po", "a-ja.po", "b.txt"):
        (realfiles / name).write_text(f"copied {name}\n", encoding="utf-8")
    realmt = root / "bench" / "data" / "realmt-xx-heldout"
    realmt.mkdir(parents=True)
    (realmt / "README.md").write_text("# a set\n", encoding="utf-8")
    (realmt / "excerpts.txt").write_text("url: https://example.org/a\ntext:\n…\n", encoding="utf-8")
    (realmt / "heldout.jsonl").write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    marked = root / "bench" / "data" / "native-xx"
    marked.mkdir(parents=True)
    (marked / "README.md").write_text(f"# native\n{localdata.MARKER}\n", encoding="utf-8")
    (marked / "clean.jsonl").write_text("{}\n", encoding="utf-8")
    (root / "bench" / "data" / "own-set").mkdir()
    (root / "bench" / "data" / "own-set" / "made-here.jsonl").write_text("{}\n")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    monkeypatch.setattr(localdata, "REPO", root)
    monkeypatch.setenv(localdata.ENV, str(tmp_path / "store"))
    return root


def test_stash_moves_the_text_and_keeps_provenance(repo: Path, tmp_path: Path) -> None:
    report = localdata.stash(repo)
    store = tmp_path / "store"
    assert len(report) == 3
    assert (store / "tests/realfiles/a-ja.po").read_text() == "copied a-ja.po\n"
    assert not (repo / "tests/realfiles/a-ja.po").exists()
    assert (repo / "tests/realfiles/README.md").exists()
    assert (repo / "bench/data/own-set/made-here.jsonl").exists()  # not third-party: stays
    manifest = json.loads((repo / "tests/realfiles" / localdata.MANIFEST).read_text())
    entries = {entry["name"]: entry for entry in manifest["files"]}
    assert set(entries) == {"a-de.po", "a-ja.po", "b.txt"}
    assert entries["a-ja.po"]["source"]["repository"] == "owner/proj"
    assert entries["b.txt"]["source"]["commit"] == "ab" * 20  # "same commit"
    assert entries["a-ja.po"]["licence"] == "MIT (© someone)"
    assert entries["b.txt"]["size"] == len("copied b.txt\n")
    heldout = json.loads((repo / "bench/data/realmt-xx-heldout" / localdata.MANIFEST).read_text())
    assert heldout["files"][0]["source"]["pages"] == ["https://example.org/a"]
    labels = (repo / "bench/data/realmt-xx-heldout" / localdata.LABELS).read_text()
    assert "copied text" not in labels and "withagl" not in labels and '"start": 18' in labels
    staged = subprocess.run(
        ["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "tests/realfiles/a-de.po" not in staged
    assert "bench/data/native-xx/clean.jsonl" not in staged
    ignored = (repo / ".gitignore").read_text()
    assert "/tests/realfiles/*" in ignored and "!/tests/realfiles/README.md" in ignored
    assert localdata.check(repo) == []


def test_readers_resolve_tree_then_store(repo: Path, tmp_path: Path) -> None:
    assert localdata.folder("tests/realfiles") == repo / "tests/realfiles"
    localdata.stash(repo)
    assert localdata.folder("tests/realfiles") == tmp_path / "store/tests/realfiles"
    assert localdata.missing_reason("tests/realfiles", ["b.txt"]) is None
    assert "restore" in localdata.missing_reason("tests/realfiles", ["gone.po"])


def test_check_names_each_missing_or_changed_file(repo: Path, tmp_path: Path) -> None:
    localdata.stash(repo)
    store = tmp_path / "store"
    (store / "tests/realfiles/b.txt").unlink()
    (store / "tests/realfiles/a-de.po").write_text("edited\n")
    line = dict(LINE, errors=[dict(LINE["errors"][0], end=19)])
    (store / "bench/data/realmt-xx-heldout/heldout.jsonl").write_text(json.dumps(line) + "\n")
    problems = localdata.check(repo)
    assert any(p.startswith("missing:") and "/b.txt (" in p for p in problems)
    assert any(p.startswith("changed:") and "a-de.po" in p for p in problems)
    assert any("xx-mt-001 differs" in p for p in problems)
    assert all("\n" not in p for p in problems)


def test_restore_copies_a_saved_store_back(repo: Path, tmp_path: Path) -> None:
    localdata.stash(repo)
    saved = tmp_path / "saved"
    (tmp_path / "store").rename(saved)
    assert localdata.check(repo)
    assert localdata.restore(saved, repo) == []
    assert localdata.check(repo) == []


def test_restore_from_history_finds_the_committed_copy(repo: Path, tmp_path: Path) -> None:
    def commit(message: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", message],
            cwd=repo,
            check=True,
        )

    # history holds an older and the final version of a file before the stash removes it
    commit("first copy")
    (repo / "tests/realfiles/b.txt").write_text("copied b.txt, corrected\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    commit("corrected copy")
    localdata.stash(repo)
    commit("stash")
    for stored in (tmp_path / "store").rglob("*"):
        if stored.is_file():
            stored.unlink()
    assert localdata.check(repo)
    problems = localdata.restore(None, repo, history=True)
    assert problems == []
    assert (tmp_path / "store/tests/realfiles/b.txt").read_text() == "copied b.txt, corrected\n"
    assert localdata.check(repo) == []


def test_a_second_stash_after_a_merge_moves_only_new_files(repo: Path, tmp_path: Path) -> None:
    localdata.stash(repo)
    (repo / "tests/realfiles/new-fa.po").write_text("copied later\n")
    report = localdata.stash(repo)
    assert "tests/realfiles: 1 files moved" in report[-1]
    manifest = json.loads((repo / "tests/realfiles" / localdata.MANIFEST).read_text())
    assert {entry["name"] for entry in manifest["files"]} >= {"new-fa.po", "a-de.po", "b.txt"}
    assert localdata.check(repo) == []


def test_restore_from_a_bare_mirror_at_the_manifest_commit(tmp_path: Path, monkeypatch) -> None:
    work = tmp_path / "upstream"
    (work / "po").mkdir(parents=True)
    (work / "po" / "de.po").write_text("copied a-de.po\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], cwd=work, check=True)
    subprocess.run([*git, "add", "-A"], cwd=work, check=True)
    subprocess.run([*git, "commit", "-qm", "c"], cwd=work, check=True)
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=work, capture_output=True, text=True, check=True
    ).stdout.strip()
    mirrors = tmp_path / "mirrors"
    mirror = mirrors / "owner+proj" / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirror)], check=True)
    root = tmp_path / "repo"
    realfiles = root / "tests" / "realfiles"
    realfiles.mkdir(parents=True)
    (realfiles / "README.md").write_text(README_ROWS.format(commit=commit), encoding="utf-8")
    (realfiles / "a-de.po").write_text("copied a-de.po\n")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    monkeypatch.setattr(localdata, "REPO", root)
    monkeypatch.setenv(localdata.ENV, str(tmp_path / "store"))
    localdata.stash(root, git=False)
    (tmp_path / "store" / "tests/realfiles/a-de.po").unlink()
    assert localdata.restore(None, root, mirrors=mirrors) == []
    assert (tmp_path / "store" / "tests/realfiles/a-de.po").read_text() == "copied a-de.po\n"


def test_no_verbatim_third_party_file_is_tracked_in_this_repository() -> None:
    """Fails after a merge brings copied text into a known folder: run
    ``python -m bench.localdata stash`` and commit what it stages."""
    repo = Path(localdata.__file__).resolve().parents[1]
    if not (repo / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.split()
    leaked = [
        name
        for folder in localdata.verbatim_folders(repo)
        for name in tracked
        if name.startswith(folder.relative_to(repo).as_posix() + "/")
        and Path(name).name not in localdata.KEPT
        and not name.endswith(".py")
    ]
    assert leaked == [], f"{leaked[:5]}: run python -m bench.localdata stash"


def test_check_tells_restorable_from_lost(repo: Path, tmp_path: Path) -> None:
    """A missing file named by repository and commit, or in a folder whose manifest names its
    builder, is restorable; web-page text with no copy in git is lost; the summary counts both."""
    localdata.stash(repo)
    built = repo / "bench/data/native-xx" / localdata.MANIFEST
    manifest = json.loads(built.read_text())
    built.write_text(json.dumps(dict(manifest, rebuild="python bench/build_xx.py")))
    for stored in (tmp_path / "store").rglob("*"):
        if stored.is_file() and stored.name != "b.txt":
            stored.unlink()
    lines = {Path(line.split()[1]).name: line for line in localdata.check(repo)}
    assert "restorable from its repository: fetch owner/proj" in lines["a-de.po"]
    assert "restorable by its builder: python bench/build_xx.py" in lines["clean.jsonl"]
    assert "lost:" in lines["heldout.jsonl"] and "lost:" in lines["excerpts.txt"]
    assert "b.txt" not in lines
    counts = localdata.summary(repo)
    assert counts["repository"] == {"present": 1, "missing": 2}
    assert counts["builder"] == {"present": 0, "missing": 1}
    assert counts["pages"] == {"present": 0, "missing": 2}
    assert localdata.summary_lines(counts)[-1].startswith("missing files: 3 restorable")


def test_a_page_file_an_earlier_commit_held_is_restorable_from_history(repo: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy"],
        cwd=repo,
        check=True,
    )
    localdata.stash(repo)
    for path in (localdata.data_root() / "bench/data/realmt-xx-heldout").iterdir():
        path.unlink()
    lines = localdata.check(repo)
    assert any("heldout.jsonl" in line and "restore --history" in line for line in lines)
    assert localdata.summary(repo)["history"]["missing"] == 2


def test_record_writes_a_built_folders_manifest_with_its_pins(repo: Path, tmp_path: Path) -> None:
    localdata.stash(repo)
    built = tmp_path / "store" / "bench/data/built-xx"
    built.mkdir(parents=True)
    (built / "clean.jsonl").write_text("{}\n")
    pins = {"owner/proj": "cd" * 20}
    localdata.record("bench/data/built-xx", "python bench/build_xx.py", pins, "MIT")
    assert localdata.pins("bench/data/built-xx") == pins
    assert localdata.check(repo) == []
    (built / "clean.jsonl").unlink()
    [line] = localdata.check(repo)
    assert "restorable by its builder: python bench/build_xx.py" in line


def test_the_restore_line_of_a_folder_or_file_says_where_it_comes_back_from(
    repo: Path, tmp_path: Path
) -> None:
    localdata.stash(repo)
    (tmp_path / "store/tests/realfiles/a-de.po").unlink()
    (tmp_path / "store/bench/data/realmt-xx-heldout/heldout.jsonl").unlink()
    assert "fetch owner/proj" in localdata.restore_hint("tests/realfiles/a-de.po")
    assert "fetch owner/proj" in localdata.restore_hint("tests/realfiles")
    assert "; lost: web-page text" in localdata.restore_hint("bench/data/realmt-xx-heldout")
    assert "\n" not in localdata.restore_hint("bench/data/realmt-xx-heldout")
