"""The line model (two stages) and its persistence."""

from .line_classifier import LineClassifier

__all__ = ["LineClassifier"]
