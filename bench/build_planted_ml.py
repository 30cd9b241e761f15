"""Build the planted multilingual dev set for pt, nl, uk, ro, sv, tr from clean native news.

Usage: python bench/build_planted_ml.py [--seed 1] [--out bench/data/planted-ml]

Source of truth: ``bench/data/planted-ml/sources/<lang>.txt`` — clean sentences copied from
native-language news pages (``# url`` lines give the provenance of the sentences below them).
Writes beside it, in the line schema of ``../shared/data/synthetic-link-artefacts-ml.jsonl``:

- ``planted.jsonl``: the seed's mechanisms planted, one per line: a glued word after a cut link
  (``Lisboanuma``), a stray ellipsis with the link text lower-cased (``em… lisboa``: two spans,
  ``stray_ellipsis`` and ``entity_case``), a relative pronoun / conjunction capitalised after a
  lost comma (`` Que``), a lost full stop before a sentence opener (two consecutive sentences of
  the same page joined, `` O``). Every sentence with a site gets one mechanism: the one with the
  fewest lines so far among those it has a site for (ties drawn with the seed), so the cells
  stay balanced. Gold spans and ``fix`` per error; applying the fixes gives ``clean``.
- ``clean.jsonl``: every source sentence unplanted (``errors: []``), for false-alarm rates, plus
  the whole paragraphs listed below a ``## clean-only`` line of a source file.

The planting tables below are the builder's own (chosen from grammar books, not from mtlint's
``resources/lang``), so the set does not simply echo the checker's tables. Deterministic: the
same sources and seed give the same files. Refuses (one line, exit 2) a reserved site.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reserved_sites import DEFAULT_RESERVED, is_reserved, reserved_domains

OUT = Path(__file__).resolve().parent / "data" / "planted-ml"
LANGUAGES = ("pt", "nl", "uk", "ro", "sv", "tr")
MECHANISMS = ("glued_word", "stray_ellipsis", "midsentence_capital", "missing_sentence_break")


@dataclass(frozen=True)
class PlantTable:
    """Per language: what may follow a lost comma, open a sentence, or lead a cut link."""

    relatives: frozenset[str]
    openers: frozenset[str]
    prepositions: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TABLES = {
    "pt": PlantTable(
        _words("que onde quem qual quais cujo cuja quando embora porque enquanto"),
        _words(
            "o a os as um uma no na nos nas em de do da com para por segundo este esta "
            "isso não há desde deste cerca equipes"
        ),
        _words("em no na de do da para a ao por com entre sobre"),
    ),
    "nl": PlantTable(
        _words("die dat waar wat wie omdat terwijl toen hoewel waarin waarmee"),
        _words(
            "de het een dat dit daar daarna daarin er na in op met voor volgens vanwege "
            "tot grote vier niet ook alleen ongeveer vervolgens"
        ),
        _words("in op naar van uit bij aan met voor door tot"),
    ),
    "uk": PlantTable(
        _words("що який яка яке які де коли щоб бо якщо тому хоча"),
        _words(
            "у в на за з із про під після при це також тим раніше серед як проте саме "
            "перед вони він таким причому окрім наша вчора спочатку матч обставини"
        ),
        _words("у в на до з із від для про над під через"),
    ),
    "ro": PlantTable(
        _words("care unde când că dacă deși"),
        _words(
            "un o în la pe cu din pentru după pe astfel decretul declarația pompierii "
            "incendiul oficialii discuțiile tot e"
        ),
        _words("în la din de pe cu spre pentru către"),
    ),
    "sv": PlantTable(
        _words("som där när att eftersom medan vilket vilken vilka"),
        _words(
            "det den en ett de han hon vi jag i på under efter med för polisen regeringen "
            "syftet även samtidigt nu mycket strax"
        ),
        _words("i på till från med för mot vid av"),
    ),
    "tr": PlantTable(
        # Turkish builds relative clauses with suffixes: its conjunctions stand in.
        _words("ve ki ancak çünkü fakat ama"),
        _words(
            "bu bir ayrıca alınan olayın durumun ihbar görüşmede görüşmenin geçmişte "
            "bölgeye alevler çevrede cuma"
        ),
        # Turkish marks place with suffixes: the link may follow any lower-case word.
        frozenset(),
    ),
}

_TOKEN = re.compile(r"\w+(?:[-’']\w+)*|\S")
_NAME = re.compile(r"[^\W\d_][^\W\d_]+(?:['’][^\W\d_]+)?\Z")


@dataclass(frozen=True)
class Source:
    lang: str
    url: str
    sentence: str
    # Below a "## clean-only" line: whole paragraphs for the false-alarm part, never planted.
    clean_only: bool = False


def read_sources(folder: Path, lang: str) -> list[Source]:
    url, sources, clean_only = "", [], False
    for raw in (folder / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line == "## clean-only":
            clean_only = True
        elif line.startswith("# "):
            url = line[2:].strip()
        elif line:
            sources.append(Source(lang, url, line, clean_only))
    return sources


def _is_name(word: str, at_start: bool) -> bool:
    """A capitalised word inside the sentence, not an acronym, of letters only."""
    return not at_start and bool(_NAME.match(word)) and word[0].isupper() and word[1:].islower()


def lower(word: str, lang: str) -> str:
    """Lower case as the language writes it (Turkish dotted and dotless i)."""
    if lang in ("tr", "az"):
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()


def glue_sites(text: str) -> list[dict]:
    tokens = list(_TOKEN.finditer(text))
    sites = []
    for i, (token, following) in enumerate(itertools.pairwise(tokens)):
        word, nxt = token.group(), following.group()
        gap = text[token.end() : following.start()]
        if gap != " " or not _is_name(word, i == 0) or not nxt.isalpha() or not nxt.islower():
            continue
        if i > 0 and tokens[i - 1].group() in '.!?:"«“„':
            continue
        glued = word + nxt
        sites.append(
            {
                "start": token.start(),
                "end": following.end(),
                "new": glued,
                "errors": [("glued_word", token.start(), glued, word + " " + nxt)],
            }
        )
    return sites


def ellipsis_sites(text: str, table: PlantTable, lang: str) -> list[dict]:
    tokens = list(_TOKEN.finditer(text))
    sites = []
    for i in range(1, len(tokens) - 1):
        lead, name = tokens[i], tokens[i + 1]
        leads = table.prepositions
        word = lead.group()
        lead_ok = word in leads if leads else word.isalpha() and word.islower()
        if not lead_ok or text[lead.end() : name.start()] != " ":
            continue
        if not _is_name(name.group(), False):
            continue
        # The link text: the name and, when it runs on, one more capitalised word.
        end = name.end()
        if (
            i + 2 < len(tokens)
            and text[name.end() : tokens[i + 2].start()] == " "
            and _is_name(tokens[i + 2].group(), False)
        ):
            end = tokens[i + 2].end()
        original = text[name.start() : end]
        lowered = lower(original, lang)
        new = "… " + lowered
        start = lead.end()
        sites.append(
            {
                "start": start,
                "end": end,
                "new": new,
                "errors": [
                    ("stray_ellipsis", start, "…", ""),
                    ("entity_case", start + 2, lowered, original),
                ],
            }
        )
    return sites


def capital_sites(text: str, table: PlantTable) -> list[dict]:
    """A relative word after a comma (the comma is lost, the word capitalised), or after a
    lower-case word with no comma (restrictive clauses: the word is only capitalised)."""
    sites = []
    for match in re.finditer(r"(,|(?<=[^\W\d_]))( )(\w+)\b", text):
        word = match.group(3)
        if word not in table.relatives:
            continue
        if match.group(1) == "" and not text[: match.start()].split()[-1].isalpha():
            continue
        capital = word[0].upper() + word[1:]
        original = match.group(0)
        sites.append(
            {
                "start": match.start(),
                "end": match.end(),
                "new": " " + capital,
                "errors": [("midsentence_capital", match.start(), " " + capital, original)],
            }
        )
    return sites


def break_site(first: str, second: str, table: PlantTable) -> dict | None:
    opener = _TOKEN.match(second)
    if not first.endswith(".") or first.endswith("..") or opener is None:
        return None
    word = opener.group()
    if word.lower() not in table.openers or not word[0].isupper():
        return None
    joined = first + " " + second
    cut = len(first) - 1
    return {
        "text": joined,
        "start": cut,
        "end": cut + 2,
        "new": " ",
        "errors": [("missing_sentence_break", cut, " " + word, ". " + word)],
    }


def apply_site(text: str, site: dict) -> tuple[str, list[dict]]:
    planted = text[: site["start"]] + site["new"] + text[site["end"] :]
    errors = []
    for category, start, span, fix in site["errors"]:
        if planted[start : start + len(span)] != span:
            raise AssertionError(f"span {span!r} not at {start} in {planted!r}")
        errors.append(_error(category, start, span, fix))
    fixed = _apply_fixes(planted, errors)
    if fixed != text:
        raise AssertionError(f"fixes do not restore the sentence: {fixed!r} != {text!r}")
    return planted, errors


_GROUP = {
    "glued_word": "spacing",
    "stray_ellipsis": "punctuation",
    "entity_case": "casing",
    "midsentence_capital": "casing",
    "missing_sentence_break": "punctuation",
}


def _error(category: str, start: int, span: str, fix: str) -> dict:
    return {
        "start": start,
        "end": start + len(span),
        "category": category,
        "severity": "minor",
        "group": _GROUP[category],
        "side": "target",
        "text": span,
        "fix": fix,
    }


def _apply_fixes(text: str, errors: list[dict]) -> str:
    for error in sorted(errors, key=lambda e: e["start"], reverse=True):
        text = text[: error["start"]] + error["fix"] + text[error["end"] :]
    return text


def plant_language(sources: list[Source], seed: int) -> list[dict]:
    table = TABLES[sources[0].lang]
    rng = random.Random(f"{seed}:{sources[0].lang}")
    counts: Counter = Counter()
    lines, i = [], 0
    while i < len(sources):
        source = sources[i]
        options: dict[str, list[dict]] = {
            "glued_word": glue_sites(source.sentence),
            "stray_ellipsis": ellipsis_sites(source.sentence, table, source.lang),
            "midsentence_capital": capital_sites(source.sentence, table),
        }
        following = sources[i + 1] if i + 1 < len(sources) else None
        if following is not None and following.url == source.url:
            site = break_site(source.sentence, following.sentence, table)
            options["missing_sentence_break"] = [site] if site else []
        available = [m for m in MECHANISMS if options.get(m)]
        if not available:
            i += 1
            continue
        fewest = min(counts[m] for m in available)
        mechanism = rng.choice([m for m in available if counts[m] == fewest])
        site = rng.choice(options[mechanism])
        counts[mechanism] += 1
        if mechanism == "missing_sentence_break":
            clean = site["text"]
            planted, errors = apply_site(clean, site)
            urls, i = [source.url, following.url], i + 2
        else:
            clean = source.sentence
            planted, errors = apply_site(clean, site)
            urls, i = [source.url], i + 1
        lines.append(_record(source.lang, len(lines), planted, errors, clean, urls, seed))
    return lines


def _record(
    lang: str, number: int, target: str, errors: list, clean: str, urls: list, seed: int
) -> dict:
    record = {
        "id": f"plantml:{lang}:{number}",
        "dataset": "planted-ml",
        "source_lang": None,
        "target_lang": lang,
        "source": None,
        "target": target,
        "errors": errors,
        "clean": clean,
        "origin": "native web news",
        "url": urls[0] if len(urls) == 1 else urls,
        "annotation": f"synthetic-planted (bench/build_planted_ml.py, seed {seed})",
        "span_annotated": True,
    }
    if len(urls) > 1:
        record["joined"] = "two consecutive sentences of the same page joined with a space"
    return record


def clean_lines(sources: list[Source]) -> list[dict]:
    return [
        {
            "id": f"plantml-clean:{s.lang}:{n}",
            "dataset": "planted-ml-clean",
            "source_lang": None,
            "target_lang": s.lang,
            "source": None,
            "target": s.sentence,
            "errors": [],
            "origin": "native web news",
            "url": s.url,
        }
        for n, s in enumerate(sources)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    domains = reserved_domains(DEFAULT_RESERVED) if DEFAULT_RESERVED.exists() else set()
    planted, clean = [], []
    for lang in LANGUAGES:
        sources = read_sources(args.out / "sources", lang)
        for source in sources:
            if not source.url or is_reserved(source.url, domains):
                print(f"build_planted_ml: {lang}: reserved or missing URL {source.url!r}")
                return 2
        planted += plant_language([s for s in sources if not s.clean_only], args.seed)
        clean += clean_lines(sources)
    for name, lines in (("planted.jsonl", planted), ("clean.jsonl", clean)):
        with open(args.out / name, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    table = Counter((line["target_lang"], line["errors"][0]["category"]) for line in planted)
    for lang in LANGUAGES:
        cells = ", ".join(f"{m} {table[(lang, m)]}" for m in MECHANISMS)
        print(f"{lang}: {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
