"""Per-line features: TF-IDF over character n-grams and words, plus layout features.

``LineFeaturizer`` (the trainable transformer) is imported on first use: it pulls in scikit-learn,
which a loaded model never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .layout import LAYOUT_FEATURE_NAMES, layout_features
from .line_features import LineFeatures
from .tokenize import tokenize_words

__all__ = ["LAYOUT_FEATURE_NAMES", "LineFeatures", "LineFeaturizer", "layout_features", "tokenize_words"]


def __getattr__(name: str):
    if name != "LineFeaturizer":
        raise AttributeError(f"module 'classifier.features' has no attribute {name!r}")
    from .featurizer import LineFeaturizer

    return LineFeaturizer


if TYPE_CHECKING:
    from .featurizer import LineFeaturizer
