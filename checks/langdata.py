"""Per-language data tables (resources/lang/*.json): rules branch on data, not on language codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from mtlint.checks.resourcefiles import optional_json, optional_text, read_json, table_names


@dataclass(frozen=True, eq=False)
class LanguageData:
    code: str
    # Lower-cased abbreviations without their final full stop ("mr", "u.s", "e.g").
    abbreviations: frozenset[str] = frozenset()
    # Words that are lower case mid-sentence in good text (which, the, and …).
    function_words: frozenset[str] = frozenset()
    # Words that typically begin a sentence; capitalised mid-sentence they mark a lost break.
    sentence_starters: frozenset[str] = frozenset()
    # Very common words, used to tell which language a sentence is in.
    stop_words: frozenset[str] = frozenset()
    # Punctuation foreign to this language → its local replacement.
    foreign_punctuation: dict[str, str] = field(default_factory=dict)
    # Opening → closing quotation marks in use.
    quote_pairs: dict[str, str] = field(default_factory=dict)
    # Scripts the language is written in (Unicode script names as used by the script rule).
    scripts: frozenset[str] = frozenset({"Latin"})
    # Whether words are separated by spaces (False for Chinese, Japanese, Thai).
    spaced: bool = True
    # Whether the language distinguishes letter case (False for Arabic, CJK …).
    cased: bool = True
    # Sentence-final punctuation that needs no following space (CJK full stops).
    unspaced_terminators: str = ""
    # Extra proper nouns known to be capitalised (beyond pycountry).
    gazetteer: frozenset[str] = frozenset()
    # Proper-noun words the gazetteer holds that are also common lower-case words ("turkey").
    ambiguous_names: frozenset[str] = frozenset()
    # Rule-specific tables ("glue_words", "relative_pronouns" …): the JSON file's other keys.
    tables: dict[str, object] = field(default_factory=dict)

    def word_set(self, key: str) -> frozenset[str]:
        """A list-valued table as a set of lower-case words (empty when absent)."""
        return _word_set(self, key)

    @property
    def name(self) -> str:
        return self.code


@lru_cache(maxsize=1024)
def _word_set(data: LanguageData, key: str) -> frozenset[str]:
    # Rules ask for the same tables on every document: build each set once.
    value = data.tables.get(key) or ()
    return frozenset(str(v).lower() for v in value) if isinstance(value, list) else frozenset()


def _words(values: list[str] | None) -> frozenset[str]:
    return frozenset(values or ())


@lru_cache(maxsize=64)
def load_language_data(code: str | None) -> LanguageData:
    """Data for a language code ("en", "de" …); unknown languages get neutral defaults."""
    base = (code or "und").split("-")[0].split("_")[0].lower()
    raw = optional_json("lang", f"{base}.json") or read_json("lang", "default.json")
    gazetteer: set[str] = set(raw.get("gazetteer", ()))
    listed = optional_text("gazetteer", f"{base}.txt")
    if listed is not None:
        for line in listed.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                gazetteer.add(line)
    return LanguageData(
        code=base,
        abbreviations=_words(raw.get("abbreviations")),
        function_words=_words(raw.get("function_words")),
        sentence_starters=_words(raw.get("sentence_starters")),
        stop_words=_words(raw.get("stop_words")),
        foreign_punctuation=dict(raw.get("foreign_punctuation", {})),
        quote_pairs=dict(raw.get("quote_pairs", {})),
        scripts=frozenset(raw.get("scripts", ["Latin"])),
        spaced=bool(raw.get("spaced", True)),
        cased=bool(raw.get("cased", True)),
        unspaced_terminators=raw.get("unspaced_terminators", ""),
        gazetteer=frozenset(gazetteer),
        ambiguous_names=_words(raw.get("ambiguous_names")),
        tables={k: v for k, v in raw.items() if k not in _PARSED_KEYS},
    )


_PARSED_KEYS = frozenset(
    {
        "abbreviations",
        "function_words",
        "sentence_starters",
        "stop_words",
        "foreign_punctuation",
        "quote_pairs",
        "scripts",
        "spaced",
        "cased",
        "unspaced_terminators",
        "gazetteer",
        "ambiguous_names",
    }
)


@lru_cache(maxsize=1)
def _available_languages() -> tuple[str, ...]:
    return tuple(sorted(table_names("lang") - {"default"}))


def available_languages() -> list[str]:
    """Languages with a data table (the folder is read once per process)."""
    return list(_available_languages())


@lru_cache(maxsize=32)
def every_language_words(key: str) -> frozenset[str]:
    """The words of a list-valued table in every language's table, together (for a rule that
    meets other languages' words in any text: read once per process)."""
    return frozenset().union(
        *(load_language_data(code).word_set(key) for code in _available_languages())
    )
