"""The fast feature code computes exactly what the straightforward definitions compute.

The references here are the plain versions the fast code replaced: scikit-learn's
``HashingVectorizer`` with its char analyzer and with ``tokenize_words`` as analyzer, and
``_line_layout`` called line by line. Timings live in ``bench/``, never in tests.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import unicodedata

import numpy as np
import pytest
import rjieba
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.utils import murmurhash3_32

from classifier import normalize
from classifier.features import LineFeaturizer, layout, layout_features, line_features, tokenize_words
from classifier.features.layout import _line_layout
from classifier.features.line_features import (
    char_ngram_counts,
    char_ngram_counts_numpy,
    murmur3_buckets,
    word_counts,
    word_counts_numpy,
)
from classifier.features.tokenize import tokenize_many
from classifier.lines import is_blank, without_surrogates_all
from classifier.model import line_model
from classifier.model.line_model import _FlatPages
from classifier.normalize import MAX_FEATURE_CHARS, normalize_for_features
from tests.fixtures.helpers import REPO, cli_env, python_output

VARIED_LINES = [
    "今年以来，全市经济运行总体平稳，主要指标保持增长。",
    "首页 > 新闻 > 国内",
    "版权所有 © 2024 某某网  京ICP备12345678号-2  京公网安备 11010502030143号",
    "Copyright (C) 2008-2024 www.Example.COM All Rights Reserved",
    "联系我们：service@example.com 电话：010-12345678 手机 13912345678",
    "400-810-1234 | 关于我们 | 广告服务 | 联系方式",
    "  　　记者从市教育局获悉，新学期全市将新增学位两万个。",
    "1. 第一条",
    "三、 工作要求",
    "2022年3月20日 15:53:27  来源：人民日报",
    '<span id="a8k2x"></span>{title}[img]x.jpg[/img]',
    "020020030100000000000000011100001211615065",
    "正文\x07内容\x1b[0m",
    "\u200b\ufeff\u00ad隐形字符",
    "\ue60a\ue61b 图标",
    "乱码\ufffd\ufffd",
    "😀👍🏻 表情 𠀀𠀁 扩展B",  # astral characters
    "e\u0301 combining, ﬁ ligature, ① circled, ＩＣＰ full width",
    "İstanbul ΣΑΣ ſ \u212a Kelvin",  # case folding oddities
    "٣٤٥٦ ۱۲۳۴٥٦٧٨٩٠١٢ 𝟎𝟏𝟐𝟑",  # non-ASCII decimal digits, astral ones too
    # At and just below the digit counts that phone, date and long-digit searches need.
    "3月5日", "２０２４年３月", "2024-3", "010-1234567", "010-123456", "١٣٩١٢٣٤٥٦٧٨ ٢٠٢٤/٣",
    "123456789012", "12345678901", "1 2 3 4 5 6 7 8 9 0 1 2",
    # The date pattern's two alternatives: five digits and a separator, or 月 and 日 after digits.
    "2024年", "1234.5", "12月", "1日2月", "３月５日", "发布于 5月12日",
    # Numbered items after white space of every kind, with numerals of every kind, and lines
    # that hold the item's punctuation but start otherwise.
    "\u3000\u2003十、结语", "\x1c3) 第三", "１．全角", "٣) عربي", "𝟑. astral", "(1) 括号", "第1. 条", "a 1.",
    # Sentence ends before trailing white space of every kind, and not at the end.
    "x。\nb", "好。\u3000 ", "好。\x1c", "好\u2028。", " 」 ", "好。\u200b", "😀。", "。😀",
    "مرحبا بالعالم עברית",
    "한국어 텍스트 ひらがな カタカナ",
    "a|b|c 竖线|分隔",
    "tab\tseparated\tfields",
    "carriage\rreturn",
    "。",
    "»",
    "· · ·",
    "",
    " \u3000 ",
    "x" * 300 + "。",
    "长" * 500,
    "a\nb",  # split_lines never makes it, but the API accepts any string
    "http://example.cn/a.html?x=1",
    "微信  微博  QQ空间",
]

# Random lines drawn from the kinds of characters crawled pages hold (no lone surrogates: the
# segmenter refuses them whatever the implementation).
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("，。！？、：；“”（）《》【】|>/·　 \t\u00a0\u200b\ufeff\ufffd\ue000①ＡＢ１２")),
    st.characters(exclude_categories=("Cs",)),
)
_LINES = st.lists(st.text(_ALPHABET, max_size=60), min_size=1, max_size=12)


def reference_char_counts(normalized: list[str], n_buckets: int) -> sp.csr_matrix:
    return HashingVectorizer(
        analyzer="char", ngram_range=(1, 3), n_features=n_buckets, alternate_sign=False, norm=None,
        lowercase=False,
    ).transform(normalized)


def reference_word_counts(normalized: list[str], n_buckets: int) -> sp.csr_matrix:
    return HashingVectorizer(
        analyzer=tokenize_words, n_features=n_buckets, alternate_sign=False, norm=None, lowercase=False
    ).transform(normalized)


def reference_transform(featurizer: LineFeaturizer, lines: list[str]) -> sp.csr_matrix:
    normalized = [normalize_for_features(line) for line in lines]
    counts = [reference_char_counts(normalized, featurizer.char_buckets)]
    if featurizer.use_words:
        counts.append(reference_word_counts(normalized, featurizer.word_buckets))
    blocks = [tfidf_with(idf).transform(c) for idf, c in zip(featurizer.idf_, counts)]
    if featurizer.use_layout:
        layout = np.array([_line_layout(line) for line in lines], dtype=np.float64).reshape(len(lines), -1)
        blocks.append(sp.csr_matrix(layout * featurizer.layout_weight))
    return sp.hstack(blocks, format="csr", dtype=np.float64)


def tfidf_with(idf: np.ndarray) -> TfidfTransformer:
    """scikit-learn's transformer with the given IDF weights (what the fast path replaced)."""
    transformer = TfidfTransformer(sublinear_tf=True)
    transformer.idf_ = idf
    transformer.n_features_in_ = len(idf)
    return transformer


