"""Table and listing content pages: results tables, product specs, timetables, score lines, price lists.

Where the table *is* the content (a results page, a product's spec sheet, a 公示 name list), every
cell is `body`, also when HTML-to-text puts each cell on a line of its own and the line is only a
number or a name (real-data README: "every cell of the results table is body"). The page around the
table is the usual chrome. Rows come out the ways a converter prints them: cells joined by tabs or
spaces, one cell per line, or a first cell with a tab and the rest on their own lines.
"""

from __future__ import annotations

import random

from ..labels import BODY, NAVIGATION
from . import navigation as nav
from . import vocab
from .blocks import Ctx, footer, header, related

SPORTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("田径", ("100米", "200米", "400米", "800米", "1500米", "跳远", "跳高", "三级跳远", "铅球", "标枪", "4×100米接力"), "track"),
    ("游泳", ("50米自由泳", "100米蛙泳", "200米混合泳", "100米仰泳", "50米蝶泳", "4×50米自由泳接力"), "swim"),
    ("网球", ("单打", "双打", "团体赛", "混合双打"), "rank"),
    ("乒乓球", ("男单", "女单", "男双", "女双", "团体"), "rank"),
    ("羽毛球", ("男子单打", "女子单打", "混合双打", "团体"), "rank"),
    ("围棋", ("个人赛", "团体赛", "快棋赛"), "points"),
    ("射击", ("10米气步枪", "10米气手枪", "50米步枪三姿"), "shoot"),
    ("跳绳", ("一分钟单摇", "三十秒双摇", "集体长绳"), "count"),
)
GROUPS: tuple[str, ...] = ("男子", "女子", "高男组", "高女组", "国男组", "国女组", "少年甲组", "少年乙组", "青年组", "成年组", "小学组", "初中组")
EVENTS: tuple[str, ...] = ("运动会", "中学生运动会", "全民健身运动会", "职工运动会", "青少年锦标赛", "少数民族传统体育运动会", "大学生运动会")
SCHOOL_WORDS: tuple[str, ...] = ("实验", "第一", "第二", "第三", "外国语", "育才", "附属", "光明", "新华", "东城", "城南", "师范", "双语")


def unit_name(rng: random.Random, city: str) -> str:
    """A team or school name ("临沂市第一中学", "绍兴代表队")."""
    return rng.choice((
        f"{city}市{rng.choice(SCHOOL_WORDS)}中学", f"{city}{rng.choice(SCHOOL_WORDS)}小学", f"{city}代表队", f"{city}市",
        f"{rng.choice(vocab.BRAND_WORDS)}体育俱乐部", f"{city}{rng.choice(('县', '区'))}", f"{city}{rng.choice(SCHOOL_WORDS)}高中",
        f"{city}体校", f"{rng.choice(vocab.ALL_CITIES)}大学",
    ))


def _result(rng: random.Random, kind: str, rank: int) -> str:
    if kind == "track":
        if rng.random() < 0.5:
            return f"{rng.randint(10, 59)}.{rng.randint(0, 99):02d}"
        return rng.choice((f"{rng.randint(1, 5)}:{rng.randint(0, 59):02d}.{rng.randint(0, 99):02d}", f"{rng.randint(3, 17)}.{rng.randint(0, 99):02d}m",
                           f"{rng.randint(10, 59)}秒{rng.randint(0, 99):02d}"))
    if kind == "swim":
        return f"{rng.randint(0, 3)}:{rng.randint(10, 59)}.{rng.randint(0, 99):02d}"
    if kind == "shoot":
        return f"{rng.randint(560, 630)}.{rng.randint(0, 9)}"
    if kind == "count":
        return f"{rng.randint(80, 230)}{rng.choice(('', '次', '个'))}"
    if kind == "points":
        return f"{rng.randint(4, 14)}{rng.choice(('分', '', '胜'))}"
    return rng.choice(("冠军", "亚军", "季军", "第四名", f"第{vocab.cn_number(rank)}名", ""))


