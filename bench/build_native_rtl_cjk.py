"""Build bench/data/native-rtl-cjk/clean.jsonl: clean, human-written text in ar, fa, he, zh, ja, ko.

Sources (public repositories, read from local bare mirrors made with the ``fetch`` tool; the
commit of each is recorded in every line):
- reactjs/<lang>.react.dev ``src/content/learn/*.md``: the React documentation as translated by
  its volunteer teams (ar, fa, he, zh-hans, ja, ko); prose paragraphs only (no code blocks, no
  lines with markup, headings, lists or tables, native letters at least 20 and far more than
  Latin letters);
- GNOME/gnome-user-docs ``gnome-help/<lang>/<lang>.po``: the GNOME desktop help as translated by
  the GNOME translation teams (fa, he, ja, ko, zh_CN); msgstr entries of 60+ characters without
  markup;
- OnlpLab/hebrew_coreference ``examples/re_split_doc/done/htb_*.txt``: Hebrew news sentences
  (the Hebrew Treebank's Haaretz articles, one sentence a line), grouped four to a paragraph.
With ``--set jsinfo``, a second set for generalisation (measured, never tuned on):
javascript-tutorial/<lang>.javascript.info ``1-js`` articles (ar, fa, zh, ja, ko), same filters.
Up to ``--per-source`` paragraphs per language and source, picked with a fixed seed.

Each repository is read at the commit the folder's ``localdata-manifest.json`` pins when the
mirror holds it (so a rebuild gives the same bytes), else at the mirror's newest commit (said in
one line; ``--record`` then writes the new commits and sha256 into the manifest: commit it,
saying why). The file goes to the local store (``bench/localdata.py``), never into git.

Usage: python bench/build_native_rtl_cjk.py [--mirrors /work/.mirror] [--per-source 120]
       [--set dev|jsinfo] [--record]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata

FOLDER = "bench/data/native-rtl-cjk"
OUT = localdata.folder(FOLDER) / "clean.jsonl"
LICENCE = (
    "React documentation translations (CC BY 4.0), GNOME help translations (CC BY-SA 3.0), "
    "Hebrew Treebank sentences via OnlpLab/hebrew_coreference (MIT per its README), "
    "javascript.info translations (free to read; other uses need the author's permission): "
    "kept locally for evaluation only, never redistributed"
)
REBUILD = (
    "python bench/build_native_rtl_cjk.py && python bench/build_native_rtl_cjk.py --set jsinfo "
    "(fetch the repositories its README names first)"
)
PINS = localdata.pins(FOLDER)
USED: dict[str, str] = {}
NATIVE = {
    "ar": "[\u0600-\u06ff]",
    "fa": "[\u0600-\u06ff]",
    "he": "[\u0590-\u05ff]",
    "zh": "[\u4e00-\u9fff]",
    "ja": "[\u3040-\u30ff\u4e00-\u9fff]",
    "ko": "[\uac00-\ud7af]",
}
REACT = {"ar": "ar", "fa": "fa", "he": "he", "zh": "zh-hans", "ja": "ja", "ko": "ko"}
GNOME = {"fa": "fa", "he": "he", "zh": "zh_CN", "ja": "ja", "ko": "ko"}
MARKUP = re.compile(r"[`<>{}\[\]*_|\\]|https?:")


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(mirror), *args], capture_output=True, text=True).stdout


def revision(mirror: Path, repo: str) -> str:
    """The pinned commit of the repository when the mirror holds it, else its newest."""
    pinned = PINS.get(repo, "")
    if pinned and git(mirror, "cat-file", "-t", pinned).strip() == "commit":
        commit = pinned
    else:
        commit = git(mirror, "rev-parse", "HEAD").strip()
        if pinned:
            print(f"{repo}: pinned {pinned[:12]} not in the mirror; newest {commit[:12]} instead")
    USED[repo] = commit
    return commit


def mostly_native(text: str, language: str, min_native: int = 20) -> bool:
    native = len(re.findall(NATIVE[language], text))
    latin = len(re.findall("[A-Za-z]", text))
    limit = 0.3 if language in ("zh", "ja") else 0.15
    return native >= min_native and latin <= native * limit and not MARKUP.search(text)


def react_paragraphs(mirrors: Path, language: str) -> tuple[str, str, list[tuple[str, str]]]:
    repo = f"reactjs/{REACT[language]}.react.dev"
    return markdown_paragraphs(mirrors, repo, "src/content/learn", language)


def markdown_paragraphs(
    mirrors: Path, repo: str, folder: str, language: str
) -> tuple[str, str, list[tuple[str, str]]]:
    mirror = mirrors / repo.replace("/", "+") / "repo"
    commit = revision(mirror, repo)
    files = git(mirror, "ls-tree", "-r", "--name-only", commit, folder).split()
    found = []
    for name in sorted(f for f in files if f.endswith(".md")):
        text = re.sub(r"```.*?```", "", git(mirror, "show", f"{commit}:{name}"), flags=re.S)
        text = html.unescape(text)  # the rendered page: "&zwnj;" is a ZWNJ there
        text = re.sub(r"\A---.*?---", "", text, flags=re.S)
        for block in re.split(r"\n\s*\n", text):
            paragraph = " ".join(line.strip() for line in block.strip().splitlines())
            if (
                paragraph
                and paragraph[0] not in "#-*>!0123456789"
                and mostly_native(paragraph, language)
            ):
                found.append((paragraph, name))
    return repo, commit, found


def po_strings(text: str) -> list[str]:
    """The msgstr texts of a .po file (plural forms and the header skipped)."""
    found, current, inside = [], [], False
    for line in [*text.splitlines(), ""]:
        if line.startswith("msgstr "):
            inside, current = True, [line[7:]]
        elif inside and line.startswith('"'):
            current.append(line)
        elif inside:
            inside = False
            value = "".join(json.loads(piece) for piece in current if piece.startswith('"'))
            if value:
                found.append(value)
    return found


def gnome_paragraphs(mirrors: Path, language: str) -> tuple[str, str, list[tuple[str, str]]]:
    mirror = mirrors / "GNOME+gnome-user-docs" / "repo"
    commit = revision(mirror, "GNOME/gnome-user-docs")
    name = f"gnome-help/{GNOME[language]}/{GNOME[language]}.po"
    found = [
        (html.unescape(value), name)
        for value in po_strings(git(mirror, "show", f"{commit}:{name}"))
        if len(value) >= 60 and "\n" not in value and mostly_native(value, language)
    ]
    return "GNOME/gnome-user-docs", commit, found


_HEBREW_QUOTE = re.compile('"(?![\u05d0-\u05ea](?![\u05d0-\u05ea]))|(?<![\u05d0-\u05ea])"')


def hebrew_news(mirrors: Path) -> tuple[str, str, list[tuple[str, str]]]:
    mirror = mirrors / "OnlpLab+hebrew_coreference" / "repo"
    commit = revision(mirror, "OnlpLab/hebrew_coreference")
    folder = "examples/re_split_doc/done"
    names = git(mirror, "ls-tree", "-r", "--name-only", commit, folder).split()
    found = []
    for name in sorted(n for n in names if n.endswith(".txt")):
        lines = [line.strip() for line in git(mirror, "show", f"{commit}:{name}").splitlines()]
        lines = [line for line in lines if line]
        group: list[str] = []
        for line in lines:
            group.append(line)
            # The treebank splits a quotation of several sentences into lines: a paragraph
            # ends only where its quotation marks (not the gershayim of acronyms) pair up.
            quotes = len(_HEBREW_QUOTE.findall(" ".join(group)))
            if len(group) >= 4 and quotes % 2 == 0:
                paragraph = " ".join(group)
                if mostly_native(paragraph, "he"):
                    found.append((paragraph, name))
                group = []
    return "OnlpLab/hebrew_coreference", commit, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--per-source", type=int, default=120)
    parser.add_argument(
        "--set",
        choices=("dev", "jsinfo"),
        default="dev",
        help="jsinfo: a second set for generalisation (javascript.info's ar, fa, zh, ja, ko "
        "translations, other translators and texts), written to clean-jsinfo.jsonl",
    )
    parser.add_argument(
        "--record",
        action="store_true",
        help="write the commits read and the sha256 of the folder's files into its manifest",
    )
    args = parser.parse_args(argv)
    rows = []
    for language in NATIVE:
        if args.set == "jsinfo":
            if language == "he":
                continue  # javascript.info has no Hebrew translation
            repo = f"javascript-tutorial/{language}.javascript.info"
            sources = [markdown_paragraphs(args.mirrors, repo, "1-js", language)]
        else:
            sources = [react_paragraphs(args.mirrors, language)]
        if language in GNOME and args.set == "dev":
            sources.append(gnome_paragraphs(args.mirrors, language))
        if language == "he" and args.set == "dev":
            sources.append(hebrew_news(args.mirrors))
        for repo, commit, found in sources:
            unique = list(dict.fromkeys(found))
            picked = random.Random(f"{language}:{repo}").sample(
                unique, min(args.per_source, len(unique))
            )
            for index, (text, path) in enumerate(picked):
                rows.append(
                    {
                        "id": f"{language}:{repo.split('/')[1]}:{index}",
                        "lang": language,
                        "text": text,
                        "repo": repo,
                        "path": path,
                        "commit": commit,
                    }
                )
            print(f"{language} {repo}: {len(picked)} of {len(unique)} paragraphs")
    out_path = OUT if args.set == "dev" else OUT.with_name("clean-jsinfo.jsonl")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.record:
        recorded = dict(PINS) | USED
        print(localdata.record(FOLDER, REBUILD, dict(sorted(recorded.items())), LICENCE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
