"""What the benchmark scripts share: the input pages, timing, and running the CLI.

The scripts run from the repository root as modules (``python -m bench.throughput``), so the
``classifier`` package is imported from the working tree, installed or not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from classifier.gold import GoldPage, read_gold
from classifier.lines import is_blank

ROOT = Path(__file__).resolve().parents[1]
REAL_PAGES = ROOT.parent / "shared" / "data" / "real" / "pages.jsonl"
SHIPPED_MODEL = ROOT / "models" / "zhclean-line.joblib"  # the shipped model, installed or not

Page = tuple[str, list[str]]  # id, lines


def add_model_arguments(parser) -> None:
    parser.add_argument(
        "--model",
        type=Path,
        default=SHIPPED_MODEL,
        help="zhclean model (default: the shipped one; bench/train_model.py makes a stand-in)",
    )
    parser.add_argument("--trust-model", action="store_true", help="load a model whose card does not match")


def add_input_arguments(parser, copies: int = 8) -> None:
    parser.add_argument("--pages", type=Path, default=REAL_PAGES, help="gold JSONL pages to replicate")
    parser.add_argument("--copies", type=int, default=copies, help=f"copies of the pages (default {copies})")


def read_pages(path: Path) -> list[GoldPage]:
    return list(read_gold(path))


#: How the copies of the benchmark pages differ: ``repeated``, not at all (mirrored pages: every
#: line repeats); ``new-articles``, each copy's body lines are new and its menus and footers are the
#: same (a crawl of more articles of the same sites); ``all-new``, no line ever repeats (the worst
#: case for the caches); ``emoji``, as ``all-new`` with an emoji in every fifth line (social media
#: and forum text: code points above U+FFFF took slower paths than the rest until 2026-12-08);
#: ``posts``, as ``all-new`` with every non-blank line a page of its own (a dump of short posts or
#: comments, one record each: what costs per page, not per line).
VARIANTS = ("repeated", "new-articles", "all-new", "emoji", "posts")


def replicate(pages: Sequence[GoldPage], copies: int, variant: str = "repeated") -> list[Page]:
    """``copies`` copies of ``pages`` in a row; in copy ``k > 0`` the lines the variant makes new
    end in ``（k）``; with ``emoji``, every fifth line of every copy, unless blank, starts with one of
    U+1F600-1F64F; with ``posts``, each non-blank line is a page."""
    out = []
    for k in range(copies):
        for page in pages:
            lines = list(page.texts)
            if variant == "posts":
                posts = [f"{line}（{k}）" if k else line for line in lines if not is_blank(line)]
                out.extend((f"{page.id}#{k}.{i}", [post]) for i, post in enumerate(posts))
                continue
            if k and variant != "repeated":
                new = {"body"} if variant == "new-articles" else {"body", "copyright", "navigation", "spam"}
                lines = [
                    f"{line}（{k}）" if label in new else line for line, label in zip(lines, page.labels)
                ]
            if variant == "emoji":
                lines = [
                    f"{chr(0x1F600 + (i + k) % 80)}{line}" if i % 5 == 0 and not is_blank(line) else line
                    for i, line in enumerate(lines)
                ]
            out.append((f"{page.id}#{k}", lines))
    return out


def text_bytes(pages: Sequence[Page]) -> int:
    """The throughput denominator: UTF-8 bytes of the page texts (lines joined by ``\\n``)."""
    return sum(len("\n".join(lines).encode("utf-8")) for _, lines in pages)


def non_blank_lines(pages: Sequence[Page]) -> list[str]:
    return [line for _, lines in pages for line in lines if not is_blank(line)]


def write_jsonl(pages: Sequence[Page], path: Path) -> Path:
    """The pages as the CLI's JSONL input: one ``{"id", "text"}`` object per line."""
    with open(path, "w", encoding="utf-8") as handle:
        for page_id, lines in pages:
            handle.write(json.dumps({"id": page_id, "text": "\n".join(lines)}, ensure_ascii=False) + "\n")
    return path


@dataclass
class Timing:
    wall: float  # seconds
    cpu: float  # user + system seconds of this process (in-process) or of the child tree (CLI)
    peak_rss_mb: float = 0.0
    #: With ``run_cli(sample_tree=True)``: the peak of the tree's summed proportional set size, in
    #: which a page shared by several processes (the fork server's imports, in every worker) counts
    #: once in all, split between them; summed RSS counts it in each.
    peak_pss_mb: float = 0.0


def best_of(repeat: int, run: Callable[..., Timing], *args) -> Timing:
    """The fastest of ``repeat`` runs of ``run(*args)``: other processes on a shared machine only
    ever slow a run down."""
    return min((run(*args) for _ in range(repeat)), key=lambda t: t.wall)


def time_call(function: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "classifier", *args]


def start_cli(args: Sequence[str]) -> subprocess.Popen:
    """The CLI started on ``args`` from the checkout, its output thrown away."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(cli_command(*args), cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def _tree_memory_kb(root: int) -> tuple[int, int]:
    """Resident memory of ``root`` and all its descendants, from /proc (0 once they are gone):
    summed RSS and summed proportional set size."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
        except OSError:  # the process ended meanwhile
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    rss = pss_total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as statm:
                rss += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
            pss_total += _pss_kb(pid)
        except OSError:
            continue
    return rss, pss_total


def _pss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def _peak_rss_kb(pid: int) -> int:
    """The high-water mark of ``pid``'s resident memory since it started its program (0 once gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_cli(args: Sequence[str], *, sample_tree: bool = False) -> Timing:
    """Run the CLI to completion; wall time, CPU time and peak RSS.

    ``wait4`` reports the child's CPU time including its worker processes. Its peak RSS cannot be
    used: the child is spawned by vfork, and Linux carries the parent's resident size over into the
    child's ``ru_maxrss`` when it execs (a benchmark holding 600 MB saw 614 MB for a 108 MB run). So
    the child's own high-water mark (``VmHWM``) is read from /proc every 20 ms instead; with
    ``sample_tree`` the peak of the whole tree's summed RSS (main process plus workers) as well,
    and the larger is reported, and the peak of its summed PSS (``Timing.peak_pss_mb``).
    """
    started = time.perf_counter()
    child = start_cli(args)
    peak_kb = peak_pss_kb = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_kb, peak_pss_kb
        while not done.wait(0.02):
            rss, pss = _tree_memory_kb(child.pid) if sample_tree else (0, 0)
            peak_kb = max(peak_kb, _peak_rss_kb(child.pid), rss)
            peak_pss_kb = max(peak_pss_kb, pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"zhclean {' '.join(args)} exited with {child.returncode}")
    return Timing(wall, usage.ru_utime + usage.ru_stime, peak_kb / 1024, peak_pss_kb / 1024)


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [
        [str(c) for c in header],
        *[[f"{c:.2f}" if isinstance(c, float) else str(c) for c in row] for row in rows],
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
