"""Writers: atomic outputs, compression by extension, and what each output format holds."""

from __future__ import annotations

import gzip
import json
import os

import numpy as np
import pytest
import zstandard

from classifier import LABELS as CLASSES
from classifier.api import PageLabels
from classifier.read import Page, ReadOptions, SplitRule, read_pages
from classifier.write import (
    AnnotateJsonlWriter,
    AnnotateTsvWriter,
    CleanJsonlWriter,
    CleanTextWriter,
    OutputError,
    RejectsWriter,
    atomic_outputs,
)
from classifier.write.formats import dump_json


def leftovers(directory) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp"))


# ---- atomic outputs -------------------------------------------------------------------------


def test_outputs_appear_complete_and_leave_no_temporary_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.jsonl"
    with atomic_outputs(str(a), None, str(b)) as (out_a, none, out_b):
        assert none is None
        out_a.write("正文\n")
        out_b.write("{}\n")
        assert not a.exists() and not b.exists()  # nothing under the final names while running
    assert a.read_text(encoding="utf-8") == "正文\n" and b.read_text() == "{}\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_a_failed_run_leaves_nothing_and_keeps_an_older_file(tmp_path, error):
    old = tmp_path / "old.txt"
    old.write_text("before")
    new = tmp_path / "new.txt"
    with pytest.raises(error), atomic_outputs(str(old), str(new)) as (out_old, out_new):
        out_old.write("half")
        out_new.write("half")
        raise error()
    assert old.read_text() == "before" and not new.exists()
    assert leftovers(tmp_path) == []


def test_new_files_get_the_usual_permissions(tmp_path):
    path = tmp_path / "a.txt"
    with atomic_outputs(str(path)) as (out,):
        out.write("x")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_compression_follows_the_extension_and_is_reproducible(tmp_path):
    text = "正文\n" * 1000
    for name in ("a.txt.gz", "b.txt.gz", "c.txt.zst"):
        with atomic_outputs(str(tmp_path / name)) as (out,):
            out.write(text)
    assert gzip.decompress((tmp_path / "a.txt.gz").read_bytes()).decode() == text
    assert (tmp_path / "a.txt.gz").read_bytes() == (tmp_path / "b.txt.gz").read_bytes()
    reader = zstandard.ZstdDecompressor().stream_reader((tmp_path / "c.txt.zst").read_bytes())
    assert reader.read().decode() == text


def test_missing_directory_and_directory_outputs_are_refused(tmp_path):
    with pytest.raises(OutputError, match="cannot create a file"):
        with atomic_outputs(str(tmp_path / "no" / "a.txt")):
            pass
    with pytest.raises(OutputError, match="is a directory"):
        with atomic_outputs(str(tmp_path)):
            pass


def test_a_named_pipe_is_written_in_place_and_stays_a_pipe(tmp_path):
    # Renaming a finished file over it would replace the pipe (or /dev/null) with a file.
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    with atomic_outputs(str(pipe)) as (out,):
        out.write("正文\n")
    reader.join(timeout=10)
    assert received == ["正文\n"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and leftovers(tmp_path) == []


def test_one_named_pipe_may_take_two_outputs_but_one_file_may_not(tmp_path):
    from classifier.cli import _same_file

    pipe, file = tmp_path / "pipe", tmp_path / "file"
    os.mkfifo(pipe)
    file.write_text("")
    assert not _same_file(str(pipe), str(pipe))  # written in place, as it goes: like /dev/null
    assert _same_file(str(file), str(file))


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path):
    target, link = tmp_path / "target.txt", tmp_path / "link.txt"
    target.write_text("old")
    link.symlink_to(target)
    with atomic_outputs(str(link)) as (out,):
        out.write("new")
    assert link.is_symlink() and target.read_text() == "new" and leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_permissions_and_upper_case_extensions_compress(tmp_path):
    private = tmp_path / "private.txt"
    private.write_text("old")
    private.chmod(0o600)
    with atomic_outputs(str(private), str(tmp_path / "a.TXT.GZ")) as (out, gz):
        out.write("new")
        gz.write("正文\n")
    assert private.stat().st_mode & 0o777 == 0o600
    assert gzip.decompress((tmp_path / "a.TXT.GZ").read_bytes()).decode() == "正文\n"


