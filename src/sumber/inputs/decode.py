"""Bytes to text: byte-order marks, UTF-8, legacy code pages, and refusing binary data.

The rules, in order (see :func:`decode_bytes`):

1. A byte-order mark decides: UTF-8 (``EF BB BF``), UTF-32 or UTF-16 (either
   byte order). The mark itself is dropped, so offsets count from the first
   character after it.
2. NUL bytes, or more than 1 % control characters, mean binary data:
   :class:`~sumber.errors.BinaryInputError`.
3. Strict UTF-8 (even when a page declares another encoding: text in a legacy
   code page is next to never valid UTF-8, while pages that declare Latin-1
   and are UTF-8 are common).
4. The encoding the container declared (HTTP header, ``<meta charset>``), if
   the bytes decode with it.
5. Otherwise a legacy code page, with a warning: the encoding
   ``charset_normalizer`` detects when the input is long enough for it to be
   reliable (>= 200 bytes) and it is not a Latin-script code page (it tells
   those apart badly), so Cyrillic cp1251 or KOI8-R are read right; else
   Windows-1252, the usual encoding of Western text that is not UTF-8 (and
   Latin-1 for the five bytes cp1252 leaves undefined).

No other change is made: line ends, white space and Unicode normalisation are
left as they are, so every offset points into what the user gave.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from sumber.errors import BinaryInputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters other than tab, line feed, vertical tab, form feed, carriage return
# and escape: a text has next to none of them.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
_SAMPLE = 65536
_MIN_DETECT_BYTES = 200

# Detected encodings we do not trust (charset_normalizer mixes up Latin code pages on
# Western text); Windows-1252 is used instead.
_LATIN_FAMILY = re.compile(
    r"^(?:cp125[0247]|cp437|cp77\d|cp85\d|cp86\d|cp1006|latin_?1|iso8859_(?:1|2|3|4|9|1[0345])"
    r"|mac_\w+|ascii|utf_?16.*|utf_?32.*)$"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text and how it was read.

    Attributes:
        text: the text.
        encoding: the codec used ("utf-8", "cp1252", ...).
        warning: a note for the user when the encoding was a guess, else None.
    """

    text: str
    encoding: str
    warning: str | None = None


def _check_not_binary_text(text: str) -> None:
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        raise BinaryInputError("binary data (NUL characters), not text")
    if sample and len(_CONTROL_CHARS.findall(sample)) > _MAX_CONTROL_RATIO * len(sample):
        raise BinaryInputError("binary data (too many control characters), not text")


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` (without a byte-order mark) looks like binary data rather than text.

    Args:
        data: the raw bytes (a prefix is enough).

    Returns:
        True when there is a NUL byte or more than 1 % control bytes in the first 64 KiB.
    """
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    return bool(sample) and len(_CONTROL_BYTES.findall(sample)) > _MAX_CONTROL_RATIO * len(sample)


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: (text, encoding)."""
    if len(data) >= _MIN_DETECT_BYTES:
        try:
            import charset_normalizer
        except ImportError:  # pragma: no cover - installed with trafilatura
            charset_normalizer = None  # type: ignore[assignment]
        if charset_normalizer is not None:
            best = charset_normalizer.from_bytes(data[:_SAMPLE]).best()
            if best is not None and not _LATIN_FAMILY.match(best.encoding):
                try:
                    return data.decode(best.encoding), best.encoding
                except (UnicodeDecodeError, LookupError):
                    pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an input's bytes to text, or refuse binary data.

    Args:
        data: the raw bytes of one input.
        declared: an encoding the container declared (HTTP header, ``<meta charset>``);
            used when the bytes are not UTF-8 and decode with it.

    Returns:
        A :class:`Decoded`: the text, the encoding used, and a warning when it was a guess.

    Raises:
        BinaryInputError: for binary data or bytes no accepted encoding reads.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BinaryInputError(
                    f"starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {exc.start + len(bom)})"
                ) from None
            _check_not_binary_text(text)
            return Decoded(text, encoding)
    if looks_binary(data):
        if b"\x00" in data[:_SAMPLE]:
            raise BinaryInputError("binary data (NUL bytes), not text")
        raise BinaryInputError("binary data (too many control characters), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if declared:
        try:
            codec = codecs.lookup(declared).name
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            _check_not_binary_text(text)
            return Decoded(text, codec)
    text, encoding = _legacy(data)
    _check_not_binary_text(text)
    return Decoded(
        text,
        encoding,
        f"not UTF-8 (invalid byte at offset {bad}); decoded as {encoding}, which may be wrong",
    )
