"""Casing: content words and articles capitalised in the middle of a sentence (MT305)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingcommon import (
    derived_from_a_word,
    minority_capitals,
    small_words_to_capital,
    verbs_after_names,
)
from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data, casing_languages
from mtlint.checks.casingextra import article_before_institution, reports_quotation
from mtlint.checks.casinghalves import article_before_head
from mtlint.checks.casingscan import (
    LayoutSkip,
    capitalised,
    mark_capital_matches,
    mid_capital_matches,
    next_word,
    previous_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.lowernames import first_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    led_matches,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.wordlists import zipf


@lru_cache(maxsize=32)
def _after_mark_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """ ", The" / "; Which" …: the language's articles and clause openers, capitalised, after a
    comma or a semicolon. One pattern per mark: a pattern that starts with a literal is searched
    for at C speed, one that starts with a class is tried at every character."""
    table = casing_data(code)
    words = (table.determiners | table.clause_openers) - table.capitalised_ok
    forms = sorted({table.capitalise(w) for w in words if len(w) > 1}, key=len, reverse=True)
    if not forms:
        return ()
    # Sentence openers after a comma only ("said, In addition"; a semicolon may open one).
    openers = sorted(
        {table.capitalise(w) for w in table.comma_openers - words if len(w) > 1},
        key=len,
        reverse=True,
    )
    # After a semicolon any sentence opener (a clause goes on: "; we have reached", "; on the
    # one hand"): MT keeps the capital of the source's sentence it joined. Also what opens a
    # clause after a comma, a function word and a count ("; From the equipment", ";Two is in
    # the village": h19caps; the semicolon glued to the word is read too).
    after_semicolon = sorted(
        {
            table.capitalise(w)
            for w in table.sentence_starters
            | table.comma_openers
            | table.function_words
            | table.semicolon_openers
            if len(w) > 1
        }
        - {table.capitalise(w) for w in words | table.capitalised_ok | table.polite_pronouns}
        - {"I"},
        key=len,
        reverse=True,
    )
    semicolon = forms + after_semicolon
    return (
        _mark_pattern(",", forms + openers),
        _mark_pattern(";", semicolon),
        _mark_pattern(";", semicolon, space=""),
    )


def _mark_pattern(mark: str, forms: list[str], space: str = " ") -> re.Pattern[str]:
    """The words after "mark " (or the mark glued to them: ``space=""``), behind a lookahead
    for their first letters: most marks are followed by a lower-case word, which then fails at
    once, not against every word (the matches are the same; 2-3x faster on the benchmark's
    text)."""
    firsts = re.escape("".join(sorted({form[0] for form in forms})))
    # After a semicolon a comma may follow the word ("; However, the"): a clause opener too.
    after = "[ ,]" if mark == ";" else " "
    body = "|".join(map(re.escape, forms))
    return re.compile(f"{mark}{space}(?=[{firsts}])({body})(?={after})")


@lru_cache(maxsize=32)
def _adverb_pattern(code: str) -> re.Pattern[str] | None:
    """ ", Seriously": a capitalised word with an adverb's ending after a comma."""
    endings = casing_data(code).adverb_suffixes
    if not endings:
        return None
    alternatives = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
    return re.compile(f", (?=[{UPPER_CLASS}])([^\\W\\d_]{{2,}}(?:{alternatives}))(?= )")


_TRAILING = re.compile(r"[\"'“”‘’()\[\],.;:!?…]+$")


@lru_cache(maxsize=32)
def _suffix_pattern(code: str) -> re.Pattern[str] | None:
    """A capitalised word with one of the language's derived or content endings, after a
    space, before a space or , ; : . ("was Officially opened")."""
    table = casing_data(code)
    endings = table.derived_suffixes + table.content_suffixes
    if not endings:
        return None
    alternatives = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
    return re.compile(f" (?=[{UPPER_CLASS}])([^\\W\\d_][^\\W\\d_]+(?:{alternatives}))(?=[ ,;:.])")


