"""The benchmarks' own measuring: what they report is the CLI's, not the benchmark process's."""

from __future__ import annotations

from bench._common import run_cli


def test_a_cli_runs_peak_memory_is_its_own_not_the_benchmarks():
    # The CLI is spawned by vfork, and Linux carries the parent's resident size into the child's
    # ru_maxrss at exec: wait4 would report at least the 300 MB held here.
    held = bytearray(300 * 2**20)
    held[:: 4096] = b"\1" * len(held[:: 4096])  # touch every page so that it is resident
    timing = run_cli(["--help"])
    assert 10 < timing.peak_rss_mb < 250
    assert held[0] == 1
