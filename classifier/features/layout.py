"""Layout features of one raw line: what it is made of, not what it says.

They are computed on the raw text (before normalisation) because invisible characters, control
characters, private-use glyphs and leaked markup are themselves the signal (``LABELS.md``: such
lines are machine junk or widgets). Each value is a share in [0, 1], a 0/1 flag, or a log count,
so they sit on the same scale as the L2-normalised TF-IDF blocks.

:func:`_line_layout` defines them for one line. :func:`layout_features` computes the same values
for a whole batch, from a table of character classes over all code points at once (the counting
in C where the install built ``_layout.c``, else in numpy) and with each flag regex run only on
the lines holding one of its trigger characters: 4-9x faster than calling it per line
(``docs/speed.md``; ``tests/test_features_speed.py`` compares them).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from ..compiled import optional_module

#: The compiled character counts (``_layout.c``); None where the install did not build it.
_layout = optional_module("classifier.features._layout")

_PATTERNS: dict[str, re.Pattern[str]] = {
    "cjk": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "latin": re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]"),
    "digit": re.compile(r"[0-9\uff10-\uff19]"),
    "punct": re.compile(r"[,.;:!?，。；：！？、“”‘’\"'()（）《》【】\[\]「」『』…—\-]"),
    "separator": re.compile(r"[|｜_＿>＞/／·•»›→]"),
    "space": re.compile(r"[ \t\u3000\u00a0]"),
}
_INVISIBLE = r"\u200b-\u200f\u2060\ufeff\u00ad"  # zero-width characters and the soft hyphen
_FLAGS: dict[str, re.Pattern[str]] = {
    "sentence_end": re.compile(r"[。！？!?…；”」』）)\]】]\s*$"),
    "url": re.compile(r"https?://|www\.|\.(?:com|cn|net|org|html?)\b", re.IGNORECASE),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "phone": re.compile(r"(?:\d{3,4}[-—－ ]?\d{7,8}|1[3-9]\d{9}|400[-—]?\d{3}[-—]?\d{4})"),
    "icp": re.compile(r"ICP|公网安备|公網安備|备案|備案|许可证|許可證", re.IGNORECASE),
    "copyright_sign": re.compile(r"©|\(c\)|copyright|版权|版權", re.IGNORECASE),
    # Only the line made of nothing else is junk (LABELS.md): zero-width spaces and soft hyphens
    # inside article text are common (WeChat articles, CMS editors) and say nothing about it.
    "invisible_only": re.compile(rf"^\s*[{_INVISIBLE}][\s{_INVISIBLE}]*$"),
    # Anti-scraping jammers slip C0 controls into the text (in the real pages, always U+0005-U+0008).
    # Not white space (\v, \f, the U+001C-U+001F separators), which converters leave as layout,
    # nor NUL or DEL, which broken decoders leave: a stray one inside an article line is not a
    # jammer, and none occurs in the training data, so leaving them out changed no trained weight.
    "control": re.compile(r"[\x01-\x08\x0e-\x1b]"),
    "private_use": re.compile(r"[\ue000-\uf8ff]"),
    "replacement": re.compile(r"\ufffd"),
    "markup": re.compile(r"</?[a-zA-Z][^<>]{0,200}>|\{[A-Za-z_]+\}|\[/?(?:img|url|b|color)[^\]]*\]"),
    "numbered": re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．)）]"),
    "date": re.compile(r"\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}月\d{1,2}日"),
    "leading_space": re.compile(r"^[ \t\u3000\u00a0]+\S"),
}
_LONG_DIGITS = re.compile(r"\d{12,}")

LAYOUT_FEATURE_NAMES: tuple[str, ...] = (
    "log_length",
    "log_tokens",
    *(f"share_{name}" for name in _PATTERNS),
    *(f"has_{name}" for name in _FLAGS),
    "has_long_digits",
    "short",
    "symbols_only",
)


def _line_layout(line: str) -> list[float]:
    stripped = line.strip()
    length = max(len(stripped), 1)
    values = [math.log1p(len(stripped)) / 5.0, math.log1p(len(stripped.split())) / 3.0]
    values.extend(len(p.findall(stripped)) / length for p in _PATTERNS.values())
    values.extend(1.0 if p.search(line) else 0.0 for p in _FLAGS.values())
    values.append(1.0 if _LONG_DIGITS.search(stripped) else 0.0)
    values.append(1.0 if len(stripped) <= 4 else 0.0)
    values.append(1.0 if stripped and not any(unicodedata.category(c)[0] in "LN" for c in stripped) else 0.0)
    return values


# For each flag (and long digits), characters of which every match holds at least one, read off
# the pattern: only lines holding one are searched. The one-character flags are their own trigger.
_TRIGGERS: dict[str, str] = {
    "sentence_end": r"[。！？!?…；”」』）)\]】]",  # the pattern's first character
    "url": r"[:.]",  # "://", "www." and ".com" each hold one
    "email": r"@",
    "phone": r"\d",
    "icp": r"(?i)[p公備备许許]",  # ICP, 公网安备, 公網安備, 备案, 備案, 许可证, 許可證
    "copyright_sign": r"(?i)[©(g版]",  # ©, (c), copyright, 版权, 版權
    "invisible_only": f"[{_INVISIBLE}]",
    "control": _FLAGS["control"].pattern,
    "private_use": _FLAGS["private_use"].pattern,
    "replacement": _FLAGS["replacement"].pattern,
    "markup": r"[<{\[]",
    "numbered": r"[.、．)）]",
    "date": r"[-年/.]",  # the first alternative's separator; the second needs 月 and 日 (below)
    "leading_space": r"[ \t\u3000\u00a0]",
    "long_digits": r"\d",
}
#: Flags no line with fewer digits can match: most lines hold a digit or two (a date, a count),
#: and searching those lines was over half of the flag searches' time (docs/speed.md). The date
#: pattern has two alternatives, each with its own needs: see layout_features.
_MIN_DIGITS: dict[str, int] = {"phone": 10, "long_digits": 12}
_SEARCHED: dict[str, re.Pattern[str]] = {**_FLAGS, "long_digits": _LONG_DIGITS}
#: "numbered" matches only where the stripped line starts with a digit or one of these (its "^\s*"
#: skips what str.strip takes off): most lines hold one of its trigger characters, few start so.
_NUMERALS = "一二三四五六七八九十"
_CHINESE_NUMERALS = np.array([ord(c) for c in _NUMERALS], dtype=np.uint32)


# Bits of a character for the share counts: the classes of _PATTERNS (each one character, so a
# share is a count of characters), then letters and numbers (symbols_only), then white space
# (str.isspace, what str.split splits on: tokens are counted from it).
_SHARE_CLASSES = [p.pattern for p in _PATTERNS.values()]
# sentence_end is read off the same table: the stripped line's last character is in the class the
# pattern starts with (its "\s*$" is what str.strip takes off), without a search per line.
_SENTENCE_END_CLASS = _TRIGGERS["sentence_end"]
_TABLE_CLASSES = [*_SHARE_CLASSES, _SENTENCE_END_CLASS]
# str.isalnum is true exactly on the letters and numbers (Unicode categories L* and N*; checked
# over every code point in tests/test_features_speed.py) and ten times faster to build the table
# with than unicodedata.category.
_SHARE_PREDICATES = (str.isalnum, str.isspace)
_ENDS_SENTENCE, _LETTER_OR_NUMBER, _SPACE = len(_SHARE_CLASSES), len(_TABLE_CLASSES), len(_TABLE_CLASSES) + 1
# The trigger classes, then one for the digits (what \d matches) that _MIN_DIGITS counts, and
# 月 and 日 for the date pattern's second alternative.
_TRIGGER_CLASSES = [*_TRIGGERS.values(), r"\d", "月", "日"]
_DIGIT, _MONTH, _DAY = len(_TRIGGERS), len(_TRIGGERS) + 1, len(_TRIGGERS) + 2


def _character_bits(text: str, classes: Sequence[str], predicates: Sequence = ()) -> np.ndarray:
    """Per character of ``text``, bit ``i`` set if it is in the one-character regex class
    ``classes[i]``, then one bit per predicate."""
    bits = np.zeros(len(text), dtype=np.uint32)
    for i, pattern in enumerate(classes):
        bits[[m.start() for m in re.finditer(pattern, text)]] |= np.uint32(1 << i)
    for i, predicate in enumerate(predicates, len(classes)):
        bits[np.fromiter(map(predicate, text), dtype=bool, count=len(text))] |= np.uint32(1 << i)
    return bits


@functools.cache
def _bmp_tables() -> tuple[np.ndarray, np.ndarray]:
    """Share and trigger bits of every character below U+10000 (built on first use, ~50 ms)."""
    bmp = "".join(map(chr, range(0x10000)))
    return _character_bits(bmp, _TABLE_CLASSES, _SHARE_PREDICATES), _character_bits(bmp, _TRIGGER_CLASSES)


def _share_bits(points: np.ndarray) -> np.ndarray:
    bits = _bmp_tables()[0][np.minimum(points, 0xFFFF)]
    for at in np.flatnonzero(points > 0xFFFF).tolist():  # emoji, rare CJK: few, one at a time
        bits[at] = _character_bits(chr(points[at]), _TABLE_CLASSES, _SHARE_PREDICATES)[0]
    return bits


def _trigger_bits(points: np.ndarray) -> np.ndarray:
    bits = _bmp_tables()[1][np.minimum(points, 0xFFFF)]
    for at in np.flatnonzero(points > 0xFFFF).tolist():
        bits[at] = _character_bits(chr(points[at]), _TRIGGER_CLASSES)[0]
    return bits


def _code_points(lines: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Code points of the lines, each followed by a ``\\n`` (white space, no class, no trigger),
    and where each line starts: every line owns at least its ``\\n``, as ``reduceat`` needs."""
    points = np.frombuffer(("\n".join(lines) + "\n").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    sizes = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)) + 1
    return points, np.cumsum(sizes) - sizes


