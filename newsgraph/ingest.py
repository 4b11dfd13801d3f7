"""Reading articles: files, JSON Lines, directories, headers and datelines.

:func:`read_articles` turns a path into :class:`~newsgraph.types.Article`
objects. A ``.txt`` file is one article; its header is recognised and fills
``source``, ``published`` and ``title``::

    SAWT BEIRUT INTERNATIONAL          <- publisher line (source)
    | 28 November 2022, Monday |       <- date line (published)
    Les pourparlers de sécurité ...    <- title

and so is a Wikinews-style title and dateline (``23 juin 2018 . – ...``).

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

import html
import json
import logging
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

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
    "Header",
    "clean_text",
    "coerce_article",
    "decode_bytes",
    "parse_date_text",
    "parse_header",
    "read_articles",
]

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[InputError], None]

_DATE_NUM = re.compile(r"\b(\d{1,2})(?:er)?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_DATE_EN = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATELINE_END = re.compile(r"^[^\n]{0,60}?\d{4}[^\n]{0,20}?\s\.?\s*[–—-]\s*")
_DATE_LINE = re.compile(r"^\s*\|?[^\n|]{0,60}\d{4}[^\n|]{0,30}\|?\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HTML_TAG = re.compile(r"<\s*/?\s*(?:html|body|head|p|div|br|span|a|b|i|em|strong|h[1-6]|ul|li|table|script|style|meta|title)\b[^>]*>", re.IGNORECASE)
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]{0,500}>")
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


def decode_bytes(data: bytes, source: str | None = None) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Raises :class:`BinaryInputError` for binary data and
    :class:`EncodingError` when no encoding fits; warns
    (:class:`InputWarning`) when it falls back to a legacy encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"invalid UTF-16: {exc}", source=source) from None
    if b"\x00" in data[:4096]:
        raise BinaryInputError("binary data (NUL bytes), not a text file", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if sum(1 for c in text[:4096] if unicodedata.category(c) == "Cc" and c not in "\n\r\t") > 8:
        raise BinaryInputError("binary data (control bytes), not a text file", source=source)
    warnings.warn(
        f"{source or 'input'}: not UTF-8; decoded as Windows-1252/Latin-1",
        InputWarning,
        stacklevel=3,
    )
    return text


def _strip_html(text: str) -> str:
    text = _HTML_DROP.sub(" ", text)
    text = _HTML_BREAK.sub("\n\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text))


def clean_text(text: str, *, source: str | None = None) -> str:
    """Normalise an article's text before analysis.

    Newlines become ``\\n``, Unicode is put in NFC form, control characters
    (other than newline and tab) are removed, HTML markup is stripped with a
    warning. Raises :class:`EmptyTextError` if nothing is left.

    Examples
    --------
    >>> clean_text("La Russie\\r\\na nié.\\x00")
    'La Russie\\na nié.'
    """
    if not isinstance(text, str):
        raise RecordError(f"text must be a string, not {type(text).__name__}", source=source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_HTML_TAG.findall(text[:20000])) >= 2:
        text = _strip_html(text)
        warnings.warn(f"{source or 'input'}: HTML markup stripped", InputWarning, stacklevel=3)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Co", "Cs", "Cn") or c in "\n\t")
    if not text.strip():
        raise EmptyTextError("empty text", source=source)
    return text


def coerce_article(item: Any, *, published: date | str | None = None, doc_id: str | None = None, source: str | None = None) -> Article:
    """An :class:`Article` from an ``Article``, a dict with the JSONL fields or a plain string.

    The text is cleaned (:func:`clean_text`) and a recognised header fills
    the fields the caller did not give.
    """
    if isinstance(item, Article):
        article = item
    elif isinstance(item, str):
        article = Article(text=item)
    elif isinstance(item, Mapping):
        article = Article.from_dict(item)
    else:
        raise RecordError(f"cannot read an article from {type(item).__name__}", source=source)
    where = source or article.doc_id
    text = clean_text(article.text, source=where)
    header = parse_header(text)
    if published is not None and not isinstance(published, date):
        published = Article(text="", published=published).published
    return Article(
        text=text,
        doc_id=doc_id if doc_id is not None else article.doc_id,
        published=published or article.published or header.published,
        title=article.title or header.title,
        source=article.source or header.source,
        url=article.url,
    )


def _raise(error: InputError) -> None:
    raise error


def _read_txt(path: Path) -> Article:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=where) from None
    text = decode_bytes(data, where)
    return coerce_article(Article(text=text, doc_id=path.stem), source=where)


def _read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Article]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        on_error(InputError(f"cannot read file: {exc.strerror or exc}", source=str(path)))
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = decode_bytes(raw, where)
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise RecordError(f"invalid JSON: {exc}", source=where) from None
                if not isinstance(record, dict):
                    raise RecordError("a line must hold a JSON object", source=where)
                if "doc_id" not in record or record["doc_id"] in (None, ""):
                    record = {**record, "doc_id": f"{path.stem}:{lineno}"}
                try:
                    article = Article.from_dict(record)
                except RecordError as exc:
                    raise RecordError(str(exc), source=where) from None
                yield coerce_article(article, source=where)
            except InputError as exc:
                if exc.source is None:
                    exc = type(exc)(str(exc), source=where)
                on_error(exc)


def read_articles(path: str | Path, *, on_error: str | ErrorHandler = "raise") -> Iterator[Article]:
    """Articles from a ``.txt`` file, a ``.jsonl`` file or a directory of them.

    A directory's ``.txt`` and ``.jsonl`` files are read in sorted order.
    ``doc_id`` defaults to the file stem (``.txt``) or ``stem:line``
    (``.jsonl``).

    Parameters
    ----------
    path : str or Path
    on_error : {"raise", "skip"} or callable
        What to do with an article that cannot be read: raise the
        :class:`~newsgraph.errors.InputError` (after yielding the good
        articles before it), log it and go on, or pass it to a callable and
        go on.
    """
    handler: ErrorHandler
    if on_error == "raise":
        handler = _raise
    elif on_error == "skip":
        handler = lambda exc: logger.warning("skipped: %s", exc)  # noqa: E731
    elif callable(on_error):
        handler = on_error
    else:
        raise ValueError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".jsonl") and p.is_file())
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
        yield _read_txt(path)
    except InputError as exc:
        handler(exc)


def iter_inputs(paths: Iterable[str | Path], on_error: ErrorHandler) -> Iterator[Article]:
    """Articles from several paths, in order (used by the CLI)."""
    for path in paths:
        yield from read_articles(path, on_error=on_error)
