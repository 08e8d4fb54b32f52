"""Generators for `copyright` lines: rights and reprint notices, disclaimers, licence badges, credits.

LABELS.md puts in this class everything about rights, licences and legal notices: "版权所有",
reprint rules and their numbered items (even a lone "1."), ICP / 公网安备 / licence numbers, badge rows,
违法和不良信息举报 lines, 主办/承办/技术支持/网站标识码 credits, "Powered by", and disclaimers of
user-generated platforms. Names and numbers are drawn fresh for every page.
"""

from __future__ import annotations

import random

from . import vocab
from .site import Site


def _c(rng: random.Random) -> str:
    return rng.choice(("：", "：", ":", "： ", ": "))


def _years(rng: random.Random, site: Site) -> str:
    end = rng.randint(max(site.founded, 2008), 2025)
    return rng.choice((f"{site.founded}-{end}", f"{site.founded}—{end}", f"{site.founded} - {end}", str(end), f"{site.founded}-{end}"))


def rights_line(rng: random.Random, site: Site) -> str:
    """"版权所有 ©", "Copyright © 2008-2024 X 版权所有", "All Rights Reserved" and friends."""
    y = _years(rng, site)
    host = site.domain.removeprefix("www.")
    forms = (
        f"版权所有 © {site.name}",
        f"Copyright © {y} {site.name} 版权所有",
        f"Copyright © {y} {host} All Rights Reserved",
        f"Copyright© {y}\u3000{site.owner}\u3000版权所有",
        f"CopyRight@{y} All rights reserved",
        f"© {y} {site.owner} 版权所有",
        f"{site.name}版权所有",
        f"版权所有：{site.owner}",
        f"版权所有 {site.owner}",
        f"© 版权所有{y}，{site.owner}",
        f"{site.short} {host}\xa0版权所有",
        f"Copyright (C) {y} {host.upper()}. All rights reserved.",
        f"©{y} {site.short} 版权所有，未经许可不得转载",
        f"{site.owner}版权所有(Copyright®{host})",
        f"本网站由{site.owner}版权所有",
        "All rights reserved",
        f"©{y}",
        f"Copyright © {site.name}",
        f"版权 © {site.name} 丨 {site.province.abbr}ICP备{vocab.digits(rng, 8)}号-{rng.randint(1, 9)}",
        f"© {y} {host} 保留所有权利",
        f"{site.name} 版权所有 Copyright © {y}",
    )
    return rng.choice(forms)


def reprint_notice(rng: random.Random, site: Site) -> str:
    """Reprint rules: 未经授权禁止转载/复制/建立镜像, 转载请注明出处 ..."""
    who = rng.choice((site.name, site.short, site.owner, "本网", "本站"))
    forms = (
        f"未经{who}书面授权，请勿转载或建立镜像",
        f"未经{who}书面特别授权，请勿转载或建立镜像，违者依法必究",
        "未经授权禁止转载、摘编、复制或建立镜像",
        "转载请注明出处",
        f"转载请注明来源：{site.name}",
        "本文为原创文章，转载请注明出处",
        "本文系作者原创，未经授权禁止转载",
        "原创版权禁止商业转载 授权>>",
        f"转载请注明:原文链接 - https://{site.domain.removeprefix('www.')}/{rng.randint(1000, 999999)}.html",
        "本作品采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可",
        "本作品采用《CC 协议》，转载必须注明作者和本文链接",
        f"©著作权归作者所有：来自{site.short}作者{vocab.user_handle(rng)}的原创作品，如需转载，请与作者联系",
        f"原创文章，作者：{vocab.user_handle(rng)}，如若转载，请注明出处",
        "违者依法追究相关法律责任",
        "未经许可，任何人不得复制、转载、或以其他方式使用本网站的内容",
        f"凡注明“来源：{site.short}”的所有作品，版权均属于{site.owner}",
        "本文禁止转载或摘编",
        "保留所有权利，不经允许请勿挪用",
        f"本文为{site.short}原创，转载请联系授权",
        "如需转载请与本站联系，否则将追究法律责任",
    )
    return rng.choice(forms)


#: Headings that open a copyright block. Bare link words ("版权声明", "法律声明") are left out: alone in a
#: footer row they are navigation (README of the real data), so a heading carries a colon or a unique word.
DISCLAIMER_HEADINGS: tuple[str, ...] = (
    "版权声明：", "版权声明:", "免责声明", "免责声明：", "特别声明", "特别声明：", "声明：", "郑重声明", "郑 重 声 明",
    "版权信息", "本站声明", "反侵权公告：", "杂志声明", "版权及免责声明", "重要声明：", "法律声明：", "网站声明：",
)

