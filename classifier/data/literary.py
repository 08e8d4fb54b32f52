"""Poetry pages (classical and modern) and long-form literary pages (essays, novel chapters).

Real-data README: on poetry pages the title, pinyin title, dynasty and author lines, the poem, the
translation, notes and commentary (with its "作者：佚名") are all `body`; the author-bio sidebar,
"更多" links and lists of other poems are `navigation`. Poem lines are very short and often carry
no verb, so they look like menu items out of context.

Classical lines are composed from our own image and verb lists in the 2+1+2 / 2+2+1+2 patterns of
five- and seven-character verse; modern poems cut real corpus sentences into short lines. Novel
chapters use corpus paragraphs and put short reviews into quoted dialogue.
"""

from __future__ import annotations

import random

from ..labels import BODY, COPYRIGHT, NAVIGATION
from . import copyright as cr
from . import navigation as nav
from . import variants, vocab
from .blocks import Ctx, article_for, footer, header
from .corpus import modernise, sentences_of

#: Two-character images with a gloss for the notes.
IMAGES: tuple[tuple[str, str], ...] = (
    ("明月", "明亮的月亮"), ("清风", "清凉的风"), ("孤舟", "孤零零的小船"), ("寒山", "深秋时节的山"), ("落日", "夕阳"),
    ("长河", "长长的河流"), ("春草", "春天的青草"), ("秋霜", "秋天的寒霜"), ("白云", "天上的白云"), ("青山", "青翠的山峦"),
    ("流水", "流动的江水"), ("故园", "故乡的家园"), ("乡关", "故乡"), ("边城", "边远的城镇"), ("古道", "古老的道路"),
    ("西风", "秋风"), ("残阳", "将要落山的太阳"), ("烟波", "烟雾笼罩的水面"), ("寒江", "寒冷的江面"), ("夜雨", "夜里下的雨"),
    ("梧桐", "梧桐树，常寄寓孤寂"), ("杨柳", "柳树，古人折柳送别"), ("芳草", "香草，比喻离情"), ("征鸿", "远飞的大雁"),
    ("归雁", "北归的大雁"), ("离人", "离别的人"), ("游子", "离家远游的人"), ("故人", "老朋友"), ("浊酒", "未过滤的酒"),
    ("柴门", "用树枝编成的门，指贫寒之家"), ("松风", "松林间的风"), ("竹影", "竹子的影子"), ("霜林", "经霜的树林"),
    ("晚钟", "傍晚寺院的钟声"), ("沧浪", "青苍色的水"), ("关山", "关隘和山川"), ("羌笛", "古代羌族的乐器"), ("孤城", "孤立的城池"),
    ("落花", "凋落的花"), ("啼鸟", "啼叫的鸟"), ("渔火", "渔船上的灯火"), ("客舟", "旅人乘坐的船"), ("青灯", "油灯"),
    ("黄昏", "日落以后"), ("晓月", "拂晓的残月"), ("碧空", "青蓝色的天空"), ("江村", "江边的村庄"), ("山寺", "山中的寺庙"),
    ("霜叶", "经霜变红的枫叶"), ("长亭", "古时路旁供行人休息的亭子"), ("酒旗", "酒店的招牌"), ("烽火", "边防报警的烟火"),
    ("春潮", "春天的潮水"), ("寒梅", "寒冬开放的梅花"), ("孤雁", "失群的大雁"), ("疏钟", "稀疏的钟声"), ("远岫", "远处的山峰"),
)
VERBS: tuple[str, ...] = tuple("照入落生满送随过隔向映掩催动下起依绕锁对望思归倚听闻开尽老寒暗深飞留空")
ADVERBS: tuple[str, ...] = (
    "千里", "万里", "一夜", "几度", "十年", "三更", "独自", "依旧", "年年", "处处", "无声", "不尽", "何处", "犹自", "渐渐", "冷冷",
    "萧萧", "漫漫", "悠悠", "寂寂", "遥遥", "又是", "已是", "空自", "斜阳", "今宵", "谁家", "半江", "满城", "一片",
)
DYNASTIES: tuple[str, ...] = ("唐代", "宋代", "元代", "明代", "清代", "魏晋", "南北朝", "先秦", "两汉", "五代", "近代", "现代")
FORMS: tuple[str, ...] = ("五言绝句", "七言绝句", "五言律诗", "七言律诗", "古体诗", "词", "乐府")
CIPAI: tuple[str, ...] = ("浣溪沙", "水调歌头", "蝶恋花", "临江仙", "江城子", "菩萨蛮", "西江月", "如梦令", "念奴娇", "青玉案", "鹧鸪天", "忆秦娥")
THEMES: tuple[str, ...] = ("思乡", "送别", "边塞", "山水", "田园", "怀古", "咏物", "闺怨", "羁旅", "咏怀", "写景", "爱情", "思念", "抒情")
FEELINGS: tuple[str, ...] = ("思乡之情", "离别之苦", "报国之志", "隐逸之趣", "怀才不遇的愤懑", "对友人的深情", "人生无常的感慨", "对田园生活的向往")


