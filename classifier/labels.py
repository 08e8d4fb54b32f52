"""The four line labels of ``LABELS.md`` and the order the models use for them."""

from __future__ import annotations

BODY = "body"
COPYRIGHT = "copyright"
NAVIGATION = "navigation"
SPAM = "spam"

#: Column order of every probability matrix in the project.
LABELS: tuple[str, ...] = (BODY, COPYRIGHT, NAVIGATION, SPAM)
LABEL_INDEX: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
