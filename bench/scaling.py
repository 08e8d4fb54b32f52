"""``zhclean clean --jobs 1`` against ``--jobs 2`` on the same file: speed-up, and identical output.

    python -m bench.scaling --model /work/bench-model/zhclean-line.joblib

The input is the real pages copied ``--copies`` times (``--variant``, see ``bench._common``). The
speed-up is the ratio of wall times (best of ``--repeat``); the two outputs must be byte for byte
the same, which also shows that ``--jobs`` keeps the input order. Each run also pays fixed costs
(imports, worker start-up) that a long crawl does not notice, so every job count also runs on a
quarter of the input, and the "steady" speed-up divides the time differences: the speed-up of
the labelling itself.

The machine is shared: how much of N cores a run gets changes from minute to minute. So the same
run also times a pure CPU-bound loop in one process and in N at once (best of ``--repeat``, before
and after the zhclean runs): that ratio is the ceiling any ``--jobs N`` could reach right then.
That loop touches almost no memory, and labelling does (the model's weights are read at random
places), so N processes labelling at once can slow each other down where the loop does not. The
ceiling of this work itself is measured too: the input cut into N parts, one ``--jobs 1`` run per
part, all N at once (no workers, no traffic between processes), against one ``--jobs 1`` run on
the whole input.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import (
    VARIANTS,
    add_input_arguments,
    add_model_arguments,
    best_of,
    print_table,
    read_pages,
    replicate,
    run_cli,
    start_cli,
    text_bytes,
    write_jsonl,
)

_SPIN = "s = 0\nfor i in range(20_000_000): s += i"


def spin_speedup(processes: int, repeat: int) -> float:
    """How many times the work of one process ``processes`` CPU-bound processes get done at once."""

    def wall(n: int) -> float:
        started = time.perf_counter()
        running = [subprocess.Popen([sys.executable, "-c", _SPIN]) for _ in range(n)]
        for process in running:
            process.wait()
        return time.perf_counter() - started

    alone = min(wall(1) for _ in range(repeat))
    together = min(wall(processes) for _ in range(repeat))
    return processes * alone / together


def runs_at_once(commands: list[list[str]]) -> float:
    """Wall time of the CLI ``commands`` run at the same time, each in its own process."""
    started = time.perf_counter()
    running = [start_cli(args) for args in commands]
    for args, process in zip(commands, running):
        if process.wait() != 0:
            raise SystemExit(f"zhclean {' '.join(args)} exited with {process.returncode}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    add_input_arguments(parser, copies=16)
    parser.add_argument("--variant", choices=VARIANTS, default="new-articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts to compare")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = read_pages(args.pages)
    model_flags = ["--model", str(args.model), *(["--trust-model"] if args.trust_model else [])]
    rows, outputs, walls = [], [], {}
    most = max(args.jobs)
    ceiling_before = spin_speedup(most, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (args.copies // 4, args.copies):
            pages = replicate(base, copies, args.variant)
            size = text_bytes(pages)
            source = write_jsonl(pages, Path(tmp) / f"pages-{copies}.jsonl")
            for jobs in args.jobs:
                output = Path(tmp) / f"clean-{copies}-{jobs}.jsonl"
                command = ["clean", str(source), "-o", str(output), "-q", "--jobs", str(jobs), *model_flags]
                walls[copies, jobs] = best_of(args.repeat, run_cli, command).wall
                if copies == args.copies:
                    outputs.append(output)
        same = all(filecmp.cmp(outputs[0], other, shallow=False) for other in outputs[1:])
        # The work's own ceiling: the largest input (`pages`, the loop's last) in `most` parts, one
        # --jobs 1 run each, all at once.
        parts = [write_jsonl(pages[k::most], Path(tmp) / f"part-{k}.jsonl") for k in range(most)]
        part_runs = [["clean", str(p), "-o", os.devnull, "-q", "--jobs", "1", *model_flags] for p in parts]
        parts_wall = min(runs_at_once(part_runs) for _ in range(args.repeat))
    ceiling_after = spin_speedup(most, args.repeat)
    small, large, first = args.copies // 4, args.copies, args.jobs[0]
    for jobs in args.jobs:
        steady = (walls[large, first] - walls[small, first]) / (walls[large, jobs] - walls[small, jobs])
        wall = walls[large, jobs]
        rows.append([f"--jobs {jobs}", wall, size / wall / 1e6, walls[large, first] / wall, steady])
    print(f"{args.variant}: real pages x{args.copies}, {size / 1e6:.1f} MB, {len(pages)} pages")
    print_table(["", "wall s", "MB/s wall", "speed-up", f"steady speed-up (x{small} to x{large})"], rows)
    print(
        f"machine: {most} CPU-bound processes at once did {ceiling_before:.2f}x the work of one before"
        f" these runs, {ceiling_after:.2f}x after (the ceiling for --jobs {most} right then)"
    )
    work_ceiling = walls[large, 1] / parts_wall if (large, 1) in walls else float("nan")
    print(
        f"labelling itself: {most} --jobs 1 runs at once, on 1/{most} of the input each, did"
        f" {work_ceiling:.2f}x the work of one --jobs 1 run on all of it"
        f" (the ceiling for --jobs {most} on this work)"
    )
    print("outputs identical (same records in the same order):", "yes" if same else "NO")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
