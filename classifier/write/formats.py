"""What is written for each labelled page: cleaned text, cleaned JSONL, annotations, rejects.

Every writer has one method, ``write(page, labels)``, and writes whole records only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # what json.dumps(str, ensure_ascii=False) calls, in C
from typing import Protocol, TextIO

from ..decide import PageLabels
from ..labels import LABELS
from ..lines import is_blank
from ..read.base import Page

#: Probabilities are written with this many decimals: enough to tune a threshold, and short.
PROB_DECIMALS = 4
TSV_HEADER = "page\tline\tlabel\tprob\tkept\ttext\n"


class PageWriter(Protocol):
    def write(self, page: Page, labels: PageLabels) -> None: ...


#: Characters that ``json.dumps`` leaves raw but ``str.splitlines`` (and older JavaScript) break
#: lines at: escaped, so a record stays one line under any line-splitting rule.
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def dump_json(value: object) -> str:
    """One JSON line, non-ASCII characters as themselves except line separators."""
    return json_text(value) + "\n"


def json_text(value: object) -> str:
    """``value`` in JSON, non-ASCII characters as themselves except line separators."""
    # A string straight to the encoder json.dumps ends in: 2.7x faster than json.dumps, which builds
    # an encoder for every call with ensure_ascii=False.
    text = encode_basestring(value) if type(value) is str else json.dumps(value, ensure_ascii=False)
    # One search (and rarely a replace) per breaker runs in C; str.translate looked up every
    # character in a dict (0.6 s of a 15 MB run, most of the main process's own work with --jobs 2).
    for raw, escaped in _LINE_BREAKERS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


#: A page id in a TSV row: no tab, line feed or carriage return, which would break the row.
_TSV_FIELD = str.maketrans("\t\n\r", "   ")

ScoredLine = tuple[int, str, str | None, float | None, bool]

# The fields of an annotation or reject row in JSON, for rows written out by hand: json.dumps of a
# dict per line took three quarters of an --annotate run's writing (tests/test_write.py holds the
# rows to dump_json of the same dict, byte for byte).
_JSON_LABELS = {label: json.dumps(label) for label in (*LABELS, None)}
_JSON_KEPT = {True: "true", False: "false"}


def _json_prob(prob: float | None) -> str:
    return "null" if prob is None else float.__repr__(prob)  # json.dumps writes a float by its repr


def _scored_lines(labels: PageLabels) -> Iterator[ScoredLine]:
    """``(line number in the page, text, label, probability of the label, kept)`` per line."""
    for number, (text, label, prob, kept) in enumerate(
        zip(labels.lines, labels.labels, labels.confidence, labels.kept), 1
    ):
        yield number, text, label, None if prob is None else round(prob, PROB_DECIMALS), kept


class CleanTextWriter:
    """The kept lines of each page, pages apart by ``separator`` (the input's split marker)."""

    def __init__(self, out: TextIO, separator: str):
        self.out = out
        self.separator = separator
        # A paragraph break that is a separator line (a form feed, for ff) is written as an empty
        # line: read back with --split, it would end the page there.
        self._marker = separator.removesuffix("\n")
        self._first = True

    def write(self, page: Page, labels: PageLabels) -> None:
        marker = self._marker
        lines = ("" if line == marker and is_blank(line) else line for line in labels.cleaned_lines())
        text = "".join(line + "\n" for line in lines)
        self.out.write(text if self._first else self.separator + text)
        self._first = False


class CleanJsonlWriter:
    """The page's record with the cleaned text under ``text_key``: a JSONL record exactly as it
    came but for that value, a WET record's fields, or else the page id."""

    def __init__(self, out: TextIO, text_key: str):
        self.out = out
        self.text_key = text_key

    def write(self, page: Page, labels: PageLabels) -> None:
        text = "\n".join(labels.cleaned_lines())
        if page.around is not None:
            before, after = page.around
            self.out.write(before + json_text(text) + after + "\n")
            return
        record = dict(page.record or {"id": page.id})
        record[self.text_key] = text
        self.out.write(dump_json(record))


class AnnotateJsonlWriter:
    """Every line, blank ones included, as ``{"page", "line", "label", "prob", "kept", "text"}``."""

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, page: Page, labels: PageLabels) -> None:
        page_id = json_text(page.id)
        self.out.write(
            "".join(
                f'{{"page": {page_id}, "line": {n}, "label": {_JSON_LABELS[y]}, "prob": {_json_prob(p)}, '
                f'"kept": {_JSON_KEPT[kept]}, "text": {json_text(text)}}}\n'
                for n, text, y, p, kept in _scored_lines(labels)
            )
        )


class AnnotateTsvWriter:
    """Every line as ``page, line, label, prob, kept, text`` under a header row. The text comes last
    and may hold tabs: split each row at the first five tabs only."""

    def __init__(self, out: TextIO):
        self.out = out
        out.write(TSV_HEADER)

    def write(self, page: Page, labels: PageLabels) -> None:
        page_id = page.id.translate(_TSV_FIELD)
        self.out.write(
            "".join(
                f"{page_id}\t{n}\t{label or ''}\t{'' if prob is None else prob}\t{int(kept)}\t{text}\n"
                for n, text, label, prob, kept in _scored_lines(labels)
            )
        )


class RejectsWriter:
    """Every dropped non-blank line as ``{"page", "at", "line", "label", "prob", "text"}``: with the
    cleaned output, every input line is accounted for. ``at`` is where the page starts in its input
    (``file:line``, a WET file's record number instead of a line), which tells pages apart when
    their ids repeat."""

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, page: Page, labels: PageLabels) -> None:
        page_id, at = json_text(page.id), json_text(f"{page.source}:{page.line}")
        self.out.write(
            "".join(
                f'{{"page": {page_id}, "at": {at}, "line": {n}, "label": {_JSON_LABELS[label]}, '
                f'"prob": {_json_prob(prob)}, "text": {json_text(text)}}}\n'
                for n, text, label, prob, kept in _scored_lines(labels)
                if label is not None and not kept
            )
        )
