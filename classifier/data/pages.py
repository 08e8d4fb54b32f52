"""Assemble whole labelled pages from the line generators, in the order and proportions of real pages.

Real crawled pages are mostly chrome: about three lines in four are navigation, copyright or spam
(``shared/data/real/README.md``). A line classifier that sees whole pages learns from position and
neighbourhood as well as from the line itself, so each template here lays out a page the way its
kind of site does: header chrome, breadcrumb, title, meta line, share widgets, the article, credits,
related lists, comments, pagination, footer links and the copyright block. Every choice (presence,
counts, separators, blank-line patterns, indentation) is drawn from one ``random.Random`` so the
output is a pure function of the seed.

Page kinds and shares: news article 42%, government notice 13%, forum thread 14%, blog 12%, portal
listing 7%, short page 8%, content farm / hijacked page 4%. About 15% of the other pages get injected
spam (top, bottom, inside paragraphs); 7% are converted to traditional characters, 8% switch
digit/punctuation width and 4% have spun (homoglyph) body lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ..gold import GoldPage, write_gold
from ..labels import BODY, COPYRIGHT, NAVIGATION, SPAM
from ..lines import is_blank
from . import copyright as cr
from . import navigation as nav
from . import spam, variants, vocab
from .article import post_lines, render_article, render_notice
from .corpus import Article, Corpus, TextStyle, load_corpus, modernise, text_style
from .site import Site, make_site

PAGE_KINDS: tuple[tuple[str, float], ...] = (
    ("news", 0.42), ("gov", 0.13), ("forum", 0.14), ("blog", 0.12), ("portal", 0.07), ("short", 0.08), ("farm", 0.04),
)
SPAM_PAGE_SHARE = 0.15
TRADITIONAL_SHARE = 0.07
WIDTH_SHARE = 0.08
SPIN_SHARE = 0.04

BLANKS: tuple[str, ...] = ("", "", "", "", " ", "  ", "\u3000\u3000", "\xa0", "\t", "  \xa0", "\u3000", "    ")
BODY_INDENTS: tuple[str, ...] = ("", "", "", "\u3000\u3000", "\u3000\u3000", "  ", "    ", "\xa0\xa0", "\t", " ")
BLANK_STYLES: tuple[tuple[str, float], ...] = (
    ("none", 0.25), ("blocks", 0.4), ("paragraphs", 0.15), ("every", 0.08), ("random", 0.12),
)


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random() * sum(w for _, w in table)
    for name, weight in table:
        roll -= weight
        if roll < 0:
            return name
    return table[-1][0]


class Writer:
    """Collects ``(text, label)`` lines and the page's blank-line pattern."""

    def __init__(self, rng: random.Random, blank_style: str) -> None:
        self.rng = rng
        self.blank_style = blank_style
        self.texts: list[str] = []
        self.labels: list[str | None] = []

    def blank(self) -> None:
        """Add one whitespace-only line (label ``None``)."""
        self.texts.append(self.rng.choice(BLANKS))
        self.labels.append(None)

    def add(self, lines: list[str], label: str, para: bool = False) -> None:
        """Add a block of lines with one label, then blank lines as the page's style wants."""
        if not lines:
            return
        rng = self.rng
        for line in lines:
            line = line.replace("\r", " ").replace("\n", " ")
            self.texts.append(line)
            self.labels.append(None if is_blank(line) else label)
            if (
                self.blank_style == "every"
                or (self.blank_style == "random" and rng.random() < 0.15)
                or (para and self.blank_style == "paragraphs")
            ):
                self.blank()
        if self.blank_style in ("blocks", "paragraphs") and rng.random() < 0.55:
            for _ in range(1 if rng.random() < 0.8 else rng.randint(2, 4)):
                self.blank()

    def add_mixed(self, lines: list[tuple[str, str]]) -> None:
        """Add lines that carry their own labels (as one block)."""
        for text, label in lines:
            if self.blank_style == "every":
                self.add([text], label)
            else:
                self._raw(text, label)
        if self.blank_style in ("blocks", "paragraphs") and self.rng.random() < 0.5:
            self.blank()

    def _raw(self, text: str, label: str) -> None:
        self.texts.append(text)
        self.labels.append(None if is_blank(text) else label)


