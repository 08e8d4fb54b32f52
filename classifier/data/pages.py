"""Assemble whole labelled pages from the line generators, in the order and proportions of real pages.

Real crawled pages are mostly chrome: about three lines in four are navigation, copyright or spam
(``shared/data/real/README.md``). A line classifier that sees whole pages learns from position and
neighbourhood as well as from the line itself, so each template here lays out a page the way its
kind of site does: header chrome, breadcrumb, title, meta line, share widgets, the article, credits,
related lists, comments, pagination, footer links and the copyright block. Every choice (presence,
counts, separators, blank-line patterns, indentation) is drawn from one ``random.Random`` (the
community threads and the loose typing from two more, seeded from the same seed) so the output is a
pure function of the seed.

Page kinds and shares (``PAGE_KINDS``): news article 28%, government notice 10%, forum thread 10%
(many with short "顶"/"谢谢楼主" replies; half of them newer community-site threads,
``community.py``), programming article 9% (``tech.py``), blog 7%, portal
listing 5%, short news between heavy portal chrome 5%, table/listing page 5% (``listing.py``), Q&A
page 4% (``threads.py``), blog front page / archive 4%, short page 4%, content farm 4%, poem page 3%
and essay / novel chapter 2% (``literary.py``). About 15% of the other pages get injected spam (top,
bottom, inside paragraphs) and 6% an SEO keyword hijack (title, one or two paragraphs, a "更多关于…"
line); 7% are converted to traditional characters (30% of those with the converter's pinyin glosses
on every line), 8% switch digit/punctuation width and 4% have spun (homoglyph) body lines. Last,
30% of the hand-written kinds (blog, archive, forum, community, Q&A) and 4% of the rest get loosely
typed punctuation in their body and navigation lines (full- and half-width marks mixed in a line,
spaces after them, as bloggers and posters type).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ..gold import GoldPage, write_gold
from ..labels import BODY, COPYRIGHT, NAVIGATION, SPAM
from ..lines import is_blank
from . import code, community, listing, literary, spam, tech, threads, variants, vocab
from . import copyright as cr
from . import navigation as nav
from .article import post_lines, render_article, render_notice
from .blocks import (
    BLANK_STYLES,
    BODY_INDENTS,
    Ctx,
    Writer,
    article_for,
    body_text,
    comments,
    footer,
    header,
    related,
    weighted,
)
from .corpus import Article, Corpus, load_corpus, text_style
from .site import make_site

PAGE_KINDS: tuple[tuple[str, float], ...] = (
    ("news", 0.28), ("gov", 0.10), ("forum", 0.10), ("blog", 0.07), ("portal", 0.05), ("short", 0.04), ("farm", 0.04),
    ("tech", 0.09), ("qa", 0.04), ("archive", 0.04), ("table", 0.05), ("poem", 0.03), ("literature", 0.02), ("brief", 0.05),
)
SPAM_PAGE_SHARE = 0.15
SEO_KEYWORD_SHARE = 0.06
TRADITIONAL_SHARE = 0.07
WIDTH_SHARE = 0.08
SPIN_SHARE = 0.04
#: Share of traditional-character pages whose converter left pinyin glosses ("發(fā)") on every line.
GLOSSED_SHARE = 0.3
#: Share of the forum pages replaced by a newer community site's thread (classifier.data.community).
COMMUNITY_SHARE = 0.5
#: Page kinds written by hand by their users (posts, replies, blog entries), and the share of their
#: pages, and of the other pages, whose body and navigation lines get loosely typed punctuation.
HAND_TYPED_KINDS = frozenset({"blog", "forum", "community", "archive", "qa"})
LOOSE_TYPING_SHARE = 0.3
LOOSE_TYPING_SHARE_OTHER = 0.04


def _news(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, extra = article_for(ctx, rng.choice((5, 9, 14, 20)))
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when, extra)
    ctx.headline = art.headline
    header(ctx, art.headline)
    if rng.random() < 0.6:
        w.add(nav.breadcrumb(rng, site, art.headline), NAVIGATION)
    w.add(art.title, BODY)
    if rng.random() < 0.85:
        w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    if rng.random() < 0.15:
        w.add([nav.source_widget(rng, site)], NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.share_widget(rng), NAVIGATION)
    if rng.random() < 0.25:
        w.add(nav.tools_line(rng), NAVIGATION)
    w.add(ctx.pad(art.lead) if rng.random() < 0.5 else art.lead, BODY)
    body_text(ctx, art.text)
    w.add(ctx.pad(art.tail) if rng.random() < 0.5 else art.tail, BODY)
    if rng.random() < 0.55:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.2:
        w.add(nav.service_boilerplate(rng, site), NAVIGATION)
    if rng.random() < 0.15:
        w.add([cr.reprint_notice(rng, site)], COPYRIGHT)
    if rng.random() < 0.08:
        w.add([cr.ugc_disclaimer(rng, site)], COPYRIGHT)
    if rng.random() < 0.25:
        w.add(nav.keywords_line(rng, rng.sample(vocab.CHANNELS, rng.randint(1, 4))), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.share_widget(rng), NAVIGATION)
    if rng.random() < 0.2:
        w.add(nav.tools_line(rng), NAVIGATION)
    if rng.random() < 0.08:
        w.add(nav.mood_vote(rng), NAVIGATION)
    if rng.random() < 0.35:
        prev_title, next_title = ctx.titles(2)
        w.add(nav.pagination(rng, prev_title, next_title), NAVIGATION)
    if rng.random() < 0.05:  # the mobile copy of the article repeats it
        w.add(art.title, BODY)
        w.add(ctx.pad(art.text), BODY)
    related(ctx, art.headline, (0, 3))
    if rng.random() < 0.3:
        comments(ctx, prose=rng.random() < 0.3)
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 3)):
            w.add(nav.portal_block(rng, ctx.titles(rng.randint(3, 10)), ctx.when), NAVIGATION)
    if rng.random() < 0.25:
        w.add(nav.ad_block(rng), NAVIGATION)
    if rng.random() < 0.05:
        w.add([art.headline], BODY)  # sticky-header repeat of the headline
    footer(ctx)


def _gov(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, extra = article_for(ctx, rng.choice((3, 6, 10)))
    article = Article(article.headline, (), (), article.paragraphs + tuple(p for x in extra for p in x.paragraphs))
    art, meta = render_notice(rng, article, ctx.corpus, site, ctx.style, ctx.when)
    ctx.headline = art.headline
    header(ctx, art.headline)
    w.add(nav.breadcrumb(rng, site), NAVIGATION)
    if rng.random() < 0.6:
        w.add(nav.gov_meta_table(rng, site, meta["org"], meta["number"], meta["title"], ctx.when), NAVIGATION)
    w.add(art.title, BODY)
    if rng.random() < 0.7:
        w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.share_widget(rng), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.tools_line(rng), NAVIGATION)
    w.add(art.lead, BODY)
    body_text(ctx, art.text)
    w.add(art.tail, BODY)
    if rng.random() < 0.3:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.tools_line(rng), NAVIGATION)
    if rng.random() < 0.5:
        prev_title, next_title = ctx.titles(2)
        w.add(nav.pagination(rng, prev_title, next_title), NAVIGATION)
    related(ctx, None, (0, 2))
    if rng.random() < 0.4:
        w.add(nav.as_lines(rng, rng.sample(vocab.GOV_CHANNELS, rng.randint(3, 12)), joined=0.3), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.friend_links(rng), NAVIGATION)
    footer(ctx)
    if rng.random() < 0.5:
        w.add(cr.sponsor_lines(rng, site), COPYRIGHT)
        w.add([cr.icp(rng, site), cr.gongan(rng, site)] if rng.random() < 0.5 else [cr.icp(rng, site)], COPYRIGHT)


def _blog(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    user = site.owner
    w.add([site.name] + ([rng.choice(("记录生活，分享技术", "写字的地方", "Stay hungry, stay foolish", "一个人的自留地"))]
                         if rng.random() < 0.4 else []), NAVIGATION)
    w.add(nav.as_lines(rng, site.channels, joined=0.4), NAVIGATION)
    posts = 1 if rng.random() < 0.8 else rng.randint(2, 5)
    for _ in range(posts):
        if rng.random() < 0.5:
            article, extra = article_for(ctx, 4)
            art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when, extra)
            title, text = art.headline, art.text
        else:
            first = ctx.review(400)
            title = first.split("。")[0].split("，")[0][:24].rstrip("！!？?。，,")
            text = [p for _ in range(rng.randint(3, 10)) for p in post_lines(rng, ctx.review(400))]
        if posts > 1 and rng.random() < 0.5:
            text = text[: rng.randint(1, 2)]
        w.add([title], BODY)
        ctx.headline = ctx.headline or title
        w.add(nav.blog_meta(rng, user, vocab.later(rng, ctx.when, 60)), NAVIGATION)
        body_text(ctx, text)
        if posts > 1:
            w.add([rng.choice(("Read more…", "阅读全文", "阅读更多»", "[打印]", "继续阅读 →"))], NAVIGATION)
    if rng.random() < 0.3:
        w.add([cr.reprint_notice(rng, site)], COPYRIGHT)
    if rng.random() < 0.4:
        w.add(nav.keywords_line(rng, rng.sample(vocab.CHANNELS, rng.randint(1, 4))), NAVIGATION)
    if rng.random() < 0.3:
        prev_title, next_title = ctx.titles(2)
        w.add(nav.pagination(rng, prev_title, next_title), NAVIGATION)
    if rng.random() < 0.5:
        comments(ctx, (1, 6))
    if rng.random() < 0.6:
        w.add(nav.blog_sidebar(rng, user, ctx.titles(rng.randint(3, 8)), ctx.when), NAVIGATION)
    footer(ctx)


def _forum_title(ctx: Ctx) -> str:
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.4:
        return ctx.review(200).split("。")[0].split("，")[0][:28].rstrip("！!？?。，,") or ctx.titles(1)[0]
    if roll < 0.7:
        return ctx.titles(1)[0]
    head = ctx.titles(1)[0][:12]
    return rng.choice((f"求助：{head}", f"【讨论】{head}", f"大家觉得{head}怎么样？", f"[分享]{head}", f"{head}？？？"))


def _forum(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    board = site.channel
    if rng.random() < 0.05:  # forum error page: login form and message, no post (all navigation)
        header(ctx, site.name)
        w.add(nav.login_form(rng) + [rng.choice(("抱歉，您尚未登录，无法进行此操作", "指定的主题不存在或已被删除或正在被审核",
                                                  "抱歉，本帖要求阅读权限高于 10 才能浏览"))], NAVIGATION)
        footer(ctx)
        return
    title = _forum_title(ctx)
    header(ctx, title)
    w.add(nav.breadcrumb(rng, site), NAVIGATION)
    w.add(nav.forum_header(rng, site, board), NAVIGATION)
    w.add([title], BODY)
    ctx.headline = title
    short_rate = rng.choice((0.0, 0.2, 0.5, 0.5, 0.8))  # chatty threads are mostly "顶" / "谢谢楼主分享" replies
    for floor in range(1, rng.randint(1, 30 if short_rate >= 0.5 else 14) + 1):
        user = vocab.user_handle(rng)
        when = vocab.later(rng, ctx.when, 10)
        order = rng.random()
        if order < 0.5:
            w.add(nav.forum_user_card(rng, user, when), NAVIGATION)
            w.add(nav.forum_floor(rng, when, floor), NAVIGATION)
        else:
            w.add(nav.forum_floor(rng, when, floor) + [user], NAVIGATION)
        if floor > 1 and rng.random() < 0.1:  # a reply subject is body; a "回复 3# user" pointer is chrome
            if rng.random() < 0.7:
                w.add([rng.choice((f"回复：{title}", f"Re: {title}", f"回复: {title}"))], BODY)
            else:
                w.add([f"回复 {rng.randint(1, floor - 1)}# {vocab.user_handle(rng)}"], NAVIGATION)
        if rng.random() < 0.08:
            w.add(nav.forum_signature(rng, user, when)[:1], NAVIGATION)
        if floor > 1:
            lines = threads.reply_text(rng, ctx, short_rate)
        else:
            lines = [p for _ in range(rng.randint(2, 5)) for p in post_lines(rng, ctx.review(400))]
        w.add([(" " * 2 if rng.random() < 0.3 else "") + x for x in lines], BODY, para=True)
        if rng.random() < 0.7:
            w.add(nav.forum_buttons(rng), NAVIGATION)
        if rng.random() < 0.12:
            w.add(nav.forum_signature(rng, user, when), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.pagination(rng, *ctx.titles(2)), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.comment_box(rng, site), NAVIGATION)
    related(ctx, None, (0, 2))
    if rng.random() < 0.3:
        w.add(cr.disclaimer_block(rng, site), COPYRIGHT)
    footer(ctx)
    if rng.random() < 0.4:
        w.add([cr.powered_by(rng, site)], COPYRIGHT)


def _portal(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    header(ctx, site.name)
    if rng.random() < 0.5:
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    featured = rng.random() < 0.4
    blocks = rng.randint(3, 10)
    at = rng.randint(0, blocks)
    for i in range(blocks):
        if featured and i == at:
            article, _ = article_for(ctx)
            art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when)
            w.add(art.title, BODY)
            body_text(ctx, art.text[: rng.randint(1, 3)])
        w.add(nav.portal_block(rng, ctx.titles(rng.randint(4, 12)), ctx.when), NAVIGATION)
        if rng.random() < 0.15:
            w.add(nav.ad_block(rng), NAVIGATION)
        if rng.random() < 0.1:
            w.add(nav.tabs(rng), NAVIGATION)
    footer(ctx)


def _short(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    kind = rng.random()
    if kind < 0.2:  # error page
        w.add(rng.sample(["404", "抱歉，您访问的页面不存在", "返回首页", "5秒后自动跳转", "页面已删除或地址错误", "网站首页",
                          "您可以：", "刷新页面", "联系管理员"], rng.randint(2, 5)), NAVIGATION)
        w.add(cr.footer_block(rng, site)[:2], COPYRIGHT)
        return
    article, _ = article_for(ctx)
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when)
    ctx.headline = art.headline
    if rng.random() < 0.5:
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    w.add(art.title, BODY)
    if rng.random() < 0.6:
        w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    if kind < 0.45:  # picture page: caption plus picture navigation
        w.add(ctx.pad(art.text[:1]), BODY)
        w.add(nav.as_lines(rng, rng.sample(["上一张", "下一张", "查看原图", "返回列表", "播放", "1/8", "全屏观看", "重播"], 3),
                           joined=0.5), NAVIGATION)
    else:
        body_text(ctx, art.text[: rng.randint(1, 3)])
    if rng.random() < 0.5:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.6:
        w.add([cr.rights_line(rng, site)], COPYRIGHT)


def _farm(ctx: Ctx) -> None:
    """A content farm or hijacked page: spun paragraphs with control-character jammers, keyword lists."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    if rng.random() < 0.7:
        w.add(spam.leaked_tag_block(rng)[: rng.randint(1, 3)], SPAM)
    w.add(nav.channel_bar(rng, site), NAVIGATION)
    article, extra = article_for(ctx, 5)
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when, extra)
    head = variants.pinyin_artifacts(rng, art.headline, 0.25) if rng.random() < 0.5 else art.headline
    w.add(nav.breadcrumb(rng, site, head), NAVIGATION)
    w.add([head], BODY)
    w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    jam_rate = rng.uniform(0.5, 1.0)
    for line in ctx.pad(art.text):
        if rng.random() < jam_rate:
            w.add([spam.control_jammed(rng, line)], SPAM, para=True)
        else:
            w.add([variants.spin(rng, line)], BODY, para=True)
    if rng.random() < 0.6:
        w.add([f"本文标题：{head}"], BODY)
        w.add([f"本文地址：http://{site.domain}/{vocab.digits(rng, 7)}.html"], NAVIGATION)
    prev_title, next_title = ctx.titles(2)
    w.add([f"上一篇：{spam.control_jammed(rng, prev_title)}", f"下一篇：{spam.control_jammed(rng, next_title)}"], SPAM)
    for _ in range(rng.randint(1, 3)):
        w.add([nav.list_header(rng)], NAVIGATION)
        w.add([spam.farm_title_pair(rng, t) for t in ctx.titles(rng.randint(3, 10))], SPAM)
    w.add([site.short + "|" + "|".join(rng.sample(site.channels, 3)) + "|" + cr.icp(rng, site)], COPYRIGHT)
    w.add(spam.link_farm_block(rng), SPAM)
    w.add(spam.leaked_tag_block(rng), SPAM)


