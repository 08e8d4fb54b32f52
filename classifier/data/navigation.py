"""Generators for page chrome, every line labelled `navigation` (LABELS.md).

Menus, breadcrumbs, share widgets, meta lines, editor credits, related lists, comments, pagination,
footers, banners, lone symbols and in-article service boilerplate. Each function returns a list of
lines; the page templates decide where they go. Lists of article titles are built from corpus
headlines on purpose: a related-articles block looks like body text line by line, and the model has
to learn from its position and its header that it is navigation.
"""

from __future__ import annotations

import random

from . import vocab
from .site import Site

SEPARATORS: tuple[str, ...] = (
    " | ", "|", "｜", " ｜ ", " · ", "·", "  ", " ", "\u3000", " / ", "\xa0|\xa0", " - ", "\xa0\xa0", " • ", "丨",
)
INDENTS: tuple[str, ...] = ("", "", "  ", "  ", "    ", "\t", "\xa0", "      ")


def sep(rng: random.Random) -> str:
    """A separator as menus and footer rows use them."""
    return rng.choice(SEPARATORS)


def indent(rng: random.Random) -> str:
    """A leading-whitespace prefix (list items come out of HTML-to-text with two spaces)."""
    return rng.choice(INDENTS)


def as_lines(rng: random.Random, items: list[str], joined: float = 0.4) -> list[str]:
    """Print items either joined on one line or one per line with a shared indent."""
    if not items:
        return []
    if rng.random() < joined:
        return [indent(rng) + sep(rng).join(items)]
    pad = indent(rng)
    return [pad + item for item in items]


def _colon(rng: random.Random) -> str:
    return rng.choice(("：", "：", ":", "： ", ": "))


# --- header -------------------------------------------------------------------------------------


def channel_bar(rng: random.Random, site: Site) -> list[str]:
    """The main menu: channels joined on one line, one per line, or with nested sub-menus."""
    pool = list(dict.fromkeys([*site.channels, *rng.sample(vocab.CHANNELS, 10)]))
    items = pool[: rng.randint(4, 16)]
    if rng.random() < 0.7:
        items.insert(0, rng.choice(("首页", "网站首页", "首 页", "Home", "返回首页")))
    if rng.random() < 0.25:
        pad, sub_pad = rng.choice((("  ", "    "), ("", "  "), ("  ", "      ")))
        out = []
        for item in items[: rng.randint(3, 7)]:
            out.append(pad + item)
            out.extend(sub_pad + sub for sub in rng.sample(vocab.CHANNELS, rng.randint(2, 6)))
        return out
    return as_lines(rng, items, joined=0.35)


def top_bar(rng: random.Random, site: Site, when: vocab.Stamp) -> list[str]:
    """The thin bar above the logo: login, set-as-home, app, date and weather, search."""
    options = [
        "设为首页", "加入收藏", "登录", "注册", "登录 | 注册", "登录/注册", "手机版", "English", "无障碍浏览", "长者模式",
        f"今天是{when.year}年{when.month}月{when.day}日 {vocab.weekday(when)}",
        f"{when.year}年{when.month:02d}月{when.day:02d}日 {vocab.weekday(when)}",
        f"{site.city} {rng.choice(('晴', '多云', '小雨', '阴', '雷阵雨', '小雪'))} {rng.randint(-10, 15)}℃~{rng.randint(16, 36)}℃",
        "搜索", "请输入关键词", "请输入关键字", f"热门搜索{_colon(rng)}" + " ".join(rng.sample(vocab.CHANNELS, 3)),
        "客户端下载", "网站导航", "繁体", "简体中文", "繁體", "RSS订阅", "我要投稿", "数字报", "读报", "站内搜索", "高级搜索",
        f"欢迎访问{site.name}", f"欢迎光临{site.short}！", "个人中心", "退出", "消息", "APP", "订阅", "客服中心",
        site.name, site.short,
    ]
    return as_lines(rng, rng.sample(options, rng.randint(2, 6)), joined=0.3)


def breadcrumb(rng: random.Random, site: Site, tail: str = "") -> list[str]:
    """Breadcrumb trails: channel names joined by ">" "»" "/" ..., sometimes after "当前位置："."""
    crumbs = [rng.choice(("首页", "网站首页", site.short, "主页"))] + rng.sample(site.channels, rng.randint(1, 3))
    if tail and rng.random() < 0.25:
        crumbs.append(tail[: rng.randint(8, 30)])
    elif rng.random() < 0.2:
        crumbs.append(rng.choice(("正文", "内容", "详情", "文章详情")))
    glue = rng.choice((" > ", ">", " >> ", "»", " » ", "/", " / ", "\xa0", " - ", " → ", "＞", " ＞ ", "->"))
    trail = glue.join(crumbs)
    head = rng.choice(("", "", "", "当前位置：", "当前位置: ", "您现在的位置：", "您的位置：", "位置：", "您所在的位置\xa0", "所在位置 "))
    line = head + (glue.strip() if head and rng.random() < 0.2 else "") + trail
    return [indent(rng) + line]


