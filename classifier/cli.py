"""The ``zhclean`` command: clean, label, evaluate, build-data, train (``docs/cli.md``).

Exit codes: 0 success; 1 bad input, bad usage, or a model or output that cannot be used; 2 internal
error (a bug: one line on stderr, the traceback with ``ZHCLEAN_DEBUG=1``); 130 after Ctrl-C and
143 after SIGTERM, with no output left under its final name.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import stat
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

from . import _blas_threads  # noqa: F401  (first: it must run before NumPy is imported)
from .decide import DEFAULT_KEEP, PAGE
from .labels import LABELS
from .model.persist import ModelError
from .read import (
    FORMATS,
    InputError,
    ReadOptions,
    ReadStats,
    SplitRule,
    check_input,
    detect_format,
    read_pages,
)
from .read.decode import check_encoding
from .read.source import STDIN, display_name
from .read.wet import WET_FIELDS
from .run import (
    DEFAULT_BATCH_SIZE,
    MAX_BATCH_CHARS,
    MAX_BATCH_LINES,
    Tally,
    iter_labelled,
    one_blas_thread,
    resolve_model,
)
from .write import (
    STDOUT,
    AnnotateJsonlWriter,
    AnnotateTsvWriter,
    CleanJsonlWriter,
    CleanTextWriter,
    OutputError,
    PageWriter,
    RejectsWriter,
    atomic_outputs,
)

EXIT_OK = 0
EXIT_USAGE = 1  # also bad input: both are the user's to fix
EXIT_INTERNAL = 2
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM

DEFAULT_REAL = Path("../shared/data/real/pages.jsonl")
DEFAULT_MODEL_OUT = "models/zhclean-line.joblib"
PROGRESS_SECONDS = 0.5

log = logging.getLogger("zhclean")


class UsageError(Exception):
    """Options that do not fit together or name something that is not there."""


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that outputs are cleaned up on the way out."""


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error; zhclean keeps 2 for internal errors."""

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# ---- option values --------------------------------------------------------------------------


def _keep_list(value: str) -> tuple[str, ...]:
    classes = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [c for c in classes if c not in LABELS]
    if not classes or unknown:
        raise argparse.ArgumentTypeError(f"{value!r}: classes are {', '.join(LABELS)}")
    return classes


def _threshold(value: str) -> float | str:
    """A probability, or "page" for each page's own threshold (classifier.decide.page_threshold)."""
    if value == PAGE:
        return value
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is neither a number between 0 and 1 nor 'page'")
    if number > 0.5:
        # Such a line is body already: the most probable label decides wherever the threshold does
        # not, and a probability above 0.5 is the most probable.
        raise argparse.ArgumentTypeError(
            f"{value!r}: a threshold above 0.5 would change nothing (it only makes lines body that "
            "are not; the most probable label decides the rest)"
        )
    return number


def _split_rule(value: str) -> str:
    try:
        SplitRule.parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _encoding(value: str) -> str:
    try:
        return check_encoding(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 0")
    return int(value)


# ---- the parser -----------------------------------------------------------------------------


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input")
    group.add_argument(
        "--format",
        choices=FORMATS,
        help="input format (default: from the file name: .jsonl[.gz|.zst] is jsonl; .wet, .warc.wet.gz, "
        ".warc.gz is wet; anything else, and stdin, is text)",
    )
    group.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of text and JSONL input (default: utf-8; e.g. gb18030, big5)",
    )
    group.add_argument(
        "--errors",
        choices=("replace", "strict"),
        default="replace",
        help="undecodable bytes: replace with U+FFFD and count them (default), "
        "or stop with an error naming the line",
    )
    group.add_argument(
        "--split",
        nargs="?",
        const="ff",
        type=_split_rule,
        metavar="RULE",
        help="text input holds several pages: ff (a form-feed line; the default RULE), "
        "blank:N (N or more blank lines) or line:TEXT (a line equal to TEXT)",
    )
    group.add_argument(
        "--text-key", default="text", metavar="KEY", help="JSONL field holding the page text (default: text)"
    )
    group.add_argument(
        "--id-key",
        default="id",
        metavar="KEY",
        help="JSONL field holding the page id (default: id; FILE:LINE when missing)",
    )
    group.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help="a malformed JSONL line or WET record: stop with an error (default), "
        "or skip it and count it in the summary",
    )


