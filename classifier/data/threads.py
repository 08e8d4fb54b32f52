"""Forum threads full of short replies, and Q&A pages (question, answers, 追问).

Real-data README: on forum and Q&A pages the thread title, posts, replies and answers are `body`,
however short ("顶", "谢谢楼主分享", "同问", "mark一下", "xiexie !"); user names, ranks, floors,
times, buttons and signatures are `navigation`. A one-word reply must therefore be told from a
one-word button by where it sits, so short replies never use the exact words of the buttons.
"""

from __future__ import annotations

import random

from ..labels import BODY, COPYRIGHT, NAVIGATION
from . import copyright as cr
from . import navigation as nav
from . import tech, vocab
from .article import post_lines
from .blocks import Ctx, footer, header, related

SHORT_REPLIES: tuple[str, ...] = (
    "顶", "顶一下", "顶顶", "帮顶", "顶起来", "谢谢楼主", "谢谢楼主分享", "感谢分享", "感谢楼主", "多谢分享", "同问", "同求",
    "mark", "mark一下", "Mark", "马克一下", "先马后看", "收藏了", "学习了", "学习一下", "支持一下", "支持楼主", "路过",
    "路过看看", "抢沙发", "好帖", "好贴要顶", "楼主好人", "楼主好人一生平安", "不明觉厉", "围观", "来晚了", "求资源",
    "已私信", "同感", "说得好", "赞一个", "厉害了", "666666", "哈哈哈", "有道理", "求链接", "插眼", "先收藏", "已解决，谢谢",
    "楼主威武", "好东西", "涨知识了", "坐等更新", "期待后续", "不错不错", "正需要", "试试看", "谢谢！", "xiexie", "thx",
    "同意楼上", "楼上正解", "顶楼上", "求教程", "怎么下载", "链接失效了", "求补档", "同楼上", "看看", "我也是", "我也遇到了",
    "蹲一个", "蹲后续", "好评如潮", "真不错", "学到了", "有用", "没看懂", "楼主加油", "挺好的", "呵呵", "嗯嗯", "了解了",
    "纯支持", "写得真好", "太感谢了", "楼主辛苦了", "收下了", "好人啊", "借楼问一下", "求带", "已阅", "来了来了", "前排",
    "占座", "飘过", "好久没来了", "冒个泡", "来支持", "谢谢分享！", "感谢楼主无私分享", "请问还有吗",
)
SUFFIXES: tuple[str, ...] = ("", "", "", "", "！", "!!", "~", "。", "，谢谢", "^_^", "[表情]", "😀", "...", "！！！", " :)", "啊", "哦")


def short_reply(rng: random.Random) -> str:
    """A reply of a few characters ("谢谢楼主分享！", "mark一下~", "顶，学习了")."""
    roll = rng.random()
    text = rng.choice(SHORT_REPLIES)
    if roll < 0.2:
        text += rng.choice(("，", " ", "。", "！")) + rng.choice(SHORT_REPLIES)
    elif roll < 0.3:
        text = rng.choice(("真心", "非常", "必须", "果断", "默默")) + text
    elif roll < 0.37:
        text = f"@{vocab.user_handle(rng)} {text}"
    return text + rng.choice(SUFFIXES)


def reply_text(rng: random.Random, ctx: Ctx, short_rate: float) -> list[str]:
    """A reply: short most of the time on chatty threads, else a review-length post."""
    if rng.random() < short_rate:
        return [short_reply(rng)]
    if rng.random() < 0.3:
        first = ctx.review(120)
        return [first.split("，")[0].split("。")[0][:20] + rng.choice(("", "。", "！", "？"))]
    return [p for _ in range(rng.randint(1, 2)) for p in post_lines(rng, ctx.review(300))]


# --- Q&A pages -----------------------------------------------------------------------------------

QUESTION_FORMS: tuple[str, ...] = (
    "{x}怎么办？", "{x}是什么原因？", "请问{x}吗？", "{x}有什么好的建议？", "如何{x}？", "{x}靠谱吗？", "{x}，求解答",
    "为什么{x}？", "{x}正常吗？", "新手求问：{x}", "{x}哪个好？", "关于{x}的问题", "{x}需要注意什么？",
)
QUESTION_TOPICS: tuple[str, ...] = (
    "孩子不爱吃饭", "租房押金不退", "电脑开机很慢", "手机充电发烫", "办理居住证", "考研选专业", "装修选地板", "第一次养猫",
    "社保断缴", "老人血压偏高", "公积金提取", "新车磨合期", "跑步膝盖疼", "宝宝晚上哭闹", "辞职后档案", "信用卡逾期一天",
    "网购退货被拒", "驾照科目二挂科", "家里路由器掉线", "护照过期换发", "失眠睡不着", "面试被问缺点", "空调不制冷",
    "北方冬天去哪里旅游", "学英语从哪里开始", "买二手房要查什么", "每天喝咖啡", "考公务员还是进国企", "猫咪掉毛严重",
)
ANSWER_META: tuple[str, ...] = (
    "{n} 人赞同了该回答", "编辑于 {date}", "发布于 {date}", "回答于 {date}", "最佳答案", "已采纳", "推荐答案", "热心网友",
    "采纳率：{p}%", "擅长：{x}", "赞同 {n}", "{n} 条评论", "分享", "收藏", "喜欢", "举报", "作者保留权利", "展开阅读全文",
    "评论", "追答", "其他回答", "查看全部 {n} 个回答", "{n}个回答", "默认排序", "按时间排序",
)


