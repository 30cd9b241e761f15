"""Print the words of a language that are other languages' function words and its own
content words, for ``function_word_homographs`` in resources/lang/<code>.json (MT503 never
reads them as untranslated fragments: "Plus the", "Till the end", "Pour the milk").

A word is kept when it is one of MT503's foreign function words for the language, has three
letters or more, is common in the language (wordfreq Zipf >= 3.5), and the language's hunspell
dictionary writes it in lower case with a noun or verb inflection flag (S, D, G or Z: "plus/MS",
"pour/GDSBJ", "till/EDRZGS"); particles the dictionary lists bare ("de", "del", "non") and
two-letter words ("en", "el", "di") stay signs of a fragment. Needs the hunspell dictionary
(Debian hunspell-en-us); the output is pasted into the table by hand.

Usage: python bench/build_function_homographs.py [--lang en] [--dic /usr/share/hunspell/en_US.dic]
"""

from __future__ import annotations

import argparse
import json

from mtlint.checks.rules.language_fragments import _foreign_function_words
from wordfreq import zipf_frequency

_FLAGS = set("SDGZ")
_MIN_LETTERS = 3
_MIN_ZIPF = 3.5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dic", default="/usr/share/hunspell/en_US.dic")
    args = parser.parse_args()
    flags: dict[str, str] = {}
    with open(args.dic, encoding="utf-8", errors="ignore") as handle:
        for line in handle:
            word, _, flag = line.strip().partition("/")
            if word.islower():
                flags[word] = flag
    kept = sorted(
        word
        for word in _foreign_function_words(args.lang)
        if len(word) >= _MIN_LETTERS
        and _FLAGS & set(flags.get(word, ""))
        and zipf_frequency(word, args.lang) >= _MIN_ZIPF
    )
    print(json.dumps(kept, ensure_ascii=False))


if __name__ == "__main__":
    main()