def doc_title(rng: random.Random, headline: str, site: Site) -> str:
    """A document-title line that carries the site or channel name (navigation per LABELS.md)."""
    ch = site.channel
    forms = (
        f"{headline}_{ch}频道_{site.name}",
        f"{headline} | {ch} | {site.name}",
        f"{headline}-{site.name}",
        f"{headline}_{site.name}",
        f"{headline} - {ch} - {site.domain}",
        f"{headline}--{site.name}--{site.paper}官方网站",
        f"{headline}_{ch}_{site.short}",
        f"{headline}_新闻中心_{site.name}",
        f"{headline} - {site.name}",
        f"{headline}｜{site.short}",
        f"{site.name} - {headline}",
        f"【{site.short}】{headline}",
    )
    return rng.choice(forms)


def source_widget(rng: random.Random, site: Site) -> str:
    """A source name or its label alone on a line (a widget of the meta area)."""
    return rng.choice((site.paper, site.short, site.name, "来源：", "来源", "作者：", "编辑：", "稿源：", site.owner))


def meta_line(rng: random.Random, site: Site, when: vocab.Stamp) -> list[str]:
    """The date / source / author / views line under the title (navigation even when it names a reporter)."""
    c = _colon(rng)
    parts: list[str] = []
    date = vocab.fmt_date(rng, when)
    parts.append(rng.choice(("", "", "发布时间" + c, "发布日期" + c, "时间" + c, "更新时间" + c, "日期" + c)) + date)
    if rng.random() < 0.75:
        src = rng.choice((site.paper, site.name, site.short, rng.choice(vocab.ALL_CITIES) + "日报", "网络", "本站原创", "综合"))
        parts.append(rng.choice(("来源", "来源", "信息来源", "稿源", "出处")) + c + src)
    if rng.random() < 0.4:
        parts.append(rng.choice(("作者", "记者", "文", "撰稿")) + c + vocab.person_name(rng))
    if rng.random() < 0.3:
        parts.append(rng.choice(("编辑", "责任编辑", "责编")) + c + vocab.person_name(rng))
    if rng.random() < 0.35:
        parts.append(rng.choice(("浏览次数", "阅读", "点击", "浏览", "阅读量", "点击数", "人气")) + c + str(rng.randint(1, 99999)))
    if rng.random() < 0.2:
        parts.append(f"评论({rng.randint(0, 300)})")
    if rng.random() < 0.25:
        parts.append(rng.choice(("字号：大 中 小", "【字体：大 中 小】", "字号：T|T", "【字号 大 中 小】", "[ 大 中 小 ]")))
    if rng.random() < 0.1:
        parts.append(rng.choice(("分享到：", "打印", "收藏本文", "我要纠错")))
    if rng.random() < 0.12:
        rng.shuffle(parts)
    if rng.random() < 0.2:
        return [indent(rng) + p for p in parts]
    return [indent(rng) + rng.choice(("  ", " ", "\u3000", "\u3000\u3000", " | ", "\xa0\xa0", "   ")).join(parts)]


SHARE_ITEMS: tuple[str, ...] = (
    "微信", "微博", "QQ空间", "QQ好友", "朋友圈", "豆瓣", "人人", "空间", "新浪微博", "腾讯微博", "复制链接", "QQ",
    "百度贴吧", "抖音", "今日头条", "钉钉", "X", "0", "+1", "收藏", "点赞", "打印", "更多", "Facebook", "Twitter",
)


def share_widget(rng: random.Random) -> list[str]:
    """Share and social widgets with their counters."""
    items = rng.sample(SHARE_ITEMS, rng.randint(2, 7))
    if rng.random() < 0.3:
        items = [f"{it} {rng.randint(0, 999)}" if rng.random() < 0.3 else it for it in items]
    head = rng.choice(("分享到：", "分享到", "分享：", "分享至", "一键分享", "", "分享到-", "转发到："))
    extras = []
    if rng.random() < 0.3:
        extras = rng.sample(
            ["用微信扫描二维码", "分享至好友和朋友圈", "扫一扫，分享到朋友圈", "x", "×", f"点赞 {rng.randint(0, 999)}",
             f"{rng.randint(0, 500)} 评论", "收藏", "举报", f"{rng.randint(0, 99)}人收藏", "已收藏", "取消"], rng.randint(1, 3))
    roll = rng.random()
    if roll < 0.35:
        lines = ([head] if head else []) + items
        return [indent(rng) + x for x in lines + extras]
    if roll < 0.5 and head == "分享到-":
        return [head + items[0]] + extras
    return [indent(rng) + head + sep(rng).join(items)] + extras


def tools_line(rng: random.Random) -> list[str]:
    """Font size, print and close widgets."""
    return [indent(rng) + rng.choice((
        "【字号：大 中 小】", "字体：【大 中 小】", "打印本页 关闭窗口", "【打印】【关闭】", "[打印本页] [关闭窗口] [收藏]",
        "打印 | 关闭 | 纠错", "朗读", "A+ A-", "默认 大 超大", "【打印本页】", "【关闭窗口】", "【复制地址】", "打印 关闭 收藏",
        "[ 打印 ]", "[ 关闭 ]", "字号：小 中 大", "视力保护色：", "【 字体：大 中 小 】【打印】【关闭】", "我要打印", "纠错",
    ))]


