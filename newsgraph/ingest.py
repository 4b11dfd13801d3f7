"""Reading articles: files, JSON Lines, directories, headers and datelines.

:func:`read_articles` turns a path into :class:`~newsgraph.types.Article`
objects. A ``.txt`` file is one article; its header is recognised and fills
``source``, ``published`` and ``title``::

    SAWT BEIRUT INTERNATIONAL          <- publisher line (source)
    | 28 November 2022, Monday |       <- date line (published)
    Les pourparlers de sécurité ...    <- title

and so is a Wikinews-style title and dateline (``23 juin 2018 . – ...``).

Bad input
---------
Reading never stops at a bad article, and never drops a good text for a
metadata slip. What cannot be read raises an
:class:`~newsgraph.errors.InputError` subclass that names it (``path``,
``path:line``, and the ``doc_id`` when the record has one) or, with
``on_error``, is reported and skipped; what is read but changed or doubtful
emits an :class:`~newsgraph.errors.InputWarning` and the note travels with the
article (``Article.warnings``) into its result (``ArticleResult.warnings``):

=====================================  ==========================================
input                                  outcome
=====================================  ==========================================
empty or blank text, no letter at all  :class:`EmptyTextError`
binary file (image, PDF, archive...)   :class:`BinaryInputError` naming the format
UTF-16/UTF-32 with a byte order mark   decoded
UTF-16 without one                     decoded, warning
Windows-1252 / Latin-1, mixed bytes    decoded (UTF-8 where valid), warning
another legacy encoding                :class:`EncodingError` (convert to UTF-8)
HTML or XML markup                     tags removed (scripts and styles dropped),
                                       entities decoded, warning
control, private-use, unassigned       removed, warning; format characters
characters                             (soft hyphen, zero-width space) removed
broken JSON line, not an object        :class:`RecordError` for that line
record without ``text``, or a          :class:`RecordError` for that record
``text`` that is not a string
``doc_id``, ``title``, ``source``,     left out, warning (a JSON line without a
``url`` of the wrong type              ``doc_id`` is named ``stem:line``)
``published`` not a calendar date,     left out (``None``), warning: the text is
before 1800 or after 2099              processed, its relative dates unresolved
                                       (a date in a text's header is used
                                       instead when it is plausible)
``published`` in the future            warning only (the output never depends
                                       on the day it is made)
file larger than 64 MiB (JSON Lines:   :class:`InputError` (for JSON Lines,
a line)                                that line)
=====================================  ==========================================

Examples
--------
>>> h = parse_header("Colombie : Duque élu\\n\\n23 juin 2018 . – Le conservateur a gagné.")
>>> h.title, h.published.isoformat()
('Colombie : Duque élu', '2018-06-23')
>>> h = parse_header("SAWT BEIRUT\\n\\n| 28 November 2022, Monday |\\n\\nTitre\\n\\nTexte.")
>>> h.source, h.published.isoformat(), h.title
('SAWT BEIRUT', '2022-11-28', 'Titre')
"""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import re
import unicodedata
import warnings
import weakref
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Mapping

from .errors import (
    BinaryInputError,
    EmptyTextError,
    EncodingError,
    InputError,
    InputWarning,
    RecordError,
)
from .resources import make_timex_patterns
from .types import Article

__all__ = [
    "EARLIEST_PUBLISHED",
    "LATEST_PUBLISHED",
    "MAX_FILE_BYTES",
    "Header",
    "check_published",
    "clean_text",
    "coerce_article",
    "decode_bytes",
    "parse_date_text",
    "parse_header",
    "read_articles",
]

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[InputError], None]

#: Publication dates outside [EARLIEST_PUBLISHED, LATEST_PUBLISHED] are refused
#: as impossible (placeholders such as 0001-01-01 or 9999-12-31, typos such as
#: 3022). Fixed bounds, so that the same input always gives the same output.
EARLIEST_PUBLISHED = date(1800, 1, 1)
LATEST_PUBLISHED = date(2099, 12, 31)
#: Larger files are refused (no news article is this long; split the file).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: File suffixes read from a directory.
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")

