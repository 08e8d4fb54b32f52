"""Stage 2: features of a line's place in its page, built from the stage-1 probabilities.

The same short line ("1.", "微信", a title) means different things in different places, and
boilerplate comes in blocks. So each line is described by its own stage-1 probabilities, those of
its neighbours, the mean over a wider window and the page, where it sits relative to the page's
article text, and the blank-line gaps around it. Only non-blank lines take part: blank lines are
never labelled, but the gap they leave is a feature.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .labels import LABEL_INDEX

#: Offsets of the neighbours whose probabilities are copied in.
NEIGHBOUR_OFFSETS: tuple[int, ...] = (-3, -2, -1, 1, 2, 3)
#: Half-widths of the windows whose mean probabilities are added.
WINDOWS: tuple[int, ...] = (2, 6)

_BODY = LABEL_INDEX["body"]
_SPAM = LABEL_INDEX["spam"]
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{4,}")
#: Only short lines are sources of injected keywords ("更多关于 X 的文章", a stuffed title);
#: a long spam line is mostly real text and would spread to every line it quotes.
ECHO_SOURCE_MAX_CHARS = 40


def _cjk_4grams(text: str) -> set[str]:
    return {run[i : i + 4] for run in _CJK_RUN.findall(text) for i in range(len(run) - 3)}


def spam_echo(probs: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """For each line, the highest spam probability of another short line it shares a four-character
    Chinese run with.

    SEO injection repeats one keyword in several places of a page (a stuffed title, a sentence,
    "更多关于 <keyword> 的文章"): once one of them looks like spam, the others share its keyword.

    >>> probs = np.array([[0.9, 0, 0, 0.1], [0.1, 0, 0, 0.9]])
    >>> spam_echo(probs, ["甲说我们有信心打赢", "更多关于 有信心打赢 的文章"])
    array([0.9, 0. ])
    """
    echo = np.zeros(len(texts))
    sources = [
        (j, grams)
        for j, text in enumerate(texts)
        if probs[j, _SPAM] >= 0.2
        and len(text.strip()) <= ECHO_SOURCE_MAX_CHARS
        and (grams := _cjk_4grams(text))
    ]
    if not sources:
        return echo
    for i, text in enumerate(texts):
        grams = _cjk_4grams(text)
        for j, source in sources:
            if j != i and grams & source:
                echo[i] = max(echo[i], probs[j, _SPAM])
    return echo


def _window_means(probs: np.ndarray, half_width: int) -> np.ndarray:
    """Mean of the rows within ``half_width`` of each row (the row itself excluded)."""
    n, k = probs.shape
    cumulative = np.vstack([np.zeros((1, k)), np.cumsum(probs, axis=0)])
    index = np.arange(n)
    low = np.clip(index - half_width, 0, n)
    high = np.clip(index + half_width + 1, 0, n)
    sums = cumulative[high] - cumulative[low] - probs
    counts = (high - low - 1).clip(min=1)[:, None]
    return sums / counts


def context_features(probs: np.ndarray, texts: Sequence[str], gaps_before: Sequence[int]) -> np.ndarray:
    """Context matrix of one page.

    ``probs`` are the stage-1 probabilities of the page's non-blank lines in order, ``texts`` those
    lines, ``gaps_before[i]`` the number of blank lines just before line ``i``.
    """
    n, k = probs.shape
    if n == 0:
        return np.zeros((0, n_context_features(k)))
    columns = [probs]
    padded = np.vstack([np.zeros((3, k)), probs, np.zeros((3, k))])
    present = np.concatenate([np.zeros(3), np.ones(n), np.zeros(3)])
    for offset in NEIGHBOUR_OFFSETS:
        columns.append(padded[3 + offset : 3 + offset + n])
        columns.append(present[3 + offset : 3 + offset + n, None])
    for half_width in WINDOWS:
        columns.append(_window_means(probs, half_width))
    columns.append(np.repeat(probs.mean(axis=0, keepdims=True), n, axis=0))

    body = probs[:, _BODY]
    total_body = body.sum() + 1e-9
    body_before = (np.cumsum(body) - body) / total_body
    body_after = 1.0 - body_before - body / total_body
    position = np.arange(n) / max(n - 1, 1)
    repeats = Counter(texts)
    gaps = np.asarray(gaps_before, dtype=np.float64)
    gaps_after = np.append(gaps[1:], 0.0)
    columns.append(
        np.column_stack(
            [
                body_before,
                body_after,
                position,
                np.full(n, np.log1p(n) / 6.0),
                np.log1p([len(t.strip()) for t in texts]) / 5.0,
                np.log1p([repeats[t] - 1 for t in texts]),
                np.minimum(gaps, 3) / 3.0,
                np.minimum(gaps_after, 3) / 3.0,
                spam_echo(probs, texts),
            ]
        )
    )
    return np.hstack(columns)


def n_context_features(n_classes: int) -> int:
    return n_classes * (1 + len(NEIGHBOUR_OFFSETS) + len(WINDOWS) + 1) + len(NEIGHBOUR_OFFSETS) + 9
