"""By-site cross-validation of the model on the real labelled pages, as used in docs/model.md.

    python -m bench.model_cv --generated data/generated/pages.jsonl
    python -m bench.model_cv --pages 3000 --no-context          # what the context stage adds
    python -m bench.model_cv --alpha 1e-6                       # another stage-1 penalty

The real pages of ``shared/data/real`` are split into folds by site (no site on both sides of a
fold); every training fold also gets all generated pages. Every real page is predicted by a model
that never saw its site, and the pooled predictions are scored, at several body thresholds. The
dev set (``shared/gold/seeds.jsonl``) is scored with the first fold's model, for reference only:
it is never trained on.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from classifier.decide import decide_labels
from classifier.evaluate import evaluate, format_report
from classifier.gold import read_gold
from classifier.train import (
    CLEANED_COPY_SHARE,
    DEFAULT_SEED,
    NEIGHBOUR_TEXT,
    OWN_TEXT,
    REAL_PAGE_WEIGHT,
    USE_WORDS,
    fit_pages,
    generated_pages,
    with_cleaned_copies,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--generated", help="generated pages (gold JSONL from zhclean build-data)")
    source.add_argument("--pages", type=int, default=3000, help="generate this many pages instead")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--real", default=str(SHARED / "data" / "real" / "pages.jsonl"))
    parser.add_argument("--dev", default=str(SHARED / "gold" / "seeds.jsonl"))
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--real-weight", type=float, default=REAL_PAGE_WEIGHT)
    parser.add_argument("--no-context", action="store_true", help="stage 1 only")
    parser.add_argument("--alpha", type=float, help="stage-1 L2 penalty (default: LineClassifier's)")
    words_help = "the rjieba word block (default: the recipe's)"
    parser.add_argument("--words", action=argparse.BooleanOptionalAction, default=USE_WORDS, help=words_help)
    neighbour_help = "the neighbouring lines' text in the context stage (default: the recipe's)"
    parser.add_argument(
        "--neighbour-text", action=argparse.BooleanOptionalAction, default=NEIGHBOUR_TEXT, help=neighbour_help
    )
    own_help = "with it, the line's own text in the context stage too (default: the recipe's)"
    parser.add_argument("--own-text", action=argparse.BooleanOptionalAction, default=OWN_TEXT, help=own_help)
    parser.add_argument("--cleaned-share", type=float, default=CLEANED_COPY_SHARE)
    thresholds_help = "none: the most probable label; page: each page's own threshold"
    parser.add_argument("--thresholds", default="none,page,0.4,0.3,0.2", help=thresholds_help)
    parser.add_argument(
        "--predictions", metavar="FILE",
        help="write every real page's out-of-fold labels and probabilities here (JSONL), for error analysis",
    )
    args = parser.parse_args()

    synthetic = list(read_gold(args.generated)) if args.generated else generated_pages(args.pages, args.seed)
    synthetic = with_cleaned_copies(synthetic, args.cleaned_share, args.seed)
    real = list(read_gold(args.real))
    dev = list(read_gold(args.dev)) if Path(args.dev).is_file() else []
    sites = sorted({page.meta["site"] for page in real})
    random.Random(1).shuffle(sites)
    fold_of = {site: i % args.folds for i, site in enumerate(sites)}

    real_probs, real_line_probs, dev_probs = [], [], []
    started = time.time()
    for fold in range(args.folds):
        train = [p for p in real if fold_of[p.meta["site"]] != fold]
        test = [p for p in real if fold_of[p.meta["site"]] == fold]
        params = {"context": not args.no_context, "neighbour_text": args.neighbour_text}
        params["own_text"] = args.own_text and args.neighbour_text and not args.no_context
        params |= {} if args.alpha is None else {"alpha": args.alpha}
        model = fit_pages([*synthetic, *train], real_weight=args.real_weight, words=args.words, **params)
        line_probs, probs = model.line_and_context_proba([p.texts for p in test])
        real_probs += zip(test, probs)
        real_line_probs += line_probs
        if fold == 0 and dev:
            dev_probs = list(zip(dev, model.predict_proba([p.texts for p in dev])))
        print(f"fold {fold} done after {time.time() - started:.0f} s", flush=True)

    def report(pairs, threshold):
        labels = [decide_labels(probs, p.texts, threshold) for p, probs in pairs]
        return evaluate([p for p, _ in pairs], labels)

    def scores(pairs, threshold) -> str:
        r = report(pairs, threshold)
        return f"{r.macro_f1:>9.3f}{r.body_kept_per_page:>10.3f}{r.junk_dropped_per_page:>13.3f}"

    print("per page:    real: macro-F1 body-kept junk-dropped   dev: macro-F1 body-kept junk-dropped")
    for name in args.thresholds.split(","):
        threshold = None if name == "none" else name if name == "page" else float(name)
        dev_scores = scores(dev_probs, threshold) if dev_probs else ""
        print(f"threshold {name:>5} {scores(real_probs, threshold)}      {dev_scores}")
    print(format_report(report(real_probs, None), "real pages, by-site CV, argmax"))
    if args.predictions:
        write_predictions(real_probs, real_line_probs, fold_of, Path(args.predictions))


def write_predictions(pairs, line_probs, fold_of: dict[str, int], path: Path) -> None:
    """One JSON page per line: the gold page's id, site and fold, and per line its text, gold label,
    predicted label (most probable), the four probabilities and stage 1's four (``line_probs``, the
    line alone, before the context stage revised them)."""

    def rounded(row) -> list[float]:
        return [round(float(x), 4) for x in row]

    with path.open("w", encoding="utf-8") as out:
        for (page, probs), page_line_probs in zip(pairs, line_probs):
            predicted = decide_labels(probs, page.texts, None)
            lines = [
                {
                    "text": text,
                    "label": gold,
                    "predicted": label,
                    "probs": None if label is None else rounded(row),
                    "line_probs": None if label is None else rounded(line_row),
                }
                for text, gold, label, row, line_row in zip(
                    page.texts, page.labels, predicted, probs, page_line_probs
                )
            ]
            site = page.meta["site"]
            record = {"id": page.id, "site": site, "fold": fold_of[site], "lines": lines}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