def assert_same_matrix(fast: sp.csr_matrix, reference: sp.csr_matrix) -> None:
    """Same shape, same stored entries in the same order, bit for bit."""
    assert fast.shape == reference.shape
    assert np.array_equal(fast.indptr, reference.indptr)
    assert np.array_equal(fast.indices, reference.indices)
    assert np.array_equal(fast.data, reference.data)


#: (char n-gram counts, word counts) of each implementation: the numpy code always, the C module
#: when the install built it (``.ci/run`` checks that it did).
IMPLEMENTATIONS = {"numpy": (char_ngram_counts_numpy, word_counts_numpy)}
if line_features._hashed_counts is not None:
    IMPLEMENTATIONS["compiled"] = (char_ngram_counts, word_counts)
needs_compiled = pytest.mark.skipif(line_features._hashed_counts is None, reason="C module not built")


def test_murmur3_buckets_match_sklearn_for_every_length():
    rng = np.random.default_rng(0)
    pieces = [bytes(rng.integers(0, 256, size).tolist()) for size in range(0, 41) for _ in range(5)]
    buf = b"".join(pieces)
    ends = np.cumsum([len(p) for p in pieces])
    starts = ends - [len(p) for p in pieces]
    expected = [abs(murmurhash3_32(p, positive=False)) % 2**18 for p in pieces]
    assert murmur3_buckets(buf, starts, ends, 2**18).tolist() == expected


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS)
def test_char_and_word_counts_match_sklearn_on_varied_lines(implementation):
    char_counts, words = IMPLEMENTATIONS[implementation]
    normalized = [normalize_for_features(line) for line in VARIED_LINES]
    assert_same_matrix(char_counts(normalized, (1, 3), 2**18), reference_char_counts(normalized, 2**18))
    assert_same_matrix(words(normalized, 2**17), reference_word_counts(normalized, 2**17))


