"""Build resources/casing/nouns/<lang>.txt: the language's frequent words (wordfreq Zipf >=
ZIPF) that are nouns only — its hunspell dictionary accepts them capitalised and rejects them
in lower case (no verb, adjective or other word is spelt the same) — less the words English
uses more (loans and English words: MT523's, not MT381's). MT381
(checks/rules/casing_nouns_after.py) reads a lower-case one after a preposition as a noun MT
lowered ("in übereinstimmung mit").

Usage: python bench/build_noun_list.py [--lang de] [--dictionary de_DE]
(build time only: the `hunspell` command and the Debian package hunspell-de-de)
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

ZIPF = 3.0
TOP = 60000
MIN_LETTERS = 4
OUT = Path(__file__).resolve().parents[1] / "resources" / "casing" / "nouns"
HEADER = (
    "# Nouns only (hunspell {dictionary}: accepted capitalised, rejected in lower case), wordfreq\n"
    "# Zipf >= {zipf} in {lang}, less the words English uses more. Built by\n"
    "# bench/build_noun_list.py; read by MT381 (checks/rules/casing_nouns_after.py).\n"
)


def rejected(words: list[str], dictionary: str) -> set[str]:
    """The words ``hunspell -l`` rejects (it applies the affix rules and case)."""
    result = subprocess.run(
        ["hunspell", "-d", dictionary, "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def nouns(lang: str, dictionary: str) -> list[str]:
    words = [
        w
        for w in top_n_list(lang, TOP)
        if w.isalpha() and w.islower() and len(w) >= MIN_LETTERS
        if zipf_frequency(w, lang) >= ZIPF and zipf_frequency(w, "en") < zipf_frequency(w, lang)
    ]
    lower_rejected = rejected(words, dictionary)
    capital_rejected = rejected([w[0].upper() + w[1:] for w in words], dictionary)
    return sorted(
        w for w in words if w in lower_rejected and w[0].upper() + w[1:] not in capital_rejected
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="de")
    parser.add_argument("--dictionary", default="de_DE")
    args = parser.parse_args()
    found = nouns(args.lang, args.dictionary)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{args.lang}.txt"
    header = HEADER.format(dictionary=args.dictionary, zipf=ZIPF, lang=args.lang)
    path.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{path}: {len(found)} nouns")


if __name__ == "__main__":
    main()