#: The columns of :func:`_character_counts`, per line: the stripped line's length and tokens, its
#: count of each share class, of letters and numbers, whether its last character ends a sentence
#: and whether its first is a numeral; then, over the raw line, the OR of its trigger bits and its
#: number of digits.
_LENGTH, _TOKENS = 0, 1
_SHARE_COLUMNS = range(2, 2 + len(_SHARE_CLASSES))
_after_shares = _SHARE_COLUMNS.stop
_LETTERS_OR_NUMBERS, _ENDS, _STARTS_NUMERAL, _TRIGGERED, _DIGITS = range(_after_shares, _after_shares + 5)


def _character_counts_numpy(lines: Sequence[str]) -> np.ndarray:
    """:func:`_character_counts` in numpy: the class bits of all lines' code points at once, summed
    per line with ``reduceat``."""
    n = len(lines)
    stripped = [line.strip() for line in lines]
    points, starts = _code_points(stripped)
    bits = _share_bits(points)

    def count(flags: np.ndarray) -> np.ndarray:  # per line
        return np.add.reduceat(flags, starts, dtype=np.int64)

    counts = np.zeros((n, _DIGITS + 1), dtype=np.int64)
    space = ((bits >> _SPACE) & 1).astype(bool)
    counts[:, _TOKENS] = count(~space & np.concatenate([[True], space[:-1]]))  # where a token starts
    lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=n)
    counts[:, _LENGTH] = lengths
    for i, column in enumerate(_SHARE_COLUMNS):
        counts[:, column] = count((bits >> i) & 1)
    counts[:, _LETTERS_OR_NUMBERS] = count((bits >> _LETTER_OR_NUMBER) & 1)
    # Each stripped line's last character (an empty line's index is masked out by its length).
    counts[:, _ENDS] = (lengths > 0) & ((bits[starts + lengths - 1] >> _ENDS_SENTENCE) & 1 == 1)
    # And its first (an empty line's is the "\n" after it): "numbered" needs a numeral there.
    first = points[starts]
    numeral = ((_trigger_bits(first) >> _DIGIT) & 1 == 1) | np.isin(first, _CHINESE_NUMERALS)
    counts[:, _STARTS_NUMERAL] = numeral
    points, starts = _code_points(lines)
    trigger_bits = _trigger_bits(points)
    counts[:, _TRIGGERED] = np.bitwise_or.reduceat(trigger_bits, starts)
    counts[:, _DIGITS] = np.add.reduceat((trigger_bits >> _DIGIT) & 1, starts, dtype=np.int64)
    return counts


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral_tables(lines: Sequence[str]) -> tuple[bytes, bytes, bytes]:
    """The code points above U+FFFF that ``lines`` hold, ascending, and their share and trigger
    bits: the short tables ``_layout`` looks such a code point up in (a table of all 1.1 million
    code points would take 0.5 s to build)."""
    chars = "".join(sorted({match.group() for line in lines for match in _ASTRAL.finditer(line)}))
    points = np.array([ord(c) for c in chars], dtype=np.uint32)
    share = _character_bits(chars, _TABLE_CLASSES, _SHARE_PREDICATES)
    return points.tobytes(), share.tobytes(), _character_bits(chars, _TRIGGER_CLASSES).tobytes()


