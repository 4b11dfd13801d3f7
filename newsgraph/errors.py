"""The one exception tree of newsgraph, and its warning category.

Every error newsgraph raises on purpose derives from :class:`NewsgraphError`;
the input errors also derive from :class:`ValueError` so that generic handlers
keep working. Each input error names its input (``source``: a path,
``path:line``, a doc_id) in its message::

    NewsgraphError
    ├── InputError (ValueError)      an input cannot be read as an article (file unreadable, too large)
    │   ├── EmptyTextError           empty, blank, or no letter at all (also once HTML is removed)
    │   ├── BinaryInputError         binary data: a known signature (PNG, PDF, ZIP...), NUL/control bytes
    │   ├── EncodingError            bytes no supported encoding reads (Shift-JIS, broken UTF-16...)
    │   └── RecordError              a bad record: broken JSON, no ``text``, wrong types, impossible date
    │       └── GoldFormatError      a gold file that does not follow the specification
    ├── ExtractionError              (newsgraph.pipeline) processing one article failed
    ├── ModelNotFoundError (OSError) the spaCy model is not installed
    ├── ResourceError                a bundled lexicon or gazetteer is missing or malformed
    └── ExportError                  a graph or record cannot be written

    InputWarning (UserWarning)       accepted but changed or doubtful: legacy encoding, HTML removed,
                                     control characters removed, not French, cut in pieces, future date

Examples
--------
>>> issubclass(EmptyTextError, InputError) and issubclass(InputError, ValueError)
True
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

__all__ = [
    "BinaryInputError",
    "EmptyTextError",
    "EncodingError",
    "ExportError",
    "GoldFormatError",
    "InputError",
    "InputWarning",
    "ModelNotFoundError",
    "NewsgraphError",
    "RecordError",
    "ResourceError",
    "describe_input",
]


def _derived(source: str, doc_id: str) -> bool:
    """Whether ``doc_id`` is the id newsgraph derives from ``source`` (so naming it adds nothing).

    A ``.txt`` file's id is its stem; a JSON line without a ``doc_id`` gets
    ``stem:line``.
    """
    if doc_id == source:
        return True
    head, sep, tail = source.rpartition(":")
    if sep and head and tail.isdigit():
        return doc_id == f"{PurePath(head).stem}:{tail}"
    return PurePath(source).stem == doc_id


def describe_input(source: str | None, doc_id: str | None) -> str | None:
    """How messages name an input: where it was read from and its ``doc_id``, as far as they are known.

    Examples
    --------
    >>> describe_input("in/b.jsonl:3", "a7")
    'in/b.jsonl:3 (doc_id a7)'
    >>> describe_input("in/b.jsonl:3", "b:3"), describe_input("in/a.txt", "a"), describe_input(None, "a7")
    ('in/b.jsonl:3', 'in/a.txt', 'a7')
    """
    if source and doc_id and not _derived(source, doc_id):
        return f"{source} (doc_id {doc_id})"
    return source or doc_id


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises."""


class InputError(NewsgraphError, ValueError):
    """An article or file cannot be read as a French news article.

    ``source`` names where the input came from (a path, ``path:line``, a
    doc_id) and ``doc_id`` the article's id, when they are known; the message
    names both (:func:`describe_input`).
    """

    def __init__(self, message: str, *, source: str | None = None, doc_id: str | None = None) -> None:
        self.source = source
        self.doc_id = doc_id
        self.reason = message  # the message without its source
        where = describe_input(source, doc_id)
        super().__init__(f"{where}: {message}" if where else message)

    def naming(self, doc_id: str) -> "InputError":
        """The same error (same class, source and reason) naming the article's ``doc_id`` too."""
        named = type(self)(self.reason, source=self.source, doc_id=doc_id)
        named.__cause__, named.__traceback__ = self.__cause__, self.__traceback__
        return named

    def __reduce__(self) -> tuple[Any, ...]:  # crosses processes with its fields
        return (_input_error, (type(self), self.reason, self.source, self.doc_id))


def _input_error(cls: type, reason: str, source: str | None, doc_id: str | None) -> InputError:
    return cls(reason, source=source, doc_id=doc_id)


class EmptyTextError(InputError):
    """The text is empty or only whitespace once cleaned."""


class BinaryInputError(InputError):
    """The file holds binary data, not text."""


class EncodingError(InputError):
    """The bytes cannot be decoded as text in any supported encoding."""


class RecordError(InputError):
    """A record (a JSONL line, a dict) is malformed: bad JSON, missing or mistyped fields."""


class GoldFormatError(RecordError):
    """A gold-standard file does not follow the annotation specification."""


class ModelNotFoundError(NewsgraphError, OSError):
    """The spaCy model is not installed (newsgraph never downloads one at run time)."""


class ResourceError(NewsgraphError):
    """A bundled lexicon or gazetteer file is missing or malformed."""


class ExportError(NewsgraphError):
    """A graph or record cannot be written in the requested format."""


class InputWarning(UserWarning):
    """The input was accepted but changed or doubtful (HTML stripped, not French, truncated...)."""
