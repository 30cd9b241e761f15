"""Punctuation that is foreign to a language by where it stands (MT205's context cases).

Four kinds, each a table of resources/typography/<lang>.json:
- ``foreign_in_script``: {mark: native form, "script": regex class}: a half-width mark right
  after a character of the script (Chinese "中国,上海" → "，");
- ``foreign_with_evidence``: the same, but only when the native form occurs in the text too
  (Arabic uses "،" but many Arabic texts use "," throughout: only a mix is an artefact);
- ``foreign_by_direction``: {mark: [opening|closing, native form]}: a mark used the way round
  the language does not use it (German »…« is native, «…» is foreign);
- ``ascii_quotes``: {"\\"": [opening form, closing form], "native": mark}: straight double
  quotes in a text that uses the language's own quotation marks elsewhere (French « »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

Found = tuple[int, str, str]  # offset, mark, replacement


def find(kind: str, text: str, characters: str, rules: dict) -> Iterator[Found]:
    """The foreign marks of one kind in ``text`` (``characters``: its distinct characters)."""
    if kind == "in_script":
        yield from _in_script(text, characters, rules, evidence=False)
    elif kind == "with_evidence":
        yield from _in_script(text, characters, rules, evidence=True)
    elif kind == "by_direction":
        yield from _by_direction(text, characters, rules)
    elif kind == "ascii_quotes":
        yield from _ascii_quotes(text, characters, rules)


@lru_cache(maxsize=32)
def _script(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _in_script(text: str, characters: str, rules: dict, evidence: bool) -> Iterator[Found]:
    script = _script(str(rules.get("script", "")))
    for mark, native in rules.items():
        if mark == "script" or mark not in characters:
            continue
        if evidence and native not in characters:
            continue
        at = text.find(mark)
        while at != -1:
            before = text[at - 1 : at]
            after = text[at + 1 : at + 2]
            # After a character of the script, and not a number's separator ("3,5").
            if before and script.match(before) and not (before.isdigit() and after.isdigit()):
                yield at, mark, native
            at = text.find(mark, at + 1)


def _by_direction(text: str, characters: str, rules: dict) -> Iterator[Found]:
    for mark, (direction, native) in rules.items():
        if mark not in characters:
            continue
        at = text.find(mark)
        while at != -1:
            before = text[at - 1 : at]
            after = text[at + 1 : at + 2]
            opening = after.isalnum() and not before.isalnum()
            closing = before.isalnum() or before in ".,!?…"
            if (direction == "opening" and opening) or (
                direction == "closing" and closing and not after.isalnum()
            ):
                yield at, mark, native
            at = text.find(mark, at + 1)


def _ascii_quotes(text: str, characters: str, rules: dict) -> Iterator[Found]:
    native = str(rules.get("native", ""))
    forms = rules.get('"')
    if not native or native not in characters or '"' not in characters or not forms:
        return
    opening_form, closing_form = forms
    line_start = 0
    count = 0
    at = text.find('"')
    while at != -1:
        newline = text.rfind("\n", line_start, at)
        if newline != -1:  # a new paragraph: the count starts again
            line_start, count = newline + 1, 0
        if not text[at - 1 : at].isdigit():  # not an inch mark
            yield at, '"', opening_form if count % 2 == 0 else closing_form
            count += 1
        at = text.find('"', at + 1)
