import numpy as np

from classifier.context import context_features, n_context_features
from classifier.decide import decide_labels, join_kept, keep_mask


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
