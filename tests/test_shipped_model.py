"""The shipped model: it loads, predicts what its card recorded, and meets the dev bars.

The dev set (``shared/gold/seeds.jsonl``) is never trained on. The by-site held-out scores were
measured at training time by a model trained without those sites; the card records them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifier import default_model
from classifier.gold import read_gold
from classifier.model.persist import card_path, default_model_path
from classifier.train import score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_SET = SHARED / "gold" / "seeds.jsonl"

#: The bars of the classifier issue, which the shipped model does not reach yet (docs/model.md).
BARS = {"body_kept_per_page": 0.99, "junk_dropped_per_page": 0.95, "macro_f1": 0.85}
#: What the shipped model measured, rounded down: a model that scores below this is a regression.
#: Macro-F1 on these two small sets hangs on a few spam lines (5 on the dev set, 6 on the held-out
#: sites: one line moves it by up to 0.05), and per-page junk dropped on the held-out sites on one
#: page with 5 junk characters; the by-site CV over all 80 real pages (158 spam lines,
#: ``bench/model_cv.py``, docs/model.md) is the steadier measure of the recipe. Lowered on
#: 2026-12-02 for the model whose layout flag fires on invisible-only lines (docs/model.md): dev
#: macro-F1 0.848 -> 0.823 is one copyright line now called spam (dropped either way), held-out
#: junk dropped 0.894 -> 0.844 that one page's single 5-character line; the CV did not move.
#: Raised on 2026-12-03 for the model with the neighbour text in its context stage: dev macro-F1
#: 0.823 -> 0.848, held-out junk dropped 0.844 -> 0.852 and macro-F1 0.730 -> 0.737; and again
#: that day for the one that reads the line's own text there too: dev macro-F1 0.848 -> 0.918,
#: held-out body kept 0.863 -> 0.877, junk dropped 0.852 -> 0.906, macro-F1 0.737 -> 0.758.
#: Lowered on 2026-12-04 for the model trained with community threads among the generated pages:
#: dev macro-F1 0.918 -> 0.868 is one spam line ("更多关于 我对你有信心 的文章") now called navigation
#: (dropped either way), held-out junk dropped 0.906 -> 0.861 the 5-character page again (1.00 ->
#: 0.00; the other 19 pages moved both ways); held-out macro-F1 rose 0.758 -> 0.769.
#: Moved on 2026-12-07 for the model trained with loosely typed punctuation among the generated
#: pages: held-out body kept 0.875 -> 0.902 and macro-F1 0.769 -> 0.777 raised their floors,
#: junk dropped 0.861 -> 0.856 lowered its own (the reader comments of two programming pages,
#: learnku 0.75 -> 0.67 and 51cto 0.67 -> 0.63, more of them kept); the dev scores did not move.
DEV_FLOOR = {"body_kept_per_page": 0.99, "junk_dropped_per_page": 0.77, "macro_f1": 0.86}
HELD_OUT_FLOOR = {"body_kept_per_page": 0.90, "junk_dropped_per_page": 0.85, "macro_f1": 0.77}


def assert_at_least(scores: dict, floors: dict, where: str) -> None:
    for name, floor in floors.items():
        assert scores[name] >= floor, f"{where}: {name} = {scores[name]} < {floor}"


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads(card_path(default_model_path()).read_text(encoding="utf-8"))


def test_portable_shipped_model_predicts_what_its_card_recorded(card):
    check = card["portability_check"]
    (probs,) = default_model().predict_proba([check["lines"]])
    np.testing.assert_allclose(probs, np.array(check["probs"]), atol=1e-6)


def test_shipped_model_is_small(card):
    assert card["size_bytes"] < 50 * 2**20


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    if not DEV_SET.is_file():
        pytest.skip("shared/ dev set not beside the project")
    pages = list(read_gold(DEV_SET))
    return score(default_model(), pages).as_dict()


def test_shipped_model_does_not_regress_on_the_dev_set(dev_scores):
    assert_at_least(dev_scores, DEV_FLOOR, "dev set")


def test_held_out_site_scores_recorded_at_training_do_not_regress(card):
    assert_at_least(card["scores"]["real_heldout_by_site"], HELD_OUT_FLOOR, "held-out sites")


@pytest.mark.xfail(strict=True, reason="junk dropped 0.78 on the dev set: docs/model.md")
def test_shipped_model_meets_the_issue_bars_on_the_dev_set(dev_scores):
    assert_at_least(dev_scores, BARS, "dev set")


@pytest.mark.xfail(strict=True, reason="held-out sites: body kept 0.90, junk dropped 0.86: docs/model.md")
def test_held_out_site_scores_meet_the_issue_bars(card):
    assert_at_least(card["scores"]["real_heldout_by_site"], BARS, "held-out sites")


ENGLISH_PROSE = [
    "The city council approved the new budget on Tuesday, adding funds for schools.",
    "Officials said the plan would cut waiting times at hospitals by a third over two years.",
    "Opposition members argued that the tax increase would hurt small businesses in the region.",
    "The mayor, speaking after the vote, promised a review of spending in the spring.",
]


def test_shipped_model_keeps_english_prose_and_finds_the_copyright_line():
    # docs/cli.md says what other languages get: English menus are not reliably navigation, and
    # Korean prose is the documented exception (spam).
    page = ["Home | News | Sport | Contact", "Council approves budget", *ENGLISH_PROSE,
            "Copyright © 2024 Example News. All rights reserved."]
    (labels,) = default_model().predict([page])
    assert labels[2:-1] == ["body"] * len(ENGLISH_PROSE)
    assert labels[-1] == "copyright"


def test_shipped_model_labels_a_japanese_page_sensibly():
    page = ["ホーム > ニュース > 国内", "政府は火曜日、新しい予算案を閣議決定した。学校と道路の整備に重点を置く。",
            "Copyright © 2024 例新聞社 All Rights Reserved."]
    (labels,) = default_model().predict([page])
    assert labels == ["navigation", "body", "copyright"]


def test_shipped_model_keeps_lines_of_code():
    code = ["def main():", "    for line in sys.stdin:", "        print(line.strip())"]
    assert default_model().predict([code]) == [["body"] * 3]
