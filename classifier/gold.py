"""Reading and writing the gold format: one JSON page per line, ``{"id", "lines": [{"text", "label"}]}``.

Blank lines carry ``"label": null``. Extra page fields (``site``, ``lang`` ...) are kept on read.
"""

from __future__ import annotations

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
    """Yield the pages of a gold JSONL file."""
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                yield page_from_record(json.loads(raw), where=f"{path}:{number}")


def write_gold(pages: Iterable[GoldPage], path: str | Path) -> int:
    """Write pages as gold JSONL; returns the number written."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for page in pages:
            handle.write(page.to_json() + "\n")
            count += 1
    return count
