
import copy
import warnings
from pathlib import Path

import numpy as np
import pytest

from classifier import LABELS, ModelError, classify_lines, clean, load_model
from classifier.model import persist
from classifier.model.persist import save_model

from .conftest import tiny_pages


def test_predict_proba_rows_for_every_line_and_zero_rows_for_blank(tiny_model):
    page = ["首页 > 新闻 > 国内", "", "记者从市教育局获悉，新学期全市将新增学位。"]
    (probs,) = tiny_model.predict_proba([page])
    assert probs.shape == (3, len(LABELS))
    np.testing.assert_allclose(probs[[0, 2]].sum(axis=1), 1.0)
    assert not probs[1].any()


def accuracy_on_unseen_pages(model) -> float:
    """Share of the lines of 10 tiny pages the model never saw (another seed) labelled right."""
    pages, labels = tiny_pages(n_pages=10, seed=99)
    predicted = model.predict(pages)
    flat_gold = [y for page in labels for y in page]
    flat_pred = [y for page in predicted for y in page]
    return float(np.mean([g == p for g, p in zip(flat_gold, flat_pred)]))


def test_tiny_model_separates_the_classes_on_unseen_pages(tiny_model):
    assert accuracy_on_unseen_pages(tiny_model) > 0.9


def test_stage_one_alone_is_a_working_model():
    from classifier.features import LineFeaturizer
    from classifier.model import LineClassifier

    pages, labels = tiny_pages(n_pages=20)
    model = LineClassifier(context=False, featurizer=LineFeaturizer(char_buckets=2**12, word_buckets=2**10))
    model.fit(pages, labels)
    assert not hasattr(model, "context_model_")
    assert model.predict([["版权所有 © 2024 某某网"]]) == [["copyright"]]


def test_a_model_without_the_word_block_separates_the_classes_and_never_segments(monkeypatch):
    from classifier.features import line_features
    from classifier.gold import GoldPage
    from classifier.train import fit_pages

    pages, labels = tiny_pages(n_pages=30)
    gold = [
        GoldPage(id=str(i), texts=t, labels=y, meta={"source": "generated"})
        for i, (t, y) in enumerate(zip(pages, labels))
    ]
    model = fit_pages(gold, words=False)
    assert len(model.featurizer_.idf_) == 1  # the character block alone

    def no_segmenting(*args):
        raise AssertionError("segmented without a word block")

    for segmenter in ("segment_joined", "tokenize_many", "tokenize_each"):
        monkeypatch.setattr(line_features, segmenter, no_segmenting)
    assert accuracy_on_unseen_pages(model) > 0.9


def test_labelling_with_a_model_without_the_word_block_never_imports_rjieba(tmp_path):
    # Loading rjieba takes 0.1 s per process; a model that never segments should not pay it.

    from tests.fixtures.helpers import python_output

    script = (
        "import sys\n"
        "from classifier.gold import GoldPage\n"
        "from classifier.train import fit_pages\n"
        "from tests.conftest import tiny_pages\n"
        "pages, labels = tiny_pages(n_pages=20)\n"
        "gold = [GoldPage(str(i), t, y, {'source': 'generated'}) for i, (t, y) in enumerate(zip(pages, labels))]\n"
        "fit_pages(gold, words=False).predict(pages)\n"
        "print('rjieba' in sys.modules)\n"
    )
    assert python_output(script) == "False"


def test_api_labels_and_cleans_with_a_given_model(tiny_model):
    lines = ["首页 > 新闻 > 国内", "会议强调，要坚持以人民为中心。", "", "专家表示，科技创新是关键。", "京ICP备12345678号"]
    labels = classify_lines(lines, model=tiny_model)
    assert len(labels) == len(lines) and labels[2] is None
    cleaned = clean("\n".join(lines), model=tiny_model)
    assert cleaned == "会议强调，要坚持以人民为中心。\n\n专家表示，科技创新是关键。"


@pytest.mark.parametrize(
    "call",
    [
        lambda model: classify_lines("首页 > 新闻", model=model),  # a str: its characters would be lines
        lambda model: classify_lines(["首页", None], model=model),
        lambda model: clean(None, model=model),
        lambda model: clean(b"\xe6\xad\xa3", model=model),
    ],
)
def test_api_refuses_what_is_not_text_instead_of_guessing(tiny_model, call):
    with pytest.raises(TypeError):
        call(tiny_model)


