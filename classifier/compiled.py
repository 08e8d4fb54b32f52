"""The optional compiled modules (pyproject.toml: ``optional = true`` extensions).

``pip install`` builds them where a C compiler is at hand; without them the same results come
from the Python and numpy code. ``ZHCLEAN_NO_COMPILED=1`` turns them off where they are built:
for benchmarks, or to rule out the C code.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType


def optional_module(name: str) -> ModuleType | None:
    """The compiled module ``name`` if the install built it and it is not turned off, else None."""
    if os.environ.get("ZHCLEAN_NO_COMPILED"):
        return None
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - depends on the install
        return None
