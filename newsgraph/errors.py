"""The one exception tree of newsgraph, and its warning category.

Every error newsgraph raises on purpose derives from :class:`NewsgraphError`;
the input errors also derive from :class:`ValueError` so that generic handlers
keep working.

Examples
--------
>>> issubclass(EmptyTextError, InputError) and issubclass(InputError, ValueError)
True
"""

from __future__ import annotations

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
]


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises."""


class InputError(NewsgraphError, ValueError):
    """An article or file cannot be read as a French news article.

    ``source`` names where the input came from (a path, ``path:line``, a
    doc_id) when it is known.
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


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
