"""The errors back-translation raises; each message is one clear line for the user."""

from __future__ import annotations

from mtlint.checks.errors import Cancelled, ModelError


class BacktranslationError(ModelError):
    """A back-translation that cannot run (missing model, bad package …); one clear line."""


class BacktranslationCancelled(BacktranslationError, Cancelled):  # noqa: N818 - the API's name
    """The caller's ``cancelled()`` said stop; raised between batches."""
