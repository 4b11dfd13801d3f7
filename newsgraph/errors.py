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
        self.reason = message  # the message without its source
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
