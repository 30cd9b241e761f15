"""Build the language tables resources/lang/{cs,sv,ro}.json (issue 12's tier-1 languages that ran
on the broad fallback) from well-kept sources, and list what the tables of pl, tr and uk lack.

- Word classes from the Universal Dependencies treebanks' **train and dev** files (never the
  ``*-ud-test.conllu`` files: bench/build_outside_ml.py builds the outside-ml evaluation from
  them), read from the fetched mirrors (``fetch`` github:UniversalDependencies/UD_<name>).
- Word order by frequency from wordfreq (its ``top_n_list``).
- Month and weekday names from CLDR through Babel (format and stand-alone, wide).
- Abbreviations: the treebanks' words followed by a full stop and a lower-case word in the
  same sentence (bench/ud_abbreviations.py), those the treebank marks ``Abbr=Yes``, and the
  hunspell dictionary's entries ending in a full stop (``/usr/share/hunspell/<xx_YY>.dic``),
  leaving out any whose bare form is a common word of the language (a real word before a full
  stop must still end a sentence).
- The typography and casing tables (resources/typography, resources/casing) already hold the
  glue words, link-lead words, coordinators and curated sentence openers: the new table takes
  them over, so each key the other tier-1 tables have is present and agrees with them.

Build-time only (wordfreq, Babel, hunspell, the mirrors); the shipped JSON is what runs.

Usage: python bench/build_lang_tables.py [--write] [--gaps] [--mirrors /work/.mirror]
  (without --write: print the tables; --gaps: the abbreviations pl, tr, uk could add)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from babel.dates import get_day_names, get_month_names
from wordfreq import top_n_list, zipf_frequency

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from ud_abbreviations import candidates as ud_abbreviation_candidates  # noqa: E402

# language → UD repositories (train and dev files only) and the hunspell dictionary
SOURCES = {
    "cs": (("Czech-CAC", "cs_cac"), ("Czech-FicTree", "cs_fictree")),
    "sv": (("Swedish-Talbanken", "sv_talbanken"),),
    "ro": (("Romanian-RRT", "ro_rrt"),),
    "pl": (("Polish-PDB", "pl_pdb"),),
    "tr": (("Turkish-BOUN", "tr_boun"),),
    "uk": (("Ukrainian-IU", "uk_iu"),),
}
HUNSPELL = {"cs": "cs_CZ", "sv": "sv_SE", "ro": "ro_RO", "pl": "pl_PL"}
NEW = ("cs", "sv", "ro")
CLOSED = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX", "PART"})
# Quotation marks in use (opening → closing), from each language's typography table.
QUOTES = {
    "cs": {"„": "“", "‚": "‘", "»": "«", "(": ")", "[": "]", "{": "}"},
    "sv": {"”": "”", "»": "»", "(": ")", "[": "]", "{": "}"},
    "ro": {"„": "”", "«": "»", "(": ")", "[": "]", "{": "}"},
}
# Names may go on with a lower-case word ("Evropská unie", "Förenta nationerna"): the
# default table's feature, which these languages ran on and keep.
CASING_FEATURES = {lang: ["names_go_on_lower"] for lang in ("cs", "sv", "ro")}
# Czech compound adjectives link with -o ("česko-slovenský"), as Polish ones do.
COMPOUND_LINKS = {"cs": ["o"], "sv": [], "ro": []}
# Ukrainian ones with -о- ("північно-східний"), as Russian and Polish ones do.
LINKING_VOWELS = {"uk": ["о"]}
FOREIGN_PUNCTUATION = {
    "。": ".",
    "，": ",",
    "、": ",",
    "；": ";",
    "：": ":",
    "？": "?",
    "！": "!",
    "（": "(",
    "）": ")",
    "「": "“",
    "」": "”",
}
_WORD = re.compile(r"^[^\W\d_]+$")
_BARE = re.compile(r"(?<![\w.])[^\W\d_]+(?![\w.])")
# Abbreviations the brief of issue 12 names (a lower-case word after their full stop is
# normal): kept whatever the sources say.
NAMED = {
    "pl": ["ul", "woj", "np", "tzw", "nr", "str"],
    "cs": ["hl", "např", "tzv", "str"],
    "sv": ["t.ex", "bl.a", "nr"],
    "ro": ["d-l", "nr", "str"],
}


class Treebank:
    """Counts from the train and dev files of a language's treebanks."""

    def __init__(self, lang: str, mirrors: Path) -> None:
        self.forms: Counter = Counter()
        self.closed: Counter = Counter()
        self.upos: dict[str, Counter] = defaultdict(Counter)
        self.relative: Counter = Counter()
        self.initial: Counter = Counter()
        self.abbreviations: Counter = Counter()
        # words of the ``# text`` lines not followed by a full stop: a written-out word
        self.bare: Counter = Counter()
        # the last word of each sentence: a word that ends sentences does not leave a line open
        self.final: Counter = Counter()
        for name, stem in SOURCES[lang]:
            git_dir = mirrors / f"UniversalDependencies+UD_{name}" / "repo"
            for split in ("train", "dev"):
                shown = subprocess.run(
                    ["git", "--git-dir", str(git_dir), "show", f"HEAD:{stem}-ud-{split}.conllu"],
                    capture_output=True,
                    text=True,
                )
                if shown.returncode:  # a snapshot may lack its largest files
                    print(f"({name}: no {split} file in the mirror)", file=sys.stderr)
                    continue
                text = shown.stdout
                self._read(text)
                self.abbreviations.update(ud_abbreviation_candidates(text))

    def _read(self, text: str) -> None:
        first, last = True, ""
        for line in text.splitlines():
            if not line:
                first = True
                if last:
                    self.final[last] += 1
                last = ""
                continue
            if line.startswith("# text ="):
                self.bare.update(m.group(0).lower() for m in _BARE.finditer(line[8:]))
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 6 or not cols[0].isdigit():
                continue
            form, upos, feats = cols[1], cols[3], cols[5]
            lower = form.lower()
            if first and upos != "PUNCT":
                first = False
                if _WORD.match(form):
                    self.initial[lower] += 1
            if not _WORD.match(form):
                continue
            last = lower
            self.forms[lower] += 1
            self.upos[lower][upos] += 1
            if upos in CLOSED:
                self.closed[lower] += 1
            if re.search(r"PronType=[^|]*Rel", feats):  # "Rel", "Int,Rel"
                self.relative[lower] += 1

    def closed_share(self, word: str) -> float:
        count = self.forms[word]
        return self.closed[word] / count if count else 0.0

    def share(self, word: str, *tags: str) -> float:
        count = self.forms[word]
        return sum(self.upos[word][t] for t in tags) / count if count else 0.0


