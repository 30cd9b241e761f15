"""The glue tables MT101's analysis reads (checks/glue.py): every language's glue words, name
shapes and endings from resources/lang/<lang>.json and resources/typography/<lang>.json, gathered
once per language into one immutable record."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from mtlint.checks.glue_boundary import borrowing_language
from mtlint.checks.langdata import LanguageData
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import proper_nouns


class GlueTables(NamedTuple):
    """MT101's language tables (resources/lang/*.json), hashable: part of its memo key."""

    # Function words that follow link text ("who", "and", "in" …).
    glue: frozenset[str]
    # Of those, the ones that may end a clause ("… Putin said."): the others never stand right
    # before a comma or a full stop, nor take a possessive.
    clause_final: frozenset[str]
    # Of those, the ones a noun phrase must follow (prepositions, articles).
    before_noun: frozenset[str]
    # Words that follow a name but never a preposition or an article ("said", "was" …).
    name_followers: frozenset[str]
    # Words that follow a preposition but seldom a name ("the", "his", "Monday" …).
    determiners: frozenset[str]
    # Endings that make names and derived words ("-an", "-ville", "-town" …): no evidence of a
    # glued word on their own.
    name_endings: frozenset[str]
    # Irregular past tenses ("spoke", "began"): verbs, like the forms in "-ed".
    past_forms: frozenset[str]
    # Known one-word names, lower case (the gazetteer, countries, demonyms): a first part that
    # is one is a name, however it ends ("Israeland" is "Israel" + "and", not a "-land").
    names: frozenset[str]
    # The glue words with their possessives ("…who's"), for str.endswith.
    glue_endings: tuple[str, ...]
    # Their last four letters (all of a shorter one), and the possessive endings: a screen.
    glue_tails: frozenset[str]
    # Whether the language writes noun + noun as one word (German "Computercodes"): then only
    # a function word after a first part is taken, never a content word, without evidence.
    compounds: bool = False
    # The zipf a content word glued on needs, for a language whose verbs and plurals have no
    # English endings to tell them by (0: the English tiers below).
    content_zipf: float = 0.0
    # Function words that a lower-case word may have glued in front ("ofdeveloping"); not
    # the prepositions that are also word prefixes (Slavic "не", "за", "по").
    leading_glue: frozenset[str] = frozenset()
    # Whether two long lower-case words glued together ("strategicpartnership") are looked
    # for: not where such compounds are ordinary words.
    content_glue: bool = False
    # Name particles that are no glue word otherwise ("von", "van", "bin"): glued on only
    # before a capitalised word or another particle ("Ursulavon der Leyen").
    particles: frozenset[str] = frozenset()
    # The zipf a first part of four letters or more needs before a function word, where the
    # language's own tiers are looser than English's (0: the English tiers). English names end
    # in "-on", "-in", "-as" by chance; a name in another language seldom ends in one of its
    # function words, and the glued name is often a foreign one wordfreq knows little of.
    glue_prefix_zipf: float = 0.0
    # The zipf a word of four letters or more glued to an unknown name needs when the name
    # follows another capitalised word ("Barry Vackerestá", "Robin Uthappaobtuvo"): a
    # multi-word name whose last word ends in a common word of the language (0: not looked
    # for; English names end in English words too often: "Milford Haven").
    name_content_zipf: float = 0.0
    # Surname endings ("-ová", "-овым"): a token ending so is a name, however its last
    # letters read ("Sissonová" is no "Sisso" + "nová", "Евменовым" no "Евме" + "новым").
    surname_endings: tuple[str, ...] = ()
    # Adjective endings that never stand inside a word (Russian "-ый", "-ий"): a known
    # adjective glued to a known noun ("Государственныйсуд") splits right after one.
    adjective_endings: tuple[str, ...] = ()
    # A compounding language's linking letters between the parts of a compound (German
    # "Investition|s|zäune"): a first part of known parts is a word, not a name.
    compound_links: tuple[str, ...] = ()
    # Glue words of three letters or more that seldom end a name (counted on some 29,000
    # names of many languages): taken after a first part wordfreq does not know, a foreign
    # name ("Eighmeyund", "Zmappfue"), where the token ends in no longer known word.
    name_glue: frozenset[str] = frozenset()
    # The language's code (wordfreq's lists are per language).
    language: str = ""
    # Auxiliaries among the glue words, and the endings of the past participles that follow
    # them ("Dairyha annunciato"): a name seldom stands right before a participle.
    auxiliaries: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # One-letter glue words (English "a"), taken only between a multi-word name and a
    # lower-case word (see letter_split).
    glue_letters: frozenset[str] = frozenset()
    # The glue words the typography table adds (verbs, reflexives): in a compounding
    # language a lower-case word ending in one is a verb with its particle ("davonging").
    glue_more: frozenset[str] = frozenset()
    # Case endings written after an apostrophe on a name (Turkish "Ankara’da"), longest
    # first: a word glued after one ("Ankara’dabir") is split there.
    apostrophe_suffixes: tuple[str, ...] = ()
    # Endings an agglutinating language adds to words (Turkish "-de", "-lerin", "-oğlu"),
    # some of them glue words too and many listed by wordfreq: never the glued word, even
    # with the first part standing alone ("bütçe … bütçede").
    inflections: frozenset[str] = frozenset()
    # English function words glued after an English word in an English title quoted in
    # another language ("Voicesfor Africa", "Ultimatefor Xbox"): taken only before a
    # capitalised word.
    english_glue: frozenset[str] = frozenset()
    # Endings of finite verb forms (Spanish imperfect "-aba"): a verb glued on may be rarer
    # than other words ("Sistema Solargiraba"), as English "-ed" forms may.
    verb_endings: tuple[str, ...] = ()
    # Two-letter glue words a finite verb follows (Spanish "no", "se"): glued to a known name
    # before one of the verbs of glue_more ("Karzaino quiere").
    before_verb: frozenset[str] = frozenset()
    # Endings that close a surname ("-ov", "-enko", "-yan", "-escu"): an unknown token that
    # runs on past one into a glue or common word is a name glued on ("Kubrakovand").
    name_final_endings: tuple[str, ...] = ()
    # Word-forming prefixes that are words too ("super", "anti"): "Superligii" is one word.
    word_prefixes: frozenset[str] = frozenset()
    # A preposition and a determiner of three letters or more (or a two-letter article the
    # table lists), for str.startswith/endswith: the screen for a pair glued that wordfreq
    # learnt from the web ("ofthe", "enla"; function_pair).
    pair_heads: tuple[str, ...] = ()
    pair_tails: tuple[str, ...] = ()
    # Elided articles and prepositions without their apostrophe ("l", "dell"): a word glued
    # after the word they elide into ("l’Estqui") is analysed without them.
    elisions: frozenset[str] = frozenset()
    # One-letter prepositions (Swedish "i") taken glued to a known place before a lower-case
    # word ("Stockholmi torsdags"), whatever stands before (see letter_split).
    place_letters: frozenset[str] = frozenset()
    # The language whose spellings of names and brands the text quotes as they are
    # (``borrowing_language``: English; none for English itself).
    borrowing: str = ""
    # Endings of a verb's forms, longest first (Portuguese "-aram", "-ar", "-ado"): a rare word
    # that a two-letter glue word seems to start ("os|tentaram") is one verb when its stem
    # takes another of them as a known word ("ostentar"): a verb prefix or plain spelling.
    verb_forms: tuple[str, ...] = ()
    # The vowel that links the parts of a compound adjective (Polish "polsko-niemiecka",
    # Russian "научно-исследовательский"): a first part ending in it is no word glued on.
    linking_vowels: tuple[str, ...] = ()
    # The zipf both parts of a short lower-case glue need ("sidopeor": see glue_lower.
    # short_split; 0: not looked for, where compounds or endings make such words ordinary).
    short_glue_zipf: float = 0.0
    # Verb stems and words that head solid compounds (Italian "porta|biglietti", French
    # reformed "mille|pattes", "tire|bouchon"): a short glue's first part never one of them.
    compound_heads: frozenset[str] = frozenset()
    # A part of three letters a short glue may have when it is this well known (English
    # "points|out", "six|years": the language's shortest words are its commonest; 0: never).
    short_part_zipf: float = 0.0
    # Endings a known word takes ("breakroom" → "breakrooms"): an unknown word that is a known
    # one with such an ending is that word inflected, not two words glued.
    word_endings: tuple[str, ...] = ()
    # Second parts that end derivations and closed compounds ("-less", "-let", "-work"; English
    # software nouns "file", "case"): a short glue never ends in one ("viewless", "lockfile").
    compound_tails: frozenset[str] = frozenset()
    # Derivational endings the word list lacks words with ("localisable"): a chain of words
    # run together (glue_segment) never ends in one ("local is able").
    derivational_endings: tuple[str, ...] = ()
    # A compounding language's endings of an inflected attributive adjective (German "-ische",
    # Swedish "-iska", Dutch "-aanse"): a compound takes the adjective's bare stem or a noun
    # ("Europarådet"), so a known first part ending in one is a word of its own
    # ("Europeiska|rådets"; see glue_shapes.shaped).
    adjective_heads: tuple[str, ...] = ()
    # Letters no case ending begins with (Turkish "b", "o", "ş"): after an apostrophe ending,
    # a run of four letters or more opening with one is a word glued on, however rare
    # ("Mahallesi'ndeki|otluk"; see glue_shapes.apostrophe_split).
    word_after_suffix_letters: frozenset[str] = frozenset()
    # Suffix runs before a case ending after an apostrophe (Turkish plural "-ler", "-leri",
    # "-deki"): a tail that is one, alone or with an apostrophe ending after it
    # ("Kürt'|ler|den"), is a suffix chain, not a word glued on (see apostrophe_split).
    apostrophe_suffix_runs: tuple[str, ...] = ()
    # Titles before a person's name (name_evidence.json's, as MT340 reads them: Romanian
    # "ministrul", "domnului"), where the typography table asks for them (glue_after_titles):
    # an unknown name glued to a common word right after one is taken as after a given name
    # ("ministrul Popșoi|va", "domnului Bucuța|încă"; see glue.in_context).
    person_titles: frozenset[str] = frozenset()
    # The endings of one word's inflected forms (German adjectives "-e", "-en", "-er", "-es",
    # "-em", and none): an unknown word whose stem takes another of them as a known word is
    # that word inflected ("betretender": "betretende"), never a word glued to an article.
    form_endings: tuple[str, ...] = ()
    # Present-participle stems and the infinitive ending they come from (German "-nd" ←
    # "-n": "benutzend" ← "benutzen"): a lower-case word made so from a known verb is the
    # verb's participle, however rare ("benutzender"); lower-case only, where the language
    # writes nouns with a capital (a noun + article, "Wagen|der", stays glue).
    participle_stems: tuple[tuple[str, str], ...] = ()
    # Two-letter coordinators that close a list (``list_glue_words``: French "et", "ou"):
    # glued to a known plural (``list_item_endings``: "-s", "-x") before a capitalised word
    # or a determiner, the list's next item ("Taxi, Cheerset The …", "les Samiset la
    # culture"); a name seldom ends so ("Cazalet", "Brasset": no plural before "et").
    list_glue: frozenset[str] = frozenset()
    list_item_endings: tuple[str, ...] = ()
    # Two-letter prepositions a known surname in a case form may have glued on right after
    # a given name (``glue_after_given_name``: Polish "Mariana Banasia|za lata"), where the
    # surname is too little known for the two-letter tier alone.
    after_given_name: frozenset[str] = frozenset()
    # Two letters that spell one sound (``digraphs``: Polish "rz", "cz", "sz"): a split
    # between them cuts a word's own letters ("Talar|za" is the genitive of "Talarz").
    digraphs: frozenset[str] = frozenset()

    def inflected(self, lower: str, size: int) -> bool:
        """Whether the word ``lower`` ends in an inflection that takes in its last ``size``
        letters: German "Schwärmerin" ends in "-erin", not in a glued "in"."""
        return any(lower.endswith(ending) and len(ending) >= size for ending in self.inflections)

    def ends_like_name(self, lower: str, size: int) -> bool:
        """Whether the word ``lower`` ends in a name ending longer than its last ``size``
        letters: "Evanson" ends in "-son" (a name), not in "Evans" + "on"."""
        endings = self.name_endings
        return any(lower[-k:] in endings for k in range(size + 1, min(len(lower), 8) + 1))


