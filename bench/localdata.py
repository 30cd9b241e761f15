"""The local store for verbatim third-party text: real files and web-page excerpts that the
tests and benchmarks measure on but that never go into git.

Copied text (files taken from fetched repositories, excerpts of stored web pages) may be used
here but not committed. Each data folder keeps in git its README (provenance, format), its
builders and a ``localdata-manifest.json`` (name, provenance, licence, sha256 and size of every
file); the files themselves live in the store, under the same relative paths:

- ``$MTLINT_REAL_DATA`` when set, else ``platformdirs.user_data_dir("mtlint-dev")``
  (``~/.local/share/mtlint-dev`` on Linux).

Readers call :func:`folder` (the working tree's folder while it still holds the files, else the
store's) and :func:`missing_reason` (one line saying how to restore, or ``None``).

Usage::

    python -m bench.localdata stash     # move every verbatim file into the store, write manifests,
                                        # extend .gitignore, stage the removals (git rm --cached)
    python -m bench.localdata check     # the store against the manifests, one line per problem,
                                        # each missing file "restorable" (how) or "lost"
    python -m bench.localdata restore --from DIR   # copy a saved store (or a backup) back in
    python -m bench.localdata restore --mirrors /work/.mirror   # files of fetched repositories
    python -m bench.localdata restore --history     # earlier commits that still held the files
    python -m bench.localdata where     # print the store's path
    python -m bench.localdata plan [--all]   # every repository to fetch and builder to run, in
                                        # order: one list that restores all that can be restored
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENV = "MTLINT_REAL_DATA"
MANIFEST = "localdata-manifest.json"
LABELS = "labels.jsonl"
# Files that stay in git in a data folder: the rest of a known folder is verbatim text.
KEPT = {"README.md", MANIFEST, LABELS, ".gitignore"}
# A bench/data folder whose README holds this line is third-party text too.
MARKER = "<!-- localdata: third-party -->"
KNOWN = ["tests/realfiles", "bench/data/realmt-*", "bench/data/planted-ml"]
PAGE_LICENCE = (
    "excerpts of public web pages (copyright of each page's publisher), read through the search "
    "tool's pages corpus; kept locally for evaluation only, never redistributed"
)
# Fields of a labelled line that hold the excerpt's text (or a copy of it): never in labels.
TEXT_FIELDS = {"target", "source", "clean", "reference", "text", "context", "errors"}
_BEGIN = "# --- verbatim third-party text: in the local store (python -m bench.localdata) ---"
_END = "# --- end of the local store's entries ---"
_URL = re.compile(r"https?://[^\s\"'<>)\]|]+")


def data_root() -> Path:
    """Where the store lives: ``$MTLINT_REAL_DATA``, else the per-user data folder."""
    configured = os.environ.get(ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("mtlint-dev", appauthor=False))


def _relative(path: str | Path) -> Path:
    """A path below the repository or the store as a path relative to either; others as given."""
    path = Path(path)
    if not path.is_absolute():
        return path
    for base in (REPO, data_root()):
        try:
            return path.resolve().relative_to(base.resolve())
        except ValueError:
            continue
    return path


def has_data(directory: Path) -> bool:
    """True when the folder holds at least one file besides what stays in git."""
    return directory.is_dir() and any(path.suffix != ".py" for path in data_files(directory))


def folder(relative: str | Path) -> Path:
    """The folder to read: the working tree's while it holds the data, else the store's."""
    relative = _relative(relative)
    tree = REPO / relative
    if has_data(tree):
        return tree
    return data_root() / relative


def locate(relative: str | Path) -> Path | None:
    """A single file: in the working tree, else in the store, else None."""
    relative = _relative(relative)
    for candidate in (REPO / relative, data_root() / relative):
        if candidate.is_file():
            return candidate
    return None


def restore_hint(relative: str | Path) -> str:
    """One line: what is missing, where the store is, how to restore it (and, where the folder
    has a manifest, whether it is restorable on this machine or lost)."""
    relative = _relative(relative)
    note = _origin_note(relative)
    if not note.startswith("; lost"):
        note += "; 'python -m bench.localdata plan' lists every step that restores the store"
    return (
        f"{relative} is not here: verbatim third-party data lives outside git in {data_root()} "
        f"(set {ENV} to another copy, or restore it with 'python -m bench.localdata restore "
        f"--from DIR'; see CONTRIBUTING.md){note}"
    )


def _origin_note(relative: Path) -> str:
    """``; restorable …`` or ``; lost …`` for the first file of the folder's manifest that the
    store lacks, or for the one file named (empty without a manifest)."""
    folder_, names = relative, None
    if not (REPO / relative / MANIFEST).is_file():  # a single file: its folder's manifest
        folder_, names = relative.parent, {relative.name}
    manifest_path = REPO / folder_ / MANIFEST
    if not manifest_path.is_file():
        return ""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    absent = [
        entry
        for entry in manifest["files"]
        if (names is None or entry["name"] in names)
        and not (data_root() / folder_ / entry["name"]).is_file()
    ]
    if not absent:
        return ""
    kind = origin_kind(manifest, absent[0], _committed_paths(REPO), REPO)
    return f"; {_how(kind, manifest, absent[0])}"


def missing_reason(relative: str | Path, names: Iterable[str] = ()) -> str | None:
    """None when the folder (and each named file in it) can be read; else one line saying how
    to restore it."""
    relative = _relative(relative)
    directory = folder(relative)
    wanted = list(names)
    if not has_data(directory) or any(not (directory / name).is_file() for name in wanted):
        return restore_hint(relative)
    return None


def present_only(folders: Iterable[Path], built: Callable[[Path], Path], tool: str) -> list[Path]:
    """The folders whose built file (``built(folder)``) is there, in order; one line on stderr
    for each that is not (what is missing and how it comes back, or that it is lost), so a
    harness measures what is present instead of stopping at the first absent set."""
    present = []
    for directory in folders:
        if built(directory).is_file():
            present.append(directory)
        else:
            print(f"{tool}: skipped {directory.name}: {restore_hint(directory)}", file=sys.stderr)
    return present


# --- which folders hold verbatim text ------------------------------------------------------
def verbatim_folders(repo: Path = REPO) -> list[Path]:
    """Known folders (KNOWN) plus every bench/data folder whose README carries MARKER."""
    found: set[Path] = set()
    for pattern in KNOWN:
        found.update(p for p in repo.glob(pattern) if p.is_dir())
    for readme in repo.glob("bench/data/*/README.md"):
        if MARKER in readme.read_text(encoding="utf-8"):
            found.add(readme.parent)
    return sorted(found)


def data_files(directory: Path) -> list[Path]:
    """Every file below the folder except what stays in git (README, manifest, labels)."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file()
        and not (path.parent == directory and path.name in KEPT)
        and "__pycache__" not in path.parts
    )