def _question(rng: random.Random, ctx: Ctx) -> tuple[str, list[str]]:
    if rng.random() < 0.35:
        t = tech.topic(rng)
        head = tech.fill(rng, rng.choice(("{tool}报{error}怎么解决？", "{tool}如何实现{task}？", "{tool}和{tool2}该选哪个？",
                                           "{concept}到底是什么？", "求助：{tool}{error}")), t)
        detail = [tech.fill(rng, rng.choice(tech.EXPLAIN), t) for _ in range(rng.randint(0, 2))]
        if rng.random() < 0.4:
            detail.extend(tech.code.block(rng, t.language))
        return head, detail
    head = rng.choice(QUESTION_FORMS).format(x=rng.choice(QUESTION_TOPICS))
    detail = [p for _ in range(rng.randint(0, 2)) for p in post_lines(rng, ctx.review(200))]
    return head, detail


def _answer_meta(rng: random.Random, when: vocab.Stamp) -> list[str]:
    items = rng.sample(ANSWER_META, rng.randint(1, 4))
    return nav.as_lines(rng, [x.format(n=rng.randint(0, 9999), date=vocab.fmt_date(rng, vocab.later(rng, when, 60)),
                                       p=rng.randint(50, 100), x=rng.choice(QUESTION_TOPICS)[:4]) for x in items], joined=0.3)


def qa_page(ctx: Ctx) -> None:
    """A Q&A page: question title and description, answers (long, short, with 追问), chrome around."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    head, detail = _question(rng, ctx)
    ctx.headline = head
    header(ctx, head)
    if rng.random() < 0.6:
        w.add(nav.breadcrumb(rng, site), NAVIGATION)
    w.add([head], BODY)
    w.add(nav.as_lines(rng, rng.sample([f"提问者：{vocab.user_handle(rng)}", vocab.fmt_date(rng, ctx.when), f"{rng.randint(1, 999)}人关注",
                                        f"{rng.randint(10, 99999)}次浏览", f"悬赏 {rng.randint(5, 200)} 积分", "关注问题", "写回答", "邀请回答",
                                        "好问题", "添加评论", "分享", f"{rng.randint(1, 40)} 个回答", "举报"], rng.randint(2, 6)), joined=0.4),
          NAVIGATION)
    w.add(detail, BODY, para=True)
    if rng.random() < 0.5:
        w.add([rng.choice(("问题补充：", "补充说明：", "描述："))] if rng.random() < 0.3 else [], BODY)
    short_rate = rng.choice((0.1, 0.3, 0.5))
    for i in range(rng.randint(1, 10)):
        user = vocab.user_handle(rng)
        w.add([user] + ([rng.choice(("专业回答者", "全栈工程师", "二级心理咨询师", "律师", "医生", "十年老司机", "资深玩家", "学生"))]
                        if rng.random() < 0.4 else []), NAVIGATION)
        if i == 0 and rng.random() < 0.3:
            w.add([rng.choice(("最佳答案", "已采纳", "推荐答案", "满意答案"))], NAVIGATION)
        if rng.random() < short_rate:
            lines = [short_reply(rng)]
        else:
            lines = [p for _ in range(rng.randint(1, 4)) for p in post_lines(rng, ctx.review(400))]
        w.add(lines, BODY, para=True)
        if rng.random() < 0.15:
            follow = [f"追问：{short_reply(rng) if rng.random() < 0.5 else ctx.review(60)}",
                      f"追答：{ctx.review(100)}" if rng.random() < 0.6 else ""]
            w.add([x for x in follow if x], BODY)
        w.add(_answer_meta(rng, ctx.when), NAVIGATION)
    if rng.random() < 0.6:
        w.add(nav.title_list(rng, [rng.choice(QUESTION_FORMS).format(x=rng.choice(QUESTION_TOPICS)) for _ in range(rng.randint(3, 8))],
                             ctx.when, header=rng.choice(("相关问题", "大家还在搜", "其他类似问题", "为你推荐", "相关推荐"))), NAVIGATION)
    related(ctx, None, (0, 1))
    if rng.random() < 0.3:
        w.add([cr.ugc_disclaimer(rng, site)], COPYRIGHT)
    footer(ctx)
