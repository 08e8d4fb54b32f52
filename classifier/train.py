"""Building the training set and rebuilding the shipped model from scratch.

``zhclean build-data`` writes the generated pages; ``zhclean train`` assembles generated pages and
the real labelled pages of ``shared/data/real``, scores a model trained without a held-out set of
sites on those sites, trains the shipped model on everything, scores it on the dev set (never
trained on) and writes the model with its card.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path

import sklearn

from .decide import join_kept
from .evaluate import Report, evaluate
from .features import LineFeaturizer
from .gold import GoldPage, read_gold, write_gold
from .labels import BODY
from .lines import is_blank, split_lines
from .model.line_classifier import LineClassifier
from .model.persist import save_model

#: Recipe of the shipped model; recorded in its card.
DEFAULT_GENERATED_PAGES = 3000
DEFAULT_SEED = 20261123
DEV_SITE_SHARE = 0.25
#: Share of generated pages also given as a cleaned copy (only their body lines).
CLEANED_COPY_SHARE = 0.1
#: Each real labelled page counts this many times a generated page (see docs/model.md).
REAL_PAGE_WEIGHT = 5.0
#: The rjieba word and word-pair block. Without it labelling is a quarter faster and the by-site
#: CV scores the same, but the 20 held-out sites lose 0.06 junk dropped and the dev set 0.003 body
#: kept (docs/model.md), so it stays; ``zhclean train --no-words`` trains without it.
USE_WORDS = True
#: The neighbouring lines' text in the context stage (classifier/features/neighbour_text.py): the
#: one context feature that raised body kept and junk dropped together with both seeds of the
#: by-site CV (docs/model.md); ``zhclean train --no-neighbour-text`` trains without it.
NEIGHBOUR_TEXT = True
#: With it, the line's own text as well, through weights of the context stage's own: the stage
#: learns where stage 1, trained on other pages, goes wrong (docs/model.md); ``zhclean train
#: --no-own-text`` trains without it.
OWN_TEXT = True
#: The page whose predictions the card records, to check the model file predicts the same
#: under every supported scikit-learn version.
PORTABILITY_PAGE = Path(__file__).resolve().parent.parent / "data" / "sample" / "page.txt"


def generated_pages(n_pages: int, seed: int) -> list[GoldPage]:
    """The project's own generated pages (needs the ``train`` extra: snownlp, OpenCC)."""
    from .data import generate_pages

    return generate_pages(n_pages, seed=seed)


def build_data(out_path: str | Path, n_pages: int = DEFAULT_GENERATED_PAGES, seed: int = DEFAULT_SEED) -> int:
    """Write ``n_pages`` generated pages as gold JSONL; returns the number written."""
    return write_gold(generated_pages(n_pages, seed), out_path)


def cleaned_copy(page: GoldPage) -> GoldPage:
    """The page as zhclean would leave it if every label were right: only its body lines, with
    paragraph breaks. Training on such pages teaches the model that text which is already clean
    stays whole, which users rely on (extractor output as input) and which makes ``clean``
    idempotent without losing lines."""
    kept = join_kept(page.texts, page.labels, [label == BODY for label in page.labels])
    labels = [None if is_blank(line) else BODY for line in kept]
    return GoldPage(id=f"{page.id}-cleaned", texts=kept, labels=labels, meta=dict(page.meta))


def with_cleaned_copies(pages: Sequence[GoldPage], share: float, seed: int) -> list[GoldPage]:
    """``pages`` plus a cleaned copy of a random ``share`` of those that have body lines."""
    rng = random.Random(seed)
    copies = [cleaned_copy(p) for p in pages if BODY in p.labels and rng.random() < share]
    return [*pages, *copies]


def split_by_site(pages: Sequence[GoldPage], seed: int, dev_share: float = DEV_SITE_SHARE):
    """Split real pages into (train, dev) so that no site has pages on both sides."""
    sites = sorted({page.meta.get("site", page.id) for page in pages})
    random.Random(seed).shuffle(sites)
    dev_sites = set(sites[: max(1, round(len(sites) * dev_share))])
    train = [p for p in pages if p.meta.get("site", p.id) not in dev_sites]
    dev = [p for p in pages if p.meta.get("site", p.id) in dev_sites]
    return train, dev


