"""Romanised Chinese names written as one token or in lower case (MT118, MT119); the reading
and its evidence are ``checks/glue_names.py``'s."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.glue_names import (
    PinyinName,
    is_surname,
    name_context,
    pinyin_name,
    screen,
    words_around,
)
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_tables,
    find_words,
    language_data,
    looks_technical,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import frequency_dict

_BRAND_USES = 3
_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*"


class _Occurrence:
    """A candidate where it stands, with what the words beside it say."""

    __slots__ = ("after_surname", "end", "name", "place", "role", "start", "token")

    def __init__(self, token: str, name: PinyinName, start: int, end: int) -> None:
        self.token, self.name, self.start, self.end = token, name, start, end
        self.role = self.place = self.after_surname = False


def _occurrences(document: Document) -> list[_Occurrence]:
    """Every pinyin-name candidate of the document, judged against the words beside it."""
    language = base_language(document)
    chunks = unique_chunks(document)
    fresh, (name_of,), seen = chunk_tables(("pinyin-names", language), chunks, 1)
    if fresh:
        for match in filter(None, map(screen().fullmatch, fresh)):
            core = match.group(1)
            name = pinyin_name(core, language)
            if name:
                name_of[match.string] = (core, name)
        seen.update(fresh)
    found = dict(name_of[chunk] for chunk in filter(name_of.__contains__, chunks))
    if not found:
        return []
    text = document.text
    roles, places, place_before = name_context(language_data(document))
    result = []
    for token, spans in find_words(text, found, word_gate(document)).items():
        for start, end in spans:
            if looks_technical(text, start, end):
                continue
            occurrence = _Occurrence(token, found[token], start, end)
            before, after = words_around(text, start, end, 3)
            occurrence.after_surname = bool(before and is_surname(before[-1], lower=True)) or bool(
                after and is_surname(after[0])
            )
            # "Linze County", "Officials in Lishui", "Farmers near Hanzhong".
            occurrence.place = (bool(after) and after[0].lower() in places) or (
                bool(before) and before[-1].lower() in place_before
            )
            occurrence.role = _beside_role(before, after, roles, places)
            # The second or first word of a longer name ("Kamel Madouri", "Daijun Mei").
            occurrence.after_surname = occurrence.after_surname or _in_name(
                text, start, end, roles | places
            )
            result.append(occurrence)
    return result


def _beside_role(
    before: list[str], after: list[str], roles: frozenset[str], places: frozenset[str]
) -> bool:
    """A role word right before the name ("Secretary Hujun") or right after it ("Hujun,
    member of", "zhaoguibo, the head of"); "the mayor of Gongju" is a place, and so is
    "Dinghai, the chief town of" (a place noun after the role word)."""
    if before and before[-1].lower() in roles:
        return True
    if after and after[0].lower() == "the":
        after = after[1:]
    if len(after) > 1 and after[1].lower() in places:
        return False
    return bool(after) and after[0].lower() in roles


_CAPITAL_BEFORE = re.compile(r"(?:([A-Z][^\W\d_]*)|[A-Z]\.)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][^\W\d_]*)")


def _in_name(text: str, start: int, end: int, known: frozenset[str]) -> bool:
    """A capitalised word (not a role or a place noun) right beside the token, nothing but a
    space between: the token is one part of a longer name ("Kamel Madouri", "Daijun Mei")."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    if before and (before.group(1) or "").lower() not in known:
        return True
    after = _CAPITAL_AFTER.match(text, end)
    return bool(after) and after.group(1).lower() not in known


def _judged(document: Document) -> list[tuple[_Occurrence, bool]]:
    """(occurrence, capitalised) for each candidate with the evidence its case needs."""
    every = _occurrences(document)
    # A camel-case name written three times or more is a company's ("ZhangShan Steel").
    written = Counter(one.token for one in every)
    # A token that stands as a place once is a place everywhere ("from Baiyin ...; Baiyin,").
    placed = {one.token for one in every if one.place}
    occurrences = [
        one
        for one in every
        if not one.after_surname
        and one.token not in placed
        and not (one.name.camel and written[one.token] >= _BRAND_USES)
    ]
    if not occurrences:
        return []
    text = document.text
    spaced = {one.token for one in occurrences if one.name.spaced() in text}
    # Tokens that are people beyond doubt: in lower case, beside a role word, or spaced.
    people = {one.token for one in occurrences if one.token.islower() or one.role}
    people |= spaced
    judged = []
    for one in occurrences:
        siblings = len(people - {one.token})
        strong = one.role or one.token in spaced or one.name.camel
        if one.token.islower():
            if strong or siblings:
                judged.append((one, False))
        elif strong or (one.name.syllables == 2 and siblings):
            judged.append((one, True))
    return judged


def _findings(rule: Rule, document: Document, capitalised: bool) -> Iterator[Finding]:
    language = base_language(document)
    if not frequency_dict(language) and language != "en":
        return
    for one, title in document.analysis.get("pinyin-names", lambda: _judged(document)):
        if title != capitalised:
            continue
        spaced = one.name.spaced()
        fixes = [Fix((Edit(one.start, one.end, spaced),), Applicability.UNSAFE, f"'{spaced}'")]
        if not capitalised:
            whole = one.token.capitalize()
            fixes.append(
                Fix((Edit(one.start, one.end, whole),), Applicability.UNSAFE, f"'{whole}'")
            )
            message = f"'{one.token}' looks like a Chinese name in lower case: '{spaced}'"
        else:
            message = f"'{one.token}' looks like a Chinese name written as one word: '{spaced}'"
        yield rule.finding(one.start, one.end, message, fixes=fixes, confidence=0.6)


@register
class RomanisedNameGlued(Rule):
    code = "MT118"
    name = "romanised-name-glued"
    summary = "A romanised Chinese name written as one word ('Zhangxiaorui' for 'Zhang Xiaorui')."
    doc = """
    What it finds: a capitalised token that is a common Chinese surname in pinyin followed by
    a given name of one or two pinyin syllables, the whole no word wordfreq knows (in the
    language or in English), with evidence that it is a person: a role word beside it
    ("Hujun, member of the committee", "Secretary Zhangxiaorui"), the name written spaced
    elsewhere in the document, or, for a surname and a two-syllable given name, other
    people's names the document fuses or writes in lower case.
    Why it matters: Chinese government pages and engines trained on them write names as one
    token; an English reader needs "Zhang Xiaorui", and cannot tell surname from given name.
    Fix safety: the surname and the given name are split and capitalised; unsafe (the split
    follows the surname table: a rarer two-syllable surname is read as a common one).
    Known false positives: place names of the same shape ("Linze", "Zhangye") beside a role
    word with no sign of a place: a place noun after them ("Linze County", "Chenhai
    villagers"), a preposition of place before them ("Officials in Lishui", "Farmers near
    Hanzhong") or a place noun after the role word ("Dinghai, the chief town") keep them
    quiet, in every place the token stands; so does a surname before or after (a given name:
    "Xi Jinping", "Xiaorui Zhang"). A reporting verb ("said") is no evidence: places "say"
    too. Still taken: a place after "by" or "with" and a role word ("visited by Lishui
    officials" is quiet only through "officials" being no role), and a place whose name is
    written spaced as a person's elsewhere in the document with no place sign.
    """
    examples = (
        Example(
            "The report was read by Liuxiaodong, deputy head of the county.",
            "The report was read by Liu Xiaodong, deputy head of the county.",
        ),
        Example(
            "Wanghaibo, member of the committee, chaired the meeting.",
            "Wang Haibo, member of the committee, chaired the meeting.",
        ),
        good("Xi Jinping met Wang Huning in Tianjin."),
        good("The delegation visited Linze County and Zhangye before the meeting."),
        good("Xiaoming Zhang, the director, said the plan was ready."),
        good("Officials in Lishui said the dam held; Dinghai, the chief town, was rebuilt."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        return _findings(self, document, capitalised=True)


@register
class RomanisedNameLower(Rule):
    code = "MT119"
    name = "romanised-name-lower"
    summary = "A romanised Chinese name in lower case ('by zhaoguibo, the head of')."
    doc = """
    What it finds: a lower-case token that is a common Chinese surname in pinyin followed by a
    given name of one or two syllables, the whole no word wordfreq knows (in the language or
    in English), with a role word beside it, the name written spaced elsewhere or other such
    names in the document: "entrusted by zhaoguibo, the head of the county". A surname and a
    given name written apart, the given name in lower case ("Liu xiaoping"), are MT318's.
    Why it matters: a name in lower case reads as a typo or a code; the reader needs the
    surname and the given name capitalised.
    Fix safety: surname and given name split and capitalised, or the token only capitalised
    (a place name); unsafe.
    Known false positives: pinyin words wordfreq does not know used in English ("a bowl of
    liangpi"), when they start with a surname's syllable; a surname before or after keeps the
    token quiet.
    """
    examples = (
        Example(
            "The plan was approved by zhaoguibo, the head of the county government.",
            "The plan was approved by Zhao Guibo, the head of the county government.",
        ),
        good("The plan was approved by Zhao Guibo, the head of the county government."),
        good("Students sat the gaokao in June and ate jiaozi afterwards."),
        good("Guests stay at the old inns of yuwaku onsen."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        return _findings(self, document, capitalised=False)
