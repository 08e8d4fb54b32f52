import re
from collections import Counter

import numpy as np
import pytest

from classifier.api import classify_pages
from classifier.context import (
    NEIGHBOUR_OFFSETS,
    WINDOWS,
    context_features,
    context_matrix,
    n_context_features,
    spam_echo,
)
from classifier.decide import PAGE_THRESHOLD_MAX, decide_labels, join_kept, keep_mask, page_threshold


def test_context_matrix_shape_and_neighbours():
    probs = np.eye(4)[[0, 1, 2, 3, 0]]
    matrix = context_features(probs, ["a", "b", "c", "d", "a"], [0, 0, 1, 0, 0])
    assert matrix.shape == (5, n_context_features(4))
    # the line after line 0 is line 1: its probabilities are copied into line 0's "+1" slot
    plus_one = 4 + 3 * 5  # own probs, then (probs, present) for offsets -3, -2, -1
    np.testing.assert_allclose(matrix[0, plus_one : plus_one + 4], probs[1])
    assert matrix[0, plus_one + 4] == 1.0


def test_context_of_an_empty_page():
    assert context_features(np.zeros((0, 4)), [], []).shape == (0, n_context_features(4))


def test_decide_uses_threshold_for_body_and_none_for_blank():
    probs = np.array([[0.4, 0.0, 0.6, 0.0], [0.0, 0.0, 0.0, 0.0], [0.1, 0.9, 0.0, 0.0]])
    lines = ["正文", "  ", "版权所有"]
    assert decide_labels(probs, lines) == ["navigation", None, "copyright"]
    assert decide_labels(probs, lines, threshold=0.35) == ["body", None, "copyright"]


def test_join_kept_keeps_paragraph_breaks_and_is_a_subsequence():
    lines = ["菜单", "第一段", "", "广告", "第二段", "", "", "版权"]
    labels = ["navigation", "body", None, "navigation", "body", None, None, "copyright"]
    kept = keep_mask(labels)
    assert join_kept(lines, labels, kept) == ["第一段", "", "第二段"]
    assert join_kept(lines, labels, [False] * len(lines)) == []


def _one_page_reference(probs: np.ndarray, texts: list[str], gaps_before: list[int]) -> np.ndarray:
    """The context features of one page written out plainly, one page at a time: the definition
    the batched :func:`context_matrix` must reproduce bit for bit."""
    n, k = probs.shape
    padded = np.vstack([np.zeros((3, k)), probs, np.zeros((3, k))])
    present = np.concatenate([np.zeros(3), np.ones(n), np.zeros(3)])
    columns = [probs]
    for offset in NEIGHBOUR_OFFSETS:
        columns += [padded[3 + offset : 3 + offset + n], present[3 + offset : 3 + offset + n, None]]
    cumulative = np.vstack([np.zeros((1, k)), np.cumsum(probs, axis=0)])
    for half_width in WINDOWS:
        low = np.clip(np.arange(n) - half_width, 0, n)
        high = np.clip(np.arange(n) + half_width + 1, 0, n)
        columns.append((cumulative[high] - cumulative[low] - probs) / (high - low - 1).clip(min=1)[:, None])
    columns.append(np.repeat(probs.mean(axis=0, keepdims=True), n, axis=0))
    body = probs[:, 0]
    total_body = body.sum() + 1e-9
    body_before = (np.cumsum(body) - body) / total_body
    gaps = np.asarray(gaps_before, dtype=np.float64)
    repeats = Counter(texts)
    scalars = [
        body_before,
        1.0 - body_before - body / total_body,
        np.arange(n) / max(n - 1, 1),
        np.full(n, np.log1p(n) / 6.0),
        np.log1p([len(t.strip()) for t in texts]) / 5.0,
        np.log1p([repeats[t] - 1 for t in texts]),
        np.minimum(gaps, 3) / 3.0,
        np.minimum(np.append(gaps[1:], 0.0), 3) / 3.0,
        _spam_echo_reference(probs, texts),
    ]
    return np.hstack([*columns, np.column_stack(scalars)])


def _spam_echo_reference(probs: np.ndarray, texts: list[str]) -> np.ndarray:
    """:func:`spam_echo` by its definition: every line's four-character Chinese runs against those
    of every short line with P(spam) >= 0.2."""
    def grams(text):
        return {run[i : i + 4] for run in re.findall(r"[\u3400-\u9fff]{4,}", text) for i in range(len(run) - 3)}

    echo = np.zeros(len(texts))
    for j, source in enumerate(texts):
        if probs[j, 3] < 0.2 or len(source.strip()) > 40:
            continue
        for i, text in enumerate(texts):
            if i != j and grams(text) & grams(source):
                echo[i] = max(echo[i], probs[j, 3])
    return echo


