"""Casing: a proper noun written in lower case ("north korea", "kyiv": MT303), read from the
document's own capitals, the gazetteer and cut link text. Its names and inflected forms are
in checks/entitycase.py, checks/entitynames.py, checks/casingdates.py and
checks/casingevidence.py."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain

from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.casingdates import dated_names
from mtlint.checks.casingevidence import unknown_names
from mtlint.checks.casingextra import entity_case_data, generic_use, longest_first
from mtlint.checks.casingscan import (
    LayoutSkip,
    in_text,
    mid_capital_matches,
    previous_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import (
    EllipsisName,
    acronym_drift,
    common_word_too,
    ellipsis_names,
    inflected_names,
    institution_drift,
    local_heads,
    local_names,
    partial_name_drift,
)
from mtlint.checks.entitynames import document_name_drift
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    alnum_gate,
    base_language,
    chunk_tables,
    chunk_text,
    find_words,
    find_words_upto,
    language_data,
    looks_technical,
    trie_pattern,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import zipf


def _with_longer_name(finding: Finding, cut_link: EllipsisName | None) -> Finding:
    """A known name right after a cut link may go on ("asia central"): the longer spelling is
    offered after the finding's own fix."""
    if cut_link is None:
        return finding
    extra = [
        Fix(
            (Edit(finding.start, end, written),), Applicability.UNSAFE, f"capitalise as '{written}'"
        )
        for end, written in cut_link.choices
        if end > finding.end
    ]
    if not extra:
        return finding
    fixes = tuple(finding.fixes) + tuple(extra)
    return dataclasses.replace(finding, fixes=fixes)


# A capitalised word right after the matched one: the match opens a longer name.
_NAME_GOES_ON = re.compile(r" [A-Z]")


