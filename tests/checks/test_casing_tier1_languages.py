"""pt, nl, uk, ro, sv, tr (and Czech entity case): the seed's mechanisms found from language data
(issue 12). Bad text → the right fix among the suggestions; native look-alikes stay quiet. The
sentences are made up after the patterns of bench/data/planted-ml, not copied from it."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits

# Casing, entity case and stray ellipsis: the rules this work feeds.
CODES = ("MT201", "MT301", "MT302", "MT303", "MT305")


def findings(text: str, language: str):
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code in CODES]


def suggestions(text: str, language: str) -> set[str]:
    return {apply_edits(text, fix.edits) for f in findings(text, language) for fix in f.fixes}


PLANTED = [
    # A lost full stop before an opener of the table.
    (
        "nl",
        "De brand werd snel geblust Daarna kwam de politie.",
        "De brand werd snel geblust. Daarna kwam de politie.",
    ),
    (
        "uk",
        "Рятувальники працювали всю ніч Спочатку горів склад.",
        "Рятувальники працювали всю ніч. Спочатку горів склад.",
    ),
    (
        "ro",
        "Ministrul a vorbit despre buget Astfel, deficitul scade.",
        "Ministrul a vorbit despre buget. Astfel, deficitul scade.",
    ),
    (
        "sv",
        "Branden släcktes efter en timme Därefter stängdes vägen.",
        "Branden släcktes efter en timme. Därefter stängdes vägen.",
    ),
    # An article that also opens names ("O Globo") before a common noun.
    (
        "pt",
        "A reunião terminou na sexta-feira O Governo aprovou o plano.",
        "A reunião terminou na sexta-feira. O Governo aprovou o plano.",
    ),
    # Inflected nouns that open a sentence (definite endings, Turkish case endings).
    (
        "sv",
        "Mannen greps vid stationen Polisen har inlett en utredning.",
        "Mannen greps vid stationen. Polisen har inlett en utredning.",
    ),
    (
        "ro",
        "Focul a cuprins acoperișul casei Pompierii au intervenit rapid.",
        "Focul a cuprins acoperișul casei. Pompierii au intervenit rapid.",
    ),
    (
        "ro",
        "Accidentul s-a produs lângă Cluj Pompierii au intervenit rapid.",
        "Accidentul s-a produs lângă Cluj. Pompierii au intervenit rapid.",
    ),
    (
        "tr",
        "Ekipler olay yerine sevk edildi Çevrede yoğun duman oluştu.",
        "Ekipler olay yerine sevk edildi. Çevrede yoğun duman oluştu.",
    ),
    (
        "tr",
        "Bakan yarın Berlin'e gidecek Görüşmede ticaret ele alınacak.",
        "Bakan yarın Berlin'e gidecek. Görüşmede ticaret ele alınacak.",
    ),
    # After a closing quote.
    (
        "pt",
        'Ele falou de uma "situação específica" O Governo respondeu.',
        'Ele falou de uma "situação específica". O Governo respondeu.',
    ),
    # A relative pronoun or conjunction capitalised mid-sentence.
    (
        "nl",
        "Het kabinet kwam bijeen in het Catshuis Waar de ministers spraken.",
        "Het kabinet kwam bijeen in het Catshuis, waar de ministers spraken.",
    ),
    (
        "sv",
        "Regeringen anser Att valet inte var fritt.",
        "Regeringen anser att valet inte var fritt.",
    ),
    (
        "tr",
        "Rusya Ve Ukrayna arasındaki savaş sürüyor.",
        "Rusya ve Ukrayna arasındaki savaş sürüyor.",
    ),
    # A name lower-cased after a cut link.
    (
        "ro",
        "Mai mulți copaci au căzut în… cluj, în zona de munte.",
        "Mai mulți copaci au căzut în… Cluj, în zona de munte.",
    ),
    (
        "uk",
        "Перший матч у… києві завершився перемогою.",
        "Перший матч у… Києві завершився перемогою.",
    ),
    (
        "pt",
        "A cerimónia decorreu no palácio com honras de… estado.",
        "A cerimónia decorreu no palácio com honras de… Estado.",
    ),
    (
        "sv",
        "De flyttade verksamheten till… halmstad förra året.",
        "De flyttade verksamheten till… Halmstad förra året.",
    ),
    (
        "tr",
        "Başbakan ilk gezisini Fransa'nın başkenti… paris'e yaptı.",
        "Başbakan ilk gezisini Fransa'nın başkenti… Paris'e yaptı.",
    ),
    (
        "tr",
        "Erdoğan, görüşme sonrasında… başkan trump ile konuştu.",
        "Erdoğan, görüşme sonrasında… Başkan Trump ile konuştu.",
    ),
    # Czech: a two-word name in a case form, an abbreviation that opens a name.
    (
        "cs",
        "Firma je jedním z exportérů v… české republice a roste.",
        "Firma je jedním z exportérů v… České republice a roste.",
    ),
    (
        "cs",
        "Tým odehraje duel se… st. Louis a pak odjede.",
        "Tým odehraje duel se… St. Louis a pak odjede.",
    ),
    (
        "cs",
        "Budou čelit Edmontonu V TPCA pracuje tisíc lidí.",
        "Budou čelit Edmontonu. V TPCA pracuje tisíc lidí.",
    ),
]


@pytest.mark.parametrize(("language", "bad", "good"), PLANTED)
def test_planted_artefact_has_the_right_fix(language: str, bad: str, good: str) -> None:
    assert good in suggestions(bad, language)


def test_a_stray_ellipsis_after_a_turkish_participle_is_found() -> None:
    text = "Mahallede bulunan… istanbul toptancılar çarşısında yangın çıktı."
    assert "MT201" in {f.code for f in findings(text, "tr")}


QUIET = [
    ("pt", "Ele leu o jornal O Globo e disse que o governo e o estado vão investir em Santos."),
    ("pt", "O Presidente da República recebeu o primeiro-ministro no Palácio de Belém."),
    ("nl", "Zij zullen het departement leiden, zei Aboutaleb, die in Rotterdam burgemeester is."),
    ("uk", "Донецький Шахтар обіграв київське Динамо у Львові, повідомили в клубі."),
    ("ro", "A anunțat Ministerul de Externe, după ședința Guvernului din 25 februarie."),
    ("ro", "Lideri europeni vor vizita Chișinăul miercuri, relatează presa locală."),
    ("sv", "Vice chefsåklagare Hans Ihrman anhöll personen, meddelar Åklagarmyndigheten i dag."),
    ("sv", "Han talade vid Svenska Akademien och Kungliga Biblioteket om boken."),
    ("sv", "I omröstningen röstade Sverigedemokraterna för, och kritiserade Försvarsmakten hårt."),
    ("ro", "Proiectul a fost trimis de Executivul condus de premier spre aprobare."),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Almanya'da mevkidaşı ile bir araya geldi."),
    ("tr", "Toplantıya katılan Erdoğan, Ankara'da açıklama yaptı."),
    ("tr", "Bu toplantıya yedi Avrupa ülkesi katıldı; ama şimdi Ankara ile görüşmeler sürüyor."),
    ("cs", "Karel V byl císařem a vládl z Prahy, psal o tom deník Právo."),
]


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_native_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert findings(text, language) == []


def test_turkish_reduplication_is_no_doubled_word() -> None:
    result = check_document(
        Document(text="Makamında kurmaylarıyla tek tek görüşmeler yapıyor.", language="tr"),
        Config(min_confidence=0.0),
    )
    assert [f for f in result.findings if f.code == "MT401"] == []
    doubled = check_document(Document(text="Bu bu karar önemli.", language="tr"), Config())
    assert [f.code for f in doubled.findings] == ["MT401"]


def test_romanian_demonym_genitive_is_no_country_name() -> None:
    text = "El a afirmat că actuala coaliţie a fost făcută în urma votului românilor."
    assert findings(text, "ro") == []
