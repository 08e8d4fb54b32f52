"""Reading and writing the gold format: one JSON page per line, ``{"id", "lines": [{"text", "label"}]}``.

Blank lines carry ``"label": null``. Extra page fields (``site``, ``lang`` ...) are kept on read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .labels import LABELS
from .lines import is_blank


@dataclass
class GoldPage:
    """A page of lines with one label per line (``None`` for blank lines)."""

    id: str
    texts: list[str]
    labels: list[str | None]
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.labels):
            raise ValueError(f"page {self.id}: {len(self.texts)} lines but {len(self.labels)} labels")

    def to_json(self) -> str:
        record = dict(self.meta)
        record["id"] = self.id
        record["lines"] = [{"text": t, "label": y} for t, y in zip(self.texts, self.labels)]
        return json.dumps(record, ensure_ascii=False)


def page_from_record(record: dict, where: str = "") -> GoldPage:
    """Build a :class:`GoldPage` from one decoded JSON record, checking its labels."""
    try:
        texts = [line["text"] for line in record["lines"]]
        labels = [line["label"] for line in record["lines"]]
    except (KeyError, TypeError) as error:
        raise ValueError(f"{where}: not a gold page (needs id and lines[].text/label)") from error
    for number, (text, label) in enumerate(zip(texts, labels), 1):
        if label is not None and label not in LABELS:
            raise ValueError(f"{where}: line {number} has unknown label {label!r}")
        if (label is None) != is_blank(text):
            raise ValueError(f"{where}: line {number}: blank lines and only blank lines are labelled null")
    meta = {k: v for k, v in record.items() if k not in ("id", "lines")}
    return GoldPage(id=str(record.get("id", where)), texts=texts, labels=labels, meta=meta)


def read_gold(path: str | Path) -> Iterator[GoldPage]:
    """Yield the pages of a gold JSONL file, gzip- or zstd-compressed too (told by its bytes)."""
    from .read.source import open_input

    with open_input(str(path)) as raw:
        for number, line in enumerate(io.TextIOWrapper(raw, encoding="utf-8"), 1):
            if line.strip():
                yield page_from_record(json.loads(line), where=f"{path}:{number}")


def write_gold(pages: Iterable[GoldPage], path: str | Path) -> int:
    """Write pages as gold JSONL (compressed by the name's extension, as ``zhclean clean``'s
    outputs are); returns the number written. The file appears only when complete: an
    interrupted ``zhclean build-data`` leaves no half-written file, and an older one as it was."""
    from .write.atomic import atomic_outputs

    count = 0
    with atomic_outputs(str(path)) as (handle,):
        for page in pages:
            handle.write(page.to_json() + "\n")
            count += 1
    return count
