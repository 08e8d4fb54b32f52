"""Readers: text splitting and line ends, decoding, compression, JSONL and WET records."""

from __future__ import annotations

import gzip
import json
import logging
import random
from pathlib import Path

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.lines import split_lines
from classifier.read import InputError, ReadOptions, ReadStats, SplitRule, detect_format, read_pages
from classifier.read.jsonl import record_fields
from tests.fixtures.helpers import warcinfo, wet_record, write_wet


def pages_of(path: Path, **options) -> list:
    return list(read_pages([str(path)], ReadOptions(**options)))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- text -----------------------------------------------------------------------------------


def test_a_text_file_is_one_page_named_after_the_file(tmp_path):
    path = write(tmp_path, "a.txt", "标题\n\n正文\n".encode())
    [page] = pages_of(path)
    assert page.id == str(path) and page.lines == ["标题", "", "正文"] and page.line == 1


def test_line_ends_follow_split_lines(tmp_path):
    text = "一\r\n二\r三\n\n四\r\r五\r"
    path = write(tmp_path, "a.txt", text.encode())
    assert pages_of(path)[0].lines == split_lines(text)


def test_unicode_separators_and_control_characters_stay_inside_lines(tmp_path):
    line = "甲\u2028乙\u2029丙\f丁\v戊\x00己\u200b\x1b"
    path = write(tmp_path, "a.txt", (line + "\n第二行\n").encode())
    assert pages_of(path)[0].lines == [line, "第二行"]


def test_a_leading_bom_is_dropped_and_a_later_one_kept(tmp_path):
    path = write(tmp_path, "a.txt", "\ufeff标题\n\ufeff正文\n".encode())
    assert pages_of(path)[0].lines == ["标题", "\ufeff正文"]


def test_empty_file_is_one_empty_page(tmp_path):
    [page] = pages_of(write(tmp_path, "a.txt", b""))
    assert page.lines == []


def test_split_ff_separates_pages_at_form_feed_lines(tmp_path):
    path = write(tmp_path, "a.txt", "一\n二\n\f\n\f\n三\n\f\n".encode())
    pages = pages_of(path, split="ff")
    assert [p.lines for p in pages] == [["一", "二"], [], ["三"]]  # final marker ends the last page
    assert [p.id for p in pages] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [p.line for p in pages] == [1, 4, 5]


def test_split_ff_ignores_form_feeds_inside_lines(tmp_path):
    path = write(tmp_path, "a.txt", "一\n\f二\n".encode())
    assert [p.lines for p in pages_of(path, split="ff")] == [["一", "\f二"]]


def test_split_blank_n_needs_a_run_of_n_blank_lines(tmp_path):
    path = write(tmp_path, "a.txt", "一\n\n二\n \n\t\n三\n\n\n".encode())
    pages = pages_of(path, split="blank:2")
    assert [p.lines for p in pages] == [["一", "", "二"], ["三"]]
    assert [p.line for p in pages] == [1, 6]


def test_split_line_text(tmp_path):
    path = write(tmp_path, "a.txt", "一\n----\n二\n---\n".encode())
    assert [p.lines for p in pages_of(path, split="line:----")] == [["一"], ["二", "---"]]


@pytest.mark.parametrize("spec", ["blank:0", "blank:x", "line:", "page", "ff:1"])
def test_bad_split_rules_are_refused(spec):
    with pytest.raises(ValueError, match="split"):
        SplitRule.parse(spec)


def test_split_rule_separators():
    assert SplitRule.parse(None).separator == "\f\n"
    assert SplitRule.parse("blank:3").separator == "\n\n\n"
    assert SplitRule.parse("line:=====").separator == "=====\n"


# ---- decoding -------------------------------------------------------------------------------


def test_invalid_utf8_is_replaced_and_counted(tmp_path):
    path = write(tmp_path, "a.txt", "正文".encode() + b"\xff\xfe" + "结束\n".encode())
    stats = ReadStats()
    [page] = read_pages([str(path)], ReadOptions(), stats)
    assert page.lines == ["正文\ufffd\ufffd结束"] and stats.replaced == 2


def test_strict_decoding_names_file_and_line(tmp_path):
    path = write(tmp_path, "a.txt", "一\n二\n".encode() + b"\xff\n")
    with pytest.raises(InputError) as raised:
        pages_of(path, errors="strict")
    assert raised.value.source == str(path) and raised.value.line == 3
    assert str(raised.value).startswith(f"{path}:3: cannot decode as utf-8")


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_chinese_read_as_utf8_warns_with_the_encoding_to_use(tmp_path, caplog, encoding):
    text = "今天的天氣很好，我們在公園裡散步，這是一個測試。\n" * 3
    path = write(tmp_path, "a.txt", text.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="zhclean"):
        pages_of(path)
    assert f"try --encoding {encoding}" in caplog.text


