"""JSONL input: one JSON object per line, its text under ``text_key``, every other field kept.

The page id is the record's ``id_key`` field when it has one, else ``FILE:LINE``. Blank lines are
not records and are passed over.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..lines import split_lines
from .base import InputError, Page, ReadOptions, ReadStats
from .decode import LineDecoder, check_text, iter_raw_lines


def read_jsonl(stream: BinaryIO, source: str, options: ReadOptions, stats: ReadStats) -> Iterator[Page]:
    """The pages of one JSONL input; a bad record raises :class:`InputError` or, with
    ``options.on_error == "skip"``, is counted in ``stats`` and passed over."""
    check_text(stream, source)
    decoder = LineDecoder(source, options.encoding, options.errors, stats)
    for number, raw in enumerate(iter_raw_lines(stream, cr_ends_lines=False), 1):
        if not raw.strip():
            continue
        try:
            page = _page(decoder, raw, number, source, options)
        except InputError as error:
            if options.on_error != "skip":
                raise
            stats.skip(error)
            continue
        yield page
    decoder.finish()


def _page(decoder: LineDecoder, raw: bytes, number: int, source: str, options: ReadOptions) -> Page:
    try:
        record = json.loads(decoder.decode(raw, number))
    except ValueError as error:  # JSONDecodeError, and too-long integers
        reason = getattr(error, "msg", str(error))
        raise InputError(f"bad JSON ({reason})", source, number) from None
    except RecursionError:
        raise InputError("bad JSON (nested too deeply)", source, number) from None
    if not isinstance(record, dict):
        raise InputError(f"a JSON object was expected, not {type(record).__name__}", source, number)
    if options.text_key not in record:
        raise InputError(f"no {options.text_key!r} field (choose the field with --text-key)", source, number)
    text = record[options.text_key]
    if not isinstance(text, str):
        raise InputError(f"field {options.text_key!r} is {type(text).__name__}, not a string", source, number)
    record[options.text_key] = None  # the text lives on in Page.lines; the writer puts it back cleaned
    page_id = record.get(options.id_key)
    return Page(
        id=f"{source}:{number}" if page_id is None else str(page_id),
        lines=split_lines(decoder.replace_surrogates(text, number)),
        source=source,
        line=number,
        record=record,
    )
