"""Plant RTL and CJK artefacts into clean native paragraphs (bench/data/planted-rtl-cjk).

Input: bench/data/native-rtl-cjk/clean.jsonl (bench/build_native_rtl_cjk.py builds it from
fetched public translations; see that folder's README). Each output line is one clean paragraph
with one artefact planted (a fixed seed per language and mechanism), in the dev-set schema
(``target``, ``clean``, ``errors`` with code-point ``start``/``end``, ``category`` and ``fix``:
applying the fix restores the clean paragraph; ``fix`` is null where no rule could write it, as
for an untranslated English sentence). Provenance (repository, path, commit) is kept per line.

Mechanisms, per language:
- ar, fa: ``latin_punctuation`` (one "،" of a paragraph with two or more turned into ",", or a
  "؟" into "?"), ``direction_mark`` (an RLM inside a word, or an RLE never closed),
  ``doubled_word``; fa: ``letter_variant`` (Persian "ی"/"ک" of one word typed as Arabic "ي"/"ك"),
  ``zwnj`` (a ZWNJ doubled); ar: ``presentation_form`` (one word stored as isolated presentation
  forms), ``tatweel`` (a kashida after a non-joining letter);
- he: ``direction_mark``, ``doubled_word``, ``foreign_punctuation`` (a "," typed as Arabic "،");
- zh, ja: ``halfwidth_punctuation`` (one "，"/"、" or mid-paragraph "。" made half-width),
  ``cjk_space`` (a space between two CJK characters), ``space_before_mark`` (a space before a
  full-width comma or full stop), ``halfwidth_brackets`` (a （…） pair around
  CJK text made half-width, in a two-paragraph document whose other paragraph keeps （…）),
  ``untranslated`` (an English sentence from the dev set's clean English lines inserted after a
  sentence end);
- ar, fa, he, ko: ``missing_space`` (the space after a comma or full stop between two words of
  the script removed);
- ko: ``fullwidth_punctuation`` (a "," or mid-paragraph "." made full-width), ``doubled_word``,
  ``untranslated``.

Input and output live in the local store (``bench/localdata.py``), never in git; ``--record``
writes the sha256 of the output into the folder's manifest (commit it, saying why).

Usage: python bench/build_planted_rtl_cjk.py [--per-mechanism 40] [--record]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata

FOLDER = "bench/data/planted-rtl-cjk"
CLEAN = localdata.folder("bench/data/native-rtl-cjk") / "clean.jsonl"
OUT = localdata.folder(FOLDER) / "planted.jsonl"
REBUILD = (
    "python bench/build_planted_rtl_cjk.py (after bench/build_native_rtl_cjk.py; reads "
    "/work/shared/data/synthetic-link-artefacts.jsonl for the untranslated English sentences)"
)
LICENCE = "the clean paragraphs of bench/data/native-rtl-cjk (see its manifest), with plants"
ENGLISH = Path("/work/shared/data/synthetic-link-artefacts.jsonl")

Plant = tuple[str, int, int, str | None]  # planted text, gold start, gold end, fix
ARABIC_WORD = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{4,}")
HEBREW_WORD = re.compile("[\u05d0-\u05ea]{4,}")
CJK = "[\u3041-\u30ff\u4e00-\u9fff]"
NON_JOINING = "\u0627\u062f\u0630\u0631\u0632\u0648\u0698"


def _isolated_forms() -> dict[str, str]:
    """Arabic letter → its isolated presentation form (from the Unicode decompositions)."""
    forms = {}
    for code in range(0xFE70, 0xFEFD):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and decomposition[0] == "<isolated>":
            forms.setdefault(chr(int(decomposition[1], 16)), chr(code))
    return forms


ISOLATED = _isolated_forms()


def replace_at(text: str, start: int, end: int, new: str) -> Plant:
    """``text`` with [start, end) replaced by ``new``; the gold span covers ``new``."""
    return text[:start] + new + text[end:], start, start + len(new), text[start:end]


def pick(rng: random.Random, matches: list[re.Match[str]]) -> re.Match[str] | None:
    return rng.choice(matches) if matches else None


def latin_punctuation(text: str, rng: random.Random) -> Plant | None:
    commas = [m for m in re.finditer("(?<=[\u0600-\u06ff])\u060c", text)]
    if len(commas) >= 2:
        match = rng.choice(commas[1:])
        return replace_at(text, match.start(), match.end(), ",")
    marks = [m for m in re.finditer("(?<=[\u0600-\u06ff])\u061f", text)]
    if marks and "\u060c" in text:
        match = rng.choice(marks)
        return replace_at(text, match.start(), match.end(), "?")
    return None


def direction_mark(text: str, rng: random.Random, words: re.Pattern[str]) -> Plant | None:
    # Whole words (not the part after a ZWNJ, "می‌توانند").
    match = pick(
        rng, [m for m in words.finditer(text) if text[m.start() - 1 : m.start()] != "\u200c"]
    )
    if match is None:
        return None
    if rng.random() < 0.5:  # a mark inside the word
        at = match.start() + rng.randrange(1, len(match.group()) - 1)
        return text[:at] + "\u200f" + text[at:], at, at + 1, ""
    at = match.start()  # an embedding never closed
    return text[:at] + "\u202b" + text[at:], at, at + 1, ""


def doubled_word(text: str, rng: random.Random, words: re.Pattern[str]) -> Plant | None:
    match = pick(rng, list(words.finditer(text)))
    if match is None:
        return None
    word = match.group()
    return (
        text[: match.end()] + " " + word + text[match.end() :],
        match.end(),
        match.end() + len(word) + 1,
        "",
    )


def letter_variant(text: str, rng: random.Random) -> Plant | None:
    match = pick(
        rng, [m for m in ARABIC_WORD.finditer(text) if re.search("[\u06cc\u06a9]", m.group())]
    )
    if match is None:
        return None
    word = match.group().replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")
    return replace_at(text, match.start(), match.end(), word)


def zwnj(text: str, rng: random.Random) -> Plant | None:
    match = pick(rng, list(re.finditer("(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])", text)))
    if match is None:
        return None
    return text[: match.end()] + "\u200c" + text[match.end() :], match.end(), match.end() + 1, ""


def presentation_form(text: str, rng: random.Random) -> Plant | None:
    match = pick(
        rng, [m for m in ARABIC_WORD.finditer(text) if all(c in ISOLATED for c in m.group())]
    )
    if match is None:
        return None
    return replace_at(text, match.start(), match.end(), "".join(ISOLATED[c] for c in match.group()))


def tatweel(text: str, rng: random.Random) -> Plant | None:
    pattern = f"(?<=[\u0621-\u064a])[{NON_JOINING}](?=[\u0621-\u064a])"
    match = pick(rng, list(re.finditer(pattern, text)))
    if match is None:
        return None
    return text[: match.end()] + "\u0640" + text[match.end() :], match.end(), match.end() + 1, ""


def hebrew_comma(text: str, rng: random.Random) -> Plant | None:
    match = pick(rng, list(re.finditer("(?<=[\u05d0-\u05ea]),", text)))
    return None if match is None else replace_at(text, match.start(), match.end(), "\u060c")


def halfwidth_punctuation(text: str, rng: random.Random, language: str) -> Plant | None:
    comma = "\uff0c" if language == "zh" else "\u3001"
    sites = [(m, ",") for m in re.finditer(f"(?<={CJK}){comma}(?={CJK})", text)]
    sites += [(m, ".") for m in re.finditer(f"(?<={CJK})\u3002(?={CJK})", text)]
    if not sites:
        return None
    match, half = rng.choice(sites)
    return replace_at(text, match.start(), match.end(), half)


def cjk_space(text: str, rng: random.Random) -> Plant | None:
    match = pick(rng, list(re.finditer("(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", text)))
    if match is None:
        return None
    return text[: match.start()] + " " + text[match.start() :], match.start(), match.start() + 1, ""


def space_before_mark(text: str, rng: random.Random) -> Plant | None:
    """A detokeniser's space before a full-width comma or full stop ("政策 。")."""
    match = pick(rng, list(re.finditer(f"(?<={CJK})(?=[\u3001\u3002\uff0c])", text)))
    if match is None:
        return None
    at = match.start()
    return text[:at] + " " + text[at:], at, at + 1, ""


