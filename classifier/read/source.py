"""Opening an input as a stream of bytes: stdin or a file, decompressed by its magic number.

Compression is recognised from the first bytes rather than the file name, so ``cat x.gz | zhclean``
and misnamed files work too. Every read error of the stream (truncated gzip, corrupt zstd, I/O
error) comes out as :class:`InputError` naming the file, so readers need no handling of their own.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

import zstandard

from .base import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
STDIN = "-"
BUFFER_SIZE = 1 << 16


def display_name(name: str) -> str:
    """How an input is named in messages and page ids."""
    return "<stdin>" if name == STDIN else name


class _Checked(io.RawIOBase):
    """A raw stream over a decompressor that turns its read errors into :class:`InputError`."""

    def __init__(self, inner: BinaryIO, source: str, kind: str):
        self._inner = inner
        self._source = source
        self._kind = kind
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        try:
            count = self._inner.readinto(buffer)
        except (EOFError, OSError, zlib.error, zstandard.ZstdError) as error:
            raise InputError(f"corrupt or truncated {self._kind} ({error})", self._source) from error
        self._position += count or 0
        return count

    def tell(self) -> int:
        # FastWARC asks for the position and panics on a stream that cannot tell (a pipe, stdin).
        return self._position


class _ZstdFrames(io.RawIOBase):
    """The decompressed bytes of one or more zstd frames, one after the other.

    zstandard's ``stream_reader`` reports a file cut inside a frame as a clean end of input, so a
    truncated ``.zst`` would be read as a shorter file without a word. Here each frame is
    decompressed by a ``decompressobj``, which says when it has seen its frame's end (``eof``);
    input that stops before that raises ``ZstdError`` (made an :class:`InputError` by ``_Checked``).
    """

    def __init__(self, compressed: BinaryIO):
        self._compressed = compressed
        self._frame = None  # the decompressor of the frame being read, None between frames
        self._pending = b""
        self._at = 0  # how much of _pending has been read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while self._at == len(self._pending):
            chunk = self._compressed.read(BUFFER_SIZE)
            if not chunk:
                if self._frame is not None:
                    raise zstandard.ZstdError("the input ends inside a frame")
                return 0
            self._pending, self._at = self._decompress(chunk), 0
        count = min(len(buffer), len(self._pending) - self._at)
        buffer[:count] = self._pending[self._at : self._at + count]
        self._at += count
        return count

    def _decompress(self, data: bytes) -> bytes:
        out = []
        while data:
            if self._frame is None:
                self._frame = zstandard.ZstdDecompressor().decompressobj()
            out.append(self._frame.decompress(data))
            data = b""
            if self._frame.eof:  # the next frame, if any, starts in what this one left over
                data, self._frame = self._frame.unused_data, None
        return b"".join(out)


def check_input(name: str) -> None:
    """Raise :class:`InputError` unless ``name`` is stdin or a file: checking every input before
    the run starts stops a typo in the last name from failing a long run at its end."""
    if name == STDIN:
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise InputError("stdin is closed", display_name(name))
        return
    if not name:
        raise InputError("an input name is empty", "''")
    if os.path.isdir(name):
        raise InputError("is a directory, not a file", name)
    if not os.path.exists(name):
        raise InputError("no such file", name)


def _raw_file(name: str) -> BinaryIO:
    try:
        return open(name, "rb")
    except OSError as error:
        raise InputError(f"cannot open ({error.strerror or error})", name) from error


@contextmanager
def open_input(name: str) -> Iterator[io.BufferedReader]:
    """The decompressed bytes of ``name`` (``-`` for stdin) as a buffered stream that can ``peek``."""
    source = display_name(name)
    check_input(name)  # stdin closed, no such file...
    raw = sys.stdin.buffer if name == STDIN else _raw_file(name)
    try:
        head = io.BufferedReader(_Checked(raw, source, "input"), BUFFER_SIZE)
        magic = head.peek(len(ZSTD_MAGIC))[: len(ZSTD_MAGIC)]
        if magic.startswith(GZIP_MAGIC):
            inner: BinaryIO = gzip.GzipFile(fileobj=head, mode="rb")
            kind = "gzip data"
        elif magic == ZSTD_MAGIC:
            inner = _ZstdFrames(head)
            kind = "zstd data"
        else:
            yield head
            return
        yield io.BufferedReader(_Checked(inner, source, kind), BUFFER_SIZE)
    finally:
        if name != STDIN:
            raw.close()
