"""``LineClassifier``: the two-stage line model as a scikit-learn estimator, for training.

It follows scikit-learn's estimator conventions the way sequence labellers do (sklearn-crfsuite):
``X`` is a sequence of pages, each page a sequence of lines in page order, blank lines included;
``y`` holds one label per line, ``None`` for blank lines. Prediction is inherited from
:class:`~classifier.model.line_model.LineModel`, which is also what a saved model loads as.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression, SGDClassifier

from ..context import shifted_rows
from ..features import LineFeaturizer
from ..features.neighbour_text import neighbour_vectors
from ..labels import LABEL_INDEX, LABELS
from ..lines import is_blank
from ..normalize import normalize_many
from .line_model import STATE_FORMAT, LineModel, Logistic, Page, _FlatPages

__all__ = ["STATE_FORMAT", "LineClassifier", "Page"]


def as_logistic(model: LogisticRegression | SGDClassifier) -> Logistic:
    """The weights of a fitted logistic regression, which then predicts without scikit-learn."""
    kind = "sgd" if isinstance(model, SGDClassifier) else "lbfgs"
    return Logistic(kind, model.coef_, model.intercept_, model.classes_)


class LineClassifier(LineModel, ClassifierMixin, BaseEstimator):
    """Two-stage line classifier for crawled Chinese pages, as a scikit-learn estimator: ``fit``
    trains both stages, and prediction is :class:`~classifier.model.line_model.LineModel`'s.

    Parameters
    ----------
    solver : ``"sgd"`` (averaged SGD) or ``"lbfgs"`` for the stage-1 logistic regression.
    alpha : L2 penalty of stage 1 (per line, as in :class:`~sklearn.linear_model.SGDClassifier`).
    context : train and apply the stage-2 context model.
    context_C : inverse regularisation of the stage-2 logistic regression.
    neighbour_text : give stage 2 the character 1–2-grams of the line before and the line after
        (:mod:`classifier.features.neighbour_text`).
    own_text : give stage 2 the line's own character 1–2-grams as well, with weights of their own
        (needs ``neighbour_text``: the same vectors).
    neighbour_buckets : hashing space of each of those blocks (a power of two).
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
        neighbour_text: bool = False,
        own_text: bool = False,
        neighbour_buckets: int = 1 << 14,
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
        self.neighbour_text = neighbour_text
        self.own_text = own_text
        self.neighbour_buckets = neighbour_buckets
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
        if self.own_text and not (self.context and self.neighbour_text):
            raise ValueError("own_text needs the context stage with neighbour_text")
        self.classes_ = np.array(LABELS)
        self.featurizer_ = (self.featurizer or LineFeaturizer()).fit(flat.texts)
        features = self.featurizer_.transform(flat.texts)
        line_model = self._line_model(len(targets)).fit(features, targets, sample_weight=weights)
        self.line_model_ = as_logistic(line_model)
        self.neighbour_weights_ = None  # set below when the context stage reads it
        if self.context:
            oof = self._out_of_fold_probs(features, targets, flat.page_of_line, weights)
            context = self._context_matrix(flat, oof)
            design = self._with_neighbour_text(flat, context) if self.neighbour_text else context
            context_model = LogisticRegression(
                C=self.context_C, max_iter=2000, class_weight=self.class_weight
            )
            context_model.fit(design, targets, sample_weight=weights)
            self.context_model_ = as_logistic(context_model)
            if self.neighbour_text:
                self._split_neighbour_weights(context.shape[1])
        return self

    def _with_neighbour_text(self, flat: _FlatPages, context: np.ndarray):
        """The context matrix with the neighbour-text blocks beside it: each line's row of the
        line before's unit vector, then of the line after's (empty at a page's ends), then, with
        ``own_text``, its own."""
        import scipy.sparse as sp

        vectors = neighbour_vectors(normalize_many(flat.texts), self.neighbour_buckets)
        before, after = shifted_rows(vectors, flat.page_sizes, -1), shifted_rows(vectors, flat.page_sizes, 1)
        own = [vectors] if self.own_text else []
        return sp.hstack([sp.csr_matrix(context), before, after, *own], format="csr")

    def _split_neighbour_weights(self, n_context: int) -> None:
        """Keep the context features' weights in ``context_model_`` and move those of the
        text blocks to ``neighbour_weights_``, one row per bucket: the columns a line's vector
        meets as the line before (for the line after it), then as the line after, then (with
        ``own_text``) as the line itself."""
        coef = self.context_model_.coef_
        buckets = self.neighbour_buckets
        blocks = [coef[:, n_context + i * buckets : n_context + (i + 1) * buckets].T for i in range(3)]
        self.neighbour_weights_ = np.ascontiguousarray(np.hstack(blocks if self.own_text else blocks[:2]))
        self.context_model_.coef_ = np.ascontiguousarray(coef[:, :n_context])

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

    def _params(self) -> dict:
        return {k: v for k, v in self.get_params(deep=False).items() if k != "featurizer"}
