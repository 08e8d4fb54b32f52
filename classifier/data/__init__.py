"""Synthetic training data: whole labelled pages built from real text and generated page chrome.

See ``data/README.md`` for the recipe. Entry points: :func:`generate_pages` (in memory) and
:func:`build_training_data` (writes gold JSONL, used by ``zhclean build-data``).
"""

from __future__ import annotations

from .pages import build_training_data, generate_pages

__all__ = ["build_training_data", "generate_pages"]
