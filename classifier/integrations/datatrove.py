"""A datatrove pipeline step that keeps the kept lines of each document.

datatrove (the pipeline library behind FineWeb) runs the same pipeline locally, on Slurm and on
Ray; this step works in all three. Each worker process loads the model once, on its first
document, and labels documents in batches::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from classifier.integrations.datatrove import ZhcleanLines

    LocalPipelineExecutor(
        [JsonlReader("crawl/"), ZhcleanLines(), JsonlWriter("clean/")], tasks=8, workers=2
    ).run()

Each document's ``metadata`` gets ``zhclean_labels`` (one label per line of the original text,
``None`` for blank lines; off with ``store_labels=False``) and ``zhclean_counts`` (lines per
class). A document left with no kept line is dropped with the reason ``zhclean: no kept lines``
(``drop_empty=False`` keeps it, with empty text); an ``exclusion_writer`` saves dropped
documents with their original text, so nothing is lost silently.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.batching import batched
from datatrove.utils.typeshelper import StatHints

from ..decide import DEFAULT_KEEP
from ..pipeline import LABELS_KEY, cached_model, cleaned_text, label_counts, label_texts

COUNTS_KEY = "zhclean_counts"
DROP_REASON = "zhclean: no kept lines"


class ZhcleanLines(PipelineStep):
    """Clean each document's text line by line with a zhclean model.

    Parameters
    ----------
    model_path : model file; the shipped model when None.
    trust_model : load a model whose hash does not match its card.
    keep : classes whose lines stay (body by default).
    threshold : call a line body whenever P(body) reaches it.
    batch_size : documents labelled together.
    store_labels : add the per-line labels to the metadata (they are as long as the document).
    drop_empty : drop documents left without a kept line.
    exclusion_writer : writes the dropped documents, original text and labels included.
    """

    name = "🧹 zhclean lines"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        trust_model: bool = False,
        keep: Collection[str] = DEFAULT_KEEP,
        threshold: float | str | None = None,
        batch_size: int = 128,
        store_labels: bool = True,
        drop_empty: bool = True,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__()
        # A path, not a model: the step is pickled to every worker, the model is loaded there.
        self.model_path = None if model_path is None else str(model_path)
        self.trust_model = trust_model
        self.keep = tuple(keep)
        self.threshold = threshold
        self.batch_size = batch_size
        self.store_labels = store_labels
        self.drop_empty = drop_empty
        self.exclusion_writer = exclusion_writer

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        model = cached_model(self.model_path, trust=self.trust_model)
        excluded = self.exclusion_writer or contextlib.nullcontext()
        with excluded as writer:
            for batch in batched(data, self.batch_size):
                with self.track_time(unit="batch"):
                    pages = label_texts(
                        [doc.text for doc in batch],
                        model=model,
                        keep=self.keep,
                        threshold=self.threshold,
                        batch_size=len(batch),
                    )
                for doc, page in zip(batch, pages):
                    self.stat_update(StatHints.total)
                    counts = label_counts(page.labels)
                    for label, count in counts.items():
                        self.stat_update(f"{label}_lines", value=count)
                    doc.metadata[COUNTS_KEY] = counts
                    if self.store_labels:
                        doc.metadata[LABELS_KEY] = page.labels
                    text = cleaned_text(page)
                    if self.drop_empty and not text.strip():
                        self.stat_update(StatHints.dropped)
                        doc.metadata["filter_reason"] = DROP_REASON
                        if writer is not None:
                            writer.write(doc, rank)
                        continue
                    doc.text = text
                    self.stat_update(StatHints.forwarded)
                    yield doc