@dataclass
class Ctx:
    """What one page's templates share: randomness, corpus, site, typography, date, output."""

    rng: random.Random
    corpus: Corpus
    site: Site
    style: TextStyle
    when: vocab.Stamp
    w: Writer
    body_pad: str

    def titles(self, n: int) -> list[str]:
        """``n`` other article titles (corpus headlines in this page's typography)."""
        return [modernise(self.rng.choice(self.corpus.headlines), self.style) for _ in range(n)]

    def review(self, limit: int = 300) -> str:
        """A user review, used as forum post or reader comment text."""
        text = self.rng.choice(self.corpus.reviews)
        return text[:limit]

    def sentence(self) -> str:
        """A real sentence in this page's typography."""
        return modernise(self.rng.choice(self.corpus.sentences), self.style)

    def pad(self, lines: list[str]) -> list[str]:
        """Indent body paragraphs the page's way."""
        return [self.body_pad + line for line in lines]


# --- shared blocks -------------------------------------------------------------------------------


def _header(ctx: Ctx, headline: str) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    if rng.random() < 0.22:
        if rng.random() < 0.2:
            w.add([headline], BODY)  # a document title without site name is body
        else:
            w.add([nav.doc_title(rng, headline, site)], NAVIGATION)
    if rng.random() < 0.55:
        w.add(nav.top_bar(rng, site, ctx.when), NAVIGATION)
    if rng.random() < 0.1:
        w.add([nav.private_use_glyphs(rng)], NAVIGATION)
    if rng.random() < 0.85:
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    for maker, p in ((nav.login_form, 0.08), (nav.tabs, 0.1)):
        if rng.random() < p:
            w.add(maker(rng), NAVIGATION)
    if rng.random() < 0.15:
        w.add(nav.app_promo(rng, site), NAVIGATION)
    if rng.random() < 0.08:
        w.add(nav.ad_block(rng), NAVIGATION)


def _related(ctx: Ctx, headline: str | None, count: tuple[int, int] = (0, 4)) -> None:
    rng, w = ctx.rng, ctx.w
    for _ in range(rng.randint(*count)):
        titles = ctx.titles(rng.randint(3, 12))
        own = headline is not None and rng.random() < 0.1
        if own:
            titles.insert(rng.randint(0, len(titles)), headline)
        lines = nav.title_list(rng, titles, ctx.when, with_header=rng.random() < 0.9)
        if own:
            key = headline[:8]
            w.add_mixed([(line, BODY if key in line else NAVIGATION) for line in lines])
        else:
            w.add(lines, NAVIGATION)


def _comments(ctx: Ctx, count: tuple[int, int] = (1, 6)) -> None:
    rng, w = ctx.rng, ctx.w
    w.add(nav.comment_box(rng, ctx.site), NAVIGATION)
    for floor in range(1, rng.randint(*count) + 1):
        w.add(nav.comment(rng, post_lines(rng, ctx.review(160)), ctx.when, floor), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.read_more(rng), NAVIGATION)


def _footer(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    if rng.random() < 0.2:
        w.add(nav.friend_links(rng), NAVIGATION)
    if rng.random() < 0.35:
        w.add([nav.lone_symbol(rng) if rng.random() < 0.5 else rng.choice(("返回顶部", "回到顶部", "TOP", "↑", "[返回顶部]"))],
              NAVIGATION)
    if rng.random() < 0.8:
        w.add(nav.footer_links(rng), NAVIGATION)
    if rng.random() < 0.2:
        w.add(cr.disclaimer_block(rng, site), COPYRIGHT)
    block = cr.footer_block(rng, site)
    if rng.random() < 0.5:
        contact = nav.footer_contact(rng, site)
        at = rng.randint(0, len(block))
        w.add(block[:at], COPYRIGHT)
        w.add(contact, NAVIGATION)
        w.add(block[at:], COPYRIGHT)
    else:
        w.add(block, COPYRIGHT)
    if rng.random() < 0.15:
        w.add(nav.stat_counter(rng), NAVIGATION)
    if rng.random() < 0.08:
        w.add(nav.cookie_banner(rng), NAVIGATION)
    if rng.random() < 0.15:
        w.add(nav.app_promo(rng, site), NAVIGATION)
    if rng.random() < 0.1:
        w.add(nav.login_form(rng), NAVIGATION)


def _body_text(ctx: Ctx, text: list[str]) -> None:
    """Paragraphs with the occasional in-article ad, service line or symbol between them."""
    rng, w = ctx.rng, ctx.w
    chunk: list[str] = []
    for line in text:
        chunk.append(line)
        if rng.random() < 0.03:
            w.add(ctx.pad(chunk), BODY, para=True)
            chunk = []
            maker = rng.choice((
                lambda: nav.ad_block(rng), lambda: nav.service_boilerplate(rng, ctx.site), lambda: [nav.lone_symbol(rng)],
                lambda: nav.read_more(rng), lambda: ["（点击图片查看大图）"],
            ))
            w.add(maker(), NAVIGATION)
    w.add(ctx.pad(chunk), BODY, para=True)


# --- page templates -----------------------------------------------------------------------------


def _article_for(ctx: Ctx, min_paragraphs: int = 0) -> tuple[Article, tuple[Article, ...]]:
    rng, corpus = ctx.rng, ctx.corpus
    index = rng.randrange(len(corpus.articles))
    article = corpus.articles[index]
    extra = []
    while len(article.paragraphs) + sum(len(a.paragraphs) for a in extra) < min_paragraphs and len(extra) < 4:
        index = (index + 1) % len(corpus.articles)
        extra.append(corpus.articles[index])
    return article, tuple(extra)


def _news(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, extra = _article_for(ctx, rng.choice((5, 9, 14, 20)))
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when, extra)
    _header(ctx, art.headline)
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
    _body_text(ctx, art.text)
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
    _related(ctx, art.headline, (0, 3))
    if rng.random() < 0.3:
        _comments(ctx)
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 3)):
            w.add(nav.portal_block(rng, ctx.titles(rng.randint(3, 10)), ctx.when), NAVIGATION)
    if rng.random() < 0.25:
        w.add(nav.ad_block(rng), NAVIGATION)
    if rng.random() < 0.05:
        w.add([art.headline], BODY)  # sticky-header repeat of the headline
    _footer(ctx)


