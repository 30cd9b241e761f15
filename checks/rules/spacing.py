"""Spacing: glued words, missing and doubled spaces.

Every rule here scans the whole text with one regex that rarely matches (or looks up the text's
*unique* tokens once), so a clean megabyte costs milliseconds; per-match work may be slower.
Most first ask the distinct chunks which marks can match at all, and scan only for those.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from itertools import repeat
from operator import sub
from typing import ClassVar

from mtlint.checks import glue, glue_evidence, glue_lower, glue_tables
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.markglue import after_word, opener_glued
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    BARE_ENTITY_NAMES,
    base_language,
    chunk_around,
    chunk_edge,
    chunk_tables,
    chunk_text,
    find_words,
    language_data,
    looks_technical,
    scan_starts,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import frequency_dict, zipf


def _insert(offset: int, text: str, applicability: Applicability, title: str = "") -> Fix:
    return Fix((Edit(offset, offset, text),), applicability, title)


@register
class GluedWord(Rule):
    code = "MT101"
    name = "glued-word"
    summary = "A word or name fused with the next word (link text glued on: 'Putinwho')."
    doc = """
    What it finds: a token that is not a word (unknown or very rare in the language's word
    frequencies) but splits into a known word or name plus a common function word: "Putinwho",
    "Netanyahuon", "Earthand", "onthe", "Chongqingto"; or an unknown capitalised token that
    splits into a known name or capitalised word plus a common word ("Galileoaimed",
    "Fisichellalost", "Octoberdue"; a three-letter first part only after another capitalised
    word: "Cold Warbegan"). The finding is surest when the first part also stands alone
    elsewhere in the same document ("Dendias … Dendiasin"). The words around the token count
    too: a preposition, article or conjunction glued on is never taken before a comma, a full
    stop or a possessive, a preposition or article never before "said" or "was" ("Forkin said"
    is a name), and before "the" or "his" a less known first part will do ("Rajivin the past").
    In English, also an unknown lower-case word that is a function word, an auxiliary or
    "not", "very", "quite" glued to a word ("ofdeveloping", "thetwo",
    "notidentified", "quitesure"; leading_glue_words) or two long words
    ("strategicpartnership"; also in the languages that write no solid compounds, content_glue:
    "elezioniregionali", "situaçãoeconômica"; never after a word-forming prefix, word_prefixes:
    "pseudo", "contra", "franco", nor after a compound's linking vowel, compound_linking_vowels:
    Polish "polsko-", Russian "научно-"), a preposition glued to an article, pronoun or time
    word even where wordfreq learnt the pair from the web ("ofthe", "inthe"; Spanish "delmes",
    "conlos"; only below zipf 3.5, far below the contractions that are words), a name particle
    glued to a given name before the rest of the name ("Ursulavon der Leyen"), and two very
    common words of any length (short_content_glue_zipf 4.3, a three-letter part 5.1:
    "pointsout", "sixyears", "partycommittee"; never a known word inflected, "breakrooms",
    "mouthpart", nor one slip from a frequent word, "consentrated": MT980's); in French,
    Spanish, Italian, Portuguese and Romanian too, an article or preposition glued to the word
    after it ("leministre", "elministro", "ladelegazione", "damesma", "înorașul";
    leading_glue_words, never "de"/"des" before a word its accented "dé"/"dés" makes:
    "desactive", nor a two-letter one before a verb whose stem takes another of the language's
    verb_form_endings as a known word: "ostentaram" is "ostentar"'s, not "os" + "tentaram")
    and, at a sentence start, a pronoun, plural article or demonstrative glued to
    a common word ("Lesdeux", "Nousavons", "Gliaccordi"; capital_glue_words, words that seldom
    begin a surname). Every language
    with a glue-word table (resources/lang, resources/typography) and wordfreq data is served;
    in a compounding language (German, Dutch, Swedish; Turkish for its closed compounds) only a
    function word glued to a name-like first part is taken, never a compound of two words: a
    first part made of known words counts as known ("Investitionszäuneum", "Aidenbachstraßeist";
    words are looked up case-folded, as wordfreq stores them), a token that ends in a longer known
    word is a compound ("Hintergrund", "Kristiansund"), and an inflection that takes in the glue
    word ends the word (German "-erin", Turkish "-de", "-lerin"). Per-language tables add: glue
    words that seldom end a name (counted on some 29,000 names), taken after a first part
    wordfreq does not know ("Eighmeyund", "Zmappfue", "Steenhuissaid"); common verbs glued after
    a name ("Mollcree", "Hydarpashavenne"); an auxiliary glued on before a past participle
    ("Dairyha annunciato"); a demonstrative or preposition before a determiner or time word
    ("Charméesta semana"); a word glued after a Turkish case ending ("Ankara’dabir"); an
    English title's "for" before a capitalised word in another language ("Voicesfor Africa");
    a first part that ends like a surname (name_final_endings: "-ov", "-enko", "-yan", "-escu",
    Turkish closed compounds in "-sı") with a glue word or common word run on ("Kubrakovand",
    "Tokayevreceived", "Bankasıyaptığı"); in a compounding language, a finite verb
    (glue_verb_endings) glued to a known first part, since a compound ends in a noun
    ("Jongepresenteerden"), or a common word glued to a multi-word name's last word on the
    same line ("Charles Michelbesökte"); after a given name, a three-letter common word glued
    to a surname wordfreq knows ("Klaus Iohannisare") or a long, often inflected word glued to
    a well-known name ("Recep Tayyip Erdoğanbaşkanlığında"); a glue word of three letters or
    more glued to a multi-word name's last word that wordfreq has seen, right after the name's
    word or particle ("von der Leyenand"; not where a longer word ends the token: "Garland");
    in French and Italian, any of these after an elided article or preposition ("l’Estqui";
    elisions); a common word after an unknown name is not taken where two capitalised words
    follow ("Sheikh Shakhbout Bin Nahyan"); an unknown name standing alone elsewhere before a
    common word ("Kuleba … Kulebastated"); and, in English, "a" between a multi-word name and
    a lower-case word ("Felix Sanchez Stadiuma neutral court").
    Why it matters: MT and web extraction drop the space after link text; spell checkers skip
    capitalised tokens, so these survive into print.
    Fix safety: a space is inserted. Safe when the markup shows a link ending at the cut, or
    when the first part appears on its own in the document and the second part is a whole
    function word of three letters or more; otherwise unsafe. Before "who"/"which" a comma
    variant is offered as an alternative.
    Known false positives: rare names and compounds that happen to split into a known word and
    a common word, and occur only once: "Markis" ("Mark is"), a two-word surname
    ("Biddlecome"), a compound ("Coronacrisis"). The shorter or rarer the first part, the more
    the rule asks of it; the endings names are made of ("-son", "-ton", "-land", "-ville", "-an"
    …, a language table) are never taken as the glued word without evidence, unless the first
    part is a known place or nationality ("Israeland"); a name spelled the same way more than
    once is taken as genuine; outside English, a capitalised token English knows is a name
    written the international way ("Kazakhstan" in Romanian); a rare verb form that starts
    with a two-letter glue word when no other form of the verb is well known (a rare prefixed
    verb: "de" + "pondría" is taken where "deponer" is not known); a Polish or Russian compound
    adjective written solid whose first part does not end in the linking vowel; a verb-stem
    compound whose head is no glue_compound_heads entry ("porta-", "tire-", "mille-" are) and
    a verb with clitics not in glue_inflections ("spiegando|glielo" is). URLs,
    e-mails, handles, hashtags, file names and camel-case brands are never flagged.
    """
    examples = (
        Example(
            "The Russian president Vladimir Putinwho arrived on Sunday met Putin's allies.",
            "The Russian president Vladimir Putin who arrived on Sunday met Putin's allies.",
        ),
        Example("We stand on Earthand look at the sky.", "We stand on Earth and look at the sky."),
        Example(
            "Minister Dendias said so. Later Dendiasin Athens denied it.",
            "Minister Dendias said so. Later Dendias in Athens denied it.",
        ),
        Example("He looked onthe roof.", "He looked on the roof."),
        Example("Most ofthe cases were closed.", "Most of the cases were closed."),
        good("Go into the room and onto the stage within the hour; another day."),
        Example(
            "Heavy rain caused rivers in Chongqingto swell.",
            "Heavy rain caused rivers in Chongqing to swell.",
        ),
        Example(
            "Cases are registered against Rajivin the past.",
            "Cases are registered against Rajiv in the past.",
        ),
        Example(
            "Ever since Galileoaimed his telescope at the sky, we have looked up.",
            "Ever since Galileo aimed his telescope at the sky, we have looked up.",
        ),
        Example(
            "Hu Jintaocalled on developing countries to act.",
            "Hu Jintao called on developing countries to act.",
        ),
        Example("Two years later the Cold Warbegan.", "Two years later the Cold War began."),
        Example(
            "Presiding judge Maarten Oosterhuissaid that the city had told the court.",
            "Presiding judge Maarten Oosterhuis said that the city had told the court.",
        ),
        good("They moved into the house within a week; nevertheless, Robin stayed."),
        Example("He pointsout six years.", "He points out six years."),
        good("Staff breakrooms, a long mouthpart; the land is consentrated on the coast."),
        good("Visit www.putinwho.com or mail putinwho@example.org, #Earthand, @Samiand."),
        good("The Harutyunyan family and the Harutyunyan company are separate."),
        good("The Samiand file Samiand.txt is here; Samiand again."),
        good(
            "Washington, Hamilton, Princeton, Livingston and Wellington; Kingsbury and Eastwood; "
            "Americans, a Londoner, Putinism and the Internet."
        ),
        good("Postin said so; Hearon, the builder, left; Richesin's van stayed."),
        good("The Long family came from Longling, like Evanson and the Whitecaps."),
        good("It was held at the Sportcamp of Kunfehértó in Bangladesh, which Bangladeshis visit."),
        Example(
            "Deputy Minister Pavel Drobotovand his team left.",
            "Deputy Minister Pavel Drobotov and his team left.",
        ),
        good("Tchaikovsky and Romanovsky played in Kievan Rus; Chekhovian prose; Kuznetsova."),
        good("Os atletas ostentaram as medalhas no desfile.", "pt"),
        good("Nunca depondría las armas; el acuerdo francoalemán se firmó.", "es"),
        good("La forza dirompere non basta; l'asse francotedesco regge.", "it"),
        good("Drużyna polskoniemiecka wygrała.", "pl"),
        good("Chiudi la porta: il portabiglietti è lì, e spiegandoglielo capì.", "it"),
        good("Il a gagné mille euros, un millepattes; tire sur le tirebouchon.", "fr"),
        good("Porta el paquete y el portacelular de cuero.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        tables = glue_tables.glue_tables(data)
        language = base_language(document)
        if not tables.glue or not frequency_dict(language):
            return
        chunks = unique_chunks(document)
        candidates = self._candidates(chunks, tables, language)
        if not candidates:
            return
        words = glue_evidence.standing_alone(chunks)
        boundaries = frozenset(document.boundaries)
        scored = self._scored(candidates, words, tables, bool(boundaries))
        # One scan of the text for all candidates (not one per candidate: a large text has
        # hundreds of them).
        located = find_words(document.text, [row[0] for row in scored])
        for row in scored:
            yield from self._occurrences(document, row, located.get(row[0], []), tables, data)

    @staticmethod
    def _candidates(
        chunks: frozenset[str], tables: glue.GlueTables, language: str
    ) -> set[tuple[glue.Split, glue.Split]]:
        """The (split, evidence split) of every glued-word candidate among the chunks. Distinct
        chunks, not tokens: a megabyte has a few thousand of them; each is analysed once per
        process (see chunk_tables), and only the rare words among them in Python."""
        fresh, (split_of,), seen = chunk_tables(("glued", language, tables), chunks, 1)
        if fresh:
            for chunk in glue_lower.rare_chunks(fresh, tables, language):
                split = glue.analyse(chunk, tables, language)
                if split:
                    split_of[chunk] = split
            seen.update(fresh)
        # Read at C speed.
        return set(map(split_of.__getitem__, filter(split_of.__contains__, chunks)))

    @staticmethod
    def _scored(
        candidates: set[tuple[glue.Split, glue.Split]],
        words: frozenset[str],
        tables: glue.GlueTables,
        has_boundaries: bool,
    ) -> list[tuple]:
        """(token, prefix, suffix, suffix zipf, evidence, confidence, confidence before a
        determiner) of each split worth locating in the text."""
        scored = []
        for token, prefix, suffix, prefix_zipf, suffix_zipf in glue_evidence.choose_splits(
            candidates, words
        ):
            evidence = glue_evidence.stands_alone(prefix, words)
            split = (token, prefix, suffix, prefix_zipf, suffix_zipf)
            confidence = glue.split_confidence(split, evidence, tables)
            # What a determiner next would make of it ("Rajivin the past").
            hopeful = confidence or glue.split_confidence(split, evidence, tables, True)
            if hopeful <= 0 and not has_boundaries:
                continue
            scored.append((token, prefix, suffix, suffix_zipf, evidence, confidence, hopeful))
        return scored

    def _occurrences(
        self,
        document: Document,
        row: tuple,
        spans: list[tuple[int, int]],
        tables: glue.GlueTables,
        data: LanguageData,
    ) -> Iterator[Finding]:
        token, prefix, suffix, suffix_zipf, evidence, confidence, hopeful = row
        # A name spelled the same way twice is probably genuine, unless its first part also
        # stands alone (then the glue happened twice).
        # So is a lower-case word glued to a glue word after it; one with a function word
        # glued in front ("thetwo") may recur, as the text repeats its phrases.
        if not evidence and len(spans) > 1 and not (token.islower() and suffix_zipf):
            return
        text = document.text
        boundaries = document.boundaries
        language = base_language(document)
        safe = evidence and not suffix_zipf and len(suffix) >= 3 and zipf(token, language) == 0.0
        for start, end in spans:
            if looks_technical(text, start, end):
                continue
            cut = start + len(prefix)
            # Markup said a link ended exactly there: the strongest evidence of all.
            at_boundary = cut in boundaries
            found = confidence
            if not at_boundary and not evidence:
                found = glue.in_context(
                    text,
                    (start, end),
                    (prefix, suffix, suffix_zipf),
                    (confidence, hopeful),
                    tables,
                    data.function_words,
                )
            if found <= 0 and not at_boundary:
                continue
            applicability = Applicability.SAFE if safe or at_boundary else Applicability.UNSAFE
            fixes = [_insert(cut, " ", applicability, f"'{token}' → '{prefix} {suffix}'")]
            if suffix.lower() in data.word_set("relative_pronouns"):
                fixes.append(
                    _insert(cut, ", ", Applicability.UNSAFE, f"'{token}' → '{prefix}, {suffix}'")
                )
            if at_boundary:
                reason = "a link ends right there"
            elif evidence:
                reason = f"'{prefix}' appears on its own elsewhere in the text"
            else:
                reason = f"'{token}' is not a known word"
            yield self.finding(
                start,
                end,
                f"'{token}' looks like '{prefix}' glued to '{suffix}' ({reason})",
                fixes=fixes,
                confidence=max(found, 0.9) if at_boundary else found,
            )


@register
class MissingSpaceAfterSentence(Rule):
    code = "MT103"
    name = "missing-space-after-sentence"
    summary = "No space after a full stop, question or exclamation mark ('said.The')."
    doc = """
    What it finds: a lower-case word, sentence punctuation (optionally a closing quote) and a
    capitalised word with no space between: "said.The", "ready?We".
    Why it matters: the sentence break survives but the space is lost, usually where two
    segments or a link were joined; readers and later tools see one long word.
    Fix safety: safe after a full stop; unsafe after "?" or "!", which brands use ("Yahoo!Mail").
    Known false positives: code in prose ("System.Console"), handled by skipping tokens followed
    by "(" or another dot; abbreviations written with capitals (U.S., Ph.D), decimals, domain
    names and file names never match.
    """
    examples = (
        Example("The minister said.The talks went on.", "The minister said. The talks went on."),
        Example("He said “yes.”Then he left.", "He said “yes.” Then he left."),
        Example(
            "Cases rose to 544,822.As for deaths, few.",
            "Cases rose to 544,822. As for deaths, few.",
        ),
        good("The U.S. economy grew 2.5 percent, e.g. in example.com and report.PDF files."),
        good("Call System.Console.WriteLine() or String.Format(x)."),
        Example(
            "Cases rose in Salta 12 and Jujuy 1.Overall, few died.",
            "Cases rose in Salta 12 and Jujuy 1. Overall, few died.",
        ),
        good("1.Introduction\nVersion 3.1.Beta is out; 5.Mio people."),
        Example(
            "The ministry told News.Az.They expressed readiness.",
            "The ministry told News.Az. They expressed readiness.",
        ),
        good("See www.example.In or docs.python.org.The docs say so."),
    )

    # Any script: a capitalised word (checked per match) glued to sentence punctuation.
    _pattern = re.compile(r"([.!?])([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")

    # The pattern for one mark: led by a literal, a scan jumps between the mark's occurrences.
    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile("(" + re.escape(mark) + r")([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")
        for mark in ".!?"
    }

    @classmethod
    def _screen(cls, lines: str, openers: frozenset[str]) -> list[re.Pattern[str]]:
        """The patterns of the marks that can match. A match (mark, quote, letters) holds no
        whitespace, so it lies in one chunk, and the chunk lines hold it too (``chunk_text``).
        The two tests on the letters and on the two characters before the mark look no
        further: outside the chunk they see whitespace, which fails them as "\\n" does."""
        marks = set()
        for match in scan_starts(lines, cls._by_mark.values()):
            word = match.group(3)
            before = lines[max(0, match.start() - 2) : match.start()]
            if _glued_sentence(word, before, openers) or before[-1:].isdigit():
                marks.add(match.group(1))
        return [cls._by_mark[mark] for mark in sorted(marks)]

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        openers = data.sentence_starters | data.function_words
        # A match never holds another mark, so the matches of the marks' own patterns,
        # merged in order, are the matches of ``_pattern``.
        for match in scan_starts(text, self._screen(chunk_text(document), openers)):
            before = text[max(0, match.start() - 2) : match.start()]
            glued = _glued_sentence(match.group(3), before, openers)
            after_number = not glued and _number_ends_sentence(text, match.start(), match.group(3))
            if not (glued or after_number):
                continue
            # A number's dots are no host name ("9.931.De" is not a domain under .de).
            if (
                not after_number
                and looks_technical(text, match.start(), match.end())
                and not _opener_after_name(text, match, openers)
            ):
                continue
            mark = match.group(1)
            insert_at = match.start(3)
            safe = mark == "."
            yield self.finding(
                match.start(1),
                match.end(3),
                f"No space after '{mark}' before '{match.group(3)}'",
                fixes=[
                    _insert(
                        insert_at,
                        " ",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.85 if safe else 0.65,
            )


def _opener_after_name(text: str, match: re.Match[str], openers: frozenset[str]) -> bool:
    """A sentence opener glued after a dotted name that is no address by itself ("told
    News.Az.They expressed"): only the third dotted part made the chunk look like a host name,
    and that part is "They", a word that opens sentences, never a host's label."""
    word = match.group(3)
    if match.group(1) != "." or match.group(2) or word.lower() not in openers:
        return False
    chunk_start, _ = chunk_around(text, match.start(), match.end())
    return not looks_technical(text[chunk_start : match.start()], 0, match.start() - chunk_start)


# A word, then a count: plain digits or digits grouped by threes ("1", "9.931", "12,400"); a
# version ("3.1") has shorter groups.
_NUMBER_IN_PROSE = re.compile(r"[^\W\d_]{2,}[ \t](?:\d+|\d{1,3}(?:[.,]\d{3})+)$")


def _number_ends_sentence(text: str, mark: int, word: str) -> bool:
    """A number that ends a sentence in running text, glued to the next sentence's capitalised
    word ("cases in Tucumán 1.Of all cases"): the number follows a word on the same line, so a
    numbered heading ("1.Introduction") or a version ("v2.Beta") never matches."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
        return False
    if word.lower() in _UNITS_AFTER_NUMBER:
        return False
    line_start = text.rfind("\n", 0, mark) + 1
    return _NUMBER_IN_PROSE.search(text, max(line_start, mark - 60), mark) is not None


# Capitalised abbreviations written after a number and a dot ("5.Mio"): not a sentence.
_UNITS_AFTER_NUMBER = frozenset({"mio", "mrd", "bn", "mn", "jh", "jhd"})


def _glued_sentence(word: str, before: str, openers: frozenset[str]) -> bool:
    """MT103's test of a mark's surroundings: a capitalised word after it, and two lower-case
    letters before it (not "U.S.A", "Ph.D", "2.5" or "..."), or, when the word is one that
    opens sentences ("They", "As"), a lower-case letter or a digit ("News.Az.They",
    "544,822.As for")."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
        return False
    if len(before) == 2 and before.isalpha() and before.islower():
        return True
    return opener_glued(word, before, openers)


@register
class SpaceBeforePunctuation(Rule):
    code = "MT104"
    name = "space-before-punctuation"
    summary = "A space before a comma or full stop, inside brackets, or inside a contraction."
    doc = """
    What it finds: spaces before punctuation that takes none in the language ("word ," and,
    for English, "word ;" "word ?"), spaces just inside brackets ("( FTIR )"), and, where the
    language table lists them, split clitics ("do n't", "it 's") — the marks of tokenised MT.
    Why it matters: tokenised output (detokenisation skipped) reads as sloppy and breaks
    search and line wrapping.
    Fix safety: safe; the spaces are removed.
    Known false positives: French-style spacing before ; : ! ? is allowed wherever the language
    table does not list those marks; an ellipsis after a space (" ...") is left alone.
    """
    examples = (
        Example("The talks , he said , went on .", "The talks, he said, went on."),
        Example("A test by spectroscopy ( FTIR ) worked.", "A test by spectroscopy (FTIR) worked."),
        Example("I do n't know .", "I don't know."),
        Example("They finished the plan .It was late.", "They finished the plan. It was late."),
        good("It runs on .Net and .NET; see .Item files."),
        good("Subió un 8 % en un año; ¿por qué?", language="es"),
        good("He paused ... then spoke: yes, 50 % of it (roughly)."),
        good("Il a dit : « oui » ?", language="fr"),
        Example("Il a vu l' homme qu' il aime.", "Il a vu l'homme qu'il aime.", "fr"),
        good("Ne serait-ce qu'« une seule », l'homme d'État ; les élèves' notes.", language="fr"),
    )

    # Two simple scans beat one alternation (which the engine tries at every position).
    _open_bracket = re.compile(r"[(\[] +(?=\w)")
    _close_bracket = re.compile(r" [)\]]")

    # Each scan below is screened on the distinct chunks first (``chunk_text``): every
    # match has a chunk start or end right at its mark, so a mark no chunk starts (or ends)
    # with cannot match, and the text is scanned only for the marks that can, each with a
    # pattern led by the mark itself (rarer than the space before it). The original checks
    # then run on every match, in the original order.

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        lines = chunk_text(document)
        marks = str(table(data, "no_space_before") or ",.")
        openers = data.sentence_starters | data.function_words
        if any(mark.isspace() for mark in marks):  # never in the tables; scan as before
            spaces = (m.start() for m in _space_before_pattern(marks).finditer(text))
        else:
            # " ," with the mark then followed by whitespace, a closing quote or the end: a
            # chunk that is the mark alone, or the mark and a closing quote.
            chunks = unique_chunks(document)
            # " .It": the mark then the next sentence, glued (a chunk like ".It").
            glued = {m.group(1) for m in _SENTENCE_GLUED.finditer(lines) if m.group(1) in marks}
            present = [
                mark
                for mark in dict.fromkeys(marks)
                if mark in chunks or mark in glued or _chunk_start_then_quote(mark).search(lines)
            ]
            spaces = (m.start() - 1 for m in scan_starts(text, map(_after_space, present)))
        for space_at in spaces:
            mark_at = space_at + 1
            mark = text[mark_at]
            after = text[mark_at + 1 : mark_at + 2]
            # Then a space, a closing quote or the end: not " :)", " .5", " ..." or " .com";
            # or the next sentence glued on after a word ("the plan .It was").
            if after and not (after.isspace() or after in '"”’'):
                if mark in ".!?" and _SENTENCE_GLUED.match(text, space_at):
                    yield from self._sentence_glued(text, space_at, openers)
                continue
            space_start = space_at
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            # After a word, a number or a closing bracket/quote ("1995 ) ." "dear " ,").
            before = text[space_start - 1 : space_start]
            if not before or not (before.isalnum() or before in ')]”’"%'):
                continue
            yield self._finding(space_start, mark_at + 1, f"'{mark}'", space_start, mark_at)
        # "( FTIR": a chunk that ends with the bracket.
        opening = [_OPEN_BRACKET[b] for b in "([" if chunk_edge(lines, b, start=False)]
        for match in scan_starts(text, opening):  # spaces after the bracket
            start, end = match.span()
            yield self._finding(start, end, "inside brackets", start + 1, end)
        # "FTIR )": a chunk that starts with the bracket.
        closing = [_after_space(b) for b in ")]" if chunk_edge(lines, b, start=True)]
        for match in scan_starts(text, closing):
            start, end = match.start() - 1, match.end()
            space_start = start
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            if space_start > 0 and re.match(r"[\w.!?]", text[space_start - 1]):
                yield self._finding(space_start, end, "inside brackets", space_start, end - 1)
        yield from self._elisions(document, word_set(data, "elisions"))
        clitics = word_set(data, "clitics")
        if clitics:
            pattern = _clitic_pattern(clitics)
            for space_at in _clitic_spaces(text, lines, clitics):
                match = pattern.match(text, space_at)
                if match and _after_letter(text, match.start()):
                    yield self._finding(
                        match.start(),
                        match.end(),
                        "in a contraction",
                        match.start(),
                        match.start(1),
                    )

    def _elisions(self, document: Document, elisions: frozenset[str]) -> Iterator[Finding]:
        """ "l' homme": an elided article or pronoun (a table) that attaches to the next word,
        with a space after its apostrophe."""
        chunks = unique_chunks(document)
        present = [e for e in elisions if e in chunks or e.capitalize() in chunks]
        if not present:
            return
        text = document.text
        for match in _ELIDED.finditer(text):  # led by the apostrophe, a rare character
            at = match.start()
            word = _ELIDED_WORD.search(text, max(0, at - 8), at)
            if not word or (word.group() + text[at]).lower() not in present:
                continue
            if word.start() and text[word.start() - 1].isalnum():
                continue
            yield self._finding(word.start(), at + 2, "after an elision", at + 1, at + 2)

    def _sentence_glued(
        self, text: str, space_at: int, openers: frozenset[str]
    ) -> Iterator[Finding]:
        """ " .It": the space belongs after the mark, when a lower-case word comes before and a
        capitalised word that opens sentences after (not ".Net")."""
        word = _WORD.match(text, space_at + 2)
        if not (
            text[space_at - 1 : space_at].islower()
            and word
            and word.group().istitle()
            and word.group().lower() in openers
        ):
            return
        mark_at = space_at + 1
        yield self.finding(
            space_at,
            mark_at + 2,
            f"Space before '{text[mark_at]}' instead of after it",
            fixes=[
                Fix(
                    (Edit(space_at, mark_at, ""), Edit(mark_at + 1, mark_at + 1, " ")),
                    Applicability.SAFE,
                    "move the space after the mark",
                )
            ],
            confidence=0.8,
        )

    def _finding(
        self, start: int, end: int, what: str, space_start: int, space_end: int
    ) -> Finding:
        message = f"Space before {what}" if what.startswith("'") else f"Stray space {what}"
        return self.finding(
            start,
            end,
            message,
            fixes=[
                Fix((Edit(space_start, space_end, ""),), Applicability.SAFE, "remove the space")
            ],
            confidence=0.85,
        )


# A chunk that starts with sentence punctuation and then a capitalised word (".It").
_SENTENCE_GLUED = re.compile(r"\s([.!?])(?=[^\W\d_][^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
# An elided word, its apostrophe, one space and a letter ("l' homme").
_ELIDED = re.compile(r"['’](?= [^\W\d_]| [“«\"‘„])")  # (or a quotation: "d' “abord”")
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,7}$")

# An entity that lost its "&" right after a mark ("war,rdquo;").
_BARE_ENTITY_AFTER = re.compile(BARE_ENTITY_NAMES + ";")
# An HTML entity ("&nbsp", "&#160", "&#x2f") right before a ";".
_ENTITY_BEFORE = re.compile(
    r"(?:&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})"
    # an entity that lost its "&" ("said.quot;There"): MT602's finding too
    r"|(?<![\w&#])" + BARE_ENTITY_NAMES + ")$"
)


def _after_letter(text: str, offset: int) -> bool:
    return offset > 0 and text[offset - 1].isalpha()


_PATTERN_CACHE: dict[object, re.Pattern[str]] = {}


def _space_before_pattern(marks: str) -> re.Pattern[str]:
    pattern = _PATTERN_CACHE.get(marks)
    if pattern is None:
        pattern = re.compile(" [" + re.escape(marks) + "]")
        _PATTERN_CACHE[marks] = pattern
    return pattern


# "(" or "[", spaces, then a word: ``SpaceBeforePunctuation._open_bracket`` for one bracket.
_OPEN_BRACKET = {b: re.compile(re.escape(b) + r" +(?=\w)") for b in "(["}


def _chunk_start_then_quote(mark: str) -> re.Pattern[str]:
    """A pattern that finds, in the chunk lines, a chunk that starts with ``mark`` and a
    closing quote; led by the mark, not by the line break before every chunk."""
    key = ("chunk start then quote", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        escaped = re.escape(mark)
        pattern = re.compile(escaped + "(?<=\n" + escaped + ')["”’]')
        _PATTERN_CACHE[key] = pattern
    return pattern


def _after_space(mark: str) -> re.Pattern[str]:
    """A pattern for " " + ``mark`` that is led by the mark: its match is the mark alone."""
    key = ("after space", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        pattern = re.compile(re.escape(mark) + "(?<= " + re.escape(mark) + ")")
        _PATTERN_CACHE[key] = pattern
    return pattern


def _clitic_spaces(text: str, lines: str, clitics: frozenset[str]) -> Iterator[int]:
    """Every offset where ``_clitic_pattern(clitics)`` can match (and some where it cannot),
    in order, once each.

    The pattern is a space, a clitic and no word character or apostrophe after it: the clitic
    starts a chunk, and the test after it sees the chunk's next character or, at the chunk's
    end, whitespace (or the end of the chunk lines). So the pattern led by "\\n" finds in the
    chunk lines the clitics that can match in the text, and only the spaces before them need
    looking at: found by a scan led by the clitic's apostrophe (rare), not the space.
    """
    if not all(clitic and not re.search(r"\s", clitic) for clitic in clitics):
        # Never in the tables: a clitic that is empty or holds a space is scanned as before.
        yield from (match.start() for match in _clitic_pattern(clitics).finditer(text))
        return
    key = ("clitics at a chunk start", clitics)
    screen = _PATTERN_CACHE.get(key)
    if screen is None:
        screen = re.compile(rf"\n({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = screen
    scans = []
    for clitic in sorted({match.group(1) for match in screen.finditer(lines)}):
        pattern = _PATTERN_CACHE.get(("space and clitic", clitic))
        if pattern is None:
            lead = min((clitic.find(q) for q in "'’" if q in clitic), default=0)
            pattern = re.compile(re.escape(clitic[lead:]) + "(?<= " + re.escape(clitic) + ")")
            _PATTERN_CACHE[("space and clitic", clitic)] = pattern
        # The space before each: its match ends the clitic.
        scans.append(map(sub, map(re.Match.end, pattern.finditer(text)), repeat(len(clitic) + 1)))
    previous = -1
    # One clitic may start another ("n'" and "n't"): the same space once.
    for space_at in heapq.merge(*scans):
        if space_at != previous:
            yield space_at
            previous = space_at


def _clitic_pattern(clitics: frozenset[str]) -> re.Pattern[str]:
    key = ("clitics", clitics)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        # Prefix-factored, after exactly one space: the engine rejects most spaces at once.
        pattern = re.compile(rf" ({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = pattern
    return pattern


@register
class MissingSpaceAfterComma(Rule):
    code = "MT105"
    name = "missing-space-after-comma"
    summary = "No space after a comma or semicolon between two words ('Moscow,Tashkent')."
    doc = """
    What it finds: a comma or semicolon with a letter on both sides: "Moscow,Tashkent".
    Why it matters: joined segments and list items lose their spaces in MT and extraction.
    Fix safety: safe when both sides are words of two letters or more; unsafe for single letters
    (which may be variables: "x,y").
    Known false positives: numbers (1,000 and 3,5) never match; URLs, file names and code-like
    chunks (with "=", "/" or "@") are skipped, and so is the ";" that ends an HTML entity
    ("vendors&nbsp;today": MT602 reports the entity). Words spelt with a comma inside, listed
    in the language's typography table (``words_with_comma``: Greek "ό,τι"), are left alone.
    """
    examples = (
        Example("He visited Moscow,Tashkent and Minsk.", "He visited Moscow, Tashkent and Minsk."),
        good("Είπε ό,τι ήξερε για την πόλη.", "el"),
        Example("Paris;Berlin and vendors&nbsp;today", "Paris; Berlin and vendors&nbsp;today"),
        good("It cost 1,000 dollars, or 3,5 euros; see http://a.org/x?a,b and f(x)=a,b."),
        good("The vendors&nbsp;today, caf&eacute;s&#160;open and &#x2F;x&#x2f;then."),
    )

    _pattern = re.compile(r"[,;](?=[^\W\d_])")

    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile(re.escape(mark) + r"(?=[^\W\d_])") for mark in ",;"
    }

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        # Screen: a match and the letter before it lie in one chunk (``chunk_text``); scan
        # the text only for the marks that have both there, each with its own literal-led
        # pattern (one character each, so the merged matches are ``_pattern``'s).
        lines = chunk_text(document)
        found = scan_starts(lines, self._by_mark.values())
        marks = {m.group() for m in found if after_word(lines, m.start())}
        for match in scan_starts(text, [self._by_mark[mark] for mark in sorted(marks)]):
            start = match.start()
            if not after_word(text, start) or looks_technical(text, start, match.end()):
                continue
            # "&nbsp;today": the ";" closes an HTML entity (MT602's finding), not a clause.
            if match.group() == ";" and _ENTITY_BEFORE.search(text, max(0, start - 40), start):
                continue
            # "war,rdquo;": an entity that lost its "&" follows (MT602's), not the next word.
            if _BARE_ENTITY_AFTER.match(text, match.end()):
                continue
            previous = text[max(0, start - 20) : start].split()
            if "=" in text[max(0, start - 20) : start + 20] or (previous and "(" in previous[-1]):
                continue
            before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
            after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 40])
            if before and after and _spelt_with_comma(before.group(), match, after.group(), data):
                continue
            wordy = before and after and len(before.group()) > 1 and len(after.group()) > 1
            yield self.finding(
                start,
                match.end(),
                f"No space after '{match.group()}'",
                fixes=[
                    _insert(
                        match.end(),
                        " ",
                        Applicability.SAFE if wordy else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.8 if wordy else 0.55,
            )


def _spelt_with_comma(before: str, match: re.Match[str], after: str, data: LanguageData) -> bool:
    """Greek "ό,τι" ("whatever") is one word written with a comma."""
    words = word_set(data, "words_with_comma")
    return bool(words) and f"{before}{match.group()}{after}".lower() in words