def test_unpaired_surrogates_survive_as_json_escapes(tmp_path):
    path = tmp_path / "a.jsonl"
    with atomic_outputs(str(path)) as (out,):
        out.write(json.dumps({"x": "a\udc00b"}, ensure_ascii=False) + "\n")
    assert json.loads(path.read_text(encoding="utf-8")) == {"x": "a\udc00b"}


# ---- formats --------------------------------------------------------------------------------


def labelled(lines: list[str], labels: list[str | None], keep=("body",)) -> PageLabels:
    probs = np.zeros((len(labels), 4))
    for row, y in zip(probs, labels):
        if y is not None:
            row[:] = 0.1 / 3
            row[CLASSES.index(y)] = 0.9
    return PageLabels(lines, labels, probs, [y is not None and y in keep for y in labels])


LINES = ["首页", "正文一", "", "正文二", "版权所有"]
LABELS = ["navigation", "body", None, "body", "copyright"]


def write_with(writer_class, tmp_path, *args, pages=None) -> str:
    path = tmp_path / "out"
    with atomic_outputs(str(path)) as (out,):
        writer = writer_class(out, *args)
        for page in pages or [Page("p1", LINES, "src", 1, {"id": "p1", "text": None, "k": 1})]:
            writer.write(page, labelled(page.lines, LABELS[: len(page.lines)]))
    return path.read_text(encoding="utf-8")


def test_clean_text_keeps_body_lines_with_paragraph_breaks_and_separates_pages(tmp_path):
    pages = [Page("a", LINES, "src", 1), Page("b", [], "src", 7), Page("c", LINES, "src", 8)]
    text = write_with(CleanTextWriter, tmp_path, "\f\n", pages=pages)
    assert text == "正文一\n\n正文二\n\f\n\f\n正文一\n\n正文二\n"


def test_a_form_feed_paragraph_break_does_not_split_the_page_when_read_back(tmp_path):
    path = tmp_path / "out"
    with atomic_outputs(str(path)) as (out,):
        writer = CleanTextWriter(out, "\f\n")
        lines = ["正文一", "\f", "正文二"]  # one page: its file was not split, so "\f" was a blank line
        writer.write(Page("a", lines, "src", 1), labelled(lines, ["body", None, "body"]))
        writer.write(Page("b", ["正文"], "src", 4), labelled(["正文"], ["body"]))
    back = [p.lines for p in read_pages([str(path)], ReadOptions(split="ff"))]
    assert back == [["正文一", "", "正文二"], ["正文"]]


@pytest.mark.parametrize("rule", ["ff", "blank:2", "line:----"])
def test_clean_text_reads_back_as_the_same_pages(tmp_path, rule):
    pages = [Page("a", LINES, "src", 1), Page("b", LINES[:2], "src", 7)]
    text = write_with(CleanTextWriter, tmp_path, SplitRule.parse(rule).separator, pages=pages)
    back = [p.lines for p in read_pages([str(tmp_path / "out")], ReadOptions(split=rule))]
    assert back == [["正文一", "", "正文二"], ["正文一"]], text


def test_json_records_stay_one_line_under_any_line_splitting():
    value = {"text": "甲\u2028乙\u2029丙\x85丁\x1c\n"}
    line = dump_json(value)
    assert line.splitlines() == [line[:-1]] and json.loads(line) == value


def test_clean_jsonl_replaces_only_the_text(tmp_path):
    record = json.loads(write_with(CleanJsonlWriter, tmp_path, "text"))
    assert record == {"id": "p1", "text": "正文一\n\n正文二", "k": 1}
    assert list(record) == ["id", "text", "k"]  # field order kept


