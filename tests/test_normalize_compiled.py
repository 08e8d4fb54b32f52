"""The compiled normalisation (``classifier/_normalize.c``) against :func:`normalize_for_features`.

The C module knows no Unicode: it folds characters through tables built from this Python's
``unicodedata``. These tests hold every character the tables cover, alone, between neighbours and
in random strings, to the Python function, and check that whatever they do not cover falls back.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier import normalize
from classifier.normalize import _astral_fold_tables, _fold_tables, normalize_for_features, normalize_many

pytestmark = pytest.mark.skipif(normalize._normalize is None, reason="C module not built")


def covered_characters() -> list[str]:
    entries = np.frombuffer(_fold_tables()[0], dtype=np.uint32)
    return [chr(point) for point in np.flatnonzero(entries)]


def changed_characters() -> list[str]:
    """The covered characters the folding changes: the ones that can go wrong."""
    return [c for c in covered_characters() if normalize_for_features(c) != c]


def assert_same(lines: list[str]) -> None:
    assert normalize_many(lines) == [normalize_for_features(line) for line in lines]


def test_typical_lines_fold_as_in_python():
    assert_same(
        [
            "  2022-03-20 15:53:27　來源: 人民日報 ",
            "电话:13812345678 粤ICP备09102757号 020020030100000000000000011",
            "ＩＣＰ备１２３号，版权所有　©　２００８－２０２４",
            "“引号”……《书名》【标题】①②③ ½ ™ ℃ Ⅻ ﬁ ㈱ ㍻ ｶﾞ",
            "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2000\u200a\u2028\u2029\u202f\u205f\u3000",
            "",
            " ",
            "0",
            "12345",
            "a 1 b",
            "1 2",
            " 1",
            "1 ",
            "\ue000私用区\uf8ff",
        ]
    )


def test_every_covered_character_alone_and_between_neighbours():
    characters = covered_characters()
    assert len(characters) > 35_000  # the ideographs and private use (33,984), and more
    for context in ("{}", "a{}中", "{}{}", " {}1", "1{}a", "Α{}", "{} {}"):
        assert_same([context.format(c, c) for c in characters])


def test_random_strings_of_covered_characters():
    # Weighted toward the characters folding changes: decompositions, digits, spaces, case.
    rng = np.random.default_rng(0)
    pool = np.array(changed_characters() * 4 + covered_characters()[::50] + [" ", "1", "a"] * 50)
    lengths = rng.integers(1, 13, size=20_000)
    assert_same(["".join(rng.choice(pool, size=n)) for n in lengths])


def test_long_lines_whose_folding_grows_them():
    # The output buffer grows while it is written: the longest folds, digit runs, spaces at the
    # ends, over a few hundred thousand characters.
    longest = sorted(changed_characters(), key=lambda c: len(normalize_for_features(c)))[-50:]
    assert max(len(normalize_for_features(c)) for c in longest) >= 5
    assert_same(["".join(longest) * 4_000, " 1" * 100_000 + "中", "１２３４５" * 50_000])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8))
def test_any_lines_fold_as_in_python(lines):
    assert_same(lines)


def astral_block_characters() -> str:
    return "".join(chr(point) for start, end in normalize._ASTRAL_BLOCKS for point in range(start, end))


def astral_tables(characters: str) -> tuple[bytes, bytes, bytes]:
    return _astral_fold_tables((c, normalize._folds_alone(c)) for c in characters)


def test_characters_above_u_ffff_alone_and_between_neighbours():
    """The code points of the astral blocks are folded through tables of their own: every one of
    the mathematical, emoji and symbol blocks, and a sample of the ideographs."""
    characters = [c for c in astral_block_characters() if ord(c) < 0x20000 or ord(c) % 97 == 0]
    for context in ("{}", "a{}中", "{}{}", " {}1", "1{}a", "Α{}", "{} {}", "❤{}\ufe0f"):
        lines = [context.format(c, c) for c in characters]
        assert normalize_many(lines) == [normalize_for_features(line) for line in lines]  # learning them
        assert_same(lines)  # folded through the tables learnt


def test_lines_holding_emoji_and_other_astral_characters_are_folded_in_c(monkeypatch):
    lines = ["表情😀👍🏻 ok", "❤️ 点赞", "𝟑𝟒𝟓𝟔𝟕 数学𝐀𝐁", "𠀀𠀁 扩展B", "𝚺𝛢 Greek", "\U0001f1e8\U0001f1f3 旗"]
    expected = [normalize_for_features(line) for line in lines]

    def refuse(line):
        raise AssertionError(f"folded in Python: {line!r}")

    folds_alone = [c for c in "".join(lines) if normalize._folds_alone(c) is None]
    assert folds_alone == ["𝚺"]  # a capital sigma: its line, and that line alone, goes to Python
    monkeypatch.setattr(normalize, "_ASTRAL_FOLDS", normalize._AstralFolds())
    assert normalize_many(lines) == expected  # met for the first time: folded in Python
    monkeypatch.setattr(normalize, "normalize_for_features", refuse)
    assert normalize_many(lines[:-2] + lines[-1:]) == expected[:-2] + expected[-1:]
    with pytest.raises(AssertionError, match="folded in Python"):
        normalize_many(lines)


def test_what_the_tables_do_not_cover_falls_back():
    uncovered = [
        "e\u0301",  # a combining mark
        "ΑΣ",  # final sigma: the capital's lower case depends on its place in the word
        "한국어 문장",  # Hangul syllables recompose with jamo
        "\u1100\u1161",  # conjoining jamo
        "𠀀 astral 😀",
        "\ud800 lone surrogate",
        "İstanbul",  # lower case is two characters
        "١٢٣ Arabic-Indic digits",
    ]
    entries = np.frombuffer(_fold_tables()[0], dtype=np.uint32)
    for line in uncovered:
        assert any(ord(c) >= 0x10000 or not entries[ord(c)] for c in line), line
    assert_same(uncovered + ["covered 中文"] + uncovered)


def test_fallback_results_and_errors_pass_through():
    entries, items = _fold_tables()
    assert normalize._normalize.fold_lines(["中", "𠀀"], entries, items, lambda line: "fallback") == [
        "中",
        "fallback",
    ]

    def refuse(line):
        raise RuntimeError(line)

    with pytest.raises(RuntimeError, match="𠀀"):
        normalize._normalize.fold_lines(["𠀀"], entries, items, refuse)


def test_bad_input_is_refused():
    entries, items = _fold_tables()
    fold = normalize._normalize.fold_lines
    with pytest.raises(TypeError):
        fold(["ok", b"bytes"], entries, items, normalize_for_features)
    with pytest.raises(TypeError):
        fold(["ok"], entries, items, "not callable")
    with pytest.raises(ValueError):
        fold(["ok"], entries[:-4], items, normalize_for_features)
    with pytest.raises(ValueError, match="past the end"):
        fold(["ok"], entries, items[:-4], normalize_for_features)
    points, astral_entries, astral_items = astral_tables("😀𠀀")
    for bad in (
        (points[4:] + points[:4], astral_entries, astral_items),  # not ascending
        (points, astral_entries[:4], astral_items),  # an entry short
        (points, astral_entries),  # a table short
    ):
        with pytest.raises(ValueError):
            fold(["😀"], entries, items, normalize_for_features, *bad)
    with pytest.raises(ValueError, match="past the end"):
        fold(["😀"], entries, items, normalize_for_features, points, astral_entries, astral_items[:-4])


def test_no_fold_holds_a_character_composition_could_join_to_its_neighbour():
    """Composition needs a second character that is a combining mark or a starter that ends some
    canonical composition (Hangul vowel and trailing jamo, a few Indic vowel signs). The tables
    leave out combining marks and jamo; no other such starter may come out of a fold."""
    import unicodedata

    seconds = set()
    for point in range(0x110000):
        decomposition = unicodedata.decomposition(chr(point)).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            second = chr(int(decomposition[1], 16))
            if not unicodedata.combining(second):
                seconds.add(second)
    seconds.update(map(chr, [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]))  # composed by rule
    entries, items = (np.frombuffer(table, dtype=np.uint32) for table in _fold_tables())
    astral_items = np.frombuffer(astral_tables(astral_block_characters())[2], dtype=np.uint32)
    produced = {chr(item >> 2) for item in np.concatenate([items, astral_items])}
    assert not produced & seconds