def fullwidth_punctuation(text: str, rng: random.Random) -> Plant | None:
    sites = [(m, "\uff0c") for m in re.finditer("(?<=[\uac00-\ud7a3]), ", text)]
    sites += [(m, "\u3002") for m in re.finditer("(?<=[\uac00-\ud7a3])\\. ", text)]
    if not sites:
        return None
    match, full = rng.choice(sites)
    return replace_at(text, match.start(), match.start() + 1, full)


def untranslated(text: str, rng: random.Random, english: list[str], ends: str) -> Plant | None:
    match = pick(rng, list(re.finditer(f"[{ends}] ?", text)))
    if match is None or not english:
        return None
    sentence = rng.choice(english)
    at = match.end()
    inserted = sentence + (" " if ends == "." else "")
    return text[:at] + inserted + text[at:], at, at + len(sentence), None


def halfwidth_brackets(text: str, rng: random.Random, others: list[str]) -> Plant | None:
    match = pick(
        rng, list(re.finditer(f"\uff08([^\uff08\uff09]*{CJK}[^\uff08\uff09]*)\uff09", text))
    )
    evidence = [o for o in others if "\uff08" in o and "\uff09" in o]
    if match is None or not evidence:
        return None
    planted, start, end, fix = replace_at(text, match.start(), match.end(), f"({match.group(1)})")
    return planted + "\n\n" + rng.choice(evidence), start, end, fix


