"""The batch function engines call: pandas and Arrow batches, and Spark's mapInPandas in local mode."""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

from classifier.api import clean  # noqa: E402
from classifier.integrations.batch import clean_batch, clean_partitions, spark_schema  # noqa: E402
from classifier.lines import split_lines  # noqa: E402
from classifier.pipeline import LABELS_KEY  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "首页 > 新闻 > 国内\n今年以来，全市经济运行总体平稳，主要指标保持增长。\n\n版权所有 © 2024 某某网",
    "分享到\n微信\n专家表示，科技创新是推动高质量发展的关键力量。\n京ICP备12345678号",
    "",
]


def frame() -> pd.DataFrame:
    return pd.DataFrame({"id": [1, 2, 3], "text": TEXTS, "lang": ["zh", "zh", "zh"]})


def test_pandas_batch_gets_cleaned_text_and_labels_and_keeps_its_columns(tiny_model, tiny_model_path):
    source = frame()
    out = clean_batch(source, model_path=tiny_model_path)
    assert list(out.columns) == ["id", "text", "lang", LABELS_KEY]
    assert out["id"].tolist() == [1, 2, 3] and out["lang"].tolist() == ["zh"] * 3
    assert out["text"].tolist() == [clean(text, model=tiny_model) for text in TEXTS]
    assert [len(labels) for labels in out[LABELS_KEY]] == [len(split_lines(text)) for text in TEXTS]
    assert source["text"].tolist() == TEXTS  # the input batch is left alone


def test_missing_text_is_an_empty_page_and_labels_can_be_left_out(tiny_model_path):
    out = clean_batch(
        pd.DataFrame({"body": [None, TEXTS[1]]}),
        text_column="body",
        model_path=tiny_model_path,
        with_labels=False,
    )
    assert list(out.columns) == ["body"]
    assert out["body"].tolist()[0] == "" and "科技创新" in out["body"].tolist()[1]


def test_arrow_batches_come_back_as_arrow(tiny_model_path):
    table = pa.Table.from_pandas(frame())
    out = clean_batch(table, model_path=tiny_model_path)
    assert isinstance(out, pa.Table) and out.column_names[-1] == LABELS_KEY
    record_batch = clean_batch(table.to_batches()[0], model_path=tiny_model_path)
    assert isinstance(record_batch, pa.RecordBatch) and record_batch.num_rows == 3


def test_partitions_are_cleaned_batch_by_batch(tiny_model_path):
    batches = [frame().iloc[:2], frame().iloc[2:]]
    out = list(clean_partitions(iter(batches), model_path=tiny_model_path))
    assert [len(b) for b in out] == [2, 1]


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        # Spark's Python workers must run this interpreter and import this checkout.
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        session = (
            SparkSession.builder.master("local[2]")
            .appName("zhclean-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        yield session
        session.stop()


def test_spark_map_in_pandas_cleans_every_row(spark, tiny_model, tiny_model_path):
    df = spark.createDataFrame(frame()).repartition(2)
    cleaned = df.mapInPandas(
        partial(clean_partitions, model_path=str(tiny_model_path)), spark_schema(df.schema)
    )
    rows = {row["id"]: row for row in cleaned.collect()}
    assert sorted(rows) == [1, 2, 3]
    for i, text in enumerate(TEXTS, 1):
        assert rows[i]["text"] == clean(text, model=tiny_model)
        assert len(rows[i][LABELS_KEY]) == len(split_lines(text))
