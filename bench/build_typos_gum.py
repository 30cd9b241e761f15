"""Build bench/data/typos-gum-en: the typing slips the GUM treebank's annotators marked in its
English documents (UD feature ``Typo=Yes``, the intended word in ``CorrectForm``), each
document's text rebuilt from its tokens, every slip's offsets, form, correction and mechanism.

Usage: python bench/build_typos_gum.py /work/.mirror/UniversalDependencies+UD_English-GUM/repo

The mirror is a git directory (the search tool's ``fetch``); the per-document files under
``not-to-release/sources/`` are read with ``git show``. The output (third-party text) is written to
the folder, then ``python -m bench.localdata stash`` moves it to the local store; never into git.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "typos-gum-en"
SOURCES = "not-to-release/sources/"


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def _fields(line: str) -> dict[str, str]:
    columns = line.rstrip("\n").split("\t")
    misc = dict(part.split("=", 1) for part in columns[9].split("|") if "=" in part)
    feats = dict(part.split("=", 1) for part in columns[5].split("|") if "=" in part)
    return {"id": columns[0], "form": columns[1], "deprel": columns[7], **misc, **feats}


def document(conllu: str) -> tuple[str, list[dict]]:
    """The document's text (paragraphs on lines, tokens spaced unless ``SpaceAfter=No``) and
    its slips: offsets of the marked token and the ``goeswith`` pieces after it."""
    parts: list[str] = []
    slips: list[dict] = []
    open_slip: dict | None = None
    at = 0
    for line in conllu.splitlines():
        if line.startswith("# newpar") and parts:
            parts.append("\n")
            at += 1
            continue
        if not line or line.startswith("#"):
            continue
        token = _fields(line)
        if "-" in token["id"] or "." in token["id"]:
            continue
        start = at
        parts.append(token["form"])
        at += len(token["form"])
        if token["deprel"] == "goeswith" and open_slip is not None:
            open_slip["end"] = at
        elif token.get("Typo") == "Yes":
            open_slip = {"start": start, "end": at, "fix": token.get("CorrectForm", "")}
            open_slip["style"] = token.get("Style", "")
            slips.append(open_slip)
        else:
            open_slip = None
        if token.get("SpaceAfter") != "No":
            parts.append(" ")
            at += 1
    text = "".join(parts)
    for slip in slips:
        slip["text"] = text[slip["start"] : slip["end"]]
    return text, slips


def mechanism(slip: dict) -> str:
    """How the slip was made: ``splitword`` (a word split by a space), ``nonword``, ``name``
    (a capitalised non-word), ``realword`` (a word typed for another one or two letters
    away); or ``other``: the annotators' corrections that are no typing slip (a word left
    out, an inflection or a case changed, a speaker's cut-off word, punctuation)."""
    from mtlint.checks.wordlists import zipf
    from mtlint.checks.wordshape import edit_distance

    typed, fix = slip["text"], slip["fix"]
    if fix in ("", "_") or typed.endswith("-") or not typed.replace(" ", "").isalpha():
        return "other"
    if typed.lower() == fix.lower() or len(fix.split()) > len(typed.split()):
        return "other"
    if " " in typed:
        return "splitword" if " " not in fix else "other"
    low, right = typed.lower(), fix.lower()
    if low.startswith(right) or right.startswith(low) or min(len(low), len(right)) < 3:
        return "other"  # an ending added or cut (an inflection), a colloquial short form
    if zipf(low) >= 3.0:
        return "realword" if edit_distance(low, right, 2) <= 2 else "other"
    return (
        "name"
        if typed[:1].isupper()
        and zipf(low) < 3.0
        and typed[1:].islower()
        and right[:1].isupper()
        and not fix.islower()
        and typed != typed.capitalize()
        else (
            "name" if typed[0].isupper() and fix[0].isupper() and zipf(right) < 4.0 else "nonword"
        )
    )


def main(argv: list[str]) -> int:
    repo = Path(argv[0])
    names = [n for n in _git(repo, "ls-tree", "--name-only", "HEAD", SOURCES).split() if n]
    folder = FOLDER  # then python -m bench.localdata stash moves it to the store
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(folder / "dev.jsonl", "w", encoding="utf-8") as out:
        for name in sorted(names):
            text, slips = document(_git(repo, "show", f"HEAD:{name}"))
            for slip in slips:
                slip["mechanism"] = mechanism(slip)
            record = {
                "id": Path(name).stem,
                "dataset": "typos-gum-en",
                "target_lang": "en",
                "target": text,
                "errors": slips,
                "source": f"UniversalDependencies/UD_English-GUM {SOURCES}{Path(name).name}",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += len(slips)
    print(f"{folder / 'dev.jsonl'}: {len(names)} documents, {count} marked slips")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