@needs_compiled
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 3), (2, 5)])
@pytest.mark.parametrize("n_buckets", [1, 3, 2**14, 1_000_003, 2**31])
def test_compiled_counts_are_the_numpy_counts_for_any_size(ngram_range, n_buckets):
    normalized = [normalize_for_features(line) for line in VARIED_LINES]
    assert_same_matrix(
        char_ngram_counts(normalized, ngram_range, n_buckets), char_ngram_counts_numpy(normalized, ngram_range, n_buckets)
    )
    assert_same_matrix(word_counts(normalized, n_buckets), word_counts_numpy(normalized, n_buckets))


@needs_compiled
@pytest.mark.parametrize("n_buckets", [1, 300, 2**14, 2**18, 1_000_003])
def test_compiled_rows_of_every_size_sort_like_numpy(n_buckets):
    # The C module sorts a row's buckets three ways by their count (insertion, binned, radix) and
    # falls back from binned to radix when one bin is crowded; every way must give numpy's row.
    rng = np.random.default_rng(7)
    cjk = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    lines = [
        "".join(rng.choice(cjk, size)) for size in (1, 2, 3, 4, 12, 40, 300, 1365, 1366, 1367, 2000)
    ] + ["长" * 40, "长" * 3000, "首页 | 新闻 " * 200, "ab" * 700 + "".join(rng.choice(cjk, 30))]
    normalized = [normalize_for_features(line) for line in lines]
    assert_same_matrix(
        char_ngram_counts(normalized, (1, 3), n_buckets), char_ngram_counts_numpy(normalized, (1, 3), n_buckets)
    )
    assert_same_matrix(word_counts(normalized, n_buckets), word_counts_numpy(normalized, n_buckets))


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS)
def test_a_hash_of_int32_min_goes_where_sklearn_puts_it(implementation):
    # "54@cCBb<" hashes to exactly -2**31, whose absolute value no int32 holds.
    text = "54@cCBb<"
    assert murmurhash3_32(text, positive=False) == -(2**31)
    char_counts, _ = IMPLEMENTATIONS[implementation]
    for n_buckets in (3, 2**18, 1_000_003, 2**31):
        assert char_counts([text], (8, 8), n_buckets).indices.tolist() == [2**31 % n_buckets]


@needs_compiled
def test_compiled_counts_refuse_what_they_cannot_hash():
    hashed = line_features._hashed_counts
    with pytest.raises(ValueError, match="surrogate"):
        hashed.char_ngrams(["ok", "bad \ud800"], 1, 3, 2**10)
    with pytest.raises(TypeError):
        hashed.char_ngrams(["ok", b"bytes"], 1, 3, 2**10)
    with pytest.raises(ValueError, match="n_buckets"):
        hashed.char_ngrams(["ok"], 1, 3, 0)
    with pytest.raises(ValueError, match="non-decreasing"):
        hashed.words(["a", "b"], np.array([1, 0]), 2, 2**10)
    with pytest.raises(ValueError, match="one per word"):
        hashed.words(["a", "b"], np.array([0]), 2, 2**10)


@needs_compiled
def test_compiled_words_of_tokens_cut_rows_at_newline_tokens_and_drop_white_space():
    hashed = line_features._hashed_counts
    tokens = ["版权", "\u3000", "所有", "\n", " ", "\t\u00a0", "\n", "首页", " ", "新闻"]
    expected = hashed.words(["版权", "所有", "首页", "新闻"], np.array([0, 0, 2, 2]), 3, 2**10)
    assert hashed.words_of_tokens(tokens, 3, 2**10) == expected
    # Separators missing, or more of them than line breaks: the caller segments line by line.
    assert hashed.words_of_tokens(tokens, 4, 2**10) is None
    assert hashed.words_of_tokens(tokens, 2, 2**10) is None
    assert hashed.words_of_tokens([], 1, 2**10) == hashed.words([], np.zeros(0, dtype=np.int64), 1, 2**10)
    with pytest.raises(TypeError):
        hashed.words_of_tokens(["a", b"b"], 1, 2**10)


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS)
def test_word_counts_of_a_line_holding_a_newline_are_its_own_words(implementation):
    _, words = IMPLEMENTATIONS[implementation]
    normalized = ["版权\n所有", "首页"]
    assert_same_matrix(words(normalized, 2**17), reference_word_counts(normalized, 2**17))


