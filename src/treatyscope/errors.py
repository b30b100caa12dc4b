"""Typed errors with stable codes and exit statuses.

Hierarchy (each class carries a code ``E###`` and the CLI exit status in brackets)::

    TreatyscopeError                    E000 [1]
    +-- InputError                      E100 [2]  the input cannot be used as given
    |   +-- InputNotFound               E101 [3]  no such file
    |   +-- NotAFile                    E102 [3]  a directory or a device
    |   +-- EmptyDocument               E103 [4]  nothing but whitespace
    |   +-- BinaryInput                 E104 [5]  not text, HTML or PDF
    |   +-- InputTooLarge               E105 [6]  over the size limit
    |   +-- UnsupportedFormat           E106 [7]  a type treatyscope does not read
    |   +-- MalformedDocument           E107 [8]  HTML or PDF that cannot be parsed
    +-- FetchError                      E200 [9]  a URL that could not be fetched
    +-- OptionsError                    E300 [2]  an invalid option value

An analysis that runs but cannot decide something does not raise: it records a
:class:`~treatyscope.model.Notice` on the review instead.
"""

from __future__ import annotations


class TreatyscopeError(Exception):
    """Base class of every error treatyscope raises on purpose."""

    code = "E000"
    exit_status = 1

    def __str__(self) -> str:
        return f"{self.code}: {super().__str__()}"


class InputError(TreatyscopeError):
    """The input cannot be analyzed as given."""

    code = "E100"
    exit_status = 2


class InputNotFound(InputError):
    """The path does not exist."""

    code = "E101"
    exit_status = 3


class NotAFile(InputError):
    """The path is a directory or another non-regular file."""

    code = "E102"
    exit_status = 3


class EmptyDocument(InputError):
    """The input holds no text (empty or whitespace only)."""

    code = "E103"
    exit_status = 4


class BinaryInput(InputError):
    """The input is binary data, not text, HTML or PDF."""

    code = "E104"
    exit_status = 5


class InputTooLarge(InputError):
    """The input is over the documented size limit."""

    code = "E105"
    exit_status = 6


class UnsupportedFormat(InputError):
    """The input is of a type treatyscope does not read."""

    code = "E106"
    exit_status = 7


class MalformedDocument(InputError):
    """HTML or PDF that cannot be parsed into text."""

    code = "E107"
    exit_status = 8


class FetchError(TreatyscopeError):
    """A URL could not be fetched (network, status, size, redirects or scheme)."""

    code = "E200"
    exit_status = 9


class OptionsError(TreatyscopeError):
    """An option has an invalid value."""

    code = "E300"
    exit_status = 2
