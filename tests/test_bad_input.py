"""Dirty, broken and hostile input: a clean error naming file and line, or a run in which every
input line is accounted for (kept in the output or listed in the rejects), never a traceback."""

from __future__ import annotations

import gzip
import json

import pytest

from classifier.cli import main
from classifier.read import ReadOptions, read_pages
from classifier.run import iter_labelled
from classifier.write import RejectsWriter, atomic_outputs
from tests.fixtures.helpers import PAGE, run_cli
from tests.test_cli_parallel import ConstantModel

TEN_MB = 10 * 1024 * 1024


def non_blank(lines) -> list[str]:
    return [line for line in lines if line.strip()]


def clean_accounted(
    tmp_path, model_path, data: bytes, *extra: str, name: str = "in.txt"
) -> tuple[list, list]:
    """Run ``clean`` on ``data`` (one text page) and check that nothing was lost: the output is a
    subsequence of the input lines, and kept + rejected non-blank lines are all the non-blank lines."""
    source, out, rejects = tmp_path / name, tmp_path / "out.txt", tmp_path / "rejects.jsonl"
    source.write_bytes(data)
    argv = ["clean", str(source), "-q", "-o", str(out), "--rejects", str(rejects), "--model", str(model_path)]
    assert main([*argv, *extra]) == 0
    [page] = read_pages([str(source)], ReadOptions(encoding=extra[1] if "--encoding" in extra else "utf-8"))
    kept = out.read_text(encoding="utf-8").split("\n")[:-1] if out.stat().st_size else []
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    remaining = iter(page.lines)
    assert all(line in remaining for line in kept)  # a subsequence
    assert all(page.lines[r["line"] - 1] == r["text"] for r in rows)
    assert sorted(non_blank(kept) + [r["text"] for r in rows]) == sorted(non_blank(page.lines))
    return kept, rows


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + "\r\n".join(PAGE) + "\r\n",  # BOM and CRLF
        "\r".join(PAGE),  # old Mac line ends, no final one
        "正文\x00里有\x00空字节\n" + "\n".join(PAGE),
        "段落\u2028分隔\u2029符号\n零宽\u200b\u200c\u200d\ufeff字符\n控制\x01\x07\x1b[31m字符\x7f\n"
        + "\n".join(PAGE),
        "\u3000\u3000\n \t \n\n",  # a page of only blank lines
        "",  # an empty file
        "The quick brown fox jumps over the lazy dog.\nHome | About | Contact\n© 2024 Example Inc.\n",
        "日本語の文章です。ここは本文です。\nホーム > ニュース\n한국어 본문입니다. 오늘 날씨가 좋습니다.\n",
        'def main():\n    return {\'a\': [1, 2]}  # code\n\n<div class="nav"><a href="/">首页</a></div>\n',
        "\n".join(["x" * 5000, "😀🀄︎🇨🇳" * 100, "\U0010ffff\ue000"]),
    ],
    ids=[
        "bom-crlf",
        "cr",
        "nul",
        "separators-zero-width-control",
        "blank-only",
        "empty",
        "english",
        "ja-ko",
        "code-html",
        "long-and-astral",
    ],
)
def test_dirty_text_is_cleaned_without_losing_a_line(tmp_path, tiny_model_path, text):
    clean_accounted(tmp_path, tiny_model_path, text.encode())


def test_invalid_bytes_are_replaced_counted_and_accounted_for(tmp_path, tiny_model_path, capsys):
    data = "\n".join(PAGE).encode() + b"\n\xff\xfe\xc0\x80 broken \xe4\xb8\n"
    kept, rows = clean_accounted(tmp_path, tiny_model_path, data)
    assert any("\ufffd" in line for line in kept + [r["text"] for r in rows])


def test_gbk_read_as_utf8_warns_to_use_gb18030(tmp_path, tiny_model_path, capsys):
    data = "\n".join(PAGE).encode("gb18030") + b"\n"
    source, out = tmp_path / "gbk.txt", tmp_path / "out.txt"
    source.write_bytes(data)
    assert main(["clean", str(source), "-o", str(out), "--model", str(tiny_model_path)]) == 0
    err = capsys.readouterr().err
    assert f"zhclean: warning: {source}: " in err and "try --encoding gb18030" in err
    assert "invalid sequences replaced" in err.splitlines()[-1]  # and counted in the summary
    clean_accounted(tmp_path, tiny_model_path, data, "--encoding", "gb18030")


def test_strict_decoding_stops_at_the_bad_line(tmp_path, tiny_model_path, capsys):
    source = tmp_path / "in.txt"
    source.write_bytes(b"ok\nok\n\xff\n")
    assert main(["clean", str(source), "--errors", "strict", "--model", str(tiny_model_path)]) == 1
    assert capsys.readouterr().err.startswith(f"zhclean: error: {source}:3: cannot decode as utf-8")


