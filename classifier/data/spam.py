"""Generators for `spam` lines: injected link farms, keyword stuffing, contact ads and machine junk.

LABELS.md: a line is spam when any part of it is injected (porn, gambling, fake certificates, loans,
pharma, keyword-stuffed titles, a phrase pushed into a real sentence) or when it is machine junk no
site shows a reader (long digit/ID runs, base64, leaked HTML tags, template placeholders, BBCode,
anti-scraping jammers, invisible-character lines, C0 control-character jammers). Keyword lists are
built combinatorially from several hundred parts so the model learns the pattern, not a string.
"""

from __future__ import annotations

import random
import string

from . import vocab

# --- vocabularies ------------------------------------------------------------------------------

PORN_REGIONS: tuple[str, ...] = (
    "亚洲", "欧美", "日韩", "国产", "日本", "韩国", "中文", "东京", "香港", "台湾", "欧洲", "美国", "泰国", "国语", "日产", "韩产",
)
PORN_MIDS: tuple[str, ...] = (
    "精品", "无码", "有码", "中文字幕", "高清", "免费", "午夜", "一区二区", "二区三区", "综合", "久久", "成人", "自拍", "偷拍",
    "伦理", "三级", "AV", "人妻", "少妇", "熟女", "丝袜", "制服", "激情", "色情", "福利", "黄色", "无删减", "在线", "精品国产",
    "视频一区", "无码专区", "一本道", "啪啪", "情色", "裸体", "私拍", "国产精品", "乱伦", "强奸", "巨乳", "口爆",
)
PORN_TAILS: tuple[str, ...] = (
    "视频", "在线观看", "在线播放", "免费观看", "影院", "电影", "网站", "网址", "专区", "导航", "资源", "下载", "直播", "片",
    "系列", "第一页", "高清版", "无删减版", "在线视频", "免费视频", "精品视频", "av", "一区", "二区", "播放器", "APP", "小说",
)
PORN_PREFIXES: tuple[str, ...] = ("97", "99", "91", "久久", "色", "狠狠", "天天", "夜夜", "日日", "人人", "婷婷", "丁香", "", "", "")

CASINO_BRANDS: tuple[str, ...] = (
    "bet365", "365bet", "bat365", "beat365", "威尼斯人", "澳门", "新葡京", "葡京", "太阳城", "皇冠", "金沙", "银河", "永利",
    "美高梅", "伟德", "立博", "必发", "沙巴", "AG", "BBIN", "亚博", "乐鱼", "开云", "九游", "万博", "宝马会", "凯时", "天博",
    "尊龙", "欧宝", "星空", "华体会", "博彩", "新濠天地", "申博", "太阳娱乐", "鼎博", "KOK", "OB", "IM", "MG", "PT", "雷竞技",
    "澳门新葡京", "澳门金沙", "威廉希尔", "bwin", "188金宝博", "12bet", "大发", "彩神", "一分", "幸运",
)
CASINO_GAMES: tuple[str, ...] = (
    "娱乐", "真人", "百家乐", "老虎机", "体育", "彩票", "时时彩", "六合彩", "北京赛车", "PK10", "快三", "捕鱼", "棋牌", "电竞",
    "足球", "竞彩", "德州扑克", "21点", "轮盘", "龙虎斗", "牛牛", "电子游艺", "赌场", "娱乐城", "六合", "幸运飞艇", "赛马",
)
CASINO_TAILS: tuple[str, ...] = (
    "官网", "平台", "开户", "注册", "app", "官方网站", "登录", "入口", "网址", "最新地址", "下载", "手机版", "网页版", "官网入口",
    "官方app下载", "注册送彩金", "首存优惠", "线上", "在线", "靠谱吗", "正规吗", "信誉网站", "唯一官网", "网站", "APP下载",
    "备用网址", "客户端", "注册网址", "游戏官网", "在线投注", "开户网址", "免费试玩", "官方入口",
)
CASINO_SLOGANS: tuple[str, ...] = (
    "注册送{n}元", "首充返利{n}%", "日赚千元不是梦", "稳赚不赔", "包赢计划", "内部资料", "一肖一码", "今晚开什么码", "精准预测",
    "跟单计划", "百分百中奖", "彩金无上限", "存{n}送{n}", "秒到账", "输了全额返还", "专业导师带单", "免费领取彩金",
)