def test_byte_soup_gets_no_encoding_suggestion(tmp_path, caplog):
    path = write(tmp_path, "a.txt", random.Random(3).randbytes(4000).replace(b"\x00", b"."))
    with caplog.at_level(logging.WARNING, logger="zhclean"):
        pages_of(path)
    assert "use --errors strict" in caplog.text and "try --encoding" not in caplog.text


def test_given_encoding_decodes_legacy_text(tmp_path):
    path = write(tmp_path, "a.txt", "简体中文\n".encode("gb18030"))
    assert pages_of(path, encoding="gb18030")[0].lines == ["简体中文"]


# ---- compression ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, compress",
    [
        ("a.txt.gz", gzip.compress),
        ("a.txt.zst", zstandard.ZstdCompressor().compress),
        ("misnamed.txt", gzip.compress),  # recognised by its magic number, not its name
    ],
)
def test_compressed_input_is_read_transparently(tmp_path, name, compress):
    path = write(tmp_path, name, compress("一\n二\n".encode()))
    assert pages_of(path)[0].lines == ["一", "二"]


def test_truncated_gzip_is_an_input_error(tmp_path):
    data = gzip.compress("正文\n".encode() * 10_000)
    path = write(tmp_path, "a.txt.gz", data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated gzip"):
        pages_of(path)


@pytest.mark.parametrize("cut", [0.5, -3])
def test_truncated_zstd_is_an_input_error(tmp_path, cut):
    # zstandard's stream reader ends quietly at a cut inside a frame: the reader must not.
    data = zstandard.ZstdCompressor().compress("正文\n".encode() * 10_000)
    end = int(len(data) * cut) if isinstance(cut, float) else cut
    path = write(tmp_path, "a.txt.zst", data[:end])
    with pytest.raises(InputError, match="truncated zstd"):
        pages_of(path)


def test_zstd_frames_one_after_another_are_read_whole(tmp_path):
    frames = [zstandard.ZstdCompressor().compress(f"第{i}帧\n".encode() * 5000) for i in range(3)]
    path = write(tmp_path, "a.txt.zst", b"".join(frames))
    lines = pages_of(path)[0].lines
    assert len(lines) == 15_000 and lines[0] == "第0帧" and lines[-1] == "第2帧"


def test_garbage_after_a_zstd_frame_is_an_input_error(tmp_path):
    path = write(tmp_path, "a.txt.zst", zstandard.ZstdCompressor().compress("正文\n".encode()) + b"junk")
    with pytest.raises(InputError, match="zstd"):
        pages_of(path)


# ---- JSONL ----------------------------------------------------------------------------------


def test_jsonl_keeps_every_other_field_and_takes_the_id(tmp_path):
    path = write(
        tmp_path, "a.jsonl", b'{"id": 7, "text": "\\u6807\\u9898\\n\\u6b63\\u6587", "meta": {"k": [1]}}\r\n\n'
    )
    [page] = pages_of(path)
    assert page.id == "7" and page.lines == ["标题", "正文"] and page.line == 1
    assert page.around == ('{"id": 7, "text": ', ', "meta": {"k": [1]}}')  # the rest, as it came


def test_jsonl_fields_come_back_byte_for_byte_around_the_text(tmp_path):
    # Parsing and re-encoding would turn 1e400 into Infinity (not JSON), drop digits, keep only
    # the last of two fields of one name, and refuse integers over 4,300 digits.
    rest = '"big": 1e400, "f": 1.0000000000000000001, "h": 1.10, "z": -0, "nan": NaN, "k": 1, "k": 2'
    rest += ', "long": ' + "9" * 5000 + ', "s": "\\u4e2d \u4e2d", "sp":  [ 1 ,2 ] '
    path = write(tmp_path, "a.jsonl", ("{" + rest + ', "text": "正文"}\n').encode())
    [page] = pages_of(path)
    assert page.around == ("{" + rest + ', "text": ', "}")


@pytest.mark.parametrize(
    "record, message",
    [
        ('{"text": "一", "text": "二"}', "appears twice"),  # the first text would be lost
        ('{"text": 5}', "is int, not a string"),
        ('{"text": 1.5e3}', "is float, not a string"),
        ('{"text": ["a"]}', "is list, not a string"),
        ('[{"text": "a"}]', "a JSON object was expected"),
        ('{"text": "a"} x', "bad JSON"),
    ],
)
def test_jsonl_records_that_cannot_be_cleaned_are_input_errors(tmp_path, record, message):
    path = write(tmp_path, "a.jsonl", (record + "\n").encode())
    with pytest.raises(InputError, match=message):
        pages_of(path)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)