@register
class EntityCaseDrift(Rule):
    code = "MT303"
    name = "entity-case-drift"
    summary = "A proper noun written in lower case ('north korea', 'kyiv')."
    doc = """
    What it finds: a lower-case word or phrase that is a proper noun, because the same
    document writes it capitalised mid-sentence at least as often, because the gazetteer
    (countries from pycountry; capitals, large cities, organisations, days, months and
    nationalities from resources/gazetteer/<lang>.txt) has it, or because it follows a stray
    ellipsis where link text was cut ("to… masujiro's"), or because no word list of the language
    knows it and the document writes it capitalised too ("Scaloni" … "scaloni"; not a term the
    text writes in lower case throughout, nor jargon made of the language's words), or because
    the text writes the phrase as a name elsewhere ("the Canton Fair" … "the canton fair": a
    phrase with a word the cased dictionary does not prove common, not followed by "of" or a
    capital) or writes an ambiguous name capitalised mid-sentence and uses it as a place: a
    verb after it or a preposition before it ("China" … "covid china has", "trade with china";
    not "the china", "bone china", "a bottle of cologne", "lima beans"): checks/entitynames.py.
    A month that is also a word ("may", "march") is taken in a date's position ("on may 8",
    "8 may 2021", "in may 2020", "mid-may"), holidays are in the gazetteer (names with an
    apostrophe, "new year's", in resources/casing/entity/<lang>.json apostrophe_names), and
    the gazetteer names that are also generic phrases ("the town's spring festival", "a state
    council") only beside their capitals in the text (evidence_names): checks/casingdates.py.
    Why it matters: MT lower-cases link text and entity names it copies across a cut; spell
    checkers accept "north korea" since both words exist.
    Fix safety: safe when the gazetteer and the document agree on the capital form, else unsafe.
    Known false positives: names that are also ordinary words (turkey, china, may, nice,
    siemens, thanksgiving) are ambiguous_names of the language table, flagged only after a stray
    ellipsis or with the document's evidence, and then only in a place's position (a place
    after a preposition before an unlisted verb is missed: "with china soared"); an event name
    that is also a generic noun phrase is skipped after a determiner ("each grand prix":
    resources/casing/entity/<lang>.json), not elsewhere ("the grand prix season"); in ru/pl a
    frequent word (an adjective: "Большой театр") lends its case forms only by a one-letter
    ending; outside English a frequent localised country name needs the document's evidence
    unless the spelling dictionary writes it only capitalised (<lang>_proper.txt, without
    English loanwords: "malha jersey"); a capitalised common word ("Internet") is never
    evidence, nor a word the document writes in lower case more often (plant names: "trillium").
    Words inside URLs, e-mail addresses, hashtags and file names are skipped.
    """
    examples = (
        Example(
            "Putin will visit North Korea. The trip to north korea is planned.",
            "Putin will visit North Korea. The trip to North Korea is planned.",
        ),
        Example("Shelling hit kyiv overnight.", "Shelling hit Kyiv overnight."),
        Example(
            "He met Mirziyoyev in the evening; mirziyoyev smiled.",
            "He met Mirziyoyev in the evening; Mirziyoyev smiled.",
        ),
        Example(
            "The president of… nintento unveiled it.",
            "The president of… Nintento unveiled it.",
        ),
        Example("Scaloni spoke. Then scaloni left.", "Scaloni spoke. Then Scaloni left."),
        Example("The plant opened on may 8, 2019.", "The plant opened on May 8, 2019."),
        Example(
            "In mid-march the staff sent new year's cards.",
            "In mid-March the staff sent New Year's cards.",
        ),
        Example(
            "The Spring Festival is near; the spring festival fair opens.",
            "The Spring Festival is near; the Spring Festival fair opens.",
        ),
        good("Sales may 10 % rise; troops on march. The town's spring festival opens in May."),
        good("We ate turkey with china plates in may, and visited www.kyiv.ua and #paris."),
        good("The Internet changed how the internet works."),
        good("Sales to China and Lima grew. We ate lima beans off fine bone china."),
        good("Мы были в Большой зал. Потом снова видели Большой зал; это большое дело.", "ru"),
        good("The film measured 3 siemens; each grand prix opens with a hymn of thanksgiving."),
        good("O casaco é de malha jersey de algodão e custa pouco.", "pt"),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*"
    _technical = re.compile(r"@|#|://|/|\\|\.\w")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        text = document.text
        if not data.cased:
            return
        heads = local_heads(data.code)
        names = local_names(data.code)
        # A chunk's class depends on the chunk alone: classified once per process, then read.
        chunks = unique_chunks(document)
        fresh, (lower_of, capital_of), seen = chunk_tables("entity-case", chunks, 2)
        # Most chunks are lower-case letters only, their own lower-case token (stripping, the
        # possessive and the technical test leave such a chunk alone): picked out by C-level
        # filters, so only the others are classified one by one.
        plain = set(filter(str.isalpha, filter(str.islower, fresh)))
        lower_of.update(zip(plain, plain, strict=True))
        self._classify(fresh - plain if plain else fresh, lower_of, capital_of)
        seen.update(fresh)
        lower_words = set(map(lower_of.__getitem__, filter(lower_of.__contains__, chunks)))
        capital_words = set(map(capital_of.__getitem__, filter(capital_of.__contains__, chunks)))
        covered: set[int] = set()  # offsets inside spans already reported
        # Names whose every word occurs in lower case somewhere (cheap set tests, no scan).
        keys = [
            key
            for head in lower_words & heads.keys()
            for key in heads[head]
            if all(part in lower_words for part in key.split(" "))
        ]
        # Case forms of one-word names ("w paryżu", "в россии"), where the language inflects.
        inflected = inflected_names(data.code, lower_words)
        if inflected:
            names = {**names, **inflected}
            keys.extend(inflected)
        cut_links = self._cut_link_names(document, data)
        evidence_names = entity_case_data(data.code).evidence_names
        # Longer names first: "real madrid" is reported once, not again as "madrid".
        found = find_words(text, keys, word_gate(document))  # the same spans, fewer windows read
        for key, spans in sorted(found.items(), key=longest_first):
            written = names[key]
            known = written in chunks or in_text(document, written)
            if not known and key not in inflected and common_word_too(key, data.code):
                continue
            if not known and key in evidence_names:
                continue  # "the town's spring festival": a name only beside its capitals
            for start, end in spans:
                if start in covered or end - 1 in covered or looks_technical(text, start, end):
                    continue
                if generic_use(key, text, start, end, data.code):
                    continue  # "each grand prix weekend": a common noun phrase
                covered.update(range(start, end))
                finding = self._finding(
                    start,
                    end,
                    written,
                    "it is capitalised elsewhere in this text and is a known name"
                    if known
                    else "it is a known proper noun",
                    0.9 if known else 0.75,
                    safe=known,
                )
                yield _with_longer_name(finding, cut_links.get(start))
        for start, end, written, why in dated_names(
            text, data.code, word_gate(document), chunk_text(document)
        ):
            if start not in covered:
                covered.update(range(start, end))
                yield self._finding(start, end, written, why, 0.75)
        yield from self._other_drift(document, data, lower_words, capital_words, covered)
        yield from self._capitalised_elsewhere(document, data, lower_words, capital_words, covered)
        if cut_links:
            yield from self._after_ellipsis_names(document, cut_links.values(), covered)

    def _capitalised_elsewhere(
        self,
        document: Document,
        data: LanguageData,
        lower_words: set[str],
        capital_words: set[str],
        covered: set[int],
    ) -> Iterator[Finding]:
        """Lower-case words this document capitalises mid-sentence at least as often."""
        text = document.text
        language = base_language(document)
        # Capitalised mid-sentence somewhere in this document, and not a common word in lower
        # case ("Internet"/"internet" is no evidence).
        candidates = {
            written.lower(): written
            for written in capital_words
            if written.lower() in lower_words and zipf(written, language) < 3.0
        }
        if candidates and casing_data(data.code).nouns_capitalised:
            # Where every noun is capitalised, a word capitalised in one place and not in
            # another is a noun and its adjective ("Ultraviolett", "ultraviolett"): no evidence.
            candidates = {}
        if candidates:
            # One scan for the candidates after a lower-case word (not a sentence's start).
            mid_capital = re.compile(
                f" (?=[{UPPER_CLASS}])(" + trie_pattern(candidates.values()) + r")(?![\w'’\-])"
            )
            headline = LayoutSkip(document).headline  # "Storing of Disposables": a title
            mid_counts: Counter[str] = Counter()
            heading_names: Counter[str] = Counter()  # capitals that open a longer name
            for match in mid_capital_matches(document, mid_capital):
                if previous_word(text, match.start())[:1].islower() and not headline(
                    match.start()
                ):  # not "Estación Intermodal", not a title
                    mid_counts[match.group(1)] += 1
                    heading_names[match.group(1)] += bool(_NAME_GOES_ON.match(text, match.end()))
            evidence = {written.lower(): written for written in mid_counts}
            enough = {lower: mid_counts[written] + 1 for lower, written in evidence.items()}
            # More lower-case uses than capitals end the question: the count stops there.
            gate = word_gate(document)
            for lower, spans in sorted(find_words_upto(text, enough, gate).items()):
                written = evidence[lower]
                # Drift is the minority spelling: a common noun that some sentences capitalise
                # ("trillium" … "Trillium") is written in lower case more often than not.
                if len(spans) > mid_counts[written]:
                    continue
                # Capitalised only as the first word of a longer name ("the Lusheng Festival"),
                # the word alone may be the common noun the name is made of ("play the
                # lusheng": h26prec, 3 wrong at 0.7 on pool-prec26): a doubtful hint.
                confidence = 0.45 if heading_names[written] == mid_counts[written] else 0.7
                for start, end in spans:
                    if start in covered or looks_technical(text, start, end):
                        continue
                    covered.update(range(start, end))
                    yield self._finding(
                        start,
                        end,
                        written,
                        f"'{written}' is capitalised elsewhere in this text",
                        confidence,
                    )

    @classmethod
    def _classify(
        cls, chunks: Iterable[str], lower_of: dict[str, object], capital_of: dict[str, object]
    ) -> None:
        """Each chunk's token, in ``lower_of`` when lower case, in ``capital_of`` when
        capitalised; other chunks are left out."""
        strip = cls._strip
        technical = cls._technical.search
        for chunk in chunks:
            token = chunk.strip(strip)
            if token.endswith(("'s", "’s")):
                token = token[:-2]
            if not token or technical(token):
                continue
            if token.islower():
                lower_of[chunk] = token
            elif len(token) > 2 and token[0].isupper() and token[1:].islower():
                capital_of[chunk] = token

    def _other_drift(
        self,
        document: Document,
        data: LanguageData,
        lower_words: set[str],
        capital_words: set[str],
        covered: set[int],
    ) -> Iterator[Finding]:
        """Names partly lower-cased ("buenos Aires"), acronyms in a broken case ("BBc"), and
        institution names with a lower-case complement ("Ministry of finance")."""
        text = document.text
        drifts = chain(
            partial_name_drift(text, data.code, lower_words, capital_words),
            acronym_drift(text, data.code, unique_chunks(document)),
            institution_drift(text, data.code, unique_chunks(document), alnum_gate(document)),
            document_name_drift(document, data.code, lower_words, capital_words),
            # Names no word list knows, capitalised elsewhere ("Scaloni" … "scaloni"); not
            # where every noun is capitalised (the lower-case word is then an adjective).
            ()
            if casing_data(data.code).nouns_capitalised
            else unknown_names(text, data.code, lower_words, capital_words, word_gate(document)),
        )
        for drift in drifts:
            if drift.start in covered or looks_technical(text, drift.start, drift.end):
                continue
            covered.update(range(drift.start, drift.end))
            yield self._finding(drift.start, drift.end, drift.written, drift.why, drift.confidence)

    @staticmethod
    def _cut_link_names(document: Document, data: LanguageData) -> dict[int, EllipsisName]:
        """The lower-case words after a stray ellipsis that look like cut link text, by start."""
        if not (in_text(document, "…") or in_text(document, "...")):
            return {}
        found = ellipsis_names(document.text, data.code, frozenset(document.boundaries))
        return {name.start: name for name in found}

    def _after_ellipsis_names(
        self, document: Document, names: Iterable[EllipsisName], covered: set[int]
    ) -> Iterator[Finding]:
        """A lower-case word right after a stray ellipsis that follows a preposition ("of…
        masujiro's") or sits at a link boundary was most likely link text: a name."""
        skip = LayoutSkip(document)
        for name in names:
            start = name.start
            end = max(choice_end for choice_end, _ in name.choices)
            if start in covered or skip(start, end):
                continue
            covered.update(range(start, end))
            fixes = [
                Fix(
                    (Edit(start, choice_end, written),),
                    Applicability.UNSAFE,
                    f"capitalise as '{written}'",
                )
                for choice_end, written in name.choices
            ]
            yield self.finding(
                start,
                end,
                f"Proper noun in lower case: '{name.choices[0][1]}' "
                "(it follows a stray ellipsis where link text was cut)",
                fixes=fixes,
                confidence=name.confidence,
            )

    def _finding(
        self, start: int, end: int, written: str, why: str, confidence: float, safe: bool = False
    ) -> Finding:
        return self.finding(
            start,
            end,
            f"Proper noun in lower case: '{written}' ({why})",
            fixes=[
                Fix(
                    (Edit(start, end, written),),
                    Applicability.SAFE if safe else Applicability.UNSAFE,
                    f"capitalise as '{written}'",
                )
            ],
            confidence=confidence,
        )
