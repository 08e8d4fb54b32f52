"""Imported by the CLI before anything imports NumPy: OpenBLAS starts with one thread.

Each labelling process is one core (``--jobs`` adds processes, and ``run.one_blas_thread`` caps
BLAS once the model code is loaded), so OpenBLAS's thread pool only costs: it is created when
NumPy is imported and its idle threads spin before they sleep, 0.06–0.10 CPU s of every process
(``zhclean clean`` on one page, docs/speed.md). OpenBLAS reads the variable once, when it loads.

``zhclean train`` keeps the default: the thread count can change the order in which BLAS sums,
and so the bits of a rebuilt model. A value the user set is left alone.
"""

import os
import sys

if sys.argv[1:2] != ["train"]:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
