"""Holding signals back for a few instructions that must not be cut in two.

Where it is used: while ``--jobs`` workers start (``run.py``), and while finished outputs are
renamed into place (``write/atomic.py``, which the CLI's outputs, gold files and saved models all
go through), so that a set of files is published together or not at all.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held_back(*signums: int) -> Iterator[None]:
    """Signals ``signums`` that come during the block are delivered when it ends, to the handlers
    there were before it, so an exception they raise comes after the block, not inside it. (If
    the block itself raises, its exception goes on and the signals held back are dropped.)

    Two things hold them back: the signals are blocked in this thread, a mask that fork and exec
    pass on (a process started in the block never sees them); and, since the kernel hands a
    process's signal to another thread when this one blocks it, a handler that only notes it
    (Python runs handlers in the main thread alone). Only a Python-level handler is swapped:
    ``signal.getsignal`` gives ``None`` for one set in C, and SIG_IGN must stay: a run started
    with Ctrl-C ignored must not be stopped by one."""
    noted: list[int] = []
    in_main_thread = threading.current_thread() is threading.main_thread()
    swapped = {s: signal.getsignal(s) for s in signums if in_main_thread and callable(signal.getsignal(s))}
    for signum in swapped:
        signal.signal(signum, lambda received, frame: noted.append(received))
    can_block = hasattr(signal, "pthread_sigmask")  # not on Windows
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set(signums)) if can_block else None
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one blocked in this thread arrives now
        for signum, handler in swapped.items():
            signal.signal(signum, handler)
    for signum in dict.fromkeys(noted):
        signal.raise_signal(signum)
