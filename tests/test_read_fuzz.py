"""Fuzzing the readers: random and mutated bytes give pages or an InputError, never anything else."""

from __future__ import annotations

import gzip
import logging
import random

import pytest
import zstandard

from classifier.read import FORMATS, InputError, Page, ReadOptions, read_pages
from tests.fixtures.helpers import warcinfo, wet_record

SEEDS = {
    "text": "标题\r\n正文\n\n\f\n第二页\r".encode(),
    "jsonl": '{"id": 1, "text": "正文\\n第二行", "x": [1, {"y": null}]}\n{"text": ""}\n'.encode(),
    "wet": warcinfo() + wet_record("标题\n正文") + wet_record("第二页", record_id="<urn:uuid:2>"),
}
INPUTS_PER_FORMAT = 300


def mutate(rng: random.Random, data: bytes) -> bytes:
    """Flip, insert, delete and duplicate byte runs; sometimes compress and cut the result."""
    if rng.random() < 0.25:
        data = rng.randbytes(rng.randrange(300))
    else:
        buffer = bytearray(data * rng.randrange(1, 4))
        for _ in range(rng.randrange(1, 8)):
            at = rng.randrange(len(buffer) + 1)
            action = rng.randrange(4)
            if action == 0 and buffer:
                buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
            elif action == 1:
                buffer[at:at] = rng.randbytes(rng.randrange(1, 9))
            elif action == 2:
                del buffer[at : at + rng.randrange(1, 9)]
            else:
                buffer[at:at] = buffer[at : at + rng.randrange(1, 40)]
        data = bytes(buffer)
    if rng.random() < 0.3:
        compress = gzip.compress if rng.random() < 0.5 else zstandard.ZstdCompressor().compress
        data = compress(data)
        if rng.random() < 0.5:
            data = data[: rng.randrange(len(data) + 1)]
    return data


@pytest.mark.parametrize("fmt", FORMATS)
def test_random_input_gives_pages_or_input_error(tmp_path, fmt):
    logging.getLogger("zhclean").setLevel(logging.ERROR)  # replacement warnings by the hundred
    rng = random.Random(f"zhclean-{fmt}")
    path = tmp_path / "input"
    outcomes = {"pages": 0, "error": 0}
    try:
        for _ in range(INPUTS_PER_FORMAT):
            path.write_bytes(mutate(rng, SEEDS[fmt]))
            options = ReadOptions(
                format=fmt,
                errors=rng.choice(["replace", "strict"]),
                split=rng.choice([None, "ff", "blank:2"]) if fmt == "text" else None,
                on_error=rng.choice(["stop", "skip"]),
            )
            try:
                for page in read_pages([str(path)], options):
                    assert isinstance(page, Page)
                    assert all(isinstance(line, str) and "\n" not in line for line in page.lines)
                outcomes["pages"] += 1
            except InputError as error:
                assert str(error)
                outcomes["error"] += 1
    finally:
        logging.getLogger("zhclean").setLevel(logging.NOTSET)
    assert min(outcomes.values()) > 0, outcomes  # both paths were exercised