def render_rows(rng: random.Random, rows: list[list[str]], layout: str | None = None) -> list[str]:
    """Print table rows as a converter does: joined by tabs/spaces, one cell per line, or mixed."""
    layout = layout or rng.choice(("tabs", "tabs", "spaces", "cells", "mixed"))
    glue = rng.choice(("\t\t", "\t", "  ", " ", "\u3000")) if layout in ("tabs", "spaces") else "\t\t"
    if layout == "spaces":
        glue = rng.choice(("  ", " ", "\u3000", "   "))
    out: list[str] = []
    for row in rows:
        cells = [c for c in row if c] or row[:1]
        if layout in ("tabs", "spaces"):
            out.append(glue.join(cells))
        elif layout == "cells":
            out.extend(cells)
        else:
            out.append(glue.join(cells[:2]))
            out.extend(cells[2:])
    return [line for line in out if line.strip()]


def results_table(rng: random.Random, city: str) -> tuple[str, list[str]]:
    """Title and lines of a competition results page (grouped by event)."""
    sport, events, kind = rng.choice(SPORTS)
    title = rng.choice((
        f"{city}市第{vocab.cn_number(rng.randint(2, 30))}届{rng.choice(EVENTS)}{sport}比赛成绩",
        f"{rng.randint(2008, 2025)}年{city}{rng.choice(EVENTS)}{sport}决赛成绩公告", f"{sport}项目决赛成绩报告表",
        f"{city}{rng.choice(EVENTS)}{sport}比赛获奖名单", f"第{rng.randint(2, 30)}届{city}市{sport}锦标赛成绩公报",
    ))
    header_row = rng.choice((["名次", "姓名", "单位", "成绩"], ["名次", "姓名", "代表队", "成绩", "备注"], ["名次", "单位", "姓名", "成绩"],
                             ["比赛项目", "第一名", "第二名", "第三名"]))
    lines: list[str] = []
    layout = rng.choice(("tabs", "tabs", "spaces", "cells", "mixed"))
    for event in rng.sample(events, rng.randint(1, min(4, len(events)))):
        lines.append(f"{rng.choice(GROUPS)}{event}" if rng.random() < 0.8 else event)
        rows = [header_row] if rng.random() < 0.6 else []
        if header_row[0] == "比赛项目":
            rows.append([event] + [f"{vocab.person_name(rng)}（{unit_name(rng, city)}）" for _ in header_row[1:]])
        else:
            for rank in range(1, rng.randint(3, 8) + 1):
                cell = {"名次": str(rank) if rng.random() < 0.8 else f"第{rank}名", "姓名": vocab.person_name(rng),
                        "单位": unit_name(rng, city), "代表队": unit_name(rng, city), "成绩": _result(rng, kind, rank),
                        "备注": rng.choice(("", "", "", "破纪录", "平纪录", "PB", "弃权"))}
                row = [cell[h] for h in header_row]
                if kind == "rank" and rng.random() < 0.3:  # team events list the players under the team
                    lines.extend(render_rows(rng, [row], layout))
                    lines.extend(vocab.person_name(rng) for _ in range(rng.randint(2, 7)))
                    continue
                rows.append(row)
        lines.extend(render_rows(rng, rows, layout))
    return title, lines