ARCHIVE_META: tuple[str, ...] = (
    "发表于 {date} | 分类：{cat} | 评论({n})", "{date} / {n} 条评论", "Posted on {date} by {user}", "{user} 发布于 {date}",
    "{date} · {cat} · 阅读 {m}", "由{user}张贴 @{date}", "{date} | {cat} | {n}条评论", "日期：{date}  作者：{user}  分类：{cat}",
    "{date}", "{cat}", "{date}\xa0\xa0阅读({m})\xa0\xa0评论({n})", "标签：{cat}, {cat2} | 评论({n}) | 阅读({m})",
    "分类：{cat} | {n} 条评论", "{date} by {user} in {cat}", "{m} 阅读 · {n} 喜欢 · {n2} 评论", "[{cat}] {date}",
)
READ_MORE: tuple[str, ...] = (
    "阅读全文»", "Read more…", "Read more »", "继续阅读 →", "查看全文", "阅读更多", "[阅读全文]", "more...", "Continue reading →",
    "» 阅读全文", "阅读全文>>", "全文", "(阅读全文)", "点击阅读全文", "展开全文",
)
CATEGORIES: tuple[str, ...] = ("随笔", "技术", "生活", "读书笔记", "旅行", "杂谈", "未分类", "工作", "摄影", "学习", "音乐", "美食", "电影", "日记")