def editor_credit(rng: random.Random, site: Site) -> str:
    """Editor credits in their many forms (always navigation, even when glued to a source)."""
    n = vocab.person_name
    c = _colon(rng)
    forms = (
        lambda: f"责任编辑{c}{n(rng)}",
        lambda: f"(责编{c}{n(rng)})",
        lambda: f"（责编{c}{n(rng)}、{n(rng)}）",
        lambda: f"编辑|{n(rng)}",
        lambda: f"编辑 | {n(rng)}",
        lambda: f"校对{c}{n(rng)}",
        lambda: f"校对|{n(rng)}",
        lambda: f"责任编辑{c}{n(rng)} 校对{c}{n(rng)}",
        lambda: f"[责任编辑{c}{n(rng)}]",
        lambda: f"【责任编辑{c}{n(rng)}】",
        lambda: f"编辑{c}{n(rng)} 审核{c}{n(rng)}",
        lambda: f"来源{c}{site.paper} 编辑{c}{n(rng)}",
        lambda: f"编辑{c} {n(rng)} 来源{c}{site.short} 作者{c}{n(rng)}",
        lambda: f"（编辑 {n(rng)}）",
        lambda: f"（{site.short}编辑 {n(rng)}）",
        lambda: f"审核{c}{n(rng)}",
        lambda: f"初审{c}{n(rng)} 复审{c}{n(rng)} 终审{c}{n(rng)}",
        lambda: f"值班编辑{c}{n(rng)}",
        lambda: f"本期编辑 {n(rng)}",
        lambda: f"监制{c}{n(rng)} 主编{c}{n(rng)}",
        lambda: f"编辑{c}{n(rng)}",
        lambda: f"作者{c}{n(rng)} 编辑{c}{n(rng)}",
        lambda: f"责编{c}{n(rng)} 美编{c}{n(rng)}",
        lambda: f"【编辑{c}{n(rng)}】",
        lambda: f"Editor: {vocab.pinyin_word(rng, 2, 3).title()}",
    )
    return rng.choice(forms)()


def keywords_line(rng: random.Random, terms: list[str]) -> list[str]:
    """Keyword and tag rows, or the lone label."""
    label = rng.choice(("关键词：", "关键字：", "标签：", "Tags:", "相关标签：", "TAG:", "本文关键词："))
    if not terms or rng.random() < 0.2:
        return [label]
    return [label + sep(rng).join(terms)]


# --- lists of other articles -------------------------------------------------------------------

LIST_HEADERS: tuple[str, ...] = (
    "相关阅读", "相关新闻", "为你推荐", "热点推荐", "猜你喜欢", "热门文章", "最新文章", "推荐阅读", "延伸阅读",
    "精彩推荐", "今日热点", "排行榜", "24小时热文", "热门排行", "图片新闻", "编辑推荐", "大家都在看", "更多精彩",
    "你可能感兴趣", "往期回顾", "新闻排行", "点击排行", "本周热门", "随便看看", "相关文章", "热门资讯", "最新资讯",
    "热读", "精华推荐", "阅读排行", "专题推荐", "视频推荐", "猜你想看", "热搜", "要闻", "滚动新闻", "即时新闻",
    "推荐", "最新", "热门", "聚焦", "图说天下", "热门评论", "近期文章", "随便逛逛", "相关专题", "看一看",
)


def list_header(rng: random.Random, header: str | None = None) -> str:
    """A list header in one of its dressings ("相关阅读：", "【相关阅读】", "| 最新", "猜你喜欢 更多>>")."""
    word = header or rng.choice(LIST_HEADERS)
    return rng.choice((word, word, f"{word}：", f"【{word}】", f"| {word}", f"{word} 更多>>", f"{word}  更多", f"■ {word}",
                       f"{word}>>", f"[{word}]", f"— {word} —", f"{word}\u3000MORE"))


def title_item(rng: random.Random, title: str, when: vocab.Stamp, style: int, number: int) -> str:
    """One linked title as lists print it (bullets, numbers, dates, counters, ellipses)."""
    if rng.random() < 0.2 and len(title) > 14:
        title = title[: rng.randint(10, 16)] + rng.choice(("...", "…", "..", ""))
    if style == 0:
        return title
    if style == 1:
        return f"· {title}"
    if style == 2:
        return f"{number}.{title}" if rng.random() < 0.5 else f"{number} {title}"
    if style == 3:
        return f"{title} {vocab.short_date(rng, vocab.later(rng, when, 10))}"
    if style == 4:
        return f"{title}({rng.randint(10, 9999)})"
    if style == 5:
        return f"[{rng.choice(vocab.CHANNELS)}]{title}"
    if style == 6:
        return f"{vocab.short_date(rng, vocab.later(rng, when, 10))} {title}"
    return f"• {title}"


def title_list(rng: random.Random, titles: list[str], when: vocab.Stamp, header: str | None = None,
               with_header: bool = True) -> list[str]:
    """A related/recommended list: a header followed by titles of other articles."""
    style = rng.randrange(8)
    pad = indent(rng)
    out = [indent(rng) + list_header(rng, header)] if with_header else []
    out.extend(pad + title_item(rng, t, when, style, i) for i, t in enumerate(titles, 1))
    if rng.random() < 0.25:
        out.append(pad + rng.choice(("更多>>", "更多", "查看更多", "more", "更多 >", "[更多]", "MORE+")))
    return out