DISCLAIMER_ITEMS: tuple[str, ...] = (
    "凡本网注明“来源：{site}”的所有作品，版权均属于{owner}，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "已经本网授权使用作品的，应在授权范围内使用，并注明“来源：{site}”。违反上述声明者，本网将追究其相关法律责任。",
    "凡本网注明“来源：XXX（非{site}）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "如因作品内容、版权和其它问题需要同本网联系的，请在作品发表之日起30日内进行。",
    "如果您发现本网站上有侵犯您的知识产权的作品，请与我们取得联系，我们会及时修改或删除。",
    "本网站所刊载信息，不代表本站观点。所转载内容之原创性、真实性、完整性、及时性本站不作任何保证或承诺。",
    "任何言论纯属作者个人观点，与本站立场无关；",
    "禁止发表反动、色情和其他违反国家法律、法规的言论、信息；",
    "禁止利用本站进行赌博、非法买卖等违法行为；",
    "任何转载或转贴都应注明真实作者和真实出处；",
    "本站部分内容来源于网络，仅供学习交流之用，版权归原作者所有。",
    "以上内容仅供参考，不构成任何投资建议，据此操作风险自担。",
    "本站有权删除违反以上规定的内容，并保留追究法律责任的权利。",
    "任何单位或个人在任何公开传播平台上使用{owner}的原创内容，必须事先取得书面授权；",
    "对于各类非法转载行为，欢迎读者提供侵权线索。",
    "本网站上刊登的所有文章、图片、音视频等内容，著作权均归{owner}所有。",
    "内容来自网络，若侵犯您的权利，请在一个月内通知我们，会及时删除。",
    "本站信息均由用户自行发布，本站不对其真实性负责，交易请核实资质，谨防诈骗。",
    "我司提供的资讯仅供参考，任何第三方平台的售卖行为均未获得我司授权。",
    "未经书面许可，擅自转载本网作品的，将涉嫌侵犯著作权人合法权益。",
)


def numbered_marker(kind: int, i: int) -> str:
    """Item number ``i`` in one of the disclaimer numbering styles ("1." "1、" "一、" "（一）" "(1)" ...)."""
    forms = (f"{i}.", f"{i}、", f"{vocab.cn_number(i)}、", f"（{vocab.cn_number(i)}）", f"({i})", f"{i}. ", f"第{vocab.cn_number(i)}条")
    return forms[kind % len(forms)]


def disclaimer_block(rng: random.Random, site: Site) -> list[str]:
    """A heading plus numbered items; sometimes the number stands alone on its line ("1." then text)."""
    out = [rng.choice(DISCLAIMER_HEADINGS)]
    items = rng.sample(DISCLAIMER_ITEMS, rng.randint(2, 6))
    style = rng.randrange(3)
    marker_kind = rng.randrange(7)
    for i, item in enumerate(items, 1):
        text = item.format(site=site.short, owner=site.owner)
        marker = numbered_marker(marker_kind, i) if style else ""
        if style == 2 and rng.random() < 0.7:
            out.extend([marker.strip(), text])
        else:
            out.append(marker + text)
    if rng.random() < 0.4:
        out.append(rights_contact(rng, site))
    if rng.random() < 0.25:
        out.append(legal_counsel(rng))
    return out


def rights_contact(rng: random.Random, site: Site) -> str:
    """Rights-contact lines inside a copyright block."""
    name = vocab.person_name(rng)
    title = rng.choice(("先生", "女士", "小姐", "律师", ""))
    return rng.choice((
        f"联系人{_c(rng)}{name[0]}{title or '女士'}（电话：{vocab.phone(rng)}）",
        f"{name}（版权合作）{vocab.phone(rng)}",
        f"版权联系{_c(rng)}{vocab.email(rng, site.domain.removeprefix('www.'))}",
        f"转载申请事宜以及报告非法侵权行为，请联系我们：{vocab.phone(rng)}",
        f"版权合作请联系：{name} {vocab.phone(rng)}",
        f"侵权投诉邮箱：{vocab.email(rng)}",
        f"如有版权争议，请联系站长：{vocab.email(rng)}",
    ))


