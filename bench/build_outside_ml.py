"""Build the outside multilingual set: the seed's mechanisms planted into native prose that no
other dev set uses, in the tier-1 languages and in nine languages outside that list.

Usage:
    python bench/build_outside_ml.py --extract [--mirrors /work/.mirror]   # sources.jsonl
    python bench/build_outside_ml.py [--seed 12]                           # the four sets

Sources: the ``# text`` lines of Universal Dependencies treebanks (native news, fiction,
Wikipedia and web prose; fetched repositories, see the README), three consecutive sentences of a
file (or of a document / paragraph where the treebank marks them) to a paragraph.
``--extract`` reads the fetched repositories (at the commits the committed ``labels.jsonl``
names, where the mirror holds them, else the newest) and writes ``sources.jsonl`` (one paragraph
a line, its sentences and the URL of its first sentence at the treebank's commit); the build reads
only ``sources.jsonl``, so it runs without the mirrors and is deterministic.

Build: per language the paragraphs are shuffled with the seed and cut into a ``dev`` and a
``held`` half. In each half, one paragraph in two gets one planted artefact (the mechanism with
the fewest lines so far among those the paragraph has a site for, as ``build_planted_ml.py``
does, with its site finders: a glued word, a stray ellipsis with the link text lower-cased, a
relative word capitalised after a lost comma, a lost full stop between two of its sentences);
the other paragraphs stay clean. Writes ``dev-planted.jsonl``, ``dev-clean.jsonl``,
``held-planted.jsonl`` and ``held-clean.jsonl`` (line schema of ``planted-ml``). The planting
tables of the languages ``build_planted_ml.py`` has no table for are this builder's own,
written from grammar books, not from mtlint's ``resources/lang``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from build_planted_ml import (
    MECHANISMS,
    TABLES,
    PlantTable,
    apply_site,
    break_site,
    capital_sites,
    ellipsis_sites,
    glue_sites,
)

OUT = localdata.folder("bench/data/outside-ml")
TIER1 = ("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "ro", "sv", "tr")
OUTSIDE = ("hu", "fi", "da", "nb", "hr", "sk", "bg", "el", "id")
LANGUAGES = TIER1 + OUTSIDE
PARAGRAPHS = 120  # per language: 60 dev + 60 held, half of each planted
# Treebank (UniversalDependencies/UD_<name>) and file per language.
TREEBANKS = {
    "de": ("German-GSD", "de_gsd-ud-test.conllu"),
    "fr": ("French-GSD", "fr_gsd-ud-test.conllu"),
    "es": ("Spanish-GSD", "es_gsd-ud-test.conllu"),
    "it": ("Italian-ISDT", "it_isdt-ud-test.conllu"),
    "pt": ("Portuguese-Bosque", "pt_bosque-ud-test.conllu"),
    "nl": ("Dutch-Alpino", "nl_alpino-ud-test.conllu"),
    "pl": ("Polish-PDB", "pl_pdb-ud-test.conllu"),
    "cs": ("Czech-CAC", "cs_cac-ud-test.conllu"),
    "ru": ("Russian-GSD", "ru_gsd-ud-test.conllu"),
    "uk": ("Ukrainian-IU", "uk_iu-ud-test.conllu"),
    "ro": ("Romanian-RRT", "ro_rrt-ud-test.conllu"),
    "sv": ("Swedish-Talbanken", "sv_talbanken-ud-test.conllu"),
    "tr": ("Turkish-BOUN", "tr_boun-ud-test.conllu"),
    "hu": ("Hungarian-Szeged", "hu_szeged-ud-test.conllu"),
    "fi": ("Finnish-TDT", "fi_tdt-ud-test.conllu"),
    "da": ("Danish-DDT", "da_ddt-ud-test.conllu"),
    "nb": ("Norwegian-Bokmaal", "no_bokmaal-ud-test.conllu"),
    "hr": ("Croatian-SET", "hr_set-ud-test.conllu"),
    "sk": ("Slovak-SNK", "sk_snk-ud-test.conllu"),
    "bg": ("Bulgarian-BTB", "bg_btb-ud-test.conllu"),
    "el": ("Greek-GDT", "el_gdt-ud-test.conllu"),
    "id": ("Indonesian-GSD", "id_gsd-ud-test.conllu"),
}


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# relatives (capitalised after a lost comma), sentence openers, link-leading prepositions (an
# empty set: the language marks place with case endings, any lower-case word may lead).
OWN_TABLES = {
    "de": PlantTable(
        _w("die der das dem den denen dessen deren wo wie dass weil wenn als ob obwohl während"),
        _w(
            "der die das ein eine es er sie wir ich man in im am auf mit nach bei für von vor "
            "seit auch doch aber dann damit dort hier so nun noch nur diese dieser dieses zudem "
            "außerdem allerdings jedoch trotzdem deshalb"
        ),
        _w("in im nach aus von bei mit für gegen über unter zu zum zur an am auf vor"),
    ),
    "fr": PlantTable(
        _w("qui que dont où quand lorsque puisque car mais si comme"),
        _w(
            "le la les un une il elle ils elles on nous je ce cette ces cet en au aux dans "
            "pour par sur avec selon depuis après avant mais et ainsi pourtant cependant "
            "toutefois alors puis enfin déjà"
        ),
        _w("à en de du des dans par pour vers avec sur sous chez contre entre depuis au aux"),
    ),
    "es": PlantTable(
        _w("que quien quienes cual cuales donde cuando cuyo cuya aunque porque mientras si como"),
        _w(
            "el la los las un una lo en de del con por para según desde tras este esta estos "
            "estas ese esa eso esto él ella ellos ellas no también además sin pero así al hoy "
            "ya se le les su sus mi es hay"
        ),
        _w("en de del a al con por para desde hacia entre sobre contra"),
    ),
    "it": PlantTable(
        _w("che cui dove quando quale quali perché mentre se come benché sebbene"),
        _w(
            "il lo la i gli le un una uno in nel nella per con da dal dalla secondo dopo prima "
            "questo questa questi queste quello quella non anche ma così però inoltre ieri "
            "oggi si ci è"
        ),
        _w("a ad in da di del della nel nella con per su tra fra verso contro al alla dal dalla"),
    ),
    "pl": PlantTable(
        _w(
            "który która które którzy którego której którym których gdzie kiedy gdy że aby "
            "żeby bo ponieważ jeśli jeżeli choć chociaż ale lecz"
        ),
        _w(
            "w we na z ze do od po przez dla to ten ta te tym jego jej ich on ona oni one nie "
            "jak jednak także również już wtedy według podczas później wcześniej obecnie teraz"
        ),
        _w("w we na do z ze od dla przez przy pod nad o po u"),
    ),
    "cs": PlantTable(
        _w(
            "který která které kteří kterého kterým kterou jenž jež kde kdy když že aby "
            "protože pokud jestli ačkoli ale"
        ),
        _w(
            "v ve na z ze do od po pro podle při to ten ta tento tato toto jeho její jejich on "
            "ona oni ony nyní také však už již tehdy kromě během"
        ),
        _w("v ve na do z ze od pro přes při pod nad o po u k ke"),
    ),
    "ru": PlantTable(
        _w(
            "который которая которое которые которого которой котором которых где когда что "
            "чтобы потому если хотя но"
        ),
        _w(
            "в во на с со к по из за от для при после до это этот эта эти он она они мы я "
            "также однако кроме теперь сейчас тогда как так но и"
        ),
        _w("в во на из с со к ко от до для через под над о об по у"),
    ),
    "hu": PlantTable(
        _w("aki ami amely amelyek akik ahol amikor hogy mert ha bár de mint"),
        _w(
            "a az egy ez ezt ezek ő ők mi nem is de és már most akkor azonban ugyanakkor "
            "emellett ezért majd végül"
        ),
        frozenset(),
    ),
    "fi": PlantTable(
        _w("joka jotka jonka joita jossa jolloin kun että koska jos vaikka mutta kuin mikä"),
        _w(
            "se ne hän he me minä tämä nämä myös kuitenkin nyt sitten siksi lisäksi silloin "
            "mutta ja vuonna"
        ),
        frozenset(),
    ),
    "da": PlantTable(
        _w("som der hvor hvad hvis da når at fordi mens selvom men"),
        _w(
            "det den de en et han hun vi jeg i på efter med for der derfor men og så nu også "
            "desuden samtidig ifølge"
        ),
        _w("i på til fra med for mod ved af hos"),
    ),
    "nb": PlantTable(
        _w("som der hvor hva hvis da når at fordi mens men"),
        _w(
            "det den de en et han hun vi jeg i på etter med for der derfor men og så nå også "
            "dessuten samtidig ifølge"
        ),
        _w("i på til fra med for mot ved av hos"),
    ),
    "hr": PlantTable(
        _w("koji koja koje kojeg kojem kojoj kojih kojima gdje kada kad što da jer ako iako ali"),
        _w(
            "u na s sa iz od do za po to taj ta te ovo ova ovaj on ona oni one nije također "
            "međutim tada sada već prema nakon"
        ),
        _w("u na iz od do za s sa prema kod po o pri"),
    ),
    "sk": PlantTable(
        _w(
            "ktorý ktorá ktoré ktorí ktorého ktorej ktorým ktorú kde keď že aby pretože ak hoci ale"
        ),
        _w(
            "v vo na z zo do od po pre podľa pri to ten tá tento táto toto jeho jej ich on ona "
            "oni ony teraz tiež však už vtedy okrem počas"
        ),
        _w("v vo na do z zo od pre cez pri pod nad o po u k ku"),
    ),
    "bg": PlantTable(
        _w("който която което които където когато че защото ако макар но докато"),
        _w(
            "в във на с със от до за по при след това този тази тези той тя те ние аз също "
            "обаче сега тогава но и"
        ),
        _w("в във на от до за с със към през при под над по"),
    ),
    "el": PlantTable(
        _w("που οποίος οποία οποίο οποίοι όπου όταν ότι επειδή αν ενώ αλλά"),
        _w(
            "ο η το οι τα ένας μία ένα στο στη στην στον στα σε με για από μετά αυτό αυτή "
            "αυτός αυτά δεν επίσης όμως τώρα τότε ωστόσο έτσι"
        ),
        _w("σε στο στη στην στον στα στις στους από για με προς κατά"),
    ),
    "id": PlantTable(
        _w("yang ketika karena jika meskipun tetapi bahwa sehingga"),
        _w(
            "ini itu dia mereka kami kita saya ia di pada dalam dengan untuk dari menurut "
            "selain namun tetapi sementara setelah sebelum kemudian saat"
        ),
        _w("di ke dari pada untuk dengan oleh dalam"),
    ),
}
# Generic openers added to build_planted_ml's tables (its openers were picked for its sources).
EXTRA_OPENERS = {
    "pt": _w("ele ela eles elas mas também já ainda então"),
    "nl": _w("hij zij ze we wij ik maar toen nu ook zo"),
    "uk": _w("але та і й ми я ці цей ця це"),
    "ro": _w("el ea ei ele noi eu dar iar acesta aceasta acum apoi nu"),
    "sv": _w("men då så detta dessa man sedan också"),
    "tr": _w("ancak ama fakat o onlar biz ben şimdi daha"),
}


def table_for(lang: str) -> PlantTable:
    if lang in OWN_TABLES:
        return OWN_TABLES[lang]
    base = TABLES[lang]
    return PlantTable(
        base.relatives, base.openers | EXTRA_OPENERS.get(lang, frozenset()), base.prepositions
    )


# --- extraction from the fetched treebanks --------------------------------------------------
_ENDS = tuple('.!?…"»”)')
_BAD = re.compile(r" [,.;]|\s{2}|https?:|www\.|@|\ufffd|_|&#|``|''|\w- \w")


def good_sentence(text: str) -> bool:
    """A whole, clean-looking sentence: capital (or digit, quote) first, closing mark last, no
    tokenisation traces (space before a comma or full stop), no address."""
    if not 25 <= len(text) <= 320 or _BAD.search(text) or not text.endswith(_ENDS):
        return False
    first = text.lstrip("\"'„“«»(–-— ")[:1]
    return first.isupper() or first.isdigit()


def balanced_quotes(text: str) -> bool:
    """Whether the quotation marks and brackets of a run of sentences pair up: a window that
    cuts a quotation (its other half in a sentence left out) is an extraction artefact."""
    if text.count('"') % 2 or text.count("«") != text.count("»"):
        return False
    if text.count("(") != text.count(")"):
        return False
    if "„" in text:
        return text.count("„") == text.count("“") + text.count("”")
    return text.count("“") == text.count("”")


def read_treebank(text: str) -> list[tuple[str, str, bool]]:
    """(sent_id, text, starts a new document or paragraph) per sentence of a CoNLL-U file."""
    sentences, sent_id, boundary = [], "", True
    for line in text.splitlines():
        if line.startswith(("# newdoc", "# newpar")):
            boundary = True
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            sentences.append((sent_id, line.split("=", 1)[1].strip(), boundary))
            boundary = False
    return sentences


def paragraphs_of(sentences: list[tuple[str, str, bool]], size: int = 3) -> list[list]:
    """Runs of ``size`` consecutive good sentences, none crossing a document boundary."""
    runs, current = [], []
    for sent_id, text, boundary in sentences:
        if boundary or not good_sentence(text):
            current = []
        if good_sentence(text):
            current.append((sent_id, text))
        if len(current) == size:
            if balanced_quotes(" ".join(t for _, t in current)):
                runs.append(current)
            current = []
    return runs


def pinned(relative: str) -> dict[str, str]:
    """The treebank commits a built folder's committed labels name (each line's URL): the
    commits to read again so that a rebuild gives the bytes the manifest's sha256 records."""
    labels = localdata.REPO / relative / localdata.LABELS
    if not labels.is_file():
        return {}
    pattern = r"github\.com/(UniversalDependencies/UD_[\w-]+)/blob/([0-9a-f]{40})/"
    return dict(re.findall(pattern, labels.read_text(encoding="utf-8")))