_DATE_NUM = re.compile(r"\b(\d{1,2})(?:er)?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_DATE_EN = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATELINE_END = re.compile(r"^[^\n]{0,60}?\d{4}[^\n]{0,20}?\s\.?\s*[–—-]\s*")
_DATE_LINE = re.compile(r"^\s*\|?[^\n|]{0,60}\d{4}[^\n|]{0,30}\|?\s*$")
_MAX_HEADER_LINE = 250



def parse_date_text(text: str) -> date | None:
    """A full date written in a header or dateline, French or English.

    Examples
    --------
    >>> parse_date_text("| 28 November 2022, Monday |")
    datetime.date(2022, 11, 28)
    >>> parse_date_text("1er janvier 2016, 14h30 . –")
    datetime.date(2016, 1, 1)
    >>> parse_date_text("November 28, 2022")
    datetime.date(2022, 11, 28)
    >>> parse_date_text("pas de date") is None
    True
    """
    months = make_timex_patterns()["months"]
    for match in _DATE_NUM.finditer(text):
        month = months.get(match.group(2).lower())
        if month:
            return _safe_date(int(match.group(3)), month, int(match.group(1)))
    for match in _DATE_EN.finditer(text):
        month = months.get(match.group(1).lower())
        if month:
            return _safe_date(int(match.group(3)), month, int(match.group(2)))
    match = _DATE_ISO.search(text)
    if match:
        return _safe_date(*map(int, match.groups()))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Header:
    """What the top of an article says about it, and where its body starts.

    ``header_end`` is the offset of the first character after the publisher
    and date lines (the title, if any, starts there); ``body_start`` is the
    offset after the title and dateline. ``title_start``/``title_end`` locate
    the title in the text.
    """

    source: str | None = None
    published: date | None = None
    title: str | None = None
    header_end: int = 0
    body_start: int = 0
    title_start: int | None = None
    title_end: int | None = None


def _lines(text: str, limit: int = 6) -> list[tuple[int, str]]:
    out = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
            if len(out) >= limit:
                break
        offset += len(line) + 1
    return out


def _is_publisher(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        0 < len(line.split()) <= 8
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and parse_date_text(line) is None
    )


def _is_title(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _MAX_HEADER_LINE and not stripped.endswith((".", "»", ";", ",")) or (
        0 < len(stripped) <= 120 and stripped.endswith("»") and not stripped.startswith("«")
    )


def parse_header(text: str) -> Header:
    """Recognise a publisher line, a date line, a title and a dateline at the top of ``text``."""
    lines = _lines(text)
    source = published = title = None
    header_end = body_start = 0
    title_span: tuple[int, int] | None = None
    i = 0
    if i < len(lines) and len(lines) > 1 and _is_publisher(lines[i][1]):
        source = lines[i][1].strip()
        header_end = body_start = lines[i][0] + len(lines[i][1])
        i += 1
    if i < len(lines) and _DATE_LINE.match(lines[i][1]) and parse_date_text(lines[i][1]):
        published = parse_date_text(lines[i][1])
        header_end = body_start = lines[i][0] + len(lines[i][1])
        i += 1
    if i < len(lines) and len(lines) > 1:
        offset, line = lines[i]
        dateline = _DATELINE_END.match(line)
        if not (dateline and parse_date_text(dateline.group(0))) and _is_title(line):
            stripped = line.strip()
            start = offset + (len(line) - len(line.lstrip()))
            title = stripped
            title_span = (start, start + len(stripped))
            body_start = offset + len(line)
            i += 1
    if i < len(lines):
        offset, line = lines[i]
        dateline = _DATELINE_END.match(line)
        if dateline:
            found = parse_date_text(dateline.group(0))
            if found:
                published = published or found
                body_start = offset + dateline.end()
    return Header(
        source=source,
        published=published,
        title=title,
        header_end=header_end,
        body_start=body_start,
        title_start=title_span[0] if title_span else None,
        title_end=title_span[1] if title_span else None,
    )



# --------------------------------------------------------------------------- notes

# The articles this module made (read, cleaned, dates checked), by value: an equal article is
# as clean, so coercing it again returns it as it is (its warnings are not given twice).
_CHECKED: "weakref.WeakSet[Article]" = weakref.WeakSet()


def _checked(article: Article) -> Article:
    with contextlib.suppress(TypeError):  # unhashable: a field the caller set to a list or a dict
        _CHECKED.add(article)
    return article


def _is_checked(article: Article) -> bool:
    try:
        return article in _CHECKED
    except TypeError:  # a field the caller set to something unhashable: not one this module made
        return False


def _note(notes: list[str], where: str | None, message: str) -> None:
    """Record a note on the article and emit it as an :class:`InputWarning` (once per article)."""
    if message in notes:
        return
    notes.append(message)
    warnings.warn(InputWarning(f"{where}: {message}" if where else message), stacklevel=3)


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- bytes

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"{\\rtf", "RTF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX, ODT, EPUB...)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"\xca\xfe\xba\xbe", "executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS\x00", "Ogg media"),
    (b"ID3\x02\x00", "MP3 audio"),
    (b"ID3\x03\x00", "MP3 audio"),
    (b"ID3\x04\x00", "MP3 audio"),
    (b"fLaC\x00", "FLAC audio"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# C0 controls that text files do not hold (tab, line feed, vertical tab, form
# feed, carriage return and escape are allowed).
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# A valid multi-byte UTF-8 sequence (a Windows-1252 text has next to none).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
_HEAD = 8192


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes that are not UTF-8, read as Windows-1252 (else Latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad), exc.end


codecs.register_error("newsgraph-cp1252", _cp1252_fallback)


def _magic(head: bytes) -> str | None:
    for signature, name in _MAGIC:
        if head.startswith(signature):
            return name
    if head[4:8] == b"ftyp":
        return "MP4 media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "RIFF media (WAV, AVI, WebP)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when every other byte is NUL, as in UTF-16 Latin text."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.6 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.6 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _binary_reason(head: bytes, *, utf8: bool) -> str | None:
    """Why these first bytes are not text, or ``None`` if they may be."""
    name = _magic(head)
    if name:
        return f"binary data ({name}), not a text file"
    if not head:
        return None
    controls = sum(1 for b in head if b in _BINARY_BYTES) / len(head)
    if utf8:  # valid UTF-8: text, unless it is mostly control bytes (a file of zeros)
        return "binary data (mostly control bytes), not a text file" if controls > 0.3 else None
    if b"\x00" in head or controls > 0.1:
        return "binary data (NUL and control bytes), not a text file"
    return None


def _decode(data: bytes, where: str | None, notes: list[str]) -> str:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"invalid {name} (byte order mark present): {exc.reason} at byte "
                                    f"{exc.start + len(bom)}", source=where) from None
    head = data[:_HEAD]
    name = _magic(head)
    if name:
        raise BinaryInputError(f"binary data ({name}), not a text file", source=where)
    codec = _utf16_without_bom(head)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            _note(notes, where, f"decoded as {codec.upper()} (no byte order mark)")
            return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        reason = _binary_reason(head, utf8=True)
        if reason:
            raise BinaryInputError(reason, source=where)
        return text
    reason = _binary_reason(head, utf8=False)
    if reason:
        raise BinaryInputError(reason, source=where)
    text = data.decode("utf-8", errors="newsgraph-cp1252")
    sample = text[: 2 * _HEAD]
    visible = sum(1 for c in sample if not c.isspace())
    # In Windows-1252 text, accented letters stand alone between ASCII letters
    # ("Élysée"); other encodings read as Windows-1252 give runs of them
    # (KOI8-R: every Cyrillic letter; Shift-JIS, GBK: every ideograph).
    runs = sum(len(run) for run in _NON_ASCII_RUN.findall(sample))
    if runs > 0.2 * visible:
        raise EncodingError(
            "not UTF-8, nor Windows-1252/Latin-1 text (runs of non-ASCII bytes): unknown encoding "
            "(convert the file to UTF-8)",
            source=where,
        )
    if _UTF8_SEQUENCE.search(data):
        _note(notes, where, "mixed encodings: the bytes that are not UTF-8 were decoded as Windows-1252")
    else:
        _note(notes, where, "not UTF-8; decoded as Windows-1252/Latin-1")
    return text


def decode_bytes(data: bytes, source: str | None = None) -> str:
    """Decode a file's bytes as text, or say why they are not text.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM are decoded as
    they are; UTF-16 without BOM, Windows-1252/Latin-1 and a mix of UTF-8 and
    Windows-1252 bytes are decoded with a warning (:class:`InputWarning`).

    Raises
    ------
    BinaryInputError
        Binary data: a known file signature (PNG, PDF, ZIP...), NUL or
        control bytes.
    EncodingError
        Bytes that no supported encoding reads (invalid UTF-16 after its
        BOM; a legacy encoding other than Windows-1252, such as Shift-JIS).

    Examples
    --------
    >>> decode_bytes("Élysée".encode("utf-16"))
    'Élysée'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n...", "photo.txt")
    Traceback (most recent call last):
    ...
    newsgraph.errors.BinaryInputError: photo.txt: binary data (PNG image), not a text file
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise RecordError(f"expected bytes, not {type(data).__name__}", source=source)
    return _decode(bytes(data), source, [])


# --------------------------------------------------------------------------- text

_NEWLINES = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n"})
# Removed with a note; format characters (Cf: soft hyphen, zero-width space,
# BOM, bidi marks) are removed silently.
_DROP_WITH_NOTE = frozenset(("Cc", "Co", "Cs", "Cn"))
# str.isprintable() is false for categories C (other) and Z (separators) but the ASCII space.
# str.split() drops every Z character (all are whitespace), newline and tab, and the other
# whitespace of category C, which _OTHER_SPACES finds: a text whose words joined are printable
# and that has none of those holds nothing to remove.
_OTHER_SPACES = re.compile("[\x0b\x0c\r\x1c-\x1f\x85]")
_OTHER_NEWLINES = re.compile("[" + "".join(k for k in map(chr, _NEWLINES)) + "]")
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:html|body|head|p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|script|style|"
    r"meta|title|article|section|header|footer|nav|main|figure|img|link)\b[^>]*>",
    re.IGNORECASE,
)
_MARKUP_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|\?xml\b)", re.IGNORECASE | re.DOTALL)


class _HTMLText(HTMLParser):
    """The text of an HTML (or XML) document, one paragraph per block element."""

    BLOCK = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
        "header hr li main ol p pre section table td th title tr ul item entry summary description".split()
    )
    SKIP = frozenset("script style noscript template svg math iframe object canvas select".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n" if tag == "br" else "\n\n")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data if self.pre else re.sub(r"[ \t\n\r\f\v]+", " ", data))

    def unknown_decl(self, data: str) -> None:
        if data.upper().startswith("CDATA[") and not self.skip:  # RSS: <description><![CDATA[<p>...]]>
            self.parts.append(_strip_html(data[6:]))


def _strip_html(text: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; never let markup stop an article
        logger.debug("html.parser failed; removing tags with a pattern", exc_info=True)
        return re.sub(r"<[^>]{0,500}>", " ", text)
    out = "".join(parser.parts)
    out = re.sub(r"[ \t]*\n[ \t]*", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n ")


def _is_markup(text: str) -> bool:
    head = text[:20000]
    return bool(_MARKUP_START.match(head)) or len(_HTML_TAG.findall(head)) >= 2


def _clean(text: Any, where: str | None, notes: list[str]) -> str:
    if not isinstance(text, str):
        raise RecordError(f"text must be a string, not {type(text).__name__}", source=where)
    if not text:
        raise EmptyTextError("empty text", source=where)
    text = text.replace("\r\n", "\n")
    if _OTHER_NEWLINES.search(text):
        text = text.translate(_NEWLINES)
    if _is_markup(text):
        text = _strip_html(text)
        _note(notes, where, "HTML/XML markup removed (tags, scripts and styles; entities decoded)")
        if not text.strip():
            raise EmptyTextError("no text once the HTML markup is removed", source=where)
    removed = 0
    if not "".join(text.split()).isprintable() or _OTHER_SPACES.search(text):
        # a character of category C (but newline, tab) is there
        kept = []
        for char in text:
            category = unicodedata.category(char)
            if category[0] == "C" and char not in "\n\t":
                if category in _DROP_WITH_NOTE:
                    removed += 1
                continue
            kept.append(char)
        if len(kept) != len(text):
            text = "".join(kept)
    text = unicodedata.normalize("NFC", text)
    if removed:
        _note(notes, where, f"{removed} control, private-use or unassigned character{'s' * (removed > 1)} removed")
    if not text.strip():
        raise EmptyTextError("blank text (only whitespace once cleaned)", source=where)
    if not any(c.isalpha() for c in text):
        raise EmptyTextError("no words (the text holds no letter)", source=where)
    return text


def clean_text(text: str, *, source: str | None = None) -> str:
    """Normalise an article's text before analysis.

    Line ends become ``\\n`` (also ``\\r``, NEL, U+2028; U+2029 is a
    paragraph break), HTML or XML markup is removed with a warning, control,
    private-use, surrogate and unassigned characters are removed with a
    warning (other than newline and tab), format characters (soft hyphen,
    zero-width space, BOM) silently, and the text is put in NFC form.

    Raises
    ------
    EmptyTextError
        If nothing but whitespace is left, or no letter at all.
    RecordError
        If ``text`` is not a string.

    Examples
    --------
    >>> clean_text("La Russie\\r\\na nié.\\u00ad")
    'La Russie\\na nié.'
    >>> clean_text("<p>La Russie a <b>nié</b>.</p>")
    'La Russie a nié.'
    """
    return _clean(text, source, [])


# --------------------------------------------------------------------------- dates


def check_published(value: Any, *, source: str | None = None, today: date | None = None) -> date | None:
    """A publication date from a date or a string, refused when it is impossible.

    Accepts ``None``, a :class:`datetime.date` (a ``datetime`` gives its
    date), an ISO date or date-time (``2022-11-28``, ``2022-11-28T10:00Z``) or
    a written date (``28 novembre 2022``, ``November 28, 2022``). A date after
    ``today`` (by default the clock's) is kept with an :class:`InputWarning`.

    Raises
    ------
    RecordError
        Not a date, not a calendar date (``2021-02-30``, year 0), or outside
        [:data:`EARLIEST_PUBLISHED`, :data:`LATEST_PUBLISHED`].

    Examples
    --------
    >>> check_published("2022-11-28T10:00:00Z")
    datetime.date(2022, 11, 28)
    >>> check_published("2021-02-30")
    Traceback (most recent call last):
    ...
    newsgraph.errors.RecordError: published: '2021-02-30' is not a calendar date (day is out of range for month)
    """
    if value is None or value == "":
        return None
    found: date | None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        found = _date_from_string(value.strip(), source)
    else:
        raise RecordError(f"published must be a date string (YYYY-MM-DD), not {type(value).__name__}: "
                          f"{_short(value)}", source=source)
    if not EARLIEST_PUBLISHED <= found <= LATEST_PUBLISHED:
        raise RecordError(
            f"published: {found.isoformat()} is not a plausible publication date (outside "
            f"{EARLIEST_PUBLISHED.isoformat()}..{LATEST_PUBLISHED.isoformat()})",
            source=source,
        )
    if found > (today or date.today()) + timedelta(days=1):
        warnings.warn(InputWarning(f"{source}: published {found.isoformat()} is in the future" if source
                                   else f"published {found.isoformat()} is in the future"), stacklevel=2)
    return found


_ISO_PREFIX = re.compile(r"([+-]?\d{4,6})-(\d{1,2})-(\d{1,2})(?=$|[T ])")


def _date_from_string(text: str, source: str | None) -> date:
    match = _ISO_PREFIX.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except (ValueError, OverflowError) as exc:
            raise RecordError(f"published: {_short(text)} is not a calendar date ({exc})", source=source) from None
    written = parse_date_text(text) if len(text) <= 100 else None
    if written is not None:
        return written
    raise RecordError(f"published: {_short(text)} is not a date (YYYY-MM-DD)", source=source)


# --------------------------------------------------------------------------- articles


def _optional_string(record: Mapping[str, Any], key: str, where: str | None, notes: list[str]) -> str | None:
    """A metadata field; one of the wrong type is left out with a note (the article is kept)."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    _note(notes, where, f"field {key!r} must be a string, not {type(value).__name__}: {_short(value)}; left out")
    return None


def _record_doc_id(record: Mapping[str, Any]) -> str | None:
    """The record's ``doc_id`` as a string, if it has a usable one (a string or an integer)."""
    value = record.get("doc_id")
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        return None
    return str(value)


def _from_record(record: Mapping[str, Any], where: str | None, notes: list[str]) -> Article:
    """An Article from a JSONL record (``published`` left to the caller).

    A record without a text is refused; a metadata field of the wrong type is
    left out with a note.
    """
    if "text" not in record:
        fields = ", ".join(sorted(str(k) for k in record)[:8]) or "none"
        raise RecordError(f"record has no 'text' field (its fields: {fields})", source=where)
    text = record["text"]
    if not isinstance(text, str):
        raise RecordError(f"field 'text' must be a string, not {type(text).__name__}", source=where)
    doc_id = _record_doc_id(record)
    if doc_id is None and record.get("doc_id") not in (None, ""):
        value = record["doc_id"]
        _note(notes, where, f"field 'doc_id' must be a string, not {type(value).__name__}: {_short(value)}; "
                            "left out")
    return Article(
        text=text,
        doc_id=doc_id,
        title=_optional_string(record, "title", where, notes),
        source=_optional_string(record, "source", where, notes),
        url=_optional_string(record, "url", where, notes),
    )


def _own_published(value: Any, where: str | None, notes: list[str]) -> date | None:
    """The article's own publication date; a malformed one is left out with a note, the text kept."""
    try:
        return check_published(value, source=where)
    except RecordError as exc:
        _note(notes, where, f"{exc.reason}; left out (relative dates need a publication date)")
        return None


def coerce_article(
    item: Any,
    *,
    published: date | str | None = None,
    doc_id: str | None = None,
    source: str | None = None,
) -> Article:
    """An :class:`Article` from an ``Article``, a dict with the JSONL fields, a string or bytes.

    The text is cleaned (:func:`clean_text`; bytes are decoded first with
    :func:`decode_bytes`), the dates are checked (:func:`check_published`) and
    a recognised header fills the fields the caller did not give. A
    malformed field of the article's own (``published``, ``title``,
    ``source``, ``url``, ``doc_id``) is left out with a warning, which the
    article carries in ``warnings``: only a missing or unreadable text refuses
    the article. ``source`` names the input in messages and becomes the
    article's ``origin`` (default: its ``origin``); errors also name its
    ``doc_id``. An article this module already made is returned as it is
    (with ``published`` and ``doc_id`` applied).

    Raises
    ------
    InputError
        :class:`EmptyTextError`, :class:`RecordError`...: the item cannot be
        read as an article (or ``published``, the caller's own argument, is
        not a plausible date).

    Examples
    --------
    >>> a = coerce_article({"text": "Titre\\n\\n23 juin 2018 . – Texte.", "doc_id": 7})
    >>> a.doc_id, a.title, a.published.isoformat()
    ('7', 'Titre', '2018-06-23')
    """
    return _coerce(item, published=published, doc_id=doc_id, source=source)


def _coerce(
    item: Any,
    *,
    published: date | str | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    notes: Iterable[str] = (),
) -> Article:
    try:
        return _coerce_unnamed(item, published=published, doc_id=doc_id, source=source, notes=notes)
    except InputError as exc:
        known = doc_id if doc_id is not None else (
            item.doc_id if isinstance(item, Article) else _record_doc_id(item) if isinstance(item, Mapping) else None)
        if known is None or exc.doc_id is not None:
            raise
        raise exc.naming(known) from exc.__cause__


def _coerce_unnamed(
    item: Any,
    *,
    published: date | str | None,
    doc_id: str | None,
    source: str | None,
    notes: Iterable[str],
) -> Article:
    found_notes = list(notes)
    own_published: Any = None
    if isinstance(item, Article):
        where = source or item.origin or doc_id or item.doc_id
        if _is_checked(item):
            changes: dict[str, Any] = {}
            if published is not None:
                changes["published"] = check_published(published, source=where)
            if doc_id is not None:
                changes["doc_id"] = doc_id
            if source is not None:
                changes["origin"] = source
            return _checked(replace(item, **changes)) if changes else item
        found_notes = list(item.warnings) + found_notes
        article, own_published = item, item.published
    elif isinstance(item, str):
        where = source or doc_id
        article = Article(text=item)
    elif isinstance(item, (bytes, bytearray)):
        where = source or doc_id
        article = Article(text=_decode(bytes(item), where, found_notes))
    elif isinstance(item, Mapping):
        where = source or doc_id or _record_doc_id(item)
        article = _from_record(item, where, found_notes)
        own_published = item.get("published")
    else:
        raise RecordError(f"cannot read an article from {type(item).__name__}", source=source or doc_id)
    text = _clean(article.text, where, found_notes)
    if published is not None:  # the caller's own argument: a bad one is an error
        chosen = check_published(published, source=where)
    else:
        chosen = _own_published(own_published, where, found_notes)
    header = parse_header(text)
    if chosen is None and header.published is not None:
        if EARLIEST_PUBLISHED <= header.published <= LATEST_PUBLISHED:
            chosen = header.published
        else:
            _note(found_notes, where, f"date in the header ({header.published.isoformat()}) ignored: not a "
                                      "plausible publication date")
    return _checked(Article(
        text=text,
        doc_id=doc_id if doc_id is not None else article.doc_id,
        published=chosen,
        title=article.title or header.title,
        source=article.source or header.source,
        url=article.url,
        origin=source or article.origin,
        warnings=tuple(found_notes),
    ))


# --------------------------------------------------------------------------- files


def _raise(error: InputError) -> None:
    raise error


def _unexpected(exc: Exception, where: str) -> InputError:
    logger.warning("unexpected error while reading %s", where, exc_info=True)
    return InputError(f"unexpected error while reading: {type(exc).__name__}: {exc}", source=where)


def _read_txt(path: Path) -> Article:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,}): split it",
                             source=where)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=where) from None
    notes: list[str] = []
    try:
        text = _decode(data, where, notes)
    except InputError as exc:
        raise exc.naming(path.stem) from exc.__cause__
    return _coerce(Article(text=text, doc_id=path.stem), source=where, notes=notes)


