"""Entity case by mechanism (MT348–MT350): the evidence is in checks/namewords.py and
resources/casing/namewords/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.namewords import (
    lower_acronyms,
    name_part_case,
    name_word_drift,
    name_word_findings,
    namewords_languages,
    romanised_places,
)
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.romanised import apostrophe_places, layout_skip, romanised_before_place
from mtlint.checks.textscan import language_data


@register
class NameWordInLowerCase(Rule):
    code = "MT348"
    name = "name-word-in-lower-case"
    summary = "A word of a name in lower case that the text capitalises in that name."
    languages = namewords_languages()
    doc = """
    What it finds: a word of an institution's, assembly's or event's name (a name ending in
    a head of resources/casing/namewords/<lang>.json: "Ministry", "Committee", "Congress",
    "Session", "Games" …) in lower case next to capitals, where the document writes the same
    word capitalised beside the same neighbour elsewhere ("the Ministry of Foreign Affairs" …
    "the Ministry of foreign Affairs"; "the Fourth Session" … "the fourth Session"), at 0.75;
    and, without such evidence, one or two common words in lower case between an article, an
    ordinal or a possessive and a capitalised head ("the 10th national Congress", "the city's
    emergency management Bureau"), in the doubtful tier (0.35). A whole name in lower case is
    MT308's. Since session 17 (h21case) the heads of campaigns and events too ("Month",
    "Week", "Fair", "Festival": evidence_heads of the table), with the text's evidence only
    ("“Safety Production Month” … “Safety production Month”", 0.75), never by the shape
    without it ("the second Week" is a stray capital, MT346's).
    Why it matters: MT rebuilds a name word by word and keeps the capitals of some words only;
    the same body is then written two ways in one text.
    Fix safety: unsafe; the fix capitalises as the text does elsewhere.
    Known false positives: a lower-case word before a name that is not part of it but that the
    text also writes capitalised beside the name's first word ("the former Prime Minister" …
    "Former Prime Minister" mid-sentence); joiners and surname particles ("of", "the", "von")
    are never judged; headlines are skipped. The shape without evidence skips words that
    stand before a name in good text ("the new Government") and administrative adjectives that
    some outlets keep in lower case by house style ("the provincial Party Committee", "the
    municipal People's Committee"): free_modifiers of the table; a head used as a modifier
    ("the town Council members") is skipped too.
    """
    examples = (
        Example(
            "He spoke at the Ministry of Foreign Affairs. Later the Ministry of foreign Affairs "
            "denied it.",
            "He spoke at the Ministry of Foreign Affairs. Later the Ministry of Foreign Affairs "
            "denied it.",
        ),
        Example(
            "The Provincial People's Committee met. Then the Provincial people's Committee "
            "approved the plan.",
            "The Provincial People's Committee met. Then the Provincial People's Committee "
            "approved the plan.",
        ),
        Example(
            "Delegates opened the Fourth Session of the Council. On Friday the fourth Session "
            "of the Council ended.",
            "Delegates opened the Fourth Session of the Council. On Friday the Fourth Session "
            "of the Council ended.",
        ),
        Example(
            "Delegates attended the 10th national Congress of the party.",
            "Delegates attended the 10th National Congress of the party.",
        ),
        Example(
            "He leads the city's emergency management Bureau.",
            "He leads the city's Emergency Management Bureau.",
        ),
        Example(
            "Staff joined the “Clean Harbour Week” events. Later the “Clean harbour Week” "
            "events ended.",
            "Staff joined the “Clean Harbour Week” events. Later the “Clean Harbour Week” "
            "events ended.",
        ),
        good("The team played in the second Week of the tour and at the spring trade Fair."),
        good("The ministry of health said the ministry of finance and the state bank agreed."),
        good("The secretary of the provincial Party Committee met the new Government's envoy."),
        good("The county CPPCC met; Datong County CPPCC members and the town Council members."),
        good("He met von der Leyen in the Hague and the Ministry of Health and welfare groups."),
        good("The Labour Party committee met; the party committee of the town also met."),
        good("Former President Moon spoke. Then former President Moon left the Party Congress."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from name_word_findings(
            self, document, name_word_drift(document, code), LayoutSkip(document)
        )


@register
class RomanisedPlaceInLowerCase(Rule):
    code = "MT349"
    name = "romanised-place-in-lower-case"
    summary = "A romanised place name in lower case before a place noun ('the hallim stream')."
    languages = namewords_languages()
    doc = """
    What it finds: a word that no English word list knows (wordfreq Zipf below 1), in lower
    case, right before a place noun of resources/casing/namewords/<lang>.json ("stream",
    "temple", "county", "township" …): a romanised name the translation left in lower case
    ("the hallim stream", "near panan county"), 0.5. Since session 14 (checks/romanised.py)
    also a word of two pinyin or Korean syllables or more (Zipf below 1.5) before a place noun
    of resources/casing/romanised/<lang>.json in either case ("on juhan Highway", 0.6; "the
    duolong village", 0.5), unless the text writes it capitalised elsewhere (MT361's).
    Why it matters: a spell checker flags the word as unknown; a reader cannot tell it is a
    name.
    Fix safety: unsafe; the fix capitalises the name (the place noun after it is the writer's
    choice: "the Hallim Stream" or "the Hallim stream").
    Known false positives: a misspelt common word before a place noun ("the rivr valley") is
    reported as a name; words in URLs, handles and file names are skipped.
    """
    examples = (
        Example(
            "Tourists walked along the hallim stream.", "Tourists walked along the Hallim stream."
        ),
        good("Tourists walked along the mountain stream to the old temple."),
        good("Tourists walked along the Hallim stream to Jogye temple."),
        Example(
            "Cyclists crowded onto qiaolan Highway at dawn.",
            "Cyclists crowded onto Qiaolan Highway at dawn.",
        ),
        good("Bikes filled the long Highway; a hutong Road sign and the Fang River were new."),
        Example("A team went to pan 'an County.", "A team went to Pan'an County."),
        good("He can't say 'an island' or 'a town'; the men's ounce weighs 'one' county."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        seen: set[int] = set()
        found = (
            *romanised_places(document, code),
            *romanised_before_place(document, code),
            *apostrophe_places(document, code),
        )
        skip = layout_skip(document) if found else None
        for word in found:
            if word.start not in seen:
                seen.add(word.start)
                yield from name_word_findings(self, document, (word,), skip)


@register
class OddCaseInName(Rule):
    code = "MT350"
    name = "odd-case-inside-name"
    summary = "Odd case inside a person's name ('Kim jong Un', 'Lee do-woon', 'McDonald'S')."
    languages = namewords_languages()
    doc = """
    What it finds: a romanised given name in lower case after an East Asian surname (the
    table's surnames and the pinyin surnames of resources/gazetteer/pinyin_names.json),
    every part a romanised syllable, hyphenated or followed by a capitalised part ("Kim jong
    Un", "spokesperson Lee do-woon"); a hyphenated given name the text writes in another case
    more often ("Dong-Hoon" beside "Dong-hoon" twice); a capital S after an apostrophe at the
    end of a capitalised word ("McDonald'S").
    Why it matters: MT and copy-paste break the case inside names; the name then reads as two
    people's or as a typo.
    Fix safety: unsafe.
    Known false positives: a surname before an English word that is also a romanised syllable
    and a capitalised word ("Park bin Laden"); all-capital text ("MCDONALD'S") is skipped.
    """
    examples = (
        Example("The talks with Kim jong Un ended.", "The talks with Kim Jong Un ended."),
        Example("The spokesperson Lee do-woon said so.", "The spokesperson Lee Do-woon said so."),
        Example("He ate at McDonald'S yesterday.", "He ate at McDonald's yesterday."),
        good("Lee said Park and Kim met at MCDONALD'S with Kim Jong-un and Lee Do-woon."),
        good("Kim was there when Park got home; Lee on the other hand left."),
        # A generic compound at a sentence start beside the name it is part of (review, h17ents).
        good(
            "The Mid-Autumn Festival is near. The Mid-Autumn Festival ends the harvest. "
            "Mid-autumn weather is mild."
        ),
        good(
            "The Self-Defense Forces drilled. The Self-Defense Forces flew. "
            "Self-defense classes were offered."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from name_word_findings(
            self, document, name_part_case(document, code), LayoutSkip(document)
        )


@register
class AcronymInLowerCase(Rule):
    code = "MT351"
    name = "acronym-in-lower-case"
    summary = "An acronym of consonants the text writes in capitals, in lower case ('the cppcc')."
    languages = namewords_languages()
    doc = """
    What it finds: a word of three to six consonants in lower case (also with a possessive, a
    plural "s" or in a hyphenated word) that the same text writes as an acronym in capitals
    ("CPPCC" … "the county cppcc"; "DPRK" … "dprk's report"), unless the lower-case word is a
    common word of the language ("aid" beside "AID"), a word of some frequency in any case
    (wordfreq Zipf 3 or more: "chunk" beside a constant "CHUNK"; "nato" is MT303's, from the
    gazetteer), or the text writes it in lower case more often than in capitals.
    Why it matters: MT and case-folding pipelines lower-case acronyms they do not know; MT303
    judges capitalised names, not acronyms.
    Fix safety: unsafe; the fix writes the acronym as the text does elsewhere.
    Known false positives: a technical name of consonants written in lower case on purpose
    ("svg" beside "SVG"); words in URLs, handles, file names and domains are skipped. An
    acronym with vowels is not judged: technical prose writes "json", "ascii", "iana", "utf-8"
    beside "JSON", "ASCII" (measured on the package READMEs: 6 false alarms of 6).
    """
    examples = (
        Example(
            "The CPPCC met on Monday. Members of the county cppcc attended.",
            "The CPPCC met on Monday. Members of the county CPPCC attended.",
        ),
        good("The AID office gave aid; see www.kcna.kp and the KCNA report."),
        good("The JSON output is plain json; ASCII text stays ascii() in Python."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from name_word_findings(
            self, document, lower_acronyms(document, code), LayoutSkip(document)
        )