# --- provenance ----------------------------------------------------------------------------
def _readme_rows(readme: Path) -> dict[str, dict]:
    """``file | kind | origin (repository, path, commit) | licence`` tables: name -> provenance.
    A name written as a suffix (``-ja.po``) replaces the last ``-part`` of the name before it;
    "same commit" takes the commit of the row above."""
    rows: dict[str, dict] = {}
    last_commit = ""
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not line.lstrip().startswith("|") or set(cells[0]) <= {"-"}:
            continue
        names = re.findall(r"`([^`]+)`", cells[0])
        origin, licence = cells[2], cells[3]
        commit = re.search(r"\b[0-9a-f]{40}\b", origin)
        last_commit = commit.group() if commit else last_commit
        repository = re.match(r"([\w.-]+/[\w.-]+),", origin)
        paths = re.findall(r"`([^`]+)`", origin)
        previous = ""
        for index, name in enumerate(names):
            if name.startswith("-") and previous:
                name = previous.rsplit("-", 1)[0] + name
            previous = name
            rows[name] = {
                "origin": origin.replace("`", ""),
                "repository": repository.group(1) if repository else "",
                "path": paths[index] if len(paths) == len(names) else "",
                "commit": last_commit if "same commit" in origin or commit else "",
                "licence": licence,
            }
    return rows


