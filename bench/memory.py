"""Peak memory of ``zhclean clean`` as the input grows: it should stay flat.

    python -m bench.memory --model /work/bench-model/zhclean-line.joblib

Runs the CLI on the real pages copied 1x, 4x and 16x ``--copies`` (variant ``all-new`` by default:
no line repeats, so the line cache fills up to its bound), and reports the peak resident memory:
with ``--jobs 1`` the process's own high-water mark, with more jobs the peak of the summed RSS of
the main process and its workers, both sampled from /proc every 20 ms (``run_cli``). With more
jobs the peak of their summed PSS is printed too: the workers are forked from one server and
share the pages of its imports, which summed RSS counts once per process.

With ``--long-page LINES ...`` the input is the real pages and one page more of that many lines
(theirs, round after round), as a whole dump read without ``--split`` would be. With
``--long-lines`` the pages are instead pages of 20 lines of 9,000 characters each, cut from the
real pages' text (75 pages a copy): the peak should stay flat as with the real pages. With
``--long-line MB ...`` the input is instead the real pages and one page more whose text is a
single line of that many megabytes (the real pages' text over and over, each round numbered): the
peak should grow by a small multiple of the line, whose text the process has to hold, not by the
tens of bytes a character that featurising it whole would take.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench._common import (
    VARIANTS,
    Page,
    add_input_arguments,
    add_model_arguments,
    print_table,
    read_pages,
    replicate,
    run_cli,
    text_bytes,
    write_jsonl,
)
from classifier.gold import GoldPage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    add_input_arguments(parser, copies=1)
    parser.add_argument("--variant", choices=VARIANTS, default="all-new")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16], help="input sizes, in copies")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--long-line",
        type=float,
        nargs="+",
        metavar="MB",
        help="instead of --factors: the real pages and a page of one line of MB megabytes",
    )
    parser.add_argument(
        "--long-page",
        type=int,
        nargs="+",
        metavar="LINES",
        help="instead of --factors: the real pages and a page of LINES lines (theirs, round after round)",
    )
    parser.add_argument(
        "--long-lines",
        action="store_true",
        help="instead of the real pages: pages of 20 lines of 9,000 characters cut from them, 75 per copy",
    )
    args = parser.parse_args()
    base = read_pages(args.pages)
    model_flags = ["--model", str(args.model), *(["--trust-model"] if args.trust_model else [])]
    rows = []
    tree = args.jobs > 1  # workers: sum the tree's memory
    if args.long_line:
        inputs = [
            (f"{mb:g} MB line", replicate(base, 1) + [long_line_page(base, mb)]) for mb in args.long_line
        ]
        title = "the real pages and one long line"
    elif args.long_page:
        inputs = [(f"{n:,} lines", replicate(base, 1) + [long_page(base, n)]) for n in args.long_page]
        title = "the real pages and one long page"
    elif args.long_lines:
        inputs = [(f"x{factor}", long_line_pages(base, 75 * args.copies * factor)) for factor in args.factors]
        title = "pages of 9,000-character lines"
    else:
        inputs = [
            (f"x{factor}", replicate(base, args.copies * factor, args.variant)) for factor in args.factors
        ]
        title = args.variant
    with tempfile.TemporaryDirectory() as tmp:
        for name, pages in inputs:
            source = write_jsonl(pages, Path(tmp) / "pages.jsonl")
            output = Path(tmp) / "clean.jsonl"
            command = ["clean", str(source), "-o", str(output), "-q", "--jobs", str(args.jobs), *model_flags]
            timing = run_cli(command, sample_tree=tree)
            source.unlink()
            memory = [timing.peak_rss_mb, *([timing.peak_pss_mb] if tree else [])]
            rows.append([name, text_bytes(pages) / 1e6, len(pages), *memory, timing.wall])
    print(f"{title}, --jobs {args.jobs}")
    print_table(["input", "MB", "pages", "peak RSS MB", *(["peak PSS MB"] if tree else []), "wall s"], rows)


def joined_text(pages: Sequence[GoldPage]) -> str:
    """All the pages' text as one string, each line stripped: what the long inputs are cut from."""
    return "".join(line.strip() for page in pages for line in page.texts)


def long_line_pages(pages: Sequence[GoldPage], n_pages: int, seed: int = 0) -> list[Page]:
    """``n_pages`` pages of 20 lines of 9,000 characters, each line cut from the pages' text at a
    random place (so no line repeats): long lines under the features' cut-off, and pages of 180,000
    characters, so that a batch of them holds 23 M characters."""
    text = joined_text(pages)
    rng = random.Random(seed)
    starts = [[rng.randrange(len(text) - 9000) for _ in range(20)] for _ in range(n_pages)]
    return [(f"long-{i}", [text[a : a + 9000] for a in page]) for i, page in enumerate(starts)]


def long_page(pages: Sequence[GoldPage], n_lines: int) -> Page:
    """A page of ``n_lines`` lines: the pages' lines one after another, each round's numbered, as a
    whole dump read as one page would be."""
    lines = [line for page in pages for line in page.texts]
    return ("long-page", [f"{lines[i % len(lines)]}（{i // len(lines)}）" for i in range(n_lines)])


def long_line_page(pages: Sequence[GoldPage], megabytes: float) -> Page:
    """A page of one line of about ``megabytes`` MB of UTF-8: the pages' text, round after round."""
    text = joined_text(pages)
    rounds, size, k = [], 0, 0
    while size < megabytes * 1e6:
        piece = f"{text}（{k}）"
        rounds.append(piece)
        size += len(piece.encode("utf-8"))
        k += 1
    return ("long-line", ["".join(rounds)])


if __name__ == "__main__":
    main()
