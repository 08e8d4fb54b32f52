"""``LineClassifier``: stage 1 labels each line alone, stage 2 revises it from its context.

It follows scikit-learn's estimator conventions the way sequence labellers do (sklearn-crfsuite):
``X`` is a sequence of pages, each page a sequence of lines in page order, blank lines included;
``y`` holds one label per line, ``None`` for blank lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression, SGDClassifier

from ..context import context_features
from ..decide import decide_labels
from ..features import LineFeaturizer
from ..labels import LABEL_INDEX, LABELS
from ..lines import is_blank, without_surrogates

Page = Sequence[str]

#: Version tag of :meth:`LineClassifier.get_state`; bump it when the state layout changes.
STATE_FORMAT = "zhclean-line-state/1"


def _logistic_state(model: LogisticRegression | SGDClassifier) -> dict:
    kind = "sgd" if isinstance(model, SGDClassifier) else "lbfgs"
    return {"kind": kind, "coef": model.coef_, "intercept": model.intercept_, "classes": model.classes_}


def _logistic_from_state(state: dict) -> LogisticRegression | SGDClassifier:
    """A fitted logistic regression rebuilt from its weights alone (multinomial when trained with
    L-BFGS, one-vs-rest when trained with SGD, as scikit-learn predicts each)."""
    model = SGDClassifier(loss="log_loss") if state.get("kind") == "sgd" else LogisticRegression()
    model.coef_ = np.asarray(state["coef"], dtype=np.float64)
    model.intercept_ = np.asarray(state["intercept"], dtype=np.float64)
    model.classes_ = np.asarray(state["classes"])
    model.n_features_in_ = model.coef_.shape[1]
    return model


@dataclass
class _FlatPages:
    """The non-blank lines of many pages, flattened, with what is needed to rebuild each page."""

    texts: list[str]
    page_of_line: np.ndarray  # page index of each flat line
    positions: list[np.ndarray]  # per page: indices of its non-blank lines in the page
    gaps: list[np.ndarray]  # per page: blank lines before each non-blank line
    page_lengths: list[int]

    @classmethod
    def from_pages(cls, pages: Sequence[Page]) -> _FlatPages:
        texts: list[str] = []
        owners: list[int] = []
        positions, gaps, lengths = [], [], []
        for page_index, page in enumerate(pages):
            kept, page_gaps, blank_run = [], [], 0
            for position, line in enumerate(page):
                if is_blank(line):
                    blank_run += 1
                    continue
                kept.append(position)
                page_gaps.append(blank_run)
                blank_run = 0
                texts.append(without_surrogates(line))
                owners.append(page_index)
            positions.append(np.asarray(kept, dtype=np.int64))
            gaps.append(np.asarray(page_gaps, dtype=np.int64))
            lengths.append(len(page))
        return cls(texts, np.asarray(owners, dtype=np.int64), positions, gaps, lengths)

    def page_slices(self) -> list[slice]:
        bounds = np.concatenate([[0], np.cumsum([len(p) for p in self.positions])])
        return [slice(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:])]


class LineClassifier(ClassifierMixin, BaseEstimator):
    """Two-stage line classifier for crawled Chinese pages.

    Parameters
    ----------
    solver : ``"sgd"`` (averaged SGD) or ``"lbfgs"`` for the stage-1 logistic regression.
    alpha : L2 penalty of stage 1 (per line, as in :class:`~sklearn.linear_model.SGDClassifier`).
    context : train and apply the stage-2 context model.
    context_C : inverse regularisation of the stage-2 logistic regression.
    context_folds : folds used to produce out-of-fold stage-1 probabilities for stage 2.
    class_weight : passed to both logistic regressions.
    featurizer : a :class:`LineFeaturizer` (a default one when None).
    random_state : seed for the fold assignment and SGD.
    body_threshold : a line is ``body`` whenever P(body) reaches this (None: most probable label).
        Recall of article text matters more to users than a little extra junk, so the shipped
        model sets it below 0.5 (``docs/model.md``).
    """

    def __init__(
        self,
        solver: str = "sgd",
        alpha: float = 1e-6,
        context: bool = True,
        context_C: float = 1.0,
        context_folds: int = 4,
        class_weight: str | dict | None = None,
        featurizer: LineFeaturizer | None = None,
        random_state: int = 0,
        body_threshold: float | None = None,
    ) -> None:
        self.solver = solver
        self.alpha = alpha
        self.context = context
        self.context_C = context_C
        self.context_folds = context_folds
        self.class_weight = class_weight
        self.featurizer = featurizer
        self.random_state = random_state
        self.body_threshold = body_threshold

    # -- training ---------------------------------------------------------------------------
    def _line_model(self, n_samples: int) -> LogisticRegression | SGDClassifier:
        if self.solver == "sgd":
            # Logistic regression fitted by averaged SGD: on hundreds of thousands of lines and
            # ~400k hashed features it trains in seconds where L-BFGS takes many minutes
            # (docs/model.md has the measurement).
            return SGDClassifier(
                loss="log_loss",
                alpha=self.alpha,
                average=True,
                max_iter=30,
                tol=1e-4,
                class_weight=self.class_weight,
                random_state=self.random_state,
            )
        # The same penalty as SGD's alpha: SGD averages the loss over lines, L-BFGS sums it.
        C = 1.0 / (self.alpha * n_samples)
        return LogisticRegression(C=C, max_iter=2000, class_weight=self.class_weight)

    def fit(
        self, X: Sequence[Page], y: Sequence[Sequence[str | None]], page_weight: Sequence[float] | None = None
    ) -> LineClassifier:
        """Fit both stages. ``page_weight`` gives every line of a page that weight (e.g. to count
        real labelled pages more than generated ones)."""
        flat = _FlatPages.from_pages(X)
        weights = None
        if page_weight is not None:
            weights = np.asarray(page_weight, dtype=np.float64)[flat.page_of_line]
        targets = np.array(
            [LABEL_INDEX[label] for page, labels in zip(X, y) for line, label in zip(page, labels)
             if not is_blank(line)]
        )
        if len(targets) != len(flat.texts):
            raise ValueError("every non-blank line needs a label")
        self.classes_ = np.array(LABELS)
        self.featurizer_ = (self.featurizer or LineFeaturizer()).fit(flat.texts)
        features = self.featurizer_.transform(flat.texts)
        self.line_model_ = self._line_model(len(targets)).fit(features, targets, sample_weight=weights)
        if self.context:
            oof = self._out_of_fold_probs(features, targets, flat.page_of_line, weights)
            context = self._context_matrix(flat, oof)
            self.context_model_ = LogisticRegression(
                C=self.context_C, max_iter=2000, class_weight=self.class_weight
            ).fit(context, targets, sample_weight=weights)
        return self

    def _out_of_fold_probs(
        self, features, targets: np.ndarray, groups: np.ndarray, weights: np.ndarray | None
    ) -> np.ndarray:
        """Stage-1 probabilities of each line from a model that did not see its page."""
        # Imported here: model_selection pulls in scipy.stats, ~0.5 s that prediction never needs.
        from sklearn.model_selection import GroupKFold

        probs = np.zeros((len(targets), len(LABELS)))
        rng = np.random.RandomState(self.random_state)
        shuffled_groups = rng.permutation(groups.max() + 1)[groups]
        folds = GroupKFold(n_splits=self.context_folds).split(features, targets, shuffled_groups)
        for train, held_out in folds:
            fold_weights = None if weights is None else weights[train]
            model = self._line_model(len(train))
            model.fit(features[train], targets[train], sample_weight=fold_weights)
            probs[np.ix_(held_out, model.classes_)] = model.predict_proba(features[held_out])
        return probs

    def _context_matrix(self, flat: _FlatPages, probs: np.ndarray) -> np.ndarray:
        blocks = [
            context_features(probs[s], flat.texts[s], flat.gaps[i]) for i, s in enumerate(flat.page_slices())
        ]
        return np.vstack(blocks)

    # -- persistence ------------------------------------------------------------------------
    def get_state(self) -> dict:
        """Everything prediction needs, as parameters and numpy arrays only.

        Saving this instead of the estimator keeps model files independent of scikit-learn's
        private pickle layout, so they load under every supported scikit-learn version.
        """
        return {
            "format": STATE_FORMAT,
            "params": {k: v for k, v in self.get_params(deep=False).items() if k != "featurizer"},
            "featurizer": self.featurizer_.get_state(),
            "line_model": _logistic_state(self.line_model_),
            "context_model": _logistic_state(self.context_model_) if self.context else None,
        }

    @classmethod
    def from_state(cls, state: dict) -> LineClassifier:
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"unknown model state format {state.get('format')!r}, expected {STATE_FORMAT!r}")
        model = cls(**state["params"])
        model.classes_ = np.array(LABELS)
        model.featurizer_ = LineFeaturizer.from_state(state["featurizer"])
        model.line_model_ = _logistic_from_state(state["line_model"])
        if state["context_model"] is not None:
            model.context_model_ = _logistic_from_state(state["context_model"])
        return model

    # -- prediction -------------------------------------------------------------------------
    def _line_probs(self, texts: Sequence[str]) -> np.ndarray:
        """Stage-1 probabilities. Each distinct line of the batch is featurised once, and not at all
        when a recent batch had it: crawls repeat the same menus and footers millions of times.

        The cache is an LRU of the last ``stage1_cache_size`` distinct lines (an attribute, 65536
        unless set; 0 turns it off), kept per model object and so per worker process. Each entry is
        a 4-float row, so a full cache takes about 20 MB (``docs/speed.md``).
        """
        from collections import OrderedDict  # local: this method is the only user

        distinct_of: dict[str, int] = {}
        index = np.array([distinct_of.setdefault(t, len(distinct_of)) for t in texts], dtype=np.int64)
        distinct = list(distinct_of)
        capacity = getattr(self, "stage1_cache_size", 1 << 16)
        cache: OrderedDict[str, np.ndarray] = self.__dict__.setdefault("_stage1_cache", OrderedDict())
        cached = [cache.get(t) for t in distinct] if capacity else [None] * len(distinct)
        missing = [i for i, row in enumerate(cached) if row is None]
        probs = np.zeros((len(distinct), len(LABELS)))
        # Slices of a few thousand lines bound the featuriser's temporary arrays (about 100 MB
        # per 10,000 lines) whatever the batch size, at no cost in speed.
        for at in range(0, len(missing), 4096):
            part = missing[at : at + 4096]
            features = self.featurizer_.transform([distinct[i] for i in part])
            probs[np.ix_(part, self.line_model_.classes_)] = self.line_model_.predict_proba(features)
        if len(missing) < len(distinct):
            hits = [i for i, row in enumerate(cached) if row is not None]
            probs[hits] = [cached[i] for i in hits]
        if capacity:
            try:  # another thread may evict a line between two calls: it only costs a recomputation
                for i, row in enumerate(cached):
                    if row is None:
                        cache[distinct[i]] = probs[i].copy()
                    else:
                        cache.move_to_end(distinct[i])
                while len(cache) > capacity:
                    cache.popitem(last=False)
            except KeyError:
                pass
        return probs[index]


    def line_proba(self, X: Sequence[Page]) -> list[np.ndarray]:
        """Stage 1 alone: per page, each line's probabilities from the line itself (zero rows for
        blank lines). They do not depend on the other lines, so they can be reused when the page
        is relabelled without some of its lines (:meth:`context_proba`)."""
        flat = _FlatPages.from_pages(X)
        return self._per_page(flat, self._line_probs(flat.texts))

    def context_proba(self, X: Sequence[Page], line_probs: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Stage 2: per page, the probabilities revised from the stage-1 ``line_probs`` of its
        lines (as :meth:`line_proba` gives them) and their place in the page."""
        flat = _FlatPages.from_pages(X)
        rows = [page_probs[positions] for page_probs, positions in zip(line_probs, flat.positions)]
        probs = np.vstack(rows) if rows else np.zeros((0, len(LABELS)))
        if self.context and flat.texts:
            context = self._context_matrix(flat, probs)
            revised = np.zeros_like(probs)
            revised[:, self.context_model_.classes_] = self.context_model_.predict_proba(context)
            probs = revised
        return self._per_page(flat, probs)

    def predict_proba(self, X: Sequence[Page]) -> list[np.ndarray]:
        """Per page, an ``(n_lines, 4)`` array in :data:`LABELS` order; blank lines get a row of zeros."""
        return self.context_proba(X, self.line_proba(X))

    @staticmethod
    def _per_page(flat: _FlatPages, probs: np.ndarray) -> list[np.ndarray]:
        out = []
        for i, s in enumerate(flat.page_slices()):
            page_probs = np.zeros((flat.page_lengths[i], len(LABELS)))
            page_probs[flat.positions[i]] = probs[s]
            out.append(page_probs)
        return out

    def predict(self, X: Sequence[Page]) -> list[list[str | None]]:
        """Per page, one label per line, ``None`` for blank lines (``body_threshold`` applied)."""
        probs_per_page = self.predict_proba(X)
        return [decide_labels(probs, page, self.body_threshold) for page, probs in zip(X, probs_per_page)]