@lru_cache(maxsize=32)
def _suffix_chunk_pattern(code: str) -> re.Pattern[str] | None:
    """``_suffix_pattern``'s word at a chunk's start in ``chunk_text`` (a line break before,
    one of , ; : . or the chunk's end after)."""
    pattern = _suffix_pattern(code)
    if pattern is None:
        return None
    return re.compile("\\n" + pattern.pattern[1:].removesuffix("(?=[ ,;:.])") + "(?=[,;:.\\n])")


# From this many characters on, the derived-ending words are read from the distinct chunks and
# matched as a trie (``_suffix_words``); a smaller text is scanned with the pattern itself (a
# trie compiled per document costs more there than the tries it saves).
_WORDS_FROM = 1 << 16


def _suffix_words(document: Document, code: str) -> re.Pattern[str] | None:
    """``_suffix_pattern`` for the words of this document only: its word is a whole run of
    letters (no letter can follow it), after a space, so it opens one of the distinct
    chunks; those are read once (thousands, not the ~200,000 capitals after a word of 50 MB,
    where the pattern was tried letter by letter) and the pattern becomes a trie of them,
    whose start strings the shared capital positions are screened by (``mid_capital_matches``).
    The same matches; None when no chunk holds such a word."""
    chunk_pattern = _suffix_chunk_pattern(code)
    if chunk_pattern is None:
        return None
    words = set(chunk_pattern.findall(chunk_text(document)))
    if not words:
        return None
    return re.compile(f" ({trie_pattern(words)})(?=[ ,;:.])")