def _teaser_cut(rng: random.Random, text: str) -> str:
    if len(text) > 60 and rng.random() < 0.5:
        return text[: rng.randint(40, min(len(text) - 1, 160))] + rng.choice(("...", "……", " [...]", "…", "", " ..."))
    return text


def _archive(ctx: Ctx) -> None:
    """A blog front page or archive: several posts, each title + teaser (body) with per-post meta (navigation)."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    user = site.owner
    w.add([site.name] + ([rng.choice(("记录生活，分享技术", "写字的地方", "Stay hungry, stay foolish", "一个人的自留地", "The Aha Moments",
                                       "慢慢来，比较快"))] if rng.random() < 0.5 else []), NAVIGATION)
    w.add(nav.as_lines(rng, site.channels, joined=0.4), NAVIGATION)
    if rng.random() < 0.35:
        w.add([rng.choice((f"分类：{rng.choice(CATEGORIES)}", f"分类目录归档：{rng.choice(CATEGORIES)}", f"{ctx.when.year}年{ctx.when.month}月 的存档",
                           f"标签：{rng.choice(CATEGORIES)}", "Posts", "所有文章", f"Category Archives: {rng.choice(CATEGORIES)}", "最新文章"))],
              NAVIGATION)
    meta_style = rng.randrange(len(ARCHIVE_META))
    more = rng.choice(READ_MORE)
    meta_first = rng.random() < 0.3
    for i in range(rng.randint(3, 10)):
        when = vocab.later(rng, vocab.stamp(rng, ctx.when.year - 3, ctx.when.year), 0)
        source = rng.random()
        if source < 0.45:
            article, _ = article_for(ctx)
            art = render_article(rng, article, ctx.corpus, site, ctx.style, when)
            title, text = art.headline, art.text[: rng.randint(1, 3)]
        elif source < 0.72:
            topic = tech.topic(rng)
            title, text = tech.title(rng, topic), [tech.prose(rng, topic, tech.INTRO)] + [tech.prose(rng, topic) for _ in range(rng.randint(0, 1))]
            if rng.random() < 0.15:
                text += code.block(rng, topic.language)[: rng.randint(2, 6)]
        else:
            first = ctx.review(400)
            title = first.split("。")[0].split("，")[0][:24].rstrip("！!？?。，,") or ctx.titles(1)[0]
            text = post_lines(rng, first) + [p for _ in range(rng.randint(0, 2)) for p in post_lines(rng, ctx.review(400))]
        if text:
            text[-1] = _teaser_cut(rng, text[-1])
        if i == 0:
            ctx.headline = title
        meta = ARCHIVE_META[meta_style if rng.random() < 0.8 else rng.randrange(len(ARCHIVE_META))].format(
            date=vocab.fmt_date(rng, when), cat=rng.choice(CATEGORIES), cat2=rng.choice(CATEGORIES), n=rng.randint(0, 99),
            n2=rng.randint(0, 30), m=rng.randint(1, 9999), user=user)
        if meta_first:
            w.add([meta], NAVIGATION)
        w.add([title], BODY)
        if not meta_first:
            w.add([meta], NAVIGATION)
        w.add(ctx.pad(text) if rng.random() < 0.3 else text, BODY, para=True)
        if rng.random() < 0.85:
            w.add([more if rng.random() < 0.9 else rng.choice(READ_MORE)], NAVIGATION)
        if rng.random() < 0.2:
            w.add([f"标签：{'，'.join(rng.sample(CATEGORIES, 2))}" if rng.random() < 0.5 else f"评论({rng.randint(0, 50)})"], NAVIGATION)
    w.add(nav.as_lines(rng, rng.choice((["« 较早的文章", "较新的文章 »"], ["Posts navigation", "OLDER"], ["上一页", "1", "2", "3", "下一页"],
                                        [f"第 1 页，共 {rng.randint(2, 60)} 页"], ["1 2 3 … 12 下一页 »"], ["Older posts", "Newer posts"])),
                       joined=0.4), NAVIGATION)
    if rng.random() < 0.6:
        w.add(nav.blog_sidebar(rng, user, ctx.titles(rng.randint(3, 8)), ctx.when), NAVIGATION)
    footer(ctx)
    if rng.random() < 0.4:
        w.add([cr.powered_by(rng, site)], COPYRIGHT)


def _brief(ctx: Ctx) -> None:
    """A portal news page whose article is 1-4 lines between heavy chrome."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, _ = article_for(ctx)
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when)
    ctx.headline = art.headline
    header(ctx, art.headline)
    for _ in range(rng.randint(0, 2)):
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.portal_block(rng, ctx.titles(rng.randint(3, 8)), ctx.when), NAVIGATION)
    w.add(nav.breadcrumb(rng, site, art.headline), NAVIGATION)
    w.add(art.title[: rng.randint(1, len(art.title))], BODY)
    w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.share_widget(rng), NAVIGATION)
    lines = (art.lead if rng.random() < 0.3 else []) + art.text[: rng.randint(1, 3)]
    if rng.random() < 0.15 and lines and len(lines[0]) > 20:  # a short kicker such as "15家企业" above the text
        lines.insert(0, lines[0][: rng.randint(3, 8)].rstrip("，。,"))
    w.add(ctx.pad(lines[:4]) if rng.random() < 0.5 else lines[:4], BODY, para=True)
    if rng.random() < 0.3:
        w.add(art.tail[:1], BODY)
    if rng.random() < 0.6:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.3:
        w.add([cr.reprint_notice(rng, site)], COPYRIGHT)
    if rng.random() < 0.4:
        w.add(nav.share_widget(rng), NAVIGATION)
    related(ctx, art.headline, (1, 4))
    if rng.random() < 0.3:  # a 专题 box that repeats the headline (body) with its teaser (navigation)
        w.add([nav.list_header(rng, "专题"), "更多>>"], NAVIGATION)
        w.add([art.headline], BODY)
        w.add([ctx.sentence()], NAVIGATION)
    for _ in range(rng.randint(2, 6)):
        w.add(nav.portal_block(rng, ctx.titles(rng.randint(3, 10)), ctx.when), NAVIGATION)
    if rng.random() < 0.3:
        comments(ctx, prose=True)
    footer(ctx)