def _gov(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, extra = _article_for(ctx, rng.choice((3, 6, 10)))
    article = Article(article.headline, (), (), article.paragraphs + tuple(p for x in extra for p in x.paragraphs))
    art, meta = render_notice(rng, article, ctx.corpus, site, ctx.style, ctx.when)
    _header(ctx, art.headline)
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
    _body_text(ctx, art.text)
    w.add(art.tail, BODY)
    if rng.random() < 0.3:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.tools_line(rng), NAVIGATION)
    if rng.random() < 0.5:
        prev_title, next_title = ctx.titles(2)
        w.add(nav.pagination(rng, prev_title, next_title), NAVIGATION)
    _related(ctx, None, (0, 2))
    if rng.random() < 0.4:
        w.add(nav.as_lines(rng, rng.sample(vocab.GOV_CHANNELS, rng.randint(3, 12)), joined=0.3), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.friend_links(rng), NAVIGATION)
    _footer(ctx)
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
            article, extra = _article_for(ctx, 4)
            art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when, extra)
            title, text = art.headline, art.text
        else:
            first = ctx.review(400)
            title = first.split("。")[0].split("，")[0][:24].rstrip("！!？?。，,")
            text = [p for _ in range(rng.randint(3, 10)) for p in post_lines(rng, ctx.review(400))]
        if posts > 1 and rng.random() < 0.5:
            text = text[: rng.randint(1, 2)]
        w.add([title], BODY)
        w.add(nav.blog_meta(rng, user, vocab.later(rng, ctx.when, 60)), NAVIGATION)
        _body_text(ctx, text)
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
        _comments(ctx, (1, 6))
    if rng.random() < 0.6:
        w.add(nav.blog_sidebar(rng, user, ctx.titles(rng.randint(3, 8)), ctx.when), NAVIGATION)
    _footer(ctx)


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
        _header(ctx, site.name)
        w.add(nav.login_form(rng) + [rng.choice(("抱歉，您尚未登录，无法进行此操作", "指定的主题不存在或已被删除或正在被审核",
                                                  "抱歉，本帖要求阅读权限高于 10 才能浏览"))], NAVIGATION)
        _footer(ctx)
        return
    title = _forum_title(ctx)
    _header(ctx, title)
    w.add(nav.breadcrumb(rng, site), NAVIGATION)
    w.add(nav.forum_header(rng, site, board), NAVIGATION)
    w.add([title], BODY)
    for floor in range(1, rng.randint(1, 14) + 1):
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
        posts = rng.randint(1, 2) if floor > 1 else rng.randint(2, 5)
        lines = [p for _ in range(posts) for p in post_lines(rng, ctx.review(400))]
        w.add([(" " * 2 if rng.random() < 0.3 else "") + x for x in lines], BODY, para=True)
        if rng.random() < 0.7:
            w.add(nav.forum_buttons(rng), NAVIGATION)
        if rng.random() < 0.12:
            w.add(nav.forum_signature(rng, user, when), NAVIGATION)
    if rng.random() < 0.5:
        w.add(nav.pagination(rng, *ctx.titles(2)), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.comment_box(rng, site), NAVIGATION)
    _related(ctx, None, (0, 2))
    if rng.random() < 0.3:
        w.add(cr.disclaimer_block(rng, site), COPYRIGHT)
    _footer(ctx)
    if rng.random() < 0.4:
        w.add([cr.powered_by(rng, site)], COPYRIGHT)


