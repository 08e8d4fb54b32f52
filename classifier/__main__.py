"""``python -m classifier`` and the ``zhclean`` console script."""

import sys


def main() -> int:
    """Run the CLI. A Ctrl-C during its imports (NumPy and the rest, the first 0.1-0.2 s) ends it
    with a line and 130, like one later on, rather than with a traceback."""
    try:
        from .cli import main as run_cli
    except KeyboardInterrupt:
        print("zhclean: interrupted: stopped by Ctrl-C", file=sys.stderr)
        return 130
    return run_cli()


# The guard matters: worker processes (spawn, forkserver) import this module again.
if __name__ == "__main__":
    sys.exit(main())