def test_a_long_line_and_a_long_page_through_the_model(tmp_path, tiny_model_path):
    # Sizes cut to keep the suite fast; the full sizes go through the reader and runner below.
    clean_accounted(tmp_path, tiny_model_path, ("正文" * 50_000 + "\n" + "\n".join(PAGE)).encode())
    clean_accounted(tmp_path, tiny_model_path, ("\n".join(PAGE) + "\n").encode() * 500)


def test_a_10_mb_line_and_a_100_000_line_page_stream_through(tmp_path):
    source = tmp_path / "big.txt"
    source.write_bytes(b"a" * TEN_MB + b"\n" + b"\xe6\xad\xa3\xe6\x96\x87\n" * 100_000)
    pages = read_pages([str(source)], ReadOptions(split="blank:1"))
    with atomic_outputs(str(tmp_path / "rejects.jsonl")) as (out,):
        rejects = RejectsWriter(out)
        sizes = []
        for page, labels in iter_labelled(pages, model=ConstantModel(), keep=("spam",)):
            rejects.write(page, labels)
            sizes.append(len(page.lines))
    assert sizes == [100_001]
    assert sum(1 for _ in open(tmp_path / "rejects.jsonl", encoding="utf-8")) == 100_001


@pytest.mark.parametrize("split", ["ff", "blank:2"])
def test_empty_pages_and_blank_only_pages(tmp_path, tiny_model_path, split, capsys):
    separator = "\f\n" if split == "ff" else "\n\n"
    source, out = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text(separator.join(["\n".join(PAGE) + "\n", "", " \n\u3000\n", "\n".join(PAGE) + "\n"]))
    assert (
        main(["clean", str(source), "--split", split, "-o", str(out), "--model", str(tiny_model_path)]) == 0
    )
    assert non_blank(out.read_text(encoding="utf-8").splitlines()) == [PAGE[2], PAGE[4]] * 2
    assert "kept 4 (body 4)" in capsys.readouterr().err


def test_binary_file_is_not_text(tmp_path, tiny_model_path, capsys):
    source = tmp_path / "image.txt"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000) + bytes(range(256)) * 20)
    assert main(["clean", str(source), "--model", str(tiny_model_path)]) == 1
    assert capsys.readouterr().err.startswith(f"zhclean: error: {source}: not text: ")


@pytest.mark.parametrize(
    "make, message", [(lambda p: p.mkdir(), "is a directory, not a file"), (lambda p: None, "no such file")]
)
def test_directory_or_missing_input_is_an_error(tmp_path, tiny_model_path, capsys, make, message):
    path = tmp_path / "input"
    make(path)
    assert main(["clean", str(path), "--model", str(tiny_model_path)]) == 1
    assert capsys.readouterr().err == f"zhclean: error: {path}: {message}\n"


@pytest.mark.parametrize(
    "line, message",
    [
        (b'{"text": "a"', "bad JSON"),
        (b'{"title": "a"}', "no 'text' field"),
        (b'{"text": ["a"]}', "field 'text' is list, not a string"),
        (b'"just a string"', "a JSON object was expected, not str"),
    ],
)
def test_malformed_jsonl_names_file_and_line_and_can_be_skipped(
    tmp_path, tiny_model_path, capsys, line, message
):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(b'{"text": "\\u6b63\\u6587"}\n\n' + line + b'\n{"text": "ok"}\n')
    assert main(["clean", str(source), "-o", str(out), "--model", str(tiny_model_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"zhclean: error: {source}:3: {message}") and err.count("\n") == 1
    assert not out.exists()
    assert (
        main(["clean", str(source), "-o", str(out), "--on-error", "skip", "--model", str(tiny_model_path)])
        == 0
    )
    assert len(out.read_text().splitlines()) == 2
    assert "; 1 records skipped;" in capsys.readouterr().err


def test_truncated_gzip_to_a_file_leaves_nothing(tmp_path, tiny_model_path, capsys):
    data = gzip.compress(b"".join(b'{"id": %d, "text": "x"}\n' % i for i in range(3_000)))
    source, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
    source.write_bytes(data[: len(data) * 2 // 3])
    assert main(["clean", str(source), "-o", str(out), "--model", str(tiny_model_path)]) == 1
    assert "corrupt or truncated gzip data" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [source]


def test_truncated_gzip_to_stdout_writes_complete_records_only(tmp_path, tiny_model_path):
    data = gzip.compress(b"".join(b'{"id": %d, "text": "\\u6b63\\u6587"}\n' % i for i in range(3_000)))
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(data[: len(data) * 2 // 3])
    result = run_cli("clean", str(source), "-q", "--model", str(tiny_model_path))
    assert result.returncode == 1 and b"truncated gzip" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and [r["id"] for r in records] == list(range(len(records)))
