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


def test_a_sampled_tree_reports_its_proportional_set_size_beside_its_rss():
    # PSS splits each shared page between the processes that map it, so the tree's PSS is at most
    # its RSS; the CLI imports NumPy for --help's model options, well over a few MB either way.
    timing = run_cli(["clean", "--help"], sample_tree=True)
    assert 5 < timing.peak_pss_mb <= timing.peak_rss_mb
