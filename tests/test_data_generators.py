"""Tests of the synthetic training-data engine (``classifier.data``): labels, proportions, determinism."""

from __future__ import annotations

import json
import random
import re
from collections import Counter

import pytest

from classifier.data import (
    build_training_data,
    code,
    english,
    generate_pages,
    listing,
    spam,
    tech,
    threads,
    variants,
)
from classifier.data import copyright as cr
from classifier.data import navigation as nav
from classifier.data.corpus import TextStyle, load_corpus, modernise, strip_tags
from classifier.data.pages import PAGE_KINDS, READ_MORE
from classifier.data.site import EXCLUDED_NAMES, make_site
from classifier.gold import page_from_record, read_gold
from classifier.labels import LABELS
from classifier.lines import is_blank

# Characters that some splitters treat as line breaks: a generated line must never contain them.
LINE_BREAKERS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@pytest.fixture(scope="module")
def pages():
    return generate_pages(300, seed=0)


def _of_kind(pages, *kinds):
    return [page for page in pages if page.meta["kind"] in kinds]


def _lines(pages):
    return [(text, label) for page in pages for text, label in zip(page.texts, page.labels) if label is not None]


def test_strip_tags_removes_pos_tags():
    assert strip_tags("迈向/v  充满/v  希望/n") == "迈向充满希望"
    assert "/v" not in strip_tags("迈向/v  充满/v")


def test_strip_tags_unwraps_bracketed_compounds_and_spaces_name_lists():
    assert strip_tags("[中国/ns  政府/n]nt  决定/v") == "中国政府决定"
    assert strip_tags("记者/n  曹/nr  照琴/nr  谢/nr  国明/nr") == "记者曹照琴 谢国明"
    assert strip_tags("江/nr  泽民/nr  发表/v") == "江泽民发表"


def test_corpus_has_articles_headlines_and_reviews():
    corpus = load_corpus()
    assert len(corpus.articles) > 1000
    assert len(corpus.headlines) > 1000
    assert len(corpus.reviews) > 10000
    assert not any("/n" in p or "/v" in p for a in corpus.articles[:200] for p in a.paragraphs)


def test_modernise_converts_digits_and_chinese_years():
    style = TextStyle(ascii_digits=True, year_shift=0, half_punct=(), spaced_comma=False)
    assert modernise("１９９８年１２月３１日，", style) == "1998年12月31日，"
    assert modernise("一九九七年十二月三十一日", style) == "1997年12月31日"
    half = TextStyle(ascii_digits=True, year_shift=20, half_punct=("，", "（", "）"), spaced_comma=False)
    assert modernise("１９９８年（附图），好", half) == "2018年(附图),好"


def test_same_seed_same_pages_different_seed_different_pages():
    first = generate_pages(15, seed=3)
    again = generate_pages(15, seed=3)
    other = generate_pages(15, seed=4)
    assert [p.to_json() for p in first] == [p.to_json() for p in again]
    assert [p.texts for p in first] != [p.texts for p in other]
    assert [p.id for p in first][:2] == ["gen-000001", "gen-000002"]
    assert [p.to_json() for p in generate_pages(5, seed=3)] == [p.to_json() for p in first[:5]]


def test_every_label_valid_and_blank_lines_unlabelled(pages):
    for page in pages:
        assert len(page.texts) == len(page.labels) > 0
        for text, label in zip(page.texts, page.labels):
            assert (label is None) == is_blank(text), (page.id, text, label)
            assert label is None or label in LABELS
            assert not any(ch in text for ch in LINE_BREAKERS), (page.id, text)
        page_from_record(json.loads(page.to_json()), where=page.id)  # the gold reader's own checks


def test_proportions_look_like_real_pages(pages):
    counts = Counter(label for page in pages for label in page.labels if label is not None)
    total = sum(counts.values())
    assert set(counts) == set(LABELS)
    non_body = 1 - counts["body"] / total
    assert 0.60 <= non_body <= 0.85, non_body
    assert counts["navigation"] > counts["body"] > counts["copyright"]
    assert counts["spam"] / total > 0.01