_JSON_SPACE = st.text(st.sampled_from(" \t\r"), max_size=2)


@st.composite
def _json_object_lines(draw) -> str:
    """A JSON object as one JSONL line, with white space anywhere JSON allows it and names repeated."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(["text", "id", "", "名"]), _JSON_VALUES), max_size=4))
    space = lambda: draw(_JSON_SPACE)  # noqa: E731
    items = ",".join(
        f"{space()}{json.dumps(name, ensure_ascii=draw(st.booleans()))}{space()}:{space()}{json.dumps(value)}{space()}"
        for name, value in pairs
    )
    return f"{space()}{{{items or space()}}}{space()}"


def _decoded(line: str):
    decoder = json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=str)
    try:
        return decoder.decode(line)
    except (ValueError, RecursionError):
        return None


@settings(max_examples=60, deadline=None)
@given(_json_object_lines())
def test_record_fields_accepts_exactly_the_json_objects_and_finds_each_value(line):
    """The reader decodes each record once, walking its fields itself: the walk must accept what
    Python's decoder accepts as an object and nothing else (the line, and the line with a
    character put in, replaced or cut off anywhere), and every span must hold its value."""
    candidates = {line}
    for at in range(len(line) + 1):
        candidates.add(line[:at])
        for char in ("x", "}", ",", '"', ":", " ", "{", "]", "\\"):
            candidates.update((line[:at] + char + line[at:], line[:at] + char + line[at + 1 :]))
    for candidate in candidates:
        fields = record_fields(candidate)
        record = _decoded(candidate)
        assert (fields is not None) == isinstance(record, dict), candidate
        if fields is not None:
            assert {name: value for name, value, _, _ in fields} == record
            for _, value, start, end in fields:
                assert _decoded(candidate[start:end]) == value


def test_jsonl_ids_that_are_not_strings_are_written_as_json(tmp_path):
    lines = ['{"id": {"x": 1}, "text": "a"}', '{"id": 1.50, "text": "a"}', '{"id": true, "text": "a"}']
    path = write(tmp_path, "a.jsonl", "\n".join(lines).encode())
    assert [page.id for page in pages_of(path)] == ['{"x": 1}', "1.50", "true"]


def test_a_bom_before_a_blank_first_jsonl_line_is_passed_over(tmp_path):
    path = write(tmp_path, "a.jsonl", b'\xef\xbb\xbf\n{"text": "\xe6\xad\xa3"}\n')
    [page] = pages_of(path)
    assert page.lines == ["正"] and page.line == 2


def test_jsonl_text_and_id_keys(tmp_path):
    path = write(tmp_path, "a.jsonl", '{"url": "u", "content": "正文"}\n'.encode())
    [page] = pages_of(path, text_key="content", id_key="url")
    assert page.id == "u" and page.lines == ["正文"]


def test_jsonl_without_id_is_named_by_file_and_line(tmp_path):
    path = write(tmp_path, "a.jsonl", b'\n{"text": "a"}\n')
    assert pages_of(path)[0].id == f"{path}:2"


@pytest.mark.parametrize(
    "line, message",
    [
        (b"{bad", "bad JSON"),
        (b"[1, 2]", "JSON object was expected"),
        (b'{"body": "x"}', "no 'text' field"),
        (b'{"text": null}', "'text' is NoneType, not a string"),
        (b"[" * 100_000, "bad JSON"),
    ],
)
def test_malformed_jsonl_names_file_and_line(tmp_path, line, message):
    path = write(tmp_path, "a.jsonl", b'{"text": "ok"}\n' + line + b"\n")
    with pytest.raises(InputError, match=message) as raised:
        pages_of(path)
    assert raised.value.line == 2


def test_malformed_jsonl_skipped_and_counted_on_request(tmp_path):
    path = write(tmp_path, "a.jsonl", b'{"text": "a"}\n{bad\n{"text": 1}\n\xff\n{"text": "b"}\n')
    stats = ReadStats()
    pages = list(read_pages([str(path)], ReadOptions(on_error="skip", errors="strict"), stats))
    assert [p.lines for p in pages] == [["a"], ["b"]] and stats.skipped == 3


def test_unpaired_surrogates_in_json_text_are_replaced_and_counted(tmp_path):
    path = write(tmp_path, "a.jsonl", b'{"text": "a\\ud800b", "other": "\\udc00"}\n')
    stats = ReadStats()
    [page] = read_pages([str(path)], ReadOptions(), stats)
    assert page.lines == ["a\ufffdb"] and stats.replaced == 1
    assert page.around == ('{"text": ', ', "other": "\\udc00"}')  # other fields untouched


# ---- WET ------------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip_each", [True, False])
def test_wet_conversion_records_are_pages(tmp_path, gzip_each):
    records = [
        warcinfo(),
        wet_record("标题\n正文", url="http://a.cn/", record_id="<urn:uuid:1>"),
        wet_record("x", record_type="metadata"),
        wet_record("第二页", url="http://b.cn/", date="2024-05-06T07:08:09Z", record_id="<urn:uuid:2>"),
    ]
    path = write_wet(tmp_path / "a.warc.wet.gz", records, gzip_each=gzip_each)
    pages = pages_of(path)
    assert [p.lines for p in pages] == [["标题", "正文"], ["第二页"]]
    assert [p.id for p in pages] == ["<urn:uuid:1>", "<urn:uuid:2>"]
    assert pages[1].record == {
        "id": "<urn:uuid:2>",
        "url": "http://b.cn/",
        "date": "2024-05-06T07:08:09Z",
        "text": None,
    }
    assert [p.line for p in pages] == [2, 4]  # record numbers


@pytest.mark.parametrize("type_field", [b"warc-type: Conversion", b"WARC-Type: CONVERSION"])
def test_wet_field_names_and_record_type_in_any_case(tmp_path, type_field):
    """WARC field names and WARC-Type values are case-insensitive; FastWARC alone would call
    this record of an unknown type and the page would be passed over. (A lower-case
    content-length FastWARC cannot read at all: that file is refused as not valid, not skipped.)"""
    lower = wet_record("正文", url="http://a.cn/", record_id="<urn:uuid:1>")
    lower = lower.replace(b"WARC-Type: conversion", type_field)
    lower = lower.replace(b"WARC-Target-URI", b"warc-target-uri")
    other = wet_record("x", record_type="METADATA")
    pages = pages_of(write_wet(tmp_path / "a.warc.wet", [warcinfo(), lower, other], gzip_each=False))
    assert [(p.lines, p.id, p.record["url"]) for p in pages] == [(["正文"], "<urn:uuid:1>", "http://a.cn/")]


def test_each_wet_record_loses_its_leading_bom(tmp_path):
    records = [warcinfo(), wet_record("\ufeff标题\n\ufeff正文"), wet_record("\ufeff第二页")]
    pages = pages_of(write_wet(tmp_path / "a.warc.wet", records, gzip_each=False))
    assert [p.lines for p in pages] == [["标题", "\ufeff正文"], ["第二页"]]


def test_wet_record_shorter_than_its_length_is_truncation(tmp_path):
    path = write_wet(tmp_path / "a.wet", [wet_record("正文", content_length=100)], gzip_each=False)
    with pytest.raises(InputError, match="record 1: truncated"):
        pages_of(path)


def test_truncated_gzipped_wet_is_an_input_error(tmp_path):
    data = b"".join(gzip.compress(wet_record("正文" * 500, record_id=f"<urn:uuid:{i}>")) for i in range(20))
    path = write(tmp_path, "a.warc.wet.gz", data[: len(data) - 100])
    with pytest.raises(InputError, match="truncated gzip"):
        pages_of(path)


def test_not_a_warc_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a valid WARC/WET file"):
        pages_of(write(tmp_path, "a.wet", b"hello\nworld\n"))


def test_warc_without_conversion_records_warns(tmp_path, caplog):
    path = write_wet(tmp_path / "a.warc.gz", [warcinfo(), wet_record("x", record_type="response")])
    with caplog.at_level(logging.WARNING, logger="zhclean"):
        assert pages_of(path) == []
    assert "no conversion records" in caplog.text


# ---- formats --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("a.jsonl", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("A.JSONL.ZST", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("CC-MAIN-1.warc.wet.gz", "wet"),
        ("a.wet", "wet"),
        ("a.warc.gz", "wet"),
        ("a.txt", "text"),
        ("a.json", "text"),
        ("-", "text"),
    ],
)
def test_format_from_file_name(name, fmt):
    assert detect_format(name) == fmt


def test_several_inputs_are_read_in_turn(tmp_path):
    a = write(tmp_path, "a.txt", "一\n".encode())
    b = write(tmp_path, "b.txt", "二\n".encode())
    assert [p.lines for p in read_pages([str(a), str(b)], ReadOptions())] == [["一"], ["二"]]