def teaser_list(rng: random.Random, titles: list[str], teasers: list[str], when: vocab.Stamp,
                tags: tuple[str, ...] = vocab.CHANNELS) -> list[str]:
    """Related articles with a teaser sentence and tags or a date under each title.

    Every line is navigation although the teasers read like article sentences: the model has to use
    the list header and the title/teaser rhythm, not the sentence alone.
    """
    out = [list_header(rng, rng.choice(("相关推荐", "相关文章", "猜你喜欢", "推荐文章", "热门推荐", "更多推荐", "推荐阅读", "延伸阅读")))]
    pad = indent(rng)
    for title, teaser in zip(titles, teasers):
        out.append(pad + title)
        if rng.random() < 0.8:
            out.append(pad + (teaser if rng.random() < 0.7 else teaser[: rng.randint(20, 60)] + rng.choice(("...", "…", ""))))
        roll = rng.random()
        if roll < 0.4:
            out.append(pad + " ".join(rng.sample(tags, rng.randint(1, 4))))
        elif roll < 0.6:
            out.append(pad + f"{vocab.short_date(rng, vocab.later(rng, when, 200))} {rng.randint(10, 9999)}阅读")
    return out


def pagination(rng: random.Random, prev_title: str, next_title: str) -> list[str]:
    """Page numbers and previous/next-article links."""
    n = rng.randint(2, 12)
    forms = (
        lambda: ["上一页 " + " ".join(str(i) for i in range(1, n + 1)) + " 下一页"],
        lambda: ["首页 上一页 " + " ".join(str(i) for i in range(1, min(n, 6) + 1)) + " 下一页 尾页"],
        lambda: [f"共{n}页: 上一页 " + " ".join(str(i) for i in range(1, n + 1)) + " 下一页"],
        lambda: [f"上一篇{_colon(rng)}{prev_title}", f"下一篇{_colon(rng)}{next_title}"],
        lambda: [f"上一篇：{prev_title}"],
        lambda: [f"下一篇：{next_title}"],
        lambda: ["上一篇", prev_title, "下一篇", next_title],
        lambda: ["« 上一篇", "下一篇 »"],
        lambda: [f"阅读下一篇 {next_title}"],
        lambda: ["1 2 3 ... " + str(n + 5) + " >"],
        lambda: [f"第{i}页" for i in range(1, min(n, 5) + 1)],
        lambda: [f"上一篇：{prev_title} 下一篇：{next_title}"],
        lambda: ["上一页", *[str(i) for i in range(1, min(n, 8) + 1)], "下一页"],
        lambda: [f"« {prev_title}", f"{next_title} »"],
    )
    return [indent(rng) + line for line in rng.choice(forms)()]


# --- comments --------------------------------------------------------------------------------


def comment_box(rng: random.Random, site: Site) -> list[str]:
    """The comment form with its rules and counters."""
    options = [
        "发表评论", "网友评论", "评论", "我要评论", f"共有{rng.randint(0, 999)}条评论", f"已有 {rng.randint(0, 9999)} 人参与",
        "请输入评论内容", "登录后发表评论", "发表", "提交", "请文明发言，理性讨论，遵守评论服务协议",
        f"网友评论仅供其表达个人看法，并不表明{site.short}立场", "查看全部评论", "最新评论", "热门评论",
        "评论区", "写评论...", "说点什么吧", "匿名发表", "验证码：", "还可以输入500字", f"{rng.randint(0, 300)}条评论",
        "全部评论", "暂无评论", "快来抢沙发吧！", "文明发言，理性评论", "所有评论仅代表网友意见，与本站立场无关",
        "评论须知", "请遵守《互联网跟帖评论服务管理规定》", "跟帖", f"跟贴 {rng.randint(0, 99)}",
        "我要回帖", "回复", "发表回复", "用户名：", "密码：", "登录", "注册", "游客",
    ]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(2, 6))]


def comment(rng: random.Random, text: list[str], when: vocab.Stamp, floor: int) -> list[str]:
    """A reader comment under a news or blog article: user/time/floor lines, its text, buttons."""
    user = vocab.user_handle(rng)
    t = vocab.fmt_date(rng, vocab.later(rng, when, 5), with_time=True)
    province = rng.choice(vocab.PROVINCES)
    head = rng.choice((
        f"{user}[{province.name}{rng.choice(province.cities)}网友]{t}",
        f"{user} {t}",
        f"{floor}楼 {user}",
        f"{user}  {t}  {floor}楼",
        f"{user}",
        f"{province.name}{rng.choice(province.cities)}网友 {user}",
        f"#{floor} {user} 发表于 {t}",
        f"{user} 来自{province.name}",
    ))
    pad = indent(rng)
    out = [pad + head]
    if rng.random() < 0.25:
        out = [pad + f"{user}{rng.choice(('：', ':', ' 说：'))}{text[0]}", *[pad + x for x in text[1:]]]
    else:
        out.extend(pad + x for x in text)
    if rng.random() < 0.3 and head == user:
        out.append(pad + t)
    if rng.random() < 0.6:
        buttons = rng.choice((
            [f"回复 | 赞({rng.randint(0, 500)})"], [f"顶[{rng.randint(0, 99)}] 踩[{rng.randint(0, 20)}]"],
            [f"+1顶{rng.randint(0, 200)}", f"|+1踩{rng.randint(0, 20)}", "|回复", "|举报"], ["回复", "举报"],
            [f"{rng.randint(0, 999)}", "回复"], [f"赞 {rng.randint(0, 99)}"], ["支持", "反对", "回复"],
        ))
        out.extend(pad + b for b in buttons)
    return out