LAW_FIRM_WORDS: tuple[str, ...] = ("金诚", "正义", "明德", "天平", "公信", "华诚", "立信", "信达", "汇智", "德衡", "君合",
                                   "中伦", "海诚", "正平", "致远", "宏达", "大成", "安杰", "恒升", "明理")


def legal_counsel(rng: random.Random) -> str:
    """Legal-counsel credits (法律顾问：X律师事务所 ...)."""
    city = rng.choice(vocab.ALL_CITIES)
    firm = f"{city}{rng.choice(LAW_FIRM_WORDS)}律师事务所" if rng.random() < 0.7 else f"{rng.choice(LAW_FIRM_WORDS)}律师事务所"
    name = vocab.person_name(rng)
    return rng.choice((
        f"法律顾问{_c(rng)}{firm}", f"常年法律顾问{_c(rng)}{firm} {name}律师", f"首席法律顾问{_c(rng)}{name}律师",
        f"本站法律顾问：{firm}{name}律师", f"{name[0]}律师（法律顾问）{vocab.phone(rng)}", firm,
    ))


def icp(rng: random.Random, site: Site) -> str:
    """An ICP filing number with the site's province abbreviation."""
    abbr = site.province.abbr
    n = vocab.digits(rng, rng.choice((8, 8, 8, 7, 10)))
    year = rng.randint(2005, 2024)
    return rng.choice((
        f"{abbr}ICP备{n}号", f"{abbr}ICP备{n}号-{rng.randint(1, 12)}", f"{abbr}ICP备{year}{vocab.digits(rng, 6)}号-{rng.randint(1, 9)}",
        f"{abbr}ICP证{vocab.digits(rng, 6)}号", f"ICP备案号：{abbr}ICP备{n}号", f"{abbr} ICP 备 {n} 号 -{rng.randint(1, 3)}",
        f"ICP许可证号：{abbr}B2-{year}{vocab.digits(rng, 4)}", f"{abbr}ICP备 {n}",
    ))


def gongan(rng: random.Random, site: Site) -> str:
    """A 公网安备 (public security filing) number starting with the province code."""
    code = site.province.code + vocab.digits(rng, 12)
    return rng.choice((f"{site.province.abbr}公网安备 {code}号", f"{site.province.abbr}公网安备{code}号",
                       f"{site.province.abbr}公网安备 {code}", f"公安机关备案号：{code}", f"{site.province.abbr} 公网安备{code}号"))


def licence(rng: random.Random, site: Site) -> str:
    """Media and telecom licence badges."""
    p = site.province
    n = vocab.digits(rng, rng.choice((6, 7, 8, 11)))
    forms = (
        f"互联网新闻信息服务许可证{_c(rng)}{p.code}1{vocab.digits(rng, 9)}",
        f"互联网新闻信息服务许可证{p.code}1{vocab.digits(rng, 9)}",
        f"网络文化经营许可证 {p.abbr}网文〔{rng.randint(2012, 2024)}〕{vocab.digits(rng, 4)}-{rng.randint(10, 999)}号",
        f"信息网络传播视听节目许可证{_c(rng)}{vocab.digits(rng, 7)}号",
        f"广播电视节目制作经营许可证{p.abbr}字第{rng.randint(10, 2000)}号",
        f"增值电信业务经营许可证{_c(rng)}{p.abbr}B2-{rng.randint(2005, 2024)}{vocab.digits(rng, 4)}",
        f"电信增值业务经营许可证\xa0{p.abbr}B2-{rng.randint(2005, 2024)}{vocab.digits(rng, 4)}",
        f"网络出版服务许可证{_c(rng)}（{p.abbr}）网出证（{p.abbr}）字第{vocab.digits(rng, 3)}号",
        f"互联网药品信息服务资格证书（{p.abbr}）-经营性-{rng.randint(2015, 2024)}-{vocab.digits(rng, 4)}",
        f"国新网证{n}",
        f"{p.abbr}新出网备字{rng.randint(10, 999)}号",
        f"经营许可证编号{_c(rng)}{p.abbr}B2-{rng.randint(2003, 2024)}{vocab.digits(rng, 4)}",
        f"出版物经营许可证 新出发{p.abbr}零字第{vocab.digits(rng, 5)}号",
        f"营业执照 统一社会信用代码：91{p.code}{vocab.digits(rng, 4)}MA{vocab.digits(rng, 8)}",
        f"网络视听许可证{vocab.digits(rng, 7)}号",
    )
    return rng.choice(forms)


