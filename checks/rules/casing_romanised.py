"""Romanised names in lower or odd case, a name's word in lower case inside a coordination
(MT361–MT363): the evidence is in checks/romanised.py and resources/casing/romanised/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.namewords import name_word_findings
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.romanised import (
    camel_romanised,
    layout_skip,
    lower_in_coordination,
    lower_romanised,
    lower_surnames,
    romanised_languages,
)
from mtlint.checks.textscan import language_data


@register
class RomanisedNameInLowerCase(Rule):
    code = "MT361"
    name = "romanised-name-in-lower-case"
    summary = "A romanised name in lower case ('on juhan Highway … the Juhan Highway')."
    languages = romanised_languages()
    doc = """
    What it finds: a word English does not know (wordfreq Zipf below 1.5) that splits wholly
    into romanised syllables — Hanyu Pinyin (the closed set of ~410 syllables) or Korean
    Revised Romanisation — written in lower case where the text shows it is a name: the text
    writes it capitalised elsewhere (0.8); a capitalised part of a romanised name stands right
    beside it or after its "and" ("tianji Longmen", "Weng hongwei", "wengyuan and Yangkeng";
    0.6); the text uses the same word so elsewhere (0.5). Before a place noun ("juhan
    Highway", "duolong village") it is MT349's. Also a Chinese or Korean surname of the
    tables (one no commoner in English than Zipf 4.5: "wang", not "long" or "park") in lower
    case inside a sentence, right before a capitalised given name of romanised syllables
    ("reporter wang Lei", "friends shao Xiuqing"; a hyphenated Korean given name in Revised
    Romanisation), 0.6, in texts up to 2 MB (a literal search per surname; a book-length file
    is read by the other shapes), its chunk opened by a bracket or a quote too ("(ren Yun /
    photo)", h29case). On a text over 1 MB a candidate's first two uses are read. A pinyin word
    right after a capitalised province or city of two pinyin syllables or more that English
    knows (Zipf < 3.5: "Zhejiang ailipu pump company") is doubtful (0.45): a dish named after
    its town reads the same ("Lanzhou lamian").
    Why it matters: MT engines and the sites that copy them lower-case the romanised names
    they do not know; a reader takes the name for a typo or a common word.
    Fix safety: unsafe; the fix capitalises the word (a name written apart, "huang Tankou" for
    "Huangtankou", keeps its space).
    Known false positives: a loanword of romanised syllables that a text writes in lower case
    on purpose beside a name ("the Beijing hutong" is quiet: "Beijing" is too common a word to
    be a name's part; a rarer place before a loanword is not); a romanised word opening a
    sentence is not read as a name part.
    """
    examples = (
        Example(
            "Cyclists rode the Qiaolan Highway. Last week qiaolan was closed for repairs.",
            "Cyclists rode the Qiaolan Highway. Last week Qiaolan was closed for repairs.",
        ),
        Example(
            "The tour reached tianqiao Longmen before noon.",
            "The tour reached Tianqiao Longmen before noon.",
        ),
        Example(
            "The story came from reporter wang Lei of the paper.",
            "The story came from reporter Wang Lei of the paper.",
        ),
        good("We ate in a Beijing hutong and tried baijiu; the gaokao results came out."),
        Example(
            "The team thanked everyone for the games! (zhao Lin / Wen Shilin / photo)",
            "The team thanked everyone for the games! (Zhao Lin / Wen Shilin / photo)",
        ),
        good("They sang the song Arirang on the long March and met Sun Li at the park."),
        good("Visitors walked along the long road to the old temple and the fang market."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        words = (*lower_romanised(document, code), *lower_surnames(document, code))
        yield from name_word_findings(self, document, words, layout_skip(document))


@register
class RomanisedNameInCamelCase(Rule):
    code = "MT362"
    name = "romanised-name-in-camel-case"
    summary = "A romanised name with a capital at its syllables ('GuangXi', 'ZhangJiaZhuang')."
    languages = romanised_languages()
    doc = """
    What it finds: a word with a capital inside whose pieces between capitals (and hyphens)
    all split into Hanyu Pinyin syllables ("GuangXi", "ZhangJiaZhuang Town"), or Korean
    syllables in a hyphenated name ("JeollaNam-Do"). Confidence: 0.8 when the text writes the
    name in its usual case elsewhere ("Guangxi"), 0.7 when wordfreq knows the name ("guangxi"),
    0.6 when every piece is one syllable, else 0.5.
    Why it matters: engines and transliteration tables capitalise each Chinese character's
    syllable; English writes a romanised name as one word with one capital (a place's or a
    person's given name: "Zhangjiazhuang", "Guangxi", "Jeollanam-do").
    Fix safety: unsafe; the fix keeps the first capital only.
    Known false positives: brands whose owners keep the capitals ("DiDi", "ZhongAn",
    "SsangYong": the table's camel_names; names the gazetteer writes with inner capitals;
    names so common in English that their writing is deliberate, Zipf 3 or more); technical
    documents (identifiers) are skipped.
    """
    examples = (
        Example(
            "The plant in GuangXi opened in May.",
            "The plant in Guangxi opened in May.",
        ),
        Example(
            "Farmers in ZhangJiaZhuang Town grow pears.",
            "Farmers in Zhangjiazhuang Town grow pears.",
        ),
        good("She booked a DiDi ride and posted on WeChat and YouTube from Guangxi."),
        good("McDonald and LinkedIn opened offices; SsangYong sold cars."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from name_word_findings(
            self, document, camel_romanised(document, code), layout_skip(document)
        )


@register
class LowerWordInCoordinatedName(Rule):
    code = "MT363"
    name = "lower-word-in-coordinated-name"
    summary = (
        "A lower-case word joined by 'and' to a body's name ('development and Reform Bureau')."
    )
    languages = romanised_languages()
    doc = """
    What it finds: one or more common words in lower case joined by "and" to the capitalised
    words right before the head of a body's name (resources/casing/romanised/<lang>.json:
    Bureau, Administration, Commission, Committee, Department, Office …): "the development
    and Reform Bureau", "Linyi market supervision and Administration Bureau". Confidence 0.7
    after a capitalised word (a place's name opening the body's name), else 0.5.
    Why it matters: MT capitalises some words of a name it rebuilds word by word; English
    capitalises every content word of the name ("Development and Reform Bureau").
    Fix safety: unsafe; the fix capitalises the lower-case words.
    Known false positives: a lower-case noun that is a list's item of its own before a body's
    name ("research and Development Bureau officials" is quiet: a group noun after the head
    makes the name a modifier; plural nouns are never taken: "teachers and Education Bureau").
    """
    examples = (
        Example(
            "Officials of the development and Reform Bureau attended.",
            "Officials of the Development and Reform Bureau attended.",
        ),
        Example(
            "Fines came from the Linyi market supervision and Administration Bureau.",
            "Fines came from the Linyi Market Supervision and Administration Bureau.",
        ),
        good("He met the Ministry of Health and Welfare and the Department of the Interior."),
        good("Parents and Education Bureau staff met; teachers and Education Bureau met too."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from name_word_findings(
            self, document, lower_in_coordination(document, code), layout_skip(document)
        )