def test_saved_model_loads_only_when_its_hash_matches(tiny_model, tmp_path):
    path = tmp_path / "m.joblib"
    card = save_model(tiny_model, path, {"name": "t"})
    assert len(card["sha256"]) == 64
    page = ["首页 > 新闻 > 国内", "专家表示，科技创新是推动高质量发展的关键力量。", "京ICP备12345678号"]
    assert load_model(path).predict([page]) == tiny_model.predict([page])
    with open(path, "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ModelError, match="does not match"):
        load_model(path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelError, match="cannot load"):
        load_model(path, trust=True)


@pytest.mark.parametrize("fail_at", ["dump", "card"])
def test_an_interrupted_save_keeps_the_model_and_card_there_were(tiny_model, tmp_path, monkeypatch, fail_at):
    """save_model writes both files beside their final names and renames them together: a
    Ctrl-C while the model or its card is written leaves the previous pair, loadable, and no
    temporary file."""
    import joblib

    path = tmp_path / "m.joblib"
    save_model(tiny_model, path, {"name": "before"})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    if fail_at == "dump":

        def interrupted_dump(value, target, **kwargs):  # target: a file name or a binary file
            if hasattr(target, "write"):
                target.write(b"half a model")
            else:
                Path(target).write_bytes(b"half a model")
            raise KeyboardInterrupt

        monkeypatch.setattr(joblib, "dump", interrupted_dump)
    else:  # the model's bytes are written, its card not yet

        def interrupted_card(*args, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr(persist.json, "dumps", interrupted_card)
    other = copy.deepcopy(tiny_model)  # another model, so that a half-done save would show
    other.line_model_.intercept_ = other.line_model_.intercept_ + 1.0
    with pytest.raises(KeyboardInterrupt):
        save_model(other, path, {"name": "after"})
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    load_model(path)


def test_a_saved_model_loads_as_a_line_model_with_the_same_probabilities(tiny_model, tmp_path):
    from classifier.model.line_model import LineModel

    path = tmp_path / "m.joblib"
    save_model(tiny_model, path, {"name": "t"})
    loaded = load_model(path)
    assert type(loaded) is LineModel
    pages, _ = tiny_pages(n_pages=5, seed=3)
    for before, after in zip(tiny_model.predict_proba(pages), loaded.predict_proba(pages)):
        assert np.array_equal(before, after)
    assert loaded.get_state()["params"] == tiny_model.get_state()["params"]


@pytest.mark.parametrize("solver", ["sgd", "lbfgs"])
@pytest.mark.parametrize("n_classes", [2, 4])
def test_logistic_weights_predict_what_scikit_learn_predicts(solver, n_classes):
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    from classifier.model.line_classifier import as_logistic

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 6))
    y = (X[:, :2] @ [1.0, -2.0] > 0).astype(int) + (2 * (X[:, 2] > 0.5) if n_classes == 4 else 0)
    fitted = (SGDClassifier(loss="log_loss", random_state=0) if solver == "sgd" else LogisticRegression()).fit(X, y)
    assert len(fitted.classes_) == n_classes
    np.testing.assert_allclose(as_logistic(fitted).predict_proba(X), fitted.predict_proba(X), rtol=0, atol=1e-15)


def test_numpy_logistic_and_softmax_match_scipys():
    from scipy.special import expit, softmax

    from classifier.model import line_model

    x = np.random.default_rng(0).normal(scale=8, size=(100_000, 4))
    assert np.array_equal(line_model.softmax(x), softmax(x, axis=1))
    np.testing.assert_allclose(line_model.expit(x), expit(x), rtol=0, atol=3e-16)  # one unit at most
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warning reaches the user for extreme scores
        assert line_model.expit(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]


def test_a_rows_probabilities_do_not_depend_on_the_rows_around_it():
    from classifier.model.line_model import Logistic

    rng = np.random.default_rng(1)
    X = rng.normal(size=(203, 61))  # the context stage's shape: enough rows for BLAS blocking
    model = Logistic("lbfgs", rng.normal(size=(4, 61)), rng.normal(size=4), np.arange(4))
    whole = model.predict_proba(X)
    assert np.array_equal(model.predict_proba(X[::-1].copy())[::-1], whole)
    assert np.array_equal(model.predict_proba(X[7:50]), whole[7:50])


def test_model_without_card_needs_trust(tiny_model, tmp_path):
    path = tmp_path / "m.joblib"
    save_model(tiny_model, path)
    path.with_suffix(".json").unlink()
    with pytest.raises(ModelError, match="trust-model"):
        load_model(path)
    assert load_model(path, trust=True) is not None


def test_state_round_trip_predicts_exactly_the_same(tiny_model):
    from classifier.model import LineClassifier

    rebuilt = LineClassifier.from_state(tiny_model.get_state())
    pages, _ = tiny_pages(n_pages=5, seed=7)
    for before, after in zip(tiny_model.predict_proba(pages), rebuilt.predict_proba(pages)):
        np.testing.assert_allclose(before, after)


def test_saved_file_holds_only_plain_values(tiny_model, tmp_path):
    import joblib

    path = tmp_path / "m.joblib"
    save_model(tiny_model, path)
    state = joblib.load(path)

    def plain(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool, np.ndarray))

    assert plain(state)


def test_lbfgs_solver_is_a_working_alternative():
    from classifier.features import LineFeaturizer
    from classifier.model import LineClassifier

    pages, labels = tiny_pages(n_pages=20)
    featurizer = LineFeaturizer(char_buckets=2**12, word_buckets=2**10)
    model = LineClassifier(solver="lbfgs", alpha=1e-3, context_folds=3, featurizer=featurizer).fit(pages, labels)
    rebuilt = LineClassifier.from_state(model.get_state())
    np.testing.assert_allclose(rebuilt.predict_proba(pages[:3])[0], model.predict_proba(pages[:3])[0])


def test_cleaned_copy_keeps_only_body_lines_and_paragraph_breaks():
    from classifier.gold import GoldPage
    from classifier.train import cleaned_copy, with_cleaned_copies

    page = GoldPage("p", ["菜单", "第一段", "", "广告", "第二段", "版权"],
                    ["navigation", "body", None, "navigation", "body", "copyright"])
    copy = cleaned_copy(page)
    assert copy.texts == ["第一段", "", "第二段"] and copy.labels == ["body", None, "body"]
    assert len(with_cleaned_copies([page] * 10, share=1.0, seed=0)) == 20
    assert len(with_cleaned_copies([page] * 10, share=0.0, seed=0)) == 10


def test_two_stages_compose_to_predict_proba(tiny_model):
    pages, _ = tiny_pages(n_pages=4, seed=3)
    line_probs = tiny_model.line_proba(pages)
    for direct, composed in zip(tiny_model.predict_proba(pages), tiny_model.context_proba(pages, line_probs)):
        np.testing.assert_allclose(direct, composed)
    both_line, both_context = tiny_model.line_and_context_proba(pages)
    for one, other in zip(both_line, line_probs):
        assert np.array_equal(one, other)
    for one, other in zip(both_context, tiny_model.context_proba(pages, line_probs)):
        assert np.array_equal(one, other)
