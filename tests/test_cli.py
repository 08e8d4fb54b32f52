"""The zhclean command run in-process through ``main(argv)``: each option of each subcommand."""

from __future__ import annotations

import gzip
import json
import re
import sys

import pytest
import zstandard

import classifier.cli as cli
from classifier.cli import main
from classifier.gold import GoldPage, write_gold
from tests.conftest import tiny_pages
from tests.fixtures.helpers import NON_BLANK, PAGE, warcinfo, wet_record, write_wet


@pytest.fixture
def model_args(tiny_model_path) -> list[str]:
    return ["--model", str(tiny_model_path)]


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    return path


def clean(*args: str) -> int:
    return main(["clean", "--quiet", *args])


def non_blank(lines) -> list[str]:
    return [line for line in lines if line.strip()]


# ---- help and usage -------------------------------------------------------------------------


def test_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("clean", "label", "evaluate", "build-data", "train"):
        assert command in out


@pytest.mark.parametrize("command", ["clean", "label", "evaluate", "build-data", "train"])
def test_each_command_has_help(capsys, command):
    assert main([command, "--help"]) == 0
    assert "usage: zhclean " + command in capsys.readouterr().out


def test_clean_help_explains_formats_split_and_examples(capsys):
    main(["clean", "--help"])
    out = capsys.readouterr().out
    for text in ("--split", "blank:N", "--rejects", "--annotate-format", "--jobs", "--on-error", "examples:"):
        assert text in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["clean", "--bogus"],
        ["clean", "--keep", "body,footer"],
        ["clean", "--threshold", "1.5"],
        ["clean", "--threshold", "0.8"],  # above 0.5 it would change nothing
        ["clean", "--threshold", "pages"],
        ["clean", "--split", "blank:0"],
        ["clean", "--jobs", "-1"],
        ["clean", "--encoding", "no-such-codec"],
        ["clean", "--encoding", "utf-16"],
        ["clean", "--encoding", "idna"],  # cannot decode a line
        ["clean", "--encoding", "raw_unicode_escape"],  # would turn "\\u4e2d" into "中"
    ],
)
def test_usage_errors_exit_1_not_2(capsys, argv):
    assert main(argv) == 1
    assert "usage: zhclean" in capsys.readouterr().err


def test_options_that_do_not_fit_together_exit_1(tmp_path, page_file, model_args, capsys):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"text": "x"}\n')
    cases = [
        ([str(jsonl), "--split"], "--split applies to text input only"),
        ([str(page_file), str(jsonl)], "inputs of different formats"),
        ([str(page_file), "--annotate-format", "tsv"], "--annotate-format needs --annotate"),
        ([str(page_file), "-o", str(page_file)], "output is the input"),
        (
            [str(page_file), "-o", str(tmp_path / "o"), "--rejects", str(tmp_path / "o")],
            "given as two outputs",
        ),
        ([str(page_file), "--rejects", "-"], "only one output can go to stdout"),
        ([str(page_file), "-o", ""], "an output name is empty"),
        ([str(page_file), "--format", "wet", "--text-key", "url"], "WET output already has a field 'url'"),
        ([str(page_file), "--rejects", ""], "an output name is empty"),
        ([""], "an input name is empty"),
    ]
    for argv, message in cases:
        assert clean(*argv, *model_args) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("zhclean: error: ") and message in err and err.count("\n") == 1
    assert page_file.read_text(encoding="utf-8").splitlines() == PAGE  # the input was not touched


# ---- clean ----------------------------------------------------------------------------------


