"""Shared fixtures: a tiny model trained in seconds on hand-written pages, saved with its card.

CLI and pipeline tests use it so they exercise real loading and prediction without depending on
the shipped model's quality.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from classifier.features import LineFeaturizer
from classifier.model import LineClassifier
from classifier.model.persist import save_model

BODY_LINES = [
    "今年以来，全市经济运行总体平稳，主要指标保持增长。",
    "记者从市教育局获悉，新学期全市将新增学位两万个。",
    "专家表示，科技创新是推动高质量发展的关键力量。",
    "据介绍，该项目总投资十亿元，预计明年年底建成投产。",
    "村民们说，这几年村里的路修好了，日子越过越红火。",
    "会议强调，要坚持以人民为中心，切实解决群众急难愁盼问题。",
]
NAVIGATION_LINES = ["首页 > 新闻 > 国内", "分享到", "微信", "责任编辑：王明", "上一篇", "相关阅读", "返回顶部"]
COPYRIGHT_LINES = ["版权所有 © 2024 某某网", "京ICP备12345678号", "未经授权禁止转载", "技术支持：某某科技"]
SPAM_LINES = ["日韩精品无码专区 | 亚洲中文字幕 | 国产精品", "澳门皇冠娱乐开户_太阳城官网_威尼斯人注册"]


def tiny_pages(n_pages: int = 30, seed: int = 0) -> tuple[list[list[str]], list[list[str | None]]]:
    """Pages laid out like real ones: chrome, body, copyright, sometimes spam."""
    rng = random.Random(seed)
    pages, labels = [], []
    for _ in range(n_pages):
        page = [(line, "navigation") for line in rng.sample(NAVIGATION_LINES, 3)]
        page += [(line, "body") for line in rng.sample(BODY_LINES, 3)]
        page += [("", None)]
        page += [(line, "copyright") for line in rng.sample(COPYRIGHT_LINES, 2)]
        if rng.random() < 0.5:
            page.append((rng.choice(SPAM_LINES), "spam"))
        if rng.random() < 0.1:  # already-clean text stays whole (see classifier.train.cleaned_copy)
            page = [(text, label) for text, label in page if label == "body"]
        pages.append([text for text, _ in page])
        labels.append([label for _, label in page])
    return pages, labels


@pytest.fixture(scope="session")
def tiny_model() -> LineClassifier:
    pages, labels = tiny_pages()
    small = LineFeaturizer(char_buckets=2**14, word_buckets=2**12)
    return LineClassifier(context_folds=3, featurizer=small).fit(pages, labels)


@pytest.fixture(scope="session")
def tiny_model_path(tiny_model: LineClassifier, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "tiny.joblib"
    save_model(tiny_model, path, {"name": "tiny-test-model"})
    return path
