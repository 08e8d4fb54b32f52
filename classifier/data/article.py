"""Render corpus text as the `body` lines of a page: headline, bylines, paragraphs, captions, credits.

The corpus gives plain paragraphs; real article bodies also carry kickers, bylines, datelines,
photo captions, intertitles, a source credit or author sign-off at the end, and paragraphs that are
split into one sentence per line or cut off mid-sentence. Everything produced here is labelled
`body` (LABELS.md: the article's own byline, dateline, captions and end credits are body).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import english, vocab
from .corpus import Article, Corpus, TextStyle, modernise, sentences_of
from .site import Site

KICKERS: tuple[str, ...] = (
    "聚焦两会", "看民生", "一线调查", "权威发布", "特稿", "时评", "深读", "独家", "关注", "新春见闻", "基层故事",
    "一线直击", "记者手记", "图说", "快评", "观察", "人物", "探访", "数说", "视点", "热点追踪", "今日关注",
)
AFFILIATIONS: tuple[str, ...] = (
    "大学教授", "大学副教授", "社会科学院研究员", "党校教授", "师范大学讲师", "研究院研究员", "大学博士研究生",
    "市委党校副教授", "职业技术学院教师", "日报社评论员", "律师事务所律师", "中学语文教师", "市作家协会会员",
)
REPORTER_ROLES: tuple[str, ...] = ("记者", "本报记者", "融媒体记者", "见习记者", "特约记者", "实习生", "通讯员", "全媒体记者")


@dataclass
class RenderedArticle:
    """Body lines of one article, grouped so a page template can slot chrome between the groups."""

    headline: str
    title: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)

    def all_lines(self) -> list[str]:
        """Every body line in reading order."""
        return [*self.title, *self.lead, *self.text, *self.tail]


_CLAUSE_BREAK = re.compile(r"[，,、；;：:。！？!?“”\"（）()《》\s]+")


def spaced_heading(rng: random.Random, corpus: Corpus, style: TextStyle, parts: int | None = None) -> str:
    """Two or three short phrases side by side, as news pages print intertitles and kickers
    ("高度重视 党员先行", "坚守岗位 无悔逆行"): no final punctuation, and still the article."""
    phrases: list[str] = []
    wanted = parts or rng.choice((2, 2, 2, 3))
    while len(phrases) < wanted:
        clauses = [c for c in _CLAUSE_BREAK.split(rng.choice(corpus.sentences)) if 3 <= len(c) <= 8]
        if clauses:
            phrases.append(rng.choice(clauses))
    gap = rng.choice((" ", " ", "\u3000", "  "))
    return modernise(gap.join(phrases), style)


def byline(rng: random.Random, site: Site) -> str:
    """A byline printed as a line of the article (body, unlike the page meta line)."""
    n = vocab.byline_name
    forms = (
        lambda: f"本报记者 {vocab.names(rng, 1, 3)}",
        lambda: f"记者 {n(rng)} 通讯员 {n(rng)}",
        lambda: f"记者 {vocab.names(rng, 1, 2)}",
        lambda: f"文/{n(rng)}",
        lambda: f"文/图 {n(rng)}",
        lambda: f"{n(rng)} 文/图",
        lambda: f"□ 本报记者 {n(rng)}",
        lambda: f"□{n(rng)}",
        lambda: f"见习记者 {n(rng)}",
        lambda: f"{site.paper}记者 {vocab.names(rng, 1, 2)}",
        lambda: f"{site.paper}全媒体记者 {n(rng)} 通讯员 {vocab.names(rng, 1, 2)}",
        lambda: f"融媒体记者 {vocab.names(rng, 1, 3)}",
        lambda: f"特约撰稿人 {n(rng)}",
        lambda: f"执笔/{n(rng)}",
        lambda: f"本报评论员 {n(rng)}",
        lambda: f"{site.paper}评论员",
        lambda: f"□ {site.paper}评论员",
        lambda: f"本报特约记者 {n(rng)} 本报记者 {n(rng)}",
        lambda: f"记者{n(rng)}／{site.city}报道",
        lambda: f"{rng.choice(REPORTER_ROLES)} {n(rng)} {rng.choice(REPORTER_ROLES)} {n(rng)}",
    )
    return rng.choice(forms)()


def dateline(rng: random.Random, site: Site, month: int, day: int) -> str:
    """A dateline that opens the first paragraph ("新华社…电", "本报讯(记者 …)")."""
    city = rng.choice((site.city, rng.choice(vocab.ALL_CITIES)))
    name = vocab.person_name(rng)
    lp, rp = ("(", ")") if rng.random() < 0.4 else ("（", "）")
    forms = (
        f"新华社{city}{month}月{day}日电",
        f"新华社{city}{month}月{day}日电{lp}记者{name}{rp}",
        f"本报讯{lp}记者 {name}{rp}",
        f"本报讯{lp}记者 {name} 通讯员 {vocab.person_name(rng)}{rp}",
        f"本报{city}{month}月{day}日讯{lp}记者{name}{rp}",
        f"{site.short}讯{lp}记者 {name}{rp}",
        f"中新网{city}{month}月{day}日电{lp}记者 {name}{rp}",
        f"{site.paper}讯",
        "本报讯",
        f"{site.city}讯{lp}{site.paper}记者 {name}{rp}",
        f"据{rng.choice(('新华社', '央视新闻', '中新社', site.paper))}报道，",
    )
    return rng.choice(forms)


def caption(rng: random.Random, corpus: Corpus, style: TextStyle) -> str:
    """A photo caption built from a real sentence plus a photographer credit."""
    sentence = modernise(rng.choice(corpus.sentences), style).rstrip("。！？!?")
    name = vocab.person_name(rng)
    credit = rng.choice(
        (
            f"（记者 {name} 摄）", f"({name} 摄)", f"新华社记者 {name} 摄", f"{name}/摄", f"（图片由{vocab.person_name(rng)}提供）",
            f"本报记者 {name} 摄", f"{name} 摄", "（资料图片）", "（通讯员供图）", "",
        )
    )
    head = rng.choice(("图为", "图为", "▲", "△ ", "图：", "上图：", "下图：", "", "图片说明："))
    return f"{head}{sentence}。{credit}" if credit or rng.random() < 0.5 else f"{head}{sentence}"


def _truncate(rng: random.Random, text: str) -> str:
    cut = rng.randint(30, max(31, len(text) - 10))
    return text[:cut] + rng.choice(("", "", "…", "……", "..."))


def _split_clauses(text: str) -> list[str]:
    """Mobile-style layout: one clause per line, breaking after ， and 。."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in "，。！？；," and i - start >= 4:
            out.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def paragraph_lines(rng: random.Random, paragraphs: list[str], layout: str) -> list[str]:
    """Lay out paragraphs: as they are, one sentence per line, or one clause per line (mobile pages)."""
    out: list[str] = []
    for para in paragraphs:
        if layout == "sentences" and len(para) > 60:
            out.extend(sentences_of(para) or [para])
        elif layout == "clauses" and len(para) > 30:
            out.extend(_split_clauses(para))
        elif len(para) > 120 and rng.random() < 0.05:
            out.append(_truncate(rng, para))
        else:
            out.append(para)
    return out