SEO_PRODUCTS: tuple[str, ...] = (
    "二手车", "装修公司", "减肥药", "祛斑霜", "丰胸产品", "增高药", "股票配资", "期货开户", "外汇平台", "白酒招商", "奶茶加盟",
    "婚纱摄影", "整形医院", "植发", "近视手术", "男科医院", "妇科医院", "不孕不育医院", "牛皮癣医院", "白癜风医院", "癫痫病医院",
    "体育用品", "足球彩票", "网络兼职", "刷单平台", "代练", "游戏外挂", "手机定位", "微信监控", "私家侦探", "论文代写", "代考",
    "驾照代考", "信用卡套现", "POS机", "网贷口子", "黑户贷款", "小额贷款", "空调维修", "开锁公司", "搬家公司", "家政保姆",
)
SEO_QUESTIONS: tuple[str, ...] = (
    "哪里买", "多少钱", "哪个牌子好", "官网", "怎么样", "哪家好", "价格表", "排行榜", "哪家强", "电话", "地址", "靠谱吗",
    "哪个好", "排名", "最新价格", "加盟费", "效果怎么样", "正规吗", "在哪里", "怎么找", "去哪里买", "推荐", "十大品牌",
)
CONTACT_WORDS: tuple[str, ...] = (
    "薇信", "威信", "V信", "vx", "VX", "weixin", "徽信", "維信", "➕V", "加V", "扣扣", "QQ", "加q", "Q群", "扣群", "企鹅",
    "微心", "wx", "WX", "薇", "v❤", "卫星", "蔚信", "溦信", "tg", "飞机", "纸飞机",
)
SHADY_SERVICES: tuple[str, ...] = (
    "代开发票", "开发票", "发票代开", "增值税发票", "办证", "毕业证", "学历认证", "驾驶证", "身份证", "刻章", "无抵押贷款",
    "信用卡套现", "网贷", "黑户贷款", "秒批贷款", "伟哥", "壮阳药", "春药", "催情药", "迷药", "代孕", "私家侦探", "婚外情调查",
    "跟踪定位", "手机监控", "改分", "黑客接单", "删帖", "兼职刷单", "日结兼职", "网络兼职", "同城约", "上门服务", "包夜",
    "枪支", "仿真枪", "窃听器", "针孔摄像头", "信用卡代办", "银行卡出售", "手机卡实名", "考试答案", "四六级答案", "高仿手表",
    "香烟批发", "代购烟", "迷幻药", "减肥药批发", "老虎机遥控器", "赌博作弊器", "麻将机遥控", "透视眼镜",
)
CERTIFICATES: tuple[str, ...] = (
    "毕业证", "学位证", "驾驶证", "身份证", "房产证", "结婚证", "离婚证", "资格证", "四六级证书", "会计证", "教师资格证",
    "护士证", "健康证", "营业执照", "出生证明", "户口本", "行驶证", "职称证", "建造师证", "学历证明",
)
INJECTION_HEADERS: tuple[str, ...] = (
    "感谢您访问本站，您可能还对以下内容感兴趣：", "您可能还喜欢以下资源：", "热门搜索：", "友情链接：", "猜你感兴趣：", "相关搜索：",
    "最新推荐：", "本站推荐：", "热门标签：", "大家都在搜：", "推荐阅读：", "热搜词：", "精彩专题：", "合作伙伴：",
)


# --- keyword combinators -------------------------------------------------------------------------


def porn_keyword(rng: random.Random) -> str:
    """One porn keyword phrase built from region / qualifier / tail parts."""
    parts = []
    if rng.random() < 0.6:
        parts.append(rng.choice(PORN_REGIONS))
    parts.append(rng.choice(PORN_MIDS))
    if rng.random() < 0.5:
        parts.append(rng.choice(PORN_MIDS))
    if rng.random() < 0.7:
        parts.append(rng.choice(PORN_TAILS))
    return rng.choice(PORN_PREFIXES) + "".join(parts)


