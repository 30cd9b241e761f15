"""The English labelled sets the token tables read (bench/unknown_tokens.py for MT994's model,
bench/case_tokens.py for the case study) and their documents, read once here: each set's
``dev.jsonl`` the store holds, then negative-only native English (tests/realfiles, pydoc topics,
the English side of ../shared/data/clean-native-dev).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from goldmatch import gold_of, load_jsonl
from reserved_sites import host_of, registrable

REPO = Path(__file__).resolve().parent.parent
ENGLISH_SETS = (
    "realmt-en",
    "realmt-en13",
    "realmt-en17",
    "realmt-en19",
    "case-real-en",
    "typos-real-en",
    "typos-gum-en",
    "names-real-en",
    "spacing-real-en",
    "residue-real-en",
    "confuse-real-en",
    "breaks-real-en",
    "entities-real-en",
    # Negative-only native news from n-z outlets (h24unk): local names, Maori words, trade terms.
    "native-news-en",
)
REALFILES_EN = (
    "holidays-examples.md",
    "httpx-async.md",
    "httpx-quickstart.md",
    "httpx-timeouts.md",
    "sintel_en.srt",
    "zlib-FAQ.txt",
    "zlib-README.txt",
)
SHARED = REPO.parent.parent / "shared" / "data"


def group_of(line: dict, name: str) -> str:
    """A document's group for cross-validation: its outlet's registrable domain, else its set's
    own id."""
    url = line.get("url") or ""
    if url:
        return registrable(host_of(url))
    return f"{name}:{line.get('id', '')}"


def _gold(line: dict) -> list[tuple[int, int, str]]:
    """The target spans; GUM's typos carry a mechanism instead of a category."""
    if all("category" in error for error in line.get("errors", ())):
        return [(g.start, g.end, g.category) for g in gold_of(line)]
    return [(e["start"], e["end"], "typo") for e in line["errors"] if e.get("start") is not None]


def set_lines(name: str) -> list[dict]:
    """The lines of a labelled set's ``dev.jsonl`` the store holds; none, and one line saying
    so, when the store lacks the set."""
    path = localdata.folder(f"bench/data/{name}") / "dev.jsonl"
    if not path.is_file():
        print(f"{name}: absent from the store, left out")
        return []
    return load_jsonl(path)


def labelled_documents(sets: tuple[str, ...]) -> list[dict]:
    """Each document of the English labelled sets named that the store holds (one line for each
    it lacks), then the native ones: text, gold spans, set, group, kind (mt / clean / native)."""
    documents = []
    for name in sets:
        for line in set_lines(name):
            documents.append(
                {
                    "set": name,
                    "id": line.get("id", ""),
                    "text": line["target"],
                    "gold": _gold(line),
                    "group": group_of(line, name),
                    "kind": line.get("kind") or ("native" if name == "typos-gum-en" else "mt"),
                }
            )
    return documents + native_documents()


def native_documents() -> list[dict]:
    """Negative-only native English: tests/realfiles, pydoc topics, clean-native-dev's English."""
    found = []
    realfiles = localdata.folder("tests/realfiles")
    for name in REALFILES_EN:
        if (realfiles / name).is_file():
            text = (realfiles / name).read_text(encoding="utf-8", errors="replace")
            found.append(_native("realfiles", name, text))
    sys.path.insert(0, str(REPO / "tests"))
    from package_corpus import pydoc_topics_text

    found.append(_native("pydoc", "topics", pydoc_topics_text(60000)))
    clean = SHARED / "clean-native-dev.jsonl"
    if clean.is_file():
        lines = [line["source"] for line in load_jsonl(clean) if line.get("source")]
        for start in range(0, len(lines), 25):
            found.append(_native("clean-native", str(start), "\n".join(lines[start : start + 25])))
    return found


def _native(name: str, ident: str, text: str) -> dict:
    return {
        "set": name,
        "id": ident,
        "text": text,
        "gold": [],
        "group": f"{name}:{ident}",
        "kind": "native",
    }