def source_credit(rng: random.Random, site: Site) -> str:
    """A credit printed after the last paragraph (body per LABELS.md: the article's own credit)."""
    other = rng.choice(vocab.ALL_CITIES) + rng.choice(("日报", "晚报", "新闻网", "发布", "融媒", "广播电视台"))
    colon = rng.choice(("：", ":", "： "))
    forms = (
        f"来源{colon}{site.paper}",
        f"（来源{colon}{other}）",
        f"信息来源{colon}{other}",
        f"来源{colon}{site.paper}·{rng.choice(vocab.BRAND_WORDS)}客户端",
        f"（综合{other}、{rng.choice(('央视新闻', '中新网', '澎湃新闻', other))}报道）",
        f"本文来源{colon}{other}",
        f"稿件来源{colon}{other}",
        f"（据{other}）",
        f"(综合整理自{other})",
        f"素材来源 {other}",
        f"文章来源{colon}{rng.choice(vocab.BRAND_WORDS)}微信公众号",
    )
    return rng.choice(forms)


def sign_off(rng: random.Random, corpus: Corpus, style: TextStyle) -> str:
    """Author sign-offs and "原标题" lines the article prints at its end (body)."""
    forms = (
        lambda: f"（{vocab.names(rng, 1, 3)}）",
        lambda: f"({vocab.names(rng, 1, 2)})",
        lambda: f"（作者系{rng.choice(vocab.ALL_CITIES)}{rng.choice(AFFILIATIONS)}）",
        lambda: f"作者{rng.choice(('：', ':', ' '))}{vocab.person_name(rng)}",
        lambda: f"原标题{rng.choice(('：', ':'))}{modernise(rng.choice(corpus.headlines), style)}",
        lambda: f"原标题：《{modernise(rng.choice(corpus.headlines), style)}》",
        lambda: f"文字：{vocab.person_name(rng)} 摄影：{vocab.person_name(rng)}",
        lambda: f"（{vocab.cn_number(rng.randint(1, 9))}）",
        lambda: f"{vocab.person_name(rng)} 于{rng.choice(vocab.ALL_CITIES)}",
        lambda: f"（上接{rng.randint(1, 8)}版）",
    )
    return rng.choice(forms)()


