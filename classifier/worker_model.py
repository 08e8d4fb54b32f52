"""The model the ``--jobs`` workers label with, loaded once in the fork server that forks them.

The fork server imports this module (``run._pool_context`` preloads it). When the process that
starts the fork server names a model in :data:`ENV` (``run._start_fork_server`` does), the module
loads that model and labels one small page with it, which builds what is built on first use
(rjieba's dictionary, the character tables). Every worker forked afterwards starts with all of it
in memory: nothing to load, and the pages of the model's arrays and of rjieba's dictionary are
shared between the workers (copy-on-write) instead of held once per worker (``docs/speed.md``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model.line_model import LineModel

#: Environment variable through which the fork server learns which model to load.
ENV = "ZHCLEAN_WORKER_MODEL"
#: Labelled once after loading: a menu line, a sentence, a date and a number reach every lazy table.
_FIRST_PAGE = ("首页 > 新闻 | 关于我们", "2024年5月1日，本市召开了第12次会议。", "Copyright © 2024")

#: What the fork server loaded: the model's name, the model, and the pid of the process that
#: loaded it (a worker finds the fork server's there, not its own).
_loaded: tuple[str, LineModel, int] | None = None


def name(model_path: str | Path | None, trust: bool) -> str:
    """How :data:`ENV` names a model file (None: the shipped one) and whether it is trusted."""
    return json.dumps([None if model_path is None else str(model_path), bool(trust)])


def preloaded(model_path: str | Path | None, trust: bool) -> LineModel | None:
    """The model this process inherited from the fork server, if it is the one asked for."""
    if _loaded is not None and _loaded[0] == name(model_path, trust):
        return _loaded[1]
    return None


def _load_named() -> None:
    global _loaded
    # Taken out of the environment: the workers this process forks, and whatever they start, must
    # not load the model again on their own import of this module.
    named = os.environ.pop(ENV, None)
    if not named:
        return
    from .api import classify_pages
    from .run import resolve_model

    try:
        model_path, trust = json.loads(named)
        model = resolve_model(None, model_path, trust)
        classify_pages([list(_FIRST_PAGE)], model=model)
    except Exception:  # noqa: BLE001 - each worker loads the model again and reports the error
        return
    _loaded = (named, model, os.getpid())


_load_named()
