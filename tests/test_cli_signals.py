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

from classifier.run import DEFAULT_BATCH_SIZE, IN_FLIGHT_PER_JOB
from tests.fixtures.helpers import PAGE, REPO, cli_env

# Enough pages that a run writes output before it has read them all: with --jobs 2, four batches
# of up to DEFAULT_BATCH_SIZE pages are in flight before the first is written.
PAGES = ("\n".join(PAGE) + "\n\f\n").encode() * 3 * (IN_FLIGHT_PER_JOB * 2 * DEFAULT_BATCH_SIZE)


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


def run_script(script: str) -> subprocess.CompletedProcess:
    """``script`` in a fresh interpreter with SIGINT handled as Python does by default."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=cli_env(),
        capture_output=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads the signal mask from /proc")
def test_the_fork_server_starts_deaf_to_ctrl_c_and_the_caller_does_not():
    """run._start_fork_server: the fork server, and so every worker it forks, has SIGINT blocked
    from its first instruction (a Ctrl-C during its imports printed a traceback); the caller's mask
    is as it was."""
    script = (
        "import signal, multiprocessing.forkserver as fs\n"
        "from classifier import run\n"
        "run._start_fork_server(run._pool_context())\n"
        "status = open(f'/proc/{fs._forkserver._forkserver_pid}/status').read()\n"
        "mask = int(status.split('SigBlk:')[1].split()[0], 16)\n"
        "print(bool(mask >> (signal.SIGINT - 1) & 1), signal.pthread_sigmask(signal.SIG_BLOCK, set()))\n"
    )
    result = run_script(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().split() == ["True", "set()"]


def test_a_ctrl_c_held_back_arrives_when_the_block_ends():
    script = (
        "import os, signal, time\n"
        "from classifier.signals import held_back\n"
        "reached = False\n"
        "try:\n"
        "    with held_back(signal.SIGINT):\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        time.sleep(0.2)\n"
        "        reached = True\n"
        "except KeyboardInterrupt:\n"
        "    print('after the block' if reached else 'inside the block')\n"
    )
    result = run_script(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "after the block"


def test_a_ctrl_c_during_the_imports_is_one_line_and_130():
    """classifier.__main__.main (the console script) while the CLI's imports run: stood in for by
    an import hook that raises KeyboardInterrupt when classifier.cli is imported."""
    script = (
        "import sys\n"
        "class CtrlC:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'classifier.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, CtrlC())\n"
        "from classifier.__main__ import main\n"
        "sys.exit(main())\n"
    )
    result = run_script(script)
    assert result.returncode == 130
    assert result.stderr.decode() == "zhclean: interrupted: stopped by Ctrl-C\n"


def test_a_signal_while_outputs_are_renamed_comes_after_all_of_them(tmp_path):
    """atomic_outputs: a Ctrl-C as the first finished file is renamed into place is raised once
    every file is, and after on_published (which the CLI's message reads)."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from classifier.write import atomic\n"
        "original = atomic.AtomicOutput.publish\n"
        "def publish(self):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    original(self)\n"
        "atomic.AtomicOutput.publish = publish\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "events = []\n"
        "paths = str(folder / 'out.txt'), str(folder / 'rejects.jsonl')\n"
        "try:\n"
        "    with atomic.atomic_outputs(*paths, on_published=lambda: events.append('published')) as outs:\n"
        "        for out in outs:\n"
        "            out.write('x')\n"
        "except KeyboardInterrupt:\n"
        "    events.append('interrupted')\n"
        "print(events, sorted(p.name for p in folder.iterdir()))\n"
    )
    result = run_script(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "['published', 'interrupted'] ['out.txt', 'rejects.jsonl']"