def adjective_endings(bank: Treebank) -> list[str]:
    """Endings of two or three letters that mostly close adjectives (three in five of the
    words so ending, thirty times or more), from the treebank's ADJ tokens."""
    adjectives: Counter = Counter()
    every: Counter = Counter()
    for word, tags in bank.upos.items():
        for size in (2, 3):
            if len(word) > size + 2:
                adjectives[word[-size:]] += tags["ADJ"]
                every[word[-size:]] += sum(tags.values())
    return sorted(e for e, n in adjectives.items() if n >= 30 and n >= 0.6 * every[e])


def open_line_ends(bank: Treebank, ranked: list[str]) -> list[str]:
    """Prepositions and conjunctions that the treebank never shows ending a sentence."""
    prepositions = [w for w in ranked if bank.share(w, "ADP") >= 0.8][:20]
    conjunctions = [w for w in ranked if bank.share(w, "CCONJ", "SCONJ") >= 0.8][:10]
    return sorted(w for w in {*prepositions, *conjunctions} if not bank.final[w])


def hunspell_entries(lang: str) -> tuple[set[str], set[str]]:
    """The dictionary's entries that end in a full stop (lower-cased, without it), and its
    other entries (lower-cased words)."""
    name = HUNSPELL.get(lang)
    path = Path(f"/usr/share/hunspell/{name}.dic") if name else None
    if path is None or not path.is_file():
        return set(), set()
    raw = path.read_bytes()
    encoding = "iso-8859-2" if lang == "pl" else "utf-8"
    dotted, words = set(), set()
    for line in raw.decode(encoding, errors="replace").splitlines()[1:]:
        entry = line.split("/", 1)[0].strip()
        if entry.endswith(".") and len(entry) > 1 and not entry[0].isdigit():
            dotted.add(entry[:-1].lower())
        elif entry:
            words.add(entry.lower())
    return dotted, words