def casino_keyword(rng: random.Random) -> str:
    """One gambling keyword: brand + game + call to action."""
    brand = rng.choice(CASINO_BRANDS)
    roll = rng.random()
    if roll < 0.4:
        return brand + rng.choice(CASINO_TAILS)
    if roll < 0.75:
        return brand + rng.choice(CASINO_GAMES) + rng.choice(CASINO_TAILS)
    if roll < 0.9:
        return rng.choice(CASINO_GAMES) + rng.choice(CASINO_TAILS)
    return brand + rng.choice(CASINO_SLOGANS).format(n=rng.choice((8, 18, 38, 58, 88, 100, 188, 888)))


def seo_keyword(rng: random.Random) -> str:
    """A hijacked-SEO phrase: product or service + question word, sometimes with a city."""
    city = rng.choice(vocab.ALL_CITIES) if rng.random() < 0.35 else ""
    return city + rng.choice(SEO_PRODUCTS) + rng.choice(SEO_QUESTIONS)


def any_keyword(rng: random.Random) -> str:
    """A keyword of any spam family."""
    roll = rng.random()
    if roll < 0.35:
        return porn_keyword(rng)
    if roll < 0.75:
        return casino_keyword(rng)
    if roll < 0.9:
        return seo_keyword(rng)
    return rng.choice(vocab.ALL_CITIES) + rng.choice(SHADY_SERVICES)


def keyword_list(rng: random.Random, family: str | None = None) -> str:
    """A link-farm row: keywords of one family joined by ``_ | , 、`` or spaces."""
    maker = {"porn": porn_keyword, "casino": casino_keyword, "seo": seo_keyword}.get(family or "", any_keyword)
    glue = rng.choice(("_", "|", " | ", ",", "，", "、", " ", "  ", "\xa0\xa0\xa0", "-", "/"))
    return glue.join(maker(rng) for _ in range(rng.randint(2, 10)))


# --- line makers ---------------------------------------------------------------------------------


def contact_id(rng: random.Random) -> str:
    """A WeChat / QQ id: digits, or letters plus digits."""
    if rng.random() < 0.5:
        return vocab.digits(rng, rng.randint(6, 11))
    return vocab.pinyin_word(rng, 1, 2) + vocab.digits(rng, rng.randint(2, 6))


def contact_ad(rng: random.Random) -> str:
    """A contact ad with homophone spellings of WeChat/QQ."""
    service = rng.choice((*SHADY_SERVICES, *SEO_PRODUCTS, casino_keyword(rng)))
    word = rng.choice(CONTACT_WORDS)
    cid = contact_id(rng)
    city = rng.choice(vocab.ALL_CITIES)
    forms = (
        f"{service}请加{word}{cid}", f"{word}：{cid}", f"联系{word}{cid} {service}", f"{city}{service}【{word}{cid}】",
        f"{service}{word}{cid}诚信经营", f"专业{service}，{word}号{cid}，24小时在线", f"{service} 加{word}:{cid} 秒回",
        f"需要{service}的朋友{word}{cid}", f"{city}{service}电话{vocab.phone(rng)}{word}同号", f"【{service}】+{word}{cid}",
    )
    return rng.choice(forms)


def invoice_grid(rng: random.Random) -> str:
    """Fake-invoice grids: city + 代开发票/开票 combinations."""
    items = []
    for _ in range(rng.randint(3, 12)):
        city = rng.choice(vocab.ALL_CITIES)
        items.append(city + rng.choice(("代开发票", "开发票", "开票", "发票代开", "开增值税发票", "代开普通发票", "开具发票")))
    glue = rng.choice((" ", "|", "、", "_", "  "))
    tail = rng.choice(("", f" {rng.choice(CONTACT_WORDS)}{contact_id(rng)}", f" 电话{vocab.phone(rng)}"))
    return glue.join(items) + tail


