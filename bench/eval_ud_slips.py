"""Typing slips the Universal Dependencies annotators marked (``Typo=Yes``, ``CorrectForm``) in
native text of many languages, read by MT980 (misspelt-word) and MT998 (unknown-word-ml), band by
band: how many marked one-word slips each band finds, and how many of its findings stand on a
mark (precision) — a real-text measure of the doubtful tier beyond English.

Usage: python bench/eval_ud_slips.py [--lang de ...] [--min-confidence 0.2] [--show N]
       [--mirrors /work/.mirror]

Reads the treebanks' **dev** files from fetched mirrors (the search tool's ``fetch``:
``UniversalDependencies/UD_<name>``); the outside-ml sets (bench/build_outside_ml.py) read the
*test* files, so no sentence is shared. The text is third-party and is read at run time only,
never written. A treebank whose mirror is absent is reported in one line and skipped.

A finding is right when it overlaps a marked token (any kind of mark); the annotators missed
some slips (``--show`` lists findings off the marks: read them, a real slip unmarked is counted
against the rule here). A marked slip counts towards recall when it is one word of letters, its
correction one word too, one edit away (a letter lost, added, replaced, two swapped) and not a
change of case or accent alone.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MIRRORS = Path("/work/.mirror")
# Language → (treebank, files): dev files only (outside-ml reads the test files), plus the
# test files of treebanks outside-ml does not read (Russian-Taiga, Italian-PoSTWITA).
TREEBANKS = {
    "en": (("English-EWT", ("en_ewt-ud-dev.conllu",)),),
    "de": (("German-GSD", ("de_gsd-ud-dev.conllu",)),),
    "fr": (("French-GSD", ("fr_gsd-ud-dev.conllu",)),),
    "es": (("Spanish-GSD", ("es_gsd-ud-dev.conllu",)),),
    "pt": (("Portuguese-Bosque", ("pt_bosque-ud-dev.conllu",)),),
    "it": (
        ("Italian-ISDT", ("it_isdt-ud-dev.conllu",)),
        ("Italian-PoSTWITA", ("it_postwita-ud-dev.conllu", "it_postwita-ud-test.conllu")),
    ),
    "nl": (("Dutch-Alpino", ("nl_alpino-ud-dev.conllu",)),),
    "ru": (
        ("Russian-GSD", ("ru_gsd-ud-dev.conllu",)),
        ("Russian-Taiga", ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu")),
    ),
    "pl": (("Polish-PDB", ("pl_pdb-ud-dev.conllu",)), ("Polish-LFG", ("pl_lfg-ud-dev.conllu",))),
    "cs": (
        ("Czech-CAC", ("cs_cac-ud-dev.conllu",)),
        ("Czech-FicTree", ("cs_fictree-ud-dev.conllu",)),
    ),
    "sv": (("Swedish-Talbanken", ("sv_talbanken-ud-dev.conllu",)),),
    "ro": (("Romanian-RRT", ("ro_rrt-ud-dev.conllu",)),),
    "uk": (("Ukrainian-IU", ("uk_iu-ud-dev.conllu",)),),
    "tr": (("Turkish-BOUN", ("tr_boun-ud-dev.conllu",)),),
}
CODES = ("MT980", "MT998")
SENTENCES = 20  # sentences per document: a word written twice is the text's own


def _conllu(mirrors: Path, treebank: str, name: str) -> str | None:
    repo = mirrors / f"UniversalDependencies+UD_{treebank}" / "repo"
    if not repo.exists():
        return None
    done = subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{name}"], capture_output=True, text=True
    )
    return done.stdout if done.returncode == 0 else None


def _fields(line: str) -> dict[str, str]:
    columns = line.rstrip("\n").split("\t")
    misc = dict(part.split("=", 1) for part in columns[9].split("|") if "=" in part)
    feats = dict(part.split("=", 1) for part in columns[5].split("|") if "=" in part)
    return {"id": columns[0], "form": columns[1], **misc, **feats}


def sentence(block: str) -> tuple[str, list[dict]]:
    """A sentence's text as written (a multiword token's surface form, "alle", not its
    syntactic words "a le"; tokens spaced unless ``SpaceAfter=No``) and its marked slips."""
    parts: list[str] = []
    marks: list[dict] = []
    at, skip_to = 0, 0
    for line in block.splitlines():
        if not line or line.startswith("#"):
            continue
        token = _fields(line)
        if "." in token["id"]:
            continue
        if "-" in token["id"]:
            skip_to = int(token["id"].split("-")[1])
        elif int(token["id"]) <= skip_to:
            if token.get("Typo") == "Yes" and marks and marks[-1]["end"] == at - 1:
                pass  # the multiword token's mark stands already
            elif token.get("Typo") == "Yes":
                marks.append({"start": at - len(parts[-2]) - 1, "end": at - 1, "fix": "_"})
            continue
        start = at
        parts.append(token["form"])
        at += len(token["form"])
        if token.get("Typo") == "Yes":
            marks.append({"start": start, "end": at, "fix": token.get("CorrectForm", "_")})
        if token.get("SpaceAfter") != "No":
            parts.append(" ")
            at += 1
    text = "".join(parts).rstrip()
    for mark in marks:
        mark["text"] = text[mark["start"] : mark["end"]]
    return text, marks


def documents(conllu: str) -> list[tuple[str, list[dict]]]:
    """The file cut into documents of ``SENTENCES`` sentences, one paragraph each sentence."""
    blocks = [block for block in conllu.split("\n\n") if block.strip()]
    found = []
    for at in range(0, len(blocks), SENTENCES):
        texts, slips, offset = [], [], 0
        for block in blocks[at : at + SENTENCES]:
            text, marks = sentence(block)
            for mark in marks:
                slips.append({**mark, "start": mark["start"] + offset, "end": mark["end"] + offset})
            texts.append(text)
            offset += len(text) + 1
        found.append(("\n".join(texts), slips))
    return found


def _plain(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(ch)
    )


def one_edit(typed: str, right: str) -> bool:
    """Whether the one-word slip ``typed`` is one edit from its one-word correction ``right``,
    and differs from it in more than case or accents."""
    if not (typed.isalpha() and right.isalpha()) or _plain(typed) == _plain(right):
        return False
    a, b = typed.casefold(), right.casefold()
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        wrong = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(wrong) == 2 and wrong[1] == wrong[0] + 1
        swapped = swapped and a[wrong[0]] == b[wrong[1]] and a[wrong[1]] == b[wrong[0]]
        return len(wrong) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def band(finding) -> str:
    """The finding's band: rule, reading and confidence."""
    reading = "web" if "common misspelling" in finding.message else "edit"
    if finding.code == "MT998":
        reading = "glued" if "run together" in finding.message else "typo"
    return f"{finding.code} {reading} {finding.confidence:.2f}"