def test_page_kinds_and_variants_present(pages):
    kinds = Counter(page.meta["kind"] for page in pages)
    assert set(kinds) == {name for name, _ in PAGE_KINDS} | {"community"}  # community: in place of some forums
    assert abs(sum(share for _, share in PAGE_KINDS) - 1) < 1e-9
    assert sum(page.meta["lang"] == "zh-Hant" for page in pages) >= 3
    flags = Counter(v for page in pages for v in page.meta["variants"])
    assert flags["spam"] >= 10
    assert flags["traditional"] >= 3


def test_most_pages_have_body_and_navigation(pages):
    with_body = sum("body" in page.labels for page in pages)
    with_nav = sum("navigation" in page.labels for page in pages)
    assert with_body >= 0.85 * len(pages)
    assert with_nav >= 0.95 * len(pages)


def test_control_character_lines_are_spam(pages):
    jammers = [(text, label) for page in pages for text, label in zip(page.texts, page.labels)
               if any(ch in text for ch in spam.CONTROL_CHARS)]
    assert jammers
    assert all(label == "spam" for _, label in jammers)


def test_dev_site_names_never_generated(pages):
    rng = random.Random(1)
    for _ in range(500):
        for kind in ("news", "gov", "blog", "forum", "portal"):
            site = make_site(rng, kind)
            assert site.name not in EXCLUDED_NAMES and site.paper not in EXCLUDED_NAMES


def test_spam_generators():
    rng = random.Random(7)
    sentence = "新春佳节到来之际，社区干部走访慰问困难群众。"
    jammed = spam.control_jammed(rng, sentence)
    assert any(ch in jammed for ch in spam.CONTROL_CHARS)
    assert jammed.translate({ord(c): None for c in spam.CONTROL_CHARS}) == sentence
    injected = spam.inject_phrase(rng, sentence, "澳门葡京娱乐官网")
    assert "澳门葡京娱乐官网" in injected and len(injected) > len(sentence)
    rest = injected.replace("澳门葡京娱乐官网", "", 1)
    assert sentence in (rest, rest.replace("网", "", 1))  # the phrase may echo its last character
    for _ in range(50):
        assert not is_blank(spam.invisible_line(rng))
        assert not is_blank(spam.junk_id(rng))
        assert not is_blank(spam.leaked_html(rng))
        assert len(spam.keyword_list(rng)) > 4
    digits = [spam.junk_id(random.Random(s)) for s in range(40)]
    assert any(d.isdigit() and len(d) >= 30 for d in digits)
    assert "<" in spam.leaked_tag_block(rng)[0] or "&" in spam.leaked_tag_block(rng)[0]


def test_keyword_vocabularies_are_large():
    rng = random.Random(0)
    assert len({spam.casino_keyword(rng) for _ in range(2000)}) > 1000
    assert len({spam.porn_keyword(rng) for _ in range(2000)}) > 1000
    site = make_site(rng, "news")
    assert len({cr.icp(rng, site) for _ in range(500)}) > 400
    assert len({nav.editor_credit(rng, site) for _ in range(500)}) > 400


def test_variants_keep_text_shape():
    rng = random.Random(2)
    text = "中国共产党的要求很高，病毒防控要做好。"
    spun = variants.spin(rng, text, swaps=3)
    assert spun != text and len(spun) == len(text)
    assert variants.to_traditional("网络发展") == "網絡發展"
    assert variants.width_variant("2023年5月,好", True) == "２０２３年５月，好"
    assert variants.width_variant("２０２３年，好", False) == "2023年,好"
    assert "(" in variants.pinyin_artifacts(rng, text, rate=1.0)


