"""Names on a page written all in lower case (MT328): the evidence is in checks/lowerpage.py
and resources/casing/names/lower_page.json."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.lowerpage import page_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data


@register
class NamesOnLowerCasePage(Rule):
    code = "MT328"
    name = "names-on-lower-case-page"
    summary = "A name left in lower case on a page written all in lower case ('lin jian said')."
    doc = """
    What it finds: on a page written wholly in lower case (the whole text, or lower-case
    lines holding most of a page's words), the names that lost their capitals with it: a
    Chinese name in pinyin (a common surname and a given name of one or two pinyin syllables,
    neither a common word of the page's language nor of English: "lin jian", "xi jinping"),
    an acronym of the English gazetteer the page's language does not write otherwise ("cctv"),
    a word the language does not know after a title of office ("il primo ministro anwar"), a
    known name joined to another by a hyphen or colon ("cina-malesia"), and since session 17
    (h21case) a gazetteer name that is also a generic phrase, which MT303 takes only beside
    the text's capitals ("the state council", "spring festival": evidence_names of
    resources/casing/entity/<lang>.json; not after "a", "every" … or a possessive ("our spring
    festival"), nor before "of" ("the state council of his village", "the warring states
    of europe"; phrase_context of lower_page.json), 0.6: 11 of 13 readings on 257k words of dev and
    clean English lower-cased were written with capitals). One finding per name,
    each saying the page is lower-cased; MT303 reports the names it knows standing alone.
    Why it matters: some engines and sites lower-case a whole page (briefing transcripts, MT
    aggregators); the page is then full of names a reader must recognise without their
    capitals, and no single name has the document evidence MT303 needs.
    Fix safety: unsafe; the fix capitalises the name (an acronym in capitals).
    Known false positives: a lower-case page on purpose (a poem, a chat log, a brand's copy)
    that uses pinyin names or acronyms; the page's own words are never taken (Italian "nato",
    Portuguese "da"), nor words inside URLs, handles and file names, nor pinyin loanwords the
    language writes as common nouns ("feng shui", "kung fu"; listed in lower_page.json: one not
    listed that pairs a surname with a syllable is still taken as a name). A page needs two
    lower-case lines of 8 words or more holding most of its words; files over 200,000
    characters are not read line by line (a whole text in lower case still is).
    """
    examples = (
        Example(
            "on monday the spokesman zhou ning told reporters that the talks went well.",
            "on monday the spokesman Zhou Ning told reporters that the talks went well.",
        ),
        Example(
            "the reporter from cctv asked whether the visit would go ahead as planned.",
            "the reporter from CCTV asked whether the visit would go ahead as planned.",
        ),
        Example(
            "on monday the office of the state council issued a notice on the safety of mines.",
            "on monday the office of the State Council issued a notice on the safety of mines.",
        ),
        good("the town also held a state council on aging in the old hall near the river."),
        good("my grandfather told us about the state council of his village and its old rules."),
        good("On Monday the spokesman Zhou Ning told reporters that the talks went well."),
        good("we ate noodles at the long table and then we ran home in the rain."),
        good("my aunt learned kung fu and feng shui from a book she found in the attic."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased:
            return
        for name in page_names(document, data.code):
            yield self.finding(
                name.start,
                name.end,
                f"Name in lower case on a lower-cased page: '{name.written}' ({name.reason})",
                fixes=[
                    Fix(
                        (Edit(name.start, name.end, name.written),),
                        Applicability.UNSAFE,
                        f"capitalise as '{name.written}'",
                    )
                ],
                confidence=name.confidence,
            )
