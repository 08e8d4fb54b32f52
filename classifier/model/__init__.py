"""The line model (two stages) and its persistence.

``LineClassifier`` is imported on first use: it pulls in scikit-learn, which the parts of the
tool that only read, write or pass pages to worker processes (and ``ModelError``) never need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["LineClassifier"]


def __getattr__(name: str):
    if name != "LineClassifier":
        raise AttributeError(f"module 'classifier.model' has no attribute {name!r}")
    from .line_classifier import LineClassifier

    return LineClassifier


if TYPE_CHECKING:
    from .line_classifier import LineClassifier