def test_clean_text_keeps_body_and_summarises(tmp_path, page_file, model_args, capsys):
    out = tmp_path / "out.txt"
    assert main(["clean", str(page_file), "-o", str(out), *model_args]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == [PAGE[2], "", PAGE[4]]
    summary = capsys.readouterr().err.strip()
    assert summary.startswith("zhclean: 1 pages, 8 lines (7 non-blank); kept 2 (body 2); dropped 5 (")
    counted = [int(n) for n in re.findall(r"(?:body|copyright|navigation|spam) (\d+)", summary)]
    assert sum(counted) == NON_BLANK  # kept + dropped == non-blank lines read


def test_quiet_prints_nothing(tmp_path, page_file, model_args, capsys):
    assert clean(str(page_file), "-o", str(tmp_path / "out.txt"), *model_args) == 0
    assert capsys.readouterr().err == ""


def test_compressed_round_trip_gz_in_zst_out(tmp_path, model_args):
    source = tmp_path / "page.txt.gz"
    source.write_bytes(gzip.compress(("\n".join(PAGE) + "\n").encode()))
    out = tmp_path / "out.txt.zst"
    assert clean(str(source), "-o", str(out), *model_args) == 0
    text = zstandard.ZstdDecompressor().stream_reader(out.read_bytes()).read().decode()
    back = tmp_path / "back.txt.gz"
    assert clean(str(out), "-o", str(back), "--keep", "body,copyright,navigation,spam", *model_args) == 0
    assert gzip.decompress(back.read_bytes()).decode() == text == f"{PAGE[2]}\n\n{PAGE[4]}\n"


def test_split_pages_come_out_separated_the_same_way(tmp_path, model_args):
    source = tmp_path / "pages.txt"
    source.write_text("\n".join(PAGE) + "\n\n\n\n" + "\n".join(PAGE) + "\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert clean(str(source), "--split", "blank:3", "-o", str(out), *model_args) == 0
    page = f"{PAGE[2]}\n\n{PAGE[4]}\n"
    assert out.read_text(encoding="utf-8") == page + "\n\n\n" + page


def test_several_text_files_are_written_apart_by_form_feed_lines(tmp_path, page_file, model_args):
    out = tmp_path / "out.txt"
    assert clean(str(page_file), str(page_file), "-o", str(out), *model_args) == 0
    page = f"{PAGE[2]}\n\n{PAGE[4]}\n"
    assert out.read_text(encoding="utf-8") == page + "\f\n" + page


def test_jsonl_keeps_other_fields_untouched(tmp_path, model_args):
    source = tmp_path / "in.jsonl"
    records = [
        {"url": "http://a.cn", "text": "\n".join(PAGE), "meta": {"n": [1, 2.5, None]}, "title": "标题"},
        {"text": "", "url": "http://b.cn"},
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert clean(str(source), "-o", str(out), *model_args) == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got[0] == {**records[0], "text": f"{PAGE[2]}\n\n{PAGE[4]}"}
    assert got[1] == records[1]
    assert list(got[0]) == list(records[0])


def test_jsonl_records_come_back_byte_for_byte_but_for_the_cleaned_text(tmp_path, model_args):
    source = tmp_path / "in.jsonl"
    before = '{"n": 1e400, "f": 1.0000000000000000001, "x": NaN, "d": 1, "d": 2,  "text" :  '
    after = ' , "s": "\\u4e2d\u2028"}'
    source.write_text(before + json.dumps("\n".join(PAGE)) + after + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert clean(str(source), "-o", str(out), *model_args) == 0
    cleaned = json.dumps(f"{PAGE[2]}\n\n{PAGE[4]}", ensure_ascii=False)
    assert out.read_text(encoding="utf-8") == before + cleaned + after + "\n"


def test_jsonl_text_key(tmp_path, model_args):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"content": "\n".join(PAGE)}) + "\n")
    out = tmp_path / "out.jsonl"
    assert clean(str(source), "--text-key", "content", "-o", str(out), *model_args) == 0
    assert json.loads(out.read_text()) == {"content": f"{PAGE[2]}\n\n{PAGE[4]}"}


def test_wet_becomes_jsonl_with_id_url_and_date(tmp_path, model_args):
    source = write_wet(
        tmp_path / "a.warc.wet.gz",
        [warcinfo(), wet_record("\n".join(PAGE), url="http://a.cn/x", record_id="<urn:uuid:7>")],
    )
    out = tmp_path / "out.jsonl.gz"
    assert clean(str(source), "-o", str(out), *model_args) == 0
    [record] = [json.loads(line) for line in gzip.decompress(out.read_bytes()).splitlines()]
    assert record == {
        "id": "<urn:uuid:7>",
        "url": "http://a.cn/x",
        "date": "2024-01-02T03:04:05Z",
        "text": f"{PAGE[2]}\n\n{PAGE[4]}",
    }


def test_rejects_and_output_account_for_every_non_blank_line(tmp_path, page_file, model_args):
    out, rejects = tmp_path / "out.txt", tmp_path / "rejects.jsonl"
    assert clean(str(page_file), "-o", str(out), "--rejects", str(rejects), *model_args) == 0
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert row["page"] == str(page_file) and PAGE[row["line"] - 1] == row["text"]
        assert row["label"] != "body" and 0 < row["prob"] <= 1
    kept = non_blank(out.read_text(encoding="utf-8").splitlines())
    assert sorted(kept + [r["text"] for r in rows]) == sorted(non_blank(PAGE))


def test_rejects_tell_apart_pages_whose_ids_repeat(tmp_path, model_args):
    source, rejects = tmp_path / "dup.jsonl", tmp_path / "rejects.jsonl"
    record = json.dumps({"id": "same", "text": "\n".join(PAGE)}, ensure_ascii=False)
    source.write_text(f"{record}\n\n{record}\n", encoding="utf-8")  # records on lines 1 and 3
    assert clean(str(source), "-o", str(tmp_path / "out.jsonl"), "--rejects", str(rejects), *model_args) == 0
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    starts = [row["at"] for row in rows]
    assert rows and set(starts) == {f"{source}:1", f"{source}:3"}
    assert starts.count(f"{source}:1") == starts.count(f"{source}:3")


def test_keep_chooses_the_kept_classes(tmp_path, page_file, model_args):
    out = tmp_path / "out.txt"
    assert clean(str(page_file), "--keep", "body,copyright", "-o", str(out), *model_args) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [PAGE[2], "", PAGE[4], PAGE[5], PAGE[6]]


def test_threshold_zero_calls_every_line_body(tmp_path, page_file, model_args):
    out = tmp_path / "out.txt"
    assert clean(str(page_file), "--threshold", "0", "-o", str(out), *model_args) == 0
    assert out.read_text(encoding="utf-8").splitlines() == PAGE


def test_threshold_page_cleans_with_each_pages_own_threshold(tmp_path, page_file, model_args):
    out = tmp_path / "out.txt"
    assert clean(str(page_file), "--threshold", "page", "-o", str(out), *model_args) == 0
    kept = out.read_text(encoding="utf-8").splitlines()
    assert set(kept) - {""} <= set(PAGE)


@pytest.mark.parametrize("fmt", ["jsonl", "tsv"])
def test_annotate_writes_every_line_with_label_and_probability(tmp_path, page_file, model_args, fmt):
    out = tmp_path / f"out.{fmt}"
    assert clean(str(page_file), "--annotate", "--annotate-format", fmt, "-o", str(out), *model_args) == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    if fmt == "tsv":
        header, *rows = rows
        names = header.split("\t")
        rows = [dict(zip(names, row.split("\t", 5))) for row in rows]
    else:
        rows = [json.loads(row) for row in rows]
    assert [r["text"] for r in rows] == PAGE
    labels = [r["label"] or None for r in rows]
    assert labels[3] is None and labels[2] == labels[4] == "body" and labels[5] == "copyright"
    assert all(r["prob"] in (None, "") or 0 < float(r["prob"]) <= 1 for r in rows)


def test_annotate_defaults_to_jsonl(tmp_path, page_file, model_args):
    out = tmp_path / "out"
    assert clean(str(page_file), "--annotate", "-o", str(out), *model_args) == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["line"] == 1


def test_summary_counts_replacements_and_skipped_records(tmp_path, model_args, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"text": "\xff\xfe"}\n{oops\n{"text": "ok"}\n')
    assert (
        main(["clean", str(source), "--on-error", "skip", "-o", str(tmp_path / "o.jsonl"), *model_args]) == 0
    )
    err = capsys.readouterr().err
    assert "skipped" in err and f"{source}:2" in err
    assert "; 2 invalid sequences replaced; 1 records skipped;" in err.splitlines()[-1]


# ---- exit codes -----------------------------------------------------------------------------


def test_bad_input_exits_1_with_file_and_line(tmp_path, model_args, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "a"}\n{"text": 3}\n')
    out = tmp_path / "out.jsonl"
    assert clean(str(source), "-o", str(out), *model_args) == 1
    assert capsys.readouterr().err == f"zhclean: error: {source}:2: field 'text' is int, not a string\n"
    assert not out.exists()


def test_an_unusable_model_exits_1(tmp_path, page_file, capsys):
    bad = tmp_path / "bad.joblib"
    bad.write_bytes(b"not a model")
    assert clean(str(page_file), "--model", str(bad)) == 1
    assert "model card" in capsys.readouterr().err


def test_closed_standard_streams_are_errors_where_used_and_no_crash_elsewhere(
    monkeypatch, tmp_path, page_file, model_args, capsys
):
    # Python sets sys.stdin/stdout/stderr to None when the process starts with them closed.
    monkeypatch.setattr(sys, "stdin", None)
    assert clean(*model_args) == 1
    assert capsys.readouterr().err == "zhclean: error: <stdin>: stdin is closed\n"
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdout", None)
    assert clean(str(page_file), *model_args) == 1
    assert "stdout is closed" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stderr", None)
    out = tmp_path / "out.txt"
    assert clean(str(page_file), "-o", str(out), *model_args) == 0
    assert out.read_text(encoding="utf-8") == f"{PAGE[2]}\n\n{PAGE[4]}\n"


def test_a_worker_killed_by_the_system_is_named_as_such(monkeypatch, page_file, model_args, capsys):
    from concurrent.futures.process import BrokenProcessPool

    def killed(*args, **kwargs):
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(cli, "iter_labelled", killed)
    assert clean(str(page_file), *model_args) == 2
    assert "a worker process died (killed, or out of memory?)" in capsys.readouterr().err


def test_internal_error_exits_2_with_one_line(monkeypatch, page_file, model_args, capsys):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli, "iter_labelled", broken)
    assert clean(str(page_file), *model_args) == 2
    err = capsys.readouterr().err
    assert err == "zhclean: internal error: ZeroDivisionError: boom (ZHCLEAN_DEBUG=1 shows the traceback)\n"
    monkeypatch.setenv("ZHCLEAN_DEBUG", "1")
    assert clean(str(page_file), *model_args) == 2
    assert "Traceback" in capsys.readouterr().err


# ---- label ----------------------------------------------------------------------------------


def test_label_prints_each_line_with_label_and_confidence(page_file, model_args, capsys):
    assert main(["label", str(page_file), *model_args]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"== {page_file} =="
    assert re.fullmatch(r"body +0\.\d\d  " + PAGE[2], out[3])
    assert out[4].strip() == "" and "\x1b[" not in "".join(out)


def test_label_colours_only_a_terminal(monkeypatch, page_file, model_args, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["label", str(page_file), *model_args])
    assert "\x1b[32mbody" in capsys.readouterr().out
    main(["label", "--no-color", str(page_file), *model_args])
    assert "\x1b[" not in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["label", str(page_file), *model_args])
    assert "\x1b[" not in capsys.readouterr().out


def test_label_shows_a_pages_escape_sequences_on_a_terminal_instead_of_running_them(
    monkeypatch, tmp_path, model_args, capsys
):
    page = tmp_path / "p.txt"
    page.write_text("标题\x1b]0;owned\x07\n正文\x1b[2J内容\n", encoding="utf-8")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["label", "--no-color", str(page), *model_args])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b]0;owned\\x07" in out and "正文\\x1b[2J内容" in out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)  # to a file or pipe: the text as it is
    main(["label", str(page), *model_args])
    assert "正文\x1b[2J内容" in capsys.readouterr().out


# ---- evaluate, build-data, train ------------------------------------------------------------


def test_evaluate_prints_a_report_per_file_and_overall(tmp_path, model_args, capsys):
    pages, labels = tiny_pages(6, seed=5)
    paths = []
    for name in ("a.jsonl", "b.jsonl"):
        paths.append(tmp_path / name)
        write_gold([GoldPage(f"{name}{i}", p, y) for i, (p, y) in enumerate(zip(pages, labels))], paths[-1])
    assert main(["evaluate", *map(str, paths), *model_args]) == 0
    out = capsys.readouterr().out
    assert out.count("macro-F1") == 3 and str(paths[0]) in out and "overall" in out


def test_evaluate_bad_gold_exits_1(tmp_path, model_args, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": 1, "lines": [{"text": "x", "label": "footer"}]}\n')
    assert main(["evaluate", str(gold), *model_args]) == 1
    assert "unknown label" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "none.jsonl"), *model_args]) == 1