def _byte_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; ``None`` for a line longer than :data:`MAX_FILE_BYTES`."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_FILE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            while True:
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, None
        else:
            yield lineno, raw


def _text_lines(path: Path, fh: BinaryIO, codec: str, name: str) -> Iterator[tuple[int, str | None]]:
    """``(line number, text)`` of a file in ``codec`` (after its byte order mark), read line by line.

    ``None`` stands for a line longer than :data:`MAX_FILE_BYTES` characters;
    bytes the codec cannot read end the file with an :class:`EncodingError`
    (the lines before them are read).
    """
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    parts: list[str] = []  # the line being read, in pieces
    size = 0
    lineno = 0
    too_long = False
    while True:
        block = fh.read(1 << 16)
        failure: UnicodeDecodeError | None = None
        try:
            chunk = decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:  # the lines before the bad bytes are read, then the file ends
            failure, chunk = exc, exc.object[:exc.start].decode(codec)
        *ends, rest = chunk.split("\n")
        for piece in ends:
            lineno += 1
            too_long = too_long or size + len(piece) > MAX_FILE_BYTES
            yield lineno, None if too_long else "".join(parts) + piece
            parts, size, too_long = [], 0, False
        if failure is not None:
            raise EncodingError(f"invalid {name} in line {lineno + 1}: {failure.reason}", source=str(path))
        size += len(rest)
        if size > MAX_FILE_BYTES:
            parts, too_long = [], True  # read on to the end of the line without keeping it
        elif rest:
            parts.append(rest)
        if not block:
            if size:
                yield lineno + 1, None if too_long else "".join(parts)
            return