SPEC_PRODUCTS: tuple[tuple[str, tuple[tuple[str, tuple[tuple[str, str], ...]], ...]], ...] = (
    ("手机", (
        ("基本参数", (("上市时间", "{y}年{m}月"), ("机身颜色", "{color}"), ("机身重量", "{n3}g"), ("机身尺寸", "{n3}.{d}×{n2}.{d}×{d}.{d}mm"))),
        ("屏幕", (("屏幕尺寸", "6.{d}英寸"), ("分辨率", "2{d}00×1080像素"), ("刷新率", "{hz}Hz"), ("屏幕材质", "{screen}"))),
        ("硬件", (("CPU型号", "{chip}"), ("运行内存", "{ram}GB"), ("机身存储", "{rom}GB"), ("电池容量", "{bat}mAh"), ("快充", "{w}W有线快充"))),
        ("相机", (("后置摄像头", "{mp}00万像素主摄"), ("前置摄像头", "{mp2}00万像素"), ("视频拍摄", "4K 60帧"))),
    )),
    ("笔记本电脑", (
        ("基本信息", (("产品型号", "{model}"), ("上市时间", "{y}年{m}月"), ("产品定位", "{pos}"), ("操作系统", "Windows 11 家庭中文版"))),
        ("处理器", (("CPU系列", "{cpu}"), ("核心数", "{core}核"), ("最高睿频", "{d}.{d}GHz"))),
        ("存储", (("内存容量", "{ram}GB"), ("内存类型", "{ddr}"), ("硬盘容量", "{ssd}GB SSD"))),
        ("屏幕", (("屏幕尺寸", "1{d}.{d}英寸"), ("屏幕分辨率", "2560×1600"), ("刷新率", "{hz}Hz"))),
        ("其他", (("重量", "{d}.{d}kg"), ("电池", "{n2}Wh"), ("接口", "USB-C×{d}，HDMI×1"))),
    )),
    ("空调", (
        ("主要参数", (("匹数", "{hp}匹"), ("能效等级", "{lvl}级能效"), ("制冷量", "{n4}W"), ("制热量", "{n4}W"), ("适用面积", "{n2}-{n2}㎡"))),
        ("规格", (("室内机尺寸", "{n3}×{n3}×{n3}mm"), ("室外机重量", "{n2}kg"), ("噪音", "{n2}dB"))),
        ("功能", (("变频", "是"), ("自清洁", "{yes}"), ("WiFi控制", "{yes}"))),
    )),
    ("汽车", (
        ("基本信息", (("厂商", "{brand}汽车"), ("级别", "{cls}"), ("能源类型", "{energy}"), ("上市时间", "{y}.{m}"))),
        ("车身", (("长×宽×高(mm)", "4{n3}×1{n3}×1{n3}"), ("轴距(mm)", "2{n3}"), ("整备质量(kg)", "1{n3}"))),
        ("动力", (("最大功率(kW)", "{n3}"), ("最大扭矩(N·m)", "{n3}"), ("百公里加速(s)", "{d}.{d}"), ("CLTC纯电续航(km)", "{n3}"))),
    )),
)
SPEC_VALUES = {
    "color": ("曜石黑", "冰川白", "远峰蓝", "雅川青", "星河银", "午夜黑", "晨曦金"), "screen": ("OLED", "LCD", "LTPO AMOLED"),
    "chip": ("骁龙8 Gen 3", "天玑9300", "麒麟9000S", "A17 Pro", "骁龙7+ Gen 2"), "cpu": ("Intel 酷睿 i5", "Intel 酷睿 i7", "AMD 锐龙 7", "Apple M3"),
    "pos": ("轻薄本", "游戏本", "商务办公本", "creator创作本"), "ddr": ("LPDDR5X", "DDR5", "DDR4"), "lvl": ("一", "二", "三"),
    "yes": ("支持", "不支持", "是", "否"), "cls": ("紧凑型SUV", "中型车", "中大型SUV", "小型车", "MPV"), "energy": ("纯电动", "插电式混合动力", "汽油", "增程式"),
}