@register
class ContentWordCapital(Rule):
    code = "MT305"
    name = "content-word-capital"
    summary = "A content word or article capitalised mid-sentence ('was Officially opened')."
    languages = frozenset({"en"}) | casing_languages()
    doc = """
    What it finds: a common word capitalised mid-sentence (after an article, a preposition or
    a word no sentence ends with, or after a comma or a semicolon) that the text writes in
    lower case at least twice as often, in every cased language but German ("the fees rose,
    Fees charged on", "i Costi sono saliti"; not next to a capital anywhere, not the tables'
    titles and institutions: "M. le Président"; also as a sentence's last word right after an
    article or a determiner, "has come from the Light.", unless it is an institution's head:
    "the Senate of our University."); a verb that follows names (the language's
    name_followers less its function words and forms in -s) capitalised after a capital and
    before a word that cannot follow a name (resources/casing/followers/en.json: "Maria
    Lopez Said that", not "Edward Said argued", "Port Said yesterday"); an adverb,
    participle or adjective capitalised between two lower-case words ("patients Infected
    with", "was Officially opened", "political and Religious scholars"),
    recognised by an ending of the language table whose stem is itself a common word
    ("officially" ← "official"), after a lower-case word or an acronym ("28 PCR Positive
    tests"), and the capitals of a headline carried on after it, after an auxiliary verb
    (auxiliaries: "was Officially Opened To the Public on": up to six frequent words, no
    name or given name among them, small words in lower case only between capitals; doubtful
    tier, 0.45, no real example measured yet);
    an article capitalised after a word no sentence ends with ("several A new rules"); an
    article or clause opener after a comma or semicolon ("the reason is clear, The
    existence", also before a run of capitals that ends in an institution's head: "May 3, The
    Lakeside District Bureau met", resources/casing/institutions/<lang>.json),
    "vorbereiten, Welche westliche Länder"), and any sentence opener after a
    semicolon ("the feast; We have reached"), or a comma opener, a function word or a count
    (the table's semicolon_openers: "processes; From the equipment", "the mountains;Two is in
    the village", "; However, the"), the semicolon glued to the word or not (never the
    semicolon of an HTML entity, "Monday.&nbsp;The", nor the items of a colon-led inline list
    that opens every item with a capital, the first one too: "Package contents: Two
    batteries; One charger"; a list whose first item is in lower case is read). The document
    writing the word in lower case elsewhere raises the confidence. The English openers read
    after a comma without a measured count (comma_openers_doubtful: "please", "do", "now" …)
    are in the doubtful tier (0.4); after a letter's salutation ("Dear Sir, Please find",
    "Hi Anna, Do you", "Maria, The parcel": resources/casing/en.json salutations, or a lone
    given name opening the line) nothing is read. English also reads "what", "every" and
    "each" after a comma ("But, What causes it": none in 600,000 clean words, h20case) and an
    adverb capitalised after a comma between lower-case words (the table's adverb_suffixes on
    a word of the language: "gathered together, Seriously studied", 0.55).
    Why it matters: MT keeps the capital of a segment's or link's first word; spell checkers
    accept the word.
    Fix safety: unsafe; the fix lower-cases the word.
    Known false positives: names and titles are skipped when the next word is capitalised,
    when the gazetteer knows them, and when the document writes the word capitalised
    mid-sentence more often than in lower case ("the Government", used consistently);
    headlines and title-case lines are never flagged; names with such endings that are also
    common words can slip through. In French, Italian, Spanish and Portuguese a capital the
    text writes in lower case is taken only after an article or a determiner (the table's
    minority_after), not after a preposition or a conjunction, where it is a first name or a
    surname ("avec Pierre", "di Costa"); a name after an article ("la Rosa del film") or in
    the other languages after a preposition ("z Różą") can still fire, as can "Said" before
    "that"/"the" when the text never writes the name otherwise ("Edward Said in his book"), and the
    English "God" beside "the god of war" (the tables' house_style_words cover Dieu, Dio,
    Dios, Deus).
    """
    examples = (
        Example(
            "The hall was Officially opened on Monday.",
            "The hall was officially opened on Monday.",
        ),
        # A headline's capitals carried into the sentence after a derived word (h19caps).
        Example(
            "After two years of work the bridge over the river was Officially Opened To the "
            "Public on Monday, and traffic began to flow again.",
            "After two years of work the bridge over the river was officially opened to the "
            "public on Monday, and traffic began to flow again.",
        ),
        good("The Newly Elected President Joe Biden spoke; she starred in the film Newly Wed."),
        Example(
            "Doctors treated the patients Infected with the virus.",
            "Doctors treated the patients infected with the virus.",
        ),
        Example(
            "Painters, poets, political and Religious scholars welcomed him.",
            "Painters, poets, political and religious scholars welcomed him.",
        ),
        Example("He announced several A new rules.", "He announced several a new rules."),
        Example(
            "The staff gathered together, Seriously studied the plan.",
            "The staff gathered together, seriously studied the plan.",
        ),
        Example("Prices rose. But, What causes it?", "Prices rose. But, what causes it?"),
        good("He lived in Rome, Italy for a year and met Smith, Finally, a friend."),
        Example(
            "He added: the reason is clear, The existence of the plan.",
            "He added: the reason is clear, the existence of the plan.",
        ),
        Example(
            "Scandals came one after another; This time the museum closed.",
            "Scandals came one after another; this time the museum closed.",
        ),
        Example(
            "They spoke of the long feast; We have reached the peak.",
            "They spoke of the long feast; we have reached the peak.",
        ),
        # A function word, a count or an opener with its comma after a semicolon (h19caps).
        Example(
            "The checks covered storage; From the boiler room to the roof, all was clean.",
            "The checks covered storage; from the boiler room to the roof, all was clean.",
        ),
        Example(
            "One is to clear the paths;Two is to mend the fences in the village.",
            "One is to clear the paths;two is to mend the fences in the village.",
        ),
        Example(
            "The talks failed; However, the two sides will meet again.",
            "The talks failed; however, the two sides will meet again.",
        ),
        good("Members: Deputy Mayor; Deputy Head of the Office; I think so; Monday at noon."),
        good("Chapters: One Day in May; Two Cities; First Light."),
        # An entity's semicolon; a colon-led list that capitalises every item (h19caps).
        good("The museum reopened on Monday.&nbsp;The new wing holds the collection."),
        good("Package contents: Two batteries; One charger; Three cables and a manual."),
        # A capital right before an institution's head names the body (h27prec).
        good("Student party members and the Party committee of the school met on party work."),
        Example(
            "Er wolle einen Besuch vorbereiten, Welche westliche Länder kritisieren.",
            "Er wolle einen Besuch vorbereiten, welche westliche Länder kritisieren.",
            "de",
        ),
        good("Er las Der Spiegel, Die Zeit und andere Blätter, die er mochte.", "de"),
        good("The actress Kelly said that Ted Stirling was Positive Psychology's founder."),
        good("He visited The Hague and the Royal Navy; vitamin A deficiency is common."),
        good("The Government said on Monday that the Government would act. The government"),
        good("Officially Opened: The New Hall Welcomes Its First Visitors"),
        Example(
            "In the meantime, The Ministry of Sport will be split.",
            "In the meantime, the Ministry of Sport will be split.",
        ),
        good("He lives in Amsterdam, The Hague and Rotterdam."),
        Example(
            "On the morning of May 3, The Lakeside District Civil Affairs Bureau met.",
            "On the morning of May 3, the Lakeside District Civil Affairs Bureau met.",
        ),
        # The text writes the word in lower case at least twice per capital, in any language
        # but German; also after a comma or a semicolon.
        Example(
            "The fees rose in May, Fees charged on Sundays doubled, and the fees stay high.",
            "The fees rose in May, fees charged on Sundays doubled, and the fees stay high.",
        ),
        Example(
            "Il sindaco disse che i Costi sono saliti, e i costi restano alti e i costi crescono.",
            "Il sindaco disse che i costi sono saliti, e i costi restano alti e i costi crescono.",
            "it",
        ),
        good("Il sindaco visitò la Casa di Cura, poi la casa del parroco e una casa antica.", "it"),
        good(
            "Le chef du bloc du Renouveau et de la Concorde parle de renouveau et de concorde.",
            "fr",
        ),
        good("M. le Président a reçu le président du sénat et le président du parti.", "fr"),
        # An elided joiner before a capital goes on into the name ("du Peuple d’Iran").
        good("Le peuple vote; le Front du Peuple d’Iran et le peuple iranien aussi.", "fr"),
        # A first name, a surname or God after a preposition or a conjunction.
        good("Il est venu avec Pierre hier. La pierre est lourde et la pierre du mur tombe.", "fr"),
        good("Ho cenato con Rosa ieri sera. La rosa è rossa e la rosa bianca è rara.", "it"),
        good(
            "Fui al cine con Pilar anoche. El pilar del puente y el pilar central resisten.", "es"
        ),
        good("Il romanzo di Costa esce a marzo. La costa è lunga e la costa ligure è bella.", "it"),
        good(
            "Os fiéis rezavam a Deus à noite. Marte era o deus da guerra e Netuno o deus do mar.",
            "pt",
        ),
        # A verb that follows names, capitalised after one ("Lopez Said that").
        Example(
            "The spokesman Maria Lopez Said that the talks would resume.",
            "The spokesman Maria Lopez said that the talks would resume.",
        ),
        good("The children played Simon Says in the yard; He Said She Said was on TV."),
        # Said is a surname and half of a port's name: only before "that", "the", "he" …
        good("The critic Edward Said argued that the novel was political."),
        good("The ship docked in Port Said yesterday and unloaded grain."),
        good("The striker Mohamed Said scored twice on Sunday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        table = casing_data(data.code)
        if not data.cased:
            return
        skip = LayoutSkip(document)
        names = local_names(data.code, include_ambiguous=True)
        reported: set[int] = set()
        for start, word, confidence in self._candidates(document, table):
            if start in reported or table.lower(word) in names:
                continue
            end = start + 1 + len(word)
            if skip(start + 1, end, headline_at=start):
                continue
            reported.add(start)
            yield self.finding(
                start + 1,
                end,
                (
                    f"'{word}' is written in a headline's capitals in the middle of a sentence"
                    if " " in word
                    else f"'{word}' is capitalised in the middle of a sentence"
                ),
                fixes=[
                    Fix(
                        (Edit(start + 1, end, table.lower(word)),),
                        Applicability.UNSAFE,
                        f"lower-case '{word}'",
                    )
                ],
                confidence=confidence,
            )

    def _candidates(
        self, document: Document, table: CasingData
    ) -> Iterator[tuple[int, str, float]]:
        """(offset of the space before, word, confidence) for each capital worth reporting."""
        text = document.text
        code = table.code
        # Where every noun is capitalised (German), a capital mid-sentence proves nothing.
        pattern = None
        if not table.nouns_capitalised:
            large = len(text) >= _WORDS_FROM
            pattern = _suffix_words(document, code) if large else _suffix_pattern(code)
        if pattern is not None:
            for match in mid_capital_matches(document, pattern):
                word = match.group(1)
                if not text[match.start() - 1].isalpha() or not capitalised(word):
                    continue
                # "the EU High Representative": after a capital the word may be in a title;
                # after an acronym it is not ("28 PCR Positive tests").
                previous = previous_word(text, match.start())
                if not (previous[:1].islower() or (previous.isupper() and len(previous) <= 5)):
                    continue
                following = next_word(text, match.end())
                if following[:1].isupper():
                    # "was Officially Opened To the Public": a headline's capitals carried
                    # into running text (h19caps), never a name or a title's noun before it.
                    # An adverb or a participle only ("Positive Psychology" is a field).
                    # After an auxiliary only: "the United Nations Office", "the Guided
                    # Missile Base" are names. The cheap tests first: most capitals before a
                    # capital are names.
                    adverb = table.lower(word).endswith(table.derived_suffixes)
                    if not (adverb and table.lower(previous) in table.auxiliaries):
                        continue
                    run_end = _headline_run(text, match.end(), table)
                    if run_end is not None and derived_from_a_word(word, table, code):
                        yield match.start(), text[match.start(1) : run_end], _HEADLINE_RUN
                    continue
                if not derived_from_a_word(word, table, code):
                    continue
                # "du Renouveau et de la Concorde": small words lead on into a name.
                if small_words_to_capital(text, match.end(), table):
                    continue
                evidence = table.lower(word) in _lower_words(document)
                yield match.start(), word, 0.7 if evidence else 0.6
        yield from self._articles(document, table)
        if not table.nouns_capitalised:
            yield from self._adverbs_after_comma(document, table)
        followers = language_data(document).word_set("name_followers")
        if followers and not table.nouns_capitalised:
            yield from verbs_after_names(document, table, followers)
        if table.minority_capitals and not table.nouns_capitalised:
            yield from minority_capitals(document, table, _lower_words(document))

    @staticmethod
    def _adverbs_after_comma(
        document: Document, table: CasingData
    ) -> Iterator[tuple[int, str, float]]:
        """ "gathered together, Seriously studied": an adverb (an ending of the table's
        adverb_suffixes on a word of the language) capitalised after a comma that follows a
        lower-case word, before a lower-case word: the clause goes on."""
        pattern = _adverb_pattern(table.code)
        if pattern is None or ", " not in document.text:
            return
        text = document.text
        for match in mark_capital_matches(document, ",", pattern):
            word = match.group(1)
            if (
                capitalised(word)
                and previous_word(text, match.start())[:1].islower()
                and next_word(text, match.end())[:1].islower()
                and derived_from_a_word(word, table, table.code)
            ):
                yield match.start() + 1, word, _ADVERB_AFTER_COMMA

    @staticmethod
    def _articles(document: Document, table: CasingData) -> Iterator[tuple[int, str, float]]:
        """ "several A new rules", "worrying and The" (MT301 reports "The" there), and an
        article or a clause opener after a comma: "clear, The existence", "vorbereite, Welche
        westliche Länder"."""
        text = document.text
        one_letter = {table.capitalise(w) for w in table.function_words if len(w) == 1}
        if one_letter and table.never_sentence_final:
            single = re.compile(
                " (" + "|".join(map(re.escape, sorted(one_letter))) + ")(?= [^\\W\\d_])"
            )
            for match in mid_capital_matches(document, single):
                previous = previous_word(text, match.start())
                following = next_word(text, match.end())
                if (
                    table.lower(previous) in table.never_sentence_final
                    and previous.islower()
                    and following[:1].islower()
                ):
                    yield match.start(), match.group(1), 0.65
        openers = table.clause_openers - table.capitalised_ok
        patterns = _after_mark_patterns(table.code)
        if not patterns or (", " not in text and ";" not in text):
            return
        matches = [
            mark_capital_matches(document, m, p) for m, p in zip(",;", patterns[:2], strict=True)
        ]
        if ";" in text:
            matches.append(led_matches(document, patterns[2], ";"))
        for match in heapq.merge(*matches, key=re.Match.start):
            if text[match.start()] == ";" and _semicolon_quiet(text, match.start()):
                continue  # "&nbsp;The", "Contents: Two batteries; One charger" (h19caps)
            word = match.group(1)
            lower = table.lower(word)
            # "; However, the": the word after the comma.
            following = next_word(text, match.end() + (text[match.end()] == ","))
            if not following or reports_quotation(text, match.start(), lower, table.code):
                continue
            if text[match.start()] == "," and _after_salutation(text, match.start(), table):
                continue  # "Dear Sir, Please find", "Hi Anna, Do you": a letter's first sentence
            opener = lower in table.comma_openers
            if opener and following.lower() in table.list_joiners:
                continue  # "Yes, No, On or Off": a list of values, not a sentence
            if (
                capitalised(following)
                # "fraud, On May 3, the bureau": a date is no title.
                and not (opener and following.lower() in table.calendar_words)
                and (
                    # "…, The Hague"; in German a noun follows its article: only a title counts.
                    not table.nouns_capitalised or f"{lower} {following.lower()}" in table.titles
                )
                # "In the meantime, The Ministry": no title starts with "The Ministry", nor
                # runs on to an institution's head ("30, The Yuecheng District Bureau").
                and not article_before_institution(lower, following, table.code)
                and not article_before_head(text, match.end(), word, table.code)
            ):
                continue
            if opener and _title_run(text, match.end(), following):
                continue  # "Jaws, In the Mood for Love": a title in title case
            # The offset before the word: the space after the mark, or a glued semicolon.
            before = match.start(1) - 1
            if lower in openers:
                yield before, word, 0.6
            elif text[match.start()] == ";" and lower not in table.sentence_starters:
                yield before, word, _SEMICOLON_WORD
            else:
                # The openers added without a measured count are doubtful after a comma
                # ("said, Please"); after a semicolon any sentence opener kept its band.
                doubtful = text[match.start()] == "," and lower in table.comma_openers_doubtful
                yield before, word, 0.4 if doubtful else 0.55


# "together, Seriously studied": 1 of 1 on realmt-en17, none in 600,000 clean words (h20case).
_ADVERB_AFTER_COMMA = 0.55
# An HTML entity's name or number before its semicolon ("&nbsp;", "&#8217;", "&#x2019;").
_ENTITY_BODY = r"&(?:[^\W\d_]\w{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})"
_ENTITY_BEFORE = re.compile(_ENTITY_BODY + "$")
_ENTITY = re.compile(_ENTITY_BODY + ";")
# A sentence's end and the next sentence's first character ("J. (2010)" is no end).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"'“‘(\[]*(\w)")
_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*(?:\s|$)")
_LIST_REACH = 600


def _semicolon_quiet(text: str, semicolon: int) -> bool:
    """The semicolon at ``semicolon`` is no clause break: it closes an HTML entity
    ("Monday.&nbsp;The new wing", the entity MT602 reports), or it separates the items of a
    colon-led inline list whose every item opens with a capital, the first one too ("Package
    contents: Two batteries; One charger; Three cables."): the page's list style."""
    if _ENTITY_BEFORE.search(text, max(0, semicolon - 40), semicolon):
        return True
    line_start = text.rfind("\n", 0, semicolon) + 1
    colon = text.rfind(":", max(line_start, semicolon - _LIST_REACH), semicolon)
    if colon < 0 or not text[colon + 1 : colon + 2].isspace():
        return False  # no colon, or a time or an address ("10:30", "https://")
    head = text[colon + 1 : semicolon]
    if any(end.group(1).isupper() for end in _SENTENCE_END.finditer(head)):
        return False  # the colon is in an earlier sentence
    line_end = text.find("\n", semicolon)
    end = min(semicolon + _LIST_REACH, len(text) if line_end < 0 else line_end)
    tail = text[semicolon + 1 : end]
    stop = _FINAL_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    items = _ENTITY.sub("&", f"{head};{tail}").split(";")
    return all(_opens_with_capital(item) for item in items if item.strip())


def _opens_with_capital(item: str) -> bool:
    """A list item opens with a capital or a number ("Two batteries", "2 cables")."""
    first = item.lstrip(" \t\u00a0\"'“‘([")[:1]
    return first.isupper() or first.isdigit()


# A run of headline capitals after a derived word: no real example in the tuning set yet, so
# in the doubtful tier (BENCHMARKS.md, h19caps).
_HEADLINE_RUN = 0.45
_RUN_WORD = re.compile(r" ([^\W\d_]+)")
_RUN_WORDS = 6


def _headline_run(text: str, end: int, table: CasingData) -> int | None:
    """Where the capitals after a derived word end, when they read as a headline's words
    carried into a sentence: each a frequent word of the language (Zipf ≥ 3), no name of the
    gazetteer or given name, small words in lower case only before another capital ("Opened
    To the Public"), and a lower-case word or a mark after the last one; else None."""
    names = local_names(table.code, include_ambiguous=True)
    last = None
    for _ in range(_RUN_WORDS):
        match = _RUN_WORD.match(text, end)
        if not match:
            break
        word = match.group(1)
        lower = table.lower(word)
        if not word[0].isupper():
            after = next_word(text, match.end())
            # "To the Public"; not "on Monday": a day or a month is no headline word.
            if (
                lower in table.function_words
                and after[:1].isupper()
                and table.lower(after) not in table.calendar_words
            ):
                end = match.end()
                continue
            break
        if lower in table.calendar_words:
            break
        if not capitalised(word) or lower in names or lower in first_names():
            return None
        if text[match.end() : match.end() + 1] in ("'", "’"):
            return None  # "Opened Grounds's": a name's possessive
        if zipf(lower, table.code) < _RUN_ZIPF:
            return None
        last = end = match.end()
    else:
        return None  # a longer run is a title or a heading, not a slip
    return last


_RUN_ZIPF = 3.0
# A function word, a comma opener or a count capitalised after a semicolon (h19caps): the
# band measured on the tuning set and the dev sets (BENCHMARKS.md, h19caps).
_SEMICOLON_WORD = 0.55
_SALUTATION_WORDS = 4


def _after_salutation(text: str, comma: int, table: CasingData) -> bool:
    """The words from the line's start to ``comma`` are a salutation: a few words opened by
    one of the table's salutations ("Dear Sir", "Good morning all"), or a lone given name
    (resources/gazetteer/first_names.txt) that is no sentence opener ("Anna, Do you")."""
    if not table.salutations:
        return False
    line_start = text.rfind("\n", 0, comma) + 1
    words = text[line_start:comma].split()
    if not words or len(words) > _SALUTATION_WORDS:
        return False
    lowered = [table.lower(word) for word in words]
    if lowered[0] in table.salutations or " ".join(lowered[:2]) in table.salutations:
        return True
    if len(words) > 1 or not (words[0].isalpha() and capitalised(words[0])):
        return False
    common = (
        table.sentence_starters
        | table.comma_openers
        | table.clause_openers
        | table.determiners
        | table.calendar_words
        | table.function_words
    )
    return lowered[0] in first_names() and lowered[0] not in common


def _title_run(text: str, end: int, following: str) -> bool:
    """A capitalised word comes right after ``following`` ("In the Mood"): a title."""
    after = next_word(text, text.find(following, end) + len(following))
    return capitalised(after)


def _lower_words(document: Document) -> frozenset[str]:
    """The document's lower-case words (its distinct chunks less their punctuation), computed
    once per document (asked only when a candidate needs the evidence)."""
    return document.analysis.get("casing_lower_words", lambda: _lower_tokens(document))


# _TRAILING's characters: a chunk holds no whitespace, so ``rstrip`` removes what the regex
# does, without a regex call per chunk.
_TRAILING_CHARS = "\"'“”‘’()[],.;:!?…"


def _lower_tokens(document: Document) -> frozenset[str]:
    # The marks stripped are uncased, so a token is lower-case exactly when its chunk is: the
    # test comes first and the capitalised chunks are never stripped.
    return frozenset(
        chunk.rstrip(_TRAILING_CHARS).lstrip("\"'“‘(")
        for chunk in unique_chunks(document)
        if chunk.islower()
    )
