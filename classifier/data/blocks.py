"""What every page template shares: the line writer, the page context and the common chrome blocks.

:class:`Writer` collects ``(text, label)`` lines with the page's blank-line pattern; :class:`Ctx`
carries the page's randomness, corpus, site, typography and date. The blocks below (header, related
lists, comments, footer, paragraphs with in-article widgets) are used by the templates of
``pages.py`` and of the page-kind modules (``tech.py``, ``threads.py``, ``listing.py``,
``literary.py``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..labels import BODY, COPYRIGHT, NAVIGATION
from ..lines import is_blank
from . import copyright as cr
from . import navigation as nav
from . import vocab
from .article import post_lines
from .corpus import Article, Corpus, TextStyle, modernise
from .site import Site

BLANKS: tuple[str, ...] = ("", "", "", "", " ", "  ", "\u3000\u3000", "\xa0", "\t", "  \xa0", "\u3000", "    ")
BODY_INDENTS: tuple[str, ...] = ("", "", "", "\u3000\u3000", "\u3000\u3000", "  ", "    ", "\xa0\xa0", "\t", " ")
BLANK_STYLES: tuple[tuple[str, float], ...] = (
    ("none", 0.25), ("blocks", 0.4), ("paragraphs", 0.15), ("every", 0.08), ("random", 0.12),
)


def weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    """Draw a name from ``(name, weight)`` pairs."""
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
    #: The page's headline once a template has printed it (SEO keyword injection hijacks it).
    headline: str = ""

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


def header(ctx: Ctx, headline: str) -> None:
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


def related(ctx: Ctx, headline: str | None, count: tuple[int, int] = (0, 4)) -> None:
    rng, w = ctx.rng, ctx.w
    for _ in range(rng.randint(*count)):
        if rng.random() < 0.15:  # titles with teaser sentences that read like the article itself
            n = rng.randint(2, 6)
            w.add(nav.teaser_list(rng, ctx.titles(n), [ctx.sentence() for _ in range(n)], ctx.when), NAVIGATION)
            continue
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


def comments(ctx: Ctx, count: tuple[int, int] = (1, 6), prose: bool = False) -> None:
    """Reader comments (navigation); with ``prose`` some read like article sentences."""
    rng, w = ctx.rng, ctx.w
    w.add(nav.comment_box(rng, ctx.site), NAVIGATION)
    for floor in range(1, rng.randint(*count) + 1):
        text = [ctx.sentence()] if prose and rng.random() < 0.5 else post_lines(rng, ctx.review(160))
        w.add(nav.comment(rng, text, ctx.when, floor), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.read_more(rng), NAVIGATION)


def footer(ctx: Ctx) -> None:
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


def body_text(ctx: Ctx, text: list[str]) -> None:
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
                lambda: ([rng.choice(("广告", "推广", "AD"))] if rng.random() < 0.6 else []) + ctx.titles(rng.randint(1, 2)),
            ))
            w.add(maker(), NAVIGATION)
    w.add(ctx.pad(chunk), BODY, para=True)


# --- page templates -----------------------------------------------------------------------------


def article_for(ctx: Ctx, min_paragraphs: int = 0) -> tuple[Article, tuple[Article, ...]]:
    rng, corpus = ctx.rng, ctx.corpus
    index = rng.randrange(len(corpus.articles))
    article = corpus.articles[index]
    extra = []
    while len(article.paragraphs) + sum(len(a.paragraphs) for a in extra) < min_paragraphs and len(extra) < 4:
        index = (index + 1) % len(corpus.articles)
        extra.append(corpus.articles[index])
    return article, tuple(extra)