def _jsonl_lines(path: Path, fh: BinaryIO) -> Iterator[tuple[int, bytes | str | None]]:
    head = fh.read(_HEAD)
    fh.seek(0)
    for bom, codec, name in _BOMS:
        if head.startswith(bom) and codec != "utf-8":
            fh.seek(len(bom))
            yield from _text_lines(path, fh, codec, name)
            return
    name = _magic(head)
    if name or (b"\x00" in head and _utf16_without_bom(head) is None):
        raise BinaryInputError(f"binary data ({name or 'NUL bytes'}), not a JSON Lines file", source=str(path))
    if _utf16_without_bom(head):
        raise EncodingError("UTF-16 without byte order mark: convert the file to UTF-8", source=str(path))
    yield from _byte_lines(fh)


def _read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Article]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        on_error(InputError(f"cannot read file: {exc.strerror or exc}", source=str(path)))
        return
    with fh:
        lines = _jsonl_lines(path, fh)
        while True:
            try:
                lineno, raw = next(lines)
            except StopIteration:
                return
            except InputError as exc:
                on_error(exc)
                return
            except OSError as exc:
                on_error(InputError(f"cannot read file: {exc.strerror or exc}", source=str(path)))
                return
            where = f"{path}:{lineno}"
            try:
                article = _read_line(path, lineno, raw, where)
            except InputError as exc:
                on_error(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad line must not stop the file
                on_error(_unexpected(exc, where))
                continue
            if article is not None:
                yield article


def _read_line(path: Path, lineno: int, raw: bytes | str | None, where: str) -> Article | None:
    if raw is None:
        raise RecordError(f"line longer than {MAX_FILE_BYTES:,} bytes", source=where)
    if not raw.strip():
        return None
    notes: list[str] = []
    line = raw if isinstance(raw, str) else _decode(raw, where, notes)
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise RecordError(f"invalid JSON: {exc}", source=where) from None
    except RecursionError:
        raise RecordError("invalid JSON: nested too deeply", source=where) from None
    if not isinstance(record, dict):
        raise RecordError(f"a line must hold a JSON object, not {type(record).__name__}", source=where)
    article = _coerce(record, source=where, notes=notes)
    if article.doc_id is None:  # a line without a usable doc_id is named after its file and line
        article = _checked(replace(article, doc_id=f"{path.stem}:{lineno}"))
    return article


def _handler(on_error: str | ErrorHandler) -> ErrorHandler:
    if on_error == "raise":
        return _raise
    if on_error == "skip":
        return lambda exc: logger.warning("skipped: %s", exc)
    if callable(on_error):
        return on_error
    raise ValueError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")


def read_articles(path: str | Path, *, on_error: str | ErrorHandler = "raise") -> Iterator[Article]:
    """Articles from a ``.txt`` file, a ``.jsonl`` file or a directory of them.

    A directory's ``.txt``, ``.jsonl``, ``.html`` and ``.htm`` files are read
    in sorted order (other files are skipped with an :class:`InputWarning`,
    hidden files and subdirectories silently). ``doc_id`` defaults to the
    file stem (``.txt``) or ``stem:line`` (``.jsonl``). Any other file is read
    as one article. See the module documentation for what happens to bad
    input.

    Parameters
    ----------
    path : str or Path
    on_error : {"raise", "skip"} or callable
        What to do with an article that cannot be read: raise the
        :class:`~newsgraph.errors.InputError` (after yielding the good
        articles before it), log it and go on, or pass it to a callable and
        go on. Every error names its input (``path`` or ``path:line``).
    """
    handler = _handler(on_error)
    path = Path(path)
    if path.is_dir():
        try:
            entries = sorted(path.iterdir())
        except OSError as exc:
            handler(InputError(f"cannot read directory: {exc.strerror or exc}", source=str(path)))
            return
        files = []
        for entry in entries:
            if entry.name.startswith("."):
                logger.debug("hidden file skipped: %s", entry)
            elif entry.is_dir():
                logger.info("subdirectory skipped: %s", entry)
            elif entry.suffix.lower() in SUFFIXES:
                files.append(entry)
            else:
                kinds = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]
                warnings.warn(InputWarning(f"{entry}: skipped (not a {kinds} file)"), stacklevel=2)
        if not files:
            kinds = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]
            warnings.warn(InputWarning(f"{path}: no {kinds} file in this directory"), stacklevel=2)
        for file in files:
            yield from read_articles(file, on_error=handler)
        return
    if not path.exists():
        handler(InputError("no such file or directory", source=str(path)))
        return
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, handler)
        return
    try:
        article = _read_txt(path)
    except InputError as exc:
        handler(exc)
        return
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        handler(_unexpected(exc, str(path)))
        return
    yield article


def iter_inputs(paths: Iterable[str | Path], on_error: ErrorHandler) -> Iterator[Article]:
    """Articles from several paths, in order (used by the CLI)."""
    for path in paths:
        yield from read_articles(path, on_error=on_error)
