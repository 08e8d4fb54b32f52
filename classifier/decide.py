"""Turning per-line probabilities into keep/drop decisions and a cleaned page."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from .labels import BODY, LABEL_INDEX, LABELS

DEFAULT_KEEP: tuple[str, ...] = (BODY,)


#: The ``threshold`` that asks for each page's own (:func:`page_threshold`).
PAGE = "page"
#: How far a page's own body threshold moves from 0.5 to the estimate of :func:`page_threshold`.
PAGE_THRESHOLD_WEIGHT = 0.75
#: A page's own threshold never rises above this: losing article text is what users notice.
PAGE_THRESHOLD_MAX = 0.5


def page_threshold(probs: np.ndarray, lines: Sequence[str]) -> float:
    """The P(body) from which a line of this page is called body with ``threshold="page"``: lower
    than 0.5 on a page that is mostly chrome, where each article line weighs more in what a user
    feels, the page's body kept.

    Keeping a line of ``L`` characters with P(body) = ``p`` adds ``p·L/B`` to the page's body kept,
    in expectation, and takes ``(1 − p)·L/J`` from its junk dropped (``B`` and ``J``: the page's
    article and junk characters), so for the sum of the two it pays when ``p > B / (B + J)``.
    ``B`` and ``J`` are estimated from the probabilities themselves (``Σ p·L``, ``Σ (1 − p)·L``),
    so the threshold moves only :data:`PAGE_THRESHOLD_WEIGHT` of the way from 0.5 to that estimate,
    and never above :data:`PAGE_THRESHOLD_MAX`: raising it on pages that are mostly article would
    drop junk there, but at the cost of article lines (both measured on the by-site CV,
    ``docs/model.md``).

    >>> round(page_threshold(np.array([[0.9, 0, 0.1, 0], [0.2, 0, 0.8, 0]]), ["正文", "菜单" * 50]), 3)
    0.285
    >>> page_threshold(np.array([[0.9, 0, 0.1, 0], [0.2, 0, 0.8, 0]]), ["正文" * 50, "菜单"])
    0.5
    """
    if not len(lines):
        return PAGE_THRESHOLD_MAX
    body = np.asarray(probs)[:, LABEL_INDEX[BODY]]
    lengths = np.array([len(line.strip()) for line in lines], dtype=np.float64)  # blank lines: 0
    article = float(body @ lengths)
    junk = float((1.0 - body) @ lengths)
    estimate = article / (article + junk) if article + junk > 0 else 0.5
    return min(PAGE_THRESHOLD_WEIGHT * estimate + (1.0 - PAGE_THRESHOLD_WEIGHT) * 0.5, PAGE_THRESHOLD_MAX)


def decide_labels(
    probs: np.ndarray, lines: Sequence[str], threshold: float | str | None = None
) -> list[str | None]:
    """One label per line. With ``threshold``, a line is ``body`` whenever P(body) reaches it
    (``"page"``: the page's own, :func:`page_threshold`), otherwise it takes its most probable
    label; blank lines get ``None``."""
    if isinstance(threshold, str) and threshold != PAGE:
        raise ValueError(f"threshold must be a probability, None or {PAGE!r}, not {threshold!r}")
    if not len(lines):
        return []
    if threshold == PAGE:
        threshold = page_threshold(probs, lines)
    best = np.asarray(probs).argmax(axis=1)
    if threshold is not None:
        best = np.where(probs[:, LABEL_INDEX[BODY]] >= threshold, LABEL_INDEX[BODY], best)
    # line.strip() inline is is_blank without a call per line: this runs on every line of every pass.
    return [LABELS[index] if line.strip() else None for line, index in zip(lines, best.tolist())]


def keep_mask(labels: Sequence[str | None], keep: Collection[str] = DEFAULT_KEEP) -> list[bool]:
    """Which non-blank lines are kept. Blank lines are never 'kept' on their own: see :func:`join_kept`."""
    return [label is not None and label in keep for label in labels]


def kept_positions(labels: Sequence[str | None], kept: Sequence[bool]) -> list[int]:
    """Positions of the lines a cleaned page consists of: the kept lines, and one blank line
    wherever the input had a blank line between two kept lines, so paragraph breaks survive.

    Blank lines are the ones labelled ``None`` (:func:`decide_labels`): reading the labels instead
    of testing every dropped line's text again saves a third of the main process's work under
    ``--jobs`` (``docs/speed.md``)."""
    out: list[int] = []
    pending_blank: int | None = None
    for position, (label, keep) in enumerate(zip(labels, kept)):
        if keep:
            if pending_blank is not None and out:
                out.append(pending_blank)
            pending_blank = None
            out.append(position)
        elif pending_blank is None and label is None:
            pending_blank = position
    return out


def join_kept(lines: Sequence[str], labels: Sequence[str | None], kept: Sequence[bool]) -> list[str]:
    """The cleaned page: the lines at :func:`kept_positions`, a subsequence of ``lines``."""
    return [lines[position] for position in kept_positions(labels, kept)]


@dataclass
class PageLabels:
    """The labelling of one page: per line its label (``None`` if blank), the probabilities in
    :data:`classifier.LABELS` order (a zero row for blank lines), and whether it is kept."""

    lines: list[str]
    labels: list[str | None]
    probs: np.ndarray
    kept: list[bool]

    @property
    def confidence(self) -> list[float | None]:
        """Probability of each line's label (``None`` for blank lines): under a threshold, a line
        made body has P(body), not the larger probability of the label it would otherwise have."""
        return [None if y is None else float(row[LABEL_INDEX[y]]) for y, row in zip(self.labels, self.probs)]

    def cleaned_lines(self) -> list[str]:
        """Kept lines with paragraph breaks, a subsequence of ``lines``."""
        return join_kept(self.lines, self.labels, self.kept)