def spec_table(rng: random.Random) -> tuple[str, list[str]]:
    """Title and lines of a product spec sheet (section headings plus key/value rows)."""
    product, sections = rng.choice(SPEC_PRODUCTS)
    model = f"{rng.choice(vocab.BRAND_WORDS)} {rng.choice(('X', 'Pro ', 'Max ', 'S', 'Air ', 'Note '))}{rng.randint(1, 99)}"
    title = rng.choice((f"{model}{product}参数配置", f"{model} 详细参数", f"{model}{product}规格参数", f"【{model}】{product}参数"))
    layout = rng.choice(("pairs", "pairs", "lines", "spaces"))
    out: list[str] = []

    def value(template: str) -> str:
        return template.format(
            y=rng.randint(2016, 2025), m=rng.randint(1, 12), n2=rng.randint(10, 99), n3=rng.randint(100, 999), n4=rng.randint(1000, 9999),
            d=rng.randint(1, 9), hz=rng.choice((60, 90, 120, 144, 165)), ram=rng.choice((8, 12, 16, 32)), rom=rng.choice((128, 256, 512, 1024)),
            bat=rng.randint(40, 60) * 100, w=rng.choice((33, 45, 67, 100, 120)), mp=rng.choice((48, 50, 64, 108, 200)), mp2=rng.choice((8, 12, 16, 32)),
            model=model, core=rng.choice((8, 10, 12, 14, 16)), ssd=rng.choice((512, 1024, 2048)), hp=rng.choice(("1", "1.5", "2", "3")),
            brand=rng.choice(vocab.BRAND_WORDS), **{k: rng.choice(v) for k, v in SPEC_VALUES.items()},
        )

    for name, rows in sections:
        if rng.random() < 0.85:
            out.append(name)
        for key, template in rows:
            if rng.random() < 0.15:
                continue
            val = value(template)
            if layout == "pairs":
                out.append(f"{key}\t{val}" if rng.random() < 0.8 else f"{key}\t\t{val}")
            elif layout == "lines":
                out.extend([key, val])
            else:
                out.append(f"{key}{rng.choice(('：', ' ', '  '))}{val}")
    return title, out


STATIONS: tuple[str, ...] = ("", "东", "南", "西", "北", "站")


def timetable(rng: random.Random, city: str) -> tuple[str, list[str]]:
    """A train or bus timetable."""
    dest = rng.choice(vocab.ALL_CITIES)
    title = rng.choice((f"{city}至{dest}列车时刻表", f"{city}站最新列车时刻表（{rng.randint(2018, 2025)}年{rng.randint(1, 12)}月起执行）",
                        f"{city}长途汽车站发车时刻表", f"{city}{rng.choice(('1', '2', '3', '5', 'K1'))}路公交运行时刻"))
    rows = [rng.choice((["车次", "始发站", "终点站", "出发时间", "到达时间", "历时"], ["车次", "出发", "到达", "发车时间", "票价"]))]
    for _ in range(rng.randint(4, 14)):
        h, m = rng.randint(5, 22), rng.randint(0, 59)
        dh, dm = rng.randint(0, 9), rng.randint(0, 59)
        number = rng.choice(("G", "D", "K", "Z", "T", "C")) + str(rng.randint(1, 9999))
        if len(rows[0]) == 6:
            rows.append([number, city + rng.choice(STATIONS), dest + rng.choice(STATIONS), f"{h:02d}:{m:02d}",
                         f"{(h + dh) % 24:02d}:{(m + dm) % 60:02d}", f"{dh}小时{dm}分"])
        else:
            rows.append([number, city, dest, f"{h:02d}:{m:02d}", f"{rng.randint(20, 900)}.{rng.choice(('0', '5'))}元"])
    return title, render_rows(rng, rows)


def score_table(rng: random.Random, city: str) -> tuple[str, list[str]]:
    """Admission score lines by year or by school."""
    school = f"{rng.choice(vocab.ALL_CITIES)}{rng.choice(('大学', '师范学院', '理工大学', '职业技术学院', '医科大学'))}"
    title = rng.choice((f"{school}{rng.randint(2015, 2025)}年录取分数线", f"{school}历年在{city}录取分数一览", f"{city}中考各高中录取分数线"))
    rows = [rng.choice((["年份", "批次", "科类", "最低分", "最高分", "平均分"], ["学校", "计划数", "最低分", "位次"]))]
    for year in range(rng.randint(2016, 2020), rng.randint(2021, 2025)):
        low = rng.randint(400, 650)
        if rows[0][0] == "年份":
            rows.append([str(year), rng.choice(("本科一批", "本科二批", "本科批", "提前批")), rng.choice(("理科", "文科", "物理类", "历史类")),
                         str(low), str(low + rng.randint(10, 60)), str(low + rng.randint(3, 20))])
        else:
            rows.append([unit_name(rng, city), str(rng.randint(50, 900)), str(low), str(rng.randint(1000, 90000))])
    return title, render_rows(rng, rows)


