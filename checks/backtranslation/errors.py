"""The errors back-translation raises; each message is one clear line for the user."""

from __future__ import annotations


class BacktranslationError(Exception):
    """A back-translation that cannot run (missing model, bad package …); one clear line."""


class BacktranslationCancelled(BacktranslationError):  # noqa: N818 - the API's name
    """The caller's ``cancelled()`` said stop; raised between batches."""