TEMPLATES = {
    "news": _news, "gov": _gov, "forum": _forum, "blog": _blog, "portal": _portal, "short": _short, "farm": _farm,
    "tech": tech.tech_page, "qa": threads.qa_page, "archive": _archive, "table": listing.table_page,
    "poem": literary.poem_page, "literature": literary.chapter_page, "brief": _brief,
    "community": community.community_page,  # not in PAGE_KINDS: it replaces forum pages (generate_pages)
}
#: The site make_site() draws for each page kind.
SITE_KINDS = {"short": "news", "farm": "portal", "tech": "blog", "qa": "forum", "community": "forum", "archive": "blog", "table": "news",
              "poem": "portal", "literature": "portal", "brief": "news"}


# --- spam injection and variants ----------------------------------------------------------------


def _insert(texts: list[str], labels: list[str | None], at: int, lines: list[str], label: str) -> None:
    texts[at:at] = lines
    labels[at:at] = [None if is_blank(t) else label for t in lines]


def inject_spam(rng: random.Random, texts: list[str], labels: list[str | None], sentence: str) -> None:
    """Add injected content to a page in place: at the top, at the bottom, inside paragraphs, or scattered."""
    for _ in range(rng.randint(1, 3)):
        where = rng.random()
        if where < 0.25:
            block = rng.choice((
                lambda: spam.leaked_tag_block(rng), lambda: spam.link_farm_block(rng), lambda: [spam.keyword_title(rng)],
                lambda: [spam.invisible_line(rng) for _ in range(rng.randint(1, 3))],
            ))()
            _insert(texts, labels, rng.randint(0, min(3, len(texts))), block, SPAM)
        elif where < 0.5:
            block = rng.choice((
                lambda: spam.link_farm_block(rng), lambda: spam.leaked_tag_block(rng),
                lambda: [spam.invoice_grid(rng), spam.contact_ad(rng)], lambda: spam.seo_comment(rng),
            ))()
            _insert(texts, labels, len(texts) - rng.randint(0, min(4, len(texts))), block, SPAM)
        elif where < 0.8:
            body = [i for i, y in enumerate(labels) if y == BODY and len(texts[i].strip()) > 12]
            for i in rng.sample(body, min(len(body), rng.randint(1, 3))):
                fix = rng.choice((spam.inject_phrase, spam.control_jammed, spam.jammed_sentence, spam.inject_phrase))
                texts[i] = fix(rng, texts[i])
                labels[i] = SPAM
        else:
            for _ in range(rng.randint(1, 4)):
                _insert(texts, labels, rng.randint(0, len(texts)), [spam.junk_line(rng, sentence)], SPAM)


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _keyword_form(rng: random.Random, keyword: str) -> str:
    """The keyword as one injection prints it: as is, or with one character swapped for a look-alike."""
    spots = [i for i, ch in enumerate(keyword) if ch in variants.SPIN_MAP]
    if spots and rng.random() < 0.25:
        i = rng.choice(spots)
        return keyword[:i] + rng.choice(variants.SPIN_MAP[keyword[i]]) + keyword[i + 1 :]
    return keyword