BADGES: tuple[str, ...] = (
    "网络110报警服务", "12321网络不良与垃圾信息举报受理中心", "中国互联网举报中心", "网上有害信息举报专区", "经营性网站备案信息",
    "可信网站", "诚信网站", "360网站安全检测平台", "网站备案信息", "不良信息举报中心", "网络警察提醒你", "中国文明网传播文明",
    "涉未成年人网络有害信息举报", "网络社会征信网", "互联网违法和不良信息举报中心", "党政机关", "网站纠错", "举报中心",
    "全国文化市场举报平台", "信息安全等级保护", "网站支持IPv6", "亲清在线", "政府网站找错",
)


def badge_row(rng: random.Random, site: Site) -> list[str]:
    """Rows of licence and regulator badges joined by "|" or spaces, or one per line."""
    items = rng.sample(BADGES, rng.randint(2, 6))
    if rng.random() < 0.5:
        items.insert(rng.randint(0, len(items)), icp(rng, site))
    glue = rng.choice(("|", " | ", "\xa0|\xa0", "  ", " ", "\u3000", " / "))
    if rng.random() < 0.7:
        return [glue.join(items)]
    return items


def report_line(rng: random.Random, site: Site) -> str:
    """违法和不良信息举报 phone / e-mail lines (copyright family per LABELS.md)."""
    prov = site.province.name
    return rng.choice((
        f"违法和不良信息举报电话{_c(rng)}{vocab.phone(rng)}",
        f"违法和不良信息举报电话{_c(rng)}{vocab.phone(rng)} 举报邮箱{_c(rng)}{vocab.email(rng)}",
        f"{prov}互联网违法和不良信息举报电话：{vocab.phone(rng)}；举报邮箱：{vocab.email(rng)}",
        f"中国互联网举报中心公开举报邮箱：{vocab.email(rng)}\xa0违法和不良信息举报电话: {vocab.phone(rng)}",
        f"违法及不良信息举报电话：{vocab.phone(rng)}",
        f"未成年人举报电话{_c(rng)}{vocab.phone(rng)}",
        f"不良信息举报{_c(rng)}{vocab.email(rng)}",
        f"违法和不良信息举报电话：{vocab.phone(rng)}（工作时间）\xa0\xa0\xa0邮箱：{vocab.email(rng)}",
        "违法和不良信息举报", "中国互联网违法和不良信息举报中心", "网上有害信息举报专区",
        f"{prov}互联网违法与不良信息举报中心",
    ))


def sponsor_lines(rng: random.Random, site: Site) -> list[str]:
    """主办单位 / 承办单位 / 技术支持 / 网站标识码 credits of (mostly government) sites."""
    c = _c(rng)
    tech = rng.choice(vocab.BRAND_WORDS) + rng.choice(("网络", "信息技术有限公司", "科技", "数字科技有限公司", "软件股份有限公司"))
    code = vocab.digits(rng, 10) if rng.random() < 0.8 else "bm" + vocab.digits(rng, 8)
    parts = [
        f"主办单位{c}{site.owner}", f"承办单位{c}{site.city}市{rng.choice(('大数据中心', '政务服务局', '信息中心', '融媒体中心'))}",
        f"技术支持{c}{tech}", f"网站标识码{c}{code}", f"政府网站标识码{c}{code}", f"主办{c}{site.owner}",
        f"运行维护单位{c}{site.short}运行中心", f"制作单位{c}{site.name}", f"{site.owner}（主办）", f"维护单位{c}{tech}",
        f"技术支持：{tech}", f"网站建设：{tech}", "网站支持IPv6",
    ]
    chosen = rng.sample(parts, rng.randint(1, 4))
    glue = rng.choice(("\u2003", "  ", " ", "\xa0\xa0\xa0", "\u3000"))
    if rng.random() < 0.5:
        return [glue.join(chosen)]
    return chosen


