"""Plain text input: one page per file, or several pages split at separators.

Split rules (``--split``):

- ``ff``: a line holding only a form feed (``\\f``). It is the default because it never occurs in
  crawled body text, while blank lines do, and it is one character to write between pages.
- ``blank:N``: a run of at least N blank lines.
- ``line:TEXT``: a line equal to TEXT, e.g. ``line:----``.

A separator at the very end of the input ends the last page rather than starting an empty one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..lines import is_blank
from .base import Page, ReadOptions, ReadStats
from .decode import LineDecoder, check_text, iter_raw_lines

FORM_FEED = "\f"


@dataclass(frozen=True)
class SplitRule:
    """How pages are separated in a text file, and how to write the separator back."""

    marker: str | None  # a separator line, or None with min_blank
    min_blank: int  # > 0: a run of this many blank lines separates pages

    @classmethod
    def parse(cls, spec: str | None) -> SplitRule:
        """The rule for a ``--split`` value. ``None`` (one page per file) gets the form feed rule,
        which is then only used to write pages apart."""
        if spec is None or spec == "ff":
            return cls(FORM_FEED, 0)
        kind, _, value = spec.partition(":")
        if kind == "blank" and value.isdigit() and int(value) > 0:
            return cls(None, int(value))
        if kind == "line" and value and "\n" not in value and "\r" not in value:
            return cls(value, 0)
        raise ValueError(f"bad --split rule {spec!r}: use ff, blank:N (N >= 1) or line:TEXT")

    @property
    def separator(self) -> str:
        """What is written between two output pages, line ends included."""
        return self.marker + "\n" if self.marker is not None else "\n" * self.min_blank


def read_text(stream: BinaryIO, source: str, options: ReadOptions, stats: ReadStats) -> Iterator[Page]:
    """The pages of one text input (the whole input is one page unless ``options.split``)."""
    check_text(stream, source)
    decoder = LineDecoder(source, options.encoding, options.errors, stats)
    lines = (decoder.decode(raw, number) for number, raw in enumerate(iter_raw_lines(stream), 1))
    if options.split is None:
        yield Page(id=source, lines=list(lines), source=source, line=1)
    else:
        yield from _split(lines, SplitRule.parse(options.split), source)
    decoder.finish()


def _split(lines: Iterable[str], rule: SplitRule, source: str) -> Iterator[Page]:
    index, page, start, after_separator = 1, [], 1, False
    for number, line in _tokens(lines, rule):
        if line is None:
            yield Page(id=f"{source}#{index}", lines=page, source=source, line=start)
            index, page, start, after_separator = index + 1, [], number + 1, True
        else:
            page.append(line)
            after_separator = False
    if page or not after_separator:
        yield Page(id=f"{source}#{index}", lines=page, source=source, line=start)


def _tokens(lines: Iterable[str], rule: SplitRule) -> Iterator[tuple[int, str | None]]:
    """``(line number, line)`` pairs, with ``None`` for a separator numbered by its last line."""
    blanks: list[tuple[int, str]] = []  # a run of blank lines not yet known to be a separator
    for number, line in enumerate(lines, 1):
        if not rule.min_blank:
            yield number, (None if line == rule.marker else line)
        elif is_blank(line):
            blanks.append((number, line))
        else:
            yield from _blank_run(blanks, rule.min_blank)
            blanks = []
            yield number, line
    yield from _blank_run(blanks, rule.min_blank)


def _blank_run(blanks: list[tuple[int, str]], min_blank: int) -> Iterable[tuple[int, str | None]]:
    return [(blanks[-1][0], None)] if blanks and len(blanks) >= min_blank else blanks