def render_article(
    rng: random.Random, article: Article, corpus: Corpus, site: Site, style: TextStyle, when: vocab.Stamp,
    extra: tuple[Article, ...] = (),
) -> RenderedArticle:
    """Turn a corpus article (plus optional follow-on articles for length) into body line groups."""
    head = modernise(article.headline, style)
    subtitles = [modernise(s, style) for s in article.subtitles]
    if "——" in head and rng.random() < 0.6:
        head, _, sub = head.partition("——")
        subtitles.insert(0, ("——" if rng.random() < 0.5 else "") + sub)
    out = RenderedArticle(headline=head)
    if rng.random() < 0.06:
        out.title.append(f"【{rng.choice(KICKERS)}】" if rng.random() < 0.7 else rng.choice(KICKERS))
    if rng.random() < 0.04:
        out.title.append(f"{spaced_heading(rng, corpus, style, 3)} {head}")
    elif subtitles and rng.random() < 0.15:
        out.title.append(f"{head} {subtitles.pop(0)}")
    else:
        out.title.append(head)
    out.title.extend(subtitles[: rng.randint(0, len(subtitles))])

    roll = rng.random()
    if article.bylines and roll < 0.5:
        out.lead.append(modernise(rng.choice(article.bylines), style))
    elif roll < 0.45:
        out.lead.append(byline(rng, site))

    paragraphs = [modernise(p, style) for p in article.paragraphs]
    for follow in extra:
        if rng.random() < 0.5:
            paragraphs.append(modernise(follow.headline, style))
        paragraphs.extend(modernise(p, style) for p in follow.paragraphs)
    if paragraphs and rng.random() < 0.3 and not paragraphs[0].startswith(("新华社", "本报", "据")):
        line = dateline(rng, site, when.month, when.day)
        if rng.random() < 0.8:
            paragraphs[0] = line + rng.choice(("", " ", "\u3000", "　")) + paragraphs[0]
        else:
            out.lead.append(line)
    if len(paragraphs) > 3 and rng.random() < 0.25:  # intertitles mid-article, mostly without punctuation
        mark = rng.randrange(10)
        for number, at in enumerate(sorted(rng.sample(range(1, len(paragraphs)), min(rng.randint(1, 4), len(paragraphs) - 1))), 1):
            if mark == 9 and rng.random() < 0.6:
                heading = spaced_heading(rng, corpus, style)
            else:
                heading = modernise(rng.choice(corpus.headlines), style)
            cn = vocab.cn_number(number)
            heading = (heading, f"{cn}、{heading}", f"（{cn}）{heading}", f"{number}.{heading}", f"▍{heading}", f"■ {heading}",
                       f"【{heading}】", f"◆{heading}", f"{number} {heading}", heading)[mark]
            paragraphs.insert(at + number - 1, heading)
    if paragraphs and rng.random() < 0.08:  # a page whose paragraphs lack their final punctuation
        rate = rng.uniform(0.3, 0.95)
        paragraphs = [p.rstrip("。！？!?.") or p if rng.random() < rate else p for p in paragraphs]
    if paragraphs and rng.random() < 0.1:  # English quotes, product names, abbreviations in the text
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.45:
                i = rng.randrange(len(paragraphs))
                paragraphs[i] = english.mixed_sentence(rng, paragraphs[i])
            elif roll < 0.8:
                paragraphs.insert(rng.randint(0, len(paragraphs)), english.quote_line(rng, vocab.person_name(rng)))
            else:
                paragraphs.insert(rng.randint(0, len(paragraphs)), english.paragraph(rng))

    roll = rng.random()
    layout = "sentences" if roll < 0.1 else "clauses" if roll < 0.14 else "normal"
    text = paragraph_lines(rng, paragraphs, layout)
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 2)):
            text.insert(rng.randint(0, len(text)), caption(rng, corpus, style))
    if rng.random() < 0.04:
        text.insert(0, f"（上接{rng.randint(1, 8)}版）")
    if rng.random() < 0.04:
        text.append(f"（下转第{rng.randint(2, 12)}版）")
    out.text = text

    if rng.random() < 0.35:
        out.tail.append(source_credit(rng, site))
    if rng.random() < 0.2:
        out.tail.append(sign_off(rng, corpus, style))
    if rng.random() < 0.03:
        out.tail.append(f"#{rng.choice(vocab.CHANNELS)}# @{site.short}")
    return out


