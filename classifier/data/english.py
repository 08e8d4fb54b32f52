"""English and mixed-language lines that Chinese articles print as part of their text (all `body`).

Chinese articles quote English speakers, name products ("iPhone 15 Pro", "Model Y"), print English
subtitles and abbreviations. None of that makes a line navigation or spam, so the model has to see
English inside body text. Sentences are built combinatorially from our own word lists.
"""

from __future__ import annotations

import random

SUBJECTS: tuple[str, ...] = (
    "We", "Our team", "The company", "This project", "The new policy", "The city", "Young people", "Local residents",
    "The market", "Our partners", "The government", "Every student", "The research team", "Small businesses",
    "The industry", "Our customers", "The next generation", "China's economy", "The community", "Scientists",
    "The organizers", "Many families", "The platform", "Our engineers", "The university", "Farmers in the region",
)
MODALS: tuple[str, ...] = (
    "will continue to", "is expected to", "has decided to", "needs to", "aims to", "is working hard to", "hopes to",
    "will try to", "plans to", "must", "can", "should", "is ready to", "has managed to", "is committed to", "wants to",
)
VERBS: tuple[str, ...] = (
    "invest in", "improve", "expand", "support", "reduce the cost of", "protect", "rethink", "build", "focus on",
    "open up", "learn more about", "share", "develop", "strengthen", "make the most of", "take care of", "explore",
    "pay more attention to", "speed up", "upgrade", "promote", "welcome", "deliver", "understand",
)
OBJECTS: tuple[str, ...] = (
    "research and development", "the quality of life", "green energy", "public services", "the local economy",
    "international cooperation", "digital infrastructure", "new opportunities", "the environment", "our products",
    "education for all", "the supply chain", "clean water", "the health care system", "cultural exchanges",
    "affordable housing", "rural tourism", "artificial intelligence", "the user experience", "small towns",
    "the old traditions", "this beautiful city", "their ideas", "the data", "the next step", "long-term growth",
)
ENDINGS: tuple[str, ...] = (
    "", "", "", " in the coming years", " next year", " as soon as possible", " over the long term", " at all levels",
    " together", " step by step", " around the world", " in China", " this summer", " for everyone", " every day",
)
SHORT_QUOTES: tuple[str, ...] = (
    "Practice makes perfect.", "Less is more.", "Stay hungry, stay foolish.", "Time is money.", "Keep it simple.",
    "Knowledge is power.", "Actions speak louder than words.", "Better late than never.", "No pain, no gain.",
    "Every cloud has a silver lining.", "Where there is a will, there is a way.", "Life is short.", "Just do it.",
    "Seeing is believing.", "Hello, world!", "Thank you very much.", "It's amazing!", "I love China.",
)

PRODUCT_BRANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Apple", ("iPhone {n} Pro", "iPhone {n}", "iPad Air", "MacBook Pro", "Apple Watch Series {n}", "AirPods Pro")),
    ("华为", ("Mate {n}0", "P{n}0 Pro", "nova {n}", "MatePad Pro", "FreeBuds {n}", "Watch GT {n}")),
    ("小米", ("Redmi Note {n}", "Xiaomi {n}", "MIX Fold {n}", "SU7", "Pad {n}")),
    ("特斯拉", ("Model 3", "Model Y", "Model S", "Cybertruck")),
    ("索尼", ("PlayStation {n}", "WH-1000XM{n}", "Alpha 7 IV", "Xperia {n}")),
    ("任天堂", ("Switch", "Switch OLED", "Switch 2")),
    ("微软", ("Surface Pro {n}", "Xbox Series X", "Windows 11", "Copilot", "Office 365")),
    ("联想", ("ThinkPad X1 Carbon", "Yoga {n}", "Legion Y{n}000P", "ThinkBook {n}")),
    ("大疆", ("Mavic {n} Pro", "Mini {n}", "Osmo Pocket {n}", "Avata")),
    ("佳能", ("EOS R{n}", "EOS {n}D", "PowerShot G7 X")),
    ("OpenAI", ("ChatGPT", "GPT-{n}", "Sora")),
    ("Google", ("Android {n}", "Pixel {n}", "Gemini", "Chrome")),
    ("宝马", ("iX{n}", "X{n}", "i{n}")),
    ("比亚迪", ("汉EV", "秦PLUS DM-i", "海豹", "元PLUS")),
    ("Adobe", ("Photoshop", "Premiere Pro", "Lightroom")),
)
ABBREVIATIONS: tuple[str, ...] = (
    "GDP", "CPI", "PMI", "AI", "5G", "APP", "CEO", "NBA", "WTO", "IPO", "ESG", "VR", "AR", "NGO", "GPS", "MBA", "IT",
    "LED", "PM2.5", "ETC", "KPI", "UP主", "Wi-Fi", "USB-C", "OLED", "SUV", "MPV", "WHO", "APEC", "RCEP",
)


def sentence(rng: random.Random) -> str:
    """One plain English sentence ("The city is expected to improve public services next year.")."""
    if rng.random() < 0.12:
        return rng.choice(SHORT_QUOTES)
    text = f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(ENDINGS)}"
    return text + rng.choice((".", ".", ".", "!", ""))


def paragraph(rng: random.Random, low: int = 1, high: int = 3) -> str:
    """A few English sentences in a row."""
    return " ".join(sentence(rng).rstrip() for _ in range(rng.randint(low, high)))


def product(rng: random.Random) -> str:
    """A product name as Chinese articles print it ("华为 Mate 60", "Apple iPhone 15 Pro")."""
    brand, models = rng.choice(PRODUCT_BRANDS)
    model = rng.choice(models).format(n=rng.randint(2, 16))
    roll = rng.random()
    if roll < 0.4:
        return model
    return f"{brand}{rng.choice(('', ' '))}{model}"


def quote_line(rng: random.Random, name: str) -> str:
    """An English quote printed in a Chinese article, alone or with the speaker and a translation."""
    text = sentence(rng)
    roll = rng.random()
    if roll < 0.35:
        return f"“{text}”"
    if roll < 0.55:
        return f"\"{text}\" {name}说。"
    if roll < 0.75:
        return f"{name}用英语说：“{text}”"
    if roll < 0.9:
        return text
    return f"—— {text}"


def mixed_sentence(rng: random.Random, chinese: str) -> str:
    """A real Chinese sentence with a product name or abbreviation pushed in after its first clause."""
    cut = max(chinese.find("，"), chinese.find(","))
    word = product(rng) if rng.random() < 0.6 else rng.choice(ABBREVIATIONS)
    glue = rng.choice((f"，{word}", f"（{word}）", f" {word} ", f"，包括{word}在内，", f"，以{word}为例，"))
    if cut <= 0:
        return f"{word} {chinese}" if rng.random() < 0.5 else chinese.rstrip("。") + glue.rstrip("，") + "。"
    return chinese[:cut] + glue + chinese[cut + 1 :]
