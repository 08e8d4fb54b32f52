"""A run stopped part-way leaves nothing under the final output names.

The run reads stdin, which the test keeps open, so it is surely mid-way when the signal comes: it
has written enough for the temporary output file to have grown on disk.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.fixtures.helpers import PAGE, REPO, cli_env

PAGES = ("\n".join(PAGE) + "\n\f\n").encode() * 3000


def temporary_files(directory) -> list:
    return [p for p in directory.iterdir() if p.name.endswith(".tmp")]


def start_mid_run(tmp_path, model_path, *extra: str) -> subprocess.Popen:
    argv = [
        "clean",
        "-",
        "--split",
        "-o",
        str(tmp_path / "out.txt"),
        "--rejects",
        str(tmp_path / "rej.jsonl"),
    ]
    process = subprocess.Popen(
        [sys.executable, "-m", "classifier", *argv, "--model", str(model_path), *extra],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
        cwd=REPO,
        start_new_session=True,  # its own process group, as a shell job has
        # As a terminal job gets it: a shell starts background jobs (a CI runner under nohup, say)
        # with SIGINT ignored, children inherit that, and Python then never raises
        # KeyboardInterrupt, so Ctrl-C could not be tested there.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    process.stdin.write(PAGES)
    process.stdin.flush()
    deadline = time.monotonic() + 90
    while not any(p.stat().st_size for p in temporary_files(tmp_path)):
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)
    return process


def stop(process: subprocess.Popen, sig: int, *, group: bool = False) -> int:
    (os.killpg if group else os.kill)(process.pid, sig)
    try:
        return process.wait(timeout=60)
    finally:
        process.stdin.close()
        process.stderr.close()


@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_run_removes_its_temporary_files(tmp_path, tiny_model_path, sig, status):
    process = start_mid_run(tmp_path, tiny_model_path)
    assert stop(process, sig) == status
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_killed_run_leaves_nothing_under_the_final_names(tmp_path, tiny_model_path):
    process = start_mid_run(tmp_path, tiny_model_path)
    assert stop(process, signal.SIGKILL) == -signal.SIGKILL
    names = [p.name for p in tmp_path.iterdir()]
    assert "out.txt" not in names and "rej.jsonl" not in names
    assert all(name.startswith((".out.txt.", ".rej.jsonl.")) and name.endswith(".tmp") for name in names)


def test_ctrl_c_stops_a_parallel_run_and_its_workers(tmp_path, tiny_model_path):
    process = start_mid_run(tmp_path, tiny_model_path, "--jobs", "2")
    assert stop(process, signal.SIGINT, group=True) == 130  # as the terminal sends it: to every process
    assert list(tmp_path.iterdir()) == []
    deadline = time.monotonic() + 30
    while True:  # the fork server and the workers go too
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "processes of the run are still alive"
        time.sleep(0.1)