def loans_pharma_certs(rng: random.Random) -> str:
    """Loan, pharma and fake-certificate ads."""
    city = rng.choice(vocab.ALL_CITIES)
    cert = rng.choice(CERTIFICATES)
    forms = (
        f"办理{city}{cert}", f"{city}办{cert}{rng.choice(CONTACT_WORDS)}{contact_id(rng)}", f"专业办理各类{cert}，可查可验",
        f"{city}无抵押贷款当天放款", f"黑户也能下款，{rng.choice(('秒批', '当天到账', '不看征信'))}", f"正品{rng.choice(('伟哥', '壮阳药', '延时喷剂'))}货到付款",
        f"{rng.choice(('网贷', '小额贷款', '信用贷'))}口子{rng.choice(('大全', '秒过', '最新'))}", f"高仿{cert}制作", f"{city}{cert}代办一条龙",
        f"出售{rng.choice(('银行卡', '手机卡', '身份证', '对公账户'))} {rng.choice(CONTACT_WORDS)}{contact_id(rng)}",
    )
    return rng.choice(forms)


def junk_id(rng: random.Random) -> str:
    """Machine junk: long digit runs, hex ids, base64-like and tracking strings."""
    roll = rng.random()
    if roll < 0.35:
        return "".join(rng.choice("0123456789" if rng.random() < 0.8 else "0001") for _ in range(rng.randint(30, 60)))
    if roll < 0.55:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((16, 24, 32, 40))))
    if roll < 0.75:
        alphabet = string.ascii_letters + string.digits + "+/"
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(24, 96)))
        return body + rng.choice(("", "=", "=="))
    if roll < 0.85:
        h = "0123456789abcdef"
        return "-".join("".join(rng.choice(h) for _ in range(k)) for k in (8, 4, 4, 4, 12))
    if roll < 0.93:
        return f"utm_source={vocab.pinyin_word(rng)}&utm_medium={rng.choice(('cpc', 'feed', 'share'))}&spm={vocab.digits(rng, 5)}.{vocab.digits(rng, 4)}"
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(12, 40)))


HTML_TAGS: tuple[str, ...] = (
    "span", "div", "center", "nav", "strike", "rt", "form", "em", "i", "b", "p", "u", "sub", "sup", "dfn", "var", "big",
    "small", "tt", "ruby", "ol", "li", "dl", "dd", "dt", "del", "ins", "abbr", "address", "acronym", "label", "legend",
    "menu", "meter", "object", "optgroup", "output", "pre", "progress", "video", "thead", "tbody", "tfoot", "th", "td", "tr",
    "noframes", "kbd", "samp", "cite", "mark", "bdo", "strong", "font", "listing", "xmp",
)


def tag_id(rng: random.Random) -> str:
    """A short random id like the ones link-farm templates stamp into empty tags."""
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randint(4, 6)))


def leaked_html(rng: random.Random, ident: str | None = None) -> str:
    """HTML markup that leaked into the text as literal tags or attributes."""
    ident = ident or tag_id(rng)
    a, b = rng.choice(HTML_TAGS), rng.choice(HTML_TAGS)
    forms = (
        f'<{a} id="{ident}"></{a}>',
        f'<{a} id="{ident}"><{b} id="{ident}"></{b}></{a}>',
        f'<{a} class="{vocab.pinyin_word(rng, 1, 2)}">',
        f"</{a}>",
        f'<a href="http://{vocab.domain(rng)}/{ident}.html" target="_blank">',
        '<p style="text-indent:2em;">',
        "&nbsp;&nbsp;&nbsp;&nbsp;",
        "<br />",
        f'<img src="/uploads/{ident}.jpg" alt="" />',
        f"<!-- {ident} -->",
        '<div style="display:none">',
        f'<script src="http://{vocab.domain(rng)}/{ident}.js"></script>',
        f'class="{vocab.pinyin_word(rng, 1, 2)}" id="{ident}"',
        f'<{a} id="{ident}"></{a}><{b} id="{ident}"></{b}>',
    )
    return rng.choice(forms)


