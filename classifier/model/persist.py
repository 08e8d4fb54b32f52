"""Saving and loading models with a JSON card, and refusing files that could run foreign code.

A joblib file is a pickle: loading it runs code. So every saved model gets a card next to it
(``<name>.json``) holding the SHA-256 of the joblib file, and :func:`load_model` loads a file only
when its hash matches its card, unless the caller says it trusts the file.

What is pickled is not the estimator but its state (:meth:`LineModel.get_state`: parameters and
numpy arrays), rebuilt on load as a :class:`~classifier.model.line_model.LineModel`, which predicts
without scikit-learn. Pickled scikit-learn estimators are only guaranteed to load under the version
that wrote them; plain arrays load under any version, or with none imported (the import costs 1.5 s
per process). The card records the scikit-learn version that trained the model, for the record.
"""

from __future__ import annotations

import hashlib
import io
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .line_model import LineModel

DEFAULT_MODEL_NAME = "zhclean-line.joblib"


class ModelError(Exception):
    """A model file is missing, corrupt, untrusted or unusable."""


def card_path(model_path: str | Path) -> Path:
    return Path(model_path).with_suffix(".json")


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_model(model: LineModel, path: str | Path, card: dict | None = None) -> dict:
    """Write ``model`` to ``path`` and its card beside it; returns the card.

    Both go through :func:`~classifier.write.atomic.atomic_outputs`, as ``zhclean clean``'s outputs
    do: written to temporary files and renamed into place together, so an interrupted ``zhclean
    train`` leaves the model there was, never a truncated file or a model beside another model's
    card."""
    import joblib
    import sklearn

    from ..write.atomic import atomic_outputs

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Uncompressed: the weights are float64 and barely compress (15.7 MB against 12.8 MB at zlib
    # level 3), and inflating them took 0.06 CPU s of every process's start (docs/speed.md).
    # Pickled in memory first: the card holds the file's hash and is written beside it.
    pickled = io.BytesIO()
    joblib.dump(model.get_state(), pickled)
    data = pickled.getvalue()
    full_card = dict(card or {})
    full_card.update(
        {
            "file": path.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size_bytes": len(data),
            "sklearn_version": sklearn.__version__,
        }
    )
    # Absolute paths: "-" is a file name here, not stdout.
    with atomic_outputs(str(path.absolute()), str(card_path(path).absolute())) as (model_out, card_out):
        model_out.buffer.write(data)  # the text stream's binary file: nothing goes through the text layer
        card_out.write(json.dumps(full_card, ensure_ascii=False, indent=2) + "\n")
    return full_card


def default_model_path() -> Path:
    """The shipped model: inside the installed ``zhclean_models`` package, or in the ``models/``
    folder of a source checkout when the project is imported without being installed."""
    try:
        return Path(str(resources.files("zhclean_models").joinpath(DEFAULT_MODEL_NAME)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "models" / DEFAULT_MODEL_NAME


def read_card(model_path: str | Path) -> dict | None:
    path = card_path(model_path)
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: unreadable model card ({error})") from error


def load_model(path: str | Path | None = None, *, trust: bool = False) -> LineModel:
    """Load a model, checking it against its card first.

    ``trust=True`` skips the hash check for a file the user vouches for (``--trust-model``).
    """
    # Imported here: code that only needs ModelError (the CLI's main process under --jobs) does
    # not pay for joblib and scipy.
    import joblib

    path = Path(path) if path is not None else default_model_path()
    if not path.is_file():
        raise ModelError(f"{path}: model file not found")
    card = read_card(path)
    if not trust:
        if card is None or "sha256" not in card:
            raise ModelError(
                f"{path}: no model card with a SHA-256 beside it; pass --trust-model to load it anyway"
            )
        actual = sha256_of(path)
        if actual != card["sha256"]:
            raise ModelError(
                f"{path}: SHA-256 {actual[:12]}… does not match its card ({card['sha256'][:12]}…); "
                "the file is corrupt or was replaced (pass --trust-model only if you trust it)"
            )
    try:
        state = joblib.load(path)
    except Exception as error:  # a truncated or foreign file fails in many ways inside pickle
        raise ModelError(f"{path}: cannot load model ({type(error).__name__}: {error})") from error
    from .line_model import LineModel

    if not isinstance(state, dict):
        raise ModelError(f"{path}: not a zhclean model")
    try:
        return LineModel.from_state(state)
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{path}: not a usable zhclean model ({error})") from error