def test_layout_matches_the_per_line_definition_on_varied_lines():
    expected = np.array([_line_layout(line) for line in VARIED_LINES])
    assert np.array_equal(layout_features(VARIED_LINES), expected)


def test_the_share_tables_letter_or_number_test_is_the_unicode_categories_everywhere():
    """layout._SHARE_PREDICATES builds symbols_only's bit with str.isalnum, the per-line
    definition (_line_layout) with unicodedata's L* and N* categories: the two must agree on every
    code point of this Python's Unicode."""
    disagree = [p for p in range(sys.maxunicode + 1) if chr(p).isalnum() != (unicodedata.category(chr(p))[0] in "LN")]
    assert disagree == []


def test_layout_of_one_line_at_a_time_is_the_same():
    batch = layout_features(VARIED_LINES)
    for i, line in enumerate(VARIED_LINES):
        assert np.array_equal(layout_features([line])[0], batch[i])


def test_batched_segmentation_equals_one_call_per_line():
    normalized = [normalize_for_features(line) for line in VARIED_LINES]
    words, rows = tokenize_many(normalized)
    per_line = [w for text in normalized for w in rjieba_words(text)]
    assert words == per_line
    assert rows.tolist() == [i for i, text in enumerate(normalized) for _ in rjieba_words(text)]


def rjieba_words(text: str) -> list[str]:
    return [w for w in rjieba.cut(text) if not w.isspace()]


def test_batched_segmentation_falls_back_to_one_call_per_line_when_a_line_holds_a_newline():
    words, rows = tokenize_many(["版权\n所有", "首页"])
    assert words == ["版权", "所有", "首页"]
    assert rows.tolist() == [0, 0, 1]


@pytest.mark.parametrize("use_words,use_layout", [(True, True), (False, True), (True, False)])
def test_featurizer_transform_matches_the_reference(use_words, use_layout):
    featurizer = LineFeaturizer(char_buckets=2**14, word_buckets=2**12, use_words=use_words, use_layout=use_layout)
    featurizer.fit(VARIED_LINES[:20])
    assert_same_matrix(featurizer.transform(VARIED_LINES), reference_transform(featurizer, VARIED_LINES))


def test_fit_learns_the_reference_idf():
    fitted = LineFeaturizer(char_buckets=2**14, word_buckets=2**12).fit(VARIED_LINES)
    normalized = [normalize_for_features(line) for line in VARIED_LINES]
    expected = TfidfTransformer(sublinear_tf=True).fit(reference_char_counts(normalized, 2**14))
    assert np.array_equal(fitted.idf_[0], expected.idf_)


@settings(max_examples=150, deadline=None)
@given(_LINES)
def test_random_lines_give_the_reference_features(lines):
    normalized = [normalize_for_features(line) for line in lines]
    char_reference, word_reference = reference_char_counts(normalized, 2**16), reference_word_counts(normalized, 2**14)
    for char_counts, words in IMPLEMENTATIONS.values():
        assert_same_matrix(char_counts(normalized, (1, 3), 2**16), char_reference)
        assert_same_matrix(words(normalized, 2**14), word_reference)
    assert np.array_equal(layout_features(lines), np.array([_line_layout(line) for line in lines]))


needs_compiled_layout = pytest.mark.skipif(layout._layout is None, reason="C module not built")


@needs_compiled_layout
@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.one_of(_ALPHABET, st.sampled_from(list("一十三 \u3000😀𠀀\ud800"))), max_size=40), max_size=12))
def test_compiled_character_counts_are_the_numpy_counts(lines):
    """Lone surrogates, code points above U+FFFF (looked up in the tables of their own), white space only and
    empty lines included."""
    assert np.array_equal(layout._character_counts(lines), layout._character_counts_numpy(lines))


