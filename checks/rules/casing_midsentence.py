"""Casing in every language beyond English: common words capitalised mid-sentence (MT313), known
names in lower case after an elided article (MT314), names capitalised by halves (MT315) and
institution names in English title case where the language writes sentence case (MT316), and a
lower-case word inside a capitalised institution name (MT317).
The evidence is in checks/casingmid.py and resources/casing/midsentence/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from mtlint.checks.casingdata import languages_with_casing_feature
from mtlint.checks.casingmid import (
    elided_names,
    half_capitalised_names,
    inflected_half_names,
    lower_words_in_institutions,
    mid_capitals,
    mid_languages,
    title_cased_institutions,
)
from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical


@register
class CommonWordCapitalEverywhere(Rule):
    code = "MT313"
    name = "common-word-capital-any-language"
    summary = "A verb or common word capitalised mid-sentence, any language ('a Déclaré')."
    languages = mid_languages()
    doc = """
    What it finds: a word capitalised between two lower-case words that is a verb form (its
    infinitive, made by the language's ending rules, is a word of the language: "a Déclaré" ←
    "déclarer", "Заявил" ← "заявить", "Powiedział" ← "powiedzieć"), an adverb of a common
    adjective ("Oficialmente"), a day or a month where the language writes them in lower case
    ("el Martes", "na Quinta feira"), or a nationality or language adjective ("el gobierno
    Ruso", "em Persa"; Russian and Polish stems from CLDR's language names,
    bench/build_demonym_stems.py: "Китайский рынок", "Chiński rynek"; French, Italian,
    Spanish and Portuguese stems from CLDR's names of official languages beside the hand
    lists: "la cuisine Française", "il vino Italiano"), also as the label of a
    gloss in brackets before a colon ("(Китайский : xiànjí shì)"); the text writing the verb in
    lower case elsewhere raises confidence.
    Why it matters: MT keeps the capital of a segment's or link's first word, or of the source
    language's noun; spell checkers accept the word.
    Fix safety: unsafe; the fix lower-cases the word.
    Known false positives: surnames that are verb forms ("Casado", "Amato") when the text never
    writes them beside a first name; institution heads the language capitalises by convention
    are listed in the table and skipped ("le Conseil constitutionnel", "в Верховный суд"), as
    are words after a person's title ("el ministro Delgado") and headlines; a nationality
    adjective that opens a name before its head noun, up to three words ahead ("в Японском
    море", "Русская православная церковь": the table's demonym_name_heads), or after a noun
    that introduces a name ("радио Немецкая волна": demonym_name_nouns) is skipped; a name
    whose head is not listed is still reported. Surnames that are demonyms ("Albanese",
    "Catalano", "Romeno") are skipped after a person's title (one adjective between: "il
    premier australiano Albanese") or a preposition that names a person (demonym_surname_after:
    "a Danese", "di Catalano"); elsewhere ("Albanese ha detto" after a lower-case verb) they
    still fire. In Italian and Portuguese a demonym is its stem plus one of the table's
    demonym_endings ("Francesco" is no "frances-" demonym).
    """
    examples = (
        Example(
            "Les visiteurs aiment le fromage Français et le vin du pays.",
            "Les visiteurs aiment le fromage français et le vin du pays.",
            "fr",
        ),
        Example(
            "Il ristorante serve un vino Portoghese molto fresco.",
            "Il ristorante serve un vino portoghese molto fresco.",
            "it",
        ),
        good("Il sindaco di Latina ha aperto la fiera con la Repubblica Italiana.", "it"),
        good("Il premier australiano Albanese ha incontrato il presidente ieri.", "it"),
        # French capitalises the nationality noun: after a numeral or a quantifier it is one.
        good("La police dit que trois Néerlandais et 2 Belges ont été arrêtés hier.", "fr"),
        good("Ieri ho incontrato Francesco al bar e il ristorante di Catalano era chiuso.", "it"),
        good("O treinador Romeno deixou o clube ontem.", "pt"),
        Example(
            "Le ministre a Déclaré mardi que les prix allaient augmenter.",
            "Le ministre a déclaré mardi que les prix allaient augmenter.",
            "fr",
        ),
        Example(
            "El ministro Anunció el martes que los precios subirán.",
            "El ministro anunció el martes que los precios subirán.",
            "es",
        ),
        Example(
            "Министр Заявил во вторник, что цены вырастут.",
            "Министр заявил во вторник, что цены вырастут.",
            "ru",
        ),
        Example(
            "Minister Powiedział we wtorek, że ceny wzrosną.",
            "Minister powiedział we wtorek, że ceny wzrosną.",
            "pl",
        ),
        Example(
            "La reunión del Martes fue aplazada.",
            "La reunión del martes fue aplazada.",
            "es",
        ),
        Example(
            "El gobierno Ruso respondió con dureza.",
            "El gobierno ruso respondió con dureza.",
            "es",
        ),
        Example(
            "Делегация посетила Китайский рынок во вторник.",
            "Делегация посетила китайский рынок во вторник.",
            "ru",
        ),
        Example(
            "Уездный город (Китайский : xiànjí shì) — единица уровня уезда.",
            "Уездный город (китайский : xiànjí shì) — единица уровня уезда.",
            "ru",
        ),
        Example(
            "Delegacja odwiedziła Chiński rynek we wtorek.",
            "Delegacja odwiedziła chiński rynek we wtorek.",
            "pl",
        ),
        good("Корабли вошли в Японское море, а туристы посетили Русский музей.", "ru"),
        good("Вчера Русская православная церковь открыла новую школу.", "ru"),
        good("Mieszkańcy wrócili do Polski w piątek, a na Śląsku padało.", "pl"),
        good("Los precios suben. El gobierno dijo que los Precios bajarán pronto.", "es"),
        good("Il Nord produce di più e il Segretario di Stato è arrivato.", "it"),
        good("Le Conseil constitutionnel a validé la loi.", "fr"),
        good("Дело передано в Верховный суд республики.", "ru"),
        good("El líder Pablo Casado habló. Según Casado, la economía crece.", "es"),
        good("Il ministro Amato ha parlato ieri.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased:
            return
        skip = LayoutSkip(document)
        for capital in mid_capitals(document, data.code):
            start, end = capital.start, capital.start + len(capital.word)
            if skip(start, end):
                continue
            yield self.finding(
                start,
                end,
                f"'{capital.word}' is capitalised in the middle of a sentence ({capital.why})",
                fixes=[
                    Fix(
                        (Edit(start, end, capital.lower),),
                        Applicability.UNSAFE,
                        f"lower-case '{capital.word}'",
                    )
                ],
                confidence=capital.confidence,
            )


def _capitalise_fix(start: int, end: int, written: str, safe: bool) -> Fix:
    return Fix(
        (Edit(start, end, written),),
        Applicability.SAFE if safe else Applicability.UNSAFE,
        f"write '{written}'",
    )


@register
class ElidedNameLowerCase(Rule):
    code = "MT314"
    name = "elided-name-lower-case"
    summary = "A known name in lower case after an elided article ('l'allemagne', 'dell'ue')."
    languages = languages_with_casing_feature(mid_languages(), "elided_names")
    doc = """
    What it finds: a country, city or organisation of the language's gazetteer (and
    pycountry's localised country names) in lower case right after an elided article or
    preposition: "l'allemagne", "d'italie", "l'onu", "dell'ue", "l'union européenne".
    Why it matters: MT lower-cases names it copies across a cut or from a lower-cased source;
    MT303 reads whole words and never saw the name behind the apostrophe.
    Fix safety: unsafe; the fix writes the gazetteer's spelling.
    Known false positives: names that are also common words are taken only when the gazetteer
    lists them by hand ("l'union" alone is not taken, "l'union européenne" is).
    """
    examples = (
        Example(
            "Les dirigeants de l'allemagne se sont réunis mardi.",
            "Les dirigeants de l'Allemagne se sont réunis mardi.",
            "fr",
        ),
        Example(
            "I ministri dell'ue si sono riuniti ieri.",
            "I ministri dell'Ue si sono riuniti ieri.",
            "it",
        ),
        good("L'Allemagne et l'union des forces de gauche ont voté.", "fr"),
        good("Il prezzo dell'oro è salito ieri.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        text = document.text
        for name in elided_names(document, data.code):
            if looks_technical(text, name.start, name.end):
                continue
            yield self.finding(
                name.start,
                name.end,
                f"Proper noun in lower case: '{name.written}' (a known name after an elision)",
                fixes=[_capitalise_fix(name.start, name.end, name.written, False)],
                confidence=name.confidence,
            )


@register
class HalfCapitalisedKnownName(Rule):
    code = "MT315"
    name = "known-name-capitalised-by-halves"
    summary = "A known name with a later word in lower case ('Estados unidos', 'Unión europea')."
    languages = mid_languages()
    doc = """
    What it finds: a multi-word name of the language's gazetteer or pycountry's localised
    country names written with its first word capitalised and a later word the name
    capitalises in lower case, where that word is also a common word ("Estados unidos",
    "Naciones unidas", "Reino unido", "Stany zjednoczone"; MT303 takes the names whose
    lower-cased word is no common word).
    In the languages whose names inflect, a case form with the second word in lower case
    ("Соединённого королевства", "Unii europejskiej").
    Why it matters: MT capitalises only the first word of a name it rebuilt; spell checkers
    accept both words.
    Fix safety: unsafe; the fix writes the gazetteer's spelling.
    Known false positives: a name the language writes with lower-case inner words ("Nations
    unies" in French) is written so in the gazetteer and never taken; a common phrase that
    shares the spelling at a sentence start ("Estados unidos por …") is rare.
    """
    examples = (
        Example(
            "El presidente de Estados unidos viajó ayer.",
            "El presidente de Estados Unidos viajó ayer.",
            "es",
        ),
        Example(
            "Il vertice delle Nazioni unite si è chiuso.",
            "Il vertice delle Nazioni Unite si è chiuso.",
            "it",
        ),
        good("Les Nations unies et l'Union européenne ont signé.", "fr"),
        good("Los estados unidos por la frontera firmaron.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased:
            return
        skip = LayoutSkip(document)
        names = chain(
            half_capitalised_names(document, data.code),
            inflected_half_names(document, data.code),
        )
        taken: list[tuple[int, int]] = []
        for name in names:
            if skip(name.start, name.end):
                continue
            # A language with both readings (Romanian "Statele unite"): the name once.
            if any(start <= name.start and name.end <= end for start, end in taken):
                continue
            taken.append((name.start, name.end))
            yield self.finding(
                name.start,
                name.end,
                f"Known name capitalised by halves: write '{name.written}'",
                fixes=[_capitalise_fix(name.start, name.end, name.written, False)],
                confidence=name.confidence,
            )


@register
class InstitutionTitleCase(Rule):
    code = "MT316"
    name = "institution-title-case"
    summary = "An institution name in English title case ('Министерство Обороны', 'Білий Дім')."
    languages = languages_with_casing_feature(mid_languages(), "institution_title_case")
    doc = """
    What it finds: the words after an institution head that the language writes in sentence
    case, capitalised the English way: "Министерство Иностранных Дел", "Белый Дом",
    "Государственный Департамент" (resources/casing/midsentence/<lang>.json: title_case_heads,
    each head with the stems of the words it governs, or any common word).
    Why it matters: MT from English keeps the source's title case; Russian and Ukrainian
    capitalise only the first word of such names ("Министерство обороны", "Міністерство
    закордонних справ", "Білий дім"; Ukrainian names capitalised throughout by its style,
    "Верховна Рада", "Кабінет Міністрів", "Збройні Сили", have no head in the table).
    Fix safety: unsafe; the fix lower-cases the word.
    Known false positives: names that official documents capitalise throughout ("Верховный Суд
    Российской Федерации") have no head in the table; a name after the head stops the run at a
    known name, a first name, or a word rarer than a common word ("Министр Силуанов").
    """
    examples = (
        Example(
            "Об этом сообщило Министерство Иностранных Дел России.",
            "Об этом сообщило Министерство иностранных дел России.",
            "ru",
        ),
        Example(
            "Представитель Белого Дома ответил журналистам.",
            "Представитель Белого дома ответил журналистам.",
            "ru",
        ),
        good("Министерство обороны и Совет Безопасности ООН. Министр Сергей Шойгу прибыл.", "ru"),
        good("Министр Силуанов сказал, что Государственная Дума приняла закон.", "ru"),
        Example(
            "Про це повідомило Міністерство Закордонних Справ України.",
            "Про це повідомило Міністерство закордонних справ України.",
            "uk",
        ),
        good("Верховна Рада і Кабінет Міністрів України підтримали закон.", "uk"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        text = document.text
        skip = LayoutSkip(document)
        for word in title_cased_institutions(document, data.code):
            if skip.headline(word.start):
                continue
            shown = text[word.start : word.end]
            yield self.finding(
                word.start,
                word.end,
                f"'{shown}' is capitalised inside an institution name written in sentence case",
                fixes=[
                    Fix(
                        (Edit(word.start, word.end, word.written),),
                        Applicability.UNSAFE,
                        f"lower-case '{shown}'",
                    )
                ],
                confidence=word.confidence,
            )


@register
class LowerWordInInstitution(Rule):
    code = "MT317"
    name = "lower-word-in-institution-name"
    summary = "A lower-case word inside an institution name ('Conselho de segurança Nacional')."
    languages = languages_with_casing_feature(mid_languages(), "institution_lower_words")
    doc = """
    What it finds: a common word in lower case between an institution head and a capitalised
    word of the same name: "Conselho de segurança Nacional", "Ministerio de asuntos
    Exteriores", "Ministero della salute Pubblica" (heads and joining words in
    resources/casing/midsentence/<lang>.json).
    Why it matters: MT rebuilds the name word by word and loses one capital; the name is then
    written two ways at once.
    Fix safety: unsafe; the fix capitalises the word.
    Known false positives: the word after it must be a common word, not a known name, and not
    followed by another capital (where a person's name may start); French writes such names in
    sentence case and is not served.
    """
    examples = (
        Example(
            "O Conselho de segurança Nacional rejeitou a proposta.",
            "O Conselho de Segurança Nacional rejeitou a proposta.",
            "pt",
        ),
        Example(
            "El Ministerio de asuntos Exteriores informó ayer.",
            "El Ministerio de Asuntos Exteriores informó ayer.",
            "es",
        ),
        good("El Banco de España y el Ministerio de Sanidad informaron.", "es"),
        good("Il Consiglio di amministrazione Rai ha deciso.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        text = document.text
        skip = LayoutSkip(document)
        for word in lower_words_in_institutions(document, data.code):
            if skip(word.start, word.end):
                continue
            shown = text[word.start : word.end]
            yield self.finding(
                word.start,
                word.end,
                f"'{shown}' is in lower case inside a capitalised institution name",
                fixes=[_capitalise_fix(word.start, word.end, word.written, False)],
                confidence=word.confidence,
            )