def _add_model_options(parser: argparse.ArgumentParser, *, keep: bool = True) -> None:
    group = parser.add_argument_group("model")
    group.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    group.add_argument(
        "--trust-model",
        action="store_true",
        help="load a model whose hash does not match its card (a joblib file can run code: "
        "only for files you made)",
    )
    group.add_argument(
        "--threshold",
        type=_threshold,
        metavar="P",
        help="also call a line body whenever P(body) >= P, at most 0.5 (lower keeps more text); "
        "'page': a threshold of each page's own, lower on pages that are mostly chrome (not idempotent)",
    )
    if keep:
        group.add_argument(
            "--keep",
            type=_keep_list,
            default=DEFAULT_KEEP,
            metavar="CLASSES",
            help=f"comma-separated classes to keep (default: body; classes: {','.join(LABELS)})",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhclean",
        description="Clean crawled Chinese web text line by line: every non-blank line is labelled "
        "body, copyright, navigation or spam, and only the kept classes (body by default) are written.",
        epilog="Exit codes: 0 success, 1 bad input or usage, 2 internal error, 130/143 interrupted. "
        "See docs/cli.md.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    raw = argparse.RawDescriptionHelpFormatter

    clean = commands.add_parser(
        "clean",
        help="keep the body lines of pages",
        formatter_class=raw,
        description="Read pages (text, JSONL or Common Crawl WET; plain, .gz or .zst), label their lines\n"
        "and write the kept lines. Text in, text out (pages apart as they were split); JSONL and\n"
        "WET in, JSONL out (WET: id, url, date, text). Outputs appear under their final name only\n"
        "when the run succeeds; put --split after the inputs or give it a RULE.",
        epilog="examples:\n"
        "  zhclean clean page.txt > page.clean.txt\n"
        "  zhclean clean crawl.jsonl.gz -o clean.jsonl.zst --rejects dropped.jsonl.gz --jobs 2\n"
        "  zhclean clean CC-MAIN-*.warc.wet.gz -o clean.jsonl.gz\n"
        "  zhclean clean pages.txt --split blank:3 --annotate --annotate-format tsv -o labels.tsv",
    )
    clean.add_argument("inputs", nargs="*", metavar="INPUT", help="input files; - or none for stdin")
    clean.add_argument(
        "-o",
        "--output",
        default=STDOUT,
        metavar="FILE",
        help="output file, compressed by its extension (.gz, .zst); - for stdout (default)",
    )
    clean.add_argument(
        "--rejects",
        metavar="FILE",
        help="also write every dropped non-blank line as JSONL: page, line (1-based in the page), "
        "label, prob, text",
    )
    clean.add_argument(
        "--annotate",
        action="store_true",
        help="write every line with its label and probability instead of the cleaned text",
    )
    clean.add_argument(
        "--annotate-format", choices=("jsonl", "tsv"), help="format of --annotate output (default: jsonl)"
    )
    clean.add_argument(
        "--jobs",
        "-j",
        type=_count,
        default=1,
        metavar="N",
        help="worker processes for labelling (default: 1; 0: one per CPU)",
    )
    clean.add_argument(
        "--batch-size",
        type=_count,
        default=DEFAULT_BATCH_SIZE,
        metavar="PAGES",
        help=f"pages labelled together at most (default: {DEFAULT_BATCH_SIZE}; a batch also closes at "
        f"{MAX_BATCH_LINES:,} lines or {MAX_BATCH_CHARS >> 20} Mi characters)",
    )
    clean.add_argument(
        "--quiet", "-q", action="store_true", help="no progress and no summary (warnings stay)"
    )
    _add_input_options(clean)
    _add_model_options(clean)
    clean.set_defaults(run=cmd_clean)

    label = commands.add_parser(
        "label",
        help="show each line of a page with its label and confidence",
        description="Print every line with its label and confidence, coloured on a terminal.",
    )
    label.add_argument("inputs", nargs="+", metavar="FILE", help="page file(s); - for stdin")
    label.add_argument("--no-color", action="store_true", help="no colour (also: NO_COLOR set)")
    _add_input_options(label)
    _add_model_options(label, keep=False)
    label.set_defaults(run=cmd_label)

    evaluate = commands.add_parser(
        "evaluate",
        help="score a model on gold pages",
        description="Print per-class scores, the confusion matrix and keep scores for each gold file "
        "(and over all of them when there are several).",
    )
    evaluate.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold pages (see shared/README.md)")
    _add_model_options(evaluate)
    evaluate.set_defaults(run=cmd_evaluate)

    build_data = commands.add_parser("build-data", help="write generated training pages (gold JSONL)")
    build_data.add_argument("-o", "--output", required=True, metavar="FILE", help="gold JSONL file to write")
    build_data.add_argument(
        "--pages", type=_count, metavar="N", help="pages to generate (default: the recipe's)"
    )
    build_data.add_argument("--seed", type=int, help="random seed (default: the recipe's)")
    build_data.set_defaults(run=cmd_build_data)

    train = commands.add_parser(
        "train",
        help="rebuild the model from scratch",
        description="Train a model and save it with its card (hash, recipe, scores).",
    )
    train.add_argument(
        "-o",
        "--output",
        default=DEFAULT_MODEL_OUT,
        metavar="FILE",
        help=f"model file to write (default: {DEFAULT_MODEL_OUT})",
    )
    train.add_argument(
        "--real", metavar="PATH", help=f"real labelled pages (default: {DEFAULT_REAL} if it exists)"
    )
    train.add_argument("--no-real", action="store_true", help="train without real pages")
    train.add_argument(
        "--dev", nargs="*", default=[], metavar="GOLD", help="gold files to score the model on"
    )
    source = train.add_mutually_exclusive_group()
    source.add_argument("--data", metavar="FILE", help="generated pages written by build-data")
    source.add_argument("--pages", type=_count, metavar="N", help="generate N pages (default: the recipe's)")
    train.add_argument("--seed", type=int, help="random seed (default: the recipe's)")
    train.add_argument(
        "--words",
        action=argparse.BooleanOptionalAction,
        help="the rjieba word and word-pair block in the features (default: the recipe's, on)",
    )
    train.add_argument(
        "--neighbour-text",
        action=argparse.BooleanOptionalAction,
        help="the neighbouring lines' text in the context stage (default: the recipe's, on)",
    )
    train.add_argument(
        "--own-text",
        action=argparse.BooleanOptionalAction,
        help="with it, the line's own text in the context stage too (default: the recipe's, on)",
    )
    train.set_defaults(run=cmd_train)
    return parser


# ---- clean ----------------------------------------------------------------------------------


def _read_options(args: argparse.Namespace, fmt: str) -> ReadOptions:
    if args.split is not None and fmt != "text":
        raise UsageError("--split applies to text input only")
    if fmt == "wet" and args.text_key in WET_FIELDS:
        raise UsageError(f"--text-key {args.text_key}: WET output already has a field {args.text_key!r}")
    return ReadOptions(
        format=fmt,
        encoding=args.encoding,
        errors=args.errors,
        split=args.split,
        text_key=args.text_key,
        id_key=args.id_key,
        on_error=args.on_error,
    )


def _input_format(inputs: Sequence[str], chosen: str | None) -> str:
    """The one format of all inputs (the output's shape depends on it), once each input is checked."""
    for name in inputs:
        check_input(name)
    if chosen:
        return chosen
    formats = {name: detect_format(name) if name != STDIN else "text" for name in inputs}
    if len(set(formats.values())) > 1:
        listed = ", ".join(f"{display_name(name)}: {fmt}" for name, fmt in formats.items())
        raise UsageError(f"inputs of different formats ({listed}); clean them separately or give --format")
    return next(iter(formats.values()))


def _check_paths(inputs: Sequence[str], outputs: Sequence[str | None]) -> None:
    """Refuse outputs that would overwrite an input or each other before anything is read."""
    if "" in outputs:
        raise UsageError("an output name is empty")
    named = [path for path in outputs if path]
    if named.count(STDOUT) > 1:
        raise UsageError("only one output can go to stdout")
    files = [path for path in named if path != STDOUT]
    for i, path in enumerate(files):
        if any(_same_file(path, other) for other in files[:i]):
            raise UsageError(f"{path}: given as two outputs")
        for name in inputs:
            if name != STDIN and _same_file(path, name):
                raise UsageError(f"{path}: output is the input {name}: it would be destroyed")


def _same_file(a: str, b: str) -> bool:
    if os.path.exists(a) and os.path.exists(b):
        # A device or pipe (/dev/null) is written in place, as it goes: it can take two outputs.
        return os.path.samefile(a, b) and stat.S_ISREG(os.stat(a).st_mode)
    return os.path.abspath(a) == os.path.abspath(b)


def _main_writer(args: argparse.Namespace, fmt: str, out: TextIO) -> PageWriter:
    if args.annotate:
        return AnnotateTsvWriter(out) if args.annotate_format == "tsv" else AnnotateJsonlWriter(out)
    if fmt == "text":
        return CleanTextWriter(out, SplitRule.parse(args.split).separator)
    return CleanJsonlWriter(out, args.text_key)


class Progress:
    """A one-line progress report on stderr, rewritten in place at most twice a second."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.started = time.monotonic()
        self._shown = 0.0

    def update(self, tally: Tally) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._shown < PROGRESS_SECONDS:
            return
        self._shown = now
        seconds = max(now - self.started, 1e-9)
        kept = tally.kept.total() / tally.non_blank if tally.non_blank else 0.0
        sys.stderr.write(
            f"\r\x1b[Kzhclean: {tally.pages:,} pages ({tally.pages / seconds:,.0f}/s), "
            f"{tally.lines:,} lines ({tally.lines / seconds:,.0f}/s), kept {kept:.0%}"
        )
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled and self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def summary(tally: Tally, stats: ReadStats, keep: Sequence[str], seconds: float) -> str:
    """The one-line summary: per class, kept + dropped is the number of non-blank lines read."""

    def per_class(counts, shown: Callable[[str], bool]) -> str:
        return ", ".join(f"{label} {counts[label]:,}" for label in LABELS if shown(label) or counts[label])

    parts = [
        f"zhclean: {tally.pages:,} pages, {tally.lines:,} lines ({tally.non_blank:,} non-blank)",
        f"kept {tally.kept.total():,} ({per_class(tally.kept, lambda label: label in keep)})",
        f"dropped {tally.dropped.total():,} ({per_class(tally.dropped, lambda label: label not in keep)})",
    ]
    if stats.replaced:
        parts.append(f"{stats.replaced:,} invalid sequences replaced")
    if stats.skipped:
        parts.append(f"{stats.skipped:,} records skipped")
    parts.append(f"{seconds:.1f} s")
    return "; ".join(parts)


def cmd_clean(args: argparse.Namespace) -> int:
    inputs = args.inputs or [STDIN]
    fmt = _input_format(inputs, args.format)
    options = _read_options(args, fmt)
    if args.annotate_format and not args.annotate:
        raise UsageError("--annotate-format needs --annotate")
    _check_paths(inputs, [args.output, args.rejects])
    if STDIN in inputs and sys.stdin is not None and sys.stdin.isatty():
        log.info("reading pages from the terminal; end with Ctrl-D")
    jobs = args.jobs or os.cpu_count() or 1
    # With one job this process labels: load the model before capping BLAS (see one_blas_thread).
    # With --jobs the workers load it; this process never does.
    model = resolve_model(None, args.model, args.trust_model) if jobs <= 1 else None
    one_blas_thread()
    stats, tally = ReadStats(), Tally()
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    def published() -> None:  # read by main's messages, should a signal come at the very end
        args.published = True

    with atomic_outputs(args.output, args.rejects, on_published=published) as (out, rejects_out):
        writer = _main_writer(args, fmt, out)
        rejects = RejectsWriter(rejects_out) if rejects_out else None
        labelled = iter_labelled(
            read_pages(inputs, options, stats),
            model=model,
            model_path=args.model,
            trust=args.trust_model,
            keep=args.keep,
            threshold=args.threshold,
            jobs=jobs,
            batch_size=max(args.batch_size, 1),
        )
        for page, labels in labelled:
            writer.write(page, labels)
            if rejects:
                rejects.write(page, labels)
            tally.add(labels)
            progress.update(tally)
    progress.clear()
    if not args.quiet:
        print(summary(tally, stats, args.keep, time.monotonic() - progress.started), file=sys.stderr)
    return EXIT_OK


# ---- label ----------------------------------------------------------------------------------

_COLOURS = {"body": "32", "copyright": "34", "navigation": "33", "spam": "31"}  # green blue yellow red
_DIM = "2"
_LABEL_WIDTH = max(len(label) for label in LABELS)


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour and text else text


#: Control characters shown as escapes on a terminal: page text must not move the cursor, clear
#: the screen or retitle the window (ESC sequences), whatever the page holds.
_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]  # all but \t and \n
_TERMINAL_SAFE = {c: f"\\x{c:02x}" for c in _CONTROLS}


def cmd_label(args: argparse.Namespace) -> int:
    fmt = _input_format(args.inputs, args.format)
    options = _read_options(args, fmt)
    if sys.stdout is None:
        raise OutputError("stdout is closed")
    terminal = sys.stdout.isatty()
    colour = terminal and not args.no_color and not os.environ.get("NO_COLOR")
    model = resolve_model(None, args.model, args.trust_model)
    stats = ReadStats()
    for page, labels in iter_labelled(
        read_pages(args.inputs, options, stats), model=model, threshold=args.threshold
    ):
        rows = [_paint(f"== {page.id} ==", _DIM, colour)]
        for text, label, confidence in zip(labels.lines, labels.labels, labels.confidence):
            text = text.translate(_TERMINAL_SAFE) if terminal else text
            if label is None:
                rows.append(f"{'':{_LABEL_WIDTH}}       {text}")
                continue
            code = _COLOURS[label]
            rows.append(
                f"{_paint(f'{label:{_LABEL_WIDTH}}', code, colour)}  {confidence:.2f}  "
                f"{_paint(text, '0' if label == 'body' else _DIM, colour)}"
            )
        print("\n".join(rows))
    return EXIT_OK


# ---- evaluate, build-data, train ------------------------------------------------------------


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .api import classify_pages
    from .evaluate import evaluate, format_report
    from .gold import read_gold

    model = resolve_model(None, args.model, args.trust_model)
    all_pages, all_predicted = [], []
    for path in args.gold:
        if not os.path.isfile(path):
            raise InputError("no such file", path)
        try:
            pages = list(read_gold(path))
        except ValueError as error:  # bad JSON, bad labels, undecodable bytes
            raise InputError(f"not a gold file ({error})", path) from None
        results = classify_pages(
            [p.texts for p in pages], model=model, keep=args.keep, threshold=args.threshold
        )
        predicted = [r.labels for r in results]
        print(format_report(evaluate(pages, predicted, keep=args.keep), title=path))
        print()
        all_pages += pages
        all_predicted += predicted
    if len(args.gold) > 1:
        print(format_report(evaluate(all_pages, all_predicted, keep=args.keep), title="overall"))
    return EXIT_OK


def _need_file(path: str | Path | None, option: str) -> None:
    if path is not None and not os.path.isfile(path):
        raise UsageError(f"{option} {path}: no such file")


def cmd_build_data(args: argparse.Namespace) -> int:
    from . import train

    pages = train.build_data(
        args.output,
        train.DEFAULT_GENERATED_PAGES if args.pages is None else args.pages,
        train.DEFAULT_SEED if args.seed is None else args.seed,
    )
    log.info("wrote %s pages to %s", pages, args.output)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from . import train

    real = None if args.no_real else args.real or (DEFAULT_REAL if DEFAULT_REAL.is_file() else None)
    _need_file(real, "--real")
    _need_file(args.data, "--data")
    for dev in args.dev:
        _need_file(dev, "--dev")
    generated = args.data or (train.DEFAULT_GENERATED_PAGES if args.pages is None else args.pages)
    card = train.train_model(
        args.output,
        real_path=real,
        dev_paths=args.dev,
        generated=generated,
        seed=train.DEFAULT_SEED if args.seed is None else args.seed,
        words=train.USE_WORDS if args.words is None else args.words,
        neighbour_text=train.NEIGHBOUR_TEXT if args.neighbour_text is None else args.neighbour_text,
        own_text=train.OWN_TEXT if args.own_text is None else args.own_text,
        log=log.info,
    )
    log.info("saved %s (%s training pages)", args.output, card.get("training_pages", "?"))
    return EXIT_OK


# ---- entry point ----------------------------------------------------------------------------


def _message_start() -> str:
    """What starts a message on stderr: on a terminal, clearing the progress line."""
    return "\r\x1b[Kzhclean: " if sys.stderr.isatty() else "zhclean: "


def _setup_logging() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_message_start() + "%(message)s"))
    handler.addFilter(_prefix_warnings)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return handler


def _prefix_warnings(record: logging.LogRecord) -> bool:
    if record.levelno >= logging.WARNING and not str(record.msg).startswith("warning: "):
        record.msg = "warning: " + str(record.msg)
    return True


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def _outputs_state(args: argparse.Namespace) -> str:
    # A signal that came while the finished outputs were renamed is raised once they all are.
    if getattr(args, "published", False):
        return "it came as the run ended: the outputs were written in full"
    return "no output file was created"


def _error(message: str, kind: str = "error") -> None:
    print(f"{_message_start()}{kind}: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``zhclean`` with ``argv`` (default: the command line); returns the exit code."""
    if sys.stderr is None:  # started with stderr closed (`2>&-`): run, with nowhere to report
        sys.stderr = open(os.devnull, "w")  # kept open for the rest of the process
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # --help, or a usage error (already reported)
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    handler = _setup_logging()
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return args.run(args)
    except (InputError, UsageError, ModelError, OutputError) as error:
        _error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error(f"stopped by Ctrl-C; {_outputs_state(args)}", "interrupted")
        return EXIT_INTERRUPTED
    except Terminated:
        _error(f"stopped by SIGTERM; {_outputs_state(args)}", "terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        # Whoever read our stdout has gone (`| head`): nothing to report, and nothing more to write.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USAGE
    except OSError as error:  # writing failed: disk full, file system gone
        _error(f"{error.filename + ': ' if error.filename else ''}{error.strerror or error}")
        return EXIT_USAGE
    except BrokenProcessPool:  # the system killed a worker (out of memory?): not a bug of ours
        _error("a worker process died (killed, or out of memory?); no output file was created")
        return EXIT_INTERNAL
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("ZHCLEAN_DEBUG") == "1":
            traceback.print_exc()
        _error(f"{type(error).__name__}: {error} (ZHCLEAN_DEBUG=1 shows the traceback)", "internal error")
        return EXIT_INTERNAL
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
        log.removeHandler(handler)
