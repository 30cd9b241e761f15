"""``mtlint models list|install|download|remove|update``: the Argos package manager.

Only ``download``, ``update`` and ``list --available`` (when no index was saved yet, or with
``--refresh``) reach the network.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mtlint.checks.backtranslation.errors import BacktranslationError
from mtlint.checks.model import ExitCode


def add_models_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "models",
        help="list, install, download or remove translation models (Argos Translate packages)",
        description="Manage the offline translation models used by --backtranslate.",
    )
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION")

    listing = actions.add_parser("list", help="installed models (--available: the Argos index)")
    listing.add_argument("--available", action="store_true", help="models in the Argos index")
    listing.add_argument(
        "--refresh", action="store_true", help="with --available, fetch the index again (network)"
    )
    listing.add_argument("--format", default="text", choices=("text", "json"))

    install = actions.add_parser("install", help="install .argosmodel files")
    install.add_argument("files", nargs="+", type=Path, metavar="FILE")

    download = actions.add_parser("download", help="download and install a model (network)")
    download.add_argument("from_code", metavar="FROM")
    download.add_argument("to_code", metavar="TO")

    remove = actions.add_parser("remove", help="uninstall a model")
    remove.add_argument("from_code", metavar="FROM")
    remove.add_argument("to_code", metavar="TO")

    actions.add_parser("update", help="fetch the Argos package index (network)")
    parser.set_defaults(handler=command_models, models_parser=parser)
    return parser


def _size(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    return f"{size / 2**10:.0f} kB"


def _to_json(info: Any) -> dict[str, Any]:
    return {
        "from_code": info.from_code,
        "to_code": info.to_code,
        "from_name": info.from_name,
        "to_name": info.to_name,
        "version": info.version,
        "size_bytes": info.size_bytes,
        "path": None if info.path is None else str(info.path),
    }


def command_models(args: argparse.Namespace) -> int:
    from mtlint.checks.backtranslation import models

    action = getattr(args, "models_command", None)
    try:
        if action == "list":
            if args.available:
                if args.refresh or not models._local_index_path().is_file():
                    models.update_package_index()
                packages = models.list_available()
            else:
                packages = models.list_installed()
            if args.format == "json":
                json.dump([_to_json(p) for p in packages], sys.stdout, indent=2, ensure_ascii=False)
                sys.stdout.write("\n")
                return ExitCode.CLEAN
            if not packages:
                where = (
                    "in the index" if args.available else f"installed in {models.packages_dir()}"
                )
                print(f"no models {where}", file=sys.stderr)
            for p in packages:
                size = f"  {_size(p.size_bytes)}" if p.size_bytes else ""
                print(
                    f"{p.from_code} → {p.to_code}  {p.from_name} → {p.to_name}  v{p.version}{size}"
                )
            return ExitCode.CLEAN
        if action == "install":
            status = ExitCode.CLEAN
            for path in args.files:
                try:
                    info = models.install_from_file(path)
                except BacktranslationError as error:
                    print(f"mtlint: {error}", file=sys.stderr)
                    status = ExitCode.USAGE_OR_INPUT_ERROR
                    continue
                print(f"installed {info.from_code} → {info.to_code} v{info.version} in {info.path}")
            return status
        if action == "download":
            info = models.download(args.from_code, args.to_code, progress=_progress_printer())
            print(f"\ninstalled {info.from_code} → {info.to_code} v{info.version}")
            return ExitCode.CLEAN
        if action == "remove":
            info = models.remove(args.from_code, args.to_code)
            print(f"removed {info.from_code} → {info.to_code} v{info.version}")
            return ExitCode.CLEAN
        if action == "update":
            count = models.update_package_index()
            print(f"package index updated: {count} packages")
            return ExitCode.CLEAN
    except BacktranslationError as error:
        print(f"mtlint: {error}", file=sys.stderr)
        return ExitCode.USAGE_OR_INPUT_ERROR
    args.models_parser.print_help(sys.stderr)
    return ExitCode.USAGE_OR_INPUT_ERROR


def _progress_printer() -> Any:
    def show(done: int, total: int) -> None:
        if total:
            sys.stderr.write(f"\r{done / 2**20:.1f} / {total / 2**20:.1f} MB")
        else:
            sys.stderr.write(f"\r{done / 2**20:.1f} MB")
        sys.stderr.flush()

    return show
