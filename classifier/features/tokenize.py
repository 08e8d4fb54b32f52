"""Word segmentation for the word TF-IDF block.

rjieba is the Rust port of jieba (jieba-rs: same dictionary, same algorithm) and segments about
20x faster than jieba's Python code here (docs/tokenizer.md has the measurement). Training and
prediction must use the same segmenter, so the model always uses rjieba.
"""

from __future__ import annotations

import rjieba


def tokenize_words(normalized_text: str) -> list[str]:
    """Words of an already normalised line, spaces dropped, plus adjacent word pairs.

    Word pairs ("版权|所有", "责任|编辑") carry most of the boilerplate signal that single
    words miss.

    >>> tokenize_words("责任编辑:王森")[:3]
    ['责任编辑', ':', '王森']
    """
    words = [w for w in rjieba.cut(normalized_text) if not w.isspace()]
    pairs = [f"{a}|{b}" for a, b in zip(words, words[1:])]
    return words + pairs
