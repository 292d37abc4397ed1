"""From an input's bytes (or a JSON line's strings) to an unanalysed Article.

:func:`make_article` decodes (:mod:`sumber.inputs.decode`), extracts HTML
(:mod:`sumber.inputs.extract`) and fills the record's fields: what the user gave
(``id``, ``url``, ``title``, ``published``, ``language``) wins over what an HTML
page says about itself. For plain text, ``Article.text`` is exactly the decoded
input: only a UTF-8 byte-order mark is dropped; line ends and white space are
kept, so offsets point into what the user gave. A :class:`Record` carries one
article, or the error that kept it from being one, to the pipeline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime

from sumber.errors import EmptyInputError, InputError, InputTooLargeError, SumberError
from sumber.inputs.decode import decode_bytes
from sumber.inputs.extract import declared_charset, extract_html, looks_like_html
from sumber.model import Article


@dataclass(slots=True)
class Record:
    """One article ready for the pipeline, or why there is none.

    Attributes:
        name: how messages name it (``file.jsonl:12``, a path, a URL, ``<stdin>``).
        article: the article, unanalysed; None when ``error`` is set.
        error: what went wrong reading it.
        warnings: notes for the user (an encoding that was guessed).
    """

    name: str
    article: Article | None = None
    error: SumberError | None = None
    warnings: list[str] = field(default_factory=list)


def normalise_date(value: str) -> str:
    """An ISO 8601 date or date-time as ``YYYY-MM-DD``.

    Args:
        value: "2024-11-12", or a date-time such as "2024-11-12T08:30:00+07:00".

    Returns:
        The date part, "2024-11-12".

    Raises:
        ValueError: when ``value`` is neither.
    """
    value = value.strip()
    try:
        return (
            date.fromisoformat(value).isoformat()
            if len(value) == 10
            else (datetime.fromisoformat(value).date().isoformat())
        )
    except ValueError:
        raise ValueError(f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def os_error(exc: OSError) -> InputError:
    """An OS error reading an input as a short message ("no such file or directory")."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    return InputError((exc.strerror or str(exc)).lower())


def too_large(size: int | None, limit: int) -> InputTooLargeError:
    """The error for an input of ``size`` bytes (None: unknown) over ``limit``."""
    if size is None:
        return InputTooLargeError(
            f"input too large (more than the limit of {limit:,} bytes, see --max-bytes)"
        )
    return InputTooLargeError(
        f"input too large ({size:,} bytes; the limit is {limit:,} bytes, see --max-bytes)"
    )


def internal_error(exc: Exception) -> SumberError:
    """An unexpected exception as a one-line error (re-raised when ``SUMBER_DEBUG`` is set)."""
    if os.environ.get("SUMBER_DEBUG"):
        raise exc
    return SumberError(f"internal error: {type(exc).__name__}: {exc}")


def make_article(
    data: bytes | str,
    *,
    html: bool | None = None,
    declared: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """An unanalysed Article from an input's bytes or text.

    Args:
        data: raw bytes (decoded here; a UTF-8 byte-order mark is dropped) or text.
        html: True for HTML, False for plain text, None to sniff.
        declared: the encoding the container declared, if any.
        id: the record id.
        url: the article URL the user gave; HTML metadata fills it otherwise.
        title: the headline the user gave; HTML metadata fills it otherwise.
        published: publication date the user gave; HTML metadata fills it otherwise.
        language: ISO code the user gave.
        warnings: receives encoding warnings.

    Returns:
        The Article; for plain text its ``text`` is exactly the decoded input.

    Raises:
        SumberError: binary data, no text, or an HTML page without visible text.
    """
    if isinstance(data, bytes):
        if html is None:  # sniff before decoding, to know whether a <meta charset> counts
            head = data[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1")
            html = True if looks_like_html(head) else None
        if html and declared is None:
            declared = declared_charset(data)
        decoded = decode_bytes(data, declared if html else None)
        if decoded.warning and warnings is not None:
            warnings.append(decoded.warning)
        text = decoded.text
    else:
        text = data
    if html is None:
        html = looks_like_html(text)
    if html:
        page = extract_html(text, url)
        text = page.text
        url = url or page.url
        title = title or page.title
        published = published or page.published
    elif not text.strip():
        raise EmptyInputError("empty input (nothing but white space)" if text else "empty input")
    return Article(text=text, id=id, url=url, title=title, published=published, language=language)
