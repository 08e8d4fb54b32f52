"""Per-line features: TF-IDF over character n-grams and words, plus layout features."""

from .layout import LAYOUT_FEATURE_NAMES, layout_features
from .line_features import LineFeaturizer
from .tokenize import tokenize_words

__all__ = ["LAYOUT_FEATURE_NAMES", "LineFeaturizer", "layout_features", "tokenize_words"]
