"""Translating sentences with an installed Argos package, straight through CTranslate2.

argostranslate's own pipeline is not used: it splits text with MiniSBD/stanza, which downloads a
model on first use. Sentences come already split (``Document.sentences``); each package's
tokenizer (sentencepiece, or argos's BPE tokenizer) and its CTranslate2 model are driven here
directly, in batches, with the loaded translators kept between calls.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtlint.checks.backtranslation.cache import TranslationCache
from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError
from mtlint.checks.backtranslation.models import PackageInfo, installed_package, route

# Sentences per translate_batch call: big enough to keep CTranslate2 busy, small enough that
# progress and cancellation are polled often.
BATCH_SIZE = 32
# Beam search width; Argos Translate's default.
BEAM_SIZE = int(os.environ.get("MTLINT_BEAM_SIZE", "4"))

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class LoadedPackage:
    info: PackageInfo
    translator: Any  # ctranslate2.Translator
    encode: Callable[[str], list[str]]
    decode: Callable[[list[str]], str]
    # How many times translate_batch was called (tests count cache hits with it).
    calls: int = 0


_loaded: dict[Path, LoadedPackage] = {}
_load_lock = threading.Lock()


def clear_loaded() -> None:
    """Forget loaded translators and the cached package listing (as a new process would)."""
    from mtlint.checks.backtranslation import models

    with _load_lock:
        _loaded.clear()
    with models._lock:
        models._listing.clear()


def translator_options() -> dict[str, Any]:
    """CTranslate2 Translator settings: one replica using every core (low latency per batch)."""
    return {"device": "cpu", "inter_threads": 1, "intra_threads": cores(), "compute_type": "auto"}


def load_package(info: PackageInfo) -> LoadedPackage:
    """The package's translator and tokenizer, loaded once per process."""
    assert info.path is not None
    with _load_lock:
        loaded = _loaded.get(info.path)
        if loaded is not None and loaded.info == info:
            return loaded
        try:
            import ctranslate2

            translator = ctranslate2.Translator(str(info.path / "model"), **translator_options())
        except (RuntimeError, ValueError, OSError) as error:
            raise BacktranslationError(
                f"{info.label} model at {info.path} cannot be loaded ({str(error).splitlines()[0]})"
            ) from None
        encode, decode = _tokenizer(info)
        loaded = _loaded[info.path] = LoadedPackage(info, translator, encode, decode)
        return loaded


def _tokenizer(info: PackageInfo) -> tuple[Callable[[str], list[str]], Callable[[list[str]], str]]:
    assert info.path is not None
    sp_path = info.path / "sentencepiece.model"
    if sp_path.is_file():
        import sentencepiece

        processor = sentencepiece.SentencePieceProcessor(model_file=str(sp_path))

        def encode(text: str) -> list[str]:
            return processor.encode(text, out_type=str)

        def decode(pieces: list[str]) -> str:
            return processor.decode_pieces(pieces).replace("▁", " ").strip()

        return encode, decode
    bpe_path = info.path / "bpe.model"
    if bpe_path.is_file():
        # Older packages: Moses tokenisation + BPE, as argostranslate does it (light import).
        from argostranslate.tokenizer import BPETokenizer

        tokenizer = BPETokenizer(bpe_path, info.from_code, info.to_code)
        return tokenizer.encode, lambda pieces: tokenizer.decode(pieces).strip()
    raise BacktranslationError(f"{info.label} package at {info.path} has no tokenizer model")


def translate_batch_raw(loaded: LoadedPackage, sentences: Sequence[str]) -> list[str]:
    """One CTranslate2 call for a batch of sentences (no cache)."""
    tokenized = [loaded.encode(s) for s in sentences]
    prefix = loaded.info.target_prefix
    longest = max((len(t) for t in tokenized), default=1)
    results = loaded.translator.translate_batch(
        tokenized,
        target_prefix=[[prefix]] * len(tokenized) if prefix else None,
        beam_size=BEAM_SIZE,
        num_hypotheses=1,
        replace_unknowns=True,
        length_penalty=0.2,
        # A runaway decoder (a looping model, or a random test model) stops at a length tied to
        # the input rather than at CTranslate2's fixed 256 tokens.
        max_decoding_length=min(512, 2 * longest + 16),
    )
    loaded.calls += 1
    out = []
    for result in results:
        text = loaded.decode(result.hypotheses[0])
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :].lstrip()
        out.append(text)
    return out


class Translator:
    """Translates lists of sentences between two languages, through English when needed,
    with the cache in front of every hop."""

    def __init__(self, cache: TranslationCache | None) -> None:
        self.cache = cache

    def hops(self, from_code: str, to_code: str) -> list[LoadedPackage]:
        packages = []
        for source, target in route(from_code, to_code):
            info = installed_package(source, target)
            if info is None:  # pragma: no cover - route() checked it
                raise BacktranslationError(f"no {source}→{target} model")
            packages.append(load_package(info))
        return packages

    def translate(
        self,
        sentences: Sequence[str],
        from_code: str,
        to_code: str,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[str]:
        """Translations in input order. ``progress(n)`` is told of each batch of n sentences
        finished (a fraction of n per hop on a chained route); ``cancelled()`` is polled between
        batches."""
        current = list(sentences)
        hops = self.hops(from_code, to_code)
        if not hops:
            if progress is not None:
                progress(len(current))
            return current
        # Each hop of a chain (de→en→fr) reports its share, so progress moves throughout.
        share = None if progress is None else (lambda n: progress(n / len(hops)))
        for loaded in hops:
            current = self._translate_hop(loaded, current, share, cancelled)
        return current

    def _translate_hop(
        self,
        loaded: LoadedPackage,
        sentences: list[str],
        progress: Callable[[float], None] | None,
        cancelled: Cancelled | None,
    ) -> list[str]:
        package_id = loaded.info.package_id
        direction = loaded.info.label
        unique = [s for s in dict.fromkeys(sentences) if s.strip()]
        known: dict[str, str] = {}
        if self.cache is not None:
            known = self.cache.get_many(package_id, direction, unique)
        todo = [s for s in unique if s not in known]
        reported = len(sentences) - len(todo)
        if progress is not None and reported:
            progress(reported)
        # Similar lengths in one batch waste less padding; order is restored through ``known``.
        todo.sort(key=len)
        for start in range(0, len(todo), BATCH_SIZE):
            if cancelled is not None and cancelled():
                raise BacktranslationCancelled("back-translation cancelled")
            batch = todo[start : start + BATCH_SIZE]
            translated = dict(zip(batch, translate_batch_raw(loaded, batch), strict=True))
            known.update(translated)
            if self.cache is not None:
                self.cache.put_many(package_id, direction, translated)
            if progress is not None:
                progress(len(batch))
        return [known.get(s, "") if s.strip() else "" for s in sentences]