def test_loose_typing_changes_only_punctuation_and_spaces():
    rng = random.Random(4)
    text = "头发留的很长很长了，每天总是花很多时间去梳头。你说呢？"
    typed = [variants.loose_typing(rng, text, 0.5, 0.5) for _ in range(50)]
    assert len(set(typed)) > 10
    marks = re.compile(r"[，。！？；：,.!?;: ]")
    assert {marks.sub("", t) for t in typed} == {marks.sub("", text)}
    assert any(re.search(r"[,.?]", t) and re.search(r"[，。？]", t) for t in typed)  # both widths in one line
    assert variants.loose_typing(rng, text, 0.0, 0.0) == text
    assert variants.loose_typing(rng, "首页 | 新闻 | 关于我们", 1.0, 1.0) == "首页 | 新闻 | 关于我们"


def test_loose_typing_pages_keep_their_labels_and_leave_copyright_and_spam_alone(pages, monkeypatch):
    from classifier.data import pages as page_module

    typed = [page for page in pages if "loose_typing" in page.meta["variants"]]
    assert 5 <= len(typed) <= 60
    assert Counter(page.meta["kind"] for page in typed).most_common(1)[0][0] in page_module.HAND_TYPED_KINDS
    monkeypatch.setattr(page_module, "LOOSE_TYPING_SHARE", 0.0)
    monkeypatch.setattr(page_module, "LOOSE_TYPING_SHARE_OTHER", 0.0)
    untyped = {page.id: page for page in generate_pages(300, seed=0)}
    changed = 0
    for page in typed:
        before = untyped[page.id]
        assert page.labels == before.labels
        for text, old, label in zip(page.texts, before.texts, page.labels):
            if label in ("copyright", "spam", None):
                assert text == old
            changed += text != old
    assert changed >= 5 * len(typed)


def test_converter_glosses_are_the_same_characters_on_every_line():
    originals = ["发展网络经济", "版权所有 网站首页", "联系我们"] * 20
    converted = [variants.to_traditional(t) for t in originals]
    glossed = variants.gloss_converted(random.Random(5), originals, converted)
    assert any("(" in line for line in glossed)
    for before, after in zip(converted, glossed):  # only glosses are added, after converted characters
        assert re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", after) == before
    assert len(set(glossed[0::3])) == 1  # a character is glossed everywhere on the page or nowhere


def test_build_training_data_writes_gold_jsonl(tmp_path):
    path = tmp_path / "out" / "generated.jsonl"
    assert build_training_data(5, seed=9, path=path) == 5
    read = list(read_gold(path))
    assert [p.id for p in read] == [f"gen-{i:06d}" for i in range(1, 6)]
    assert read[0].texts == generate_pages(5, seed=9)[0].texts


# --- page kinds added for the body lines the model lost (tech, threads, archives, tables, poems, briefs, SEO) ---

CODE_START = ("import ", "from ", "def ", "return ", "const ", "export ", "public ", "SELECT", "CREATE TABLE", "docker ", "git ",
              "pip install", "npm ", "kubectl ", "Traceback", "func ", "package main", "server {", "FROM ", "at ")


def test_code_lines_of_tech_pages_are_body(pages):
    tech_pages = [page for page in _of_kind(pages, "tech") if "spam" not in page.meta["variants"]]
    assert len(tech_pages) >= 10
    lines = _lines(tech_pages)
    braces = [label for text, label in lines if text.strip() in ("}", "});", "})", "{", "};")]
    starts = [label for text, label in lines if text.strip().startswith(CODE_START) and not any("\u4e00" <= c <= "\u9fff" for c in text)]
    assert len(braces) >= 20 and len(starts) >= 50
    assert set(braces) == {"body"} and set(starts) == {"body"}
    chinese_comments = [label for text, label in lines if text.strip().startswith(("# ", "// ")) and any("\u4e00" <= c <= "\u9fff" for c in text)]
    assert chinese_comments and set(chinese_comments) == {"body"}


def test_tech_chrome_is_navigation_and_cc_notice_copyright(pages):
    lines = _lines(_of_kind(pages, "tech"))
    assert {label for text, label in lines if text.startswith("本文链接：")} == {"navigation"}
    assert {label for text, label in lines if "CC 4.0 BY-SA" in text or "《CC 协议》" in text} == {"copyright"}
    assert {label for text, label in lines if text.strip() in tech.CODE_CHROME} <= {"navigation"}


