import numpy as np

from classifier.features import LAYOUT_FEATURE_NAMES, LineFeaturizer, layout_features, tokenize_words


def feature(line: str, name: str) -> float:
    return float(layout_features([line])[0, LAYOUT_FEATURE_NAMES.index(name)])


def test_layout_flags_machine_junk_and_legal_patterns():
    assert feature("<span id=\"a8k2x\"></span>", "has_markup") == 1.0
    assert feature("正文\x07内容", "has_control") == 1.0
    assert feature("\u200b\ufeff", "has_invisible_only") == 1.0
    assert feature("\ue60a", "has_private_use") == 1.0
    assert feature("粤ICP备09102757号", "has_icp") == 1.0
    assert feature("Copyright © 2020 某网", "has_copyright_sign") == 1.0
    assert feature("020020030100000000000000011100001211615065", "has_long_digits") == 1.0


def test_stray_controls_and_zero_width_characters_inside_text_are_not_junk_flags():
    # Jammers use U+0005-U+0008; \f, \v, NUL and DEL come from converters and decoders. A
    # zero-width space inside a sentence is common in WeChat articles; only a line of them is junk.
    for stray in ("\x0c", "\x0b", "\x00", "\x1f", "\x7f"):
        assert feature(f"正文{stray}内容", "has_control") == 0.0
    assert feature("项目地址：\u200b\u200bhttps://github.com/x\u200b", "has_invisible_only") == 0.0
    assert feature(" \u200b \u00ad ", "has_invisible_only") == 1.0


def test_layout_separates_sentences_from_menus():
    sentence = "今天上午，市政府召开新闻发布会，介绍了全市经济运行情况。"
    menu = "首页 | 新闻 | 体育 | 财经 | 关于我们"
    assert feature(sentence, "has_sentence_end") == 1.0
    assert feature(menu, "has_sentence_end") == 0.0
    assert feature(menu, "share_separator") > feature(sentence, "share_separator")
    assert feature(sentence, "share_cjk") > feature(menu, "share_cjk")


def test_layout_of_empty_input_has_the_right_shape():
    assert layout_features([]).shape == (0, len(LAYOUT_FEATURE_NAMES))


def test_words_include_adjacent_pairs():
    tokens = tokenize_words("版权所有 未经授权")
    assert "版权所有" in tokens and any("|" in t for t in tokens)


def test_featurizer_is_width_insensitive_in_the_text_blocks():
    featurizer = LineFeaturizer(char_buckets=2**12, word_buckets=2**10, use_layout=False)
    featurizer.fit(["责任编辑：王森", "版权所有"])
    full, ascii_ = featurizer.transform(["责任编辑：王森", "责任编辑:王森"]).toarray()
    np.testing.assert_allclose(full, ascii_)


def test_featurizer_output_width_matches_its_blocks():
    featurizer = LineFeaturizer(char_buckets=2**12, word_buckets=2**10).fit(["一行", "另一行"])
    matrix = featurizer.transform(["一行", "第三行", "x"])
    assert matrix.shape == (3, featurizer.n_features_out_)
