"""Errors that are the environment's or the user's fault, told to the user in one sentence.

Anything else is a bug: it is logged with its traceback and reaches the crash handler.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on; ``str(error)`` is the sentence to show them."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FileRefused(UserError):
    """An `.isa` file that we will not open (damaged, hostile, newer, not ours)."""


class FileLocked(UserError):
    """The file is already open for writing in another window or process."""


class SaveFailed(UserError):
    """A change could not be written (disk full, read-only, removed); nothing was lost."""


class AnswerError(UserError):
    """An answer that does not fit its question (wrong type, unknown id, invalid value)."""


class FormError(UserError):
    """A form definition file under forms/ is invalid; names the file and the question."""
