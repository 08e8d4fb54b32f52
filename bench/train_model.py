"""Train a stand-in model for the benchmarks while no shipped model exists.

    python -m bench.train_model --out /work/bench-model/zhclean-line.joblib

It is fitted with the project's defaults on the real labelled pages (a few minutes on 2 cores) and
saved with its card, like the shipped model; speed does not depend on which pages it learnt from.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench._common import REAL_PAGES
from classifier.gold import read_gold
from classifier.model.persist import save_model
from classifier.train import fit_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=REAL_PAGES, help="gold JSONL to fit on")
    parser.add_argument("--out", type=Path, required=True, help="where to write the .joblib (card beside it)")
    args = parser.parse_args()
    started = time.perf_counter()
    model = fit_pages(list(read_gold(args.train)))
    card = save_model(model, args.out, {"name": "zhclean-bench", "trained_on": str(args.train)})
    print(f"wrote {args.out} ({card['size_bytes']} bytes) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
