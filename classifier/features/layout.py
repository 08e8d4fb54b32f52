"""Layout features of one raw line: what it is made of, not what it says.

They are computed on the raw text (before normalisation) because invisible characters, control
characters, private-use glyphs and leaked markup are themselves the signal (``LABELS.md``: such
lines are machine junk or widgets). Each value is a share in [0, 1], a 0/1 flag, or a log count,
so they sit on the same scale as the L2-normalised TF-IDF blocks.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

_PATTERNS: dict[str, re.Pattern[str]] = {
    "cjk": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "latin": re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]"),
    "digit": re.compile(r"[0-9\uff10-\uff19]"),
    "punct": re.compile(r"[,.;:!?，。；：！？、“”‘’\"'()（）《》【】\[\]「」『』…—\-]"),
    "separator": re.compile(r"[|｜_＿>＞/／·•»›→]"),
    "space": re.compile(r"[ \t\u3000\u00a0]"),
}
_FLAGS: dict[str, re.Pattern[str]] = {
    "sentence_end": re.compile(r"[。！？!?…；”」』）)\]】]\s*$"),
    "url": re.compile(r"https?://|www\.|\.(?:com|cn|net|org|html?)\b", re.IGNORECASE),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "phone": re.compile(r"(?:\d{3,4}[-—－ ]?\d{7,8}|1[3-9]\d{9}|400[-—]?\d{3}[-—]?\d{4})"),
    "icp": re.compile(r"ICP|公网安备|公網安備|备案|備案|许可证|許可證", re.IGNORECASE),
    "copyright_sign": re.compile(r"©|\(c\)|copyright|版权|版權", re.IGNORECASE),
    "invisible": re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]"),
    "control": re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),
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


def layout_features(lines: Sequence[str]) -> np.ndarray:
    """Matrix of shape ``(len(lines), len(LAYOUT_FEATURE_NAMES))``.

    >>> float(layout_features(["浙ICP备12345678号-2"])[0, LAYOUT_FEATURE_NAMES.index("has_icp")])
    1.0
    """
    if not lines:
        return np.zeros((0, len(LAYOUT_FEATURE_NAMES)))
    return np.array([_line_layout(line) for line in lines], dtype=np.float64)