def five(rng: random.Random) -> str:
    """A five-character line: image + verb + image (明月照孤城)."""
    return rng.choice(IMAGES)[0] + rng.choice(VERBS) + rng.choice(IMAGES)[0]


def seven(rng: random.Random) -> str:
    """A seven-character line: image + adverb + verb + image (西风千里送归雁)."""
    return rng.choice(IMAGES)[0] + rng.choice(ADVERBS) + rng.choice(VERBS) + rng.choice(IMAGES)[0]


def classical_poem(rng: random.Random) -> tuple[list[str], list[str]]:
    """Lines of a classical poem (pairs joined by ，。 on one line, or one half-line per line) and its images."""
    maker = five if rng.random() < 0.5 else seven
    couplets = rng.choice((2, 2, 4, 4, 6, 8))
    halves = [maker(rng) for _ in range(couplets * 2)]
    images = [h[:2] for h in halves]
    layout = rng.random()
    if layout < 0.55:
        lines = [f"{halves[i]}，{halves[i + 1]}。" for i in range(0, len(halves), 2)]
    elif layout < 0.85:
        lines = [h + ("，" if i % 2 == 0 else "。") for i, h in enumerate(halves)]
    else:
        lines = [f"{halves[i]}，{halves[i + 1]}。{halves[i + 2]}，{halves[i + 3]}。" for i in range(0, len(halves) - 3, 4)]
    return lines, images


def translation(rng: random.Random, images: list[str]) -> list[str]:
    """A modern-Chinese rendering, one sentence per couplet."""
    gloss = {word: text.split("，")[0] for word, text in IMAGES}
    out = []
    for i in range(0, len(images) - 1, 2):
        a, b = gloss.get(images[i], images[i]), gloss.get(images[i + 1], images[i + 1])
        out.append(rng.choice((
            f"{a}静静地照着{b}，我独自站在这里久久不能入睡。", f"{a}已经远去，只剩下{b}陪伴着我。", f"看那{a}，又想起了{b}，心中无限感慨。",
            f"{a}依旧如故，而{b}却早已不见踪影。", f"在{a}之下，{b}显得格外凄凉。", f"{a}随风飘荡，{b}也仿佛懂得我的心事。",
            f"我望着{a}，思念远方的{b}。", f"{a}和{b}交相辉映，景色十分动人。",
        )))
    return out


def notes(rng: random.Random, images: list[str]) -> list[str]:
    """Numbered notes on the poem's images ("①孤舟：孤零零的小船。")."""
    gloss = dict(IMAGES)
    marks = "①②③④⑤⑥⑦⑧"
    chosen = list(dict.fromkeys(images))[: rng.randint(2, 6)]
    style = rng.randrange(3)
    out = []
    for i, word in enumerate(chosen):
        mark = (marks[i], f"{i + 1}.", f"（{i + 1}）")[style]
        out.append(f"{mark}{word}：{gloss.get(word, word)}。")
    return out


def appreciation(rng: random.Random, poet: str, form: str, theme: str, images: list[str]) -> list[str]:
    """Commentary paragraphs (赏析 / 创作背景)."""
    a, b = rng.sample(images, 2) if len(set(images)) > 1 else (images[0], images[0])
    feeling = rng.choice(FEELINGS)
    return [rng.choice((
        f"这是一首{theme}诗。诗人借{a}和{b}等意象，抒发了{feeling}，语言朴素而意境深远。",
        f"全诗以{a}起笔，以{b}收束，前两句写景，后两句抒情，情景交融，表达了{feeling}。",
        f"此诗作于{poet}{rng.choice(('晚年', '早年', '被贬途中', '客居他乡时', '辞官归隐后'))}，通过{a}、{b}的描写，寄托了{feeling}。",
        f"这首{form}构思精巧，{a}与{b}相互映衬，营造出{rng.choice(('清冷', '苍茫', '恬淡', '凄婉', '雄浑'))}的意境。",
        f"诗的开头开门见山地写出了所要记叙的事情，强烈的感情色彩使人读来为之动容。{a}一句尤为后人称道。",
        f"{poet}的{theme}诗大多写得{rng.choice(('含蓄蕴藉', '清新自然', '慷慨悲壮', '缠绵悱恻'))}，这首也不例外。",
    )) for _ in range(rng.randint(1, 3))]