def test_build_data_and_train_pass_their_options_through(monkeypatch, tmp_path):
    import classifier.train as train

    calls = {}
    monkeypatch.setattr(train, "build_data", lambda *args: calls.setdefault("build", args) and 3)
    monkeypatch.setattr(train, "train_model", lambda *a, **k: calls.setdefault("train", (a, k)) and {})
    assert main(["build-data", "-o", str(tmp_path / "d.jsonl"), "--pages", "3", "--seed", "9"]) == 0
    assert calls["build"] == (str(tmp_path / "d.jsonl"), 3, 9)
    data = tmp_path / "d.jsonl"
    data.write_text("")
    assert main(["train", "-o", str(tmp_path / "m.joblib"), "--no-real", "--data", str(data)]) == 0
    args, kwargs = calls["train"]
    assert args == (str(tmp_path / "m.joblib"),)
    assert kwargs["generated"] == str(data) and kwargs["real_path"] is None and kwargs["dev_paths"] == []
    recipe_flags = {"words": train.USE_WORDS, "neighbour_text": train.NEIGHBOUR_TEXT, "own_text": train.OWN_TEXT}
    for key, default in recipe_flags.items():
        assert kwargs[key] is default
        flag = "--" + key.replace("_", "-")
        for given, value in ((flag.replace("--", "--no-"), False), (flag, True)):
            calls.clear()
            assert main(["train", "-o", str(tmp_path / "m.joblib"), "--no-real", "--data", str(data), given]) == 0
            assert calls["train"][1][key] is value
    assert main(["train", "--dev", str(tmp_path / "missing.jsonl")]) == 1