def post_lines(rng: random.Random, text: str) -> list[str]:
    """Forum posts and comments: short informal text, sometimes broken into several lines."""
    if len(text) > 50 and rng.random() < 0.4:
        parts = sentences_of(text)
        if len(parts) > 1:
            rest = text[sum(len(p) for p in parts):]
            return [p.strip() for p in parts if p.strip()] + ([rest.strip()] if rest.strip() else [])
    return [text]


GOV_ORGS: tuple[str, ...] = (
    "人民政府办公室", "发展和改革委员会", "教育局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局",
    "住房和城乡建设局", "交通运输局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "应急管理局",
    "市场监督管理局", "医疗保障局", "统计局", "民政局", "司法局", "水利局", "林业局", "城市管理局", "体育局",
)
NOTICE_KINDS: tuple[str, ...] = ("通知", "通告", "公告", "意见", "实施方案", "办法", "决定", "批复", "函", "工作方案")


def render_notice(
    rng: random.Random, article: Article, corpus: Corpus, site: Site, style: TextStyle, when: vocab.Stamp,
) -> tuple[RenderedArticle, dict[str, str]]:
    """A government notice: title, document number, addressees, numbered sections, issuer and date.

    Returns the body lines and the values a metadata table (navigation) would repeat.
    """
    topic = modernise(article.headline, style).split("——")[0]
    org = site.city + rng.choice(("市", "")) + rng.choice(GOV_ORGS)
    kind = rng.choice(NOTICE_KINDS)
    title = rng.choice(
        (f"关于{topic}的{kind}", f"{org}关于{topic}的{kind}", f"关于印发《{topic}》的通知", f"{topic}{kind}")
    )
    abbr = site.city[:1] + rng.choice(("政办发", "政发", "政办函", "财发", "教发", "环发", "人社发", "农发"))
    number = f"{abbr}〔{when.year}〕{rng.randint(1, 120)}号"
    out = RenderedArticle(headline=title, title=[title])
    if rng.random() < 0.8:
        out.lead.append(number)
    out.lead.append(rng.choice(("各区县人民政府，市政府各部门，各有关单位：", "各乡镇人民政府、街道办事处，县直各单位：",
                                "各有关单位：", "各市、县（区）人民政府，省政府各部门：", "各相关企业：")))
    paragraphs = [modernise(p, style) for p in article.paragraphs]
    section = 0
    text: list[str] = []
    for i, para in enumerate(paragraphs):
        if i and rng.random() < 0.35:
            section += 1
            heading = modernise(rng.choice(corpus.headlines), style)
            text.append(f"{vocab.cn_number(section)}、{heading}")
        if section and rng.random() < 0.25:
            para = f"（{vocab.cn_number(rng.randint(1, 6))}）{para}"
        text.append(para)
    if rng.random() < 0.4:
        text.append(f"附件{rng.choice(('：', ':'))}{rng.randint(1, 3)}.{modernise(rng.choice(corpus.headlines), style)}")
    out.text = text
    out.tail.append(org)
    out.tail.append(rng.choice((f"{when.year}年{when.month}月{when.day}日", f"{when.year}年{when.month:02d}月{when.day:02d}日")))
    if rng.random() < 0.3:
        out.tail.append(rng.choice(("（此件公开发布）", "（此件主动公开）", "（联系人：" + vocab.person_name(rng) + "，电话：" + vocab.phone(rng) + "）")))
    meta = {"org": org, "number": number, "title": title}
    return out, meta