PRODUCE: tuple[str, ...] = ("白菜", "土豆", "西红柿", "黄瓜", "茄子", "青椒", "芹菜", "菠菜", "胡萝卜", "大葱", "生姜", "大蒜", "猪肉", "牛肉",
                            "鸡蛋", "草鱼", "苹果", "香蕉", "大米", "面粉", "花生油", "豆腐", "冬瓜", "韭菜", "香菇")


def price_table(rng: random.Random, city: str, when: vocab.Stamp) -> tuple[str, list[str]]:
    """A market price list."""
    title = rng.choice((f"{when.month}月{when.day}日{city}市主要农产品价格行情", f"{city}农贸市场今日菜价（{when.year}-{when.month:02d}-{when.day:02d}）",
                        f"{city}市重要民生商品价格监测表"))
    rows = [rng.choice((["品名", "规格", "单位", "最高价", "最低价", "均价"], ["品种", "单位", "本期价格", "上期价格", "涨跌幅"]))]
    for item in rng.sample(PRODUCE, rng.randint(5, 14)):
        price = rng.uniform(1, 60)
        if len(rows[0]) == 6:
            rows.append([item, rng.choice(("一级", "普通", "精品", "散装", "")), rng.choice(("元/公斤", "元/斤", "元/500克")),
                         f"{price * 1.2:.2f}", f"{price * 0.8:.2f}", f"{price:.2f}"])
        else:
            rows.append([item, rng.choice(("元/公斤", "元/斤")), f"{price:.2f}", f"{price * rng.uniform(0.8, 1.2):.2f}",
                         f"{rng.uniform(-15, 15):+.1f}%"])
    return title, render_rows(rng, rows)


def name_list(rng: random.Random, city: str, when: vocab.Stamp) -> tuple[str, list[str]]:
    """A 公示 name list (序号 / 姓名 / 单位 / 职务)."""
    what = rng.choice(("优秀教师", "先进工作者", "拟录用人员", "优秀共产党员", "道德模范候选人", "技能大师", "三好学生", "拟聘用人员"))
    title = rng.choice((f"关于{when.year}年度{city}市{what}名单的公示", f"{city}市{when.year}年{what}公示", f"{what}名单公示"))
    rows = [rng.choice((["序号", "姓名", "性别", "工作单位", "职务"], ["序号", "姓名", "单位", "岗位", "总成绩"]))]
    for i in range(1, rng.randint(4, 20) + 1):
        if rows[0][2] == "性别":
            rows.append([str(i), vocab.person_name(rng), rng.choice(("男", "女")), unit_name(rng, city),
                         rng.choice(("教师", "科长", "主任", "工程师", "护士长", "副校长", "职员", "技术员"))])
        else:
            rows.append([str(i), vocab.person_name(rng), unit_name(rng, city), rng.choice(("专技岗", "管理岗", "工勤岗")),
                         f"{rng.uniform(60, 95):.2f}"])
    return title, render_rows(rng, rows)


#: Intro and note lines per table kind (body: the page prints them as part of its content).
TEXTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "results": (
        ("{date}，{title}比赛在{city}市体育中心落下帷幕。经过{n}天的激烈角逐，各项目成绩如下：",
         "现将{title}公布如下，如有异议，请于{n}个工作日内向组委会反映。", "本次比赛共有{m}支代表队参加，决赛成绩如下", "{title}"),
        ("注：标*者为破纪录成绩。", "（以上排名不分先后）", "{city}市{org}", "组委会竞赛部", "{date}", "裁判长：{name}"),
    ),
    "specs": (
        ("以下为{title}，部分参数以官方最终公布为准。", "下面一起来看看这款产品的详细配置", "{title}如下："),
        ("以上参数仅供参考，请以实物为准", "注：不同批次产品参数可能略有差异。", "* 数据来源于厂商官网"),
    ),
    "timetable": (
        ("为方便广大市民出行，现将最新时刻公布如下", "自{date}起，{city}站实行新的列车运行图，部分车次时刻调整如下：", "{title}"),
        ("备注：时刻如有调整以车站公告为准。", "咨询电话：{phone}", "以上信息仅供参考"),
    ),
    "scores": (
        ("{city}讯 记者从{city}市招生考试院获悉，{title}已经公布。", "下面是{title}，供考生和家长参考。", "各批次录取分数线如下："),
        ("数据来源：{city}市招生考试院", "注：以上分数不含政策加分。", "考生可登录招生考试网查询个人录取结果。"),
    ),
    "prices": (
        ("以下数据由{city}市{org}提供，仅供参考。", "{date}{city}市场主要商品价格如下", "本期监测的主要商品价格总体平稳。"),
        ("数据来源：{city}市价格监测中心", "备注：价格单位为元。", "监测时间：{date}"),
    ),
    "names": (
        ("根据有关规定，经评审委员会评审，现将结果予以公示，公示期为{date}至{date2}。", "现将{title}如下：",
         "公示期间，如有异议，请以书面形式向{city}市{org}反映。"),
        ("联系电话：{phone}", "监督电话：{phone}", "{city}市{org}", "{date}", "附件：{title}.xlsx"),
    ),
}
ORGS: tuple[str, ...] = ("体育局", "教育局", "发展和改革委员会", "市场监督管理局", "统计局", "人力资源和社会保障局", "商务局", "交通运输局")


