"""Stage 2: features of a line's place in its page, built from the stage-1 probabilities.

The same short line ("1.", "微信", a title) means different things in different places, and
boilerplate comes in blocks. So each line is described by its own stage-1 probabilities, those of
its neighbours, the mean over a wider window and the page, where it sits relative to the page's
article text, and the blank-line gaps around it. Only non-blank lines take part: blank lines are
never labelled, but the gap they leave is a feature.
"""

from __future__ import annotations

import re
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
        for j in np.flatnonzero(probs[:, _SPAM] >= 0.2).tolist()
        if len(texts[j].strip()) <= ECHO_SOURCE_MAX_CHARS and (grams := _cjk_4grams(texts[j]))
    ]
    if not sources:
        return echo
    # A source's 4-gram is all Chinese, so a line holds it as a substring exactly when it is one of
    # the line's own 4-grams. One search for any of them skips the many lines that share none,
    # without building their 4-gram sets: that was most of the time of the context features.
    any_source_gram = re.compile("|".join(sorted(set().union(*(grams for _, grams in sources)))))
    found = np.fromiter(map(bool, map(any_source_gram.search, texts)), dtype=bool, count=len(texts))
    for i in np.flatnonzero(found).tolist():
        grams = _cjk_4grams(texts[i])
        for j, source in sources:
            if j != i and grams & source:
                echo[i] = max(echo[i], probs[j, _SPAM])
    return echo


def context_features(probs: np.ndarray, texts: Sequence[str], gaps_before: Sequence[int]) -> np.ndarray:
    """Context matrix of one page.

    ``probs`` are the stage-1 probabilities of the page's non-blank lines in order, ``texts`` those
    lines, ``gaps_before[i]`` the number of blank lines just before line ``i``.
    """
    return context_matrix(probs, texts, gaps_before, [len(texts)])


def context_matrix(
    probs: np.ndarray, texts: Sequence[str], gaps_before: Sequence[int], page_sizes: Sequence[int]
) -> np.ndarray:
    """Context matrices of many pages at once, stacked: the pages' non-blank lines one after the
    other (``page_sizes`` lines each), with their stage-1 ``probs``, ``texts`` and ``gaps_before``
    as in :func:`context_features`.

    One set of array operations for the whole batch instead of a dozen small ones per page: the
    context stage runs again on every page the fixed-point passes shorten, and the per-call cost
    of small numpy operations was much of its time (``docs/speed.md``). Each page's rows are still
    computed from that page alone, in the same order of operations, so they are the same bits
    whatever pages share the batch (and the same as labelling the page by itself).
    """
    n, k = probs.shape
    if n == 0:
        return np.zeros((0, n_context_features(k)))
    sizes, starts, page, index = _page_layout(page_sizes)
    size = sizes[page]

    # Per page: running sums (with a zero row ahead of each page, so that index i of the page's
    # block is the sum of its first i lines), the mean, and the total P(body). These are sums, whose
    # rounding depends on the order of the terms: computing them page by page, as single-page
    # labelling does, keeps every page's bits independent of the rest of the batch.
    running = np.zeros((n + len(sizes), k))
    page_mean = np.zeros((len(sizes), k))
    total_body = np.zeros(len(sizes))
    # where each page's block starts in `running`, and each line's
    page_base = starts + np.arange(len(sizes))
    base = page_base[page]
    small = np.flatnonzero((sizes > 0) & (sizes < _ADDED_IN_ORDER))
    if len(small):
        totals = _running_sums_of_small_pages(probs, starts[small], sizes[small], running, page_base[small])
        page_mean[small] = totals / sizes[small][:, None]
        total_body[small] = totals[:, _BODY]
    for p in np.flatnonzero(sizes >= _ADDED_IN_ORDER).tolist():
        start, count = int(starts[p]), int(sizes[p])
        block = probs[start : start + count]
        running[start + p + 1 : start + p + 1 + count] = np.cumsum(block, axis=0)
        page_mean[p] = block.mean(axis=0)
        total_body[p] = block[:, _BODY].sum()

    columns = [probs]
    for offset in NEIGHBOUR_OFFSETS:
        present = (index + offset >= 0) & (index + offset < size)
        neighbour = probs[np.clip(np.arange(n) + offset, 0, n - 1)] * present[:, None]
        columns += [neighbour, present[:, None].astype(np.float64)]
    for half_width in WINDOWS:
        low = np.clip(index - half_width, 0, size)
        high = np.clip(index + half_width + 1, 0, size)
        sums = running[base + high] - running[base + low] - probs
        counts = (high - low - 1).clip(min=1)[:, None]
        columns.append(sums / counts)
    columns.append(page_mean[page])

    body = probs[:, _BODY]
    page_total_body = total_body[page] + 1e-9
    body_before = (running[base + index + 1, _BODY] - body) / page_total_body
    body_after = 1.0 - body_before - body / page_total_body
    position = index / np.maximum(size - 1, 1)
    repeats = _repeats_in_page(texts, page)
    gaps = np.asarray(gaps_before, dtype=np.float64)
    last_of_page = index == size - 1
    gaps_after = np.where(last_of_page, 0.0, np.append(gaps[1:], 0.0))
    columns.append(
        np.column_stack(
            [
                body_before,
                body_after,
                position,
                np.log1p(size) / 6.0,
                np.log1p(np.fromiter(map(len, map(str.strip, texts)), dtype=np.float64, count=n)) / 5.0,
                np.log1p(repeats - 1),
                np.minimum(gaps, 3) / 3.0,
                np.minimum(gaps_after, 3) / 3.0,
                _spam_echo_per_page(probs, texts, page, starts, sizes),
            ]
        )
    )
    return np.hstack(columns)


