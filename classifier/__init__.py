"""zhclean: line-level cleaning of crawled Chinese web text.

>>> from classifier import classify_lines, clean   # doctest: +SKIP
>>> classify_lines(["首页 > 新闻", "今天，本市召开了会议。"])  # doctest: +SKIP
['navigation', 'body']

The public names are imported on first use, so ``zhclean --help`` and reader-only code do not pay
for loading the model code; prediction never imports scikit-learn (training does).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_PUBLIC = {
    "LABELS": "classifier.labels",
    "LineClassifier": "classifier.model.line_classifier",
    "LineModel": "classifier.model.line_model",
    "ModelError": "classifier.model.persist",
    "PageLabels": "classifier.decide",
    "classify_lines": "classifier.api",
    "classify_pages": "classifier.api",
    "clean": "classifier.api",
    "clean_records": "classifier.pipeline",
    "default_model": "classifier.api",
    "load_model": "classifier.api",
}

__all__ = [
    "LABELS",
    "LineClassifier",
    "LineModel",
    "ModelError",
    "PageLabels",
    "classify_lines",
    "classify_pages",
    "clean",
    "clean_records",
    "default_model",
    "load_model",
]


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module 'classifier' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name]), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .api import classify_lines, classify_pages, clean, default_model, load_model
    from .decide import PageLabels
    from .labels import LABELS
    from .model.line_classifier import LineClassifier
    from .model.line_model import LineModel
    from .model.persist import ModelError
    from .pipeline import clean_records