# --- footer ------------------------------------------------------------------------------------

FOOTER_LINKS: tuple[str, ...] = (
    "关于我们", "联系我们", "广告服务", "版权声明", "网站地图", "隐私政策", "招聘信息", "意见反馈", "投稿须知", "用户协议",
    "法律声明", "友情链接", "网站导航", "帮助中心", "合作伙伴", "诚聘英才", "服务条款", "订阅服务", "网站声明", "纠错",
    "人才招聘", "商务合作", "About Us", "Contact", "广告刊例", "本站介绍", "报社简介", "网站简介", "客服中心", "免责条款",
    "隐私保护", "加入我们", "投诉建议", "在线投稿", "网站纠错", "使用说明", "English", "手机版", "电脑版",
)


def footer_links(rng: random.Random) -> list[str]:
    """Footer link rows (navigation even when one link reads 版权声明)."""
    items = rng.sample(FOOTER_LINKS, rng.randint(3, 9))
    if rng.random() < 0.6:
        return [indent(rng) + sep(rng).join(items)]
    return as_lines(rng, items, joined=0.0)


def footer_contact(rng: random.Random, site: Site) -> list[str]:
    """Plain footer address / phone / e-mail / postcode lines (navigation, not copyright)."""
    c = _colon(rng)
    host = site.domain.removeprefix("www.")
    options = [
        f"地址{c}{vocab.address(rng, site.city)}{rng.choice(('  ', '　', ' '))}邮编{c}{vocab.postcode(rng)}",
        f"地址{c}{vocab.address(rng, site.city)}",
        f"联系电话{c}{vocab.phone(rng)}",
        f"电话{c}{vocab.phone(rng)} 传真{c}{vocab.phone(rng)}",
        f"E-mail{c}{vocab.email(rng, host)}",
        f"新闻热线{c}{vocab.phone(rng)}",
        f"投稿邮箱{c}{vocab.email(rng)}",
        f"客服热线{c}400-{vocab.digits(rng, 3)}-{vocab.digits(rng, 4)}",
        f"网站投诉{c}{vocab.phone(rng)} 邮箱{c}{vocab.email(rng, host)}",
        f"工作时间{c}周一至周五 9:00-{rng.choice(('17:00', '17:30', '18:00'))}",
        f"{site.owner} 地址{c}{vocab.address(rng, site.city)}",
        f"联系我们{c}{vocab.email(rng, host)}",
        f"邮编{c}{vocab.postcode(rng)}",
        f"广告热线{c}{vocab.phone(rng)}",
        f"Email:{vocab.email(rng, host)}",
        f"中文域名{c}{site.short}.政务" if site.kind == "gov" else f"网址{c}{site.domain}",
        f"技术支持热线{c}{vocab.phone(rng)}",
        f"读者服务{c}{vocab.phone(rng)}",
    ]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(1, 4))]


def friend_links(rng: random.Random) -> list[str]:
    """A "友情链接" block of other site names."""
    names = []
    for _ in range(rng.randint(4, 24)):
        head = rng.choice(vocab.ALL_CITIES) if rng.random() < 0.7 else rng.choice(vocab.BRAND_WORDS)
        names.append(head + rng.choice(("网", "新闻网", "在线", "信息港", "日报", "之窗", "热线", "政府网")))
    header = rng.choice(("友情链接", "友情链接：", "合作媒体", "地市网盟", "相关链接", "媒体链接", "兄弟网站"))
    return [indent(rng) + header, *as_lines(rng, names, joined=0.3)]


def cookie_banner(rng: random.Random) -> list[str]:
    """Cookie and privacy banners (navigation per LABELS.md)."""
    text = rng.choice((
        "本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
        "我们使用 cookies 来分析流量并为您提供个性化内容，详情请阅读隐私政策。",
        "为了给您提供更好的服务，本站会使用cookie技术，点击“同意”即表示您接受。",
        "我们重视您的隐私。本网站使用必要的Cookie以保证正常运行。",
        "继续使用本站即视为您已阅读并同意《用户协议》和《隐私政策》",
        "本站使用 Cookie 存储您的偏好设置，您可以随时在浏览器中清除。",
    ))
    buttons = rng.sample(["同意", "拒绝", "接受", "了解更多", "隐私政策", "我知道了", "接受全部", "仅必要Cookie", "设置"],
                         rng.randint(1, 3))
    return [text, *as_lines(rng, buttons, joined=0.5)]


