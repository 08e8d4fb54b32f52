import json

import numpy as np
import pytest

from classifier import LABELS, ModelError, classify_lines, clean, load_model
from classifier.model.persist import save_model

from .conftest import tiny_pages


def test_predict_proba_rows_for_every_line_and_zero_rows_for_blank(tiny_model):
    page = ["首页 > 新闻 > 国内", "", "记者从市教育局获悉，新学期全市将新增学位。"]
    (probs,) = tiny_model.predict_proba([page])
    assert probs.shape == (3, len(LABELS))
    np.testing.assert_allclose(probs[[0, 2]].sum(axis=1), 1.0)
    assert not probs[1].any()


def test_tiny_model_separates_the_classes_on_unseen_pages(tiny_model):
    pages, labels = tiny_pages(n_pages=10, seed=99)
    predicted = tiny_model.predict(pages)
    flat_gold = [y for page in labels for y in page]
    flat_pred = [y for page in predicted for y in page]
    accuracy = np.mean([g == p for g, p in zip(flat_gold, flat_pred)])
    assert accuracy > 0.9


def test_stage_one_alone_is_a_working_model():
    from classifier.features import LineFeaturizer
    from classifier.model import LineClassifier

    pages, labels = tiny_pages(n_pages=20)
    model = LineClassifier(context=False, featurizer=LineFeaturizer(char_buckets=2**12, word_buckets=2**10))
    model.fit(pages, labels)
    assert not hasattr(model, "context_model_")
    assert model.predict([["版权所有 © 2024 某某网"]]) == [["copyright"]]


def test_api_labels_and_cleans_with_a_given_model(tiny_model):
    lines = ["首页 > 新闻 > 国内", "会议强调，要坚持以人民为中心。", "", "专家表示，科技创新是关键。", "京ICP备12345678号"]
    labels = classify_lines(lines, model=tiny_model)
    assert len(labels) == len(lines) and labels[2] is None
    cleaned = clean("\n".join(lines), model=tiny_model)
    assert cleaned == "会议强调，要坚持以人民为中心。\n\n专家表示，科技创新是关键。"


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


def test_loading_under_another_scikit_learn_version_warns(tiny_model, tmp_path):
    path = tmp_path / "m.joblib"
    save_model(tiny_model, path, {"name": "t"})
    card = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    card["sklearn_version"] = "0.0.1"  # the card is not hashed: only the model file is
    path.with_suffix(".json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.warns(UserWarning, match="saved with scikit-learn 0.0.1"):
        assert load_model(path) is not None


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
