"""Community threads as newer forum software prints them (v2ex-, Discourse- or microblog-style).

The older board layout (:func:`classifier.data.pages._forum`) has a user card and a floor line
per post. Newer community sites print each reply under a name line ("北野 @alimy", "马亮南生
10月前", "gakki #6 1 月前"), often with the poster's province ("浙江省杭州市") and a counter, and the
replies are chatty: "@handle" mentions, "～", emoji, "- " points. LABELS.md: on forum pages the
posts and replies are ``body`` however short; the name, place, time and counter lines, the
"热门话题" sidebar and the buttons are ``navigation``. On news pages the same-looking reader comments
are navigation (:func:`classifier.data.blocks.comments`): only the page tells them apart.
"""

from __future__ import annotations

import random

from ..labels import BODY, COPYRIGHT, NAVIGATION
from . import copyright as cr
from . import vocab
from .article import post_lines
from .blocks import Ctx
from .threads import short_reply

MENU: tuple[str, ...] = (
    "首页", "广场", "话题", "发现", "动态", "社区", "问答", "文章", "沸点", "热榜", "推荐", "关注", "消息", "标签", "节点",
    "搜索", "登录", "注册", "写文章", "发帖", "发动态", "授权", "关于", "学习", "招聘", "Wiki", "活动", "排行榜",
)
DETAIL: tuple[str, ...] = ("帖子详情", "泡泡详情", "动态详情", "话题详情", "主题详情", "问题详情", "正文")
SECTION: tuple[str, ...] = (
    "评论", "全部评论", "{n} 条回复", "共收到 {n} 条回复", "全部回复 {n}", "{n}个评论", "评论 {n}", "回复 ({n})",
)
SORTS: tuple[str, ...] = ("默认", "最新", "最热", "倒序看帖", "仅看楼主", "按时间", "按热度")
PROMPTS: tuple[str, ...] = (
    "登录后，精彩更多", "0/200", "表情 图片", "说点什么...", "写下你的评论...", "需要 登录 后方可回复, 如果你还没有账号请 注册新账号",
    "请 登录后发表观点", "发布", "回复", "收到新回复，点击立即加载", "没有更多了", "暂无更多回复",
)
AGO: tuple[str, ...] = ("刚刚", "{n}分钟前", "{n}小时前", "{n}天前", "{n} 天前", "{n}个月前", "{n}月前", "{n} 月前", "昨天", "{n}年前")
REPLY_BUTTONS: tuple[str, ...] = ("回复", "回复 {n}", "点赞", "首赞", "评论", "举报", "分享", "赞 {n}", "{n} 个赞", "{n}")
TOPIC_TAGS: tuple[str, ...] = (
    "#区块链", "#数码", "#摄影", "#职场", "#生活", "#读书", "#电影", "#美食", "#旅行", "#编程", "#Python", "#前端",
    "#健身", "#游戏", "#二手", "#求职", "#宠物", "#装修", "#考研", "#理财", "#AI", "#开源", "#音乐", "#育儿",
)
#: Endings and openings chat adds to a review-length sentence.
CHAT_TAILS: tuple[str, ...] = ("～", "~", "哈", "哈哈", "😂", "🤣～", "👍", "╮(╯▽╰)╭", "。。", "吧～", "呢～", "!", "？", "")
CHAT_HEADS: tuple[str, ...] = ("- ", "个人观点，", "要我说，", "说实话，", "其实", "感觉", "话说", "我觉得", "单从体验来讲，", "")


def _ago(rng: random.Random) -> str:
    return rng.choice(AGO).format(n=rng.randint(1, 59))


def _place(rng: random.Random) -> str:
    province = rng.choice(vocab.PROVINCES)
    city = rng.choice(province.cities)
    return rng.choice((f"{province.name}{city}", province.name, f"IP属地：{province.name}", f"来自{province.name}"))


def _name_line(rng: random.Random, user: str, handle: str, floor: int, other: str) -> str:
    return rng.choice((
        f"{user} @{handle}", f"{user}:", f"{user} #{floor} {_ago(rng)}", f"{user} {_ago(rng)}", f"{user}",
        f"{user} (楼主){_ago(rng)}" if floor > 1 else f"{user} {_ago(rng)}", f"{user}回复{other}", f"{handle} #{floor}",
    ))


