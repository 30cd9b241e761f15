"""A tiny but real Argos Translate package, built offline for tests.

A sentencepiece model trained on a few hundred generated lines, a CTranslate2 Transformer
(1 layer, 2 heads, d_model 16) with random weights whose vocabulary is the sentencepiece pieces,
and a metadata.json, zipped under one top-level folder: exactly what `mtlint models install`
and argostranslate accept. Its translations are gibberish (deterministic gibberish): use it to
test plumbing, and known strings to test scoring.

    from argos_tiny import build_tiny_package   # tests/ is on sys.path under pytest
    path = build_tiny_package(tmp_path, "en", "de")
    # -> tmp_path / "translate-en_de-tiny.argosmodel"

Each pair is built once per process (about a second) and copied after that.
"""

from __future__ import annotations

import io
import json
import tempfile
import threading
import zipfile
from pathlib import Path

import numpy as np

D_MODEL = 16
FFN = 32
VERSION = "0.1-tiny"
# Pushes the decoder towards </s>: random weights would otherwise ramble up to the length cap.
EOS_BIAS = 4.0

_WORDS = [
    "the",
    "president",
    "met",
    "leader",
    "on",
    "Sunday",
    "in",
    "Russia",
    "and",
    "North",
    "Korea",
    "who",
    "is",
    "making",
    "a",
    "visit",
    "to",
    "Uzbekistan",
    "he",
    "said",
    "Western",
    "countries",
    "have",
    "sent",
    "troops",
    "at",
    "summit",
    "Vladimir",
    "Putin",
    "Kim",
    "Jong",
    "Un",
    "received",
    "talks",
    "with",
    "trade",
    "energy",
    "security",
    "news",
    "agency",
    "reported",
    "Tashkent",
    "Moscow",
    "week",
    "der",
    "Präsident",
    "traf",
    "am",
    "Sonntag",
    "in",
    "Russland",
    "und",
    "Nordkorea",
    "wer",
    "macht",
    "einen",
    "Besuch",
    "nach",
    "Usbekistan",
    "er",
    "sagte",
    "westliche",
    "Länder",
    "haben",
    "Truppen",
    "geschickt",
    "Gipfel",
    "empfing",
    "Gespräche",
    "mit",
    "Handel",
    "Energie",
    "Sicherheit",
    "Nachrichtenagentur",
    "berichtete",
    "Woche",
    "über",
    "für",
    "von",
]
_PUNCTUATION = (".", ",", "?", "!", ":", ";", "'", '"', "-", "…", "(", ")", "0", "1", "2", "9")

_built: dict[tuple[str, str, float, str], bytes] = {}
_lock = threading.Lock()


def _training_lines(seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(400):
        words = list(rng.choice(_WORDS, size=int(rng.integers(4, 14))))
        if rng.random() < 0.5:
            words.append(str(rng.choice(_PUNCTUATION)))
        lines.append(" ".join(words))
    # Every letter once in a while, so ordinary text rarely meets <unk>.
    lines.append("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ äöüß éèàç")
    return lines


def _sentencepiece_model(seed: int) -> bytes:
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_lines(seed)),
        model_writer=model,
        vocab_size=160,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
    )
    return model.getvalue()


# Model shapes: "tiny" for tests; "base" has the dimensions of a real Argos package (Transformer
# base: 6 layers, d_model 512, 8 heads, FFN 2048, a 32,000-piece vocabulary) with random weights,
# so CTranslate2 does a real model's work per token: the benchmarks' stand-in for a real model.
SHAPES: dict[str, dict[str, int]] = {
    "tiny": {"layers": 1, "heads": 2, "d_model": D_MODEL, "ffn": FFN, "vocabulary": 0},
    "base": {"layers": 6, "heads": 8, "d_model": 512, "ffn": 2048, "vocabulary": 32000},
}


