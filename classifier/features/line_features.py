"""The stage-1 features of a fitted model: hashed TF-IDF over character n-grams and words, plus layout.

Hashing (no vocabulary) keeps the model small and quick to load and needs no pruning; with
2**18 buckets collisions are rare for the few hundred thousand n-grams Chinese boilerplate uses.

The buckets are those of scikit-learn's ``HashingVectorizer`` (``abs(murmurhash3_32(utf8)) % n``,
no alternate sign), computed for a whole batch at once with numpy: every n-gram, word and word
pair is a byte span of one joined UTF-8 buffer, and MurmurHash3 runs over all spans together
instead of one Python string at a time: 3.4x faster than scikit-learn's analyzer for the n-grams,
1.4x for words and pairs, with the same matrix (``tests/test_features_speed.py`` compares them;
``docs/speed.md`` has the numbers). Where the install could compile it, the C module
``_hashed_counts`` computes the same matrices, bit for bit, another 5x faster; the numpy code is
then the reference the tests hold it to.

Nothing here imports scikit-learn: a loaded model predicts without it (the import alone takes
1.5 s). Fitting the IDF weights is :class:`~classifier.features.featurizer.LineFeaturizer`'s job.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..compiled import optional_module
from ..normalize import normalize_many
from .layout import layout_features
from .tokenize import segment_joined, tokenize_each, tokenize_many

if TYPE_CHECKING:  # imported where used: with the compiled modules, labelling never needs SciPy
    import scipy.sparse as sp

_hashed_counts = optional_module("classifier.features._hashed_counts")

_U32 = np.uint32
_TAIL_MASKS = np.array([0, 0xFF, 0xFFFF, 0xFFFFFF], dtype=_U32)
_SPANS_PER_SLICE = 1 << 15


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << _U32(r)) | (x >> _U32(32 - r))


def _scramble(k: np.ndarray) -> np.ndarray:
    return _rotl(k * _U32(0xCC9E2D51), 15) * _U32(0x1B873593)


def murmur3_buckets(buf: bytes, starts: np.ndarray, ends: np.ndarray, n_buckets: int) -> np.ndarray:
    """Bucket of each byte span ``buf[start:end]``: ``abs(murmurhash3_32(span, seed=0)) % n_buckets``
    (signed 32-bit hash), which is where scikit-learn's ``FeatureHasher`` puts a string feature.

    >>> from sklearn.utils import murmurhash3_32
    >>> buf = "版权所有|ab".encode()
    >>> murmur3_buckets(buf, np.array([0, 12]), np.array([12, 15]), 2**18).tolist() == [
    ...     abs(murmurhash3_32(s, positive=False)) % 2**18 for s in ("版权所有", "|ab")]
    True
    """
    words = sliding_window_view(np.frombuffer(buf + bytes(4), dtype=np.uint8), 4)
    buckets = np.empty(len(starts), dtype=np.int64)
    # Slices of a few ten thousand spans keep the temporaries in the CPU cache: 1.5x faster.
    for at in range(0, len(starts), _SPANS_PER_SLICE):
        part = slice(at, at + _SPANS_PER_SLICE)
        buckets[part] = _murmur3(words, starts[part], ends[part] - starts[part]) % n_buckets
    return buckets


def _murmur3(words: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``abs`` of the signed MurmurHash3 (x86, 32-bit, seed 0) of each span, from ``words``, the
    4-byte windows of the buffer."""

    def read(offsets: np.ndarray) -> np.ndarray:  # little-endian 4-byte words at any offset
        return words[offsets].view("<u4").ravel()

    n_blocks = lengths >> 2
    h = np.zeros(len(starts), dtype=_U32)
    active = np.flatnonzero(n_blocks)
    block = 0
    while active.size:  # spans longer than 4 * block bytes take one more block
        x = h[active] ^ _scramble(read(starts[active] + 4 * block))
        h[active] = _rotl(x, 13) * _U32(5) + _U32(0xE6546B64)
        block += 1
        active = active[n_blocks[active] > block]
    tail = np.flatnonzero(lengths & 3)
    h[tail] ^= _scramble(read(starts[tail] + 4 * n_blocks[tail]) & _TAIL_MASKS[lengths[tail] & 3])
    h ^= lengths.astype(_U32)
    h ^= h >> _U32(16)
    h *= _U32(0x85EBCA6B)
    h ^= h >> _U32(13)
    h *= _U32(0xC2B2AE35)
    h ^= h >> _U32(16)
    return np.abs(h.view(np.int32).astype(np.int64))