def chat_lines(rng: random.Random, ctx: Ctx, mention: str) -> list[str]:
    """One reply: a few characters, or a review or a news sentence given the turns of chat."""
    roll = rng.random()
    if roll < 0.3:
        return [short_reply(rng)]
    text = ctx.review(200) if roll < 0.8 else ctx.sentence()
    lines = post_lines(rng, text)
    lines[0] = rng.choice(CHAT_HEADS) + lines[0]
    if rng.random() < 0.25:
        lines[0] = f"@{mention} {lines[0]}"
    lines[-1] = lines[-1].rstrip("。！!") + rng.choice(CHAT_TAILS)
    return lines


def community_page(ctx: Ctx) -> None:
    """A thread on a community site: a short first post, then chatty replies, each under its name
    line, with a topic sidebar and a one-line footer."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    w.add(rng.sample(MENU, rng.randint(3, 9)) if rng.random() < 0.7 else [" ".join(rng.sample(MENU, rng.randint(4, 9)))],
          NAVIGATION)
    if rng.random() < 0.5:
        w.add([rng.choice(DETAIL)], NAVIGATION)
    author, handle = vocab.user_handle(rng), vocab.user_handle(rng)
    when = ctx.when
    title = None
    if rng.random() < 0.6:
        title = ctx.review(60).split("。")[0].split("，")[0][:30].rstrip("！!？?，,") or ctx.titles(1)[0]
        w.add([title], BODY)
        ctx.headline = title
    meta = [_name_line(rng, author, handle, 1, author)]
    if rng.random() < 0.5:
        meta.append(_place(rng))
    meta.append(rng.choice((f"发布于 {vocab.fmt_date(rng, when, True)}", _ago(rng), f"{vocab.fmt_date(rng, when)} 发布")))
    w.add(meta, NAVIGATION)
    post = [p for _ in range(rng.randint(1, 3)) for p in post_lines(rng, ctx.review(300))]
    if rng.random() < 0.3:
        post[0] = f"{rng.choice(TOPIC_TAGS)} {post[0]}"
    if rng.random() < 0.2:
        post.append(f"https://{vocab.pinyin_word(rng, 1, 2)}.{rng.choice(('io', 'com', 'cn', 'org'))}/")
    w.add(post, BODY, para=True)
    w.add([str(rng.randint(0, 99)) for _ in range(rng.randint(0, 4))], NAVIGATION)
    replies = rng.randint(1, 24)
    w.add([rng.choice(SECTION).format(n=replies)] + rng.sample(SORTS, rng.randint(0, 2)) + rng.sample(PROMPTS, rng.randint(0, 2)),
          NAVIGATION)
    users = [vocab.user_handle(rng) for _ in range(rng.randint(2, 6))] + [author]
    for floor in range(1, replies + 1):
        user, other = rng.choice(users), rng.choice(users)
        head = [_name_line(rng, user, user, floor, other)]
        if rng.random() < 0.4:
            head.append(_place(rng))
        w.add(head, NAVIGATION)
        w.add(chat_lines(rng, ctx, other), BODY, para=True)
        tail = []
        if rng.random() < 0.5:
            tail.append(rng.choice((vocab.fmt_date(rng, vocab.later(rng, when, 30), True), _ago(rng))))
        tail += [b.format(n=rng.randint(0, 30)) for b in rng.sample(REPLY_BUTTONS, rng.randint(0, 3))]
        w.add(tail, NAVIGATION)
    if rng.random() < 0.4:
        w.add(rng.sample(PROMPTS, rng.randint(1, 2)), NAVIGATION)
    if rng.random() < 0.6:
        side = [rng.choice(("热门话题", "随机话题 换一换", "相关话题", "热门帖子", "最新发布"))]
        for tag in rng.sample(TOPIC_TAGS, rng.randint(3, 10)):
            if rng.random() < 0.5:
                side += [tag, f"{rng.randint(1, 999)}" + rng.choice(("", ".0k", ".5k", "k"))]
            else:
                side += [ctx.titles(1)[0][:20], f"{rng.randint(0, 99)} 点赞 · {rng.randint(0, 99)} 评论"]
        w.add(side, NAVIGATION)
    footer = [f"© {when.year} {site.domain}" + rng.choice(("", " Powered by Discourse", " Powered by BBS-GO", " (v0.4.0)"))]
    if rng.random() < 0.7:
        footer.append(cr.icp(rng, site))
    w.add(footer, COPYRIGHT)
    if rng.random() < 0.4:
        w.add(rng.sample(MENU, rng.randint(1, 4)), NAVIGATION)