def _fill_random(
    spec: object,
    vocabulary_size: int,
    rng: np.random.Generator,
    d_model: int = D_MODEL,
    ffn: int = FFN,
) -> None:
    """Random weights for every unset variable, shaped by the variable's role."""
    D_MODEL, FFN = d_model, ffn  # noqa: N806 - the shapes below read as the constants
    scale = 0.5 if d_model <= 16 else 1.0 / np.sqrt(d_model)

    def fill(layer: object, name: str, value: object) -> None:
        if value is not None:
            return
        attribute = name.split("/")[-1]
        if attribute == "gamma":
            array = np.ones(D_MODEL, np.float32)
        elif attribute == "beta":
            array = np.zeros(D_MODEL, np.float32)
        else:
            if "embeddings" in name or "projection" in name:
                shape = (vocabulary_size, D_MODEL)
            elif "ffn/linear_0" in name:
                shape = (FFN, D_MODEL)
            elif "ffn/linear_1" in name:
                shape = (D_MODEL, FFN)
            elif "self_attention/linear_0" in name:
                shape = (3 * D_MODEL, D_MODEL)  # fused query, key, value
            elif "/attention/linear_1" in name:
                shape = (2 * D_MODEL, D_MODEL)  # fused key, value of the cross attention
            else:
                shape = (D_MODEL, D_MODEL)
            array = rng.normal(0.0, scale, shape).astype(np.float32)
        setattr(layer, attribute, array)

    spec.encoder._visit(fill)  # type: ignore[attr-defined]
    spec.decoder._visit(fill)  # type: ignore[attr-defined]


def _build_bytes(
    from_code: str, to_code: str, eos_bias: float = EOS_BIAS, shape: str = "tiny"
) -> bytes:
    import sentencepiece
    from ctranslate2.specs import TransformerSpec

    dims = SHAPES[shape]
    seed = sum(map(ord, from_code + to_code))
    sp_bytes = _sentencepiece_model(seed)
    processor = sentencepiece.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces = len(vocabulary)
    # A real-size vocabulary: padding pieces the tokenizer never makes and the decoder never emits.
    vocabulary += [f"<pad{i}>" for i in range(max(0, dims["vocabulary"] - pieces))]
    rng = np.random.default_rng(seed)
    spec = TransformerSpec.from_config(dims["layers"], dims["heads"])
    _fill_random(spec, len(vocabulary), rng, dims["d_model"], dims["ffn"])
    # Never emit <unk> or <s>, so the gibberish at least decodes to words; end early.
    bias = np.zeros(len(vocabulary), np.float32)
    bias[[processor.unk_id(), processor.bos_id()]] = -1e4
    bias[pieces:] = -1e4
    bias[processor.eos_id()] = eos_bias
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8" if shape != "tiny" else None)
    top = f"translate-{from_code}_{to_code}-tiny"
    metadata = {
        "package_version": VERSION,
        "argos_version": "1.9.0",
        "from_code": from_code,
        "from_name": _NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": _NAMES.get(to_code, to_code),
        "type": "translate",
        "links": [],
    }
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="argos-tiny-") as folder:
        model_dir = Path(folder) / "model"
        model_dir.mkdir()
        spec.save(str(model_dir))
        compression = zipfile.ZIP_DEFLATED if shape == "tiny" else zipfile.ZIP_STORED
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            archive.writestr(f"{top}/", "")
            archive.writestr(f"{top}/metadata.json", json.dumps(metadata, indent=2))
            archive.writestr(f"{top}/sentencepiece.model", sp_bytes)
            archive.writestr(
                f"{top}/README.md", "Tiny random test model built by tests/argos_tiny.py.\n"
            )
            archive.writestr(f"{top}/model/", "")
            for path in sorted(model_dir.iterdir()):
                archive.write(path, f"{top}/model/{path.name}")
    return buffer.getvalue()


_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian"}


def build_tiny_package(
    folder: Path,
    from_code: str = "en",
    to_code: str = "de",
    *,
    eos_bias: float = EOS_BIAS,
    shape: str = "tiny",
) -> Path:
    """Write ``translate-FROM_TO-tiny.argosmodel`` into ``folder`` and return its path.

    ``eos_bias`` lower (0) makes the decoder ramble to the length cap: slower, more like a real
    model's workload (the benchmark uses that). ``shape="base"``: a real model's dimensions
    (random weights, int8), for timing.
    """
    key = (from_code, to_code, eos_bias, shape)
    with _lock:
        data = _built.get(key)
        if data is None:
            data = _built[key] = _build_bytes(from_code, to_code, eos_bias, shape)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"translate-{from_code}_{to_code}-tiny.argosmodel"
    path.write_bytes(data)
    return path


def install_tiny_pair(folder: Path, first: str = "en", second: str = "de") -> list[Path]:
    """Build and install both directions (first→second, second→first); returns the files."""
    from mtlint.checks.backtranslation import models

    paths = [build_tiny_package(folder, first, second), build_tiny_package(folder, second, first)]
    for path in paths:
        models.install_from_file(path)
    return paths
