"""Readers: turn input files (text, JSONL, Common Crawl WET; plain, gzip or zstd) into pages.

:func:`read_pages` is the entry point; every reader yields :class:`Page` objects lazily, holding at
most one page in memory, and reports unreadable input as :class:`InputError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from .base import InputError, Page, ReadOptions, ReadStats
from .jsonl import read_jsonl
from .source import check_input, display_name, open_input
from .text import SplitRule, read_text
from .wet import read_wet

FORMATS = ("text", "jsonl", "wet")

_READERS: dict[str, Callable[[BinaryIO, str, ReadOptions, ReadStats], Iterator[Page]]] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "wet": read_wet,
}

__all__ = [
    "FORMATS",
    "InputError",
    "Page",
    "ReadOptions",
    "ReadStats",
    "SplitRule",
    "check_input",
    "detect_format",
    "read_pages",
]


def detect_format(name: str) -> str:
    """The input format a file name implies: ``.jsonl``/``.ndjson`` → jsonl; ``.wet``, ``.warc``
    (as in ``.warc.wet.gz``, ``.warc.gz``) → wet; anything else, and stdin, → text."""
    lowered = name.lower()
    for suffix in (".gz", ".zst"):
        lowered = lowered.removesuffix(suffix)
    if lowered.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lowered.endswith((".wet", ".warc")):
        return "wet"
    return "text"


def read_pages(names: Iterable[str], options: ReadOptions, stats: ReadStats | None = None) -> Iterator[Page]:
    """The pages of every input in turn (``-`` is stdin), in the format of ``options.format`` or
    else of each name."""
    stats = stats if stats is not None else ReadStats()
    for name in names:
        reader = _READERS[options.format or detect_format(name)]
        with open_input(name) as stream:
            yield from reader(stream, display_name(name), options, stats)