def leaked_tag_block(rng: random.Random) -> list[str]:
    """A run of empty tags sharing one id, as hijacked pages carry them by the hundred."""
    ident = tag_id(rng)
    pad = rng.choice(("", "  ", "      ", "          ", "\t"))
    return [pad + leaked_html(rng, ident) for _ in range(rng.randint(2, 20))]


PLACEHOLDERS: tuple[str, ...] = (
    "{Content}", "{AddTime}", "{Title}", "{Author}", "{$title}", "{dede:field.title/}", "[field:title/]", "{$v['title']}",
    "{{title}}", "${content}", "<%=title%>", "{pboot:content}", "[!--newstext--]", "{$rs[content]}", "%TITLE%", "{Hits}",
    "{Source}", "{dede:field name='body'/}", "{$article.content}", "{{ post.body }}", "{Description}", "{Keywords}",
    "[!--title--]", "{$news_time}", "{PageList}", "{ArticleList}", "{$Copyright}", "{ClassName}",
)


def template_placeholder(rng: random.Random) -> str:
    """Unfilled template placeholders."""
    items = rng.sample(PLACEHOLDERS, rng.randint(1, 3))
    return rng.choice(("", "来源：", "时间：", "发布时间：", "作者：")) + " ".join(items) if rng.random() < 0.3 else " ".join(items)


def bbcode(rng: random.Random) -> str:
    """Leaked BBCode tags."""
    url = f"http://{vocab.domain(rng)}/attachments/{vocab.digits(rng, 6)}.jpg"
    return rng.choice((
        f"[img]{url}[/img]", f"[img={rng.randint(200, 800)},{rng.randint(100, 600)}]{url}[/img]",
        f"[url=http://{vocab.domain(rng)}]{any_keyword(rng)}[/url]", f"[attach]{vocab.digits(rng, 5)}[/attach]",
        f"[color=red][b]{any_keyword(rng)}[/b][/color]", f"[size=4]{any_keyword(rng)}[/size]", "[quote][/quote]",
        f"[img]{url}", f"[flash]http://{vocab.domain(rng)}/{vocab.digits(rng, 4)}.swf[/flash]",
    ))


JAMMER_PUNCT = "!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def jammer(rng: random.Random) -> str:
    """Anti-scraping jammer string: random letters and ASCII punctuation ("} A. D% W# |) R#")."""
    tokens = []
    for _ in range(rng.randint(5, 16)):
        letter = rng.choice(string.ascii_letters)
        mark = rng.choice(JAMMER_PUNCT)
        tokens.append(letter + mark if rng.random() < 0.6 else mark + (letter if rng.random() < 0.5 else ""))
    return " ".join(tokens)


def jammed_sentence(rng: random.Random, sentence: str) -> str:
    """A real sentence carrying jammer tokens (the whole line is spam)."""
    cut = rng.randint(0, len(sentence))
    return sentence[:cut] + rng.choice((" ", "")) + jammer(rng) + rng.choice((" ", "")) + sentence[cut:]


INVISIBLES: tuple[str, ...] = ("\ufeff", "\u200b", "\ufffd", "\u200c", "\u200d", "\u2060")


def invisible_line(rng: random.Random) -> str:
    """A line made only of invisible or replacement characters."""
    body = "".join(rng.choice(INVISIBLES) for _ in range(rng.randint(1, 12)))
    return rng.choice(("", " ", "  ")) + body + rng.choice(("", " "))


CONTROL_CHARS = "\x05\x06\x07\x08"


def control_jammed(rng: random.Random, text: str) -> str:
    """A real sentence with C0 control characters (U+0005–U+0008) slipped in after punctuation or characters.

    Per the real-data README, any line containing such jammers is spam.
    """
    out = []
    rate = rng.uniform(0.04, 0.15)
    for ch in text:
        out.append(ch)
        if ch in "，。、；：！？" or rng.random() < rate:
            if rng.random() < 0.8:
                out.append("".join(rng.choice(CONTROL_CHARS) for _ in range(rng.randint(1, 5))))
    if not any(c in CONTROL_CHARS for c in out):
        out.insert(rng.randint(0, len(out)), rng.choice(CONTROL_CHARS))
    return "".join(out)