@needs_compiled_layout
def test_compiled_layout_counts_lines_above_u_ffff_without_numpy(monkeypatch):
    """The numpy code holds about 25 bytes a character: a huge line holding an emoji must not go
    there. The C module looks such code points up in the tables of the flagged lines' own."""
    astral = [line for line in VARIED_LINES if any(ord(c) > 0xFFFF for c in line)]
    assert len(astral) >= 3
    expected = np.array([_line_layout(line) for line in VARIED_LINES])

    def refuse(lines):
        raise AssertionError("counted by the numpy code")

    monkeypatch.setattr(layout, "_character_counts_numpy", refuse)
    assert np.array_equal(layout_features(VARIED_LINES), expected)


@needs_compiled_layout
def test_compiled_layout_flags_only_code_points_above_u_ffff_missing_from_its_tables():
    share, trigger = layout._bmp_tables()
    args = ("a😀", "b𠀀"), share, trigger, len(layout._SHARE_CLASSES), layout._ENDS_SENTENCE
    args += layout._LETTER_OR_NUMBER, layout._SPACE, layout._DIGIT, layout._NUMERALS

    def flags(*astral_tables):
        raw = layout._layout.character_counts(*args, *astral_tables)
        return np.frombuffer(raw, dtype=np.int64).reshape(2, -1)[:, -1].tolist()

    assert flags() == [1, 1]
    assert flags(*layout._astral_tables(["😀"])) == [0, 1]
    assert flags(*layout._astral_tables(["😀𠀀"])) == [0, 0]
    points, bits, _ = layout._astral_tables(["😀𠀀"])
    with pytest.raises(ValueError, match="ascending"):
        flags(points[4:] + points[:4], bits, bits)
    with pytest.raises(ValueError, match="as many"):
        flags(points, bits[:4], bits)


@needs_compiled_layout
def test_compiled_character_counts_on_varied_lines():
    lines = [*VARIED_LINES, "", "  ", "😀 表情 ok", "十、附则", "\t１２３４５６７８９０１２"]
    counts = layout._character_counts(lines)
    assert counts.shape == (len(lines), layout._DIGITS + 1)
    assert np.array_equal(counts, layout._character_counts_numpy(lines))


def _flat_pages_reference(pages: list[list[str]]):
    """What ``_FlatPages.from_pages`` holds, page by page as it was first written."""
    texts, positions, gaps = [], [], []
    for page in pages:
        non_blank = [i for i, line in enumerate(page) if not is_blank(line)]
        texts += [page[i] for i in non_blank]
        positions.append(np.asarray(non_blank, dtype=np.int64))
        gaps.append(np.diff(positions[-1], prepend=-1) - 1)
    owners = np.repeat(np.arange(len(pages), dtype=np.int64), [len(p) for p in positions])
    return without_surrogates_all(texts), owners, positions, gaps, [len(page) for page in pages]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["正文", "", " ", "\u3000", "a\ud800", "\t菜单"]), max_size=9), max_size=6))
def test_flattened_pages_are_the_page_by_page_definition(pages):
    flat = _FlatPages.from_pages(pages)
    texts, owners, positions, gaps, lengths = _flat_pages_reference(pages)
    assert flat.texts == texts and flat.page_lengths == lengths
    assert flat.page_sizes == [len(p) for p in positions] and len(flat.positions) == len(pages)
    flat_gaps = np.concatenate([np.zeros(0, dtype=np.int64), *gaps])
    line_at = np.concatenate([np.zeros(0, dtype=np.int64), *(p + sum(lengths[:i]) for i, p in enumerate(positions))])
    for got, expected in ((flat.page_of_line, owners), (flat.gaps, flat_gaps), (flat.line_at, line_at), *zip(flat.positions, positions)):
        assert np.array_equal(got, expected) and got.dtype == expected.dtype


def pages_of(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + 5] for i in range(0, len(lines), 5)]


