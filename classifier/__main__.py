"""``python -m classifier``: the ``zhclean`` command."""

import sys

from .cli import main

# The guard matters: worker processes (spawn, forkserver) import this module again.
if __name__ == "__main__":
    sys.exit(main())