def _inject_into(rng: random.Random, text: str, form: str) -> str:
    """Push ``form`` into the middle of a sentence, sometimes doubling a character at the join."""
    stripped = text.lstrip()
    pad = text[: len(text) - len(stripped)]
    if len(stripped) < 4:
        return pad + stripped + form
    cut = rng.randint(1, len(stripped) - 2)
    roll = rng.random()
    if roll < 0.25:
        return pad + stripped[:cut] + form + form[-1] + stripped[cut:]  # "...信心心打赢..."
    if roll < 0.4:
        return pad + stripped[:cut] + stripped[cut - 1] + form + stripped[cut:]
    return pad + stripped[:cut] + form + stripped[cut:]


def inject_keyword(rng: random.Random, texts: list[str], labels: list[str | None], headline: str) -> list[str]:
    """SEO hijacking: one keyword phrase pushed into the title, into 1-2 paragraphs and a "更多关于" line.

    Every line that carries the phrase (or its look-alike form) becomes spam; the rest of the page is
    untouched. Returns the printed forms of the keyword (page meta ``seo_keyword``).
    """
    keyword = spam.hijack_keyword(rng)
    forms: list[str] = []

    def form() -> str:
        f = _keyword_form(rng, keyword)
        if f not in forms:
            forms.append(f)
        return f

    titles = [i for i, y in enumerate(labels) if y == BODY and headline and headline in texts[i]]
    if titles:
        i = titles[0]
        f = form()
        texts[i] = rng.choice((f"{f}_{texts[i]}", f"{texts[i]}-{f}", f"{texts[i]}（{f}）", f"{f} {texts[i]}",
                               _inject_into(rng, texts[i], f), f"{texts[i]}_{f}"))
    if rng.random() < 0.5:  # a hijacked document title at the top
        f = form()
        _insert(texts, labels, 0, [rng.choice((f"{f}-{headline}", f"{headline}_{f}", f"{f}_{f}官网", f"{headline}-{f}-首页"))], SPAM)
    body = [i for i, y in enumerate(labels)
            if y == BODY and len(_CJK.findall(texts[i])) >= 12 and headline not in texts[i] and not any(f in texts[i] for f in forms)]
    for i in rng.sample(body, min(len(body), rng.randint(1, 2))):
        texts[i] = _inject_into(rng, texts[i], form())
    tail = max(0, len(texts) - rng.randint(2, 15))
    _insert(texts, labels, tail, [spam.keyword_more_line(rng, form())], SPAM)
    for i, text in enumerate(texts):
        if any(f in text for f in forms):
            labels[i] = SPAM
    return forms


