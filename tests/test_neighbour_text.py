"""The context stage's neighbour-text block: what it computes, that prediction without scikit-learn
gives what scikit-learn fitted, and that it lets the context stage tell apart what the neighbours'
probabilities alone cannot."""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp

from classifier.context import neighbour_sums, shifted_rows
from classifier.features import LineFeaturizer
from classifier.features.neighbour_text import neighbour_scores, neighbour_vectors
from classifier.model import LineClassifier, line_model
from classifier.model.line_model import LineModel, _FlatPages
from classifier.normalize import normalize_many

from .conftest import tiny_pages

SMALL = {"char_buckets": 2**14, "word_buckets": 2**12}


@pytest.fixture(scope="module", params=[False, True], ids=["neighbours", "neighbours+own"])
def neighbour_model(request) -> LineClassifier:
    pages, labels = tiny_pages()
    return LineClassifier(
        context_folds=3, featurizer=LineFeaturizer(**SMALL), neighbour_text=True, own_text=request.param,
        neighbour_buckets=2**10,
    ).fit(pages, labels)


def test_each_line_gets_the_parts_of_the_lines_before_and_after_it_in_its_own_page():
    # per line: its part in the line after it (first two columns), in the line before it (last two)
    scores = np.array([[1.0, 2.0, 10.0, 20.0], [3.0, 4.0, 30.0, 40.0], [5.0, 6.0, 50.0, 60.0], [7.0, 8.0, 70.0, 80.0]])
    sums = neighbour_sums(scores, [3, 1], 2)
    assert sums.tolist() == [[30.0, 40.0], [1.0 + 50.0, 2.0 + 60.0], [3.0, 4.0], [0.0, 0.0]]
    # a third block: each line's part in its own scores, added to what its neighbours give
    own = np.array([[0.5, 0.25]] * 4)
    with_own = neighbour_sums(np.hstack([scores, own]), [3, 1], 2)
    assert with_own.tolist() == (sums + own).tolist()


def test_shifted_rows_move_within_pages_and_leave_the_ends_empty():
    matrix = sp.csr_matrix(np.arange(1.0, 6.0)[:, None] * np.array([[1.0, 0.0, 2.0]]))
    before = shifted_rows(matrix, [2, 3], -1).toarray()
    after = shifted_rows(matrix, [2, 3], 1).toarray()
    assert before[:, 0].tolist() == [0.0, 1.0, 0.0, 3.0, 4.0]
    assert after[:, 0].tolist() == [2.0, 0.0, 4.0, 5.0, 0.0]


def test_neighbour_vectors_are_unit_length_and_the_compiled_scores_their_product():
    lines = ["相关推荐", "发表于 2023-07-06 23:12", "", "今天天气很好，我们去公园散步。"]
    normalized = normalize_many(lines)
    vectors = neighbour_vectors(normalized, 2**10)
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1))).ravel()
    assert np.allclose(norms[[0, 1, 3]], 1.0) and norms[2] == 0.0
    weights = np.random.default_rng(0).normal(size=(2**10, 8))
    assert np.array_equal(neighbour_scores(normalized, weights), np.asarray(vectors @ weights))


def test_prediction_gives_what_scikit_learn_fitted(neighbour_model):
    from sklearn.linear_model import LogisticRegression

    pages, labels = tiny_pages(n_pages=6, seed=3)
    flat = _FlatPages.from_pages(pages)
    probs = neighbour_model._line_probs(flat.texts)
    design = neighbour_model._with_neighbour_text(flat, neighbour_model._context_matrix(flat, probs))
    fitted = neighbour_model.context_model_
    reference = LogisticRegression()
    reference.classes_ = fitted.classes_
    weights = neighbour_model.neighbour_weights_
    blocks = [weights[:, i : i + 4].T for i in range(0, weights.shape[1], 4)]  # before, after(, own)
    assert len(blocks) == (3 if neighbour_model.own_text else 2)
    reference.coef_ = np.hstack([fitted.coef_, *blocks])
    reference.intercept_ = fitted.intercept_
    expected = reference.predict_proba(design)
    revised = neighbour_model._revised(flat, probs)
    np.testing.assert_allclose(revised[:, fitted.classes_], expected, rtol=0, atol=1e-12)


