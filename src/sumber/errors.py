"""Errors sumber raises on purpose; the CLI prints them as one line and exits non-zero.

Hierarchy::

    SumberError                 base of everything below
    ├── InputError              an input cannot be read or is not an article
    │   ├── EmptyInputError     nothing (or only white space) to analyse
    │   ├── BinaryInputError    bytes that are not text in any encoding we accept
    │   ├── InputTooLargeError  larger than Options.max_bytes
    │   └── FetchError          a URL could not be fetched
    ├── LanguageError           a language sumber has no pack for
    ├── GoldFormatError         an evaluation gold file is malformed
    └── StoreError              the database cannot be opened, read or written

Every error carries ``source``: the name of the input it is about (a path,
``<stdin>``, ``file.jsonl:12``), so a message can say which input failed.
"""

from __future__ import annotations


class SumberError(Exception):
    """Base class for errors sumber reports to users."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(SumberError):
    """An input cannot be read or does not hold an article."""


class EmptyInputError(InputError):
    """The input is empty or only white space."""


class BinaryInputError(InputError):
    """The input is binary data or cannot be decoded as text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class FetchError(InputError):
    """A URL could not be fetched (offline, refused, not HTML)."""


class LanguageError(SumberError):
    """No language pack for the requested language."""


class GoldFormatError(SumberError):
    """An evaluation gold file is malformed."""


class StoreError(SumberError):
    """The database cannot be opened, read or written (bad URL, server down, not a database)."""