#: NumPy adds fewer than this many numbers one after the other, in order (its pairwise summation
#: starts at eight), so that pages shorter than this can have their sums taken all at once with
#: the same bits (tests/test_context_and_decide.py checks it against the per-page code).
_ADDED_IN_ORDER = 8


def _running_sums_of_small_pages(
    probs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, running: np.ndarray, bases: np.ndarray
) -> np.ndarray:
    """The running sums of pages of fewer than :data:`_ADDED_IN_ORDER` lines (starting at
    ``starts``), written into ``running`` after each page's zero row at ``bases``, and each page's
    total: its lines added one after the other, the j-th line of all the pages at once, in the
    order ``np.cumsum``, ``mean`` and ``sum`` add them. A batch of short documents (posts,
    comments) spent most of its context features in a loop of small numpy calls per page."""
    total = probs[starts].copy()
    running[bases + 1] = total
    for j in range(1, int(sizes.max())):
        longer = np.flatnonzero(sizes > j)
        total[longer] += probs[starts[longer] + j]
        running[bases[longer] + 1 + j] = total[longer]
    return total


def _repeats_in_page(texts: Sequence[str], page: np.ndarray) -> np.ndarray:
    """How many lines of its page have each line's text (the line itself included)."""
    # Text ids from a dict built and read in C (zip and map, no Python loop per line), then the
    # (page, id) pairs counted by NumPy: a Counter of (page, text) tuples was a quarter of the
    # context features' time.
    id_of = dict(zip(texts, range(len(texts))))  # any one id per distinct text
    ids = np.fromiter(map(id_of.__getitem__, texts), dtype=np.int64, count=len(texts))
    _, inverse, counts = np.unique(page * len(texts) + ids, return_inverse=True, return_counts=True)
    return counts[inverse].astype(np.float64)


def _spam_echo_per_page(
    probs: np.ndarray, texts: Sequence[str], page: np.ndarray, starts: np.ndarray, sizes: np.ndarray
) -> np.ndarray:
    """:func:`spam_echo` of each page, run only on the pages that have a line it could echo."""
    echo = np.zeros(len(texts))
    for p in np.unique(page[probs[:, _SPAM] >= 0.2]).tolist():
        lines = slice(int(starts[p]), int(starts[p] + sizes[p]))
        echo[lines] = spam_echo(probs[lines], texts[lines])
    return echo


def n_context_features(n_classes: int) -> int:
    return n_classes * (1 + len(NEIGHBOUR_OFFSETS) + len(WINDOWS) + 1) + len(NEIGHBOUR_OFFSETS) + 9


def _page_layout(page_sizes: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Of pages stacked one after the other: their sizes and first lines, and each line's page and
    index within its page."""
    sizes = np.asarray(page_sizes, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    page = np.repeat(np.arange(len(sizes)), sizes)
    index = np.arange(int(sizes.sum())) - starts[page]
    return sizes, starts, page, index


def _within_page(index: np.ndarray, size: np.ndarray, offset: int) -> tuple[np.ndarray, np.ndarray]:
    """The lines of stacked pages (each line's ``index`` in its page, and its page's ``size``) that
    have a line ``offset`` away in their own page, and that line's index."""
    rows = np.flatnonzero((index + offset >= 0) & (index + offset < size))
    return rows, rows + offset


def _index_and_size(page_sizes: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Each stacked line's index within its page, and its page's size."""
    sizes, _, page, index = _page_layout(page_sizes)
    return index, sizes[page]


def neighbour_sums(scores: np.ndarray, page_sizes: Sequence[int], n_scores: int) -> np.ndarray:
    """Each line's context scores from the text of the line before it and the line after it in its
    page, and from its own text. ``scores`` holds, in blocks of ``n_scores`` columns (the context
    model's score columns: one for two classes), each line's part in the scores of the line after
    it, of the line before it and, when there is a third block, in its own, as
    :func:`~classifier.features.neighbour_text.neighbour_scores` gives them. Nothing comes from
    beyond a page's first or last line."""
    k = n_scores
    sums = np.zeros((len(scores), k))
    index, size = _index_and_size(page_sizes)
    rows, before = _within_page(index, size, -1)
    sums[rows] += scores[before, :k]
    rows, after = _within_page(index, size, 1)
    sums[rows] += scores[after, k : 2 * k]
    if scores.shape[1] > 2 * k:
        sums += scores[:, 2 * k :]
    return sums


def shifted_rows(matrix, page_sizes: Sequence[int], offset: int):
    """The rows of a sparse ``matrix`` of stacked pages' lines moved by ``offset`` within each page:
    row ``i`` of the result is row ``i + offset`` of ``matrix``, or empty past the page's ends
    (the neighbour-text block that training fits, :mod:`classifier.features.neighbour_text`)."""
    import scipy.sparse as sp

    rows, source = _within_page(*_index_and_size(page_sizes), offset)
    n = matrix.shape[0]
    select = sp.csr_matrix((np.ones(len(rows)), (rows, source)), shape=(n, n))
    return (select @ matrix).tocsr()