def _utf8_offsets(text: str) -> tuple[bytes, np.ndarray, np.ndarray]:
    """``text`` as UTF-8, its code points, and the byte offset of each character (plus the end)."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=_U32)
    widths = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(widths, out=offsets[1:])
    return text.encode("utf-8"), points, offsets


def _span_counts(rows: np.ndarray, buckets: np.ndarray, n_rows: int, n_buckets: int) -> sp.csr_matrix:
    """Count matrix with sorted indices and summed duplicates, as ``FeatureHasher`` returns it.

    One sort of ``row * n_buckets + bucket`` keys (numpy's vectorised sort) does it in half the
    time scipy takes to build from coordinates and then sort each row.
    """
    import scipy.sparse as sp

    keys = np.sort(rows * n_buckets + buckets)
    first = np.flatnonzero(np.diff(keys, prepend=-1))  # where each distinct key starts
    distinct = keys[first]
    counts = np.diff(first, append=len(keys)).astype(np.float64)
    indptr = np.searchsorted(distinct, np.arange(n_rows + 1) * n_buckets)
    return sp.csr_matrix((counts, distinct % n_buckets, indptr), shape=(n_rows, n_buckets))


def count_arrays(buffers: tuple[bytes, bytes, bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_hashed_counts``' three buffers as CSR arrays: counts (float64), their columns (int32),
    row starts (int64). Read-only views of the bytes: featurising only reads them."""
    indptr, indices, counts = buffers
    return (np.frombuffer(counts, np.float64), np.frombuffer(indices, np.int32),
            np.frombuffer(indptr, np.int64))


def _from_buffers(buffers: tuple[bytes, bytes, bytes], n_rows: int, n_buckets: int) -> sp.csr_matrix:
    """The count matrix of ``_hashed_counts``' three buffers, built by the same constructor call as
    :func:`_span_counts`, so scipy picks the same index dtypes."""
    import scipy.sparse as sp

    return sp.csr_matrix(count_arrays(buffers), shape=(n_rows, n_buckets))


def char_ngram_buffers(normalized: Sequence[str], ngram_range: tuple[int, int], n_buckets: int):
    """The compiled module's buffers of :func:`char_ngram_counts` (only where it was built)."""
    return _hashed_counts.char_ngrams(normalized, ngram_range[0], ngram_range[1], n_buckets)


def char_ngram_counts(
    normalized: Sequence[str], ngram_range: tuple[int, int], n_buckets: int
) -> sp.csr_matrix:
    """Hashed counts of the character n-grams of each line, as ``HashingVectorizer(analyzer="char")``
    (compiled when it could be built, else :func:`char_ngram_counts_numpy`)."""
    if _hashed_counts is None:
        return char_ngram_counts_numpy(normalized, ngram_range, n_buckets)
    return _from_buffers(char_ngram_buffers(normalized, ngram_range, n_buckets), len(normalized), n_buckets)


def word_counts(normalized: Sequence[str], n_buckets: int) -> sp.csr_matrix:
    """Hashed counts of the words and word pairs of each line, as ``HashingVectorizer`` with
    :func:`~classifier.features.tokenize.tokenize_words` as analyzer (hashed in C when it could be
    built, else :func:`word_counts_numpy`)."""
    if _hashed_counts is None:
        return word_counts_numpy(normalized, n_buckets)
    return _from_buffers(word_buffers(normalized, n_buckets), len(normalized), n_buckets)


def word_buffers(normalized: Sequence[str], n_buckets: int):
    """The compiled module's buffers of :func:`word_counts` (only where it was built)."""
    # The rows are cut at the segmenter's "\n" tokens in C, as tokenize_many does in Python: that
    # loop over every token was a twentieth of labelling. None: the separators did not come back,
    # so the joined segmentation cannot be used and the lines are cut one by one.
    buffers = _hashed_counts.words_of_tokens(segment_joined(normalized), len(normalized), n_buckets)
    if buffers is None:
        words, rows = tokenize_each(normalized)
        buffers = _hashed_counts.words(words, rows, len(normalized), n_buckets)
    return buffers


def char_ngram_counts_numpy(
    normalized: Sequence[str], ngram_range: tuple[int, int], n_buckets: int
) -> sp.csr_matrix:
    """:func:`char_ngram_counts` in numpy."""
    buf, points, offsets = _utf8_offsets("\n".join(normalized))  # no normalised line holds "\n"
    line = np.zeros(len(points) + 1, dtype=np.int64)  # line[i]: separators before character i
    np.cumsum(points == 10, out=line[1:])
    rows, starts, ends = [], [], []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        first = np.arange(max(len(points) - n + 1, 0))
        first = first[line[first + n] == line[first]]  # n-grams that do not cross a separator
        rows.append(line[first])
        starts.append(offsets[first])
        ends.append(offsets[first + n])
    rows, starts, ends = (np.concatenate(parts) for parts in (rows, starts, ends))
    return _span_counts(rows, murmur3_buckets(buf, starts, ends, n_buckets), len(normalized), n_buckets)


def word_counts_numpy(normalized: Sequence[str], n_buckets: int) -> sp.csr_matrix:
    """:func:`word_counts` in numpy.

    A pair ``a|b`` is the span from ``a`` to ``b`` of the words joined by ``|``, so no pair string
    is ever built.
    """
    words, rows = tokenize_many(normalized)
    buf, _, offsets = _utf8_offsets("|".join(words))
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    first = np.cumsum(lengths + 1) - lengths - 1  # character offset of each word
    paired = np.flatnonzero(rows[:-1] == rows[1:])  # a word and the next one on the same line
    starts = offsets[np.concatenate([first, first[paired]])]
    ends = offsets[np.concatenate([first + lengths, first[paired + 1] + lengths[paired + 1]])]
    rows = np.concatenate([rows, rows[paired]])
    return _span_counts(rows, murmur3_buckets(buf, starts, ends, n_buckets), len(normalized), n_buckets)


def sublinear_weights(counts: np.ndarray, indices: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """``(1 + log(count)) * idf`` of each stored count, before rows are scaled to unit length."""
    return (np.log(counts) + 1.0) * idf[indices]


def log_table(largest_count: int) -> np.ndarray:
    """``1 + log(k)`` for ``k = 1 … largest_count``: the sublinear term of every count up to it, from
    numpy's log (as :func:`sublinear_weights` computes it), for ``_scores`` to look counts up in."""
    return np.log(np.arange(1, max(largest_count, 1) + 1, dtype=np.float64)) + 1.0


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """A copy of ``matrix`` with each row scaled to unit length, the norms summed one entry after
    the other (as scipy's matrix product and ``classifier/model/_scores.c`` sum them), 1.0 for
    empty rows."""
    import scipy.sparse as sp

    data = matrix.data.astype(np.float64)
    squares = sp.csr_matrix((data * data, matrix.indices, matrix.indptr), shape=matrix.shape)
    norms = np.sqrt(squares @ np.ones(matrix.shape[1]))
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, np.diff(matrix.indptr))
    return sp.csr_matrix((data, matrix.indices.copy(), matrix.indptr.copy()), shape=matrix.shape)


def sublinear_tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """``(1 + log(count)) * idf``, each row scaled to unit length: what scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` computes from the same IDF weights, to the bit (the row
    norms are summed in the same order, one entry after the other, by scipy's matrix product)."""
    import scipy.sparse as sp

    weights = sublinear_weights(counts.data, counts.indices, idf)
    return unit_rows(sp.csr_matrix((weights, counts.indices, counts.indptr), shape=counts.shape))


class LineFeatures:
    """Turn raw lines into a sparse feature matrix, with IDF weights already learnt.

    Parameters
    ----------
    char_ngram_range : n-gram sizes of the character block.
    char_buckets, word_buckets : hashing space of each block (a power of two).
    use_words : add the jieba word (and word-pair) block.
    use_layout : add the layout block (:mod:`classifier.features.layout`).
    layout_weight : scale of the layout block against the unit-norm TF-IDF blocks.

    ``idf_`` holds one IDF array per TF-IDF block (characters, then words).
    """

    def __init__(
        self,
        char_ngram_range: tuple[int, int] = (1, 3),
        char_buckets: int = 2**18,
        word_buckets: int = 2**17,
        use_words: bool = True,
        use_layout: bool = True,
        layout_weight: float = 1.0,
    ) -> None:
        self.char_ngram_range = char_ngram_range
        self.char_buckets = char_buckets
        self.word_buckets = word_buckets
        self.use_words = use_words
        self.use_layout = use_layout
        self.layout_weight = layout_weight

    def _params(self) -> dict:
        # In name order, as scikit-learn's get_params gives them: the saved state, and so a
        # retrained model file, stays byte for byte what it was when the featuriser was an estimator.
        return {
            "char_buckets": self.char_buckets,
            "char_ngram_range": self.char_ngram_range,
            "layout_weight": self.layout_weight,
            "use_layout": self.use_layout,
            "use_words": self.use_words,
            "word_buckets": self.word_buckets,
        }

    def _counts(self, normalized: Sequence[str]) -> list[sp.csr_matrix]:
        counts = [char_ngram_counts(normalized, self.char_ngram_range, self.char_buckets)]
        if self.use_words:
            counts.append(word_counts(normalized, self.word_buckets))
        return counts

    def transform(self, lines: Sequence[str]) -> sp.csr_matrix:
        import scipy.sparse as sp

        normalized = normalize_many(lines)
        blocks = [sublinear_tfidf(c, idf) for idf, c in zip(self.idf_, self._counts(normalized))]
        if self.use_layout:
            blocks.append(sp.csr_matrix(layout_features(lines) * self.layout_weight))
        if not blocks or not len(lines):
            return sp.csr_matrix((len(lines), self.n_features_out_))
        return sp.hstack(blocks, format="csr", dtype=np.float64)

    def transform_unscaled(
        self, lines: Sequence[str], normalized: Sequence[str] | None = None
    ) -> tuple[list[tuple], np.ndarray, int]:
        """:meth:`transform` in parts, for a product that weighs and scales the rows as it goes
        (``classifier/model/_scores.c``), with the compiled hashing only and without SciPy: each
        TF-IDF block as CSR arrays (its counts, columns, row starts) with its first column in
        ``transform``'s matrix, a :func:`log_table` covering its counts and its IDF array (the
        product looks up :func:`sublinear_weights` entry by entry), then the layout block as a
        dense array (no columns without it) and its first column. ``normalized``: the lines'
        :func:`~classifier.normalize.normalize_many`, when the caller has it."""
        normalized = normalize_many(lines) if normalized is None else normalized
        buffers = [char_ngram_buffers(normalized, self.char_ngram_range, self.char_buckets)]
        widths = [self.char_buckets]
        if self.use_words:
            buffers.append(word_buffers(normalized, self.word_buckets))
            widths.append(self.word_buckets)
        blocks, offset = [], 0
        for idf, block, width in zip(self.idf_, buffers, widths):
            counts, indices, indptr = count_arrays(block)
            table = log_table(int(counts.max(initial=0)))
            blocks.append((counts, indices, indptr, offset, table, idf))
            offset += width
        layout = layout_features(lines) * self.layout_weight if self.use_layout else np.zeros((len(lines), 0))
        return blocks, np.ascontiguousarray(layout, dtype=np.float64), offset

    def get_state(self) -> dict:
        """Parameters and IDF weights as plain values (see :mod:`classifier.model.persist`)."""
        return {"params": self._params(), "idf": list(self.idf_)}

    @classmethod
    def from_state(cls, state: dict) -> LineFeatures:
        params = dict(state["params"])
        params["char_ngram_range"] = tuple(params["char_ngram_range"])
        features = cls(**params)
        features.idf_ = [np.asarray(weights, dtype=np.float64) for weights in state["idf"]]
        return features

    @property
    def n_features_out_(self) -> int:
        from .layout import LAYOUT_FEATURE_NAMES

        width = self.char_buckets + (self.word_buckets if self.use_words else 0)
        return width + (len(LAYOUT_FEATURE_NAMES) if self.use_layout else 0)