def _apply_variants(rng: random.Random, page_kind: str, texts: list[str], labels: list[str | None],
                    forms: list[str] | None = None) -> list[str]:
    done: list[str] = []
    if rng.random() < SPIN_SHARE:
        for i, y in enumerate(labels):
            if y == BODY and rng.random() < 0.6:
                texts[i] = variants.spin(rng, texts[i])
        done.append("spin")
    if rng.random() < WIDTH_SHARE:
        to_full = rng.random() < 0.5
        for i, y in enumerate(labels):
            if y is not None:
                texts[i] = variants.width_variant(texts[i], to_full)
        if forms:
            forms[:] = [variants.width_variant(f, to_full) for f in forms]
        done.append("fullwidth" if to_full else "halfwidth")
    if rng.random() < (0.6 if page_kind == "farm" else TRADITIONAL_SHARE):
        labelled = [i for i, y in enumerate(labels) if y is not None]
        originals = [texts[i] for i in labelled] + (forms or [])  # an SEO keyword is glossed as in the text
        converted = [variants.to_traditional(t) for t in originals]
        if rng.random() < GLOSSED_SHARE:
            converted = variants.gloss_converted(rng, originals, converted)
            done.append("glossed")
        for i, text in zip(labelled, converted):
            texts[i] = text
        if forms:
            forms[:] = converted[len(labelled):]
        done.append("traditional")
    return done


