"""clean_records: streaming, order, copies, labels, options, and bad records."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from classifier import api, run
from classifier.api import clean
from classifier.lines import split_lines
from classifier.model.line_model import LineModel
from classifier.pipeline import LABELS_KEY, cached_model, clean_records, label_counts, label_texts
from classifier.read.base import Page

PAGE = "首页 > 新闻 > 国内\n\n今年以来，全市经济运行总体平稳，主要指标保持增长。\n记者从市教育局获悉，新学期全市将新增学位两万个。\n\n版权所有 © 2024 某某网"
OTHER = "分享到\n微信\n专家表示，科技创新是推动高质量发展的关键力量。\n京ICP备12345678号"


def records(n: int = 5) -> list[dict]:
    return [{"id": i, "text": PAGE if i % 2 else OTHER, "url": f"http://x/{i}"} for i in range(n)]


def test_each_record_comes_back_cleaned_in_order_with_its_other_fields(tiny_model):
    source = records()
    out = list(clean_records(source, model=tiny_model))
    assert [r["id"] for r in out] == [r["id"] for r in source]
    assert [r["url"] for r in out] == [r["url"] for r in source]
    assert [r["text"] for r in out] == [clean(r["text"], model=tiny_model) for r in source]
    assert "科技创新" in out[0]["text"] and "ICP" not in out[0]["text"]


def test_records_are_copied_not_changed(tiny_model):
    source = records(2)
    out = list(clean_records(source, model=tiny_model))
    assert source[1]["text"] == PAGE and out[1] is not source[1]


def test_labels_give_one_label_per_line_and_none_for_blank_lines(tiny_model):
    (out,) = clean_records([{"text": PAGE}], model=tiny_model, with_labels=True)
    labels = out[LABELS_KEY]
    assert len(labels) == len(split_lines(PAGE))
    assert [label is None for label in labels] == [not line.strip() for line in split_lines(PAGE)]
    assert LABELS_KEY not in next(clean_records([{"text": PAGE}], model=tiny_model))


def test_keep_and_threshold_are_applied(tiny_model):
    (body_only,) = clean_records([{"text": PAGE}], model=tiny_model)
    (with_navigation,) = clean_records([{"text": PAGE}], model=tiny_model, keep=("body", "navigation"))
    (everything,) = clean_records([{"text": PAGE}], model=tiny_model, threshold=0.0)
    assert "首页" not in body_only["text"] and "首页" in with_navigation["text"]
    assert everything["text"] == PAGE


def test_batch_size_does_not_change_the_result(tiny_model):
    assert list(clean_records(records(7), model=tiny_model, batch_size=2)) == list(
        clean_records(records(7), model=tiny_model, batch_size=128)
    )


def test_a_batch_closes_at_its_character_bound_too(monkeypatch):
    monkeypatch.setattr(run, "MAX_BATCH_CHARS", 10)
    pages = [["一二三", "四五"], ["六七八九十"], ["甲"], ["乙"]]
    assert list(run._batches(pages, lambda page: page, 128)) == [pages[:2], pages[2:]]


def test_a_page_longer_than_the_bound_is_labelled_in_parts_and_named_in_a_warning(
    tiny_model, monkeypatch, caplog
):
    monkeypatch.setattr(api, "MAX_PAGE_LINES", 4)
    monkeypatch.setattr(run, "MAX_PAGE_LINES", 4)
    long_page, short_page = split_lines(PAGE) + split_lines(OTHER), split_lines(OTHER)
    assert len(long_page) == 10
    got_long, got_short = api.classify_pages([long_page, short_page], model=tiny_model)
    parts = [api.classify_pages([long_page[at : at + 4]], model=tiny_model)[0] for at in (0, 4, 8)]
    assert got_long.lines == long_page
    assert got_long.labels == [label for part in parts for label in part.labels]
    assert got_long.kept == [kept for part in parts for kept in part.kept]
    assert np.array_equal(got_long.probs, np.vstack([part.probs for part in parts]))
    assert got_short.labels == api.classify_pages([short_page], model=tiny_model)[0].labels
    with caplog.at_level("WARNING", logger="zhclean"):
        list(run._batches([Page("dump.txt", long_page, "dump.txt", 1)], lambda page: page.lines, 128))
    assert "dump.txt: a page of 10 lines is labelled in parts of 4 lines" in caplog.text


def test_relabelling_stops_after_the_last_pass_allowed(tiny_model, monkeypatch):
    model, calls = copy.deepcopy(tiny_model), []
    context_proba = model.context_proba
    monkeypatch.setattr(model, "context_proba", lambda *args: calls.append(1) or context_proba(*args))
    page = split_lines(PAGE + "\n" + OTHER) * 5
    api.classify_pages([page], model=model)
    assert len(calls) == 2  # this page settles after two relabelling passes
    calls.clear()
    monkeypatch.setattr(api, "MAX_RELABEL_PASSES", 1)
    api.classify_pages([page], model=model)
    assert len(calls) == 1


def test_records_are_read_lazily_one_batch_at_a_time(tiny_model):
    pulled = []

    def source():
        for record in records(10):
            pulled.append(record["id"])
            yield record

    stream = clean_records(source(), model=tiny_model, batch_size=3)
    next(stream)
    assert len(pulled) <= 3


def test_another_text_field_and_empty_texts(tiny_model):
    out = list(
        clean_records(
            [{"content": ""}, {"content": OTHER}], text_key="content", model=tiny_model, with_labels=True
        )
    )
    assert out[0] == {"content": "", LABELS_KEY: []}
    assert out[1]["content"] == clean(OTHER, model=tiny_model)


@pytest.mark.parametrize("record", [{"body": "x"}, {"text": None}, {"text": 3}, "not a dict"])
def test_a_record_without_text_is_an_error_not_a_silent_drop(tiny_model, record):
    with pytest.raises(ValueError, match="record 1"):
        list(clean_records([{"text": OTHER}, record], model=tiny_model))


def test_label_texts_and_counts(tiny_model):
    pages = label_texts([PAGE, OTHER], model=tiny_model)
    assert [p.lines for p in pages] == [split_lines(PAGE), split_lines(OTHER)]
    counts = label_counts(pages[0].labels)
    assert sum(counts.values()) == sum(1 for line in split_lines(PAGE) if line.strip())


def test_cached_model_loads_each_file_once(tiny_model_path):
    first = cached_model(tiny_model_path)
    assert cached_model(str(tiny_model_path)) is first
    assert isinstance(first, LineModel)