def abbreviations(lang: str, bank: Treebank, casing: dict, own: list[str]) -> list[str]:
    """The casing table's, the old table's and the brief's, with the treebank's (a word
    followed by a full stop and a lower-case word, or marked ``Abbr=Yes``) and hunspell's
    dotted entries, less any that hunspell lists as a word too or, for a language without a
    dictionary, that the treebank's text writes without a full stop (a real word before a full
    stop must still end a sentence)."""
    dotted, words = hunspell_entries(lang)
    kept = set(casing.get("abbreviations", ())) | set(own) | set(NAMED.get(lang, ()))
    for word in set(bank.abbreviations) | dotted:
        # A word of the dictionary, or (without one) a word the text writes without its full
        # stop, is a real word; with a dictionary, a short form written both ways ("pkt").
        real = word in words if words else bank.bare[word] > 0
        if not _abbreviation_shape(word) or real:
            continue
        letters = word.replace(".", "")
        # Seen once only: a short form that is no common word ("woj.", "pkt."), not an
        # inflected word before an ellipsis or a line break ("oficerowi.").
        once = len(letters) <= 4 and zipf_frequency(letters, lang) < 4.6
        if word in dotted or bank.abbreviations[word] >= 2 or once:
            kept.add(word)
    return sorted(kept)


def _abbreviation_shape(word: str) -> bool:
    # letters, inner full stops allowed ("t.ex", "bl.a"); no Roman numerals, no one letter
    # (an initial: "J. Novák"), no capital-only acronyms (lower-cased already: kept by length).
    letters = word.replace(".", "")
    if ".." in word or word.endswith(".") or len(word) > 10:
        return False
    if len(letters) < 2 or not letters.isalpha():
        return False
    return not re.fullmatch(r"[ivxlcdm]+", letters)


def ranked_words(lang: str, bank: Treebank, limit: int = 400) -> list[str]:
    """wordfreq's commonest words of the language that the treebanks know (seen 10 times)."""
    return [w for w in top_n_list(lang, limit) if _WORD.match(w) and bank.forms[w] >= 10]


def calendar_words(lang: str) -> list[str]:
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        months = get_month_names("wide", context, lang)
        days = get_day_names("wide", context, lang)
        words.update(months[i].lower() for i in range(1, 13))
        words.update(days[i].lower() for i in range(7))
    return sorted(words)