def test_spam_echo_is_its_definition():
    rng = np.random.default_rng(3)
    runs = ["有信心打赢", "我们有信心", "更多关于", "打赢这一仗", "的文章", "首页新闻"]
    for _ in range(50):
        texts = ["".join(rng.choice(runs, size=int(rng.integers(1, 4)))) + str(rng.choice(["", " ", "。", "a"]))
                 for _ in range(int(rng.integers(1, 15)))]
        texts += ["长" * 30 + texts[0]]  # a line too long to be a source
        probs = rng.dirichlet(np.ones(4) * 0.3, size=len(texts))
        assert np.array_equal(spam_echo(probs, texts), _spam_echo_reference(probs, texts))


def _random_pages(rng: np.random.Generator, n_pages: int) -> list[tuple[np.ndarray, list[str], list[int]]]:
    vocabulary = ["首页", "版权所有 2024", "更多关于 有信心打赢 的文章", "甲说我们有信心打赢这一仗。", " 1. ", "微信"]
    pages = []
    for _ in range(n_pages):
        n = int(rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 40]))  # every size summed at once, and past it
        probs = rng.dirichlet(np.ones(4) * 0.3, size=n)
        texts = [str(rng.choice(vocabulary)) for _ in range(n)]
        gaps = rng.integers(0, 5, size=n).tolist()
        pages.append((probs, texts, gaps))
    return pages


def test_batched_context_matrix_is_the_one_page_definition_bit_for_bit():
    rng = np.random.default_rng(7)
    for _ in range(20):
        pages = _random_pages(rng, int(rng.integers(1, 12)))
        batch = context_matrix(
            np.vstack([p for p, _, _ in pages]),
            [t for _, texts, _ in pages for t in texts],
            [g for _, _, gaps in pages for g in gaps],
            [len(texts) for _, texts, _ in pages],
        )
        expected = [_one_page_reference(*page) for page in pages if len(page[1])]
        assert batch.shape == (sum(len(t) for _, t, _ in pages), n_context_features(4))
        if expected:
            # Same bits, not merely close: a page's probabilities must not depend on its batch.
            assert np.array_equal(batch, np.vstack(expected))


def test_page_threshold_is_lower_on_pages_that_are_mostly_chrome():
    probs = np.array([[0.9, 0, 0.1, 0], [0.2, 0, 0.8, 0], [0, 0, 0, 0]])
    chrome = page_threshold(probs, ["正文", "菜单 | 首页 | 新闻" * 10, ""])
    article = page_threshold(probs, ["正文" * 100, "菜单", ""])
    assert 0.125 <= chrome < 0.3 and article == PAGE_THRESHOLD_MAX
    # expected article characters (0.9 * 2 + 0.2 * 120) over all (122): the estimate, moved from 0.5
    assert chrome == pytest.approx(0.75 * (0.9 * 2 + 0.2 * 120) / 122 + 0.125)
    assert page_threshold(np.zeros((0, 4)), []) == PAGE_THRESHOLD_MAX
    # Amid confident chrome, a doubtful line (P(body) = 0.3) is body by the page's own threshold,
    # not by the most probable label.
    doubtful = np.array([[0.9, 0, 0.1, 0], [0.05, 0, 0.95, 0], [0.3, 0, 0.7, 0], [0, 0, 0, 0]])
    lines = ["正文", "菜单 | 首页 | 新闻" * 10, "可能是正文的一句话", ""]
    assert page_threshold(doubtful, lines) < 0.3
    assert decide_labels(doubtful, lines, "page") == ["body", "navigation", "body", None]
    assert decide_labels(doubtful, lines) == ["body", "navigation", "navigation", None]
    with pytest.raises(ValueError, match="threshold"):
        decide_labels(doubtful, lines, "0.3")


class ByTextModel:
    """P(body) fixed per line text, whatever the page around it: only the decisions are under test."""

    def __init__(self, p_body: dict[str, float]):
        self.p_body = p_body

    def predict_proba(self, pages):
        return [np.array([[self.p_body[t], 0, 1 - self.p_body[t], 0] if t.strip() else [0, 0, 0, 0] for t in page])
                for page in pages]


def test_a_pages_own_threshold_is_kept_through_the_fixed_point_passes():
    # Mostly chrome, so the page's threshold is low and the doubtful line (P = 0.3) is kept. Once the
    # chrome is gone the cleaned page alone would get 0.5; the passes must keep the first threshold.
    page = ["首页 | 新闻 | 体育 | 财经 | 科技 | 汽车 | 房产" * 6, "一段可能是正文的话", "正文第一段，写得很长的一句话。"]
    model = ByTextModel({page[0]: 0.02, page[1]: 0.3, page[2]: 0.95})
    labelled = classify_pages([page], model=model, threshold="page")[0]
    assert labelled.labels == ["navigation", "body", "body"]
    assert classify_pages([page], model=model)[0].labels == ["navigation", "navigation", "body"]
