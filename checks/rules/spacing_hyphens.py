"""A compound's hyphen with a space on one side only (MT109: "F -16", "Al- Ahram", "Self
-Administration"). Split from spacing_marks.py (the module limit); like the rules there, it first
asks the document's distinct chunks whether a hyphen can match at all, then scans for it only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.dashes import compound_head, dash_pairs, function_word
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    looks_technical,
    spaced_hyphen_matches,
    text_characters,
)
from mtlint.checks.typography import table, word_set


def _fix(start: int, end: int, replacement: str, safe: bool, title: str) -> Fix:
    applicability = Applicability.SAFE if safe else Applicability.UNSAFE
    return Fix((Edit(start, end, replacement),), applicability, title)


@register
class SpacedHyphen(Rule):
    code = "MT109"
    name = "spaced-hyphen"
    summary = "A space on one side of a hyphen inside a compound ('F -16', 'Al- Ahram')."
    doc = """
    What it finds: a hyphen with a space on one side only, between two parts of a compound:
    "Al- Ahram", "mid- term", "F -16", "Lee Hsien -loong".
    Why it matters: MT and detokenisers split hyphenated names and compounds; the result reads
    as a dash or a minus sign.
    Fix safety: unsafe; the space is removed.
    Known false positives: suspended compounds ("pre- and post-war", "Ein- und Ausgang": the
    language's coordinators after the hyphen, a table) and negative numbers after a lower-case
    word ("fell to -16") are left alone, as are list bullets and options at a line start, and
    in Finnish (typography table ``open_compound_hyphen``) a space before the hyphen of a
    compound whose first part is several words ("Asia Exchange -yrityksen"). A lower-case
    first part is taken only before a compound head that qualifies a noun ("full -scale war":
    compound_adjective_heads), never before a function word ("-based on") nor after one ("the
    -based flag": a command-line option). Two capitalised parts are taken only after an Arabic
    name's article ("Al -Raqqa", "Deir Al -Zour": name_articles_hyphenated) or a prefix
    written with a hyphen, in the case of the part after it ("Self -Administration", "anti
    -corruption": hyphen_prefixes), not between two names ("Paris -Berlin").
    """
    examples = (
        Example("The daily Al- Ahram reported it.", "The daily Al-Ahram reported it."),
        Example("Before the mid- term elections.", "Before the mid-term elections."),
        Example("An F -16 jet crashed.", "An F-16 jet crashed."),
        Example("The 2020 -2021 season was cancelled.", "The 2020-2021 season was cancelled."),
        Example("A full -scale war began.", "A full-scale war began."),
        Example("They entered Deir Al -Zour on Monday.", "They entered Deir Al-Zour on Monday."),
        Example("The Self -Administration met.", "The Self-Administration met."),
        good("Pre- and post-war, 19th- and 20th-century art; it fell to -16 degrees."),
        good("Paris -Berlin trains run daily; the self -and others- were told."),
        good("Pass the -scale option to the resizer."),
        good("Nothing was left over -nothing at all- when the guests had gone."),
        good("Rates - and prices - rose; use ls -la here. -INTERVIEW- Royal Spain won."),
        good("It was sixty years ago- which nobody forgot."),
        good("Changes in this draft. Since -03 the grammar allows parameters."),
        good("Ein- und Ausgang, Bundes- oder Landesrecht.", language="de"),
        good("Asia Exchange -yrityksen ja SIS II -järjestelmän tiedot.", language="fi"),
    )

    _after_space = re.compile(r"-(?<=[^\W_] -)(?=[^\W_])")
    _before_space = re.compile(r"-(?<=[^\W_]-)(?= [^\W_])")
    _either = re.compile(r"-(?:(?<=[^\W_] -)(?=[^\W_])|(?<=[^\W_]-)(?= [^\W_]))")
    _word_after = re.compile(r" ?([^\W_]+)")
    _word_before = re.compile(r"([^\W_]+) ?$")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced or "-" not in text_characters(document):
            return
        # After "word- ": a coordinator makes a suspended compound ("pre- and post-war"), a
        # function word a dash ("ago- which", MT214's); neither is a split compound.
        coordinators = word_set(data, "coordinators") | {"and", "or", "to"} | data.function_words
        # Finnish joins a compound to a multi-word or abbreviated first part with a space and a
        # hyphen ("Asia Exchange -yrityksen", "SIS II -järjestelmä"): correct there.
        open_compounds = bool(table(data, "open_compound_hyphen", False))
        heads = word_set(data, "compound_adjective_heads")
        articles = word_set(data, "name_articles_hyphenated")
        # Prefixes written with a hyphen ("self-", "anti-"): a space before their hyphen splits
        # the compound ("Self -Administration"); one letter ("e-", "x-") is too short to tell,
        # and a prefix that is also a word of its own ("over", "out", "all": the table's
        # ``free_hyphen_prefixes``) may stand before a dash ("left over -nothing").
        free = word_set(data, "free_hyphen_prefixes")
        prefixes = frozenset(
            p for p in word_set(data, "hyphen_prefixes") if len(p) > 1 and p not in free
        )
        text = document.text
        # A match's hyphen starts a chunk ("-16") or ends one after a letter ("Al-"): scan
        # only for the kinds the distinct chunks hold.
        lines = chunk_text(document)
        after_space, before_space = _HYPHEN_STARTS.search(lines), _HYPHEN_ENDS.search(lines)
        if after_space and before_space:  # one scan for both kinds
            patterns = [self._either]
        else:
            patterns = [self._after_space] if after_space else []
            patterns += [self._before_space] if before_space else []
        paired: set[int] | None = None  # MT213's dash pairs, asked for at the first finding
        # Every pattern's hyphen has a space beside it: tried at the shared spaced hyphens.
        matches = spaced_hyphen_matches(document, patterns[0]) if patterns else ()
        for match in matches:
            at = match.start()
            if open_compounds and text[at - 1 : at] == " " and text[at + 1 : at + 2].islower():
                continue
            found = self._judge(text, at, coordinators, heads, articles, prefixes)
            if found is None:
                continue
            if paired is None:
                paired = {at for pair in dash_pairs(document) for at in pair}
            if at in paired:
                continue
            start, end, space = found
            yield self.finding(
                start,
                end,
                f"Space beside the hyphen in '{text[start:end]}'",
                fixes=[_fix(space, space + 1, "", False, "remove the space")],
                confidence=0.7,
            )

    def _judge(
        self,
        text: str,
        at: int,
        coordinators: frozenset[str],
        heads: frozenset[str],
        articles: frozenset[str],
        prefixes: frozenset[str] = frozenset(),
    ) -> tuple[int, int, int] | None:
        before = self._word_before.search(text, max(0, at - 40), at)
        after = self._word_after.match(text, at + 1, at + 41)
        if not before or not after:
            return None
        left, right = before.group(1), after.group(1)
        # "-INTERVIEW- Royal": a headline label between dashes, not a compound.
        if (left.isupper() and len(left) > 2) or text[before.start(1) - 1 : before.start(1)] == "-":
            return None
        if text[at + 1] == " ":  # "Al- Ahram"
            if right.lower() in coordinators:
                return None
            # A comma after the second part ends a list of halves ("Ein- Ausgang, …"), unless
            # the first is a name's article before a capital ("Mohamed El- Chénnawy, said").
            name = left.lower() in articles and right[:1].isupper()
            if text[after.end() : after.end() + 1] == "," and not name:
                return None
            space = at + 1
        else:  # "F -16"
            if _YEAR.fullmatch(left) and _YEAR.fullmatch(right) and 0 < int(right) - int(left) < 50:
                pass  # "the 2020 -2021 season", a range
            elif compound_head(heads, right, text, after.end()) and not function_word(left):
                pass  # "a full -scale war", "a progress -oriented government"
            elif _split_name_or_prefix(left, right, articles, prefixes, coordinators):
                pass  # "Al -Raqqa", "Deir Al -Zour", "Self -Administration", "anti -corruption"
            elif right[0].isdigit() and not left[0].isupper():
                return None  # "fell to -16"
            elif right.isdigit() and (function_word(left) or right[0] == "0"):
                return None  # "Since -00", "Until -03": a draft's revision, no model name
            elif not (left[0].isupper() and (right.islower() or right.isdigit())) or (
                right.islower() and len(right) < 3
            ):
                return None
            space = at - 1
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip(" -"):  # a bullet or an option
            return None
        if looks_technical(text, before.start(), after.end()):
            return None
        return before.start(1), after.end(), space


def _split_name_or_prefix(
    left: str,
    right: str,
    articles: frozenset[str],
    prefixes: frozenset[str],
    coordinators: frozenset[str],
) -> bool:
    """A space before the hyphen after an Arabic name's article or a prefix written with a
    hyphen, the part after it a word of three letters or more in the same case as the prefix
    ("Al -Raqqa", "Self -Administration", "anti -corruption"; not "al -the", a dash)."""
    lower = left.lower()
    if not right.isalpha() or len(right) < 3 or right.lower() in coordinators:
        return False
    if lower in articles:
        return right[0].isupper() and right[1:].islower()
    if lower in prefixes and left[1:].islower():
        return left[0].isupper() == right[0].isupper() and right[1:].islower()
    return False


# In the chunk lines: a chunk that starts with a hyphen and a letter or digit, or that ends
# with a letter or digit and a hyphen.
_HYPHEN_STARTS = re.compile(r"-(?<=\n-)[^\W_]")
_HYPHEN_ENDS = re.compile(r"-(?<=[^\W_]-)(?=\n|\Z)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
