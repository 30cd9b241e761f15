"""Typing and template slips (MT987–MT990): a capital typed twice or a stray capital before a
capitalised word, an accent typed apart from its letter, a verb particle inflected as a verb,
a template's singular/plural left after a count. The evidence is wordfreq, the document and
resources/spelling/slips.json: see checks/slips.py."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.countforms import count_form_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.slips import (
    count_templates,
    inflected_particles,
    slip_table,
    split_accents,
    stray_capitals,
)
from mtlint.checks.textscan import base_language
from mtlint.checks.wordlists import frequency_dict


@register
class StrayCapital(Rule):
    code = "MT987"
    name = "stray-capital"
    summary = (
        "A first letter typed twice or a stray capital before a capitalised word ('DDepende')."
    )
    severity = Severity.WARNING
    doc = """
    What it finds: a word of two capitals then lower-case letters that neither the language
    nor English knows, opening a sentence or a line, whose part after the first letter is a
    common word of the language: the first capital typed twice ("DDepende" for "Depende") or
    a stray capital of the same script before it ("ЭРассмотрим" for "Рассмотрим"); and one of
    the language's very commonest words with its first letter typed twice ("tthe" for "the").
    Languages: every language wordfreq covers; a stray other capital only where the
    language's table lists its one-letter words (de, en, es, fr, it, nl, pl, pt, ru).
    Why it matters: a post-editor's or a converter's slip the reader sees at once.
    Fix safety: unsafe: the letter is dropped as a suggestion (a stray letter may have been
    meant as a word of its own).
    Known false positives: a brand of a letter and a word opening a sentence ("XFactor").
    Identifiers in CamelCase stand mid-sentence and are left alone ("XInclude", "RLock",
    "QObject"), as are lower-case identifiers of a doubled letter ("pprint", "mmap": their
    rest is no very common word), a stray letter that is a word of the language ("ANew",
    "ВКонтакте"), capitals held one letter too long ("WHat": MT319's), a word that lost its
    first letter ("ssigned"), and a stray capital in languages without a list of their
    one-letter words.
    """
    examples = (
        Example(
            "The price varies. DDepends on the season.",
            "The price varies. Depends on the season.",
        ),
        Example(
            "Правила простые. ЭРассмотрим их по очереди.",
            "Правила простые. Рассмотрим их по очереди.",
            "ru",
        ),
        Example("He read out tthe plan.", "He read out the plan."),
        good("ANew plan was read out: a new plan."),
        good("The llama and the aardvark were fed."),
        good("Use pprint to print nested dictionaries; the tool mmap maps files."),
        good("The library has limited XInclude support; wrap it in an RLock."),
        good("WHat did he say?"),
        good("He bought a PCs and two TVs."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if not frequency_dict(language):
            return
        for slip in stray_capitals(document, language):
            doubled = slip.typed[0] == slip.typed[1]
            how = "typed twice" if doubled else "stray"
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}': the first capital is {how}; '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.8 if doubled else 0.65,
            )


@register
class SplitAccent(Rule):
    code = "MT988"
    name = "split-accent"
    summary = "An accent typed apart from its letter ('Carto~es' for 'Cartões')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word with a spacing accent (~ ^ ` ´ ¨) between two letters that, joined
    to the letter before or after it, makes a word of the language ("Carto~es" for "Cartões",
    "an~o" for "año", "e^tre" for "être").
    Languages: every language wordfreq covers (the joined word must be one of its words).
    Why it matters: a keyboard without the letter, or a converter that wrote the accent as a
    character of its own, left a word no reader expects.
    Fix safety: unsafe, though one joined form only is offered (both placements are tried,
    and only one must make a word).
    Known false positives: markup or code that uses these marks between letters (a URL, a
    path, a regular expression); a word in a URL or a path is left alone.
    """
    examples = (
        Example(
            "Na loja pagamos com Carto~es de débito.",
            "Na loja pagamos com Cartões de débito.",
            "pt",
        ),
        good("Aceitamos Cartões de Crédito, e~ntão."),
        good("The exponent is written x^2 in the file."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if not frequency_dict(language):
            return
        for slip in split_accents(document, language):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}': an accent typed apart from its letter; '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.8,
            )


@register
class InflectedParticle(Rule):
    code = "MT989"
    name = "inflected-particle"
    summary = "A verb particle written as an inflected verb ('put forwarded' for 'put forward')."
    languages = frozenset(slip_table()["inflected_particle"])
    severity = Severity.WARNING
    doc = """
    What it finds: a particle verb's head followed by its particle written as an inflected verb
    ("put forwarded", "brought forwarded" for "put forward", "brought forward"), then the
    first word of an object or a clause (a determiner, a numeral, "that", "by") or a mark:
    the tense was put on the particle as well as on the head (resources/spelling/slips.json
    lists heads, particles and those words per language). Languages: English (the table's
    only entry).
    Why it matters: machine translation of a source verb that English renders with a
    particle verb ("put forward" a proposal) inflects both words; the reader sees the slip.
    Fix safety: unsafe: the head carries the tense and the particle never inflects after it,
    but a reader should see the sentence.
    Known false positives: a participle before its noun after an imperative ("Move forwarded
    messages to a folder", "Set forwarded calls to ring") is left alone: a bare noun after
    the participle, and imperative-prone heads (move, look, step, set) are not in the table.
    """
    examples = (
        Example(
            "The dean put forwarded three proposals at the meeting.",
            "The dean put forward three proposals at the meeting.",
        ),
        good("The dean put forward three proposals; the clerk forwarded them."),
        good("Move forwarded messages to a separate folder."),
        good("Bring forwarded invoices to the accounts desk on Monday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        for slip in inflected_particles(document, language):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}' after a particle verb's head: '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.8,
            )


@register
class CountTemplate(Rule):
    code = "MT990"
    name = "count-template"
    summary = "A template's singular/plural left after a count ('2 anno/i' for '2 anni')."
    languages = frozenset(slip_table()["count_template"]["plural_endings"]) | count_form_languages()
    severity = Severity.WARNING
    doc = """
    What it finds: a count, then a word with its plural ending after a slash ("2 anno/i",
    "3 mes/es"), where both forms are words of the language: a template that serves every
    count was filled with a number and the form for it never chosen. Languages: those with
    plural endings in resources/spelling/slips.json (it, ro: i, e; es, pt, en: es; fr: x;
    ca: os; nl: en; de: e, n, en, er); and, in every language CLDR gives them for, two forms
    of a counted year, month, week, day, night or hour joined by a slash ("poniżej 3 roku/lat",
    "10 an/i", "2 night/s": resources/language/count_forms.json, checks/countforms.py), the
    form the count takes by CLDR's plural rules offered (the genitive plural before the
    nominative when the text wrote that one: "poniżej 3 lat").
    Why it matters: the reader sees the template's machinery; the count says which form is
    right (1: the singular, any other: the plural).
    Fix safety: unsafe: the form is chosen by the count alone ("1" singular, else plural).
    Known false positives: a list of forms written on purpose after a number (a dictionary
    entry). Gender templates ("o/a") are not asked, nor a plural "s": "500 request/s",
    "10 litro/s" are rates per second.
    """
    examples = (
        Example(
            "La culla è gratuita per i piccoli sotto i 2 anno/i.",
            "La culla è gratuita per i piccoli sotto i 2 anni.",
            "it",
        ),
        good("Caro/a cliente, i bambini di 2 anni sono ospiti."),
        Example(
            "Łóżeczko dla dziecka w wieku poniżej 3 roku/lat jest bezpłatne.",
            "Łóżeczko dla dziecka w wieku poniżej 3 lat jest bezpłatne.",
            "pl",
        ),
        Example(
            "Copiii sub 12 an/i stau gratuit în camera părinților.",
            "Copiii sub 12 ani stau gratuit în camera părinților.",
            "ro",
        ),
        good("Zniżka 30 zł/osoba obowiązuje przez 2 lata od zakupu.", "pl"),
        good("The speed limit is 50 km/h on this road."),
        good("The API accepts 500 request/s per key; the fan turns at 50 rev/s."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        for slip in count_templates(document, language):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}': a template's forms after a count; '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.7,
            )
