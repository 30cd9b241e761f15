"""MT970 (confused-word) per family on real English text: the real-word slips Universal
Dependencies annotators marked in English EWT and GUM **dev** text (web reviews, e-mail, forum
answers; GUM's news, interviews, guides), and every finding on text with no slip marked, for
reading by hand (clean news sources and MT targets of ../shared/data, any ``--text`` file).

Usage: python bench/eval_confusions.py [--show N] [--text FILE ...] [--mirrors /work/.mirror]

A finding on a UD slip whose correction is the finding's fix is counted right; the annotators
missed some real-word slips ("could advice me"), so every other finding is listed with --show.
The treebanks are read from fetched mirrors at run time (``eval_ud_slips``), never written.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ud_slips import MIRRORS, _conllu, documents

_REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in _REPO.parents if (p / "shared" / "data").is_dir()),
    _REPO.parent / "shared" / "data",
)
UD = (("English-EWT", "en_ewt-ud-dev.conllu"), ("English-GUM", "en_gum-ud-dev.conllu"))


def _clean_texts(shared: Path, extra: list[Path]) -> list[tuple[str, str]]:
    """(corpus, text) of English with no slip marked: the clean news sources, the MT targets
    of the TED set (one document per 50 lines), and each ``--text`` file."""
    texts = []
    for name, field, keep in (
        ("clean-native-dev.jsonl", "source", lambda o: o.get("source_lang") == "en"),
        ("mqm-ted21-zhen.jsonl", "target", lambda o: True),
    ):
        path = shared / name
        if not path.exists():
            print(f"{name} absent ({shared}), skipped")
            continue
        lines = list(dict.fromkeys(o[field] for o in map(json.loads, path.open()) if keep(o)))
        for at in range(0, len(lines), 50):
            texts.append((name.split(".")[0], "\n".join(lines[at : at + 50])))
    texts += [(path.name, path.read_text(errors="replace")) for path in extra]
    return texts


def main(argv: list[str] | None = None) -> int:
    from mtlint.checks.confusions import find_confusions
    from mtlint.checks.documents.base import Document

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list N findings off the marks")
    parser.add_argument("--text", type=Path, action="append", default=[])
    parser.add_argument("--mirrors", type=Path, default=MIRRORS)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    families: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    off, words, marked, measured = [], collections.Counter(), 0, False
    for treebank, name in UD:
        conllu = _conllu(args.mirrors, treebank, name)
        if conllu is None:
            print(f"{treebank} {name} absent (fetch UD_{treebank}), skipped")
            continue
        measured = True
        for text, marks in documents(conllu):
            words[treebank] += len(text.split())
            marked += sum(m["text"].isalpha() and m["fix"].isalpha() for m in marks)
            for slip in find_confusions(Document(text=text, language="en"), "en"):
                right = any(
                    m["start"] == slip.start and m["fix"].casefold() == slip.repaired.casefold()
                    for m in marks
                )
                families[slip.family][0] += right
                families[slip.family][1] += 1
                if not right:
                    off.append(f"{treebank} {slip.family}: …{_around(text, slip)}…")
    for corpus, text in _clean_texts(args.shared, args.text):
        measured = True
        words[corpus] += len(text.split())
        for slip in find_confusions(Document(text=text, language="en"), "en"):
            families[slip.family][1] += 1
            off.append(f"{corpus} {slip.family}: …{_around(text, slip)}…")
    if not measured:
        print("eval_confusions: no text found; nothing measured", file=sys.stderr)
        return 1
    print("words: " + ", ".join(f"{corpus} {count}" for corpus, count in words.items()))
    print(f"UD one-word real-word and other slips marked: {marked}")
    for family, (right, total) in sorted(families.items()):
        print(f"  {family}: on a UD mark {right} / all findings {total}")
    print(f"findings to read by hand (off a UD mark, or on unmarked text): {len(off)}")
    for line in off[: args.show]:
        print("   ", line)
    return 0


def _around(text: str, slip) -> str:
    before = text[max(0, slip.start - 50) : slip.start]
    after = text[slip.end : slip.end + 40]
    return f"{before}[{slip.typed}→{slip.repaired}]{after}".replace("\n", " / ")


if __name__ == "__main__":
    sys.exit(main())
