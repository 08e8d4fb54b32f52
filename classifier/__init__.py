"""zhclean: line-level cleaning of crawled Chinese web text.

>>> from classifier import classify_lines, clean   # doctest: +SKIP
>>> classify_lines(["首页 > 新闻", "今天，本市召开了会议。"])  # doctest: +SKIP
['navigation', 'body']
"""

from .api import PageLabels, classify_lines, classify_pages, clean, default_model, load_model
from .labels import LABELS
from .model import LineClassifier
from .model.persist import ModelError

__version__ = "0.1.0"

__all__ = [
    "LABELS",
    "LineClassifier",
    "ModelError",
    "PageLabels",
    "classify_lines",
    "classify_pages",
    "clean",
    "default_model",
    "load_model",
]