def evaluate(language: str, min_confidence: float, show: int, mirrors: Path) -> dict | None:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(select=CODES, min_confidence=min_confidence)
    texts = []
    for treebank, names in TREEBANKS[language]:
        for name in names:
            conllu = _conllu(mirrors, treebank, name)
            if conllu is None:
                print(f"{language}: {treebank} {name} absent (fetch UD_{treebank}), skipped")
                continue
            texts.extend(documents(conllu))
    if not texts:
        return None
    words = slips = found = 0
    bands: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    off: list[str] = []
    for text, marks in texts:
        words += len(text.split())
        findings = check_document(Document(text=text, language=language), config).findings
        for mark in marks:
            if one_edit(mark["text"], mark["fix"]):
                slips += 1
                found += any(f.start < mark["end"] and mark["start"] < f.end for f in findings)
        for finding in findings:
            right = any(finding.start < m["end"] and m["start"] < finding.end for m in marks)
            bands[band(finding)][0] += right
            bands[band(finding)][1] += 1
            if not right:
                context = text[max(0, finding.start - 40) : finding.end + 40].replace("\n", " ")
                off.append(f"{band(finding)} …{context}…  ({finding.message})")
    per_band = ", ".join(f"{name} {r}/{n}" for name, (r, n) in sorted(bands.items()))
    print(
        f"{language}: {words} words, {slips} marked one-edit slips, found {found}; "
        f"findings on a mark / all: {per_band or 'none'}"
    )
    for line in off[:show]:
        print("   ", line)
    return {"words": words, "slips": slips, "found": found, "bands": dict(bands)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(TREEBANKS))
    parser.add_argument("--min-confidence", type=float, default=0.2)
    parser.add_argument("--show", type=int, default=0, help="list N findings off the marks")
    parser.add_argument("--mirrors", type=Path, default=MIRRORS)
    args = parser.parse_args(argv)
    measured = [
        evaluate(language, args.min_confidence, args.show, args.mirrors)
        for language in args.lang or sorted(TREEBANKS)
    ]
    if not any(measured):
        print("eval_ud_slips: no treebank mirror found; nothing measured", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
