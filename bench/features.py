"""Where the time goes: each step of labelling, timed alone, with the straightforward version it replaced.

    python -m bench.features --model /work/bench-model/zhclean-line.joblib

Runs on the distinct non-blank lines of the real pages (every line once: what the caches cannot
help with), or on whole pages for the page-level steps. Each figure is the best of ``--repeat``
runs in CPU seconds, as MB of line text per CPU second. ``docs/speed.md`` and
``docs/tokenizer.md`` quote it.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable

import jieba
import numpy as np
import rjieba
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from bench._common import (
    add_input_arguments,
    add_model_arguments,
    best_of,
    print_table,
    read_pages,
    replicate,
    time_call,
)
from classifier import normalize
from classifier.api import classify_pages, load_model
from classifier.features import layout, line_features
from classifier.features.layout import _line_layout, layout_features
from classifier.features.line_features import (
    char_ngram_counts,
    char_ngram_counts_numpy,
    word_counts,
    word_counts_numpy,
)
from classifier.features.tokenize import tokenize_many, tokenize_words
from classifier.lines import is_blank
from classifier.model import line_model
from classifier.model.line_model import _FlatPages
from classifier.normalize import normalize_for_features, normalize_many
from classifier.read import Page
from classifier.write import AnnotateJsonlWriter
from classifier.write.formats import _scored_lines, dump_json


def compiled_modules() -> tuple:
    """The C modules as the code looks them up, each None where the install did not build it."""
    return line_features._hashed_counts, normalize._normalize, line_model._scores, layout._layout


def without_compiled(
    function, counts: bool = True, folding: bool = True, scores: bool = True, layout_counts: bool = True
):
    """``function`` run on the Python and numpy code even where the C modules are built: in place
    of the compiled ``counts`` (n-gram and word hashing), ``folding`` (normalisation), ``scores``
    (stage 1's one-pass scores, instead of scipy's product of the stacked matrix) and
    ``layout_counts`` (the layout block's character counts)."""

    def run():
        modules = compiled_modules()
        if counts:
            line_features._hashed_counts = None
        if folding:
            normalize._normalize = None
        if scores:
            line_model._scores = None
        if layout_counts:
            layout._layout = None
        try:
            return function()
        finally:
            line_features._hashed_counts, normalize._normalize, line_model._scores, layout._layout = modules

    return run


def reference_transform(featurizer, lines: list[str]) -> sp.csr_matrix:
    """The stage-1 features as computed before the batch code: scikit-learn's analyzers, one
    normalisation, segmentation and layout call per line."""
    normalized = [normalize_for_features(line) for line in lines]
    chars = HashingVectorizer(
        analyzer="char",
        ngram_range=featurizer.char_ngram_range,
        alternate_sign=False,
        n_features=featurizer.char_buckets,
        norm=None,
        lowercase=False,
    )
    words = HashingVectorizer(
        analyzer=tokenize_words,
        n_features=featurizer.word_buckets,
        alternate_sign=False,
        norm=None,
        lowercase=False,
    )
    blocks = []
    for idf, hasher in zip(featurizer.idf_, [chars, words]):
        transformer = TfidfTransformer(sublinear_tf=True)
        transformer.idf_, transformer.n_features_in_ = idf, len(idf)
        blocks.append(transformer.transform(hasher.transform(normalized)))
    blocks.append(sp.csr_matrix(np.array([_line_layout(line) for line in lines]) * featurizer.layout_weight))
    return sp.hstack(blocks, format="csr")


def annotate_by_dict(out: io.StringIO, page: Page, labels) -> None:
    """The annotation rows as first written: ``json.dumps`` of a dict per line."""
    out.write(
        "".join(
            dump_json({"page": page.id, "line": n, "label": y, "prob": p, "kept": kept, "text": text})
            for n, text, y, p, kept in _scored_lines(labels)
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    add_input_arguments(parser, copies=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    model = load_model(args.model, trust=args.trust_model)
    featurizer = model.featurizer_
    pages = [lines for _, lines in replicate(read_pages(args.pages), args.copies, "all-new")]
    lines = list(dict.fromkeys(line for page in pages for line in page if not is_blank(line)))
    normalized = [normalize_for_features(line) for line in lines]
    size = sum(len(line.encode("utf-8")) for line in lines)
    jieba.setLogLevel(60)
    jieba.initialize()
    layout_features(lines[:1])  # build the character tables once, as the first batch does
    features = featurizer.transform(lines)
    flat = _FlatPages.from_pages(pages)
    stage1 = model._line_probs(flat.texts)

    def compiled(step):  # a step of the C modules, where the install built them
        return [step] if all(module is not None for module in compiled_modules()) else []

    def transform():
        return featurizer.transform(lines)

    def layout_batch():
        return layout_features(lines)

    def classify_uncached():
        model.stage1_cache_size = 0
        return classify_pages(pages, model=model)

    page_records = [Page(str(i), page, "bench", 1) for i, page in enumerate(pages)]
    labelled = list(zip(page_records, classify_pages(pages, model=model)))

    def annotate(write):
        out = io.StringIO()
        for page, labels in labelled:
            write(out, page, labels)

    ngrams = ((1, 3), 2**18)

    steps: list[tuple[str, str, Callable[[], object]]] = [
        ("normalise", "per line", lambda: [normalize_for_features(line) for line in lines]),
        *compiled(("normalise", "folding tables (C module)", lambda: normalize_many(lines))),
        (
            "char n-grams",
            "sklearn HashingVectorizer",
            lambda: HashingVectorizer(
                analyzer="char",
                ngram_range=(1, 3),
                n_features=2**18,
                alternate_sign=False,
                norm=None,
                lowercase=False,
            ).transform(normalized),
        ),
        ("char n-grams", "batch MurmurHash3 (numpy)", lambda: char_ngram_counts_numpy(normalized, *ngrams)),
        *compiled(("char n-grams", "compiled (C module)", lambda: char_ngram_counts(normalized, *ngrams))),
        ("segment", "jieba, per line", lambda: [jieba.lcut(t) for t in normalized]),
        (
            "segment",
            "rjieba, per line",
            lambda: [[w for w in rjieba.cut(t) if not w.isspace()] for t in normalized],
        ),
        ("segment", "rjieba, one call per batch", lambda: tokenize_many(normalized)),
        (
            "words + pairs",
            "sklearn HashingVectorizer",
            lambda: HashingVectorizer(
                analyzer=tokenize_words, n_features=2**17, alternate_sign=False, norm=None, lowercase=False
            ).transform(normalized),
        ),
        ("words + pairs", "batch MurmurHash3 (numpy)", lambda: word_counts_numpy(normalized, 2**17)),
        *compiled(("words + pairs", "hashed by the C module", lambda: word_counts(normalized, 2**17))),
        ("layout", "per line", lambda: [_line_layout(line) for line in lines]),
        ("layout", "batch tables in numpy + triggered regexes", without_compiled(layout_batch)),
        *compiled(("layout", "counts in one pass (C module) + triggered regexes", layout_batch)),
        (
            "stage-1 features",
            "before (all of the above, per line)",
            lambda: reference_transform(featurizer, lines),
        ),
        (
            "stage-1 features",
            "LineFeatures.transform, Python and numpy",
            without_compiled(transform),
        ),
        *compiled(("stage-1 features", "LineFeatures.transform, C modules", transform)),
        ("stage-1 model", "predict_proba", lambda: model.line_model_.predict_proba(features)),
        (
            "stage 2",
            "context features + model",
            lambda: model.context_model_.predict_proba(model._context_matrix(flat, stage1)),
        ),
        (
            "whole",
            "classify_pages, no line cache, Python and numpy",
            without_compiled(classify_uncached),
        ),
        *compiled(
            (
                "whole",
                "classify_pages, no line cache, C counts only",
                without_compiled(classify_uncached, counts=False),
            )
        ),
        *compiled(
            (
                "whole",
                "classify_pages, no line cache, C counts and normalisation",
                without_compiled(classify_uncached, counts=False, folding=False),
            )
        ),
        *compiled(
            (
                "whole",
                "classify_pages, no line cache, C modules but the layout counts",
                without_compiled(classify_uncached, counts=False, folding=False, scores=False),
            )
        ),
        *compiled(
            (
                "whole",
                "classify_pages, no line cache, C modules",
                classify_uncached,
            )
        ),
        ("write --annotate", "json.dumps of a dict per line", lambda: annotate(annotate_by_dict)),
        (
            "write --annotate",
            "rows from their fields' JSON",
            lambda: annotate(lambda out, page, labels: AnnotateJsonlWriter(out).write(page, labels)),
        ),
    ]
    rows = []
    for step, how, run in steps:
        timing = best_of(args.repeat, time_call, run)
        rows.append([step, how, timing.cpu * 1000, size / timing.cpu / 1e6])
    print(f"{len(lines)} distinct lines, {size / 1e6:.2f} MB, {len(pages)} pages; best of {args.repeat}")
    print_table(["step", "how", "CPU ms", "MB/s"], rows)


if __name__ == "__main__":
    main()