def test_stage1_cache_changes_no_probability(tiny_model):
    cached, uncached = copy.deepcopy(tiny_model), copy.deepcopy(tiny_model)
    for model in (cached, uncached):  # the shared fixture's cache holds what earlier tests labelled
        model.__dict__.pop("_stage1_cache", None)
    uncached.stage1_cache_size = 0
    pages = pages_of(VARIED_LINES)
    first, again = cached.predict_proba(pages), cached.predict_proba(pages[::-1])[::-1]
    expected = uncached.predict_proba(pages)
    for a, b, c in zip(first, again, expected):
        assert np.array_equal(a, c) and np.array_equal(b, c)
    assert "_stage1_cache" not in uncached.__dict__ or not uncached._stage1_cache


def test_stage1_cache_keeps_only_the_most_recent_lines(tiny_model):
    model = copy.deepcopy(tiny_model)
    model.stage1_cache_size = 4
    model.predict_proba([["一", "二", "三"], ["四", "五", "六"]])
    assert list(model._stage1_cache) == ["三", "四", "五", "六"]
    model.predict_proba([["三", "七"]])  # a hit moves to the recent end
    assert list(model._stage1_cache) == ["五", "六", "三", "七"]


def test_stage1_cache_holds_a_bounded_number_of_characters(tiny_model):
    model = copy.deepcopy(tiny_model)
    model.__dict__.pop("_stage1_cache", None)
    model.stage1_cache_chars = 10
    model.predict_proba([["一二三", "四五六七", "八九十"], ["甲乙丙丁戊"]])
    assert list(model._stage1_cache) == ["八九十", "甲乙丙丁戊"]  # the oldest go until 10 or fewer
    assert model._stage1_cache.chars == 8
    model.stage1_cache_chars = 1 << 30
    long_line = "长" * (MAX_FEATURE_CHARS + 1)  # too long to be worth keeping: never cached
    model.predict_proba([[long_line, "八九十"]])
    assert list(model._stage1_cache) == ["甲乙丙丁戊", "八九十"] and model._stage1_cache.chars == 8


