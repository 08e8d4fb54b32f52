"""Cleaning a batch of documents held as a table, for Spark ``mapInPandas`` and Ray Data ``map_batches``.

Both engines call a Python function on batches of rows in long-lived worker processes. The
model is loaded once per worker process, on its first batch (:func:`classifier.pipeline.cached_model`),
so only the model's path travels with the function. ``docs/distributed.md`` has runnable examples::

    # Spark: an iterator of pandas DataFrames in, one out
    from functools import partial
    from classifier.integrations.batch import clean_partitions, spark_schema
    cleaned = df.mapInPandas(partial(clean_partitions, model_path=path), spark_schema(df.schema))

    # Ray Data: one pandas DataFrame (or Arrow table) per call
    from classifier.integrations.batch import clean_batch
    cleaned = ds.map_batches(clean_batch, batch_format="pandas", fn_kwargs={"model_path": path})

The output is the input batch with its text column cleaned and, unless ``with_labels=False``, a
:data:`~classifier.pipeline.LABELS_KEY` column holding one label per line of the original text
(``None`` for blank lines). Rows are never dropped: filter on the cleaned text if you want to.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..decide import DEFAULT_KEEP
from ..pipeline import LABELS_KEY, cached_model, cleaned_text, label_texts

if TYPE_CHECKING:  # the engines are optional dependencies
    import pandas as pd


def clean_batch(
    batch: Any,
    *,
    text_column: str = "text",
    model_path: str | Path | None = None,
    trust_model: bool = False,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
    with_labels: bool = True,
) -> Any:
    """``batch`` (a pandas DataFrame, or a pyarrow Table or RecordBatch) with ``text_column``
    cleaned and the per-line labels added, of the same type as the input.

    ``model_path`` is the shipped model when None; missing text (null) counts as an empty page.
    """
    if not hasattr(batch, "to_pandas"):
        return _clean_frame(batch, text_column, model_path, trust_model, keep, threshold, with_labels)
    import pyarrow as pa

    frame = _clean_frame(
        batch.to_pandas(), text_column, model_path, trust_model, keep, threshold, with_labels
    )
    kind = pa.RecordBatch if isinstance(batch, pa.RecordBatch) else pa.Table
    return kind.from_pandas(frame, preserve_index=False)


def clean_partitions(batches: Iterator[pd.DataFrame], **options: Any) -> Iterator[pd.DataFrame]:
    """:func:`clean_batch` over each DataFrame of a partition: the function Spark's ``mapInPandas``
    takes (bind the options with ``functools.partial``)."""
    for batch in batches:
        yield clean_batch(batch, **options)


def spark_schema(input_schema: Any, with_labels: bool = True) -> Any:
    """The Spark schema of :func:`clean_partitions`' output for input rows of ``input_schema``:
    the same columns, plus the labels as an array of strings."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    fields = list(input_schema.fields)
    if with_labels:
        fields.append(StructField(LABELS_KEY, ArrayType(StringType(), containsNull=True)))
    return StructType(fields)


def _clean_frame(
    frame: pd.DataFrame,
    text_column: str,
    model_path: str | Path | None,
    trust_model: bool,
    keep: Collection[str],
    threshold: float | str | None,
    with_labels: bool,
) -> pd.DataFrame:
    texts = [text if isinstance(text, str) else "" for text in frame[text_column].tolist()]
    model = cached_model(model_path, trust=trust_model)
    pages = label_texts(texts, model=model, keep=keep, threshold=threshold, batch_size=max(len(texts), 1))
    out = frame.copy(deep=False)
    out[text_column] = [cleaned_text(page) for page in pages]
    if with_labels:
        out[LABELS_KEY] = [page.labels for page in pages]
    return out