def test_labels_do_not_depend_on_the_batch_the_cache_or_the_compiled_modules(neighbour_model, monkeypatch):
    pages, _ = tiny_pages(n_pages=8, seed=5)
    together = neighbour_model.predict_proba(pages)
    alone = [neighbour_model.predict_proba([page])[0] for page in pages]
    assert all(np.array_equal(a, b) for a, b in zip(together, alone))
    rebuilt = LineModel.from_state(neighbour_model.get_state())
    rebuilt.stage1_cache_size = 0
    assert all(np.array_equal(a, b) for a, b in zip(together, rebuilt.predict_proba(pages)))
    monkeypatch.setattr(line_model, "_scores", None)
    plain = LineModel.from_state(neighbour_model.get_state())
    assert all(np.array_equal(a, b) for a, b in zip(together, plain.predict_proba(pages)))


def test_a_model_state_of_an_earlier_format_loads(neighbour_model):
    state = neighbour_model.get_state()
    assert state["neighbour_weights"].shape == (2**10, 12 if neighbour_model.own_text else 8)
    if not neighbour_model.own_text:  # format 2 had the two neighbour blocks alone
        second = LineModel.from_state({**state, "format": "zhclean-line-state/2"})
        assert np.array_equal(second.neighbour_weights_, neighbour_model.neighbour_weights_)
    old = {**state, "format": "zhclean-line-state/1"}
    del old["neighbour_weights"]
    assert LineModel.from_state(old).neighbour_weights_ is None
    with pytest.raises(ValueError, match="format"):
        LineModel.from_state({**state, "format": "zhclean-line-state/0"})


def headed_pages(n_pages: int, seed: int) -> tuple[list[list[str]], list[list[str | None]]]:
    """Pages where one and the same line is article text after "以下是正文" and a teaser after
    "相关推荐", both headers navigation: only the header's text tells the two apart."""
    rng = random.Random(seed)
    filler = ["据介绍，该项目总投资十亿元，预计明年年底建成投产。", "会议强调，要切实解决群众急难愁盼问题。"]
    pages, labels = [], []
    for _ in range(n_pages):
        teaser = rng.random() < 0.5
        pages.append(["首页 > 新闻", rng.choice(filler), "相关推荐" if teaser else "以下是正文",
                      "今天天气很好，我们一起去公园散步。", "返回顶部"])
        labels.append(["navigation", "body", "navigation", "navigation" if teaser else "body", "navigation"])
    return pages, labels


@pytest.mark.parametrize("neighbour_text", [True, False])
def test_the_header_above_decides_the_line_only_with_the_neighbour_text(neighbour_text):
    pages, labels = headed_pages(120, seed=1)
    model = LineClassifier(
        context_folds=3, featurizer=LineFeaturizer(**SMALL), neighbour_text=neighbour_text, neighbour_buckets=2**10
    ).fit(pages, labels)
    body_after = {page[2]: model.predict_proba([page])[0][3, 0] for page in headed_pages(20, seed=2)[0]}
    if neighbour_text:
        assert body_after["以下是正文"] > 0.5 > body_after["相关推荐"]
    else:  # both headers look alike to stage 1, so the context stage cannot tell the lines apart
        assert abs(body_after["以下是正文"] - body_after["相关推荐"]) < 0.2


def test_own_text_needs_the_neighbour_text():
    pages, labels = tiny_pages(n_pages=4)
    with pytest.raises(ValueError, match="own_text"):
        LineClassifier(featurizer=LineFeaturizer(**SMALL), own_text=True).fit(pages, labels)