# --- public API ---------------------------------------------------------------------------------


def generate_page(rng: random.Random, number: int, corpus: Corpus | None = None) -> GoldPage:
    """One synthetic page; ``number`` only names it (``gen-000001``)."""
    corpus = corpus or load_corpus()
    return _page_of_kind(rng, number, corpus, weighted(rng, PAGE_KINDS))


def _page_of_kind(
    rng: random.Random, number: int, corpus: Corpus, page_kind: str, *, injected_content: bool = True
) -> GoldPage:
    """A page of ``page_kind`` (a key of ``TEMPLATES``); with ``injected_content``, a share of
    pages get injected spam or an SEO keyword hijack."""
    site = make_site(rng, SITE_KINDS.get(page_kind, page_kind))
    w = Writer(rng, weighted(rng, BLANK_STYLES))
    ctx = Ctx(rng, corpus, site, text_style(rng), vocab.stamp(rng), w, rng.choice(BODY_INDENTS))
    TEMPLATES[page_kind](ctx)
    texts, labels = w.texts, w.labels
    roll = 1.0 if page_kind == "farm" or not injected_content else rng.random()
    injected = roll < SPAM_PAGE_SHARE
    forms: list[str] = []
    if injected:
        inject_spam(rng, texts, labels, ctx.sentence())
    elif roll < SPAM_PAGE_SHARE + SEO_KEYWORD_SHARE and ctx.headline and BODY in labels:
        forms = inject_keyword(rng, texts, labels, ctx.headline)
    done = _apply_variants(rng, page_kind, texts, labels, forms)
    meta = {
        "source": "generated",
        "kind": page_kind,
        "lang": "zh-Hant" if "traditional" in done else "zh-Hans",
        "site": ctx.site.domain,
        "variants": done + (["spam"] if injected else []) + (["seo_keyword"] if forms else []),
    }
    if forms:
        meta["seo_keyword"] = forms
    return GoldPage(id=f"gen-{number:06d}", texts=texts, labels=labels, meta=meta)