def _revision(run: list[str], repo: str, pins: dict[str, str]) -> str:
    """The pinned commit when the mirror holds it, else the mirror's newest (said in a line)."""
    pin = pins.get(repo, "")
    if pin and subprocess.run([*run, "cat-file", "-e", f"{pin}^{{commit}}"]).returncode == 0:
        return pin
    newest = subprocess.run([*run, "rev-parse", "HEAD"], capture_output=True, text=True)
    if pin:
        print(f"{repo}: pinned {pin[:12]} not in the mirror; newest {newest.stdout[:12]} instead")
    return newest.stdout.strip()


def extract(
    mirrors: Path,
    out: Path,
    treebanks: dict[str, tuple[str, str]] = TREEBANKS,
    paragraphs: int = PARAGRAPHS,
    pins: dict[str, str] | None = None,
) -> int:
    """Read ``paragraphs`` runs of three good sentences per language from each fetched
    treebank file (``treebanks``: language → (UD repository name, path)) into sources.jsonl,
    at the commits ``pins`` names (repository → commit) where the mirror holds them."""
    lines = []
    for lang in LANGUAGES:
        name, path = treebanks[lang]
        repo = f"UniversalDependencies/UD_{name}"
        git_dir = mirrors / repo.replace("/", "+") / "repo"
        run = ["git", "--git-dir", str(git_dir)]
        commit = _revision(run, repo, pins or {})
        text = subprocess.run([*run, "show", f"{commit}:{path}"], capture_output=True, text=True)
        if text.returncode:
            print(f"build_outside_ml: {lang}: cannot read {repo} {path}", file=sys.stderr)
            return 2
        runs = paragraphs_of(read_treebank(text.stdout))
        rng = random.Random(f"extract:{lang}")
        chosen = sorted(rng.sample(range(len(runs)), min(paragraphs, len(runs))))
        for index in chosen:
            run_ = runs[index]
            lines.append(
                {
                    "lang": lang,
                    "url": f"https://github.com/{repo}/blob/{commit}/{path}#{run_[0][0]}",
                    "sent_ids": [s for s, _ in run_],
                    "sentences": [t for _, t in run_],
                }
            )
        print(f"{lang}: {len(chosen)} paragraphs of {len(runs)} ({repo} {commit[:12]})")
    _write(out / "sources.jsonl", lines)
    return 0


