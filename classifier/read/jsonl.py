"""JSONL input: one JSON object per line, its text under ``text_key``, every other field kept.

Every other field is kept as the exact text it had in the input: the page holds the record's line
before and after the text field's value (``Page.around``), and the writer puts the cleaned text
between them. Re-encoding a parsed record would not give it back: ``1e400`` would come out as
``Infinity`` (not JSON), ``1.0000000000000000001`` as ``1.0``, and of two fields of the same name
only the last would be left. Numbers are never converted, so integers of any length are accepted
(Python's ``int`` refuses more than 4,300 digits).

The page id is the record's ``id_key`` field when it has one, else ``FILE:LINE``. Blank lines are
not records and are passed over.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring  # the C scanner of JSON strings, where built
from typing import Any, BinaryIO

from ..lines import split_lines
from .base import InputError, Page, ReadOptions, ReadStats
from .decode import LineDecoder, check_text, iter_raw_lines

#: Numbers and NaN/Infinity as their text: they are only checked and passed through.
_AS_TEXT = json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=str)
# JSON's white space, and the record's punctuation with the white space around it: one regular
# expression call between two values instead of three (a dump of short records spent most of its
# reading in the walk between them).
_SPACE = re.compile(r"[ \t\n\r]*")
_OPEN = re.compile(r"[ \t\n\r]*\{[ \t\n\r]*")
_COLON = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
_AFTER_VALUE = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")


def record_fields(line: str) -> list[tuple[str, Any, int, int]] | None:
    """Each top-level field of ``line`` as its name, its value and where the value starts and ends,
    in the order written (a repeated name comes twice); ``None`` unless ``line`` is one JSON object
    and nothing else (:func:`_bad_record` then says what is wrong).

    Each value is decoded once, here: decoding the whole record first and then walking it again
    for the spans decoded its text twice, a third of reading the file (and one more copy of the
    text held at once). Names and values go straight to the decoder's C scanner.
    """
    fields = []
    try:
        match = _OPEN.match(line)
        if match is None:
            return None
        at = match.end()
        if line.startswith("}", at):
            at += 1
        else:
            while True:
                if not line.startswith('"', at):
                    return None
                name, at = scanstring(line, at + 1)
                match = _COLON.match(line, at)
                if match is None:
                    return None
                start = match.end()
                value, at = _AS_TEXT.scan_once(line, start)
                fields.append((name, value, start, at))
                match = _AFTER_VALUE.match(line, at)
                if match is None:
                    return None
                if match.group(1) == "}":
                    at = match.start(1) + 1
                    break
                at = match.end()
    # JSONDecodeError in a name or value, no value where one must be, or one nested too deeply
    except (ValueError, StopIteration, RecursionError):
        return None
    return fields if _SPACE.match(line, at).end() == len(line) else None


def _bad_record(line: str, source: str, number: int) -> InputError:
    """The error for a line :func:`record_fields` refused, in the words of Python's JSON decoder."""
    try:
        record = _AS_TEXT.decode(line)
    except ValueError as error:  # JSONDecodeError
        return InputError(f"bad JSON ({getattr(error, 'msg', error)})", source, number)
    except RecursionError:
        return InputError("bad JSON (nested too deeply)", source, number)
    return InputError(f"a JSON object was expected, not {type(record).__name__}", source, number)


def read_jsonl(stream: BinaryIO, source: str, options: ReadOptions, stats: ReadStats) -> Iterator[Page]:
    """The pages of one JSONL input; a bad record raises :class:`InputError` or, with
    ``options.on_error == "skip"``, is counted in ``stats`` and passed over."""
    check_text(stream, source)
    decoder = LineDecoder(source, options.encoding, options.errors, stats)
    for number, raw in enumerate(iter_raw_lines(stream, cr_ends_lines=False), 1):
        if not raw.strip() or (number == 1 and not raw.removeprefix(codecs.BOM_UTF8).strip()):
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
    line = decoder.decode(raw, number)
    fields = record_fields(line)
    if fields is None:
        raise _bad_record(line, source, number)
    texts = [(value, start, end) for name, value, start, end in fields if name == options.text_key]
    if not texts:
        raise InputError(f"no {options.text_key!r} field (choose the field with --text-key)", source, number)
    if len(texts) > 1:  # the text of all but one would go uncleaned or be lost
        raise InputError(f"field {options.text_key!r} appears twice", source, number)
    [(text, start, end)] = texts
    if line[start] != '"':  # numbers were decoded as their text
        kind = type(text).__name__
        if isinstance(text, str):
            kind = "int" if text.lstrip("-").isdigit() else "float"
        raise InputError(f"field {options.text_key!r} is {kind}, not a string", source, number)
    ids = [(value, start, end) for name, value, start, end in fields if name == options.id_key]
    page_id = f"{source}:{number}"
    if ids and ids[-1][0] is not None:
        # The last, as json.loads takes it; a string as itself, anything else (7, {"x": 1}) as the
        # JSON it was written as, never as a Python repr.
        id_value, id_start, id_end = ids[-1]
        page_id = id_value if line[id_start] == '"' else line[id_start:id_end]
    return Page(
        id=page_id,
        lines=split_lines(decoder.replace_surrogates(text, number)),
        source=source,
        line=number,
        around=(line[:start], line[end:]),
    )
