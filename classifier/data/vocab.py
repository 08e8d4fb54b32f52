"""Shared word lists and small makers (names, places, dates, phone numbers) for the page generators.

Every generator draws its names from here so that a trained model sees hundreds of combinations and
learns the *shape* of a byline, a footer address or an ICP number instead of memorising one string.
All lists are written for this project; none is taken from the dev pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# --- people -------------------------------------------------------------------------------------

SURNAMES: tuple[str, ...] = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
) + ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙")

GIVEN_CHARS: str = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲建国文辉力斌宇浩凯鹏飞鑫波宁云峰琳"
    "晨欣怡佳雪梅兰竹松柏林森海江河山川泉溪晓曦阳光旭昊天宏志远卓越博思睿哲瑞祥福寿康健安乐嘉怀"
    "德仁义礼信忠孝诚敬和顺泰春夏秋冬月星辰雨露霜雯婷婧媛妍倩颖慧聪俊逸轩宸梓涵子墨若汐语彤欣然"
    "立新永庆长青成才学良振兴家树荣耀光亮彬彦铭鸿鹤鸣凤麟骏驰腾跃晶莹琪瑶璐珊丹彩霓虹昕晔昭晖"
    "克俭勤奋耕耘守望承继宗元亨利贞坤乾艮震巽坎离兑德厚载中正平衡治政民生农工商学兵少方圆正清"
)


def person_name(rng: random.Random) -> str:
    """A plausible Chinese personal name (surname + one or two given characters)."""
    surname = rng.choice(SURNAMES)
    given = rng.choice(GIVEN_CHARS)
    if rng.random() < 0.62:
        given += rng.choice(GIVEN_CHARS)
    return surname + given


def byline_name(rng: random.Random) -> str:
    """A name as newspapers print it: two-character names are often padded with a space."""
    name = person_name(rng)
    if len(name) == 2 and rng.random() < 0.35:
        return name[0] + rng.choice((" ", "\u3000", "  ")) + name[1]
    return name


def names(rng: random.Random, low: int = 1, high: int = 3, sep: str = " ") -> str:
    """Several byline names joined the way credit lines join them."""
    return sep.join(byline_name(rng) for _ in range(rng.randint(low, high)))


NICK_HEADS: tuple[str, ...] = (
    "快乐的", "孤独的", "路过的", "爱吃鱼的", "不会飞的", "会飞的", "沉默的", "老", "小", "阿", "大",
    "风中的", "南方的", "北方的", "江南", "塞北", "夜空的", "清晨", "海边的", "山里的", "爱笑的",
    "迷路的", "认真的", "佛系", "暴躁", "温柔的", "安静的", "午后", "深夜", "单身", "隔壁",
)
NICK_TAILS: tuple[str, ...] = (
    "小鱼", "猫咪", "蜗牛", "兔子", "狐狸", "大叔", "少年", "书生", "行者", "过客", "飞鸟", "草莓", "柠檬",
    "橘子", "咸鱼", "老王", "老张", "小李", "阿强", "胖子", "石头", "木头", "星星", "月亮", "白云", "清风",
    "微风", "流云", "剑客", "码农", "程序猿", "设计狮", "背包客", "摄影师", "旅人", "吃货", "书虫", "影迷",
)
PINYIN_SYLLABLES: tuple[str, ...] = (
    "an", "bai", "bei", "bin", "bo", "cai", "chang", "chen", "cheng", "chun", "da", "dong", "du", "fang",
    "fei", "feng", "fu", "gang", "gao", "guo", "hai", "han", "hao", "he", "hong", "hua", "huang", "hui",
    "jia", "jian", "jiang", "jin", "jing", "jun", "kai", "kang", "lan", "lei", "li", "lian", "liang", "lin",
    "ling", "liu", "long", "lu", "ma", "mei", "min", "ming", "nan", "ning", "ou", "peng", "ping", "qi",
    "qian", "qiang", "qing", "qiu", "rong", "rui", "shan", "shang", "sheng", "shi", "shu", "song", "tai",
    "tang", "tao", "tian", "ting", "wang", "wei", "wen", "xi", "xia", "xian", "xiang", "xiao", "xin",
    "xing", "xu", "xue", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yong", "yu", "yuan", "yun",
    "ze", "zhang", "zhao", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zi",
)
ENGLISH_WORDS: tuple[str, ...] = (
    "sky", "blue", "cat", "fish", "sun", "moon", "star", "rain", "wind", "king", "lucky", "happy", "coder",
    "panda", "tiger", "dragon", "cloud", "snow", "leaf", "tree", "river", "stone", "light", "dream", "echo",
)


def pinyin_word(rng: random.Random, low: int = 1, high: int = 3) -> str:
    """Lower-case pinyin-looking string, used for domains, handles and e-mail boxes."""
    return "".join(rng.choice(PINYIN_SYLLABLES) for _ in range(rng.randint(low, high)))


def user_handle(rng: random.Random) -> str:
    """A forum or comment user name: nicknames, pinyin handles, phone-style ids."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(NICK_HEADS) + rng.choice(NICK_TAILS) + (str(rng.randint(1, 2024)) if rng.random() < 0.3 else "")
    if roll < 0.6:
        word = pinyin_word(rng, 1, 3) if rng.random() < 0.7 else rng.choice(ENGLISH_WORDS)
        return word + (str(rng.randint(1, 99999)) if rng.random() < 0.6 else rng.choice(("", "_", "_x", "007")))
    if roll < 0.72:
        return "用户" + str(rng.randint(10**6, 10**10))
    if roll < 0.82:
        return "网友" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(4, 8)))
    if roll < 0.9:
        return f"1{rng.randint(3, 9)}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
    return person_name(rng)