# --- planting --------------------------------------------------------------------------------
def sites_of(sentences: list[str], table: PlantTable, lang: str) -> dict[str, list[dict]]:
    text = " ".join(sentences)
    options = {
        "glued_word": glue_sites(text),
        "stray_ellipsis": ellipsis_sites(text, table, lang),
        "midsentence_capital": capital_sites(text, table),
        "missing_sentence_break": [],
    }
    offset = 0
    for first, second in itertools.pairwise(sentences):
        site = break_site(first, second, table)
        if site:
            shifted = [(c, start + offset, span, fix) for c, start, span, fix in site["errors"]]
            options["missing_sentence_break"].append(
                {
                    "start": site["start"] + offset,
                    "end": site["end"] + offset,
                    "new": site["new"],
                    "errors": shifted,
                }
            )
        offset += len(first) + 1
    return options


def _record(lang: str, number: int, half: str, target: str, errors: list, source: dict) -> dict:
    kind = "planted" if errors else "clean"
    return {
        "id": f"outside-{kind}:{lang}:{half}:{number}",
        "dataset": f"outside-ml-{half}",
        "split": half,
        "source_lang": None,
        "target_lang": lang,
        "source": None,
        "target": target,
        "errors": errors,
        "clean": " ".join(source["sentences"]),
        "origin": "native prose (Universal Dependencies treebank)",
        "url": source["url"],
    }


