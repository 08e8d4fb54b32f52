"""Cleaning a stream of records (dicts with a text field), as data pipelines hold documents.

>>> from classifier.pipeline import clean_records                     # doctest: +SKIP
>>> for record in clean_records(read_jsonl("crawl.jsonl"), with_labels=True):   # doctest: +SKIP
...     record["text"], record["zhclean_labels"]

Records are read lazily and labelled in batches (labelling is fastest on many pages at once);
each is yielded as a shallow copy with its text cleaned, in input order. The engine integrations
(:mod:`classifier.integrations`) are thin layers over this module, and :func:`cached_model`
gives each worker process one model, loaded on first use.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from .api import PageLabels, load_model
from .decide import DEFAULT_KEEP
from .labels import LABELS
from .lines import split_lines
from .model.line_model import LineModel
from .run import DEFAULT_BATCH_SIZE, iter_labelled

#: Record field holding one label per line of the original text (``None`` for blank lines).
LABELS_KEY = "zhclean_labels"

_models: dict[tuple[str | None, bool], LineModel] = {}
_models_lock = threading.Lock()


def cached_model(path: str | Path | None = None, *, trust: bool = False) -> LineModel:
    """The model at ``path`` (the shipped one when None), loaded once per process and shared.

    Engines call user functions many times per worker (once per partition or batch), and loading a
    model each time would cost more than labelling a small batch.
    """
    key = (None if path is None else str(path), trust)
    model = _models.get(key)
    if model is None:
        with _models_lock:
            model = _models.get(key)
            if model is None:
                model = _models[key] = load_model(path, trust=trust)
    return model


def label_counts(labels: Sequence[str | None]) -> dict[str, int]:
    """Number of lines of each class (every class present, blank lines not counted).

    >>> label_counts(["body", None, "navigation", "body"])
    {'body': 2, 'copyright': 0, 'navigation': 1, 'spam': 0}
    """
    counts = Counter(label for label in labels if label is not None)
    return {label: counts[label] for label in LABELS}


def cleaned_text(page: PageLabels) -> str:
    """The kept lines joined by ``\\n`` (line ends become ``\\n``; paragraph breaks are kept)."""
    return "\n".join(page.cleaned_lines())


def label_texts(
    texts: Sequence[str],
    *,
    model: LineModel | None = None,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[PageLabels]:
    """The labelling of each text (a page), for engines that hand over a whole batch at once."""
    pairs = ((text, split_lines(text)) for text in texts)
    return [
        page
        for _, page in iter_labelled(
            pairs, model=model, keep=keep, threshold=threshold, batch_size=batch_size, lines_of=_lines
        )
    ]


def clean_records(
    records: Iterable[dict],
    *,
    text_key: str = "text",
    model: LineModel | None = None,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    with_labels: bool = False,
) -> Iterator[dict]:
    """Yield each record as a shallow copy whose ``text_key`` holds the cleaned text.

    ``model`` is the shipped model when None; ``keep`` the classes whose lines stay; ``threshold``
    calls a line body whenever P(body) reaches it. With ``with_labels``, the copy also gets
    :data:`LABELS_KEY`: one label per line of the original text. A record whose text is missing or
    not a string raises ``ValueError``: a pipeline should not lose documents silently.
    """
    pairs = ((record, split_lines(_text_of(record, text_key, n))) for n, record in enumerate(records))
    for (record, _), page in iter_labelled(
        pairs, model=model, keep=keep, threshold=threshold, batch_size=batch_size, lines_of=_lines
    ):
        out = dict(record)
        out[text_key] = cleaned_text(page)
        if with_labels:
            out[LABELS_KEY] = page.labels
        yield out


def _lines(pair: tuple[object, list[str]]) -> list[str]:
    return pair[1]


def _text_of(record: dict, key: str, number: int) -> str:
    if not isinstance(record, dict) or key not in record:
        raise ValueError(f"record {number} has no field {key!r}")
    text = record[key]
    if not isinstance(text, str):
        raise ValueError(f"record {number}: field {key!r} is {type(text).__name__}, not a string")
    return text
