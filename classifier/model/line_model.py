"""``LineModel``: a fitted two-stage line model that predicts without scikit-learn.

Stage 1 labels each line alone (hashed TF-IDF and layout features into a logistic regression);
stage 2 revises it from its context. Prediction is a few matrix products and a softmax, so
:func:`~classifier.model.persist.load_model` returns a ``LineModel`` built from the saved arrays:
importing scikit-learn would cost 1.5 s per process for nothing. Training is
:class:`~classifier.model.line_classifier.LineClassifier`, a ``LineModel`` that also fits.

Like scikit-learn's sequence labellers (sklearn-crfsuite), ``X`` is a sequence of pages, each page
a sequence of lines in page order, blank lines included.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, compress
from typing import Any

import numpy as np

from ..compiled import optional_module
from ..context import context_matrix, neighbour_sums
from ..decide import decide_labels
from ..features import line_features
from ..features.line_features import LineFeatures
from ..features.neighbour_text import neighbour_scores
from ..labels import LABELS
from ..lines import bounded_runs, without_surrogates_all
from ..normalize import MAX_FEATURE_CHARS, normalize_many

Page = Sequence[str]

#: Stage 1's scores in one pass over the TF-IDF entries (``_scores.c``), where the install built it:
#: with it and the compiled hashing, labelling never imports SciPy (0.2-0.3 s per process).
_scores = optional_module("classifier.model._scores")


def expit(x: np.ndarray) -> np.ndarray:
    """The logistic function (NumPy's; SciPy's ``expit`` differs by at most one unit in the last
    place, and importing ``scipy.special`` costs 0.1 s)."""
    with np.errstate(over="ignore"):  # exp(-x) overflows to inf for x < -709: the result is 0.0
        return 1.0 / (1.0 + np.exp(-x))


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shifted by the row maximum against overflow (as SciPy's, to the bit)."""
    exps = np.exp(scores - scores.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


#: Version tag of :meth:`LineModel.get_state`; bump it when the state layout changes. Format 2
#: added the neighbour-text weights (``None`` in a model without them); format 1 files load as
#: models without them. Format 3 lets those weights hold a third block, for the line's own text
#: (a format-2 reader would misread it, so it refuses the file instead).
STATE_FORMAT = "zhclean-line-state/3"
READABLE_FORMATS = ("zhclean-line-state/1", "zhclean-line-state/2", STATE_FORMAT)


@dataclass
class Logistic:
    """A fitted logistic regression as weights alone, predicting as scikit-learn does:
    multinomial (softmax) when trained with L-BFGS, one-vs-rest normalised when trained with SGD,
    and a single sigmoid when there are two classes."""

    kind: str  # "lbfgs" or "sgd"
    coef_: np.ndarray
    intercept_: np.ndarray
    classes_: np.ndarray

    @classmethod
    def from_state(cls, state: dict) -> Logistic:
        return cls(
            state.get("kind", "lbfgs"),
            np.asarray(state["coef"], dtype=np.float64),
            np.asarray(state["intercept"], dtype=np.float64),
            np.asarray(state["classes"]),
        )

    def get_state(self) -> dict:
        return {"kind": self.kind, "coef": self.coef_, "intercept": self.intercept_, "classes": self.classes_}

    @cached_property
    def coef_by_feature_(self) -> np.ndarray:
        """``coef_.T``, made C-contiguous once: scipy's sparse product would otherwise copy the
        transposed view (12 MB for the shipped stage 1) on every batch, 2% of a CLI run's
        instructions (callgrind, docs/speed.md)."""
        return np.ascontiguousarray(self.coef_.T)

    def predict_proba(self, X, extra_scores: np.ndarray | None = None) -> np.ndarray:
        """Probabilities of the rows of ``X``; ``extra_scores`` (one row per row of ``X``, one
        column per class) are added to the linear scores before the intercept: the parts of a
        model's weights that act on features ``X`` does not hold (the neighbour-text block)."""
        if isinstance(X, np.ndarray):
            # Not BLAS: OpenBLAS (0.3.31 here) sums a row in an order that depends on where the row
            # falls in the matrix, so a line's probabilities would change in the last bit with the
            # batch around it, and cached and uncached labelling would differ. einsum sums every
            # row alike, for 1.5x the time of a product that takes about 1% of labelling.
            scores = np.einsum("ij,kj->ik", X, self.coef_)
        else:  # a SciPy sparse matrix
            scores = np.asarray(X @ self.coef_by_feature_)
        if extra_scores is not None:
            scores = scores + extra_scores
        return self.proba_from_scores(scores + self.intercept_)

    def proba_from_scores(self, scores: np.ndarray) -> np.ndarray:
        """Probabilities from the linear scores (intercept included)."""
        if scores.shape[1] == 1:
            positive = expit(scores[:, 0])
            return np.column_stack([1.0 - positive, positive])
        if self.kind == "sgd":
            probs = expit(scores)
            return probs / probs.sum(axis=1, keepdims=True)
        return softmax(scores)


@dataclass
class _FlatPages:
    """The non-blank lines of many pages, flattened, with what is needed to rebuild each page."""

    texts: list[str]
    page_of_line: np.ndarray  # page index of each flat line
    positions: list[np.ndarray]  # per page: indices of its non-blank lines in the page
    gaps: np.ndarray  # blank lines before each flat line, in its page
    page_lengths: list[int]
    page_sizes: list[int]  # how many non-blank lines each page has: where its lines lie in `texts`
    line_at: np.ndarray  # where each flat line is among all the pages' lines one after the other

    @classmethod
    def from_pages(cls, pages: Sequence[Page]) -> _FlatPages:
        # All pages' lines at once, the blank test run by map() and the rest by NumPy: this runs
        # on every fixed-point pass, and a Python loop per line and a few NumPy calls per page
        # were a twentieth of labelling.
        lengths = [len(page) for page in pages]
        lines = list(chain.from_iterable(pages))
        non_blank = np.fromiter(map(bool, map(str.strip, lines)), dtype=bool, count=len(lines))
        at = np.flatnonzero(non_blank)  # in the pages' lines one after the other
        owners = np.repeat(np.arange(len(pages), dtype=np.int64), lengths)[at]
        ends = np.cumsum(lengths, dtype=np.int64)
        position = at - (ends - np.asarray(lengths, dtype=np.int64))[owners]
        # blank lines since the previous non-blank line (or the top of the page)
        previous = np.roll(position, 1)
        previous[np.flatnonzero(np.diff(owners, prepend=-1))] = -1  # each page's first non-blank line
        gaps = position - previous - 1
        sizes = np.bincount(owners, minlength=len(pages)).tolist()
        texts = without_surrogates_all(list(compress(lines, non_blank.tolist())))
        return cls(texts, owners, _cut(position, sizes), gaps, lengths, sizes, at)


def _cut(array: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
    """``array`` cut into consecutive views of ``sizes`` rows: np.split's own loop took a few
    microseconds a part, which batches of one-line records (posts, comments) felt."""
    ends = accumulate(sizes)
    return [array[end - size : end] for end, size in zip(ends, sizes)]


#: Lines featurised together at most, and characters (of each line's first MAX_FEATURE_CHARS):
#: the featuriser's temporary arrays and rjieba's words take about 45 bytes a character, so these
#: bound them to about 25 MB whatever the batch. Lines of the usual lengths reach the line bound
#: first, as before the character bound: no cost in speed.
SLICE_LINES = 4096
SLICE_CHARS = 1 << 19


class _LineCache(OrderedDict):
    """The stage-1 line cache of :meth:`LineModel._line_rows`: line text to row, oldest first, and
    how many characters of text its keys hold."""

    chars = 0


class LineModel:
    """The fitted two-stage line classifier.

    Attributes: ``featurizer_`` (stage-1 features), ``line_model_`` (stage 1), ``context_model_``
    (stage 2, when ``context``), ``neighbour_weights_`` (the context stage's weights on the
    neighbouring lines' text, an ``(n_buckets, 2 * n_classes)`` array, or ``3 * n_classes`` wide
    with the line's own text as well, or None: :mod:`classifier.features.neighbour_text`),
    ``body_threshold`` (a line is ``body`` whenever P(body) reaches it; None: the most probable
    label). Other training parameters are kept for the record only.
    """

    #: None in a model without the neighbour-text block (trained before it, or without it).
    neighbour_weights_: np.ndarray | None = None

    def __init__(
        self, context: bool = True, body_threshold: float | None = None, **training_params: Any
    ) -> None:
        self.context = context
        self.body_threshold = body_threshold
        self.training_params = training_params

    def _params(self) -> dict:
        return {**self.training_params, "context": self.context, "body_threshold": self.body_threshold}

    # -- persistence ------------------------------------------------------------------------
    def get_state(self) -> dict:
        """Everything prediction needs, as parameters and numpy arrays only.

        Saving this instead of an estimator keeps model files independent of scikit-learn's
        private pickle layout: they load under any scikit-learn version, or none.
        """
        return {
            "format": STATE_FORMAT,
            "params": self._params(),
            "featurizer": self.featurizer_.get_state(),
            "line_model": self.line_model_.get_state(),
            "context_model": self.context_model_.get_state() if self.context else None,
            "neighbour_weights": self.neighbour_weights_,
        }

    @classmethod
    def from_state(cls, state: dict) -> LineModel:
        if state.get("format") not in READABLE_FORMATS:
            raise ValueError(f"unknown model state format {state.get('format')!r}, expected {STATE_FORMAT!r}")
        model = cls(**state["params"])
        model.classes_ = np.array(LABELS)
        model.featurizer_ = LineFeatures.from_state(state["featurizer"])
        model.line_model_ = Logistic.from_state(state["line_model"])
        if state["context_model"] is not None:
            model.context_model_ = Logistic.from_state(state["context_model"])
        weights = state.get("neighbour_weights")
        if weights is not None:
            model.neighbour_weights_ = np.ascontiguousarray(weights, dtype=np.float64)
        return model

    # -- prediction -------------------------------------------------------------------------
    def _context_matrix(self, flat: _FlatPages, probs: np.ndarray) -> np.ndarray:
        return context_matrix(probs, flat.texts, flat.gaps, flat.page_sizes)

    def _line_probs(self, texts: Sequence[str]) -> np.ndarray:
        """Stage-1 probabilities of each line."""
        return self._line_rows(texts)[:, : len(LABELS)]

    def _line_rows(self, texts: Sequence[str]) -> np.ndarray:
        """What each line contributes by itself: its stage-1 probabilities, then (with the
        neighbour-text block) its part in its neighbours' context scores and, with the own text,
        in its own. Each distinct line of the
        batch is featurised once, and not at all when a recent batch had it: crawls repeat the
        same menus and footers millions of times.

        The cache is an LRU of the last ``stage1_cache_size`` distinct lines (an attribute, 65536
        unless set; 0 turns it off) holding at most ``stage1_cache_chars`` characters of text in all
        (8 Mi unless set; lines longer than :data:`~classifier.normalize.MAX_FEATURE_CHARS` are not
        kept), kept per model object and so per worker process. Each entry is a row of 4 floats (12
        with the neighbour-text block, 16 with the own-text block too), so a full cache takes about
        20–30 MB (``docs/speed.md``); the character bound keeps a dump of long distinct lines from
        making it larger.
        """
        distinct_of: dict[str, int] = {}
        index = np.array([distinct_of.setdefault(t, len(distinct_of)) for t in texts], dtype=np.int64)
        distinct = list(distinct_of)
        capacity = getattr(self, "stage1_cache_size", 1 << 16)
        cache: _LineCache = self.__dict__.setdefault("_stage1_cache", _LineCache())
        cached = [cache.get(t) for t in distinct] if capacity else [None] * len(distinct)
        missing = [i for i, row in enumerate(cached) if row is None]
        width = len(LABELS) + (0 if self.neighbour_weights_ is None else self.neighbour_weights_.shape[1])
        probs = np.zeros((len(distinct), width))
        lengths = np.fromiter(map(len, map(distinct.__getitem__, missing)), np.int64, len(missing))
        for part in bounded_runs(missing, np.minimum(lengths, MAX_FEATURE_CHARS), SLICE_LINES, SLICE_CHARS):
            lines = [distinct[i] for i in part]
            normalized = normalize_many(lines)
            probs[np.ix_(part, self.line_model_.classes_)] = self._stage1_proba(lines, normalized)
            if width > len(LABELS):
                probs[part, len(LABELS) :] = neighbour_scores(normalized, self.neighbour_weights_)
        if len(missing) < len(distinct):
            hits = [i for i, row in enumerate(cached) if row is not None]
            probs[hits] = [cached[i] for i in hits]
        if capacity:
            char_budget = getattr(self, "stage1_cache_chars", 1 << 23)
            chars = cache.chars  # counted in a local: an attribute update per line cost 1% of labelling
            try:  # another thread may evict a line between two calls: it only costs a recomputation
                for i, row in enumerate(cached):
                    if row is not None:
                        cache.move_to_end(distinct[i])
                    elif len(distinct[i]) <= MAX_FEATURE_CHARS:
                        cache[distinct[i]] = probs[i].copy()
                        chars += len(distinct[i])
                while len(cache) > capacity or (cache and chars > char_budget):
                    chars -= len(cache.popitem(last=False)[0])
            except KeyError:
                pass
            finally:
                cache.chars = chars
        return probs[index]

    def _neighbour_rows(self, texts: Sequence[str]) -> np.ndarray:
        """The neighbour-text part of :meth:`_line_rows`, from the cache where it holds the line and
        worked out afresh (without stage 1) where it does not: the fixed-point passes relabel lines
        whose rows a pass before them computed, but an evicted or disabled cache must not cost
        them stage 1 again."""
        cache = self.__dict__.get("_stage1_cache", {})
        width = self.neighbour_weights_.shape[1]
        rows = np.zeros((len(texts), width))
        missing = []
        for i, text in enumerate(texts):
            row = cache.get(text)
            if row is None:
                missing.append(i)
            else:
                rows[i] = row[len(LABELS) :]
        if missing:
            normalized = normalize_many([texts[i] for i in missing])
            rows[missing] = neighbour_scores(normalized, self.neighbour_weights_)
        return rows

    def _stage1_proba(self, texts: Sequence[str], normalized: Sequence[str] | None = None) -> np.ndarray:
        """Stage 1's probabilities of each line, in the order of ``line_model_.classes_``: in one
        pass with the compiled modules, else from the feature matrix (the same bits either way).
        ``normalized``: the lines' :func:`~classifier.normalize.normalize_many`, when at hand."""
        if _scores is None or line_features._hashed_counts is None:
            return self.line_model_.predict_proba(self.featurizer_.transform(texts))
        blocks, layout, layout_offset = self.featurizer_.transform_unscaled(texts, normalized)
        weights = self.line_model_.coef_by_feature_
        scores = _scores.tfidf_scores(blocks, layout, layout_offset, weights, len(texts))
        scores = np.frombuffer(scores, np.float64).reshape(len(texts), weights.shape[1])
        return self.line_model_.proba_from_scores(scores + self.line_model_.intercept_)

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
        return self._per_page(flat, self._revised(flat, probs))

    def line_and_context_proba(self, X: Sequence[Page]) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """:meth:`line_proba` and :meth:`context_proba` of the same pages, splitting them into
        lines once instead of twice."""
        flat = _FlatPages.from_pages(X)
        rows = self._line_rows(flat.texts)
        probs = rows[:, : len(LABELS)]
        revised = self._revised(flat, probs, rows[:, len(LABELS) :])
        return self._per_page(flat, probs), self._per_page(flat, revised)

    def predict_proba(self, X: Sequence[Page]) -> list[np.ndarray]:
        """Per page, an ``(n_lines, 4)`` array in :data:`LABELS` order; blank lines get a row of zeros."""
        return self.line_and_context_proba(X)[1]

    def _revised(
        self, flat: _FlatPages, probs: np.ndarray, neighbour: np.ndarray | None = None
    ) -> np.ndarray:
        """The context stage's probabilities of the flattened lines; stage 1's ``probs`` as they
        are for a model trained without a context stage. ``neighbour``: the lines' parts in their
        neighbours' scores and their own (:meth:`_line_rows`), looked up again when not given."""
        if not (self.context and flat.texts):
            return probs
        revised = np.zeros_like(probs)
        context = self._context_matrix(flat, probs)
        extra = None
        if self.neighbour_weights_ is not None:
            if neighbour is None:
                neighbour = self._neighbour_rows(flat.texts)
            n_scores = self.context_model_.coef_.shape[0]  # 1 for a two-class stage
            extra = neighbour_sums(neighbour, flat.page_sizes, n_scores)
        revised[:, self.context_model_.classes_] = self.context_model_.predict_proba(context, extra)
        return revised

    @staticmethod
    def _per_page(flat: _FlatPages, probs: np.ndarray) -> list[np.ndarray]:
        """Each page's rows, blank lines as zero rows: views of one array for all the pages."""
        out = np.zeros((sum(flat.page_lengths), len(LABELS)))
        out[flat.line_at] = probs
        return _cut(out, flat.page_lengths)

    def predict(self, X: Sequence[Page]) -> list[list[str | None]]:
        """Per page, one label per line, ``None`` for blank lines (``body_threshold`` applied)."""
        probs_per_page = self.predict_proba(X)
        return [decide_labels(probs, page, self.body_threshold) for page, probs in zip(X, probs_per_page)]
