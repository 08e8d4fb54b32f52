"""Property-based tests over arbitrary text: labelling never fails, cleaning never invents or
reorders lines and is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier import classify_lines, clean
from classifier.lines import split_lines

from .conftest import BODY_LINES, COPYRIGHT_LINES, NAVIGATION_LINES, SPAM_LINES

# Realistic lines mixed with arbitrary Unicode (control characters, zero-width characters,
# surrogates, separators), so both the typical path and the odd corners are exercised.
REALISTIC = st.sampled_from(BODY_LINES + NAVIGATION_LINES + COPYRIGHT_LINES + SPAM_LINES + ["", "  "])
ANY_LINE = st.text(alphabet=st.characters(codec=None, exclude_characters="\r\n"), max_size=80)
LINES = st.lists(st.one_of(REALISTIC, ANY_LINE), max_size=25)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def is_subsequence(small: list[str], big: list[str]) -> bool:
    remaining = iter(big)
    return all(any(line == candidate for candidate in remaining) for line in small)


@FAST
@given(LINES)
def test_classify_lines_gives_one_label_per_line_and_never_raises(tiny_model, lines):
    labels = classify_lines(lines, model=tiny_model)
    assert len(labels) == len(lines)
    for line, label in zip(lines, labels):
        assert (label is None) == (not line.strip())
        assert label in (None, "body", "copyright", "navigation", "spam")


@FAST
@given(LINES)
def test_clean_output_is_a_subsequence_of_the_input_lines(tiny_model, lines):
    text = "\n".join(lines)
    assert is_subsequence(split_lines(clean(text, model=tiny_model)), split_lines(text))


@FAST
@given(LINES)
def test_clean_is_idempotent(tiny_model, lines):
    once = clean("\n".join(lines), model=tiny_model)
    assert clean(once, model=tiny_model) == once


def test_lone_surrogates_are_labelled_not_fatal(tiny_model):
    assert classify_lines(["正文\ud800内容", "\udfff"], model=tiny_model)[0] is not None


@FAST
@given(LINES)
def test_every_line_is_kept_exactly_when_its_final_label_is_kept(tiny_model, lines):
    from classifier.api import classify_pages

    (page,) = classify_pages([lines], model=tiny_model)
    assert page.kept == [label == "body" for label in page.labels]
    assert "\n".join(page.cleaned_lines()) == clean("\n".join(lines), model=tiny_model)