def table_page(ctx: Ctx) -> None:
    """A content page whose main content is a table."""
    rng, site, w = ctx.rng, ctx.site, ctx.w
    city = site.city
    roll = rng.random()
    if roll < 0.3:
        kind, (head, table) = "results", results_table(rng, city)
    elif roll < 0.5:
        kind, (head, table) = "specs", spec_table(rng)
    elif roll < 0.62:
        kind, (head, table) = "timetable", timetable(rng, city)
    elif roll < 0.74:
        kind, (head, table) = "scores", score_table(rng, city)
    elif roll < 0.87:
        kind, (head, table) = "prices", price_table(rng, city, ctx.when)
    else:
        kind, (head, table) = "names", name_list(rng, city, ctx.when)
    intros, notes = TEXTS[kind]
    ctx.headline = head
    date = vocab.fmt_date(rng, ctx.when, with_time=False)
    slots = dict(date=date, date2=vocab.fmt_date(rng, vocab.later(rng, ctx.when, 10), with_time=False),
                 title=head.removeprefix("关于").removesuffix("的公示"), n=rng.randint(3, 7), m=rng.randint(8, 60), city=city,
                 org=rng.choice(ORGS), phone=vocab.phone(rng), name=vocab.person_name(rng))
    header(ctx, head)
    if rng.random() < 0.7:
        w.add(nav.breadcrumb(rng, site, head), NAVIGATION)
    if kind == "specs" and rng.random() < 0.7:  # product page tabs
        w.add(nav.as_lines(rng, rng.sample(["商品介绍", "规格参数", "规格与包装", "售后保障", f"商品评价({rng.randint(10, 9999)}+)", "本店好评",
                                            "加入购物车", "立即购买", "对比", "关注", "降价通知"], rng.randint(3, 6)), joined=0.5), NAVIGATION)
    w.add([head], BODY)
    if rng.random() < 0.7:
        w.add(nav.meta_line(rng, site, ctx.when), NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.share_widget(rng), NAVIGATION)
    if rng.random() < 0.75:
        w.add(ctx.pad([rng.choice(intros).format(**slots)]) + ([ctx.sentence()] if rng.random() < 0.3 else []), BODY, para=True)
    w.add(table, BODY)
    if rng.random() < 0.25:  # a second table on the same page
        _, more = (results_table(rng, city) if roll < 0.3 else timetable(rng, city) if roll < 0.62 else price_table(rng, city, ctx.when))
        w.add(more, BODY)
    if rng.random() < 0.5:
        w.add([n.format(**slots) for n in rng.sample(notes, rng.randint(1, 2))], BODY)
    if rng.random() < 0.5:
        w.add([nav.editor_credit(rng, site)], NAVIGATION)
    if rng.random() < 0.3:
        w.add(nav.share_widget(rng), NAVIGATION)
    if rng.random() < 0.4:
        w.add(nav.pagination(rng, *ctx.titles(2)), NAVIGATION)
    related(ctx, None, (0, 3))
    footer(ctx)
