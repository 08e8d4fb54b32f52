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


def _digit_shape(match: re.Match[str]) -> str:
    """A digit run as its length class: 1–4 digits (years, counters) ``0``, 5–8 (ICP and postal
    numbers) ``00``, 9–12 (phone and QQ numbers) ``000``, longer (IDs, machine junk) ``0000``."""
    return "0" * min((len(match.group()) + 3) // 4, 4)


def normalize_width(text: str) -> str:
    """Fold full-width and compatibility forms to their canonical form (Unicode NFKC).

    >>> normalize_width("ＩＣＰ备１２３号，版权所有")
    'ICP备123号,版权所有'
    """
    return unicodedata.normalize("NFKC", text)


def normalize_for_features(text: str) -> str:
    """The form the n-gram features are computed on: NFKC, lower case, each digit run as its
    length class (:func:`_digit_shape`), white space runs as one space.

    Numbers in boilerplate (dates, phone numbers, counters, ICP numbers) vary from site to site
    while their shape does not; collapsing them lets the model learn the shape. The length class
    keeps a share counter ("0") apart from a 40-digit junk ID, which LABELS.md calls spam.

    >>> normalize_for_features("  2022-03-20 15:53:27　來源: 人民日報 ")
    '0-0-0 0:0:0 來源: 人民日報'
    >>> normalize_for_features("电话:13812345678 粤ICP备09102757号 020020030100000000000000011")
    '电话:000 粤icp备00号 0000'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = _DIGITS.sub(_digit_shape, text)
    return _SPACES.sub(" ", text).strip()