def test_the_text_features_of_a_long_line_are_those_of_its_first_characters():
    featurizer = LineFeaturizer(char_buckets=2**14, word_buckets=2**12).fit(VARIED_LINES[:20])
    line = "今天北京天气晴朗，气温２５度。Hello, World 2024! " * (MAX_FEATURE_CHARS // 10)
    assert normalize.normalize_many([line]) == [normalize_for_features(line[:MAX_FEATURE_CHARS])]
    whole, prefix = featurizer.transform([line]), featurizer.transform([line[:MAX_FEATURE_CHARS]])
    text_columns = featurizer.char_buckets + featurizer.word_buckets
    assert (whole[:, :text_columns] != prefix[:, :text_columns]).nnz == 0
    assert (whole[:, text_columns:] != prefix[:, text_columns:]).nnz > 0  # the layout reads it all


def test_labels_do_not_depend_on_how_new_lines_are_sliced_for_the_featuriser(tiny_model, monkeypatch):
    pages = pages_of(VARIED_LINES)
    whole = copy.deepcopy(tiny_model)
    whole.stage1_cache_size = 0
    expected = whole.predict_proba(pages)
    monkeypatch.setattr(line_model, "SLICE_LINES", 3)
    monkeypatch.setattr(line_model, "SLICE_CHARS", 20)
    sliced = copy.deepcopy(tiny_model)
    sliced.stage1_cache_size = 0
    assert all(np.array_equal(a, b) for a, b in zip(sliced.predict_proba(pages), expected))


def test_zhclean_no_compiled_runs_the_numpy_code_with_the_same_labels(tiny_model_path):
    script = (
        "import json, sys\n"
        "from classifier import normalize\n"
        "from classifier.features import line_features\n"
        "from classifier.model import line_model\n"
        "from classifier.api import classify_lines, load_model\n"
        f"model = load_model({str(tiny_model_path)!r})\n"
        "print(json.dumps([line_features._hashed_counts is None and normalize._normalize is None"
        " and line_model._scores is None,"
        f" classify_lines({VARIED_LINES!r}, model=model)]))\n"
    )

    def run(**env: str) -> list:
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=REPO, env={**cli_env(), **env}, capture_output=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    numpy_only, labels = run(ZHCLEAN_NO_COMPILED="1")
    assert numpy_only
    built = [line_features._hashed_counts, normalize._normalize, line_model._scores]
    assert run() == [all(module is None for module in built), labels]


# -- stage 1's scores in one pass (classifier/model/_scores.c) ------------------------------------

needs_compiled_scores = pytest.mark.skipif(
    line_model._scores is None or line_features._hashed_counts is None, reason="C modules not built"
)


def scaled_rows(data, indices, indptr, width) -> sp.csr_matrix:
    """A block's rows scaled to unit length as ``sublinear_tfidf`` scales them (scipy's products)."""
    squares = sp.csr_matrix((data * data, indices, indptr), shape=(len(indptr) - 1, width))
    norms = np.sqrt(squares @ np.ones(width))
    norms[norms == 0.0] = 1.0
    return sp.csr_matrix((data / np.repeat(norms, np.diff(indptr)), indices, indptr), shape=squares.shape)


def random_blocks(rng, n_rows: int, widths: list[int]) -> list[tuple]:
    """CSR blocks side by side (the first at column 0), some rows empty, columns sorted per row."""
    blocks, offset = [], 0
    for width in widths:
        rows = [np.sort(rng.choice(width, size=rng.integers(0, min(width, 9) + 1), replace=False))
                if rng.random() > 0.2 else np.zeros(0, dtype=np.int64) for _ in range(n_rows)]
        indptr = np.concatenate([[0], np.cumsum([len(r) for r in rows])]).astype(np.int64)
        indices = np.concatenate(rows).astype(np.int32)
        data = rng.lognormal(size=len(indices)) * rng.choice([1.0, 1e-8, 1e8], size=len(indices))
        blocks.append((data, indices, indptr, offset))
        offset += width
    return blocks


@needs_compiled_scores
@pytest.mark.parametrize("n_classes", [1, 4])
@pytest.mark.parametrize("widths", [[], [7], [50, 13]])
def test_compiled_scores_are_scipys_product_of_the_stacked_matrix(n_classes, widths):
    rng = np.random.default_rng(len(widths) * 10 + n_classes)
    n_rows, n_dense = 40, 5
    blocks = random_blocks(rng, n_rows, widths)
    dense = rng.normal(size=(n_rows, n_dense)) * (rng.random((n_rows, n_dense)) < 0.5)  # zeros skipped
    weights = np.ascontiguousarray(rng.normal(size=(n_classes, sum(widths) + n_dense)).T)
    stacked = [scaled_rows(d, i, p, w) for (d, i, p, _), w in zip(blocks, widths)]
    expected = np.asarray(sp.hstack([*stacked, sp.csr_matrix(dense)], format="csr", dtype=np.float64) @ weights)
    scores = line_model._scores.tfidf_scores(blocks, dense, sum(widths), weights, n_rows)
    assert np.array_equal(np.frombuffer(scores, np.float64).reshape(n_rows, n_classes), expected)


@needs_compiled_scores
@pytest.mark.parametrize("widths", [[7], [50, 13]])
def test_compiled_scores_weigh_raw_counts_as_numpy_does(widths):
    """A block given as counts, a table of 1 + log(k) and its IDF scores as the block of
    ``sublinear_weights`` entries does, to the bit (and differently with another IDF)."""
    rng = np.random.default_rng(len(widths))
    n_rows = 40
    blocks = random_blocks(rng, n_rows, widths)
    dense = np.zeros((n_rows, 0))
    weights = np.ascontiguousarray(rng.normal(size=(4, sum(widths))).T)
    counted, weighed = [], []
    for (_, indices, indptr, offset), width in zip(blocks, widths):
        counts = rng.integers(1, 30, size=len(indices)).astype(np.float64)
        idf = rng.uniform(1.0, 9.0, size=width)
        counted.append((counts, indices, indptr, offset, line_features.log_table(30), idf))
        weighed.append((line_features.sublinear_weights(counts, indices, idf), indices, indptr, offset))
    tfidf_scores = line_model._scores.tfidf_scores
    expected = tfidf_scores(weighed, dense, sum(widths), weights, n_rows)
    assert tfidf_scores(counted, dense, sum(widths), weights, n_rows) == expected
    other_idf = [(*block[:5], block[5][::-1].copy()) for block in counted]
    assert tfidf_scores(other_idf, dense, sum(widths), weights, n_rows) != expected


@needs_compiled_scores
def test_compiled_scores_refuse_counts_the_table_does_not_cover():
    tfidf_scores = line_model._scores.tfidf_scores
    weights, dense = np.ones((10, 4)), np.zeros((1, 0))
    indices, indptr, table = np.array([0, 1], dtype=np.int32), np.array([0, 2], dtype=np.int64), line_features.log_table(3)

    def scores(counts, idf_width=10):
        block = (np.array(counts, dtype=np.float64), indices, indptr, 0, table, np.ones(idf_width))
        return tfidf_scores([block], dense, 10, weights, 1)

    assert len(scores([1.0, 3.0])) == 4 * 8
    for bad in ([0.0, 1.0], [1.0, 4.0], [1.5, 1.0], [float("nan"), 1.0], [-1.0, 1.0]):
        with pytest.raises(ValueError, match="whole number"):
            scores(bad)
    with pytest.raises(ValueError, match="idf"):
        scores([1.0, 1.0], idf_width=1)
    with pytest.raises(TypeError, match="idf"):
        tfidf_scores([(np.ones(2), indices, indptr, 0, table)], dense, 10, weights, 1)


@needs_compiled_scores
def test_compiled_stage1_gives_the_plain_paths_probabilities(tiny_model, monkeypatch):
    lines = [line for line in VARIED_LINES if line.strip()]
    fused = tiny_model._stage1_proba(lines)
    monkeypatch.setattr(line_model, "_scores", None)
    assert np.array_equal(fused, tiny_model._stage1_proba(lines))
    assert np.array_equal(fused, tiny_model.line_model_.predict_proba(tiny_model.featurizer_.transform(lines)))


@needs_compiled_scores
def test_compiled_scores_refuse_arrays_that_do_not_fit():
    tfidf_scores = line_model._scores.tfidf_scores
    weights = np.ones((10, 4))
    dense = np.zeros((2, 3))
    good = (np.ones(2), np.array([0, 1], dtype=np.int32), np.array([0, 1, 2], dtype=np.int64), 0)
    assert len(tfidf_scores([good], dense, 7, weights, 2)) == 2 * 4 * 8
    with pytest.raises(TypeError, match="indices"):
        tfidf_scores([(good[0], good[1].astype(np.int64), good[2], 0)], dense, 7, weights, 2)
    with pytest.raises(TypeError, match="float64"):
        tfidf_scores([good], dense.astype(np.float32), 7, weights, 2)
    with pytest.raises(ValueError, match="do not fit"):
        tfidf_scores([(good[0], good[1], np.array([0, 1], dtype=np.int64), 0)], dense, 7, weights, 2)
    with pytest.raises(ValueError, match="decreases"):
        tfidf_scores([(good[0], good[1], np.array([0, 3, 2], dtype=np.int64), 0)], dense, 7, weights, 2)
    with pytest.raises(ValueError, match="outside"):
        tfidf_scores([(*good[:3], 9)], dense, 7, weights, 2)
    with pytest.raises(ValueError, match="dense"):
        tfidf_scores([good], dense, 8, weights, 2)


@needs_compiled_scores
def test_labelling_with_the_compiled_modules_never_imports_scipy(tiny_model_path):
    script = (
        "import json, sys\n"
        "from classifier.api import clean, load_model\n"
        f"clean('首页 > 新闻\\n今天上午，市政府召开新闻发布会。', model=load_model({str(tiny_model_path)!r}))\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn'))))\n"
    )
    assert json.loads(python_output(script)) == []