def test_tech_toc_repeats_headings_as_navigation():
    rng = random.Random(3)
    topic = tech.topic(rng)
    head, segments = tech.article(rng, topic, 4)
    headings = [s.lines[0] for s in segments if s.kind == "heading"]
    assert head and len(headings) == 4 and any(s.kind == "code" for s in segments)
    toc = tech.toc(rng, headings)
    assert all(any(h.lstrip("#▍ ").rstrip("#") in line for line in toc) for h in headings)


def test_code_blocks_for_every_language():
    rng = random.Random(11)
    for language in code.LANGUAGES:
        for kind in range(len(code.LANGUAGES[language])):
            block = code.block(rng, language, kind)
            assert block and any(line.strip() for line in block), (language, kind)
    assert len({tuple(code.block(rng, "python")) for _ in range(200)}) > 190


def test_short_forum_replies_are_body(pages):
    buttons = {"回复", "引用", "举报", "支持", "反对", "评分", "点赞", "收藏", "分享", "首赞", "评论", "TOP", "编辑"}
    assert not buttons & set(threads.SHORT_REPLIES)
    # Pages with injected spam are left out: an SEO comment ("工业除湿机" / "感谢分享！") is spam.
    lines = _lines([page for page in _of_kind(pages, "forum", "qa", "community") if "spam" not in page.meta["variants"]])

    def bare(text):
        text = text.strip()
        for suffix in threads.SUFFIXES:
            if suffix and text.endswith(suffix):
                return text[: -len(suffix)]
        return text

    short = [(text, label) for text, label in lines if bare(text) in threads.SHORT_REPLIES]
    assert len(short) >= 30
    assert {label for _, label in short} == {"body"}
    rng = random.Random(5)
    assert len({threads.short_reply(rng) for _ in range(1000)}) > 500


def test_archive_pages_have_several_post_titles_and_read_more_links(pages):
    archives = _of_kind(pages, "archive")
    assert archives
    more = [label for text, label in _lines(archives) if text.strip() in READ_MORE]
    assert len(more) >= 3 * len(archives) and set(more) == {"navigation"}
    assert all(page.labels.count("body") >= 3 for page in archives)


def test_table_cells_are_body():
    rng = random.Random(8)
    title, lines = listing.results_table(rng, "临沂")
    assert title and len(lines) > 5
    rows = listing.render_rows(rng, [["名次", "姓名"], ["1", "张三"]], layout="cells")
    assert rows == ["名次", "姓名", "1", "张三"]


def test_table_pages_have_number_and_name_cells_as_body(pages):
    lines = _lines([page for page in _of_kind(pages, "table") if "spam" not in page.meta["variants"]])
    pagination = _pagination_positions([text for text, _ in lines])  # page numbers are navigation by rule
    cells = [label for i, (text, label) in enumerate(lines)
             if re.fullmatch(r"\d{1,3}(?:\.\d\d?)?", text.strip()) and i not in pagination]
    assert len(cells) >= 20 and cells.count("body") >= 0.9 * len(cells)  # a few are share/vote counters (navigation)


def _pagination_positions(texts):
    """Positions of the page-number lines of "上一页 1 2 3 … 下一页" blocks."""
    positions, run = set(), None
    for i, text in enumerate(texts):
        if text.strip() in ("上一页", "上页"):
            run = []
        elif run is not None and text.strip().isdigit():
            run.append(i)
        else:
            if run is not None and text.strip() in ("下一页", "下页"):
                positions.update(run)
            run = None
    return positions


def test_poem_pages_label_dynasty_author_and_lines_body(pages):
    lines = _lines(_of_kind(pages, "poem"))
    meta = [label for text, label in lines if text.startswith(("朝代：", "体裁："))]
    assert meta and set(meta) <= {"body", "spam"}
    verse = [label for text, label in lines if re.match("^(?:[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，。]", text)]
    assert len(verse) >= 10 and verse.count("body") >= 0.8 * len(verse)


