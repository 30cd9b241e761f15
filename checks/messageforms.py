"""What a message's format makes of its tokens, read from the message itself (shared by the
bilingual rules MT701/MT703; h32files):

- ICU plural/select structure: a language keeps as many cases as CLDR gives it (Arabic six,
  Japanese one), so "{count}" is repeated or left out by case, and "=1{" is no number.
- Metavariables of command help ("/ban <nick> [<reason>]"): a bare angle-bracketed word that no
  closing tag follows and that names no markup element is a word the reader replaces, and a
  translation writes it in its own language ("<ニック>", "<Grund>", HexChat's catalogues).
"""

from __future__ import annotations

import re

# Element names of the markup a UI string carries alone or across units (HTML's inline and void
# elements, XLIFF's inline codes): "<b>" or "<br>" without a partner is still markup. A name
# that markup only uses in pairs ("<title>", "<label>", "<code>") without its partner is a
# metavariable ("TRAY -b <title> <text>").
_MARKUP_NAMES = frozenset(
    (
        *("a", "b", "i", "u", "s", "p", "q", "em", "strong", "span", "div", "li", "ul", "ol"),
        *("small", "big", "sub", "sup", "tt", "font", "center", "pre", "blockquote", "kbd"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "img", "wbr", "nobr"),
        *("g", "x", "bx", "ex", "ph", "it", "mrk", "bpt", "ept", "sc", "ec", "pc", "sm", "em"),
    )
)
_BARE_TAG = re.compile(r"<([A-Za-z][\w-]*)[.…]*>")
# A bracketed word in any script, without attributes, a slash or a space at its inner edges.
_META_SHAPED = re.compile(r"<[^\s<>/=\"'](?:[^<>=\"'\n]{0,40}[^\s<>/=\"'])?>")
META = "<metavariable>"


def without_icu_structure(source: str, target: str) -> tuple[str, str, bool]:
    """Source and target with their ICU plural/select structure blanked (same length), and
    whether either has one."""
    from mtlint.checks.documents._keyed import icu_structure

    if "{" not in source and "{" not in target:
        return source, target, False
    source_spans, target_spans = icu_structure(source), icu_structure(target)
    if not source_spans and not target_spans:
        return source, target, False
    return _blanked(source, source_spans), _blanked(target, target_spans), True


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def metavariables(source: str) -> frozenset[str]:
    """The source's metavariables: "<nick>" with no "</nick>" after it, not a markup name."""
    if "<" not in source:
        return frozenset()
    return frozenset(
        match.group()
        for match in _BARE_TAG.finditer(source)
        if match.group(1).lower() not in _MARKUP_NAMES and f"</{match.group(1)}" not in source
    )


def with_metavariables(
    metas: frozenset[str],
    found_source: list[str],
    found_target: list[tuple[int, int, str]],
    target: str,
    key,
) -> tuple[list[str], list[tuple[int, int, str]], object]:
    """Tokens and key with the metavariables compared as such: a source's "<nick>" matches any
    bracketed word of the target that is no tag of the source ("<Nick>", "<ニック>"); a target
    that names more of them than the source ("[file]" written "<ファイル>") is no error, one that
    names fewer lost one."""
    tags = {key(token) for token in found_source if token not in metas}
    taken = [(s, e) for s, e, _ in found_target]
    extra = [
        (m.start(), m.end(), m.group())
        for m in _META_SHAPED.finditer(target)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    target_tokens = sorted(found_target + extra)

    def meta_key(token: str) -> str:
        if token in metas:
            return META
        if _META_SHAPED.fullmatch(token) and key(token) not in tags:
            return META
        return key(token)

    wanted = sum(meta_key(t) == META for t in found_source)
    written = sum(meta_key(t) == META for _, _, t in target_tokens)
    if written >= wanted:
        found_source = [t for t in found_source if meta_key(t) != META]
        target_tokens = [t for t in target_tokens if meta_key(t[2]) != META]
    return found_source, target_tokens, meta_key
