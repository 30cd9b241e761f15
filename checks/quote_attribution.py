"""What attributes a quotation in news ("…,’ he said", ". – said Filashkin"), shared by the
quotation rules: MT208 (a quotation without its opening mark) and MT219 (a dash resuming a
quotation after its attribution) read the same verbs and the same scan of spaced dashes."""

from __future__ import annotations

import re

from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import chunk_text, scan_marks, spaced_hyphen_matches

# Verbs that attribute a quotation, in the forms news uses.
SAYING = (
    r"(?:said|says|added|noted|stressed|explained|stated|told|wrote|asked|continued|concluded"
    r"|emphasi[sz]ed|insisted|warned|declared|underlined|recalled|replied|admitted|reported"
    r"|announced|commented|claimed|confirmed|promised|urged)"
)
# Who speaks: "the minister" or a capitalised name of up to three words; before the verb, a
# pronoun too ("…,’ he said"; "said they" is no attribution but a clause: "- said they
# believed").
NAMED = r"(?:the [a-z]+(?: [a-z]+)?|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
SPEAKER = rf"(?:he|she|they|we|I|it|{NAMED})"
ATTRIBUTION = rf"(?:{SPEAKER} {SAYING}\b|{SAYING} {NAMED}\b)"

# A spaced dash (led by the dash itself: a space is too common a first character to jump
# between) before an attribution (group 1), or after a full stop ("…she said. – Then we",
# MT219's): one scan serves both rules.
_SPACED_DASH = {
    dash: re.compile(re.escape(f"{dash} ") + f"(?:(?<= {dash} )({ATTRIBUTION})|(?<=\\. {dash} ))")
    for dash in "–—-"
}


def stands_alone(lines: str, dash: str) -> bool:
    """Whether ``dash`` is a chunk of its own in the chunk text ``lines`` (the last chunk has
    no line break after it)."""
    return f"\n{dash}\n" in lines or lines.endswith(f"\n{dash}")


def spaced_dash_hits(document: Document) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a spaced dash (one that stands alone as a chunk) comes before an attribution, and
    where one comes after a full stop: the dashes' offsets, computed once per document."""

    def build() -> tuple[tuple[int, ...], tuple[int, ...]]:
        lines = chunk_text(document)
        attributed: list[int] = []
        stops: list[int] = []
        for dash in "–—-":
            if not stands_alone(lines, dash):
                continue
            pattern = _SPACED_DASH[dash]
            # The hyphen-minus at the shared spaced hyphens; the rare dashes at their offsets.
            matches = (
                spaced_hyphen_matches(document, pattern)
                if dash == "-"
                else scan_marks(document, [pattern])
            )
            for match in matches:
                (stops if match.group(1) is None else attributed).append(match.start())
        return tuple(sorted(attributed)), tuple(sorted(stops))

    return document.analysis.get("spaced_dash_hits", build)
