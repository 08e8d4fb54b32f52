"""Labelling a stream of pages in batches, in this process or in worker processes, in input order.

Pages are grouped into batches (``classify_pages`` is fastest on many pages at once); with
``jobs > 1`` each batch goes to a pool of worker processes, forked with the model already loaded
(:mod:`classifier.worker_model`; under ``spawn`` each loads it once). At most
``2 * jobs`` batches are in flight, so memory stays flat whatever the input size, and results come
back in input order. Workers start with ``forkserver`` (``spawn`` where that is missing): forking a
process that may run threads (the executor's own, a BLAS pool) can deadlock the child.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from .decide import DEFAULT_KEEP, PageLabels
from .lines import MAX_PAGE_LINES
from .signals import held_back

log = logging.getLogger("zhclean")

if TYPE_CHECKING:
    from .model.line_model import LineModel

R = TypeVar("R")

#: Pages labelled together at most. Pages of the usual lengths reach the line bound below first
#: (about 150 of the real pages); a dump of one-line records (posts, comments) reaches this one,
#: and labelled 128 records at a time spent a fifth of its time on what each batch costs.
DEFAULT_BATCH_SIZE = 1024
#: A batch is also closed at this many lines, or characters, so that a run of huge pages cannot
#: make one batch huge: labelling holds a few copies of a batch's text at once (``docs/speed.md``).
#: Under ``--jobs`` a batch is what a worker takes at a time: much bigger ones, and one worker is
#: left alone with the last.
MAX_BATCH_LINES = 32_768
MAX_BATCH_CHARS = 1 << 23
#: Batches in flight per worker: one being labelled and one waiting, so no worker idles.
IN_FLIGHT_PER_JOB = 2


@dataclass
class Tally:
    """Counts over labelled pages. Every non-blank line is counted once, as kept or as dropped,
    under its label, so per class ``kept + dropped`` is the number of non-blank lines read."""

    pages: int = 0
    lines: int = 0
    kept: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)

    def add(self, labels: PageLabels) -> None:
        self.pages += 1
        self.lines += len(labels.lines)
        # Counter counts an iterable in C: a loop over the lines here was a sixth of the main
        # process's own work under --jobs (docs/speed.md).
        for (label, kept), count in Counter(zip(labels.labels, labels.kept)).items():
            if label is not None:
                (self.kept if kept else self.dropped)[label] += count

    @property
    def non_blank(self) -> int:
        return self.kept.total() + self.dropped.total()


def page_lines(record: Any) -> Sequence[str]:
    """The lines of a record: its ``lines`` attribute (:class:`classifier.read.Page`), or the record
    itself when it is a sequence of lines."""
    return getattr(record, "lines", record)


def resolve_model(model: LineModel | None, model_path: str | Path | None, trust: bool) -> LineModel:
    """The model to use: ``model`` if given, else the file ``model_path``, else the shipped model."""
    if model is not None:
        return model
    from .api import default_model, load_model

    if model_path is not None:
        return load_model(model_path, trust=trust)
    return default_model()


def iter_labelled(
    pages: Iterable[R],
    *,
    model: LineModel | None = None,
    model_path: str | Path | None = None,
    trust: bool = False,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lines_of: Callable[[R], Sequence[str]] = page_lines,
) -> Iterator[tuple[R, PageLabels]]:
    """Yield ``(record, labels)`` for every record of ``pages``, in order, reading ``pages`` lazily.

    The model is ``model``, or loaded from ``model_path`` (checked against its card unless
    ``trust``), or the shipped one. ``jobs > 1`` labels in that many worker processes.
    """
    keep = tuple(keep)
    batches = _batches(pages, lines_of, batch_size)
    if jobs <= 1:
        from .api import classify_pages

        loaded = resolve_model(model, model_path, trust)
        for batch in batches:
            pages_lines = [lines_of(r) for r in batch]
            yield from zip(batch, classify_pages(pages_lines, model=loaded, keep=keep, threshold=threshold))
        return
    yield from _in_workers(batches, lines_of, (model, model_path, trust), keep, threshold, jobs)


def _batches(pages: Iterable[R], lines_of: Callable[[R], Sequence[str]], size: int) -> Iterator[list[R]]:
    batch: list[R] = []
    lines = chars = 0
    for record in pages:
        batch.append(record)
        page = lines_of(record)
        if len(page) > MAX_PAGE_LINES:
            name = getattr(record, "id", None)
            log.warning(
                "%sa page of %s lines is labelled in parts of %s lines, each as a page of its own "
                "(a page that long is often a whole dump read as one page: see --split)",
                f"{name}: " if name is not None else "",
                f"{len(page):,}",
                f"{MAX_PAGE_LINES:,}",
            )
        lines += len(page)
        chars += sum(map(len, page))
        if len(batch) >= size or lines >= MAX_BATCH_LINES or chars >= MAX_BATCH_CHARS:
            yield batch
            batch, lines, chars = [], 0, 0
    if batch:
        yield batch


def _pool_context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Import the model code once in the fork server rather than once per worker. The main
        # process itself never imports it under --jobs: it only reads, batches and writes.
        # classifier.worker_model then loads the model itself, when _start_fork_server names it.
        context.set_forkserver_preload([__name__, "classifier.api", "classifier.worker_model"])
        return context
    return multiprocessing.get_context("spawn")


def _start_fork_server(
    context: multiprocessing.context.BaseContext, model_args: tuple = (None, None, False)
) -> None:
    """Start the fork server with Ctrl-C held back, so that it and every worker it forks never
    see it: the main process handles Ctrl-C by stopping the pool. Otherwise the fork server imports
    the preloaded model code (0.2-0.3 s) before it ignores SIGINT itself, the workers it forks get
    back the handler it started with, and a Ctrl-C in either window printed a worker's traceback
    under the CLI's one-line message.

    ``model_args`` are the workers' (:func:`_start_worker`): a model named by its file (or the
    shipped one) is loaded once, in the fork server, and every worker is born with it
    (:mod:`classifier.worker_model`). A fork server already running keeps the model it has."""
    if context.get_start_method() != "forkserver":
        return
    # The resource tracker first: its own start ends by unblocking SIGINT rather than restoring
    # the mask, which would undo held_back.
    multiprocessing.resource_tracker.ensure_running()
    with held_back(signal.SIGINT), _model_named_for_fork_server(*model_args):
        multiprocessing.forkserver.ensure_running()  # a fork and an exec: no wait for the imports


@contextmanager
def _model_named_for_fork_server(model: LineModel | None, model_path: str | Path | None, trust: bool):
    """:data:`classifier.worker_model.ENV` set for the fork server to inherit, and then put back.
    A model object is not named: each worker gets its own pickled copy, as before."""
    from . import worker_model  # nothing named in this process: importing it loads nothing

    if model is not None:
        yield
        return
    before = os.environ.get(worker_model.ENV)
    os.environ[worker_model.ENV] = worker_model.name(model_path, trust)
    try:
        yield
    finally:
        if before is None:
            del os.environ[worker_model.ENV]
        else:
            os.environ[worker_model.ENV] = before


def _in_workers(
    batches: Iterator[list[R]],
    lines_of: Callable[[R], Sequence[str]],
    model_args: tuple,
    keep: tuple[str, ...],
    threshold: float | str | None,
    jobs: int,
) -> Iterator[tuple[R, PageLabels]]:
    context = _pool_context()
    _start_fork_server(context, model_args)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=model_args)
    pending: deque[tuple[list[R], Future]] = deque()
    try:
        for batch in batches:
            pages = [_packed(lines_of(r)) for r in batch]
            # submit may start a worker and wait for its pid: a Ctrl-C then left the worker to
            # start after this process had gone and removed the pool's semaphores (a traceback).
            with held_back(signal.SIGINT):
                future = pool.submit(_label_batch, pages, keep, threshold)
            pending.append((batch, future))
            if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
                yield from _collect(*pending.popleft(), lines_of)
        while pending:
            yield from _collect(*pending.popleft(), lines_of)
    finally:
        # On an error, Ctrl-C or an abandoned generator: drop queued batches, wait for running ones.
        pool.shutdown(wait=True, cancel_futures=True)


def _packed(lines: Sequence[str]) -> str | Sequence[str]:
    """A page's lines as they travel to a worker: joined by ``\\n`` when that can be undone exactly
    (no line holds a ``\\n``), else the list itself. One string pickles and unpickles in about half
    the time of its lines one by one, and that traffic is CPU the main process and the workers
    take from each other (``docs/speed.md``)."""
    text = "\n".join(lines)
    return text if text.count("\n") == len(lines) - 1 and lines else lines


def _unpacked(page: str | Sequence[str]) -> Sequence[str]:
    return page.split("\n") if isinstance(page, str) else page


def _collect(
    batch: list[R], future: Future, lines_of: Callable[[R], Sequence[str]]
) -> Iterator[tuple[R, PageLabels]]:
    for record, (labels, probs, kept) in zip(batch, future.result()):
        yield record, PageLabels(list(lines_of(record)), labels, probs, kept)


def one_blas_thread() -> None:
    """Cap BLAS at one thread in this process: each labelling process is one core, ``--jobs``
    gives more. Extra BLAS threads in the context stage only fight for the same cores (a
    ``--jobs`` worker: 9.2 s → 8.0 s CPU for the same wall time; ``zhclean clean``: 9.3 MB/s wall
    but 5.2 per CPU second before).

    threadpoolctl caps only the libraries loaded so far: call it after the model code (NumPy's
    and SciPy's OpenBLAS) is imported."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


_worker_model: LineModel | None = None
_worker_error: Exception | None = None


def _start_worker(model: LineModel | None, model_path: str | Path | None, trust: bool) -> None:
    # Ctrl-C reaches the whole process group; the parent handles it by stopping the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_model, _worker_error
    from .worker_model import preloaded

    try:
        inherited = preloaded(model_path, trust) if model is None else None
        _worker_model = inherited if inherited is not None else resolve_model(model, model_path, trust)
    except Exception as error:  # noqa: BLE001 - re-raised with the first batch, see _label_batch
        _worker_error = error
    one_blas_thread()  # after the model code is loaded: see one_blas_thread


def _label_batch(
    pages: list[str | Sequence[str]], keep: tuple[str, ...], threshold: float | str | None
) -> list[tuple[list[str | None], np.ndarray, list[bool]]]:
    # An initializer that raises only breaks the pool with a vague message; raising here instead
    # hands the real error (say, a ModelError) to the parent.
    if _worker_error is not None:
        raise _worker_error
    from .api import classify_pages  # preloaded by the fork server: no cost per batch

    lines = [_unpacked(page) for page in pages]
    results = classify_pages(lines, model=_worker_model, keep=keep, threshold=threshold)
    # The lines stay in the parent: sending them back would double the traffic.
    return [(r.labels, r.probs, r.kept) for r in results]
