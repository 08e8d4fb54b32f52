"""What a line's text tells the context stage about the lines next to it.

The context stage sees its neighbours' stage-1 probabilities, which say *that* the line above is
navigation but not *which* navigation: a "相关推荐" header, a "发表于 2023-07-06" post line and a
menu item are all navigation, and what follows each of them is not alike. So the context stage of
a model trained with ``neighbour_text`` also reads the character 1–2-grams of the line before and
the line after (hashed into ``n_buckets`` buckets, counts scaled to unit length), through weights
of their own (``docs/model.md`` has the measurements). With ``own_text`` it reads the line's own
vector too, through a third set of weights: stage 1 is fitted on the training pages themselves and
the context stage on stage 1's out-of-fold probabilities, so these weights learn what stage 1 gets
wrong on pages it has not seen.

The stage is linear, so a line's part in its neighbours' scores (and in its own) is a product of its
own vector alone: :func:`neighbour_scores` works it out once per distinct line (beside its stage-1
probabilities, in the same cache), and :func:`~classifier.context.neighbour_sums` hands each line
the parts of the lines around it, and its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import line_features
from .line_features import char_ngram_buffers, char_ngram_counts, count_arrays, unit_rows

if TYPE_CHECKING:
    import scipy.sparse as sp

NGRAM_RANGE = (1, 2)


def neighbour_vectors(normalized: Sequence[str], n_buckets: int) -> sp.csr_matrix:
    """Each normalised line's character 1–2-gram counts, hashed, scaled to unit length (training)."""
    return unit_rows(char_ngram_counts(normalized, NGRAM_RANGE, n_buckets))


def neighbour_scores(normalized: Sequence[str], weights: np.ndarray) -> np.ndarray:
    """Each line's part in its neighbours' context scores: its unit vector times ``weights``, an
    ``(n_buckets, 2k)`` array (the first ``k`` columns for the line after it, the next ``k`` for the
    line before), or ``(n_buckets, 3k)`` with the last ``k`` for the line itself. Compiled where the
    install built the modules; the same bits either way."""
    from ..model import line_model  # the compiled product lives with the model

    n_buckets = weights.shape[0]
    if line_model._scores is None or line_features._hashed_counts is None:
        return np.asarray(neighbour_vectors(normalized, n_buckets) @ weights)
    counts, indices, indptr = count_arrays(char_ngram_buffers(normalized, NGRAM_RANGE, n_buckets))
    no_dense = np.zeros((len(normalized), 0))
    block = (counts, indices, indptr, 0)
    scores = line_model._scores.tfidf_scores([block], no_dense, 0, weights, len(normalized))
    return np.frombuffer(scores, np.float64).reshape(len(normalized), weights.shape[1])