def private_use_glyphs(rng: random.Random) -> str:
    """Icon-font glyphs from the private use area (U+E000–U+F8FF), alone or with a label."""
    glyphs = " ".join(chr(rng.randint(0xE000, 0xF8FF)) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.3:
        return glyphs + " " + rng.choice(("登录", "搜索", "分享", "菜单", "返回", "首页", "我的"))
    return glyphs


def lone_symbol(rng: random.Random) -> str:
    """A stand-alone separator or widget symbol."""
    if rng.random() < 0.25:
        return private_use_glyphs(rng)
    return rng.choice((
        "×", "|", "◆", "···", "——", "------", "* * *", "›", "»", ">>", "▲", "▼", "●", "○", "◇", "◆◆", "/", "+", "...",
        "......", "·", "—", "X", "x", "︿", "∨", "☰", "≡", "<", ">", "<<", "○○○", "━━━━━━", "=========", "<>", "▪",
    ))


def service_boilerplate(rng: random.Random, site: Site) -> list[str]:
    """In-article service boilerplate and calls to action (navigation)."""
    brand = rng.choice((site.short, rng.choice(vocab.BRAND_WORDS) + rng.choice(("发布", "观察", "之声", "头条", "生活"))))
    options = [
        f"扫描二维码关注{brand}", "长按识别二维码，关注我们", "- END -", "-END-", "—END—", "END", "- 完 -",
        "点击关注，获取更多资讯", "点击上方蓝字关注我们", f"欢迎关注{brand}微信公众号", "觉得不错，请点个在看",
        "喜欢就点个赞吧", f"更多精彩内容，请下载{site.short}客户端", "打开APP阅读全文", "继续阅读下文", "往期推荐",
        "推荐阅读", "点击下方“阅读原文”查看更多", "点击图片查看大图", "（点击图片查看高清大图）", "↓↓↓",
        "长按二维码识别关注", f"关注{brand}，了解更多", "转发、点赞、在看，都是对我们最大的鼓励",
        "（扫码查看视频）", "分享是一种美德", "本文完", "— 往期精彩 —", "点个“在看”，分享给更多人",
        f"相关资讯请关注：{brand}专区", "快来点击这里看看吧！", "戳这里 ↓", "视频加载中...", "点击播放",
    ]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(1, 3))]


AD_PRODUCTS: tuple[str, ...] = (
    "家用轿车", "智能手机", "空气净化器", "护肤套装", "英语课程", "理财产品", "装修套餐", "笔记本电脑", "扫地机器人",
    "儿童绘本", "健身年卡", "旅游线路", "新楼盘", "净水器", "电动自行车", "养老公寓", "钢琴培训", "茶叶礼盒",
)


def ad_block(rng: random.Random) -> list[str]:
    """Ads served by the site: a "广告" label, ad titles, a close button (navigation, not spam)."""
    label = rng.choice(("广告", "AD", "推广", "赞助", "广告 ×", "Advertisement", "商业推广"))
    out = [label]
    for _ in range(rng.randint(0, 3)):
        product = rng.choice(AD_PRODUCTS)
        out.append(rng.choice((
            f"{rng.choice(vocab.BRAND_WORDS)}{product}限时特惠，点击了解",
            f"{rng.choice(vocab.ALL_CITIES)}{product}新品上市",
            f"{product}怎么选？看这一篇就够了",
            f"{rng.choice(vocab.BRAND_WORDS)}{product} 立即咨询",
            f"买{product}，上{rng.choice(vocab.BRAND_WORDS)}商城",
        )))
    if rng.random() < 0.4:
        out.append(rng.choice(("×", "关闭", "x")))
    return out


def read_more(rng: random.Random) -> list[str]:
    """"阅读全文" and "加载更多" style buttons."""
    return [rng.choice((
        "阅读全文", "展开全文", "查看全文", "点击阅读全文", "加载更多", "加载更多内容", "点击加载更多", "查看更多", "更多>>",
        "没有更多了", "展开剩余内容", "阅读原文", "继续阅读", "Read more…", "查看原文", "全文阅读", "点击查看更多",
    ))]


def login_form(rng: random.Random) -> list[str]:
    """A login form's labels and buttons."""
    options = ["用户名", "密码", "验证码", "记住我", "忘记密码？", "登录", "立即注册", "第三方登录", "微信登录", "QQ登录",
               "手机号", "获取验证码", "还没有账号？立即注册", "自动登录", "用户登录", "请输入用户名", "请输入密码",
               "登录即表示同意用户协议", "扫码登录", "账号登录", "短信登录", "找回密码", "快速注册"]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(2, 7))]


def tabs(rng: random.Random) -> list[str]:
    """Tab names of a tabbed box."""
    pool = ["推荐", "热门", "最新", "综合", "资讯", "视频", "图集", "评论", "排行", "本周", "本月", "24小时", "原创",
            "精选", "全部", "问答", "专栏", "直播", "话题", "动态"]
    return as_lines(rng, rng.sample(pool, rng.randint(2, 5)), joined=0.5)


def app_promo(rng: random.Random, site: Site) -> list[str]:
    """App and social-account promotion blocks."""
    options = [f"下载{site.short}客户端", "扫码下载APP", "手机看新闻", "官方微信", "官方微博", "抖音号", "扫一扫",
               "关注我们", f"{site.short}APP", "微信公众号", "视频号", "客户端", "手机版", "iPhone版", "Android版"]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(1, 4))]