# --- places ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    """A provincial-level region: full name, one-character abbreviation (ICP prefix) and 2-digit code."""

    name: str
    abbr: str
    code: str
    cities: tuple[str, ...]


PROVINCES: tuple[Province, ...] = (
    Province("北京", "京", "11", ("北京", "海淀", "朝阳", "丰台", "通州", "昌平", "大兴", "顺义")),
    Province("天津", "津", "12", ("天津", "滨海", "武清", "宝坻", "静海", "蓟州")),
    Province("河北", "冀", "13", ("石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水")),
    Province("山西", "晋", "14", ("太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁")),
    Province("内蒙古", "蒙", "15", ("呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "乌兰察布")),
    Province("辽宁", "辽", "21", ("沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭")),
    Province("吉林", "吉", "22", ("长春", "四平", "辽源", "通化", "白山", "松原", "白城", "延吉")),
    Province("黑龙江", "黑", "23", ("哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "牡丹江", "黑河")),
    Province("上海", "沪", "31", ("上海", "浦东", "闵行", "嘉定", "松江", "青浦", "奉贤", "金山")),
    Province("江苏", "苏", "32", ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")),
    Province("浙江", "浙", "33", ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌")),
    Province("安徽", "皖", "34", ("合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "六安")),
    Province("福建", "闽", "35", ("福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德")),
    Province("江西", "赣", "36", ("南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶")),
    Province("山东", "鲁", "37", ("济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "菏泽")),
    Province("河南", "豫", "41", ("郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口")),
    Province("湖北", "鄂", "42", ("武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施")),
    Province("湖南", "湘", "43", ("长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底")),
    Province("广东", "粤", "44", ("广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮")),
    Province("广西", "桂", "45", ("南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池")),
    Province("海南", "琼", "46", ("海口", "三亚", "儋州", "琼海", "文昌", "万宁")),
    Province("重庆", "渝", "50", ("万州", "涪陵", "永川", "江津", "合川", "綦江", "黔江", "璧山")),
    Province("四川", "川", "51", ("成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "达州", "雅安")),
    Province("贵州", "黔", "52", ("贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", "凯里", "都匀")),
    Province("云南", "滇", "53", ("昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", "大理", "楚雄", "蒙自", "景洪")),
    Province("西藏", "藏", "54", ("拉萨", "日喀则", "昌都", "林芝", "山南", "那曲")),
    Province("陕西", "陕", "61", ("西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛")),
    Province("甘肃", "甘", "62", ("兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南")),
    Province("青海", "青", "63", ("西宁", "海东", "格尔木", "德令哈", "玉树")),
    Province("宁夏", "宁", "64", ("银川", "石嘴山", "吴忠", "固原", "中卫")),
    Province("新疆", "新", "65", ("乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "库尔勒", "阿克苏", "喀什", "伊宁", "石河子")),
)

ALL_CITIES: tuple[str, ...] = tuple(city for province in PROVINCES for city in province.cities)

ROAD_WORDS: tuple[str, ...] = (
    "人民", "解放", "中山", "建设", "和平", "文化", "新华", "胜利", "青年", "东风", "长江", "黄河", "幸福", "光明",
    "朝阳", "振兴", "团结", "民主", "学府", "科技", "创业", "滨江", "湖滨", "府前", "站前", "迎宾", "世纪", "金融",
)
DISTRICT_SUFFIX: tuple[str, ...] = ("区", "县", "新区", "高新区", "经济开发区")


def address(rng: random.Random, city: str) -> str:
    """A street address in ``city`` (footers, contact lines, company profiles)."""
    district = rng.choice(ROAD_WORDS)[:1] + rng.choice("城江湖山河阳安平")
    road = rng.choice(ROAD_WORDS) + rng.choice(("路", "大道", "街", "东路", "西路", "南路", "北路"))
    tail = f"{rng.randint(1, 999)}号"
    if rng.random() < 0.4:
        tail += rng.choice(("", "A座", "B座")) + f"{rng.randint(2, 30)}楼"
    return f"{city}市{district}{rng.choice(DISTRICT_SUFFIX)}{road}{tail}"


def phone(rng: random.Random) -> str:
    """A fixed-line (area code + number) or mobile number in the forms footers print."""
    if rng.random() < 0.75:
        area = "0" + str(rng.randint(10, 999)).rjust(rng.choice((2, 3)), "0")[:3]
        number = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 7))))
        return area + rng.choice(("-", "—", "-", " ")) + number
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def email(rng: random.Random, domain: str | None = None) -> str:
    """An e-mail address, either at the site's own domain or at a free-mail provider."""
    box = rng.choice(("webmaster", "service", "news", "jubao", "tougao", "info", "admin", "kefu", "bianji", "")) or (
        pinyin_word(rng, 1, 2) + str(rng.randint(0, 999))
    )
    host = domain or rng.choice(("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net", "sohu.com"))
    return f"{box}@{host}"


def postcode(rng: random.Random) -> str:
    """A six-digit postal code."""
    return str(rng.randint(100000, 869999))


TLDS: tuple[str, ...] = (".com", ".cn", ".com.cn", ".net", ".org.cn", ".cc", ".net.cn", ".top")


def domain(rng: random.Random, gov: bool = False) -> str:
    """A site domain; government sites get ``.gov.cn``."""
    stem = pinyin_word(rng, 1, 3)
    if rng.random() < 0.2:
        stem += rng.choice(("news", "daily", "online", "net", "bbs", "tv", "info", "365", "e", "zx"))
    if gov:
        return f"www.{stem}.gov.cn"
    return ("www." if rng.random() < 0.7 else "") + stem + rng.choice(TLDS)


# --- dates -------------------------------------------------------------------------------------

WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


@dataclass(frozen=True)
class Stamp:
    """A date and time; the formatters below print it the many ways CMS templates do."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int


def stamp(rng: random.Random, low: int = 2006, high: int = 2024) -> Stamp:
    """A random date-time (day capped at 28 so every month is valid)."""
    return Stamp(
        rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
        rng.randint(0, 59),
    )


def later(rng: random.Random, when: Stamp, max_days: int = 20) -> Stamp:
    """A stamp shortly after ``when`` (comment and reply times follow the article)."""
    day = when.day + rng.randint(0, max_days)
    month, year = when.month, when.year
    while day > 28:
        day -= 28
        month += 1
        if month > 12:
            month, year = 1, year + 1
    return Stamp(year, month, day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def fmt_date(rng: random.Random, s: Stamp, with_time: bool | None = None) -> str:
    """Format ``s`` in one of the common web styles, with or without a clock time."""
    if with_time is None:
        with_time = rng.random() < 0.6
    style = rng.randrange(7)
    if style == 0:
        date = f"{s.year}-{s.month:02d}-{s.day:02d}"
    elif style == 1:
        date = f"{s.year}年{s.month:02d}月{s.day:02d}日"
    elif style == 2:
        date = f"{s.year}年{s.month}月{s.day}日"
    elif style == 3:
        date = f"{s.year}/{s.month}/{s.day}"
    elif style == 4:
        date = f"{s.year}.{s.month:02d}.{s.day:02d}"
    elif style == 5:
        date = f"{s.year}-{s.month}-{s.day}"
    else:
        date = f"{s.year}/{s.month:02d}/{s.day:02d}"
    if not with_time:
        return date
    sep = " " if style != 1 or rng.random() < 0.7 else "\u3000"
    if rng.random() < 0.5:
        return f"{date}{sep}{s.hour:02d}:{s.minute:02d}:{s.second:02d}"
    return f"{date}{sep}{s.hour:02d}:{s.minute:02d}"


def short_date(rng: random.Random, s: Stamp) -> str:
    """Month-day forms used in lists: ``05-12``, ``5月12日``, ``[05-12]``, ``(2023-05-12)``."""
    return rng.choice(
        (
            f"{s.month:02d}-{s.day:02d}",
            f"{s.month}月{s.day}日",
            f"[{s.month:02d}-{s.day:02d}]",
            f"({s.year}-{s.month:02d}-{s.day:02d})",
            f"{s.year}-{s.month:02d}-{s.day:02d}",
            f"{s.month:02d}/{s.day:02d}",
        )
    )


def weekday(s: Stamp) -> str:
    """Weekday name of a stamp (Zeller-free: via :mod:`datetime`)."""
    import datetime

    return WEEKDAYS[datetime.date(s.year, s.month, s.day).weekday()]


CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """Chinese numeral for 1..99 (section numbers 一、二、 ... 十二、)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def digits(rng: random.Random, n: int) -> str:
    """``n`` random decimal digits (first one non-zero)."""
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# --- sections and channels ---------------------------------------------------------------------

CHANNELS: tuple[str, ...] = (
    "新闻", "国内", "国际", "时政", "社会", "财经", "金融", "股票", "基金", "理财", "科技", "互联网", "数码", "手机",
    "汽车", "房产", "家居", "教育", "高考", "考研", "留学", "健康", "医疗", "养生", "旅游", "美食", "文化", "读书",
    "历史", "军事", "体育", "足球", "篮球", "娱乐", "明星", "电影", "电视", "音乐", "时尚", "女性", "亲子", "母婴",
    "评论", "观点", "图片", "视频", "直播", "专题", "本地", "民生", "法治", "公益", "三农", "乡村振兴", "生态", "环保",
    "文旅", "政务", "党建", "理论", "人事", "招聘", "就业", "创业", "产经", "商业", "消费", "楼市", "车市", "游戏",
    "动漫", "星座", "情感", "宠物", "摄影", "艺术", "收藏", "书画", "戏曲", "非遗", "城建", "交通", "天气", "区县",
    "网评", "问政", "融媒", "数字报", "客户端", "原创", "深度", "独家", "快讯", "要闻", "头条", "热点", "滚动",
)

GOV_CHANNELS: tuple[str, ...] = (
    "首页", "要闻动态", "政务公开", "政务服务", "政民互动", "信息公开", "通知公告", "政策文件", "政策解读", "领导之窗",
    "机构设置", "办事指南", "网上信访", "意见征集", "在线访谈", "数据发布", "统计信息", "人事信息", "财政预决算",
    "建议提案办理", "重点领域信息公开", "政府公报", "政府工作报告", "规划计划", "走进本地", "投资指南", "专题专栏",
    "部门动态", "区县动态", "乡镇动态", "新闻发布会", "公示公告", "招标采购", "应急管理", "双随机一公开", "营商环境",
    "优化营商环境", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "依申请公开", "主动公开目录",
)

FORUM_BOARDS: tuple[str, ...] = (
    "灌水专区", "新手报到", "技术交流", "求助问答", "原创文学", "摄影天地", "旅游攻略", "美食天下", "汽车论坛",
    "房产家居", "育儿宝典", "职场人生", "情感驿站", "数码杂谈", "游戏人生", "影视评论", "读书交流", "跳蚤市场",
    "本地生活", "二手交易", "装修日记", "宠物之家", "健康养生", "股票基金", "考试考证", "英语角", "编程开发",
    "硬件DIY", "手机讨论", "站务公告", "意见反馈", "版主议事", "老乡会", "户外运动", "钓鱼论坛", "书画收藏",
)

FORUM_RANKS: tuple[str, ...] = (
    "新手上路", "注册会员", "初级会员", "中级会员", "高级会员", "金牌会员", "论坛元老", "版主", "超级版主", "管理员",
    "实习版主", "荣誉会员", "VIP会员", "禁止发言", "等待验证会员", "Lv.1", "Lv.3", "Lv.5", "Lv.8", "LV12",
)

BRAND_WORDS: tuple[str, ...] = (
    "东方", "南风", "北辰", "星辰", "长河", "千帆", "青松", "鸿鹄", "锦绣", "华夏", "九州", "神州", "天涯", "海角",
    "凤凰", "龙腾", "金桥", "银河", "明珠", "紫金", "青藤", "翠湖", "碧海", "蓝天", "白鹭", "红枫", "绿野", "金穗",
    "丰收", "晨曦", "朝霞", "晚霞", "星火", "燎原", "启明", "远航", "扬帆", "破浪", "春雨", "秋实", "夏荷", "冬梅",
    "听涛", "观澜", "望岳", "临川", "沧浪", "潇湘", "巴蜀", "荆楚", "吴越", "齐鲁", "燕赵", "三秦", "关东", "岭南",
    "中原", "江淮", "闽南", "滇池", "天山", "昆仑", "长白", "太行", "秦岭", "黄山", "峨眉", "泰山", "西湖", "洞庭",
    "鄱阳", "太湖", "洱海", "漓江", "乐活", "悦读", "享游", "趣玩", "易居", "优品", "精诚", "博雅", "致远", "恒信",
    "同心", "众创", "和美", "安康", "福瑞", "嘉禾", "瑞丰", "鼎盛", "宏图", "万象", "四海", "八方", "百川", "千家",
)

COMPANY_TRADES: tuple[str, ...] = (
    "网络科技", "信息技术", "文化传媒", "传媒", "数字科技", "互联网信息服务", "新媒体", "广告", "软件", "电子商务",
    "文化发展", "数据科技", "科技发展", "信息科技", "网络传播", "出版传媒", "教育科技", "云计算", "智能科技",
)

CMS_NAMES: tuple[str, ...] = (
    "DedeCMS", "PHPCMS", "CmsTop", "Discuz!", "WordPress", "EmpireCMS", "帝国CMS", "织梦CMS", "动易SiteFactory",
    "PageAdmin", "SiteServer CMS", "PbootCMS", "Z-Blog", "Typecho", "ThinkCMF", "MetInfo", "JEECMS", "DouPHP",
    "大汉版通", "TRS WCM", "拓尔思", "方正翔宇", "华光CMS", "Hanweb", "ShopEx", "ECShop", "PHPWind", "Dvbbs",
    "Hexo", "Ghost", "Drupal", "Joomla!", "MyBB", "phpBB", "Flarum", "BBS-GO", "Halo", "Jekyll", "Hugo",
    "XiunoBBS", "HadSky", "ZBlogPHP", "苹果CMS", "迅睿CMS", "易优CMS", "米拓CMS", "SDCMS", "新秀CMS",
)

CMS_VERSIONS: tuple[str, ...] = ("", " 2.4", " X3.4", " 5.7", " 6.0", " V9", " 7.2.1", " 3.1", " 8.0", " v1.2.0")
