"""The docstring examples of the core modules are tests too (ftfy-style: each fix shows its input)."""

import doctest
import importlib

import pytest

MODULES = [
    "classifier.lines",
    "classifier.normalize",
    "classifier.context",
    "classifier.features.layout",
    "classifier.features.tokenize",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
