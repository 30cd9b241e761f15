"""Words that lost a mark, a marked letter or an elision's apostrophe (family MT97x, with
checks/rules/garble.py and garble_words.py): "autorit" for "autorità", "słuzby" for
"służby", "Relaçoes" for "Relações", "lestradizione" for "l’estradizione", and the Italian
typewriter accent "piu’" for "più".

The evidence is wordfreq: the damaged form is rare in the language and the restored form is a
common word, far more common (informal text drops accents, so wordfreq knows "citta" and
"perche": those stay quiet). Which marked letters a language writes, and which apostrophes are
real truncations, is data (resources/garble/garble.json); the elisions are the language's
(``elisions`` in resources/typography/<lang>.json).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, language_data, looks_technical
from mtlint.checks.typography import table
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

# The damaged form is rare (below Zipf 2.5), the restored one common (Zipf 4 or more) and at
# least 2.5 more (three hundred times as frequent).
_RARE = 10 ** (2.5 - 9)
_COMMON = 10 ** (4.0 - 9)
_RATIO = 10**2.5
# The word after a lost elision apostrophe: a word of the language (Zipf 3), the whole unknown.
_ELIDED = 10 ** (3.0 - 9)
# A restored form must beat the next candidate by this factor to be the fix.
_CLEAR = 10.0
_MIN_LETTERS = 2
_VOWELS = "aeiou"


@cache
def _table() -> dict:
    path = resources.files("mtlint.resources") / "garble" / "garble.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _marked(language: str) -> dict[str, str]:
    return dict(_table().get("marked_letters", {}).get(language, {}))


def _restorations(word: str, marked: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(the word wordfreq is asked about, the restored form): the word with one letter marked
    or one marked letter put back."""
    lowered = word.lower()
    extra = "".join(dict.fromkeys("".join(marked.values())))
    for i, char in enumerate(lowered):
        for mark in marked.get(char, ""):
            restored = lowered[:i] + mark + lowered[i + 1 :]
            yield restored, restored
    for i in range(1, len(lowered) + 1):
        for mark in extra:
            restored = lowered[:i] + mark + lowered[i:]
            yield restored, restored


def _restored_case(word: str, restored: str) -> str:
    if word[:1].isupper():
        return restored[:1].upper() + restored[1:]
    return restored