def test_brief_pages_have_few_body_lines(pages):
    briefs = [page for page in _of_kind(pages, "brief") if not set(page.meta["variants"]) & {"spam", "seo_keyword"}]
    assert briefs
    for page in briefs:
        body = page.labels.count("body")
        assert 1 <= body <= 12, body
        assert page.labels.count("navigation") > 3 * body


def test_seo_keyword_lines_are_spam_and_carry_the_keyword(pages):
    hijacked = [page for page in pages if "seo_keyword" in page.meta]
    assert len(hijacked) >= 8
    for page in hijacked:
        forms = page.meta["seo_keyword"]
        hits = [label for text, label in zip(page.texts, page.labels) if any(f in text for f in forms)]
        assert len(hits) >= 2 and set(hits) == {"spam"}, (page.id, forms)
        if "traditional" in page.meta["variants"]:  # OpenCC may convert the phrase differently in context
            continue
        assert all(any(f in text for f in forms) for text, label in zip(page.texts, page.labels) if label == "spam")
        assert any(any(f in text for f in forms) and ("更多关于" in text or "相关" in text or "标签" in text or "最新" in text
                                                      or "猜你" in text or "热门" in text or "资讯" in text)
                   for text in page.texts)


def test_english_and_unpunctuated_body_lines_exist(pages):
    body = [text for text, label in _lines(pages) if label == "body"]
    english_lines = [t for t in body if sum(c.isascii() and c.isalpha() for c in t) > 0.6 * len(t.strip()) > 20]
    assert len(english_lines) >= 20
    assert sum(len(t) > 40 and t.strip()[-1] not in "。！？!?.…”）)" for t in body) >= 50
    rng = random.Random(4)
    assert len({english.sentence(rng) for _ in range(500)}) > 400
    mixed = english.mixed_sentence(random.Random(1), "我们买了一台手机，非常好用。")
    assert mixed.startswith("我们买了一台手机") and mixed.endswith("非常好用。") and any(c.isascii() and c.isalnum() for c in mixed)


def test_sentence_like_navigation_lines_exist(pages):
    corpus = load_corpus()
    sentences = set(corpus.sentences[:200000])
    nav_sentences = [text for text, label in _lines(pages) if label == "navigation" and text.strip() in sentences]
    assert len(nav_sentences) >= 20


def test_community_threads_replace_some_forum_pages_and_leave_the_rest_as_they_were(monkeypatch):
    from classifier.data import pages as page_module

    # Loose typing's stream draws more for the pages it retypes, which differ once a forum page
    # is a community thread instead: both runs here go without it, not with the module's pages.
    monkeypatch.setattr(page_module, "LOOSE_TYPING_SHARE", 0.0)
    monkeypatch.setattr(page_module, "LOOSE_TYPING_SHARE_OTHER", 0.0)
    pages = generate_pages(300, seed=0)
    monkeypatch.setattr(page_module, "COMMUNITY_SHARE", 0.0)
    without = {page.id: page for page in generate_pages(300, seed=0)}
    community = _of_kind(pages, "community")
    assert 5 <= len(community) <= 30  # about half of the forum pages' 10%
    assert {without[page.id].meta["kind"] for page in community} == {"forum"}
    others = [page for page in pages if page.meta["kind"] != "community"]
    assert [p.to_json() for p in others] == [without[p.id].to_json() for p in others]


def test_community_posts_and_replies_are_body_and_their_name_place_and_time_lines_navigation(pages):
    for page in _of_kind(pages, "community"):
        labelled = [(text.strip(), label) for text, label in zip(page.texts, page.labels) if label is not None]
        assert sum(label == "body" for _, label in labelled) >= 2, page.id
        for text, label in labelled:
            if text.startswith("IP属地") or text in ("热门话题", "全部评论", "登录后，精彩更多") or "点赞 · " in text:
                assert label == "navigation", (page.id, text)
            if re.fullmatch(r"\S+ @\S+", text) and "ICP" not in text:
                assert label == "navigation", (page.id, text)
