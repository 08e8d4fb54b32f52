"""The stage-1 feature transformer: hashed TF-IDF over character n-grams and words, plus layout.

Hashing (no vocabulary) keeps the model small and quick to load and needs no pruning; with
2**18 buckets collisions are rare for the few hundred thousand n-grams Chinese boilerplate uses.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from ..normalize import normalize_for_features
from .layout import layout_features
from .tokenize import tokenize_words


class LineFeaturizer(TransformerMixin, BaseEstimator):
    """Turn raw lines into a sparse feature matrix.

    Parameters
    ----------
    char_ngram_range : n-gram sizes of the character block.
    char_buckets, word_buckets : hashing space of each block (a power of two).
    use_words : add the jieba word (and word-pair) block.
    use_layout : add the layout block (:mod:`classifier.features.layout`).
    layout_weight : scale of the layout block against the unit-norm TF-IDF blocks.
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

    def _hashers(self) -> list[HashingVectorizer]:
        hashers = [
            HashingVectorizer(
                analyzer="char",
                ngram_range=self.char_ngram_range,
                n_features=self.char_buckets,
                alternate_sign=False,
                norm=None,
                lowercase=False,
            )
        ]
        if self.use_words:
            hashers.append(
                HashingVectorizer(
                    analyzer=tokenize_words,
                    n_features=self.word_buckets,
                    alternate_sign=False,
                    norm=None,
                    lowercase=False,
                )
            )
        return hashers

    def _counts(self, normalized: Sequence[str]) -> list[sp.csr_matrix]:
        return [hasher.transform(normalized) for hasher in self._hashers()]

    def fit(self, lines: Sequence[str], y=None) -> LineFeaturizer:
        normalized = [normalize_for_features(line) for line in lines]
        self.idf_ = [TfidfTransformer(sublinear_tf=True).fit(c) for c in self._counts(normalized)]
        return self

    def transform(self, lines: Sequence[str]) -> sp.csr_matrix:
        normalized = [normalize_for_features(line) for line in lines]
        blocks = [idf.transform(c) for idf, c in zip(self.idf_, self._counts(normalized))]
        if self.use_layout:
            blocks.append(sp.csr_matrix(layout_features(lines) * self.layout_weight))
        if not blocks or not len(lines):
            return sp.csr_matrix((len(lines), self.n_features_out_))
        return sp.hstack(blocks, format="csr", dtype=np.float64)

    def get_state(self) -> dict:
        """Parameters and IDF weights as plain values (see :mod:`classifier.model.persist`)."""
        return {"params": self.get_params(), "idf": [idf.idf_ for idf in self.idf_]}

    @classmethod
    def from_state(cls, state: dict) -> LineFeaturizer:
        params = dict(state["params"])
        params["char_ngram_range"] = tuple(params["char_ngram_range"])
        featurizer = cls(**params)
        featurizer.idf_ = []
        for weights in state["idf"]:
            idf = TfidfTransformer(sublinear_tf=True)
            idf.idf_ = np.asarray(weights, dtype=np.float64)
            idf.n_features_in_ = len(weights)
            featurizer.idf_.append(idf)
        return featurizer

    @property
    def n_features_out_(self) -> int:
        from .layout import LAYOUT_FEATURE_NAMES

        width = self.char_buckets + (self.word_buckets if self.use_words else 0)
        return width + (len(LAYOUT_FEATURE_NAMES) if self.use_layout else 0)