def inject_phrase(rng: random.Random, sentence: str, phrase: str | None = None) -> str:
    """Push a spam phrase into the middle of a real sentence (sometimes echoing its last character)."""
    phrase = phrase or rng.choice((casino_keyword(rng), porn_keyword(rng), seo_keyword(rng), contact_ad(rng)))
    if rng.random() < 0.3:
        phrase += phrase[-1]
    if len(sentence) < 4:
        return sentence + phrase
    cut = rng.randint(1, len(sentence) - 2)
    return sentence[:cut] + phrase + sentence[cut:]


def keyword_title(rng: random.Random, site_word: str | None = None) -> str:
    """Keyword-stuffed titles: "X_Y_Z_W-官网", "X-X", "更多关于 X 的文章", "X网！"."""
    kw = any_keyword(rng)
    words = [any_keyword(rng) for _ in range(rng.randint(2, 5))]
    forms = (
        "_".join(words) + rng.choice(("-官网", "-首页", "_官方网站", "", "-欢迎您")),
        f"{kw}-{kw}",
        f"{kw}-{any_keyword(rng)}",
        f"更多关于 {kw} 的文章",
        f"更多关于{kw}的内容",
        f"{kw}网！",
        f"{kw} 加入收藏",
        f">当前位置{kw}",
        f"{kw}在线观看-{kw}高清免费-{site_word or kw}",
        "|".join(words),
        f"{kw}_{kw}官方网站_{kw}app下载",
        f"首页 > {kw} > {any_keyword(rng)}",
    )
    return rng.choice(forms)


SEO_COMMENTER_PRODUCTS: tuple[str, ...] = (
    "液压升降机", "不锈钢水箱", "工业除湿机", "激光切割机", "数控折弯机", "防爆电机", "振动筛", "球磨机", "冷却塔", "电动葫芦",
    "钢格板", "玻璃钢管道", "高压清洗机", "恒温恒湿箱", "盐雾试验箱", "真空包装机", "塑料托盘", "货架厂家", "中央空调",
    "隔音板", "彩钢瓦", "防腐木", "硅胶制品", "电缆桥架", "光伏支架", "污水处理设备", "空气能热水器", "叉车租赁",
)


def seo_comment(rng: random.Random) -> list[str]:
    """Comment spam: a commenter named after a product, a generic line and a link drop."""
    name = (rng.choice(vocab.ALL_CITIES) if rng.random() < 0.2 else "") + rng.choice(SEO_COMMENTER_PRODUCTS)
    text = rng.choice(("写得很好，学习了", "好文章，收藏了", "感谢分享！", "支持一下", "路过，顶一个", "不错不错", "受教了"))
    url = f"http://{vocab.domain(rng)}"
    return [name, rng.choice((text, f"{text} {url}", f"{name} {url}"))]


def link_farm_block(rng: random.Random) -> list[str]:
    """An injected keyword block: optional header and several keyword rows."""
    family = rng.choice(("porn", "casino", "seo", None))
    out = [rng.choice(INJECTION_HEADERS)] if rng.random() < 0.6 else []
    for _ in range(rng.randint(1, 8)):
        out.append(keyword_list(rng, family) if rng.random() < 0.7 else any_keyword(rng))
    if rng.random() < 0.3:
        out[-1] = rng.choice(INJECTION_HEADERS) + keyword_list(rng, family)
    return out


def farm_title_pair(rng: random.Random, title: str) -> str:
    """Content-farm "X-X" link titles (keyword title, dash, a variant of it)."""
    return f"{title}-{title}" if rng.random() < 0.4 else f"{any_keyword(rng)}-{title}"