def _character_counts(lines: Sequence[str]) -> np.ndarray:
    """Per line, the character counts the layout features are made of (the columns named above):
    in one pass in C where the install built ``_layout``, else in numpy. The same values either
    way (``tests/test_features_speed.py``).

    The C module reads a code point above U+FFFF (0.07% of the real lines hold one) from the tables
    of :func:`_astral_tables`: the lines it flags for want of them are counted again with the
    tables of their own code points, so that none is ever counted by the numpy code, which holds
    about 25 bytes a character."""
    if _layout is None:
        return _character_counts_numpy(lines)
    share, trigger = _bmp_tables()
    width = _DIGITS + 2  # the C rows end with the flag of an unknown code point above U+FFFF

    def count(lines: Sequence[str], *astral_tables: bytes) -> np.ndarray:
        bit_numbers = (len(_SHARE_CLASSES), _ENDS_SENTENCE, _LETTER_OR_NUMBER, _SPACE, _DIGIT)
        raw = _layout.character_counts(lines, share, trigger, *bit_numbers, _NUMERALS, *astral_tables)
        return np.frombuffer(raw, dtype=np.int64).reshape(len(lines), width)

    counts = count(lines)
    flagged = np.flatnonzero(counts[:, -1]).tolist()
    if flagged:
        again = [lines[i] for i in flagged]
        counts = counts.copy()
        counts[flagged] = count(again, *_astral_tables(again))
    return counts[:, :-1]


