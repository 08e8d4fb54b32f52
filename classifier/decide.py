"""Turning per-line probabilities into keep/drop decisions and a cleaned page."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from .labels import BODY, LABEL_INDEX, LABELS
from .lines import is_blank

DEFAULT_KEEP: tuple[str, ...] = (BODY,)


def decide_labels(
    probs: np.ndarray, lines: Sequence[str], threshold: float | None = None
) -> list[str | None]:
    """One label per line. With ``threshold``, a line is ``body`` whenever P(body) reaches it,
    otherwise it takes its most probable label; blank lines get ``None``."""
    if not len(lines):
        return []
    best = np.asarray(probs).argmax(axis=1)
    if threshold is not None:
        best = np.where(probs[:, LABEL_INDEX[BODY]] >= threshold, LABEL_INDEX[BODY], best)
    return [None if is_blank(line) else LABELS[index] for line, index in zip(lines, best.tolist())]


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
        """Probability of each line's label (``None`` for blank lines)."""
        return [None if y is None else float(row.max()) for y, row in zip(self.labels, self.probs)]

    def cleaned_lines(self) -> list[str]:
        """Kept lines with paragraph breaks, a subsequence of ``lines``."""
        return join_kept(self.lines, self.labels, self.kept)