def junk_line(rng: random.Random, sentence: str) -> str:
    """One machine-junk or injected line of any kind (used to sprinkle spam through a page)."""
    makers = (
        lambda: junk_id(rng), lambda: leaked_html(rng), lambda: template_placeholder(rng), lambda: bbcode(rng),
        lambda: jammer(rng), lambda: invisible_line(rng), lambda: control_jammed(rng, sentence),
        lambda: inject_phrase(rng, sentence), lambda: contact_ad(rng), lambda: invoice_grid(rng),
        lambda: loans_pharma_certs(rng), lambda: keyword_title(rng), lambda: keyword_list(rng),
        lambda: jammed_sentence(rng, sentence),
    )
    return rng.choice(makers)()


# --- SEO keyword hijacking ----------------------------------------------------------------------

SLOGAN_SUBJECTS: tuple[str, ...] = (
    "科技", "创新", "阅读", "运动", "音乐", "梦想", "奋斗", "坚持", "分享", "爱心", "文明", "诚信", "微笑", "绿色", "健康", "知识",
)
SLOGAN_OBJECTS: tuple[str, ...] = ("生活", "城市", "未来", "世界", "家庭", "人生", "校园", "明天", "乡村", "旅途", "青春", "工作")
SLOGAN_ADJECTIVES: tuple[str, ...] = ("美好", "精彩", "温暖", "幸福", "灿烂", "和谐", "简单", "有趣", "从容", "自在", "光明", "安心")
SLOGAN_VERBS: tuple[str, ...] = ("携手", "温暖", "感动", "连接", "陪伴", "守护", "点亮", "成就", "见证", "拥抱")
SLOGAN_TAILS: tuple[str, ...] = ("共创未来", "一路同行", "一路相伴", "共享美好", "共赢天下", "梦想起航", "再创辉煌", "永不止步")
BRAND_TRADES: tuple[str, ...] = ("装修", "家具", "涂料", "净水器", "茶叶", "白酒", "门窗", "地板", "月子中心", "驾校", "英语培训", "留学中介")


def slogan_keyword(rng: random.Random) -> str:
    """An advertising slogan or brand phrase used as a hijacking keyword ("阅读让生活更美好", "装修就选鸿鹄")."""
    brand = rng.choice(vocab.BRAND_WORDS)
    forms = (
        lambda: f"{rng.choice(SLOGAN_SUBJECTS)}让{rng.choice(SLOGAN_OBJECTS)}更{rng.choice(SLOGAN_ADJECTIVES)}",
        lambda: f"{rng.choice(SLOGAN_VERBS)}你我{rng.choice(SLOGAN_TAILS)}",
        lambda: f"{rng.choice(BRAND_TRADES)}就选{brand}",
        lambda: f"{brand}{rng.choice(BRAND_TRADES)}{rng.choice(('官网', '品牌', '加盟', '专卖', '旗舰店'))}",
        lambda: f"{rng.choice(vocab.ALL_CITIES)}{rng.choice(BRAND_TRADES)}哪家好",
        lambda: f"{brand}{rng.choice(SLOGAN_VERBS)}{rng.choice(SLOGAN_OBJECTS)}",
        lambda: f"{rng.choice(SLOGAN_ADJECTIVES)}{rng.choice(SLOGAN_OBJECTS)}从{brand}开始",
    )
    return rng.choice(forms)()


def hijack_keyword(rng: random.Random) -> str:
    """The keyword of an SEO-hijacked page: a slogan, a brand phrase, a gambling or service keyword."""
    roll = rng.random()
    if roll < 0.4:
        return slogan_keyword(rng)
    if roll < 0.7:
        return casino_keyword(rng)
    if roll < 0.88:
        return seo_keyword(rng)
    return porn_keyword(rng)


def keyword_more_line(rng: random.Random, keyword: str) -> str:
    """The "more articles about <keyword>" line hijacking tools append near the end of the page."""
    return rng.choice((
        f"更多关于 {keyword} 的文章", f"更多关于{keyword}的内容", f"{keyword}相关文章", f"{keyword}_相关推荐", f"关于{keyword}的更多资讯",
        f"标签：{keyword}", f"{keyword}最新文章", f"【{keyword}】相关阅读", f"猜你喜欢：{keyword}", f"热门搜索：{keyword}",
    ))
