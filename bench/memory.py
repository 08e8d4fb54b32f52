"""Peak memory of ``zhclean clean`` as the input grows: it should stay flat.

    python -m bench.memory --model /work/bench-model/zhclean-line.joblib

Runs the CLI on the real pages copied 1x, 4x and 16x ``--copies`` (variant ``all-new`` by default:
no line repeats, so the line cache fills up to its bound), and reports the peak resident memory:
with ``--jobs 1`` the process's own high-water mark, with more jobs the peak of the summed RSS of
the main process and its workers, both sampled from /proc every 20 ms (``run_cli``). With more
jobs the peak of their summed PSS is printed too: the workers are forked from one server and
share the pages of its imports, which summed RSS counts once per process.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench._common import (
    VARIANTS,
    add_input_arguments,
    add_model_arguments,
    print_table,
    read_pages,
    replicate,
    run_cli,
    text_bytes,
    write_jsonl,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    add_input_arguments(parser, copies=1)
    parser.add_argument("--variant", choices=VARIANTS, default="all-new")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16], help="input sizes, in copies")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    base = read_pages(args.pages)
    model_flags = ["--model", str(args.model), *(["--trust-model"] if args.trust_model else [])]
    rows = []
    tree = args.jobs > 1  # workers: sum the tree's memory
    with tempfile.TemporaryDirectory() as tmp:
        for factor in args.factors:
            pages = replicate(base, args.copies * factor, args.variant)
            source = write_jsonl(pages, Path(tmp) / f"pages-{factor}.jsonl")
            output = Path(tmp) / "clean.jsonl"
            command = ["clean", str(source), "-o", str(output), "-q", "--jobs", str(args.jobs), *model_flags]
            timing = run_cli(command, sample_tree=tree)
            source.unlink()
            memory = [timing.peak_rss_mb, *([timing.peak_pss_mb] if tree else [])]
            rows.append([f"x{factor}", text_bytes(pages) / 1e6, len(pages), *memory, timing.wall])
    print(f"{args.variant}, --jobs {args.jobs}")
    print_table(["input", "MB", "pages", "peak RSS MB", *(["peak PSS MB"] if tree else []), "wall s"], rows)


if __name__ == "__main__":
    main()