@register
class LostDiacritic(Rule):
    code = "MT978"
    name = "lost-diacritic"
    summary = "A word that lost a mark or a marked letter ('autorit', 'słuzby', 'Relaçoes')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word rare in the text's language (below Zipf 2.5) that becomes a common
    word (Zipf 4 or more, three hundred times as frequent) with one letter marked the way the
    language marks it ("słuzby" → "służby", "Relaçoes" → "Relações"), one marked letter put
    back ("autorit" → "autorità", "pi" is left: it is a word), or an elision's apostrophe put
    back ("lestradizione" → "l’estradizione"); and in Italian a final accent typed as an
    apostrophe ("piu’" → "più", "E’" → "È"; "po’" is a real truncation).
    Why it matters: an encoding step that cannot write a letter drops it or its mark; the word
    becomes another or none, and a reader or search misses it.
    Fix safety: unsafe: the one clear restoration (ten times as frequent as the next) is
    offered; a rare word of the language can look like a damaged common one.
    Known false positives: informal text that drops accents on purpose is left alone where
    wordfreq knows the bare form ("citta", "perche"); names and foreign words are read only
    when the restored form is a common word of the language.
    """
    examples = (
        Example(
            "Le autorit di Skopje ritengono che i due siano colpevoli.",
            "Le autorità di Skopje ritengono che i due siano colpevoli.",
            language="it",
        ),
        Example(
            "Szef służby dyplomatycznej i szef słuzby granicznej spotkali się.",
            "Szef służby dyplomatycznej i szef służby granicznej spotkali się.",
            language="pl",
        ),
        Example(
            "Per lestradizione dal Kosovo potrebbe volerci un anno.",
            "Per l’estradizione dal Kosovo potrebbe volerci un anno.",
            language="it",
        ),
        Example(
            "E’ uno degli attacchi piu’ gravi nella citta’ di Abha.",
            "È uno degli attacchi più gravi nella città di Abha.",
            language="it",
        ),
        good("Un po’ di pazienza: la citta e il perche, scritti senza accenti.", "it"),
        good("Il pi greco e il 'sindaco' sono parole.", "it"),
        good("The authorities met in Skopje on Monday.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        marked = _marked(language)
        own = frequency_dict(language)
        if not marked or not own:
            return
        if language in _table().get("accent_apostrophe", {}):
            yield from self._apostrophes(document, language, marked, own)
        elisions = tuple(
            e[:-1]
            for e in table(language_data(document), "elisions", []) or []
            if e.endswith("'") and len(e) > 1
        )
        text = document.text
        for word in sorted(document_words(document)):
            if len(word) < _MIN_LETTERS or "-" in word or own.get(word.casefold(), 0.0) >= _RARE:
                continue
            restored = self._restore(word, marked, elisions, own)
            if restored is None:
                continue
            for start in _whole_words(text, word):
                end = start + len(word)
                if looks_technical(text, start, end):
                    continue
                yield self._finding(start, end, word, restored)

    def _restore(
        self, word: str, marked: dict[str, str], elisions: tuple[str, ...], own: dict
    ) -> str | None:
        """The one clear restoration of ``word``, or None."""
        bare = own.get(word.casefold(), 0.0)
        if not bare:  # "lestradizione": an elision's apostrophe lost (wordfreq splits them off)
            lowered = word.lower()
            for prefix in elisions:
                rest = lowered[len(prefix) :]
                elided = lowered.startswith(prefix) and rest[:1] in _VOWELS + "h"
                if elided and len(rest) > 3 and own.get(rest, 0.0) >= _ELIDED:
                    return _restored_case(word, prefix + "’" + rest)
        scored = sorted(
            {(own.get(key, 0.0), r) for key, r in _restorations(word, marked)}, reverse=True
        )
        if not scored:
            return None
        best, restored = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best < _COMMON or best < bare * _RATIO or best < runner_up * _CLEAR:
            return None
        return _restored_case(word, restored)

    def _apostrophes(
        self, document: Document, language: str, marked: dict[str, str], own: dict
    ) -> Iterator[Finding]:
        """Italian 'piu’', 'citta’', 'E’': a final vowel and an apostrophe for the accent."""
        keep = frozenset(_table()["accent_apostrophe"][language].get("keep", ()))
        text = document.text
        for match in _FINAL_APOSTROPHE.finditer(text):
            word = match.group(1)
            if word.lower() in keep:
                continue
            vowel = word[-1].lower()
            for mark in marked.get(vowel, "")[:1]:
                restored = word[:-1].lower() + mark
                if own.get(restored, 0.0) < _COMMON:
                    continue
                start, end = match.span()
                yield self._finding(start, end, text[start:end], _restored_case(word, restored))

    def _finding(self, start: int, end: int, word: str, restored: str) -> Finding:
        return self.finding(
            start,
            end,
            f"'{word}' lost a mark or a letter: '{restored}'",
            fixes=(Fix((Edit(start, end, restored),), Applicability.UNSAFE, restored),),
            confidence=0.7,
        )


# A word ending in a vowel and an apostrophe, before a space, punctuation or the end.
_FINAL_APOSTROPHE = re.compile(r"(?<![\w'’])([^\W\d_]*[aeiouAEIOU])[’'](?![\w])")


def _whole_words(text: str, word: str) -> list[int]:
    found = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        before, after = text[at - 1 : at], text[end : end + 1]
        if not (before.isalnum() or before in "-_'’") and not (after.isalnum() or after in "-_"):
            found.append(at)
        at = text.find(word, at + 1)
    return found
