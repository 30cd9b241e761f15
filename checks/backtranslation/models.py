"""The model manager: Argos Translate packages installed, installable, downloadable, removable.

Everything here works on the folder argostranslate uses (``ARGOS_PACKAGES_DIR``, read on every
call so a changed environment is respected). Nothing touches the network except
``update_package_index`` and ``download``, and only when called. ``argostranslate.package`` is
imported lazily (it is light; ``argostranslate.translate``, which pulls in torch, is never used).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError

# An .argosmodel larger than this once unpacked is refused (real packages are 50–500 MB):
# a zip bomb must not fill the disk.
MAX_UNPACKED_BYTES = 4 * 2**30

# Argos models are trained to and from English: a pair with no direct package is chained
# through this language.
HUB_LANGUAGE = "en"

# The documented default pivot per document language, in order of preference: the first one
# whose round trip is installed is used. English documents go through German (then Spanish,
# French): the strongest Argos pairs. Every other language goes through English, which needs
# one model each way (a non-English pivot would chain through English anyway, doubling the
# translation work and the noise).
DEFAULT_PIVOTS: dict[str, tuple[str, ...]] = {
    "en": ("de", "es", "fr"),
    "*": ("en",),
}

_lock = threading.RLock()


@dataclass(frozen=True)
class PackageInfo:
    """An Argos package, installed (``path`` set) or available from the index."""

    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    size_bytes: int = 0
    path: Path | None = None
    links: tuple[str, ...] = ()
    target_prefix: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def label(self) -> str:
        return f"{self.from_code}→{self.to_code}"

    @property
    def package_id(self) -> str:
        """Identifies this exact model (the cache key): pair, version and model file size."""
        model_size = 0
        if self.path is not None:
            try:
                model_size = (self.path / "model" / "model.bin").stat().st_size
            except OSError:
                model_size = 0
        return f"{self.from_code}_{self.to_code}@{self.version}#{model_size}"


def packages_dir() -> Path:
    """Where packages are installed: ``ARGOS_PACKAGES_DIR``, else argostranslate's default."""
    configured = os.environ.get("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured)
    from argostranslate import settings

    return Path(settings.package_data_dir)


class MissingModelError(BacktranslationError):
    """Models a round trip needs are not installed; ``pairs`` names them (in download order)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = list(pairs)
        super().__init__(missing_models_message(self.pairs))


def missing_model_message(from_code: str, to_code: str) -> str:
    return missing_models_message([(from_code, to_code)])


def missing_models_message(pairs: list[tuple[str, str]]) -> str:
    """One line: the pairs, their download size, and the two ways to get them."""
    labels = ", ".join(f"{a}→{b}" for a, b in pairs)
    size = download_size_label(pairs)
    sized = f" (download {size})" if size else ""
    downloads = "; ".join(f"mtlint models download {a} {b}" for a, b in pairs)
    noun = "model" if len(pairs) == 1 else "models"
    return f"no {labels} {noun}{sized}: {downloads}, or mtlint models install FILE"


# --- download sizes (no network: the saved index, else a bundled table) ----------------------


def _bundled_sizes() -> dict[str, int]:
    from mtlint.checks.errors import ResourceError
    from mtlint.checks.resourcefiles import read_json

    try:
        table = read_json("backtranslation", "argos-sizes.json")
        return {k: int(v) * 2**20 for k, v in table["sizes_mb"].items()}
    except (ResourceError, ValueError, KeyError):  # pragma: no cover - the file ships with mtlint
        return {}


def download_size(from_code: str, to_code: str) -> tuple[int, bool]:
    """(bytes, exact) of the pair's package: the saved index's size when it gives one (exact),
    else the bundled table, else the reverse direction's (estimates); (0, False) when unknown."""
    try:
        for package in list_available():
            if package.pair == (from_code, to_code) and package.size_bytes:
                return package.size_bytes, True
    except BacktranslationError:
        pass
    table = _bundled_sizes()
    size = table.get(f"{from_code}_{to_code}") or table.get(f"{to_code}_{from_code}") or 0
    return size, False


def download_size_label(pairs: list[tuple[str, str]]) -> str:
    """ "≈ 166 MB" for the pairs together ("" when no size is known)."""
    total, exact = 0, True
    for pair in pairs:
        size, known = download_size(*pair)
        if not size:
            return ""
        total += size
        exact = exact and known
    megabytes = max(1, round(total / 2**20))
    return f"{megabytes} MB" if exact else f"≈ {megabytes} MB"


def missing_pairs(language: str, pivots: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """The packages to install so that ``language`` can round-trip through every pivot: the
    direct pairs, or both hops through English when neither language is English."""
    pairs = available_pairs()
    needed: list[tuple[str, str]] = []
    for pivot in pivots:
        for from_code, to_code in ((language, pivot), (pivot, language)):
            try:
                route(from_code, to_code, pairs)
                continue
            except BacktranslationError:
                pass
            if HUB_LANGUAGE in (from_code, to_code):
                hops = [(from_code, to_code)]
            else:
                hops = [(from_code, HUB_LANGUAGE), (HUB_LANGUAGE, to_code)]
            needed += [hop for hop in hops if hop not in pairs and hop not in needed]
    return needed


# --- installed packages ---------------------------------------------------------------------


def _folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):  # a file removed while we count
                total += (Path(root) / name).stat().st_size
    return total


def _info_from_metadata(metadata: dict, path: Path | None, size: int = 0) -> PackageInfo:
    return PackageInfo(
        from_code=str(metadata.get("from_code") or ""),
        to_code=str(metadata.get("to_code") or ""),
        from_name=str(metadata.get("from_name") or ""),
        to_name=str(metadata.get("to_name") or ""),
        version=str(metadata.get("package_version") or ""),
        size_bytes=size,
        path=path,
        links=tuple(str(link) for link in metadata.get("links") or ()),
        target_prefix=str(metadata.get("target_prefix") or ""),
    )


# (folder, folder mtime) → packages: re-reading every package's metadata and size on each
# call is most of a cached re-check's time. Installing or removing changes the folder's mtime.
_listing: dict[tuple[str, int], list[PackageInfo]] = {}


def list_installed() -> list[PackageInfo]:
    """Installed translation packages, sorted by language pair."""
    folder = packages_dir()
    try:
        stamp = (str(folder), folder.stat().st_mtime_ns)
    except OSError:
        return []
    if not folder.is_dir():
        return []
    with _lock:
        cached = _listing.get(stamp)
        if cached is not None:
            return list(cached)
        listed = _read_installed(folder)
        _listing.clear()
        _listing[stamp] = listed
        return list(listed)


def _read_installed(folder: Path) -> list[PackageInfo]:
    from argostranslate import package as argos_package

    found: list[PackageInfo] = []
    for entry in sorted(folder.iterdir()):
        # Our own staging folders, and anything half-made, are not packages.
        if (
            not entry.is_dir()
            or entry.name.startswith(".")
            or not (entry / "metadata.json").is_file()
        ):
            continue
        try:
            package = argos_package.Package(entry)
        except (OSError, ValueError) as error:  # a broken folder must not hide the others
            del error
            continue
        if package.type != "translate" or not package.from_code or not package.to_code:
            continue
        found.append(
            PackageInfo(
                from_code=package.from_code,
                to_code=package.to_code,
                from_name=package.from_name,
                to_name=package.to_name,
                version=package.package_version,
                size_bytes=_folder_size(entry),
                path=entry,
                links=tuple(package.links or ()),
                target_prefix=getattr(package, "target_prefix", "") or "",
            )
        )
    return sorted(found, key=lambda p: (p.from_code, p.to_code, p.version))


def installed_package(from_code: str, to_code: str) -> PackageInfo | None:
    for info in list_installed():
        if info.pair == (from_code, to_code):
            return info
    return None


def available_pairs() -> set[tuple[str, str]]:
    """Language pairs with an installed direct package."""
    return {info.pair for info in list_installed()}


def route(
    from_code: str, to_code: str, pairs: set[tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    """The hops that translate ``from_code`` into ``to_code``: direct, else through English.

    Raises BacktranslationError naming the direct pair when neither way is installed.
    """
    pairs = available_pairs() if pairs is None else pairs
    if from_code == to_code:
        return []
    if (from_code, to_code) in pairs:
        return [(from_code, to_code)]
    if (
        HUB_LANGUAGE not in (from_code, to_code)
        and {
            (from_code, HUB_LANGUAGE),
            (HUB_LANGUAGE, to_code),
        }
        <= pairs
    ):
        return [(from_code, HUB_LANGUAGE), (HUB_LANGUAGE, to_code)]
    raise MissingModelError([(from_code, to_code)])


def default_pivot(language: str | None) -> str:
    """The pivot a round trip of ``language`` uses when none is given (see DEFAULT_PIVOTS).

    The first preferred pivot whose round trip is installed; with none installed, the first
    preference (so the error names the model to install).
    """
    base = (language or "").split("-")[0].lower()
    candidates = [c for c in DEFAULT_PIVOTS.get(base, DEFAULT_PIVOTS["*"]) if c != base]
    if not candidates:  # an English document asked for its "*" default: never pivot to itself
        candidates = list(DEFAULT_PIVOTS["en"])
    pairs = available_pairs()
    for candidate in candidates:
        try:
            route(base, candidate, pairs)
            route(candidate, base, pairs)
        except BacktranslationError:
            continue
        return candidate
    return candidates[0]


# --- installing -------------------------------------------------------------------------------


def validate_package_file(path: Path) -> tuple[str, dict]:
    """Check an .argosmodel before anything is written: (top-level folder, metadata).

    A package is a zip with exactly one top-level folder holding ``metadata.json``; no member
    may be absolute, climb out with ``..``, or be a link.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise BacktranslationError(f"{name}: no such file")
    if not zipfile.is_zipfile(path):
        raise BacktranslationError(f"{name}: not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            tops: set[str] = set()
            total = 0
            for member in members:
                member_path = PurePosixPath(member.filename.replace("\\", "/"))
                parts = member_path.parts
                if (
                    not parts
                    or member.filename.startswith(("/", "\\"))
                    or ".." in parts
                    or ":" in parts[0]
                ):
                    raise BacktranslationError(
                        f"{name}: refused, member '{member.filename}' would escape the package"
                        " folder"
                    )
                # Unix mode bits in the high word: refuse symlinks (0o120000).
                if (member.external_attr >> 16) & 0o170000 == 0o120000:
                    raise BacktranslationError(
                        f"{name}: refused, member '{member.filename}' is a link"
                    )
                tops.add(parts[0])
                if len(parts) == 1 and not member.is_dir():
                    raise BacktranslationError(
                        f"{name}: not an Argos package (file '{member.filename}' outside the"
                        " package folder)"
                    )
                total += member.file_size
            if len(tops) != 1:
                raise BacktranslationError(
                    f"{name}: not an Argos package (needs one top-level folder, found {len(tops)})"
                )
            if total > MAX_UNPACKED_BYTES:
                raise BacktranslationError(f"{name}: refused, unpacks to {total / 2**30:.1f} GB")
            top = tops.pop()
            try:
                metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except KeyError:
                raise BacktranslationError(
                    f"{name}: not an Argos package (no metadata.json)"
                ) from None
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise BacktranslationError(f"{name}: unreadable metadata.json ({error})") from None
    except zipfile.BadZipFile as error:
        raise BacktranslationError(f"{name}: corrupt zip archive ({error})") from None
    if not isinstance(metadata, dict):
        raise BacktranslationError(f"{name}: metadata.json is not an object")
    if metadata.get("type", "translate") == "translate" and not (
        metadata.get("from_code") and metadata.get("to_code")
    ):
        raise BacktranslationError(f"{name}: metadata.json lacks from_code/to_code")
    if top in (".", "") or top.startswith("."):
        raise BacktranslationError(f"{name}: refused, bad package folder name '{top}'")
    return top, metadata


def install_from_file(path: str | Path) -> PackageInfo:
    """Validate and install an .argosmodel; an invalid file installs nothing.

    The archive is unpacked into a staging folder and moved into place in one rename, so a
    failure halfway leaves no half-installed package. A package for the same pair is replaced.
    """
    path = Path(path)
    top, metadata = validate_package_file(path)
    target_root = packages_dir()
    try:
        target_root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BacktranslationError(f"{target_root}: cannot create ({error.strerror})") from None
    with _lock:
        staging = Path(tempfile.mkdtemp(prefix=".mtlint-install-", dir=target_root))
        try:
            with zipfile.ZipFile(path) as archive:
                archive.extractall(staging)
            unpacked = staging / top
            if not (unpacked / "metadata.json").is_file():
                raise BacktranslationError(f"{path.name}: not an Argos package (no metadata.json)")
            final = target_root / top
            replaced = [
                info.path
                for info in list_installed()
                if info.pair == (metadata.get("from_code"), metadata.get("to_code"))
                and info.path is not None
            ]
            if final.exists() and final not in replaced:
                replaced.append(final)
            for old in replaced:
                shutil.rmtree(old, ignore_errors=True)
            os.replace(unpacked, final)
        except OSError as error:
            raise BacktranslationError(
                f"{path.name}: cannot install ({error.strerror or error})"
            ) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    _forget_loaded()
    return _info_from_metadata(metadata, final, _folder_size(final))


def remove(from_code: str, to_code: str) -> PackageInfo:
    """Uninstall the package for a pair; BacktranslationError when none is installed."""
    info = installed_package(from_code, to_code)
    if info is None or info.path is None:
        raise BacktranslationError(f"no {from_code}→{to_code} model is installed")
    with _lock:
        try:
            shutil.rmtree(info.path)
        except OSError as error:
            raise BacktranslationError(f"{info.path}: cannot remove ({error.strerror})") from None
    _forget_loaded()
    return info


def _forget_loaded() -> None:
    """Drop loaded translators and the listing: an installed or removed package changes what a
    pair means (and a folder's mtime may not change within its clock's resolution)."""
    import sys

    with _lock:
        _listing.clear()

    translate = sys.modules.get("mtlint.checks.backtranslation.translate")
    if translate is not None:
        translate.clear_loaded()


# --- the Argos index (network only here, only when called) ----------------------------------


def _local_index_path() -> Path:
    from argostranslate import settings

    return Path(settings.local_package_index)


def remote_index_url() -> str:
    """The index URL: ``ARGOS_PACKAGE_INDEX`` (a folder URL, as argostranslate reads it, or the
    index.json itself), read on every call; else argostranslate's default."""
    configured = os.environ.get("ARGOS_PACKAGE_INDEX")
    if configured:
        return (
            configured if configured.endswith(".json") else configured.rstrip("/") + "/index.json"
        )
    from argostranslate import settings

    return str(settings.remote_package_index)


def offline() -> bool:
    """``MTLINT_OFFLINE=1``: never open a connection, say so instead."""
    return os.environ.get("MTLINT_OFFLINE", "").lower() in ("1", "true", "yes", "on")


OFFLINE_MESSAGE = (
    "offline: downloading a model needs a network connection (install a .argosmodel file instead)"
)


def update_package_index() -> int:
    """Fetch the Argos package index (network). Returns the number of packages listed."""
    if offline():
        raise BacktranslationError(OFFLINE_MESSAGE)
    data = _fetch(remote_index_url())
    try:
        index = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BacktranslationError(f"the package index is not valid JSON ({error})") from None
    if not isinstance(index, list):
        raise BacktranslationError("the package index is not a list of packages")
    path = _local_index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return len(index)


def _index_entries() -> list[dict]:
    path = _local_index_path()
    if not path.is_file():
        return []
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BacktranslationError(f"{path}: unreadable package index ({error})") from None
    return [e for e in index if isinstance(e, dict)] if isinstance(index, list) else []


def list_available() -> list[PackageInfo]:
    """Packages in the locally saved index (no network: ``update_package_index`` refreshes it).

    Empty when the index was never fetched.
    """
    found = [
        _info_from_metadata(entry, None, int(entry.get("size", 0) or 0))
        for entry in _index_entries()
        if entry.get("type", "translate") == "translate"
    ]
    return sorted((p for p in found if p.from_code and p.to_code), key=lambda p: p.pair)


def _expected_checksum(from_code: str, to_code: str) -> str:
    """The index's SHA-256 for the pair's package, when it gives one (argospm's does not yet)."""
    for entry in _index_entries():
        if (entry.get("from_code"), entry.get("to_code")) == (from_code, to_code):
            return (
                str(entry.get("sha256") or entry.get("checksum") or "")
                .lower()
                .removeprefix("sha256:")
            )
    return ""


def download(
    from_code: str,
    to_code: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackageInfo:
    """Download the pair's package from the Argos index, check it, and install it (network).

    ``progress(bytes_done, bytes_total)``; total is 0 when neither the server nor the index
    says. The file is checked before anything is installed: complete (the server's
    Content-Length and the index's size), the index's SHA-256 when it gives one, and a valid
    package. A failure or ``cancelled()`` leaves nothing behind: the download goes to a
    temporary folder, and installing is atomic.
    """
    if offline():
        raise BacktranslationError(OFFLINE_MESSAGE)
    if not _local_index_path().is_file():
        update_package_index()
    candidates = [p for p in list_available() if p.pair == (from_code, to_code)]
    if not candidates:
        raise BacktranslationError(f"the Argos index has no {from_code}→{to_code} package")
    package = candidates[-1]
    if not package.links:
        raise BacktranslationError(f"the Argos index lists no download for {from_code}→{to_code}")
    checksum = _expected_checksum(from_code, to_code)
    with tempfile.TemporaryDirectory(prefix="mtlint-download-") as folder:
        target = Path(folder) / f"translate-{from_code}_{to_code}.argosmodel"
        errors = []
        for link in package.links:
            try:
                _fetch(link, target, progress, cancelled)
                _verify(target, package.size_bytes, checksum)
                break
            except BacktranslationCancelled:
                raise
            except BacktranslationError as error:
                errors.append(str(error))
        else:
            raise BacktranslationError(f"download of {from_code}→{to_code} failed: {errors[-1]}")
        return install_from_file(target)


def _verify(path: Path, size: int, checksum: str) -> None:
    """The downloaded file matches what the index promised (size, SHA-256), else one line."""
    import hashlib

    actual = path.stat().st_size
    if size and actual != size:
        raise BacktranslationError(
            f"{path.name} has {actual:,} bytes, the index says {size:,}: incomplete or wrong file"
        )
    if checksum:
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != checksum:
            raise BacktranslationError(
                f"{path.name}: checksum mismatch (SHA-256 {digest.hexdigest()[:12]}…, the index"
                f" says {checksum[:12]}…): corrupt or tampered download"
            )


def _fetch(
    url: str,
    target: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """GET a URL into memory or a file, reporting progress; errors as one line."""
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "mtlint"})
    chunks: list[bytes] = []
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            sink = open(target, "wb") if target is not None else None  # noqa: SIM115
            try:
                while True:
                    if cancelled is not None and cancelled():
                        raise BacktranslationCancelled("download cancelled")
                    chunk = response.read(1 << 16)
                    if not chunk:
                        break
                    done += len(chunk)
                    if sink is not None:
                        sink.write(chunk)
                    else:
                        chunks.append(chunk)
                    if progress is not None:
                        progress(done, total)
            finally:
                if sink is not None:
                    sink.close()
    except (urllib.error.URLError, OSError, TimeoutError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", None) or error.__class__.__name__
        if isinstance(error, http.client.IncompleteRead):
            reason = "the connection closed early: interrupted download"
        raise BacktranslationError(f"cannot fetch {url} ({reason})") from None
    if total and done != total:
        raise BacktranslationError(
            f"cannot fetch {url} (got {done:,} of {total:,} bytes: interrupted download)"
        )
    return b"".join(chunks)