def powered_by(rng: random.Random, site: Site) -> str:
    """Build credits: Powered by / Produced By / 由…设计."""
    cms = site.cms
    return rng.choice((
        f"Powered by {cms}", f"Powered by {cms} © {rng.randint(2001, 2024)}-{rng.randint(2010, 2025)}", f"Produced By {cms}",
        f"Powered by:{cms}", f"Powered by {cms} | Theme by {vocab.pinyin_word(rng, 1, 2).title()}",
        f"由 {vocab.user_handle(rng)} 设计和编码", f"Theme {vocab.pinyin_word(rng, 1, 2).title()} by {vocab.user_handle(rng)}",
        f"技术支持：{cms}", f"Designed by {vocab.pinyin_word(rng, 1, 2).title()} Powered by {cms}", f"Produced By {site.owner}",
        f"Powered by {cms} {vocab.CMS_VERSIONS[rng.randrange(len(vocab.CMS_VERSIONS))].strip()} Copyright {site.short}",
    ))


def ugc_disclaimer(rng: random.Random, site: Site) -> str:
    """Disclaimers of user-generated platforms (本平台仅提供信息存储服务 ...)."""
    account = rng.choice(vocab.BRAND_WORDS) + rng.choice(("号", "号", "快讯号", "头条号", "创作平台"))
    return rng.choice((
        f"特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“{account}”用户上传并发布，本平台仅提供信息存储服务。",
        f"以上内容（包括图片及视频）为创作者平台\"{account}\"用户上传并发布，本平台仅提供信息存储服务",
        f"声明：本文由{account}作者上传并发布，{site.short}仅提供信息发布平台。文章仅代表作者个人观点，不代表{site.short}立场。",
        "本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。",
        "声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
        "免责声明：本文仅代表作者个人观点，与本站无关。其原创性以及文中陈述文字和内容未经本站证实。",
        f"本文为{account}作者或机构在{site.short}上传并发布，仅代表该作者或机构观点，不代表{site.short}的观点或立场。",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of the platform, "
        "which only provides information storage services.",
    ))


def publication_registration(rng: random.Random, site: Site) -> str:
    """Newspaper registration lines (国内统一刊号 / 邮发代号)."""
    code = site.province.code
    return rng.choice((
        f"{site.paper}社出版|国内统一刊号：CN{code}—{vocab.digits(rng, 4)}|邮发代号：{rng.randint(1, 99)}—{rng.randint(1, 300)}",
        f"国内统一刊号：CN{code}-{vocab.digits(rng, 4)} 邮发代号：{rng.randint(1, 99)}-{rng.randint(1, 300)}",
        f"主管：{site.city}市委宣传部 主办：{site.paper}社 国内统一刊号：CN{code}-{vocab.digits(rng, 4)}",
        f"{site.paper} 国内统一刊号 CN{code}-{vocab.digits(rng, 4)}",
    ))


def footer_block(rng: random.Random, site: Site) -> list[str]:
    """The copyright part of a footer: a few of the line kinds above in a plausible order."""
    out: list[str] = []
    if site.kind == "gov" or rng.random() < 0.2:
        out.extend(sponsor_lines(rng, site))
    if rng.random() < 0.8:
        out.append(rights_line(rng, site))
    if rng.random() < 0.3:
        out.append(reprint_notice(rng, site))
    if rng.random() < 0.4:
        out.append(licence(rng, site))
    roll = rng.random()
    if roll < 0.3:
        glue = rng.choice(("  ", " ", "\u3000", " | "))
        out.append(f"{icp(rng, site)}{glue}{gongan(rng, site)}")
    elif roll < 0.8:
        out.append(icp(rng, site))
        if rng.random() < 0.5:
            out.append(gongan(rng, site))
    if rng.random() < 0.25:
        out.extend(badge_row(rng, site))
    if rng.random() < 0.3:
        out.append(report_line(rng, site))
    if rng.random() < 0.2:
        out.append(powered_by(rng, site))
    if site.kind == "news" and rng.random() < 0.1:
        out.append(publication_registration(rng, site))
    if rng.random() < 0.15:
        out.append(mixed_footer_row(rng, site))
    return out or [rights_line(rng, site)]


def mixed_footer_row(rng: random.Random, site: Site) -> str:
    """A footer row that mixes links with a copyright or ICP element: the rights part makes it copyright."""
    links = rng.sample(("关于我们", "联系我们", "广告服务", "网站地图", "隐私政策", "招聘信息", "意见反馈", "公司简介", "客户服务"),
                       rng.randint(2, 5))
    glue = rng.choice((" | ", "|", "  ", " "))
    right = rng.choice((rights_line(rng, site), icp(rng, site), f"©{_years(rng, site)} {site.owner}版权所有"))
    return glue.join([right, *links]) if rng.random() < 0.5 else glue.join([*links, right])