def test_annotate_jsonl_has_every_line(tmp_path):
    rows = [json.loads(line) for line in write_with(AnnotateJsonlWriter, tmp_path).splitlines()]
    assert [r["text"] for r in rows] == LINES and [r["line"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0] == {
        "page": "p1",
        "line": 1,
        "label": "navigation",
        "prob": 0.9,
        "kept": False,
        "text": "首页",
    }
    assert rows[2]["label"] is None and rows[2]["prob"] is None


@pytest.mark.parametrize("writer", [AnnotateJsonlWriter, RejectsWriter])
def test_rows_written_by_hand_are_json_dumps_of_their_fields(writer, tmp_path):
    """The annotation and reject rows are put together from their fields' JSON: each must be what
    dump_json makes of the same dict, byte for byte, whatever the text and the id hold."""
    texts = ['"引号"\\反斜杠', "\u2028分隔\u2029段\x85", "\t\x01控制\x7f", "", " ", "😀 ok", "版权所有"]
    probs = np.array([[0.1, 0.0, 0.9, 0.0], [1.0, 0.0, 0.0, 0.0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0],
                      [0.00001, 0.0, 0.99999, 0.0], [0.123456789, 0.876543211, 0.0, 0.0]])  # fmt: skip
    labels = ["navigation", "body", "spam", None, None, "navigation", "copyright"]
    kept = [False, True, False, False, False, False, False]
    page = Page('p"1\\\u2028', texts, "src/a.jsonl", 7)
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        writer(out).write(page, PageLabels(texts, labels, probs, kept))
    rows = path.read_text(encoding="utf-8").split("\n")[:-1]
    scored = zip(range(1, len(texts) + 1), texts, labels, PageLabels(texts, labels, probs, kept).confidence, kept)
    if writer is AnnotateJsonlWriter:
        expected = [
            {"page": page.id, "line": n, "label": y, "prob": None if p is None else round(p, 4), "kept": k, "text": t}
            for n, t, y, p, k in scored
        ]
    else:
        expected = [
            {"page": page.id, "at": "src/a.jsonl:7", "line": n, "label": y, "prob": round(p, 4), "text": t}
            for n, t, y, p, k in scored
            if y is not None and not k
        ]
    assert [row + "\n" for row in rows] == [dump_json(record) for record in expected]


def test_annotate_tsv_has_a_header_and_the_text_last(tmp_path):
    lines = write_with(AnnotateTsvWriter, tmp_path).splitlines()
    assert lines[0] == "page\tline\tlabel\tprob\tkept\ttext"
    assert lines[1] == "p1\t1\tnavigation\t0.9\t0\t首页"
    assert lines[3] == "p1\t3\t\t\t0\t"


def test_annotate_tsv_keeps_one_row_per_line_whatever_the_page_id(tmp_path):
    page = Page("a\nb\tc\rd", LINES, "src", 1)
    rows = write_with(AnnotateTsvWriter, tmp_path, pages=[page]).splitlines()
    assert len(rows) == 1 + len(LINES) and rows[1].split("\t")[0] == "a b c d"


def test_the_probability_written_is_that_of_the_label_a_threshold_chose():
    probs = np.array([[0.45, 0.0, 0.55, 0.0]])
    labels = PageLabels(["广告"], ["body"], probs, [True])  # body at a threshold of 0.4
    assert labels.confidence == [0.45]


def test_rejects_hold_exactly_the_dropped_non_blank_lines(tmp_path):
    rows = [json.loads(line) for line in write_with(RejectsWriter, tmp_path).splitlines()]
    assert [(r["line"], r["label"], r["text"]) for r in rows] == [
        (1, "navigation", "首页"),
        (5, "copyright", "版权所有"),
    ]
    assert all(r["page"] == "p1" and r["at"] == "src:1" and r["prob"] == 0.9 for r in rows)
