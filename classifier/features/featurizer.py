"""``LineFeaturizer``: the stage-1 features as a scikit-learn transformer, for training.

It learns the IDF weights with scikit-learn's ``TfidfTransformer``; everything else, transforming
included, is :class:`~classifier.features.line_features.LineFeatures`, which a loaded model uses
without importing scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer

from ..normalize import normalize_many
from .line_features import LineFeatures


class LineFeaturizer(LineFeatures, TransformerMixin, BaseEstimator):
    """Turn raw lines into a sparse feature matrix; :meth:`fit` learns the IDF weights.

    The parameters are those of :class:`~classifier.features.line_features.LineFeatures`.
    """

    def fit(self, lines: Sequence[str], y=None) -> LineFeaturizer:
        normalized = normalize_many(lines)
        self.idf_ = [TfidfTransformer(sublinear_tf=True).fit(c).idf_ for c in self._counts(normalized)]
        return self