MOODS: tuple[str, ...] = ("开心", "感动", "愤怒", "同情", "无聊", "搞笑", "震惊", "难过", "点赞", "担忧", "期待", "惊讶")


def mood_vote(rng: random.Random) -> list[str]:
    """"How do you feel about this article" voting widgets."""
    head = rng.choice(("读完这篇文章后，您心情如何？", "您对本文的评价：", "看完本文您的感受是：", "心情投票", "表个态吧"))
    moods = rng.sample(MOODS, rng.randint(3, 8))
    if rng.random() < 0.5:
        return [head, " ".join(f"{m} {rng.randint(0, 99)}" for m in moods)]
    return [head, *moods, *[str(rng.randint(0, 99)) for _ in moods[:2]]]


def stat_counter(rng: random.Random) -> list[str]:
    """Visit counters and online-user lines."""
    return [rng.choice((
        f"访问量：{rng.randint(1000, 9999999)}", f"在线人数：{rng.randint(1, 9999)}", f"本站访问人数：{rng.randint(1000, 99999999)}",
        f"今日访问：{rng.randint(10, 99999)}", f"总访问量 {rng.randint(1000, 9999999)}", f"您是第{rng.randint(1000, 9999999)}位访客",
    ))]


def gov_meta_table(rng: random.Random, site: Site, org: str, number: str, title: str, when: vocab.Stamp) -> list[str]:
    """The 索引号/分类/发文机关/成文日期/标题/发文字号 metadata table of a government document."""
    c = _colon(rng)
    rows = [
        ("索引号", f"{vocab.digits(rng, 9)}/{when.year}-{rng.randint(1, 999):05d}"),
        ("分类", rng.choice(("通知", "综合政务", "财政、金融", "教育", "城乡建设、环境保护", "公告公示", "其他"))),
        ("发文机关", org),
        ("成文日期", f"{when.year}-{when.month:02d}-{when.day:02d}"),
        ("标题", title),
        ("发文字号", number),
        ("发布日期", vocab.fmt_date(rng, vocab.later(rng, when, 5), with_time=False)),
        ("主题词", " ".join(rng.sample(vocab.CHANNELS, 2))),
        ("有效性", rng.choice(("有效", "失效", "已修改"))),
        ("信息来源", site.short),
        ("公开方式", "主动公开"),
    ]
    rows = [r for r in rows if r[0] in ("标题", "发文字号") or rng.random() < 0.75]
    if rng.random() < 0.35:
        return [line for key, value in rows for line in (key + rng.choice(("：", "", ":")), value)]
    if rng.random() < 0.3:
        pairs = [f"{k}{c}{v}" for k, v in rows]
        return [" ".join(pairs[i : i + 2]) for i in range(0, len(pairs), 2)]
    return [f"{k}{c}{v}" for k, v in rows]


# --- forums and blogs --------------------------------------------------------------------------


def forum_header(rng: random.Random, site: Site, board: str) -> list[str]:
    """Thread chrome above the first post."""
    options = [
        f"{site.name} » {board} » 查看帖子", f"{site.short} › {board}", f"查看: {rng.randint(10, 99999)}|回复: {rng.randint(0, 999)}",
        "[复制链接]", "发新帖", "回复", "返回列表", "电梯直达", "只看楼主", "倒序看帖", "打印", "上一主题 下一主题",
        f"主题：{rng.randint(1, 9999)}", f"阅读 {rng.randint(10, 99999)}", f"回复 {rng.randint(0, 999)}", "收藏本版",
        f"今日: {rng.randint(0, 999)}|主题: {rng.randint(100, 99999)}|排名: {rng.randint(1, 99)}", "楼主", "精华", "置顶",
        f"{board}", "发表于", "关注", "跳转到指定楼层",
    ]
    return [indent(rng) + x for x in rng.sample(options, rng.randint(1, 4))]


def forum_user_card(rng: random.Random, user: str, when: vocab.Stamp) -> list[str]:
    """The poster's card: name, rank, counters, join date."""
    c = _colon(rng)
    options = [
        rng.choice(vocab.FORUM_RANKS), f"UID{c}{rng.randint(1, 999999)}", f"帖子{c}{rng.randint(0, 9999)}",
        f"积分{c}{rng.randint(0, 99999)}", f"注册时间{c}{vocab.fmt_date(rng, vocab.stamp(rng, 2003, when.year), with_time=False)}",
        "发消息", "加好友", f"精华{c}{rng.randint(0, 30)}", f"金币{c}{rng.randint(0, 9999)}", f"威望{c}{rng.randint(0, 500)}",
        f"主题 {rng.randint(0, 999)}", f"粉丝 {rng.randint(0, 999)}", "关注TA", "串个门", "打招呼", "在线", "离线",
        f"来自{c}{rng.choice(vocab.ALL_CITIES)}", f"{rng.randint(0, 999)} 声望",
    ]
    pad = indent(rng)
    return [pad + user] + [pad + x for x in rng.sample(options, rng.randint(0, 3))]


FLOOR_NAMES: tuple[str, ...] = ("楼主", "沙发", "板凳", "地板", "地下室", "下水道")


