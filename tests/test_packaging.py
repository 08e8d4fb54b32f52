"""What an install carries: every package of the source tree, and the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the check is the same on every version

ROOT = Path(__file__).resolve().parent.parent


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_the_source_tree_is_installed():
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "classifier").rglob("__init__.py")
    }
    listed = set(setuptools_config()["packages"])
    assert on_disk <= listed, f"add to pyproject.toml's packages: {sorted(on_disk - listed)}"
    assert listed - on_disk == {"zhclean_models"}


def test_the_shipped_model_is_installed_as_package_data():
    config = setuptools_config()
    models = ROOT / config["package-dir"]["zhclean_models"]
    assert (models / "__init__.py").is_file()
    patterns = config["package-data"]["zhclean_models"]
    shipped = {path.name for pattern in patterns for path in models.glob(pattern)}
    assert {"zhclean-line.joblib", "zhclean-line.json"} <= shipped