def build(lang: str, mirrors: Path) -> dict:
    """The table of a language without one (cs, sv, ro)."""
    bank = Treebank(lang, mirrors)
    casing = json.loads((REPO / "resources" / "casing" / f"{lang}.json").read_text("utf-8"))
    typo = json.loads((REPO / "resources" / "typography" / f"{lang}.json").read_text("utf-8"))
    ranked = ranked_words(lang, bank)
    closed = [w for w in ranked if bank.closed_share(w) >= 0.8]
    function_words = sorted(set(closed[:45]) | set(casing.get("function_words", ())))
    stop_words = sorted(set(ranked[:60]) | set(casing.get("stop_words", ())))
    relatives = sorted(
        w for w, n in bank.relative.items() if n >= 10 and bank.closed_share(w) >= 0.5
    )
    # Sentence openers: the curated casing list, and the closed-class words the treebanks
    # open sentences with often (20 times or more).
    openers = {w for w, n in bank.initial.items() if n >= 20 and bank.closed_share(w) >= 0.8}
    starters = sorted(openers | set(casing.get("sentence_starters", ())))
    prepositions = [w for w in ranked if bank.share(w, "ADP") >= 0.8]
    one_letter = sorted(w for w in bank.forms if len(w) == 1 and bank.forms[w] >= 50)
    one_letter = [w for w in one_letter if bank.closed_share(w) >= 0.5]
    return {
        "abbreviations": abbreviations(lang, bank, casing, []),
        "function_words": function_words,
        "sentence_starters": starters,
        "stop_words": stop_words,
        "foreign_punctuation": FOREIGN_PUNCTUATION,
        "quote_pairs": QUOTES[lang],
        "scripts": ["Latin"],
        "spaced": True,
        "cased": True,
        "casing_features": CASING_FEATURES[lang],
        "ambiguous_names": [],
        "unspaced_terminators": "",
        "relative_pronouns": relatives,
        "calendar_words": calendar_words(lang),
        "clitics": [],
        "link_lead_words": sorted(typo.get("link_lead_words", prepositions[:25])),
        "glue_words": sorted(typo.get("glue_words", ())),
        "no_space_before": ",.;:!?%",
        "glue_words_clause_final": sorted(typo.get("glue_words_clause_final", ())),
        "glue_words_before_noun": sorted(prepositions[:25]),
        "name_followers": [],
        "determiners": [],
        "name_endings": sorted(typo.get("name_endings", ())),
        "past_forms": [],
        "relative_clause_verbs": [],
        "titles_with_relatives": [],
        "trailing_glue_letters": sorted(typo.get("trailing_glue_letters", ())),
        "compound_adjective_links": COMPOUND_LINKS[lang],
        "adjective_case_endings": sorted(casing.get("adjective_endings", ())),
        "spelling": {"one_letter_words": one_letter},
        "borrowing_language": "en",
        "number_words": {},
        "country_names": False,
        "open_line_ends": open_line_ends(bank, ranked),
    }


def gaps(lang: str, mirrors: Path) -> list[str]:
    """Abbreviations the treebank proves or hunspell lists that the language's table lacks."""
    bank = Treebank(lang, mirrors)
    table = json.loads((REPO / "resources" / "lang" / f"{lang}.json").read_text("utf-8"))
    casing = json.loads((REPO / "resources" / "casing" / f"{lang}.json").read_text("utf-8"))
    have = set(table.get("abbreviations", ()))
    wanted = abbreviations(lang, bank, casing, sorted(have))
    # Roman numerals with a full stop (the casing table's ordinals) stay the casing rules'
    # concern: Polish writes "XVIII w.", and "II." may end a sentence.
    return [w for w in wanted if w not in have and not re.fullmatch(r"[ivxlcdm]+", w)]


def fill_gaps(lang: str, mirrors: Path) -> list[str]:
    """Add the missing abbreviations to an existing table (its other keys untouched)."""
    path = REPO / "resources" / "lang" / f"{lang}.json"
    table = json.loads(path.read_text("utf-8"))
    added = gaps(lang, mirrors)
    table["abbreviations"] = list(table.get("abbreviations", ())) + added
    bank = Treebank(lang, mirrors)
    if not table.get("open_line_ends"):
        table["open_line_ends"] = open_line_ends(bank, ranked_words(lang, bank))
        added.append(f"open_line_ends={table['open_line_ends']}")
    if lang in LINKING_VOWELS and not table.get("adjective_case_endings"):
        table["compound_adjective_links"] = LINKING_VOWELS[lang]
        table["adjective_case_endings"] = adjective_endings(bank)
        added.append(f"adjective_case_endings={table['adjective_case_endings']}")
    path.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write resources/lang/<lang>.json")
    parser.add_argument("--gaps", action="store_true", help="abbreviations pl, tr, uk lack")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--only", nargs="*", default=list(NEW))
    args = parser.parse_args(argv)
    if args.gaps:
        for lang in ("pl", "tr", "uk"):
            found = fill_gaps(lang, args.mirrors) if args.write else gaps(lang, args.mirrors)
            print(lang, " ".join(found))
        return 0
    for lang in args.only:
        table = build(lang, args.mirrors)
        text = json.dumps(table, ensure_ascii=False, indent=1) + "\n"
        if args.write:
            (REPO / "resources" / "lang" / f"{lang}.json").write_text(text, "utf-8")
            print(f"wrote resources/lang/{lang}.json")
        else:
            print(f"== {lang}\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