def forum_floor(rng: random.Random, when: vocab.Stamp, floor: int) -> list[str]:
    """The floor / time line of a post."""
    t = vocab.fmt_date(rng, vocab.later(rng, when, 3), with_time=True)
    name = FLOOR_NAMES[floor - 1] if floor <= len(FLOOR_NAMES) and rng.random() < 0.6 else rng.choice(
        (f"{floor}#", f"#{floor}", f"{floor}楼", f"第{floor}楼", f"{floor} 楼"))
    forms = (
        [f"发表于 {t} | 只看该作者", name], [f"{name} 发表于 {t}"], [t, name], [f"{t} 发布"], [f"发表于 {t}"],
        [f"{name}", f"{t}"], [f"{t}发布于{rng.choice(vocab.FORUM_BOARDS)}"], [f"{name}  {t}  只看此人"],
    )
    pad = indent(rng)
    return [pad + x for x in rng.choice(forms)]


def forum_buttons(rng: random.Random) -> list[str]:
    """Buttons under a post."""
    options = ["回复", "引用", "举报", "支持", "反对", "评分", "点赞", "收藏", "分享", f"支持({rng.randint(0, 99)})",
               f"反对({rng.randint(0, 20)})", "首赞", "评论", "手机查看", "使用道具", "回复 引用", "TOP", "编辑"]
    return as_lines(rng, rng.sample(options, rng.randint(1, 5)), joined=0.3)


def forum_signature(rng: random.Random, user: str, when: vocab.Stamp) -> list[str]:
    """Signatures and edit stamps."""
    t = vocab.fmt_date(rng, when, with_time=True)
    return [rng.choice((
        f"本帖最后由 {user} 于 {t} 编辑",
        rng.choice(("生活不止眼前的苟且", "签名被屏蔽", "人生如逆旅，我亦是行人", "好好学习，天天向上", "做一个安静的美男子",
                    "此人很懒，什么也没留下", "努力工作，快乐生活", "路漫漫其修远兮")),
        f"{user} 的签名", "该用户已被禁言", "提示：作者被禁止或删除 内容自动屏蔽",
    ))]


def blog_meta(rng: random.Random, user: str, when: vocab.Stamp) -> list[str]:
    """Per-post meta lines of blogs (date, category, counters, print/read-more links)."""
    t = vocab.fmt_date(rng, when, with_time=True)
    category = rng.choice(("随笔", "技术", "生活", "读书笔记", "旅行", "杂谈", "未分类", "工作", "摄影", "学习"))
    return [rng.choice((
        f"发表于 {t} | 分类：{category} | 阅读({rng.randint(1, 9999)}) | 评论({rng.randint(0, 99)})",
        f"posted @ {t} {user} 阅读({rng.randint(1, 9999)}) 评论({rng.randint(0, 99)}) 编辑 收藏 举报",
        f"{user} / {rng.randint(0, 999)} / {rng.randint(0, 99)} / 创建于 {rng.randint(1, 11)}个月前",
        f"由{user}张贴 @{t}",
        f"{t} · {category} · {rng.randint(0, 99)}条评论",
        f"分类：{category}", f"标签：{category}", "[打印]", "Read more…", "阅读更多»", f"{user} 发布于 {t}",
        f"{rng.randint(1, 9999)} 阅读 · {rng.randint(0, 99)} 喜欢 · {rng.randint(0, 99)} 评论",
    ))]


def blog_sidebar(rng: random.Random, user: str, titles: list[str], when: vocab.Stamp) -> list[str]:
    """The blogger's profile, categories, archive and ranking widgets."""
    out = [rng.choice(("博主资料", "个人资料", "关于博主", "博主信息")), user]
    out += rng.sample([f"粉丝 {rng.randint(0, 9999)}", f"关注 {rng.randint(0, 999)}", f"文章 {rng.randint(1, 999)}",
                       f"访问：{rng.randint(100, 999999)}", f"排名：{rng.randint(1, 99999)}", "私信", "+加关注",
                       f"积分：{rng.randint(0, 9999)}", f"等级：{rng.randint(1, 9)}级"], rng.randint(1, 5))
    out.append(rng.choice(("文章分类", "分类", "随笔分类", "Categories")))
    cats = rng.sample(("随笔", "技术", "生活", "读书笔记", "旅行", "杂谈", "未分类", "工作", "摄影", "学习", "音乐", "美食"),
                      rng.randint(2, 6))
    out += [f"{c}({rng.randint(1, 99)})" if rng.random() < 0.7 else c for c in cats]
    out.append(rng.choice(("文章归档", "归档", "随笔档案", "Archives")))
    year = when.year
    out += [f"{year}年{m}月({rng.randint(1, 20)})" for m in sorted(rng.sample(range(1, 13), rng.randint(2, 6)), reverse=True)]
    out += title_list(rng, titles, when, header=rng.choice(("阅读排行", "推荐排行", "最新评论", "最新文章")))
    return [indent(rng) + x if not x.startswith((" ", "\t")) else x for x in out]


def portal_block(rng: random.Random, titles: list[str], when: vocab.Stamp) -> list[str]:
    """A channel box of a portal front page: channel header, "更多", titles."""
    header = rng.choice(vocab.CHANNELS) + rng.choice(("", "", "新闻", "频道", "资讯", "动态"))
    return title_list(rng, titles, when, header=header)
