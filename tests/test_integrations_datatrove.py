"""The datatrove step inside a real datatrove pipeline: JsonlReader -> ZhcleanLines -> JsonlWriter."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader needs it

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from classifier.api import clean  # noqa: E402
from classifier.integrations.datatrove import COUNTS_KEY, DROP_REASON, ZhcleanLines  # noqa: E402
from classifier.lines import split_lines  # noqa: E402
from classifier.pipeline import LABELS_KEY  # noqa: E402

PAGES = [
    "首页 > 新闻 > 国内\n今年以来，全市经济运行总体平稳，主要指标保持增长。\n\n版权所有 © 2024 某某网",
    "分享到\n微信\n专家表示，科技创新是推动高质量发展的关键力量。\n京ICP备12345678号",
    "首页 > 新闻 > 国内\n返回顶部\n京ICP备12345678号",  # nothing to keep
]


def write_input(folder, n_files: int = 1) -> None:
    folder.mkdir()
    for f in range(n_files):
        with open(folder / f"part{f}.jsonl", "w", encoding="utf-8") as handle:
            for i, text in enumerate(PAGES):
                handle.write(json.dumps({"id": f"{f}-{i}", "text": text}, ensure_ascii=False) + "\n")


def read_output(folder) -> dict[str, dict]:
    records = [
        json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in open(path, encoding="utf-8")
    ]
    return {r["id"]: r for r in records}


def run_pipeline(tmp_path, model_path, tasks: int = 1, workers: int = 1) -> None:
    LocalPipelineExecutor(
        [
            JsonlReader(str(tmp_path / "in")),
            ZhcleanLines(
                model_path, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"), compression=None)
            ),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=str(tmp_path / "logs"),
    ).run()


def test_local_pipeline_cleans_documents_and_stores_labels_and_counts(tmp_path, tiny_model, tiny_model_path):
    write_input(tmp_path / "in")
    run_pipeline(tmp_path, tiny_model_path)
    out = read_output(tmp_path / "out")
    assert sorted(out) == ["0-0", "0-1"]
    for i in (0, 1):
        record = out[f"0-{i}"]
        assert record["text"] == clean(PAGES[i], model=tiny_model)
        labels = record["metadata"][LABELS_KEY]
        assert len(labels) == len(split_lines(PAGES[i]))
        assert record["metadata"][COUNTS_KEY]["body"] == labels.count("body") >= 1
    dropped = read_output(tmp_path / "dropped")
    assert dropped["0-2"]["text"] == PAGES[2]  # the original text, nothing lost
    assert dropped["0-2"]["metadata"]["filter_reason"] == DROP_REASON


def test_several_tasks_in_worker_processes_clean_every_file(tmp_path, tiny_model_path):
    write_input(tmp_path / "in", n_files=2)
    run_pipeline(tmp_path, tiny_model_path, tasks=2, workers=2)
    assert sorted(read_output(tmp_path / "out")) == ["0-0", "0-1", "1-0", "1-1"]


def test_step_options_without_an_executor(tiny_model_path):
    step = ZhcleanLines(
        tiny_model_path,
        keep=("body", "navigation", "copyright"),
        store_labels=False,
        drop_empty=False,
        batch_size=2,
    )
    docs = [Document(text=text, id=str(i)) for i, text in enumerate(PAGES)]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["0", "1", "2"]
    assert "首页 > 新闻 > 国内" in out[2].text
    assert all(LABELS_KEY not in d.metadata and COUNTS_KEY in d.metadata for d in out)
    assert step.stats["total"].total == 3
