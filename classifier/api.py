"""The functions pipelines call: label the lines of a page, or clean it.

The default model is loaded lazily, once per process, on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np

from .decide import DEFAULT_KEEP, PAGE, PageLabels, decide_labels, keep_mask, kept_positions, page_threshold
from .lines import MAX_PAGE_LINES, split_lines
from .model.line_model import LineModel
from .model.persist import load_model as _load_checked

_default_model: LineModel | None = None
_default_lock = threading.Lock()


def load_model(path: str | Path | None = None, *, trust: bool = False) -> LineModel:
    """Load a model from ``path`` (the shipped default when None), verified against its card."""
    return _load_checked(path, trust=trust)


def default_model() -> LineModel:
    """The shipped model, loaded on first call and shared by every later call in the process."""
    global _default_model
    if _default_model is None:
        with _default_lock:
            if _default_model is None:
                _default_model = load_model()
    return _default_model


def classify_pages(
    pages: Sequence[Sequence[str]],
    *,
    model: LineModel | None = None,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
) -> list[PageLabels]:
    """Label many pages in one batch (the fast path: features are computed for all lines at once
    and repeated lines once). ``threshold=None`` uses the model's own ``body_threshold``;
    ``"page"`` gives each page its own (:func:`~classifier.decide.page_threshold`).

    Pages are cleaned to a fixed point: after a line is dropped, the rest of the page is
    labelled again without it, until no further line goes (:func:`_clean_to_fixed_point`)."""
    model = model or default_model()
    if any(len(lines) > MAX_PAGE_LINES for lines in pages):
        return _with_long_pages_in_parts(pages, model=model, keep=keep, threshold=threshold)
    if threshold is None:  # any object with predict_proba over pages will do as a model
        threshold = getattr(model, "body_threshold", None)
    if hasattr(model, "line_and_context_proba"):
        line_probs, page_probs = model.line_and_context_proba(pages)
    else:  # any object with predict_proba over pages will do as a model
        line_probs, page_probs = None, model.predict_proba(pages)
    results, thresholds = [], []
    for lines, probs in zip(pages, page_probs):
        # A page's own threshold is taken once, from the whole page: on the cleaned page, with its
        # junk gone, it would climb with every pass.
        own = page_threshold(probs, lines) if threshold == PAGE else threshold
        labels = decide_labels(probs, lines, own)
        results.append(PageLabels(list(lines), labels, probs.copy(), keep_mask(labels, keep)))
        thresholds.append(own)
    _clean_to_fixed_point(results, line_probs, model, keep, thresholds)
    return results


def _with_long_pages_in_parts(pages: Sequence[Sequence[str]], **options) -> list[PageLabels]:
    """:func:`classify_pages` when some pages are longer than :data:`MAX_PAGE_LINES`: the others
    together as usual, and each long page in consecutive parts of that many lines, each part
    labelled as a page of its own and the parts' labellings joined. (``zhclean clean`` and
    :func:`~classifier.pipeline.clean_records` log a warning for each such page; ``zhclean clean``
    names the page.)"""
    results: list[PageLabels | None] = [None] * len(pages)
    short = [i for i, lines in enumerate(pages) if len(lines) <= MAX_PAGE_LINES]
    for i, labelled in zip(short, classify_pages([pages[i] for i in short], **options)):
        results[i] = labelled
    for i, lines in enumerate(pages):
        if len(lines) <= MAX_PAGE_LINES:
            continue
        parts = [
            classify_pages([lines[at : at + MAX_PAGE_LINES]], **options)[0]
            for at in range(0, len(lines), MAX_PAGE_LINES)
        ]
        results[i] = PageLabels(
            list(lines),
            [label for part in parts for label in part.labels],
            np.vstack([part.probs for part in parts]),
            [kept for part in parts for kept in part.kept],
        )
    return results


#: Relabelling passes at most (:func:`_clean_to_fixed_point`). Every real and dev page here settles
#: after one or two; a 50,000-line page made of a whole dump took 92, each pass over all of it.
MAX_RELABEL_PASSES = 16


def _clean_to_fixed_point(
    results: list[PageLabels],
    line_probs: list[np.ndarray] | None,
    model: LineModel,
    keep: Collection[str],
    thresholds: Sequence[float | None],
) -> None:
    """Relabel each cleaned page until no further line goes, or :data:`MAX_RELABEL_PASSES` times.

    A line's label depends on its neighbours, so once some lines are dropped the others may read
    differently. Relabelling the cleaned page until nothing changes makes cleaning idempotent
    (``clean(clean(x)) == clean(x)``) and gives every dropped line the label of the last pass it
    took part in. Each pass only shrinks pages, so this ends; stage-1 probabilities do not depend
    on the other lines, so a pass reuses them and only reruns the context stage. A page still
    losing lines after the last pass allowed keeps that pass's labels (and is then not
    idempotent): no real page comes near it, and a pass costs time in proportion to the page.
    """
    pending = [(k, kept_positions(r.labels, r.kept)) for k, r in enumerate(results)]
    pending = [(k, positions) for k, positions in pending if 0 < len(positions) < len(results[k].lines)]
    passes = 0
    while pending and passes < MAX_RELABEL_PASSES:
        passes += 1
        subpages = [[results[k].lines[i] for i in positions] for k, positions in pending]
        if line_probs is None:
            sub_probs = model.predict_proba(subpages)
        else:
            sub_line_probs = [line_probs[k][positions] for k, positions in pending]
            sub_probs = model.context_proba(subpages, sub_line_probs)
        still_pending = []
        for (k, positions), sub, probs in zip(pending, subpages, sub_probs):
            r = results[k]
            labels = decide_labels(probs, sub, thresholds[k])
            kept = keep_mask(labels, keep)
            r.probs[positions] = probs
            for i, label, keep_it in zip(positions, labels, kept):
                r.labels[i], r.kept[i] = label, keep_it
            if any(label is not None and not keep_it for label, keep_it in zip(labels, kept)):
                narrower = kept_positions(r.labels, r.kept)
                if narrower:
                    still_pending.append((k, narrower))
        pending = still_pending


def classify_lines(
    lines: Sequence[str], *, model: LineModel | None = None, threshold: float | str | None = None
) -> list[str | None]:
    """One label per line of one page (lines in page order): ``body``, ``copyright``,
    ``navigation``, ``spam``, or ``None`` for a blank line."""
    if isinstance(lines, str):  # a str is a sequence too: of characters, each labelled as a line
        raise TypeError("classify_lines takes the page's lines, not one string: pass text.splitlines()")
    if not all(isinstance(line, str) for line in lines):
        raise TypeError("classify_lines takes lines as strings")
    return classify_pages([lines], model=model, threshold=threshold)[0].labels


def clean(
    text: str,
    *,
    model: LineModel | None = None,
    keep: Collection[str] = DEFAULT_KEEP,
    threshold: float | str | None = None,
) -> str:
    """The page with only the kept lines (body by default), paragraph breaks kept.

    The output lines are a subsequence of the input lines, and cleaning is idempotent:
    ``clean(clean(text)) == clean(text)`` (see :func:`classify_pages`), except with
    ``threshold="page"``, whose threshold depends on how much of the page is chrome.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean takes the page's text as a string, not {type(text).__name__}")
    page = classify_pages([split_lines(text)], model=model, keep=keep, threshold=threshold)[0]
    return "\n".join(page.cleaned_lines())