def _portal(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    _header(ctx, site.name)
    if rng.random() < 0.5:
        w.add(nav.channel_bar(rng, site), NAVIGATION)
    featured = rng.random() < 0.4
    blocks = rng.randint(3, 10)
    at = rng.randint(0, blocks)
    for i in range(blocks):
        if featured and i == at:
            article, _ = _article_for(ctx)
            art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when)
            w.add(art.title, BODY)
            _body_text(ctx, art.text[: rng.randint(1, 3)])
        w.add(nav.portal_block(rng, ctx.titles(rng.randint(4, 12)), ctx.when), NAVIGATION)
        if rng.random() < 0.15:
            w.add(nav.ad_block(rng), NAVIGATION)
        if rng.random() < 0.1:
            w.add(nav.tabs(rng), NAVIGATION)
    _footer(ctx)


def _short(ctx: Ctx) -> None:
    rng, site, w = ctx.rng, ctx.site, ctx.w
    kind = rng.random()
    if kind < 0.2:  # error page
        w.add(rng.sample(["404", "抱歉，您访问的页面不存在", "返回首页", "5秒后自动跳转", "页面已删除或地址错误", "网站首页",
                          "您可以：", "刷新页面", "联系管理员"], rng.randint(2, 5)), NAVIGATION)
        w.add(cr.footer_block(rng, site)[:2], COPYRIGHT)
        return
    article, _ = _article_for(ctx)
    art = render_article(rng, article, ctx.corpus, site, ctx.style, ctx.when)
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
        _body_text(ctx, art.text[: rng.randint(1, 3)])
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
    article, extra = _article_for(ctx, 5)
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


TEMPLATES = {"news": _news, "gov": _gov, "forum": _forum, "blog": _blog, "portal": _portal, "short": _short,
             "farm": _farm}


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


def _apply_variants(rng: random.Random, page_kind: str, texts: list[str], labels: list[str | None]) -> list[str]:
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
        done.append("fullwidth" if to_full else "halfwidth")
    if rng.random() < (0.6 if page_kind == "farm" else TRADITIONAL_SHARE):
        for i, y in enumerate(labels):
            if y is not None:
                texts[i] = variants.to_traditional(texts[i])
        done.append("traditional")
    return done


# --- public API ---------------------------------------------------------------------------------


def generate_page(rng: random.Random, number: int, corpus: Corpus | None = None) -> GoldPage:
    """One synthetic page; ``number`` only names it (``gen-000001``)."""
    corpus = corpus or load_corpus()
    page_kind = _weighted(rng, PAGE_KINDS)
    site_kind = {"short": "news", "farm": "portal"}.get(page_kind, page_kind)
    site = make_site(rng, site_kind)
    w = Writer(rng, _weighted(rng, BLANK_STYLES))
    ctx = Ctx(rng, corpus, site, text_style(rng), vocab.stamp(rng), w, rng.choice(BODY_INDENTS))
    TEMPLATES[page_kind](ctx)
    texts, labels = w.texts, w.labels
    injected = page_kind != "farm" and rng.random() < SPAM_PAGE_SHARE
    if injected:
        inject_spam(rng, texts, labels, ctx.sentence())
    done = _apply_variants(rng, page_kind, texts, labels)
    meta = {
        "source": "generated",
        "kind": page_kind,
        "lang": "zh-Hant" if "traditional" in done else "zh-Hans",
        "site": site.domain,
        "variants": done + (["spam"] if injected else []),
    }
    return GoldPage(id=f"gen-{number:06d}", texts=texts, labels=labels, meta=meta)


def generate_pages(n_pages: int, seed: int = 0) -> list[GoldPage]:
    """``n_pages`` synthetic labelled pages; the same seed always gives the same pages.

    One ``random.Random(seed)`` is threaded through every generator (never the global ``random``), so
    the output depends on the seed alone, not on call order elsewhere in the process.
    """
    rng = random.Random(seed)
    corpus = load_corpus()
    return [generate_page(rng, i, corpus) for i in range(1, n_pages + 1)]


def build_training_data(n_pages: int, seed: int, path: str | Path) -> int:
    """Generate ``n_pages`` pages with ``seed`` and write them as gold JSONL to ``path``.

    Returns the number of pages written. This is what ``zhclean build-data`` calls.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_gold(generate_pages(n_pages, seed), path)