def layout_features(lines: Sequence[str]) -> np.ndarray:
    """Matrix of shape ``(len(lines), len(LAYOUT_FEATURE_NAMES))``, row ``i`` equal to
    ``_line_layout(lines[i])``.

    The character counts come from a table of character classes over the code points of all lines
    at once (the sentence-end flag too; :func:`_character_counts`), and a flag's pattern searches
    only the lines holding one of its trigger characters (and enough digits, for the digit
    patterns), instead of 21 regex calls per line.

    >>> float(layout_features(["浙ICP备12345678号-2"])[0, LAYOUT_FEATURE_NAMES.index("has_icp")])
    1.0
    """
    n = len(lines)
    if not n:
        return np.zeros((0, len(LAYOUT_FEATURE_NAMES)))
    counts = _character_counts(lines)
    lengths = counts[:, _LENGTH]
    columns: list = [
        [math.log1p(k) / 5.0 for k in lengths.tolist()],
        [math.log1p(k) / 3.0 for k in counts[:, _TOKENS].tolist()],
    ]
    columns.extend(counts[:, column] / np.maximum(lengths, 1) for column in _SHARE_COLUMNS)
    ends_sentence = counts[:, _ENDS] == 1
    starts_numeral = counts[:, _STARTS_NUMERAL] == 1
    triggered = counts[:, _TRIGGERED]
    digits = counts[:, _DIGITS]
    for bit, name in enumerate(_TRIGGERS):
        if name == "sentence_end":
            columns.append(ends_sentence)
            continue
        found = np.zeros(n, dtype=bool)
        search = _SEARCHED[name].search
        candidates = (triggered & (1 << bit)) != 0
        if name in _MIN_DIGITS:
            candidates &= digits >= _MIN_DIGITS[name]
        if name == "numbered":
            candidates &= starts_numeral
        if name == "date":  # \d{4}\s*[-年/.]\s*\d{1,2} needs five digits, \d{1,2}月\d{1,2}日 two
            month_and_day = (triggered >> _MONTH) & (triggered >> _DAY) & 1 == 1
            candidates = (candidates & (digits >= 5)) | (month_and_day & (digits >= 2))
        for i in np.flatnonzero(candidates).tolist():
            found[i] = search(lines[i]) is not None
        columns.append(found)
    columns.append(lengths <= 4)
    columns.append((lengths > 0) & (counts[:, _LETTERS_OR_NUMBERS] == 0))
    return np.column_stack(columns).astype(np.float64)