def build_language(sources: list[dict], seed: int) -> dict[str, list[dict]]:
    lang = sources[0]["lang"]
    table = table_for(lang)
    rng = random.Random(f"{seed}:{lang}")
    order = list(sources)
    rng.shuffle(order)
    middle = len(order) // 2
    out: dict[str, list[dict]] = {}
    counts: Counter = Counter()
    for half, part in (("dev", order[:middle]), ("held", order[middle:])):
        planted, clean = [], []
        for source in part:
            text = " ".join(source["sentences"])
            options = sites_of(source["sentences"], table, lang)
            available = [m for m in MECHANISMS if options[m]]
            if len(planted) >= len(part) // 2 or not available or len(clean) < len(planted):
                clean.append(_record(lang, len(clean), half, text, [], source))
                continue
            fewest = min(counts[m] for m in available)
            mechanism = rng.choice([m for m in available if counts[m] == fewest])
            counts[mechanism] += 1
            target, errors = apply_site(text, rng.choice(options[mechanism]))
            planted.append(_record(lang, len(planted), half, target, errors, source))
        out[f"{half}-planted"], out[f"{half}-clean"] = planted, clean
    return out


def _write(path: Path, lines: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)  # a new machine's store has no folder yet
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def build(out: Path, seed: int) -> int:
    lines = (out / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    sources = [json.loads(line) for line in lines if line.strip()]
    files: dict[str, list[dict]] = {}
    for lang in LANGUAGES:
        mine = [s for s in sources if s["lang"] == lang]
        if not mine:
            continue
        for name, lines in build_language(mine, seed).items():
            files.setdefault(name, []).extend(lines)
    for name, lines in files.items():
        _write(out / f"{name}.jsonl", lines)
    table = Counter(
        (line["target_lang"], line["split"], line["errors"][0]["category"])
        for half in ("dev", "held")
        for line in files[f"{half}-planted"]
    )
    for lang in LANGUAGES:
        cells = " ".join(
            f"{m[:8]} {table[(lang, 'dev', m)]}/{table[(lang, 'held', m)]}" for m in MECHANISMS
        )
        print(f"{lang}: {cells}")
    return 0


def arguments(argv: list[str] | None, description: str, out: Path) -> argparse.Namespace:
    """The options of a treebank set's builder (this one and build_outside_ml_devfile)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--extract", action="store_true", help="read the fetched treebanks")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__.splitlines()[0], OUT)
    if args.extract:
        return extract(args.mirrors, args.out, pins=pinned("bench/data/outside-ml"))
    return build(args.out, args.seed)


if __name__ == "__main__":
    sys.exit(main())
