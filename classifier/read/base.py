"""What every reader produces and shares: pages, reading options, counters, and the one error type."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("zhclean")

#: Skipped records named one by one in warnings before the rest are only counted.
SKIP_WARNINGS = 10


class InputError(Exception):
    """Input that cannot be read: names the file and, where it helps, the line or record.

    Every failure caused by the bytes of an input (bad encoding, bad JSON, truncated gzip, a binary
    file) is an ``InputError``; anything else escaping a reader is a bug.
    """

    def __init__(self, message: str, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Page:
    """One page to classify.

    ``record`` holds the fields written back around the cleaned text for WET input; ``around``
    the text of a JSONL record before and after its text field's value, written back around the
    cleaned text as it was (``classifier/read/jsonl.py``).
    """

    id: str
    lines: list[str]
    source: str
    line: int  # where the page starts in its source: line number (text, JSONL) or record number (WET)
    record: dict | None = None
    around: tuple[str, str] | None = None


@dataclass
class ReadOptions:
    """How to read inputs; the defaults are those of ``zhclean clean``."""

    format: str | None = None  # text, jsonl, wet; None: from each file's name
    encoding: str = "utf-8"
    errors: str = "replace"  # replace: U+FFFD and count; strict: InputError at the first bad byte
    split: str | None = None  # text only: None (one page per file), "ff", "blank:N" or "line:TEXT"
    text_key: str = "text"
    id_key: str = "id"
    on_error: str = "stop"  # stop: raise InputError; skip: count the bad record and go on


@dataclass
class ReadStats:
    """Counters the readers add to, for the summary: nothing dropped goes uncounted."""

    replaced: int = 0  # invalid byte sequences (and unpaired surrogates) replaced with U+FFFD
    skipped: int = 0  # records skipped under on_error="skip"

    def skip(self, error: InputError) -> None:
        """Count a record skipped under ``on_error="skip"`` and name the first few in warnings."""
        self.skipped += 1
        if self.skipped <= SKIP_WARNINGS:
            log.warning("skipped %s", error)
        if self.skipped == SKIP_WARNINGS:
            log.warning("further skipped records are only counted")