SCRIPT_LETTER = {
    "ar": "[\u0621-\u064a]",
    "fa": "[\u0621-\u064a\u06a9\u06af\u06cc]",
    "he": "[\u05d0-\u05ea]",
    "ko": "[\uac00-\ud7a3]",
}


def missing_space(text: str, rng: random.Random, language: str) -> Plant | None:
    """The space after a comma or full stop between two words of the script removed."""
    letter = SCRIPT_LETTER[language]
    match = pick(rng, list(re.finditer(f"(?<={letter}[\u060c,.]) (?={letter})", text)))
    if match is None:
        return None
    return (
        text[: match.start()] + text[match.end() :],
        match.start() - 1,
        match.start(),
        text[match.start() - 1] + " ",
    )


def mechanisms(language: str, english: list[str], pool: list[str]) -> dict[str, Callable]:
    arabic_words = re.compile(
        "(?<![\\w\u200c])[\u0621-\u064a\u06a9\u06af\u06cc]{2,}(?![\\w\u200c])"
    )
    if language in ("ar", "fa"):
        found = {
            "latin_punctuation": latin_punctuation,
            "direction_mark": lambda t, r: direction_mark(t, r, ARABIC_WORD),
            "doubled_word": lambda t, r: doubled_word(t, r, arabic_words),
            "missing_space": lambda t, r: missing_space(t, r, language),
        }
        if language == "fa":
            found.update(letter_variant=letter_variant, zwnj=zwnj)
        else:
            found.update(presentation_form=presentation_form, tatweel=tatweel)
        return found
    if language == "he":
        hebrew_words = re.compile('(?<![\\w"])[\u05d0-\u05ea]{2,}(?![\\w"])')
        return {
            "direction_mark": lambda t, r: direction_mark(t, r, HEBREW_WORD),
            "doubled_word": lambda t, r: doubled_word(t, r, hebrew_words),
            "foreign_punctuation": hebrew_comma,
            "missing_space": lambda t, r: missing_space(t, r, language),
        }
    if language in ("zh", "ja"):
        return {
            "halfwidth_punctuation": lambda t, r: halfwidth_punctuation(t, r, language),
            "cjk_space": cjk_space,
            "space_before_mark": space_before_mark,
            "halfwidth_brackets": lambda t, r: halfwidth_brackets(t, r, pool),
            "untranslated": lambda t, r: untranslated(t, r, english, "\u3002"),
        }
    korean_words = re.compile("(?<!\\S)[\uac00-\ud7a3]{2,}(?!\\S)")
    return {
        "fullwidth_punctuation": fullwidth_punctuation,
        "doubled_word": lambda t, r: doubled_word(t, r, korean_words),
        "untranslated": lambda t, r: untranslated(t, r, english, "."),
        "missing_space": lambda t, r: missing_space(t, r, language),
    }


def english_sentences() -> list[str]:
    """Clean English MT lines of the dev set (one sentence, 8–25 words, no quotes)."""
    if not ENGLISH.exists():
        return []
    lines = [json.loads(line)["clean"] for line in ENGLISH.open(encoding="utf-8")]
    return sorted(
        {
            line
            for line in lines
            if 8 <= len(line.split()) <= 25
            and line.isascii()
            and line.endswith(".")
            and line.count(".") == 1
            and '"' not in line
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-mechanism", type=int, default=40)
    parser.add_argument("--record", action="store_true", help="write the folder's manifest")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in CLEAN.open(encoding="utf-8")]
    by_language: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_language[row["lang"]].append(row)
    english = english_sentences()
    planted = []
    for language, clean in sorted(by_language.items()):
        pool = [row["text"] for row in clean]
        for mechanism, plant in mechanisms(language, english, pool).items():
            rng = random.Random(f"{language}:{mechanism}")
            candidates = clean[:]
            rng.shuffle(candidates)
            count = 0
            for row in candidates:
                if count == args.per_mechanism:
                    break
                result = plant(row["text"], rng)
                if result is None:
                    continue
                target, start, end, fix = result
                count += 1
                planted.append(
                    {
                        "id": f"planted:{language}:{mechanism}:{count}",
                        "target_lang": language,
                        "target": target,
                        "clean": row["text"] if "\n\n" not in target else None,
                        "errors": [{"start": start, "end": end, "category": mechanism, "fix": fix}],
                        "source_id": row["id"],
                        "repo": row["repo"],
                        "path": row["path"],
                        "commit": row["commit"],
                    }
                )
            print(f"{language} {mechanism}: {count}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for line in planted:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    if args.record:
        print(
            localdata.record(FOLDER, REBUILD, localdata.pins("bench/data/native-rtl-cjk"), LICENCE)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
