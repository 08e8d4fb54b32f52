"""Word segmentation for the word TF-IDF block.

rjieba is the Rust port of jieba (jieba-rs: same dictionary, same algorithm) and segments about
20x faster than jieba's Python code here (docs/tokenizer.md has the measurement). Training and
prediction must use the same segmenter, so the model always uses rjieba. It is imported on first
use (loading it takes 0.1 s): a model without the word block never needs it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def tokenize_words(normalized_text: str) -> list[str]:
    """Words of an already normalised line, spaces dropped, plus adjacent word pairs.

    Word pairs ("版权|所有", "责任|编辑") carry most of the boilerplate signal that single
    words miss.

    >>> tokenize_words("责任编辑:王森")[:3]
    ['责任编辑', ':', '王森']
    """
    import rjieba

    words = [w for w in rjieba.cut(normalized_text) if not w.isspace()]
    pairs = [f"{a}|{b}" for a, b in zip(words, words[1:])]
    return words + pairs


def segment_joined(normalized_texts: Sequence[str]) -> list[str]:
    """rjieba's tokens of the lines joined by ``\\n``: each line's words, white-space tokens, and
    one ``\\n`` token between lines (see :func:`tokenize_many`)."""
    import rjieba

    return rjieba.cut("\n".join(normalized_texts))


def tokenize_many(normalized_texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The words of many normalised lines (as :func:`tokenize_words`, without the pairs), flattened,
    and the line index of each word.

    One rjieba call on the lines joined by ``\\n`` costs 15% less than one call per line. The
    segmenter cuts only inside runs of word characters and emits each white-space character as its
    own token, so ``\\n`` (never inside a normalised line) comes back as a separator token and the
    words are those of each line alone; should the count of separators ever differ, the lines are
    cut one by one (:func:`tokenize_each`).

    >>> tokenize_many(["责任编辑:王森", "版权所有"])
    (['责任编辑', ':', '王森', '版权所有'], array([0, 0, 0, 1]))
    """
    words: list[str] = []
    rows: list[int] = []
    line = 0
    for token in segment_joined(normalized_texts):  # a plain loop beats numpy masks here
        if not token.isspace():
            words.append(token)
            rows.append(line)
        elif token == "\n":
            line += 1
    if line != max(len(normalized_texts) - 1, 0):
        return tokenize_each(normalized_texts)
    return words, np.array(rows, dtype=np.int64)


def tokenize_each(normalized_texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """As :func:`tokenize_many`, with one rjieba call per line: for lines whose joined segmentation
    does not keep them apart."""
    import rjieba

    per_line = [[w for w in rjieba.cut(t) if not w.isspace()] for t in normalized_texts]
    words = [w for line_words in per_line for w in line_words]
    rows = [i for i, line_words in enumerate(per_line) for _ in line_words]
    return words, np.array(rows, dtype=np.int64)
