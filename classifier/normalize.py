"""Text normalisation applied before the n-gram features (never to the text a user gets back).

Crawled Chinese text mixes full-width and ASCII forms of the same characters ("，" and ",",
"１２" and "12", U+3000 and a space). The model should see one form, so that a footer written with
either punctuation gets the same features.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np

from .compiled import optional_module

_normalize = optional_module("classifier._normalize")

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")

#: The n-gram and word features read at most the first this many characters of a line. Hashing and
#: segmenting a line costs about 45 bytes of memory a character, so a line of inlined data or
#: minified script tens of megabytes long took more than a gigabyte; no line of the training data
#: comes near this length (the longest has 6,878 characters), so no feature of such a line changes.
#: The layout features still read the whole line (``docs/speed.md``).
MAX_FEATURE_CHARS = 10_000


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
    """The form the n-gram features are computed on: the first :data:`MAX_FEATURE_CHARS`
    characters, NFKC, lower case, each digit run as its length class (:func:`_digit_shape`), white
    space runs as one space.

    Numbers in boilerplate (dates, phone numbers, counters, ICP numbers) vary from site to site
    while their shape does not; collapsing them lets the model learn the shape. The length class
    keeps a share counter ("0") apart from a 40-digit junk ID, which LABELS.md calls spam.

    >>> normalize_for_features("  2022-03-20 15:53:27　來源: 人民日報 ")
    '0-0-0 0:0:0 來源: 人民日報'
    >>> normalize_for_features("电话:13812345678 粤ICP备09102757号 020020030100000000000000011")
    '电话:000 粤icp备00号 0000'
    >>> len(normalize_for_features("长" * 50_000)) == MAX_FEATURE_CHARS
    True
    """
    text = unicodedata.normalize("NFKC", text[:MAX_FEATURE_CHARS]).lower()
    text = _DIGITS.sub(_digit_shape, text)
    return _SPACES.sub(" ", text).strip()


def normalize_many(lines: Sequence[str]) -> list[str]:
    """:func:`normalize_for_features` of each line (compiled where the install could build it: 18x
    faster on the real pages, ``python -m bench.features``).

    The C module folds each character through tables built here from this Python's own
    ``unicodedata`` (:func:`_fold_tables`), and hands every line it cannot fold that way to
    :func:`normalize_for_features`, so both paths give the same strings. Code points above U+FFFF
    (emoji) are folded through tables of those met so far (:data:`_ASTRAL_FOLDS`).
    """
    if max(map(len, lines), default=0) > MAX_FEATURE_CHARS:
        lines = [line[:MAX_FEATURE_CHARS] for line in lines]
    if _normalize is None:
        return [normalize_for_features(line) for line in lines]
    return _normalize.fold_lines(lines, *_fold_tables(), _ASTRAL_FOLDS.fallback, *_ASTRAL_FOLDS.tables())


# Blocks whose characters are checked one by one, and blocks that NFKC and lower case leave alone
# (CJK ideographs, private use), filled without checking; tests/test_normalize_compiled.py checks both.
_CHECKED_BLOCKS = [(0x0000, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2800), (0x2E80, 0x2FE0),
                   (0x3000, 0x3400), (0xF900, 0xFB00), (0xFE00, 0x10000)]  # fmt: skip
_UNCHANGED_BLOCKS = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xE000, 0xF900)]
_CHAR, _DIGIT, _SPACE = 0, 1, 2


def _fold_item(char: str) -> int:
    kind = _DIGIT if _DIGITS.fullmatch(char) else _SPACE if _SPACES.fullmatch(char) else _CHAR
    return ord(char) << 2 | kind


def _is_jamo(char: str) -> bool:
    """Conjoining Hangul jamo, which NFKC composes into syllables with the jamo next to them."""
    point = ord(char)
    return 0x1100 <= point < 0x1200 or 0xA960 <= point < 0xA980 or 0xD7B0 <= point < 0xD800


def _folds_alone(char: str) -> str | None:
    """What NFKC and lower case make of ``char`` wherever it stands, or ``None`` when that may
    depend on its neighbours: combining marks, decompositions that start with one or leave one or
    a conjoining jamo, the Greek capital sigma (lower-cased by its place in the word), and results
    over 7 characters.

    Composition joins a character only to a combining mark or to one of the few starters that
    can end a composition; tests/test_normalize_compiled.py checks that the only such starters
    folding can produce are the jamo.
    """
    if unicodedata.combining(char) or 0xD800 <= ord(char) < 0xE000:
        return None
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed and unicodedata.combining(decomposed[0]):
        return None
    composed = unicodedata.normalize("NFKC", char)
    folded = composed.lower()
    if not 1 <= len(folded) <= 7 or any(unicodedata.combining(c) or _is_jamo(c) for c in folded):
        return None
    if ("\u0391" + composed).lower() != "\u03b1" + folded:
        return None
    return folded


#: The blocks above U+FFFF that the C module may fold (as _CHECKED_BLOCKS are below it): mathematical
#: letters and digits, emoji and symbols, CJK ideographs (extensions B to H). A code point of any
#: other block sends its line to Python: some there compose with their neighbours (Chakma vowel
#: signs, Kaithi), and the tests check these blocks only.
_ASTRAL_BLOCKS = [(0x1D400, 0x1D800), (0x1F000, 0x1FC00), (0x20000, 0x40000)]
_ASTRAL = re.compile("[" + "".join(f"{chr(start)}-{chr(end - 1)}" for start, end in _ASTRAL_BLOCKS) + "]")


def _astral_fold_tables(folds: Iterable[tuple[str, str | None]]) -> tuple[bytes, bytes, bytes]:
    """The C module's tables for code points above U+FFFF, from each one's :func:`_folds_alone`:
    the code points that fold alone, ascending, their entries and the items these point to (in
    the form of :func:`_fold_tables`)."""
    points, entries, items = [], [], []
    for char, folded in sorted(folds):
        if folded is not None:  # left out, it sends its lines to normalize_for_features
            points.append(ord(char))
            entries.append(len(items) << 3 | len(folded))
            items.extend(_fold_item(c) for c in folded)
    return tuple(np.array(table, dtype=np.uint32).tobytes() for table in (points, entries, items))


class _AstralFolds:
    """The folds of the code points of :data:`_ASTRAL_BLOCKS` that lines have held so far, as the
    C module's tables. A table of all of them would take seconds to build, and a text meets a few
    hundred: a line holding one not met before is folded in Python (3 µs a line), and the code
    point joins the tables of the next batches. Whatever the tables hold, the folded lines are the
    same."""

    def __init__(self) -> None:
        self._folds: dict[str, str | None] = {}
        self._tables: tuple[bytes, bytes, bytes] | None = (b"", b"", b"")

    def tables(self) -> tuple[bytes, bytes, bytes]:
        if self._tables is None:
            self._tables = _astral_fold_tables(self._folds.items())
        return self._tables

    def fallback(self, line: str) -> str:
        for match in _ASTRAL.finditer(line):
            if match.group() not in self._folds:
                self._folds[match.group()] = _folds_alone(match.group())
                self._tables = None
        return normalize_for_features(line)


_ASTRAL_FOLDS = _AstralFolds()


@cache
def _fold_tables() -> tuple[bytes, bytes]:
    """The C module's tables (described in ``classifier/_normalize.c``): per BMP code point,
    where its items start and how many there are (0: not covered); each item a code point and
    whether it is a digit or white space to the regular expressions of
    :func:`normalize_for_features`. 12–13 ms, once per process."""
    entries = np.zeros(0x10000, dtype=np.uint32)
    items: list[int] = []
    for start, end in _CHECKED_BLOCKS:
        for point in range(start, end):
            folded = _folds_alone(chr(point))
            if folded is not None:
                entries[point] = len(items) << 3 | len(folded)
                items.extend(_fold_item(c) for c in folded)
    for start, end in _UNCHANGED_BLOCKS:  # no ideograph or private-use code point is a digit or space
        points = np.arange(start, end, dtype=np.uint32)
        entries[start:end] = (len(items) + points - start) << 3 | 1
        items.extend((points << 2 | _CHAR).tolist())
    return entries.tobytes(), np.array(items, dtype=np.uint32).tobytes()
