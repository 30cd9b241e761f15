"""The ``mtlint`` command line.

Exit codes: 0 nothing found, 1 findings, 2 usage or input error (a file that could not be checked,
a bad option, a missing model).
"""

from __future__ import annotations

import argparse
import difflib
import functools
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mtlint.checks import qa_options
from mtlint.checks.config import Config, ConfigError, config_from_table, load_config
from mtlint.checks.errors import MtlintError, WriteError
from mtlint.checks.model import ExitCode
from mtlint.checks.results import FileReport
from mtlint.checks.retired import RETIRED_RULES, RetiredRule, retired

if TYPE_CHECKING:
    from mtlint.checks.pipeline import BacktranslationRequest

COMMANDS = ("check", "fix", "rules", "explain", "models")


class UsageError(MtlintError):
    """A bad command line or config; printed as one line, exit 2."""


def _split_list(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _add_selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rule selection")
    group.add_argument(
        "--select",
        metavar="CODES",
        help="only these codes, prefixes, families or names (comma-separated)",
    )
    group.add_argument(
        "--ignore", metavar="CODES", help="leave out these codes, prefixes, families or names"
    )
    group.add_argument("--extend-select", metavar="CODES", help="add these to the selected rules")
    group.add_argument(
        "--lang", metavar="CODE", help="document language (ISO 639-1); detected when not given"
    )
    group.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="hide findings below this confidence (0–1, default 0.5)",
    )
    group.add_argument(
        "--show-doubtful",
        action="store_true",
        default=None,
        help="also show findings below --min-confidence down to 0.2, marked 'doubtful'",
    )
    group.add_argument(
        "--config", metavar="FILE", type=Path, help="use this mtlint.toml / pyproject.toml"
    )
    group.add_argument("--isolated", action="store_true", help="ignore configuration files")
    group.add_argument(
        "--include-fuzzy", action="store_true", default=None, help="PO: check fuzzy entries too"
    )
    group.add_argument(
        "--include-obsolete",
        action="store_true",
        default=None,
        help="PO: check obsolete (#~) entries too",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtlint",
        description="Find the damage machine translation leaves in text.",
        epilog=(
            "Exit codes: 0 clean, 1 findings, 2 usage or input error. "
            "'mtlint explain CODE' shows a rule."
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_check_parser(commands)
    _add_fix_parser(commands)
    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--lang", metavar="CODE", help="only rules serving this language")
    rules.add_argument("--format", default="text", choices=("text", "json"))
    qa_options.add_options(rules)

    explain = commands.add_parser("explain", help="show one rule with its examples")
    explain.add_argument("code", metavar="CODE")
    qa_options.add_options(explain)  # checklist codes (MTC-…) come from the config/--checklist

    try:
        from mtlint.checks.backtranslation.cli import add_models_parser
    except ImportError:  # pragma: no cover - the package is part of mtlint
        add_models_parser = None
    if add_models_parser is not None:
        add_models_parser(commands)
    return parser


def _add_check_parser(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check files, folders (recursively) or globs")
    check.add_argument("paths", nargs="+", metavar="PATH")
    _add_selection_options(check)
    out = check.add_argument_group("output")
    out.add_argument(
        "--format", default="text", help="text, json, csv, sarif or html (default text)"
    )
    out.add_argument("--output", "-o", type=Path, metavar="FILE", help="write the report here")
    out.add_argument("--statistics", action="store_true", help="count findings per rule")
    out.add_argument("--glob", metavar="PATTERN", help="in folders, only files whose name matches")
    batch = check.add_argument_group("batch")
    batch.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="files checked in parallel (default: cores)"
    )
    batch.add_argument("--dask", metavar="ADDRESS", help="run on this Dask scheduler")
    _add_dask_file_options(batch)
    qa_options.add_options(check, gate=True)  # issue 14: --checklist, --fail-under …
    _add_backtranslation_options(check)


def _add_dask_file_options(batch: argparse._ArgumentGroup) -> None:
    dask_files = batch.add_mutually_exclusive_group()
    dask_files.add_argument(
        "--dask-send-files",
        dest="dask_send_files",
        action="store_true",
        default=None,
        help="send each file's content to the Dask workers (they do not share this file system;"
        " found by probing one worker when neither option is given)",
    )
    dask_files.add_argument(
        "--dask-shared-files",
        dest="dask_send_files",
        action="store_false",
        help="the Dask workers read the files themselves, at their absolute paths",
    )


def _add_backtranslation_options(check: argparse.ArgumentParser) -> None:
    bt = check.add_argument_group("back-translation")
    bt.add_argument(
        "--backtranslate",
        action="store_true",
        help="round-trip each sentence through offline MT and score it",
    )
    bt.add_argument(
        "--pivot",
        metavar="LANG[,LANG]",
        help="pivot language(s) for the round trip; with several (de,fr) content counts as lost"
        " only when every round trip lost it",
    )
    bt.add_argument(
        "--source", type=Path, metavar="FILE", help="the source text this file translates"
    )
    bt.add_argument(
        "--source-lang", metavar="LANG", help="language of --source (detected when not given)"
    )
    bt.add_argument(
        "--no-cache", action="store_true", help="do not read or write the translation cache"
    )
    bt.add_argument(
        "--all-sentences",
        action="store_true",
        help="print every sentence's scores, not just the worst",
    )


def _add_fix_parser(commands: argparse._SubParsersAction) -> None:
    fix = commands.add_parser("fix", help="show (--diff) or write (--write) the suggested fixes")
    fix.add_argument("paths", nargs="+", metavar="PATH")
    _add_selection_options(fix)
    fix.add_argument("--diff", action="store_true", help="print a unified diff (the default)")
    fix.add_argument(
        "--write",
        action="store_true",
        help="write the fixes into the files (keeps FILE.bak, FILE.bak.1 …)",
    )
    fix.add_argument(
        "--unsafe", action="store_true", help="also apply fixes that need a human look"
    )
    fix.add_argument("--no-backup", action="store_true", help="with --write, do not keep FILE.bak")
    fix.add_argument(
        "--source",
        type=Path,
        metavar="FILE",
        help="a keyed catalogue's source-language file (units paired by key, as check --source)",
    )
    qa_options.add_options(fix)


class _VersionAction(argparse.Action):
    """``--version``: the version is read (importlib.metadata, ~50 ms) only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help=kwargs.get("help", "show program's version number and exit"),
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def]
        parser._print_message(f"mtlint {_version()}\n", sys.stdout)
        parser.exit()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("mtlint")
    except Exception:
        return "0+unknown"


def resolve_config(args: argparse.Namespace, anchor: Path | None) -> Config:
    try:
        if getattr(args, "isolated", False):
            base = Config()
        elif getattr(args, "config", None):
            path: Path = args.config
            if not path.is_file():
                raise UsageError(f"{path}: no such config file")
            import tomllib

            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as error:
                raise UsageError(f"{path}: invalid TOML ({error})") from error
            table = data.get("tool", {}).get("mtlint", data)
            base = config_from_table(table, path)
        else:
            base = load_config(anchor)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    config = base.merged(
        select=_split_list(getattr(args, "select", None)),
        ignore=_split_list(getattr(args, "ignore", None)),
        extend_select=_split_list(getattr(args, "extend_select", None)),
        language=getattr(args, "lang", None),
        min_confidence=getattr(args, "min_confidence", None),
        show_doubtful=getattr(args, "show_doubtful", None),
        pivot=getattr(args, "pivot", None),
        include_fuzzy=getattr(args, "include_fuzzy", None),
        include_obsolete=getattr(args, "include_obsolete", None),
    )
    try:  # issue 14: checklist files, consistency options, the score gate
        config = qa_options.apply_options(args, config)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    from mtlint.checks.cli_inputs import validate_config

    try:
        validate_config(config)
    except ValueError as error:
        raise UsageError(str(error)) from None
    from mtlint.checks.registry import unknown_selectors

    selectors = [*config.select, *config.ignore, *config.extend_select]
    unknown = unknown_selectors(selectors)
    if unknown:
        raise UsageError(f"unknown rule selector(s): {', '.join(unknown)} (see 'mtlint rules')")
    from mtlint.checks.retired import notices

    for line in notices(selectors):
        print(f"mtlint: {line}", file=sys.stderr)
    return config


def _anchor(paths: Sequence[str]) -> Path | None:
    for raw in paths:
        path = Path(raw)
        try:
            if path.exists():
                return path
        except OSError:  # in a folder we may not look into: the file's error comes later
            return path.parent
    return Path.cwd()


def _open_output(path: Path | None) -> TextIO:
    if path is None:
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as error:
        raise UsageError(f"{path}: cannot write report ({error.strerror})") from error


def command_check(args: argparse.Namespace) -> int:
    from mtlint.checks.reports import formats, needs_text, write_report

    if args.format not in formats():
        raise UsageError(f"unknown format '{args.format}' (choose from {', '.join(formats())})")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs needs a number of at least 1")
    if args.source and len(args.paths) != 1:
        raise UsageError("--source goes with exactly one file to check")
    keyed_source = _keyed_source(args)
    if args.source and not keyed_source:
        args.backtranslate = True
    config = resolve_config(args, _anchor(args.paths))
    if keyed_source:
        config = replace(config, catalogue_source=keyed_source)
    if args.format == "xlsx" and args.output is None and sys.stdout.isatty():
        raise UsageError("an xlsx report is binary: write it to a file with --output FILE")
    if args.paths == ["-"]:  # standard input, read as plain text
        from mtlint.checks.cli_inputs import check_stdin

        reports = iter([check_stdin(config, keep_text=needs_text(args.format))])
    else:
        from mtlint.checks.cli_inputs import announce_large_files

        announce_large_files(args.paths)
        reports = _run_checks(args, config, keep_text=needs_text(args.format))
    outcome = _Outcome()
    gate = qa_options.ScoreGate(config.fail_under)  # issue 14: --fail-under
    stream = _open_output(args.output)
    try:
        write_report(
            args.format,
            outcome.watch(gate.watch(reports)),
            stream,
            {"statistics": args.statistics, "backtranslation_all": args.all_sentences},
        )
    finally:
        if stream is not sys.stdout:
            stream.close()
    # The text report on stdout already shows each error line; any other report (a file, JSON on
    # stdout) does not speak to the user, so the one-line error goes to stderr.
    if args.output is not None or args.format != "text":
        for line in outcome.error_lines:
            print(f"mtlint: {line}", file=sys.stderr)
    if outcome.files == 0:
        # Nothing matched: say so, or an empty folder looks like a clean one.
        print(
            f"mtlint: no files to check in {', '.join(args.paths)} "
            "(looked for .txt .md .html .docx .srt .vtt .xlf .tmx .po .csv …)",
            file=sys.stderr,
        )
    if gate.message():
        print(f"mtlint: {gate.message()}", file=sys.stderr)
    _warn_unread_dictionaries()
    return gate.exit_code(outcome.exit_code())


def _warn_unread_dictionaries() -> None:
    """A user's dictionary that could not be read turned MT930 off: say so once, as a missing
    Argos model is said (checks/ never prints; worker processes of --jobs keep their own
    record, so the line covers the files checked in this process)."""
    from mtlint.checks.hunspelldicts import dictionary_problems

    for line in dictionary_problems():
        print(f"mtlint: warning: {line}", file=sys.stderr)


def _keyed_source(args: argparse.Namespace) -> str | None:
    """--source for a keyed catalogue (fr.json, values-fr/strings.xml …): the source-language
    file whose units pair with the target's by key; None for a text whose source feeds the
    back-translation's forward comparison."""
    if not args.source or args.paths == ["-"]:
        return None
    from mtlint.checks.documents import InputError, catalogue_source

    try:
        return catalogue_source(Path(args.paths[0]), Path(args.source))
    except InputError as error:
        raise UsageError(f"--source {error}") from None


def _run_checks(
    args: argparse.Namespace, config: Config, *, keep_text: bool
) -> Iterator[FileReport]:
    from mtlint.checks import batch
    from mtlint.checks.documents import InputError

    # A progress bar only where it cannot garble the report: stderr is a terminal, the report isn't.
    progress = batch.progress_for(
        sys.stderr, output_is_terminal=args.output is None and sys.stdout.isatty()
    )
    request = _backtranslation_request(args)
    if args.dask and request is not None:
        # The translation models load once, here: on a cluster every worker would load its own.
        print(
            "mtlint: --backtranslate runs on this machine, not on the Dask cluster",
            file=sys.stderr,
        )
    if args.dask and request is None:
        from mtlint.checks import dask_cluster

        try:
            return dask_cluster.check_paths_dask(
                args.paths,
                config,
                address=args.dask,
                keep_text=keep_text,
                pattern=args.glob,
                progress=progress,
                send_files=args.dask_send_files,
                notify=lambda note: print(f"mtlint: {note}", file=sys.stderr),
            )
        except InputError as error:
            raise UsageError(str(error)) from error
    reports = batch.check_paths(
        args.paths,
        config,
        jobs=args.jobs,
        keep_text=keep_text,
        pattern=args.glob,
        progress=progress,
        backtranslation=request,
    )
    if request is None:
        return reports
    rules_only = functools.partial(
        batch.check_paths, args.paths, config, jobs=args.jobs, keep_text=keep_text,
        pattern=args.glob, progress=progress,
    )  # fmt: skip
    return _without_model_rules_only(reports, rules_only)


def _without_model_rules_only(
    reports: Iterator[FileReport], rules_only: Callable[[], Iterator[FileReport]]
) -> Iterator[FileReport]:
    """Back-translation without a model: one warning, and the rule findings still count (the
    files from the one that failed on are checked again without back-translation)."""
    from mtlint.checks.errors import ModelError

    done = 0
    try:
        for report in reports:
            done += 1
            yield report
    except ModelError as error:
        print(f"mtlint: warning: {error}; reporting rule findings only", file=sys.stderr)
        yield from itertools.islice(rules_only(), done, None)


def _backtranslation_request(args: argparse.Namespace) -> BacktranslationRequest | None:
    if not args.backtranslate:
        return None
    from mtlint.checks.pipeline import BacktranslationRequest

    return BacktranslationRequest(
        pivot=args.pivot,
        source_path=args.source,
        source_language=args.source_lang,
        use_cache=not args.no_cache,
    )


class _Outcome:
    """Watches the report stream to decide the exit code."""

    def __init__(self) -> None:
        self.findings = 0
        self.errors = 0
        self.files = 0
        self.error_lines: list[str] = []

    def watch(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        for report in reports:
            self.files += 1
            if report.error:
                self.errors += 1
                self.error_lines.append(report.error)
            if getattr(report, "notes", ()):
                from mtlint.checks.cli_inputs import print_notes

                print_notes(report.path, report.notes)
            self.findings += len(report.findings)
            yield report

    def exit_code(self) -> int:
        if self.errors:
            return ExitCode.USAGE_OR_INPUT_ERROR
        return ExitCode.FINDINGS if self.findings else ExitCode.CLEAN


def command_fix(args: argparse.Namespace) -> int:
    """Fix in passes until no fix is left to apply; exit 0 when no finding remains, 1 when some
    do (or, without --write, when fixes are waiting to be written), 2 on an error."""
    from mtlint.checks.batch import expand_paths

    if args.source and len(args.paths) != 1:
        raise UsageError("--source goes with exactly one file to fix")
    keyed_source = _keyed_source(args)
    if args.source and not keyed_source:
        raise UsageError(
            f"--source {args.source}: mtlint fix takes a source file only for a keyed "
            "catalogue (.json, .strings, .xml, .arb, .yml …)"
        )
    config = resolve_config(args, _anchor(args.paths))
    if keyed_source:
        config = replace(config, catalogue_source=keyed_source)
    status = ExitCode.CLEAN
    total_applied = 0
    for path, error in expand_paths(args.paths, exclude=config.exclude):
        outcome = None if error else _fix_file(path, config, args)
        if outcome is None:
            if error:
                print(f"mtlint: {error}", file=sys.stderr)
            status = ExitCode.USAGE_OR_INPUT_ERROR
            continue
        applied, remaining = outcome
        total_applied += applied
        left = remaining or (applied and not args.write)
        if left and status == ExitCode.CLEAN:
            status = ExitCode.FINDINGS
    if not args.write and total_applied:
        print(
            f"{total_applied} fix(es) available; run with --write to apply them.", file=sys.stderr
        )
    return status


def _fix_file(path: Path, config: Config, args: argparse.Namespace) -> tuple[int, int] | None:
    """Fix one file as asked (diff and/or write): (fixes applied, findings remaining), or None
    after printing an error."""
    from mtlint.checks import fixloop
    from mtlint.checks.documents import InputError
    from mtlint.checks.reports import write_report

    try:
        run = fixloop.fix_file(path, config, unsafe=args.unsafe)
        if run.applied and (args.diff or not args.write):
            _print_diff(path, run.first.document.file_text, run.last.document.file_text)
        backup = (
            fixloop.write_fixed(run, backup=not args.no_backup)
            if run.applied and args.write
            else None
        )
    except (InputError, WriteError) as refused:
        # Unreadable, or a format's writer refused (subtitle timings, a .docx changed meanwhile).
        print(f"mtlint: {refused}", file=sys.stderr)
        return None
    except OSError as write_error:
        print(f"mtlint: {path}: cannot write ({write_error.strerror})", file=sys.stderr)
        return None
    if run.applied and args.write:
        note = f" (original kept as {backup})" if backup else ""
        print(f"{path}: {run.applied} fix(es) written{note}", file=sys.stderr)
    if run.remaining:
        print(f"{path}: {len(run.remaining)} finding(s) left to fix by hand:", file=sys.stderr)
        report = replace(run.report_remaining(), path=str(path))
        write_report("text", [report], sys.stderr, {"quiet_summary": True})
    return run.applied, len(run.remaining)


def _print_diff(path: Path, old_text: str, new_text: str) -> None:
    from mtlint.checks.cli_inputs import diff_labels

    old_lines = old_text.splitlines(keepends=True)
    new_lines = new_text.splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(old_lines, new_lines, *diff_labels(path)))
    if new_lines and not new_lines[-1].endswith(("\n", "\r")):
        sys.stdout.write("\n")


def command_rules(args: argparse.Namespace) -> int:
    from mtlint.checks.checklist import checklist_rules
    from mtlint.checks.registry import all_rules

    # Issue 14: the project's (and --checklist files') checklist entries are rules too.
    extra = checklist_rules(resolve_config(args, Path.cwd()).checklist)
    rules = [r for r in all_rules() + extra if not args.lang or r.serves(args.lang)]
    # Retired codes serve no language: listed (with the rule that took their findings) only
    # when every rule is.
    retired = [] if args.lang else list(RETIRED_RULES.values())
    if args.format == "json":
        listed = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "summary": r.summary,
                "languages": sorted(r.languages) or ["*"],
                "severity": str(r.severity),
                "default_enabled": r.default_enabled,
            }
            for r in rules
        ]
        listed += [_retired_entry(r) for r in retired]
        json.dump(listed, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return ExitCode.CLEAN
    for rule in rules:
        languages = ",".join(sorted(rule.languages)) or "all"
        flag = "" if rule.default_enabled else "  (off by default)"
        print(f"{rule.code}  {rule.name:<28} {rule.family:<15} {languages:<8} {rule.summary}{flag}")
    for old in retired:
        print(f"{old.code}  {old.name:<28} retired: {old.successor} reports its findings")
    if args.lang:
        from mtlint.checks.hunspelldicts import dictionary_status

        print(dictionary_status(args.lang))  # MT930's dictionary, or why it is off
    return ExitCode.CLEAN


def _retired_entry(rule: RetiredRule) -> dict:
    from mtlint.checks.registry import rule_by_code

    return {
        "code": rule.code,
        "name": rule.name,
        "family": rule_by_code(rule.successor).family,
        "summary": f"Retired: {rule.successor} reports its findings ({rule.why}).",
        "languages": [],
        "severity": "retired",
        "default_enabled": False,
        "retired": True,
        "successor": rule.successor,
    }


def command_explain(args: argparse.Namespace) -> int:
    from mtlint.checks.checklist import checklist_rules
    from mtlint.checks.registry import rule_by_code

    rule = rule_by_code(args.code)
    old = retired(args.code) if rule is None else None
    if old is not None:
        when = f"retired on {old.retired}"
        print(f"{old.code} {old.name}: {when}; {old.successor} reports its findings")
        print()
        print(f"Why: {old.why}.")
        return ExitCode.CLEAN
    if rule is None:  # a checklist entry of the project's config or a --checklist file
        extra = checklist_rules(resolve_config(args, Path.cwd()).checklist)
        rule = next((r for r in extra if r.code.upper() == args.code.upper()), None)
    if rule is None:
        raise UsageError(f"no rule '{args.code}' (see 'mtlint rules')")
    print(f"{rule.code} {rule.name} ({rule.family}, {rule.severity})")
    print(f"Languages: {', '.join(sorted(rule.languages)) or 'all'}")
    print()
    print(rule.summary)
    if rule.doc:
        print()
        print(_dedent(rule.doc))
    if rule.examples:
        print()
        print("Examples:")
        for example in rule.examples:
            if example.source is not None:  # bilingual: show what the target is checked against
                print(f"  source: {example.source}")
            if example.is_good:
                print(f"  ok:    {example.bad}")
            else:
                print(f"  bad:   {example.bad}")
                print(f"  fixed: {example.fixed}")
    return ExitCode.CLEAN


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip()


HANDLERS = {
    "check": command_check,
    "fix": command_fix,
    "rules": command_rules,
    "explain": command_explain,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `mtlint FILE…` is short for `mtlint check FILE…`.
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        argv.insert(0, "check")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return ExitCode.USAGE_OR_INPUT_ERROR if exit_.code not in (0, None) else ExitCode.CLEAN
    if not args.command:
        parser.print_help()
        return ExitCode.USAGE_OR_INPUT_ERROR
    handler = HANDLERS.get(args.command) or getattr(args, "handler", None)
    try:
        return int(handler(args))
    except MtlintError as error:
        print(f"mtlint: {error}", file=sys.stderr)
        return ExitCode.USAGE_OR_INPUT_ERROR
    except KeyboardInterrupt:
        print("mtlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # before OSError, its base class
        # Output piped into `head` and closed early: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.CLEAN
    except OSError as error:
        # The last net under every file-system call: one line, never a traceback.
        where = f"{error.filename}: " if error.filename else ""
        print(f"mtlint: {where}{error.strerror or error}", file=sys.stderr)
        return ExitCode.USAGE_OR_INPUT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