def _page_urls(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    urls = re.findall(r"^(?:url: |# )(https?://\S+)", text, flags=re.MULTILINE)
    urls += re.findall(r"\"url\": \"(https?://[^\"]+)\"", text)
    urls += [u for line in re.findall(r"\"url\": \[([^\]]*)\]", text) for u in _URL.findall(line)]
    return sorted(set(urls))


def provenance(path: Path, directory: Path, readme_rows: dict[str, dict]) -> dict:
    """What the manifest says of where a file comes from and under which licence."""
    name = path.relative_to(directory).as_posix()
    if name in readme_rows:
        return {"source": readme_rows[name]}
    urls = _page_urls(path)
    return {
        "source": {
            "pages": urls,
            "note": "see the folder's README.md",
        },
        "licence": PAGE_LICENCE,
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_for(directory: Path, repo: Path = REPO) -> dict:
    """The manifest of a folder from the files now in the working tree."""
    readme = directory / "README.md"
    rows = _readme_rows(readme) if readme.is_file() else {}
    files = []
    for path in data_files(directory):
        entry = {"name": path.relative_to(directory).as_posix(), "size": path.stat().st_size}
        entry["sha256"] = sha256(path)
        entry.update(provenance(path, directory, rows))
        entry.setdefault("licence", entry["source"].pop("licence", ""))
        files.append(entry)
    return {
        "folder": directory.relative_to(repo).as_posix(),
        "about": "verbatim third-party text kept outside git: python -m bench.localdata check",
        "files": files,
    }


def record(
    relative: str | Path,
    rebuild: str,
    pins: dict[str, str],
    licence: str,
    repo: Path | None = None,
) -> Path:
    """Write the manifest of a folder a builder made from fetched repositories: the sha256 of
    each file now in its folder (the store's, or the tree's while it holds them), the command
    that rebuilds it and the commit of each repository it read (``pins``: the builder reads them
    back, so a rebuild from mirrors that hold those commits gives the same bytes)."""
    repo = repo or REPO
    relative = _relative(relative)
    directory = folder(relative)
    files = [
        {
            "name": path.relative_to(directory).as_posix(),
            "size": path.stat().st_size,
            "sha256": sha256(path),
            "source": {"built by": rebuild, "repositories": pins},
            "licence": licence,
        }
        for path in data_files(directory)
        if path.suffix != ".py" and not path.name.endswith(".bak")
    ]
    manifest = {
        "folder": relative.as_posix(),
        "about": "verbatim third-party text kept outside git: python -m bench.localdata check",
        "rebuild": rebuild,
        "pins": pins,
        "files": files,
    }
    target = repo / relative / MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_json(target, manifest)
    return target


def pins(relative: str | Path, repo: Path | None = None) -> dict[str, str]:
    """The repositories' commits a built folder's manifest records (empty without one)."""
    manifest = (repo or REPO) / _relative(relative) / MANIFEST
    if not manifest.is_file():
        return {}
    return json.loads(manifest.read_text(encoding="utf-8")).get("pins", {})


# --- labels without the text -----------------------------------------------------------------
def labels_for(directory: Path) -> list[dict]:
    """Every labelled line of the folder's .jsonl files without its text: ids, offsets,
    categories and fixes, with the sha256 of the excerpt and of each span to join them back."""
    labels = []
    for path in sorted(directory.glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            line = json.loads(raw)
            if "target" not in line:
                continue
            label = {"file": path.name}
            label.update({k: v for k, v in line.items() if k not in TEXT_FIELDS})
            for name in TEXT_FIELDS - {"errors"}:
                if isinstance(line.get(name), str):
                    label[f"{name}_sha256"] = hashlib.sha256(line[name].encode()).hexdigest()
            label["errors"] = [
                {k: v for k, v in error.items() if k != "text"}
                | {"text_sha256": hashlib.sha256(error.get("text", "").encode()).hexdigest()}
                for error in line.get("errors", [])
            ]
            labels.append(label)
    return labels


def _label_problems(labels_path: Path, directory: Path) -> list[str]:
    """A stored .jsonl line whose excerpt or spans no longer match the committed labels."""
    problems = []
    by_file: dict[str, dict[str, dict]] = {}
    for raw in labels_path.read_text(encoding="utf-8").splitlines():
        label = json.loads(raw)
        by_file.setdefault(label["file"], {})[label["id"]] = label
    for name, labels in by_file.items():
        path = directory / name
        if not path.is_file():
            continue  # reported as a missing file already
        stored = {label["id"]: label for label in labels_for(directory) if label["file"] == name}
        for ident, label in labels.items():
            if stored.get(ident) != label:
                problems.append(f"{path}: line {ident} differs from {labels_path.name}")
    return problems


# --- stash, check, restore -------------------------------------------------------------------
def _write_json(path: Path, data: object) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _move_into_store(path: Path, target: Path) -> None:
    """Move one file; a different file already at the target is kept as ``.bak``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and sha256(target) != sha256(path):
        os.replace(target, target.with_name(target.name + ".bak"))
    shutil.move(str(path), str(target))


def update_gitignore(folders: Iterable[str], repo: Path = REPO) -> None:
    """One block in .gitignore, rewritten each time: each stashed folder ignored but for what
    stays in git."""
    gitignore = repo / ".gitignore"
    text = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    before, _, rest = text.partition(_BEGIN)
    _, _, after = rest.partition(_END)
    old = re.findall(r"^/(.+)/\*$", rest.partition(_END)[0], flags=re.MULTILINE)
    lines = [_BEGIN]
    for name in sorted(set(old) | set(folders)):
        lines.append(f"/{name}/*")
        lines += [f"!/{name}/{kept}" for kept in sorted(KEPT - {".gitignore"})]
        lines.append(f"!/{name}/*.py")
    lines.append(_END)
    new = before.rstrip("\n") + "\n" + "\n".join(lines) + "\n" + after.lstrip("\n")
    gitignore.write_text(new, encoding="utf-8")


def _merged_manifest(directory: Path, repo: Path) -> dict:
    """The folder's manifest: entries of files already in the store, updated by the files now
    in the working tree (a merge brings new or changed ones)."""
    manifest = manifest_for(directory, repo)
    previous = directory / MANIFEST
    if previous.is_file():
        fresh = {entry["name"] for entry in manifest["files"]}
        old = json.loads(previous.read_text(encoding="utf-8"))
        manifest = {key: value for key, value in old.items() if key != "files"} | manifest
        kept = old["files"]
        manifest["files"] = sorted(
            [entry for entry in kept if entry["name"] not in fresh] + manifest["files"],
            key=lambda entry: entry["name"],
        )
    return manifest


def _merged_labels(directory: Path) -> list[dict]:
    """Labels of the .jsonl files in the working tree, and the committed labels of the others."""
    labels = labels_for(directory)
    previous = directory / LABELS
    if previous.is_file():
        fresh = {label["file"] for label in labels}
        old = [json.loads(line) for line in previous.read_text(encoding="utf-8").splitlines()]
        labels = [label for label in old if label["file"] not in fresh] + labels
    return labels


def stash(repo: Path = REPO, root: Path | None = None, git: bool = True) -> list[str]:
    """Move every verbatim file of the known folders into the store; write the manifests and
    labels; extend .gitignore; stage the removals. Returns one line per folder."""
    root = root or data_root()
    report = []
    for directory in verbatim_folders(repo):
        relative = directory.relative_to(repo).as_posix()
        files = data_files(directory)
        if not files:
            report.append(f"{relative}: nothing to move (already in the store)")
            continue
        _write_json(directory / MANIFEST, _merged_manifest(directory, repo))
        labels = _merged_labels(directory)
        if labels:
            (directory / LABELS).write_text(
                "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels),
                encoding="utf-8",
            )
        for path in files:
            _move_into_store(path, root / path.relative_to(repo))
        for emptied in sorted(directory.rglob("*"), reverse=True):
            if emptied.is_dir() and not any(emptied.iterdir()):
                emptied.rmdir()
        update_gitignore([relative], repo)
        if git:
            names = [str(path.relative_to(repo)) for path in files]
            subprocess.run(
                ["git", "rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", *names],
                cwd=repo,
                check=True,
            )
            kept = [
                str(directory / name) for name in (MANIFEST, LABELS) if (directory / name).exists()
            ]
            subprocess.run(
                ["git", "add", "--", str(repo / ".gitignore"), *kept], cwd=repo, check=True
            )
        report.append(f"{relative}: {len(files)} files moved to {root / relative}")
    return report


# --- what a missing file can come back from --------------------------------------------------
KINDS = {
    "repository": "restorable from its repository: fetch {repository}, then "
    "'python -m bench.localdata restore --mirrors /work/.mirror'",
    "builder": "restorable by its builder: {rebuild}",
    "history": "restorable from this repository's history: "
    "'python -m bench.localdata restore --history'",
    "pages": "lost: web-page text with no copy in git or in any repository; only a backup of a "
    "store brings it back (CONTRIBUTING.md)",
}


@functools.lru_cache(maxsize=8)
def _committed_paths(repo: Path) -> frozenset[str]:
    """Every path below the data folders that any commit of this repository ever held."""
    listed = subprocess.run(
        ["git", "log", "--all", "--format=", "--name-only", "--", "bench/data", "tests/realfiles"],
        cwd=repo,
        capture_output=True,
        text=True,
    ).stdout
    return frozenset(listed.split())


def origin_kind(manifest: dict, entry: dict, committed: frozenset[str], repo: Path = REPO) -> str:
    """Where a file of a manifest can come back from: ``repository`` (the entry names a
    repository and commit), ``builder`` (the manifest names the command that rebuilds its folder
    from fetched repositories), ``history`` (an earlier commit of this repository held this very
    version) or ``pages`` (web-page text read through a search corpus: no copy anywhere, so lost
    when the store loses it)."""
    source = entry.get("source", {})
    if source.get("repository") and source.get("commit"):
        return "repository"
    if manifest.get("rebuild"):
        return "builder"
    relative = Path(manifest["folder"]) / entry["name"]
    if relative.as_posix() in committed and _from_history(relative, entry["sha256"], repo):
        return "history"
    return "pages"


def _how(kind: str, manifest: dict, entry: dict) -> str:
    fields = {"rebuild": manifest.get("rebuild", "")}
    fields["repository"] = entry.get("source", {}).get("repository", "")
    return KINDS[kind].format(**fields)


def _manifests(repo: Path) -> list[tuple[Path, dict]]:
    return [
        (path, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(repo.glob("**/" + MANIFEST))
        if ".venv" not in path.parts
    ]


def check(repo: Path = REPO, root: Path | None = None) -> list[str]:
    """One line per missing or changed file (and per verbatim file still in the tree); a
    missing file's line says whether it is restorable (and how) or lost."""
    root = root or data_root()
    problems = []
    committed: frozenset[str] | None = None
    for manifest_path, manifest in _manifests(repo):
        directory = root / manifest["folder"]
        for entry in manifest["files"]:
            stored = directory / entry["name"]
            if not stored.is_file():
                committed = _committed_paths(repo) if committed is None else committed
                kind = origin_kind(manifest, entry, committed, repo)
                problems.append(f"missing: {stored} ({_how(kind, manifest, entry)})")
            elif stored.stat().st_size != entry["size"] or sha256(stored) != entry["sha256"]:
                problems.append(f"changed: {stored} (sha256 differs from {manifest_path.name})")
        labels = manifest_path.with_name(LABELS)
        if labels.is_file():
            problems += _label_problems(labels, directory)
    for directory in verbatim_folders(repo):
        tracked = subprocess.run(
            ["git", "ls-files", "--", str(directory)], cwd=repo, capture_output=True, text=True
        ).stdout.split()
        leaked = [
            name for name in tracked if Path(name).name not in KEPT and not name.endswith(".py")
        ]
        problems += [f"in git: {name} (run python -m bench.localdata stash)" for name in leaked]
    return problems


def summary(repo: Path = REPO, root: Path | None = None) -> dict[str, dict[str, int]]:
    """Files the manifests list, per kind of origin: how many are present and how many missing
    (``{"pages": {"present": 3, "missing": 40}, ...}``)."""
    root = root or data_root()
    committed = _committed_paths(repo)
    counts: dict[str, dict[str, int]] = {kind: {"present": 0, "missing": 0} for kind in KINDS}
    for _, manifest in _manifests(repo):
        for entry in manifest["files"]:
            kind = origin_kind(manifest, entry, committed, repo)
            there = (root / manifest["folder"] / entry["name"]).is_file()
            counts[kind]["present" if there else "missing"] += 1
    return counts


def summary_lines(counts: dict[str, dict[str, int]]) -> list[str]:
    """One line per kind of origin, then the restorable and lost totals of missing files."""
    lines = [
        f"{kind:10s} {row['present']:4d} present, {row['missing']:4d} missing"
        for kind, row in counts.items()
    ]
    restorable = sum(row["missing"] for kind, row in counts.items() if kind != "pages")
    lines.append(
        f"missing files: {restorable} restorable (repository, builder, history), "
        f"{counts['pages']['missing']} lost for good on this machine (web-page text)"
    )
    return lines


def _from_mirror(entry: dict, mirrors: Path) -> bytes | None:
    """A file's bytes from a bare mirror of its repository (the ``fetch`` tool's layout,
    ``<mirrors>/<owner>+<name>/repo``) at the manifest's commit and path."""
    source = entry.get("source", {})
    if not (source.get("repository") and source.get("path") and source.get("commit")):
        return None
    git_dir = mirrors / source["repository"].replace("/", "+") / "repo"
    shown = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{source['commit']}:{source['path']}"],
        capture_output=True,
    )
    return shown.stdout if shown.returncode == 0 else None


def _from_history(relative: Path, wanted: str, repo: Path) -> bytes | None:
    """A file's bytes from this repository's own history: an earlier commit that still held the
    verbatim file (before it moved to the store), matched by the manifest's sha256. A fresh
    machine has no store; this rebuilds the part that was ever committed."""
    commits = subprocess.run(
        ["git", "log", "--all", "--format=%H", "--", str(relative)],
        cwd=repo,
        capture_output=True,
        text=True,
    ).stdout.split()
    for commit in commits:
        shown = subprocess.run(
            ["git", "show", f"{commit}:{relative.as_posix()}"], cwd=repo, capture_output=True
        )
        if shown.returncode == 0 and hashlib.sha256(shown.stdout).hexdigest() == wanted:
            return shown.stdout
    return None


def restore(
    source: Path | None,
    repo: Path = REPO,
    root: Path | None = None,
    mirrors: Path | None = None,
    history: bool = False,
) -> list[str]:
    """Copy every file a manifest lists from a saved copy of the store (same layout), or from
    bare mirrors of the repositories it names, into the store, verifying its sha256; one line
    per file that could not be restored."""
    root = root or data_root()
    problems = []
    for manifest_path in sorted(repo.glob("**/" + MANIFEST)):
        if ".venv" in manifest_path.parts:
            continue
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        for entry in manifest["files"]:
            relative = Path(manifest["folder"]) / entry["name"]
            target = root / relative
            if target.is_file() and sha256(target) == entry["sha256"]:
                continue
            origin = source / relative if source else None
            if origin and origin.is_file():
                data = origin.read_bytes()
            else:
                data = _from_mirror(entry, mirrors) if mirrors else None
            if data is None and history:
                data = _from_history(relative, entry["sha256"], repo)
            if data is None or hashlib.sha256(data).hexdigest() != entry["sha256"]:
                problems.append(f"not restored: {relative} (absent or different where looked)")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.localdata", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("stash", help="move verbatim files into the store")
    commands.add_parser("check", help="verify the store against the manifests")
    commands.add_parser("where", help="print the store's path")
    planning = commands.add_parser(
        "plan", help="every repository to fetch and command to run to restore the store, in order"
    )
    planning.add_argument(
        "--mirrors", type=Path, default=Path("/work/.mirror"), help="where fetch puts mirrors"
    )
    planning.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="the whole list, as on a new machine (not only what the store and mirrors lack)",
    )
    restoring = commands.add_parser("restore", help="copy a saved store into the store")
    restoring.add_argument("--from", dest="source", type=Path, help="a saved store")
    restoring.add_argument(
        "--mirrors", type=Path, help="bare repository mirrors (fetch tool), e.g. /work/.mirror"
    )
    restoring.add_argument(
        "--history",
        action="store_true",
        help="earlier commits of this repository that still held the files (a fresh machine)",
    )
    args = parser.parse_args(argv)
    if args.command == "where":
        print(data_root())
        return 0
    if args.command == "plan":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from localdata_plan import plan

        print("\n".join(plan(mirrors=args.mirrors, everything=args.everything)))
        return 0
    if args.command == "stash":
        for line in stash():
            print(line)
        print("now commit the removals, the manifests and .gitignore (git commit)")
        return 0
    if args.command == "restore" and not (args.source or args.mirrors or args.history):
        parser.error("restore needs --from DIR, --mirrors DIR or --history")
    if args.command == "restore":
        problems = restore(args.source, mirrors=args.mirrors, history=args.history)
    else:
        problems = check()
    for line in problems:
        print(line)
    if args.command == "check":
        for line in summary_lines(summary()):
            print(line)
    if not problems:
        print(f"store {data_root()}: every file the manifests list is there and unchanged")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
