"""Turning raw input lines into text: decoding with counted replacements, BOM, binary sniffing.

Lines are decoded one by one (rather than through a text stream that decodes ahead in chunks) so that
a decoding error names the exact line. That needs an ASCII-compatible encoding, where bytes 0x0A and
0x0D only ever mean line ends: UTF-8, GB18030/GBK, Big5, Shift_JIS, EUC-* are; UTF-16 is not.
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Iterator
from typing import BinaryIO

from ..lines import has_surrogates, surrogates_replaced
from .base import InputError, ReadStats, log

#: Bytes looked at to tell text from binary, and the share of NUL bytes that makes it binary:
#: text has none or a stray few, UTF-16 and most binary formats have far more.
SNIFF_BYTES = 8192
BINARY_NUL_SHARE = 0.1

#: Bad lines kept (up to this many bytes) to guess a legacy encoding from.
HINT_SAMPLE_BYTES = 1 << 14

#: Characters frequent in Chinese text in both scripts: the legacy encoding that decodes a sample
#: into more of them is the likely one (GBK bytes read as Big5, and the other way round, decode
#: into rare characters).
_COMMON_HAN = set(
    "的一是不在人有我他這这中大來来上國国個个到說说們们為为子和你地出道也時时年得就那要下以生會会"
)

#: GB18030 decodes most byte soup: a guess needs this many common characters in the sample.
MIN_COMMON_HAN = 2

_counter = threading.local()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    _counter.n = getattr(_counter, "n", 0) + 1
    return "\ufffd", error.end  # type: ignore[attr-defined]


codecs.register_error("zhclean.replace", _count_and_replace)


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; raises ``LookupError`` if unknown, ``ValueError`` if the
    encoding cannot be read line by line."""
    name = codecs.lookup(encoding).name
    # ASCII both ways, escapes and "+" included: unicode_escape would turn "\u4e2d" into "中" and
    # utf-7 "+..." into other text, and idna cannot decode a line at all.
    sample = "a\n\r\\u4e2d+-"
    try:
        plain = sample.encode("ascii")
        usable = sample.encode(name) == plain and plain.decode(name) == sample
        b"a\xff\n".decode(name, "replace")
    except (UnicodeError, LookupError, TypeError):
        usable = False
    if not usable:
        raise ValueError(f"encoding {encoding!r} is not ASCII-compatible; convert the input to UTF-8 first")
    return name


def check_text(stream: BinaryIO, source: str) -> None:
    """Raise :class:`InputError` if the start of ``stream`` (which must support ``peek``) is not text."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("UTF-16 is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", source)
    nuls = head.count(0)
    if head and nuls / len(head) > BINARY_NUL_SHARE:
        raise InputError(f"not text: {nuls} NUL bytes in the first {len(head)} bytes", source)


def iter_raw_lines(stream: BinaryIO, *, cr_ends_lines: bool = True) -> Iterator[bytes]:
    """Lines of ``stream`` without their line ends.

    Lines end at ``\\n``, ``\\r\\n`` and (with ``cr_ends_lines``) a lone ``\\r``, the rule of
    :func:`classifier.lines.split_lines`; a line end at the very end does not make an empty line.
    """
    for chunk in stream:
        if chunk.endswith(b"\n"):
            chunk = chunk[:-1]
            if chunk.endswith(b"\r"):
                chunk = chunk[:-1]
        elif cr_ends_lines and chunk.endswith(b"\r"):
            chunk = chunk[:-1]
        if cr_ends_lines and b"\r" in chunk:
            yield from chunk.split(b"\r")
        else:
            yield chunk


def guess_legacy_encoding(sample: bytes) -> str | None:
    """``gb18030`` or ``big5`` if ``sample`` decodes as Chinese in one of them, else ``None``."""
    best, best_hits = None, MIN_COMMON_HAN - 1
    for encoding in ("gb18030", "big5"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        hits = sum(char in _COMMON_HAN for char in text)
        if hits > best_hits:
            best, best_hits = encoding, hits
    return best


class LineDecoder:
    """Decodes the lines of one input, counting replacements into ``stats``.

    With ``errors="strict"`` the first undecodable line raises :class:`InputError` naming it.
    A leading byte-order mark is dropped: of the input, or of each record for WET input, where every
    record is a document of its own. :meth:`finish` warns once per input that had
    replacements, suggesting a legacy Chinese encoding when the bytes look like one.
    """

    def __init__(self, source: str, encoding: str, errors: str, stats: ReadStats, unit: str = "line"):
        self.source = source
        self.unit = unit  # what the numbers passed to decode() count: "line", or "record" for WET
        self.encoding = encoding
        self.strict = errors == "strict"
        self.stats = stats
        self.replaced = 0
        self.first_bad_line: int | None = None
        self._sample = bytearray()
        self._at_start = True

    def decode(self, raw: bytes, line: int) -> str:
        try:
            text = raw.decode(self.encoding)
        except UnicodeDecodeError as error:
            if self.strict:
                message = f"cannot decode as {self.encoding} at byte {error.start + 1} ({error.reason})"
                raise self.error(message, line) from None
            text = self._decode_replacing(raw, line)
        if self._at_start:
            self._at_start = self.unit == "record"
            if text.startswith("\ufeff"):
                text = text[1:]
        return text

    def error(self, message: str, number: int) -> InputError:
        """An error at line (or record) ``number`` of this input."""
        if self.unit == "line":
            return InputError(message, self.source, number)
        return InputError(f"{self.unit} {number}: {message}", self.source)

    def _decode_replacing(self, raw: bytes, line: int) -> str:
        before = getattr(_counter, "n", 0)
        text = raw.decode(self.encoding, "zhclean.replace")
        self._count(_counter.n - before, line)
        if len(self._sample) < HINT_SAMPLE_BYTES:
            self._sample += raw[:HINT_SAMPLE_BYTES] + b"\n"
        return text

    def replace_surrogates(self, text: str, line: int) -> str:
        """Text with unpaired surrogates (from JSON ``\\ud800`` escapes) replaced: they cannot be
        encoded, so neither the model nor a UTF-8 output could take them."""
        if not has_surrogates(text):
            return text
        text, count = surrogates_replaced(text)
        self._count(count, line)
        return text

    def _count(self, count: int, line: int) -> None:
        self.replaced += count
        self.stats.replaced += count
        if self.first_bad_line is None:
            self.first_bad_line = line

    def finish(self) -> None:
        """Warn about this input's replacements, if any."""
        if not self.replaced:
            return
        message = (
            f"{self.source}: {self.replaced} invalid sequences replaced with U+FFFD"
            f" (first in {self.unit} {self.first_bad_line})"
        )
        guess = guess_legacy_encoding(bytes(self._sample)) if self._sample else None
        if guess and codecs.lookup(guess).name != self.encoding:
            message += f"; the bytes look like {guess}: try --encoding {guess}"
        else:
            message += "; use --errors strict to stop at the first one"
        log.warning(message)
