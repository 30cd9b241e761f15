"""One list that restores the local store on a new machine (``python -m bench.localdata plan``).

The store (bench/localdata.py) is wiped whenever the machine is new. What can come back, comes
back in this order, and ``plan`` prints it once, each repository and command once:

1. ``restore --history``: files an earlier commit of this repository still held;
2. the repositories to fetch (the search tool's ``fetch``): those the manifests name for single
   files, those each builder reads (its manifest's ``pins``, else the GitHub blob URLs of its
   committed labels), and those harnesses read straight from the mirrors (MIRROR_READERS);
3. ``restore --mirrors``: the single files, at their commits;
4. the builders, each after the builders its rebuild line names;
5. ``check``. Web-page text has no second copy: the list only counts it.

By default only what the store and the mirrors lack; ``--all`` prints the whole list.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import localdata
from localdata import LABELS, _committed_paths, _from_history, _manifests, origin_kind

MIRRORS = Path("/work/.mirror")
# Files outside the store whose harness reads fetched repositories directly ({"sets": [{"repo",
# "commit"}]}): their repositories belong on the list too.
MIRROR_READERS = ("bench/freshfiles.json",)
_BLOB = re.compile(r"github\.com/([\w.-]+/[\w.-]+)/blob/([0-9a-f]{40})/")
_SCRIPT = re.compile(r"bench/build_\w+\.py")


def has_commit(mirrors: Path, repository: str, commit: str) -> bool:
    """True when the bare mirror of the repository (the fetch tool's layout) holds the commit."""
    git_dir = mirrors / repository.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return False
    done = subprocess.run(
        ["git", "--git-dir", str(git_dir), "cat-file", "-t", commit], capture_output=True, text=True
    )
    return done.stdout.strip() == "commit"


def builder_repositories(manifest: dict, repo: Path) -> dict[str, str]:
    """The repositories a built folder reads, with their commits: the manifest's ``pins``, else
    the GitHub blob URLs of the folder's committed labels (the treebank sets record them there)."""
    if manifest.get("pins"):
        return dict(manifest["pins"])
    labels = repo / manifest["folder"] / LABELS
    text = labels.read_text(encoding="utf-8") if labels.is_file() else ""
    return dict(sorted(set(_BLOB.findall(text))))


def builder_commands(rebuild: str) -> list[str]:
    """The shell commands of a manifest's ``rebuild`` line, without its notes in brackets."""
    bare = re.sub(r"\([^()]*\)", "", rebuild)
    return [command.strip() for command in bare.split("&&") if command.strip()]


def _in_order(rebuilds: dict[str, str]) -> list[str]:
    """Folders in an order where each comes after the folders whose builder its rebuild line
    names (``(after bench/build_x.py)``); otherwise by name."""
    scripts = {
        folder: {s for c in builder_commands(text) for s in _SCRIPT.findall(c)}
        for folder, text in rebuilds.items()
    }
    after = {
        folder: {
            other
            for other in rebuilds
            if other != folder and scripts[other] & set(_SCRIPT.findall(text)) - scripts[folder]
        }
        for folder, text in rebuilds.items()
    }
    order: list[str] = []
    while len(order) < len(rebuilds):
        ready = [f for f in sorted(rebuilds) if f not in order and after[f] <= set(order)]
        order.append(ready[0] if ready else min(set(rebuilds) - set(order)))  # a cycle: by name
    return order


def _wanted_repositories(
    repo: Path, needed: dict[str, tuple[str, set[str]]], mirrors: Path, everything: bool
) -> None:
    """Add the repositories of MIRROR_READERS whose commit the mirrors lack (all: everything)."""
    for reader in MIRROR_READERS:
        path = repo / reader
        sets = json.loads(path.read_text(encoding="utf-8"))["sets"] if path.is_file() else []
        for entry in sets:
            if everything or not has_commit(mirrors, entry["repo"], entry["commit"]):
                needed.setdefault(entry["repo"], (entry["commit"], set()))[1].add(reader)


def _first_source(manifest: dict, entry: dict, committed: frozenset[str], repo: Path) -> str:
    """The entry's origin kind, but ``history`` for a repository's file that an earlier commit
    of this repository held: step 1 brings it back, so its repository needs no fetch."""
    kind = origin_kind(manifest, entry, committed, repo)
    relative = Path(manifest["folder"]) / entry["name"]
    held = kind == "repository" and relative.as_posix() in committed
    return "history" if held and _from_history(relative, entry["sha256"], repo) else kind


def plan(
    repo: Path | None = None,
    root: Path | None = None,
    mirrors: Path = MIRRORS,
    everything: bool = False,
) -> list[str]:
    """Every step that restores what is restorable, in order, each repository and command once:
    restore from history, the repositories to fetch, restore from the mirrors, the builders, a
    check. Only what the store and the mirrors lack, unless ``everything`` (a new machine)."""
    repo = repo or localdata.REPO
    root = root or localdata.data_root()
    committed = _committed_paths(repo)
    history, from_mirrors, lost = 0, 0, 0
    needed: dict[str, tuple[str, set[str]]] = {}
    rebuilds: dict[str, str] = {}
    for _, manifest in _manifests(repo):
        folder = manifest["folder"]
        for entry in manifest["files"]:
            if not everything and (root / folder / entry["name"]).is_file():
                continue
            kind = _first_source(manifest, entry, committed, repo)
            history += kind == "history"
            lost += kind == "pages"
            pairs = {}
            if kind == "repository":
                from_mirrors += 1
                pairs = {entry["source"]["repository"]: entry["source"]["commit"]}
            elif kind == "builder":
                rebuilds[folder] = manifest["rebuild"]
                pairs = builder_repositories(manifest, repo)
            for name, commit in pairs.items():
                if everything or not has_commit(mirrors, name, commit):
                    needed.setdefault(name, (commit, set()))[1].add(folder)
    _wanted_repositories(repo, needed, mirrors, everything)
    lines = []
    if history:
        lines += [f"# 1. {history} files from this repository's history"]
        lines += ["python -m bench.localdata restore --history"]
    if needed:
        lines.append(f"# 2. fetch {len(needed)} repositories (the search tool's fetch, one each)")
        for name, (commit, users) in sorted(needed.items()):
            lines.append(f"github:{name}  # at {commit[:12]}, for {', '.join(sorted(users))}")
    if from_mirrors:
        lines += [f"# 3. {from_mirrors} files straight from the fetched repositories"]
        lines += [f"python -m bench.localdata restore --mirrors {mirrors}"]
    if rebuilds:
        lines.append(f"# 4. the builders of {len(rebuilds)} folders, in this order")
        commands = [c for folder in _in_order(rebuilds) for c in builder_commands(rebuilds[folder])]
        lines += list(dict.fromkeys(commands))
    lines += ["# 5. then", "python -m bench.localdata check"]
    if lost:
        lines.append(f"# lost for good: {lost} files of web-page text (only a saved store helps)")
    return lines
