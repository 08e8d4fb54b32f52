"""Common Crawl WET input: each ``conversion`` record is a page; other records are passed over.

Read with FastWARC (``docs/warc-reader.md`` has the measurement against warcio). FastWARC gets the
already-decompressed stream from :func:`~classifier.read.source.open_input` rather than the file:
on a truncated gzip its own decompressor ends quietly with a short record, while Python's raises.
A record shorter than its ``Content-Length`` (a truncated uncompressed file) is an error too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..lines import split_lines
from .base import InputError, Page, ReadOptions, ReadStats, log
from .decode import LineDecoder


def read_wet(stream: BinaryIO, source: str, options: ReadOptions, stats: ReadStats) -> Iterator[Page]:
    """The conversion records of one WET input as pages; ``record`` keeps the id, URL and date."""
    decoder = LineDecoder(source, options.encoding, options.errors, stats, unit="record")
    records = ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=False)
    number = 0
    others = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except OSError as error:  # FastWARC's word for unparsable input
            raise InputError(f"not a valid WARC/WET file after record {number} ({error})", source) from None
        number += 1
        if not _is_conversion(record):
            others += 1
            continue
        body = record.reader.read()  # outside the skip below: a truncated file always stops
        if len(body) < record.content_length:
            raise decoder.error(f"truncated: {len(body)} of {record.content_length} bytes", number)
        try:
            page = _page(record, body, number, decoder, source, options)
        except InputError as error:  # only an undecodable record, with --errors strict
            if options.on_error != "skip":
                raise
            stats.skip(error)
            continue
        yield page
    if others and number == others:
        log.warning("%s: no conversion records among %d (a WARC rather than a WET file?)", source, others)
    decoder.finish()


def _is_conversion(record) -> bool:
    # WARC field names and the WARC-Type value are case-insensitive (WARC 1.1, section 4), but
    # FastWARC finds the type only under the exact name "WARC-Type" (no_type otherwise) and knows
    # only lower-case values (unknown otherwise); its header lookup ignores case.
    if record.record_type == WarcRecordType.conversion:
        return True
    if record.record_type not in (WarcRecordType.no_type, WarcRecordType.unknown):
        return False
    return (record.headers.get("WARC-Type") or "").strip().lower() == "conversion"


#: The fields of a WET record written with its cleaned text (which goes under ``--text-key``).
WET_FIELDS = ("id", "url", "date")


def _page(record, body: bytes, number: int, decoder: LineDecoder, source: str, options: ReadOptions) -> Page:
    headers = record.headers
    record_id = record.record_id or f"{source}#{number}"
    fields = {
        "id": record_id,
        "url": headers.get("WARC-Target-URI"),
        "date": headers.get("WARC-Date"),
        options.text_key: None,
    }
    lines = split_lines(decoder.decode(body, number))
    return Page(id=record_id, lines=lines, source=source, line=number, record=fields)
