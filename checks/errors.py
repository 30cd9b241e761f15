"""mtlint's errors: one hierarchy, matched by type. Every message is the one line a user sees.

    MtlintError
    ├── InputError        a file (or option, config) mtlint cannot check
    │   └── ConfigError   a bad mtlint.toml / [tool.mtlint]
    ├── WriteError        fixes could not be written
    │   └── WriteRefused  a format's writer refused the edits (subtitle timings …)
    │       └── StaleFile the file changed on disk since it was checked
    ├── ModelError        a translation model is missing or broken (back-translation)
    ├── ResourceError     a shipped data table (resources/) is unreadable or malformed
    └── Cancelled         the user (or the app closing) stopped the work

Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations


class MtlintError(Exception):
    """An error written for the user: ``str(error)`` is one clear line."""


class InputError(MtlintError):
    """A file mtlint cannot check (unreadable, binary, malformed …)."""


class ConfigError(InputError):
    """A configuration file or value mtlint cannot use."""


class WriteError(MtlintError):
    """Fixes could not be written."""


class WriteRefused(WriteError):  # noqa: N818 - named for what happened
    """A format's writer refused the edits; nothing was written."""


class StaleFile(WriteRefused):
    """The file changed on disk since it was checked; nothing was written."""


class ModelError(MtlintError):
    """A translation model is missing, broken or cannot run."""


class ResourceError(MtlintError):
    """A data table under resources/ cannot be read or is malformed: the message names the file
    (a broken installation or a bad edit to a table, not the user's input)."""


class Cancelled(MtlintError):  # noqa: N818 - a state, not a failure
    """The work was stopped before it finished; not a failure to report."""


def one_line(error: BaseException) -> str:
    """The first line of an error's message (its type name when it has none)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
