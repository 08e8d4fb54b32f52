"""Text normalisation applied before the n-gram features (never to the text a user gets back).

Crawled Chinese text mixes full-width and ASCII forms of the same characters ("，" and ",",
"１２" and "12", U+3000 and a space). The model should see one form, so that a footer written with
either punctuation gets the same features.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def normalize_width(text: str) -> str:
    """Fold full-width and compatibility forms to their canonical form (Unicode NFKC).

    >>> normalize_width("ＩＣＰ备１２３号，版权所有")
    'ICP备123号,版权所有'
    """
    return unicodedata.normalize("NFKC", text)


def normalize_for_features(text: str) -> str:
    """The form the n-gram features are computed on: NFKC, lower case, each digit run as ``0``,
    white space runs as one space.

    Numbers in boilerplate (dates, phone numbers, counters, ICP numbers) vary from site to site
    while their shape does not; collapsing them lets the model learn the shape.

    >>> normalize_for_features("  2022-03-20 15:53:27　來源: 人民日報 ")
    '0-0-0 0:0:0 來源: 人民日報'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = _DIGITS.sub("0", text)
    return _SPACES.sub(" ", text).strip()
