import json

import pytest

from classifier.evaluate import evaluate, format_report
from classifier.gold import GoldPage, page_from_record, read_gold, write_gold


def test_gold_round_trip_keeps_extra_fields(tmp_path):
    page = GoldPage("p1", ["标题", "", "菜单"], ["body", None, "navigation"], {"site": "example.cn"})
    path = tmp_path / "gold.jsonl"
    write_gold([page], path)
    (again,) = read_gold(path)
    assert again == page
    assert json.loads(path.read_text(encoding="utf-8"))["site"] == "example.cn"


@pytest.mark.parametrize("name, magic", [("gold.jsonl.gz", b"\x1f\x8b"), ("gold.jsonl.zst", b"\x28\xb5\x2f\xfd")])
def test_gold_files_are_compressed_by_name_and_read_back(tmp_path, name, magic):
    pages = [GoldPage(f"p{i}", ["标题", "正文"], ["body", "body"]) for i in range(3)]
    path = tmp_path / name
    assert write_gold(pages, path) == 3
    assert path.read_bytes().startswith(magic)
    assert list(read_gold(path)) == pages


def test_an_interrupted_gold_write_keeps_the_older_file(tmp_path):
    """zhclean build-data stopped part-way: the file there was stays, and nothing half-written."""
    path = tmp_path / "gold.jsonl"
    write_gold([GoldPage("old", ["旧"], ["body"])], path)

    def pages():
        yield GoldPage("new", ["新"], ["body"])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_gold(pages(), path)
    assert [p.id for p in read_gold(path)] == ["old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold.jsonl"]


def test_gold_rejects_unknown_labels_and_labelled_blank_lines():
    with pytest.raises(ValueError, match="unknown label"):
        page_from_record({"id": "x", "lines": [{"text": "a", "label": "ad"}]})
    with pytest.raises(ValueError, match="blank"):
        page_from_record({"id": "x", "lines": [{"text": " ", "label": "body"}]})


def test_keep_scores_are_weighted_by_characters():
    page = GoldPage("p", ["一二三四五六七八九十", "短", "版权所有", ""], ["body", "body", "copyright", None])
    report = evaluate([page], [["body", "navigation", "navigation", None]])
    assert report.body_kept == pytest.approx(10 / 11)
    assert report.junk_dropped == 1.0
    assert report.confusion[0, 2] == 1  # body line predicted navigation
    assert "body kept" in format_report(report)


def test_page_without_junk_is_left_out_of_the_junk_average():
    pages = [GoldPage("a", ["正文"], ["body"]), GoldPage("b", ["正文", "菜单"], ["body", "navigation"])]
    report = evaluate(pages, [["body"], ["body", "body"]])
    assert report.junk_dropped_per_page == 0.0
    assert report.body_kept_per_page == 1.0