def fit_pages(
    pages: Sequence[GoldPage], real_weight: float = REAL_PAGE_WEIGHT, words: bool = USE_WORDS, **params
) -> LineClassifier:
    """Fit a model; real labelled pages (any ``source`` but ``generated``) get ``real_weight``;
    ``words`` adds the word block to the features (unless ``params`` gives a ``featurizer``);
    the context stage reads the neighbouring lines' text, and the line's own, unless ``params``
    says otherwise."""
    weights = [1.0 if page.meta.get("source") == "generated" else real_weight for page in pages]
    texts, labels = [p.texts for p in pages], [p.labels for p in pages]
    params.setdefault("featurizer", LineFeaturizer(use_words=words))
    params.setdefault("neighbour_text", NEIGHBOUR_TEXT)
    params.setdefault("own_text", OWN_TEXT and params["neighbour_text"])
    return LineClassifier(**params).fit(texts, labels, page_weight=weights)


def score(model: LineClassifier, pages: Sequence[GoldPage]) -> Report:
    """Scores of what users get: labels after cleaning to a fixed point (``classify_pages``)."""
    from .api import classify_pages

    return evaluate(pages, [r.labels for r in classify_pages([p.texts for p in pages], model=model)])


def train_model(
    out_path: str | Path,
    *,
    real_path: str | Path | None,
    dev_paths: Sequence[str | Path] = (),
    generated: str | Path | int = DEFAULT_GENERATED_PAGES,
    seed: int = DEFAULT_SEED,
    words: bool = USE_WORDS,
    neighbour_text: bool = NEIGHBOUR_TEXT,
    own_text: bool = OWN_TEXT,
    log=print,
) -> dict:
    """Rebuild a model from scratch and save it with its card; returns the card.

    ``generated`` is either a gold JSONL file written by :func:`build_data` or a number of pages
    to generate with ``seed``. ``words`` adds the word block to the features, ``neighbour_text``
    the neighbouring lines' text to the context stage, ``own_text`` (with it) the line's own.
    """
    started = time.time()
    if isinstance(generated, int):
        synthetic = generated_pages(generated, seed) if generated else []
        recipe = {"generated_pages": generated, "seed": seed}
    else:
        synthetic = list(read_gold(generated))
        recipe = {"generated_file": str(generated), "generated_pages": len(synthetic), "seed": seed}
    synthetic = with_cleaned_copies(synthetic, CLEANED_COPY_SHARE, seed)
    recipe["cleaned_copy_share"] = CLEANED_COPY_SHARE
    recipe["word_features"] = words
    recipe["neighbour_text"] = neighbour_text
    own_text = own_text and neighbour_text
    recipe["own_text"] = own_text
    real = list(read_gold(real_path)) if real_path else []
    from . import __version__

    card: dict = {"name": "zhclean-line", "version": __version__, "recipe": recipe, "scores": {}}
    card["real_pages"] = len(real)

    if real:
        real_train, real_dev = split_by_site(real, seed)
        log(f"held-out split: {len(real_train)} real pages for training, {len(real_dev)} held out by site")
        held_out_model = fit_pages(
            [*synthetic, *real_train], words=words, neighbour_text=neighbour_text, own_text=own_text
        )
        card["scores"]["real_heldout_by_site"] = score(held_out_model, real_dev).as_dict()
        card["heldout_pages"] = sorted(p.id for p in real_dev)

    pages = [*synthetic, *real]
    log(f"training on {len(pages)} pages")
    model = fit_pages(pages, words=words, neighbour_text=neighbour_text, own_text=own_text)
    card["training_pages"] = len(pages)
    card["training_lines"] = sum(1 for p in pages for y in p.labels if y is not None)
    for dev_path in dev_paths:
        card["scores"][Path(dev_path).name] = score(model, list(read_gold(dev_path))).as_dict()
    card["sklearn_version_trained"] = sklearn.__version__
    card["real_page_weight"] = REAL_PAGE_WEIGHT
    if PORTABILITY_PAGE.is_file():
        lines = split_lines(PORTABILITY_PAGE.read_text(encoding="utf-8"))
        probs = model.predict_proba([lines])[0]
        card["portability_check"] = {"lines": lines, "probs": probs.round(8).tolist()}
    card["train_seconds"] = round(time.time() - started, 1)
    return save_model(model, out_path, card)
