"""Outputs that appear under their final name only when complete.

Each output is written to a hidden temporary file in the same directory (so the final rename stays
on one file system and is atomic), flushed to disk, and renamed into place when the run succeeds.
On any error, Ctrl-C or SIGTERM the temporary files are removed; after a SIGKILL one may remain
(``.NAME.*.tmp``), but nothing exists under the final name. ``-`` is stdout, written as it goes,
and so is a path that already names something other than a regular file (``/dev/null``, a named
pipe): renaming over those would replace the device or pipe with a file. A symbolic link is
followed: its target is replaced, the link stays. An existing file keeps its permissions.
Compression follows the name given: ``.gz`` (gzip) or ``.zst`` (zstandard), in any case.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import BinaryIO, TextIO

import zstandard

from ..signals import held_back

STDOUT = "-"
GZIP_LEVEL = 6  # gzip's own default: level 9 is several times slower for a few per cent
ZSTD_LEVEL = 3


class OutputError(Exception):
    """An output that cannot be created or written (missing directory, no permission, disk full)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _compressor(path: str, raw: BinaryIO) -> BinaryIO | None:
    path = path.lower()
    if path.endswith(".gz"):
        # No name and no time in the header: the same input gives byte-identical output.
        return gzip.GzipFile(filename="", mode="wb", compresslevel=GZIP_LEVEL, fileobj=raw, mtime=0)
    if path.endswith(".zst"):
        return zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(raw, closefd=False)  # type: ignore[return-value]
    return None


def text_stream(binary: BinaryIO) -> TextIO:
    """UTF-8 text over ``binary``, ``\\n`` line ends as written. Unpaired surrogates (only JSON input
    can carry them) become ``\\udXXX`` escapes, which inside a JSON string mean the same thing."""
    return io.TextIOWrapper(binary, encoding="utf-8", errors="backslashreplace", newline="\n")


class AtomicOutput:
    """One output file (or stdout); see the module docstring."""

    def __init__(self, path: str):
        self.path = path
        self._raw: BinaryIO | None = None
        self._layer: BinaryIO | None = None
        self._temp: str | None = None
        self._target, self._in_place = path, False
        if path == STDOUT:
            if sys.stdout is None:  # started with stdout closed (`>&-`)
                raise OutputError("stdout is closed; give the output a name with -o")
            sys.stdout.flush()
            self.stream = text_stream(sys.stdout.buffer)
            return
        self._target = os.path.realpath(path)  # a symbolic link's target is what gets replaced
        if os.path.isdir(self._target):
            raise OutputError(f"{path}: is a directory")
        try:
            self._in_place = not stat.S_ISREG(os.stat(self._target).st_mode)
        except OSError:  # nothing there yet: a new file
            self._in_place = False
        if self._in_place:
            try:
                self._raw = open(self._target, "wb")  # closed by finish() or discard()
            except OSError as error:
                raise OutputError(f"{path}: cannot open ({error.strerror or error})") from error
        else:
            directory = os.path.dirname(self._target)
            prefix = f".{os.path.basename(self._target)}."
            try:
                handle, self._temp = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=".tmp")
            except OSError as error:
                reason = error.strerror or error
                raise OutputError(f"{path}: cannot create a file in {directory} ({reason})") from error
            self._raw = os.fdopen(handle, "wb")
        self._layer = _compressor(path, self._raw)
        self.stream = text_stream(self._layer or self._raw)

    def finish(self) -> None:
        """Flush everything to disk (the temporary file); the output is then ready to publish."""
        try:
            self.stream.flush()
            if self._raw is None:
                self.stream.detach()  # leave sys.stdout open
                return
            if self._layer is not None:
                self._layer.close()  # writes the compressed stream's trailer into the file
            self._raw.flush()
            if not self._in_place:  # devices and pipes have nothing to sync (fsync refuses a pipe)
                os.fsync(self._raw.fileno())
            self._raw.close()
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write ({error.strerror or error})") from error

    def publish(self) -> None:
        """Give the finished temporary file its final name."""
        if self._temp is None:
            return
        try:
            mode = stat.S_IMODE(os.stat(self._target).st_mode)  # a file replaced keeps its mode
        except FileNotFoundError:
            mode = 0o666 & ~_umask()  # mkstemp makes it private; a new file should not be
        os.chmod(self._temp, mode)
        os.replace(self._temp, self._target)
        self._temp = None

    def discard(self) -> None:
        """Remove the temporary file (stdout: flush what was written, which is whole records only)."""
        if self._raw is None:
            with contextlib.suppress(Exception):
                self.stream.flush()
                self.stream.detach()
            return
        with contextlib.suppress(Exception):
            self._raw.close()
        if self._temp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self._temp)
            self._temp = None


@contextlib.contextmanager
def atomic_outputs(
    *paths: str | None, on_published: Callable[[], None] | None = None
) -> Iterator[list[TextIO | None]]:
    """Text streams for ``paths`` (``None`` gives ``None``): all published together when the block
    ends normally, all discarded when it raises anything, ``KeyboardInterrupt`` included.

    Ctrl-C and SIGTERM are held back while the finished files are renamed into place, so a signal
    cannot leave one published and the next discarded; one that came then is raised after the
    renames, and after ``on_published`` has been called to say the outputs are complete."""
    outputs: list[AtomicOutput | None] = []
    try:
        for path in paths:
            outputs.append(AtomicOutput(path) if path else None)
        yield [output.stream if output else None for output in outputs]
        live = [output for output in outputs if output]
        for output in live:
            output.finish()
        with held_back(signal.SIGINT, signal.SIGTERM):
            for output in live:
                output.publish()
            if on_published is not None:
                on_published()
    except BaseException:
        for output in outputs:
            if output:
                output.discard()  # nothing left to do for one already published
        raise
