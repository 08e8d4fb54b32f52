"""Scoring predicted labels against gold pages.

Two views: per line (precision/recall/F1 per class, confusion matrix), and what a user feels,
weighted by characters: **body kept** (share of article characters kept) and **junk dropped**
(share of non-body characters removed), both over all characters and averaged per page. A page
with no body (or no junk) has no body-kept (junk-dropped) value and is left out of that average.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from .decide import DEFAULT_KEEP
from .gold import GoldPage
from .labels import BODY, LABELS


@dataclass
class Report:
    per_class: dict[str, dict[str, float]]
    macro_f1: float
    confusion: np.ndarray
    body_kept: float
    junk_dropped: float
    body_kept_per_page: float
    junk_dropped_per_page: float
    n_pages: int
    n_lines: int
    page_scores: list[tuple[str, float | None, float | None]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "body_kept": round(self.body_kept, 4),
            "junk_dropped": round(self.junk_dropped, 4),
            "body_kept_per_page": round(self.body_kept_per_page, 4),
            "junk_dropped_per_page": round(self.junk_dropped_per_page, 4),
            "per_class": {k: {m: round(v, 4) for m, v in d.items()} for k, d in self.per_class.items()},
            "pages": self.n_pages,
            "lines": self.n_lines,
        }


def _share(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def evaluate(
    pages: Sequence[GoldPage], predicted: Sequence[Sequence[str | None]], keep: Collection[str] = DEFAULT_KEEP
) -> Report:
    """Score ``predicted`` (one label list per page) against the gold ``pages``."""
    gold_flat: list[str] = []
    pred_flat: list[str] = []
    totals = np.zeros(4)  # body chars, body chars kept, junk chars, junk chars dropped
    page_scores = []
    for page, labels in zip(pages, predicted, strict=True):
        if len(labels) != len(page.labels):
            raise ValueError(f"page {page.id}: {len(labels)} predictions for {len(page.labels)} lines")
        counts = np.zeros(4)
        for text, gold, pred in zip(page.texts, page.labels, labels):
            if gold is None:
                continue
            gold_flat.append(gold)
            pred_flat.append(pred or "navigation")
            chars = len(text.strip())
            kept = pred in keep
            if gold == BODY:
                counts += [chars, chars * kept, 0, 0]
            else:
                counts += [0, 0, chars, chars * (not kept)]
        totals += counts
        page_scores.append((page.id, _share(counts[1], counts[0]), _share(counts[3], counts[2])))

    precision, recall, f1, support = precision_recall_fscore_support(
        gold_flat, pred_flat, labels=list(LABELS), zero_division=0
    )
    per_class = {
        label: {"precision": p, "recall": r, "f1": f, "support": float(s)}
        for label, p, r, f, s in zip(LABELS, precision, recall, f1, support)
    }
    present = [label for label in LABELS if per_class[label]["support"] > 0]
    body_pages = [s[1] for s in page_scores if s[1] is not None]
    junk_pages = [s[2] for s in page_scores if s[2] is not None]
    return Report(
        per_class=per_class,
        macro_f1=float(np.mean([per_class[label]["f1"] for label in present])) if present else 0.0,
        confusion=confusion_matrix(gold_flat, pred_flat, labels=list(LABELS)),
        body_kept=_share(totals[1], totals[0]) or 0.0,
        junk_dropped=_share(totals[3], totals[2]) or 0.0,
        body_kept_per_page=float(np.mean(body_pages)) if body_pages else 0.0,
        junk_dropped_per_page=float(np.mean(junk_pages)) if junk_pages else 0.0,
        n_pages=len(pages),
        n_lines=len(gold_flat),
        page_scores=page_scores,
    )


def format_report(report: Report, title: str = "") -> str:
    """A plain-text report: per-class table, confusion matrix, character-weighted keep scores."""
    out = [title] if title else []
    out.append(f"{report.n_pages} pages, {report.n_lines} labelled lines")
    out.append(f"{'class':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'lines':>8}")
    for label, m in report.per_class.items():
        out.append(f"{label:<12}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{int(m['support']):>8}")
    out.append(f"{'macro-F1':<12}{report.macro_f1:>30.3f}   (over classes present in gold)")
    out.append("")
    out.append("confusion (rows gold, columns predicted): " + " ".join(label[:4] for label in LABELS))
    for label, row in zip(LABELS, report.confusion):
        out.append(f"  {label:<12}" + "".join(f"{int(v):>7}" for v in row))
    out.append("")
    out.append(f"{'':<14}{'overall':>10}{'per page':>10}")
    out.append(f"{'body kept':<14}{report.body_kept:>10.4f}{report.body_kept_per_page:>10.4f}")
    out.append(f"{'junk dropped':<14}{report.junk_dropped:>10.4f}{report.junk_dropped_per_page:>10.4f}")
    return "\n".join(out)
