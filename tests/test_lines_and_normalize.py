import re

from hypothesis import given
from hypothesis import strategies as st

from classifier.lines import (
    bounded_runs,
    has_surrogates,
    is_blank,
    non_blank_positions,
    split_lines,
    without_surrogates,
    without_surrogates_all,
)
from classifier.normalize import normalize_for_features, normalize_width


def test_split_lines_handles_every_line_end_and_no_phantom_last_line():
    assert split_lines("a\r\nb\rc\nd\n") == ["a", "b", "c", "d"]
    assert split_lines("") == []
    assert split_lines("\n") == [""]


@given(st.text(alphabet=st.sampled_from("甲a \r\n\u2028\x0c"), max_size=40))
def test_split_lines_takes_the_same_breaks_with_or_without_a_carriage_return(text):
    # Text without "\r" takes a faster path than text with one; both follow one rule.
    expected = re.split(r"\r\n|\r|\n", text) if text else []
    if expected and expected[-1] == "":
        expected.pop()
    assert split_lines(text) == expected


def test_split_lines_keeps_unicode_separators_inside_a_line():
    assert split_lines("甲\u2028乙\u2029丙\x0c丁") == ["甲\u2028乙\u2029丙\x0c丁"]


def test_blank_is_whitespace_only_but_zero_width_junk_is_not_blank():
    assert is_blank("  \u3000\t\xa0")
    assert not is_blank("\u200b\ufeff")
    assert not is_blank("。")


@given(st.lists(st.text(st.sampled_from(" \t\u3000\u00a0\u200b\ufeff\x0b\u2028正\ud800"), max_size=3), max_size=8))
def test_batch_helpers_agree_with_the_one_line_definitions(lines):
    assert non_blank_positions(lines) == [i for i, line in enumerate(lines) if not is_blank(line)]
    assert without_surrogates_all(lines) == [without_surrogates(line) for line in lines]


@given(st.text(st.sampled_from("正a\ud7ff\ud800\udbff\udc00\udfff\ue000\U0001f600\x00"), max_size=6))
def test_has_surrogates_finds_exactly_the_code_points_utf8_cannot_encode(text):
    # The edges of the surrogate range and the code points around it, astral ones included.
    assert has_surrogates(text) == any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def test_width_normalisation_folds_fullwidth_forms():
    assert normalize_width("ＩＣＰ备１２号，") == "ICP备12号,"


def test_feature_form_collapses_digits_case_and_space():
    assert normalize_for_features("  Copyright　©  2008-2024 ") == "copyright © 0-0"
    assert normalize_for_features("京ICP备12345678号") == normalize_for_features("京ＩＣＰ备87654321号")


def test_digit_runs_keep_their_length_class():
    # A share counter and a machine ID are both digits, but only the ID is junk (LABELS.md: spam).
    assert normalize_for_features("0") != normalize_for_features("020020030100000000000000011100001211615065")
    assert normalize_for_features("阅读 12") == normalize_for_features("阅读 3456")
    assert normalize_for_features("电话:13812345678") == normalize_for_features("电话:02087654321")


@given(
    st.lists(st.integers(0, 40), max_size=30),
    st.integers(1, 6),
    st.integers(1, 60),
)
def test_bounded_runs_are_the_greedy_runs_in_order(sizes, max_items, max_size):
    runs = list(bounded_runs(list(range(len(sizes))), sizes, max_items, max_size))
    assert [item for run in runs for item in run] == list(range(len(sizes)))
    for run, after in zip(runs, [*runs[1:], None]):
        total = sum(sizes[i] for i in run)
        assert 0 < len(run) <= max_items and (total <= max_size or len(run) == 1)
        if after:  # greedy: the next item would not have fitted
            assert len(run) == max_items or total + sizes[after[0]] > max_size