def generate_pages(n_pages: int, seed: int = 0) -> list[GoldPage]:
    """``n_pages`` synthetic labelled pages; the same seed always gives the same pages.

    One ``random.Random(seed)`` is threaded through every generator (never the global ``random``), so
    the output depends on the seed alone, not on call order elsewhere in the process.
    """
    rng = random.Random(seed)
    # Community threads replace some forum pages, and loose typing retypes some pages, from streams
    # of their own (a string seed is hashed the same way in every process), so that the pages they
    # leave alone stay as they were.
    community_rng = random.Random(f"community-{seed}")
    typing_rng = random.Random(f"loose-typing-{seed}")
    corpus = load_corpus()
    pages = []
    for number in range(1, n_pages + 1):
        page = generate_page(rng, number, corpus)
        if page.meta["kind"] == "forum" and community_rng.random() < COMMUNITY_SHARE:
            page = _page_of_kind(community_rng, number, corpus, "community", injected_content=False)
        share = LOOSE_TYPING_SHARE if page.meta["kind"] in HAND_TYPED_KINDS else LOOSE_TYPING_SHARE_OTHER
        if typing_rng.random() < share:
            _type_loosely(typing_rng, page)
        pages.append(page)
    return pages


def _type_loosely(rng: random.Random, page: GoldPage) -> None:
    """Loosely typed punctuation (:func:`classifier.data.variants.loose_typing`) in the page's body
    and navigation lines (posts, comments, teasers; menus have no such marks). Copyright and spam
    lines are the site's and the spammer's, not the writer's, and stay as they are."""
    half_share, space_share = rng.uniform(0.0, 0.6), rng.uniform(0.2, 0.9)
    for i, label in enumerate(page.labels):
        if label in (BODY, NAVIGATION):
            page.texts[i] = variants.loose_typing(rng, page.texts[i], half_share, space_share)
    page.meta["variants"].append("loose_typing")


def build_training_data(n_pages: int, seed: int, path: str | Path) -> int:
    """Generate ``n_pages`` pages with ``seed`` and write them as gold JSONL to ``path``.

    Returns the number of pages written. This is what ``zhclean build-data`` calls.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_gold(generate_pages(n_pages, seed), path)
