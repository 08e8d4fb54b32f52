"""A fake but self-consistent site identity for one generated page.

Real pages repeat the same site name in the document title, the footer copyright, the ICP line and
the "来源" widget. Drawing those from one :class:`Site` keeps a generated page coherent, while drawing
a new site for every page keeps the model from learning any single name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import vocab

#: Sites of the dev-set seed pages: generated names never take these values.
EXCLUDED_NAMES: tuple[str, ...] = ("西江网", "驻马店网", "重庆日报", "新华网", "人民网", "人民日报")

NEWS_SUFFIXES: tuple[str, ...] = (
    "日报", "晚报", "新闻网", "在线", "网", "新闻", "传媒网", "热线", "信息港", "都市报", "商报", "晨报", "融媒",
    "新闻门户", "头条", "广播电视台", "时报", "今日", "发布", "观察", "视界", "之窗", "社区网", "论坛报",
)
PAPER_SUFFIXES: tuple[str, ...] = ("日报", "晚报", "都市报", "商报", "晨报", "时报", "青年报", "法制报", "农民报", "经济报")
KINDS: tuple[str, ...] = ("news", "gov", "blog", "forum", "portal")


@dataclass
class Site:
    """Everything the page generators need to name the site consistently."""

    kind: str
    name: str
    short: str
    domain: str
    province: vocab.Province
    city: str
    paper: str
    owner: str
    founded: int
    cms: str
    channels: list[str] = field(default_factory=list)

    @property
    def channel(self) -> str:
        """The page's own channel (first of its channel list)."""
        return self.channels[0]


def _company(rng: random.Random, city: str) -> str:
    brand = rng.choice(vocab.BRAND_WORDS)
    form = rng.choice(("有限公司", "有限责任公司", "股份有限公司", "集团有限公司"))
    place = city if rng.random() < 0.7 else ""
    wrapped = f"{brand}（{city}）" if not place and rng.random() < 0.5 else place + brand
    return wrapped + rng.choice(vocab.COMPANY_TRADES) + form


def _news_name(rng: random.Random, city: str) -> str:
    while True:
        head = city if rng.random() < 0.65 else rng.choice(vocab.BRAND_WORDS)
        name = head + rng.choice(NEWS_SUFFIXES)
        if name not in EXCLUDED_NAMES:
            return name


def make_site(rng: random.Random, kind: str) -> Site:
    """Draw a site of ``kind`` (one of :data:`KINDS`)."""
    province = rng.choice(vocab.PROVINCES)
    city = rng.choice(province.cities)
    paper = city + rng.choice(PAPER_SUFFIXES)
    while paper in EXCLUDED_NAMES:
        paper = city + rng.choice(PAPER_SUFFIXES)
    cms = rng.choice(vocab.CMS_NAMES) + rng.choice(vocab.CMS_VERSIONS)
    founded = rng.randint(1996, 2018)
    if kind == "gov":
        level = rng.random()
        if level < 0.55:
            name = f"{city}市人民政府"
        elif level < 0.75:
            name = f"{province.name}省人民政府" if len(province.name) == 2 else f"{province.name}自治区人民政府"
        elif level < 0.9:
            name = f"{city}市" + rng.choice(("教育局", "卫生健康委员会", "生态环境局", "财政局", "交通运输局", "人力资源和社会保障局",
                                          "农业农村局", "市场监督管理局", "自然资源和规划局", "文化和旅游局", "应急管理局"))
        else:
            name = f"{city}" + rng.choice(("区", "县")) + "人民政府"
        short = name.replace("人民政府", "政府")
        dom = vocab.domain(rng, gov=True)
        owner = name + "办公室" if rng.random() < 0.7 else name.replace("人民政府", "") + "大数据中心"
        channels = rng.sample(vocab.GOV_CHANNELS, 12)
        return Site(kind, name + rng.choice(("门户网站", "网站", "")), short, dom, province, city, paper, owner, founded,
                    cms, channels)
    if kind == "blog":
        blogger = vocab.person_name(rng) if rng.random() < 0.5 else vocab.user_handle(rng)
        name = blogger + rng.choice(("的博客", "的个人博客", "的小站", "博客", "的技术博客", "的随笔", " 的博客园"))
        host = rng.choice(("博客园", "新浪博客", "CSDN博客", "网易博客", "搜狐博客", "和讯博客", "博客中国", "简书", "掘金"))
        short = host if rng.random() < 0.6 else name
        return Site(kind, name, short, vocab.domain(rng), province, city, paper, blogger, founded, cms,
                    rng.sample(("首页", "随笔", "文章", "相册", "归档", "关于", "留言板", "友链", "标签", "分类", "订阅", "联系"), 6))
    if kind == "forum":
        head = rng.choice((city, rng.choice(vocab.BRAND_WORDS), rng.choice(vocab.BRAND_WORDS) + rng.choice(vocab.BRAND_WORDS)))
        name = head + rng.choice(("论坛", "社区", "BBS", "家园", "网论坛", "生活网", "吧", "茶馆", "之家"))
        return Site(kind, name, name, vocab.domain(rng), province, city, paper, _company(rng, city), founded, cms,
                    rng.sample(vocab.FORUM_BOARDS, 8))
    name = _news_name(rng, city) if kind == "news" else rng.choice(vocab.BRAND_WORDS) + rng.choice(("网", "在线", "资讯网", "门户"))
    short = name if len(name) <= 4 or rng.random() < 0.5 else name[:-1] if name.endswith("网") else name
    owner = paper + "社" if kind == "news" and rng.random() < 0.5 else _company(rng, city)
    channels = rng.sample(vocab.CHANNELS, 14)
    return Site(kind, name, short, vocab.domain(rng), province, city, paper, owner, founded, cms, channels)