def poet_name(rng: random.Random) -> str:
    """A poet's name, sometimes with a 号 ("李清风", "陈远（号竹溪居士）")."""
    name = vocab.person_name(rng)
    if rng.random() < 0.15:
        return f"{name}（号{rng.choice(IMAGES)[0]}{rng.choice(('居士', '山人', '道人', '散人'))}）"
    return name


def modern_poem(rng: random.Random, ctx: Ctx) -> list[str]:
    """A modern poem: real sentences cut into short lines, stanzas separated by empty strings."""
    out: list[str] = []
    for _ in range(rng.randint(2, 5)):
        for sentence in (ctx.sentence() for _ in range(rng.randint(1, 2))):
            pieces = [p for p in sentence.replace("。", "，").replace("、", "，").split("，") if p]
            out.extend(p if rng.random() < 0.8 else p + "，" for p in pieces)
        out.append("")
    return out[:-1]


def poem_page(ctx: Ctx) -> None:
    """A classical or modern poem with its dynasty/author lines, translation, notes and commentary."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    poet = poet_name(rng)
    dynasty = rng.choice(DYNASTIES)
    classical = rng.random() < 0.7
    if classical:
        lines, images = classical_poem(rng)
        form = rng.choice(FORMS)
        head = rng.choice((f"{rng.choice(CIPAI)}·{images[0]}{rng.choice(('', '怀古', '有感', '夜思'))}", images[0] + images[1],
                           f"{rng.choice(('送', '寄', '忆', '赠'))}{rng.choice(IMAGES)[0][:1]}{vocab.person_name(rng)[1:]}",
                           f"{rng.choice(('秋', '春', '夜', '晚', '雪'))}{rng.choice(('思', '望', '归', '行', '坐', '兴'))}",
                           f"{images[0]}{rng.choice(('吟', '曲', '引', '行', '歌'))}"))
    else:
        lines, images, form = modern_poem(rng, ctx), [], "现代诗"
        head = rng.choice(IMAGES)[0] + rng.choice(("", "（组诗）", "之歌", "·夜", "随想"))
    ctx.headline = head
    header(ctx, head)
    if rng.random() < 0.6:
        w.add(nav.breadcrumb(rng, site, head), NAVIGATION)
    if classical and rng.random() < 0.25:
        w.add([variants.pinyin_line(rng, head)], BODY)
    w.add([head], BODY)
    if classical:
        meta = rng.choice(([f"朝代：{dynasty}", f"作者：{poet}"], [f"[{dynasty[0]}] {poet}"], [f"{dynasty}：{poet}"], [f"{poet}〔{dynasty}〕"],
                           [f"{dynasty} · {poet}"], [f"作者：{poet}", f"朝代：{dynasty}", f"体裁：{form}"]))
        w.add(meta, BODY)
        if rng.random() < 0.4:
            w.add(["原文："], BODY)
    else:
        w.add([nav.meta_line(rng, site, ctx.when)[0] if rng.random() < 0.5 else f"作者：{poet} {vocab.fmt_date(rng, ctx.when)} 浏览：{rng.randint(10, 9999)}"],
              NAVIGATION)
        if rng.random() < 0.4:
            w.add(["题记：", ctx.sentence()], BODY)
    w.add(lines, BODY)
    if classical:
        if rng.random() < 0.8:
            w.add([rng.choice(("译文及注释", "译文", "【译文】", "白话译文"))], BODY)
            if rng.random() < 0.4:
                w.add(["更多"], NAVIGATION)
            w.add(translation(rng, images), BODY)
        if rng.random() < 0.7:
            w.add([rng.choice(("注释", "【注释】", "词句注释"))] + notes(rng, images), BODY)
        for heading in rng.sample(("创作背景", "赏析", "鉴赏", "简析"), rng.randint(0, 2)):
            w.add([heading], BODY)
            if rng.random() < 0.4:
                w.add(["更多"], NAVIGATION)
            w.add((["作者：佚名"] if rng.random() < 0.5 else []) + appreciation(rng, poet, form, rng.choice(THEMES), images), BODY, para=True)
    elif rng.random() < 0.5:
        w.add(["注释：", ctx.sentence()], BODY)
    if rng.random() < 0.3:
        w.add([cr.reprint_notice(rng, site)], COPYRIGHT)
    if rng.random() < 0.6:
        w.add([rng.choice(("猜你喜欢:", "标签：", "相关标签", "分类："))] + nav.as_lines(rng, rng.sample(THEMES, rng.randint(1, 4)), joined=0.7), NAVIGATION)
    if rng.random() < 0.7:  # author bio sidebar
        w.add([rng.choice(("作者简介", "诗人简介 more>", poet)), f"{poet}，{dynasty}{rng.choice(('诗人', '词人', '文学家', '诗人、画家'))}，"
               f"{rng.choice(vocab.ALL_CITIES)}人。{rng.choice(('一生仕途坎坷', '少有才名', '晚年隐居山林', '与友人多有唱和'))}，存诗{rng.randint(10, 900)}首。"],
              NAVIGATION)
    if rng.random() < 0.7:
        others = []
        for _ in range(rng.randint(3, 10)):
            others.append(rng.choice(IMAGES)[0] + rng.choice(("", "吟", "夜思", "怀古", "有感", "行")))
        if rng.random() < 0.2:
            w.add_mixed([(nav.list_header(rng, f"{poet}的其他作品"), NAVIGATION), ("  " + head, BODY)] + [("  " + o, NAVIGATION) for o in others])
        else:
            w.add([nav.list_header(rng, rng.choice((f"{poet}的诗", "更多作品", "相关诗词", "热门诗词")))] + others, NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.as_lines(rng, [f"{x}  {rng.randint(1, 999)}\xa0({rng.randint(1, 99)}次)" for x in (vocab.person_name(rng) for _ in range(rng.randint(3, 10)))],
                           joined=0.0), NAVIGATION)
    footer(ctx)


CHAPTER_NAV: tuple[str, ...] = (
    "上一章", "目录", "下一章", "加入书架", "投推荐票", "投月票", "章节报错", "书签", "返回书页", "字体", "背景", "夜间模式",
    "手机阅读", "打赏", "上一页", "下一页", "返回目录", "加入书签",
)


def chapter_page(ctx: Ctx) -> None:
    """A long essay or novel chapter: corpus paragraphs, dialogue lines, reader chrome around them."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    article, extra = article_for(ctx, rng.choice((8, 14, 20)))
    paragraphs = [modernise(p, ctx.style) for a in (article, *extra) for p in a.paragraphs]
    novel = rng.random() < 0.6
    book = modernise(article.headline, ctx.style)[:10]
    if novel:
        head = f"第{vocab.cn_number(rng.randint(1, 99)) if rng.random() < 0.7 else rng.randint(1, 999)}章 {rng.choice(IMAGES)[0]}{rng.choice(('', '之夜', '归来', '旧事', '重逢', '初见'))}"
    else:
        head = modernise(article.headline, ctx.style)
    ctx.headline = head
    header(ctx, head)
    if novel:
        w.add([f"{book}{rng.choice(('', '最新章节', '全文阅读'))}", f"作者：{poet_name(rng)}"] if rng.random() < 0.6 else [book], NAVIGATION)
        w.add(nav.as_lines(rng, rng.sample(CHAPTER_NAV, rng.randint(3, 6)), joined=0.5), NAVIGATION)
    w.add([head], BODY)
    if rng.random() < 0.7:
        w.add([f"本章字数：{rng.randint(1500, 9000)} 更新时间：{vocab.fmt_date(rng, ctx.when, with_time=True)}" if novel
               else nav.meta_line(rng, site, ctx.when)[0]], NAVIGATION)
    text: list[str] = []
    for para in paragraphs:
        if novel and rng.random() < 0.35:
            said = ctx.review(80).replace("\u201c", "").replace("\u201d", "")
            text.append(rng.choice((f"“{said}”", f"“{said}”{vocab.person_name(rng)[1:]}说。", f"他低声说：“{said}”", "“……”", "“嗯。”")))
        if novel and len(para) > 80 and rng.random() < 0.3:
            text.extend(sentences_of(para) or [para])
        else:
            text.append(para)
    w.add(ctx.pad(text), BODY, para=True)
    if not novel and rng.random() < 0.4:
        w.add([f"（{rng.choice(('作者系', '作者为'))}{rng.choice(vocab.ALL_CITIES)}{rng.choice(('作家协会会员', '散文学会会员', '中学教师'))}）"], BODY)
    if novel:
        w.add(nav.as_lines(rng, rng.sample(CHAPTER_NAV, rng.randint(2, 5)), joined=0.5), NAVIGATION)
        if rng.random() < 0.5:
            w.add([rng.choice(("本章未完，点击下一页继续阅读", "温馨提示：按 回车[Enter]键 返回书目，按 ←键 返回上一页，按 →键 进入下一页。",
                               "喜欢本书请记得收藏，方便下次阅读"))], NAVIGATION)
    if rng.random() < 0.4:
        w.add([cr.reprint_notice(rng, site)], COPYRIGHT)
    if rng.random() < 0.5:
        w.add(nav.title_list(rng, [f"第{vocab.cn_number(rng.randint(1, 99))}章 {rng.choice(IMAGES)[0]}" for _ in range(rng.randint(3, 10))],
                             ctx.when, header=rng.choice(("最新章节", "章节目录", "相关阅读", "推荐阅读"))), NAVIGATION)
    footer(ctx)