@lru_cache(maxsize=64)
def glue_tables(data: LanguageData) -> GlueTables:
    # Name particles glue on like function words ("Ursulavon der Leyen"); see in_context.
    # More glue words from the typography table (auxiliaries, reflexives: "Aboutalebzich").
    glue = word_set(data, "glue_words") | word_set(data, "glue_words_more")
    particles = word_set(data, "name_particles") - glue
    glue |= particles
    possessives = {word + ending for word in glue for ending in ("'s", "’s")}
    determiners = word_set(data, "determiners") | word_set(data, "calendar_words")
    return GlueTables(
        glue,
        word_set(data, "glue_words_clause_final"),
        word_set(data, "glue_words_before_noun"),
        word_set(data, "name_followers"),
        # A day or month next is as telling ("Scholzon Monday").
        determiners,
        word_set(data, "name_endings"),
        word_set(data, "past_forms"),
        frozenset(name for name in proper_nouns(data) if " " not in name),
        tuple(sorted(glue | possessives)),
        frozenset({word[-4:] for word in glue if len(word) >= 2} | {"'s", "’s"}),
        bool(table(data, "compounds", False) or table(data, "glue_compounds", False)),
        float(table(data, "content_suffix_zipf", 0.0)),  # type: ignore[arg-type]
        word_set(data, "leading_glue_words"),
        bool(table(data, "content_glue", False)),
        particles,
        float(table(data, "glue_prefix_zipf", 0.0)),  # type: ignore[arg-type]
        float(table(data, "name_content_zipf", 0.0)),  # type: ignore[arg-type]
        tuple(sorted(word_set(data, "surname_endings"))),
        tuple(sorted(word_set(data, "adjective_endings"))),
        tuple(sorted(word_set(data, "compound_links"), key=len, reverse=True)),
        word_set(data, "glue_words_after_names") & glue,
        (data.code or "").split("-")[0].split("_")[0].lower(),
        word_set(data, "glue_auxiliaries") & glue,
        tuple(sorted(word_set(data, "participle_endings"))),
        word_set(data, "glue_letters"),
        word_set(data, "glue_words_more"),
        tuple(sorted(word_set(data, "apostrophe_suffixes"), key=len, reverse=True)),
        word_set(data, "glue_inflections"),
        word_set(data, "glue_words_english") - glue,
        tuple(sorted(word_set(data, "glue_verb_endings"))),
        word_set(data, "glue_words_before_verb") & glue,
        tuple(sorted(word_set(data, "name_final_endings"))),
        word_set(data, "word_prefixes"),
        tuple(sorted(word for word in word_set(data, "glue_words_before_noun") if len(word) >= 2)),
        # Two-letter articles only where the table lists them (glue_pair_articles: Spanish
        # "en|la"); English "an" would read "atan", "inan" as pairs.
        tuple(
            sorted(
                {word for word in determiners if len(word) >= 3}
                | word_set(data, "glue_pair_articles")
            )
        ),
        frozenset(word.rstrip("'’").lower() for word in word_set(data, "elisions")),
        word_set(data, "place_glue_letters"),
        borrowing_language(data),
        tuple(sorted(word_set(data, "verb_form_endings"), key=len, reverse=True)),
        tuple(sorted(word_set(data, "compound_linking_vowels"))),
        float(table(data, "short_content_glue_zipf", 0.0)),  # type: ignore[arg-type]
        word_set(data, "glue_compound_heads"),
        float(table(data, "short_glue_part_zipf", 0.0)),  # type: ignore[arg-type]
        tuple(sorted(word_set(data, "glue_word_endings"))),
        word_set(data, "glue_compound_tails"),
        tuple(sorted(word_set(data, "glue_derivational_endings"))),
        tuple(sorted(word_set(data, "glue_adjective_endings"))),
        frozenset(str(table(data, "apostrophe_word_letters", ""))),
        tuple(sorted(word_set(data, "apostrophe_suffix_runs"), key=len, reverse=True)),
        _person_titles(data) if table(data, "glue_after_titles", False) else frozenset(),
        tuple(sorted(word_set(data, "glue_form_endings") | {""}, key=len, reverse=True))
        if word_set(data, "glue_form_endings")
        else (),
        tuple(sorted(dict(table(data, "glue_participle_stems", {})).items())),  # type: ignore[arg-type]
        word_set(data, "list_glue_words") & glue,
        tuple(sorted(word_set(data, "list_item_endings"))),
        word_set(data, "glue_after_given_name") & glue,
        word_set(data, "digraphs"),
    )


def _person_titles(data: LanguageData) -> frozenset[str]:
    code = (data.code or "").split("-")[0].split("_")[0].lower()
    titles = resource_json("gazetteer", "name_evidence.json").get(code, {}).get("titles", ())
    return frozenset(title.lower() for title in titles if title.isalpha())
