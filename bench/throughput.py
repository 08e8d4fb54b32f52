"""zhclean's cleaning throughput side by side with a fastText line classifier's predict throughput.

    python -m bench.throughput --model /work/bench-model/zhclean-line.joblib

The reference is what pipelines use for line and document classifiers: a fastText supervised model
with character n-grams, trained on the same labelled lines (``__label__body`` ...; ``--train``,
the real pages by default) and predicting every non-blank line of the same benchmark pages in the
same run. Its n-grams come from the line's characters separated by spaces with ``wordNgrams=3``
(``--fasttext-mode chars``, the default; the spacing is done in Python and timed with the
prediction) or from ``minn=1, maxn=3`` subwords of the raw line (``subword``). ``chars`` predicts
12-18% faster here even with the spacing, so it is the stricter reference.
fastText is timed on the list of lines, already split; zhclean on whole pages, split into lines,
labelled, and the kept lines joined again: in-process (``iter_labelled`` as the CLI calls it) and
end to end (``zhclean clean`` on a JSONL file, in a subprocess, reading, writing, loading the model),
and the same less one start-up (the CLI on a one-page file, timed in the same run): what the CLI
gives per MB on a dump far larger than the benchmark's input.

The input is the pages copied ``--copies`` times, in five variants (``bench._common.VARIANTS``):
copies repeat every line; copies bring new article lines under the same menus and footers (what a
crawl of a site looks like); no line ever repeats (the worst case for the caches, raw speed only);
the same with an emoji in every fifth line; and the same with every line a page of its own.
Each number is the best of ``--repeat`` runs, and each zhclean run starts with an empty line cache.
Throughput is in MB of page text (UTF-8) per second of wall time and per CPU second ("per core").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench._common import (
    REAL_PAGES,
    ROOT,
    VARIANTS,
    Timing,
    add_input_arguments,
    add_model_arguments,
    best_of,
    non_blank_lines,
    print_table,
    read_pages,
    replicate,
    run_cli,
    text_bytes,
    time_call,
    write_jsonl,
)
from classifier.api import load_model
from classifier.gold import read_gold
from classifier.run import iter_labelled, one_blas_thread

FASTTEXT_PARAMS = {
    "subword": {"minn": 1, "maxn": 3, "epoch": 25, "lr": 0.5},
    "chars": {"wordNgrams": 3, "epoch": 25, "lr": 0.5},
}


def fasttext_text(line: str, mode: str) -> str:
    """A line as fastText reads it: one line of space-separated tokens."""
    if mode == "chars":
        return " ".join(c for c in line if not c.isspace())
    return " ".join(line.split())


def fasttext_reference(train: list[Path], mode: str, cache_dir: Path):
    """The fastText model of ``train``'s labelled lines, trained once and kept in ``cache_dir``."""
    import fasttext

    lines = [
        f"__label__{label} {fasttext_text(text, mode)}\n"
        for path in train
        for page in read_gold(path)
        for text, label in zip(page.texts, page.labels)
        if label is not None
    ]
    digest = hashlib.sha256(json.dumps([lines, FASTTEXT_PARAMS[mode]]).encode()).hexdigest()[:16]
    model_path = cache_dir / f"fasttext-{mode}-{digest}.bin"
    if not model_path.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        train_file = cache_dir / f"fasttext-{mode}-{digest}.txt"
        train_file.write_text("".join(lines), encoding="utf-8")
        trained = fasttext.train_supervised(
            str(train_file), verbose=0, thread=1, seed=0, **FASTTEXT_PARAMS[mode]
        )
        trained.save_model(str(model_path))
    return fasttext.load_model(str(model_path))


def time_fasttext(model, lines: list[str], mode: str) -> Timing:
    if mode == "chars":
        return time_call(lambda: model.predict([fasttext_text(line, mode) for line in lines]))
    # Lines never hold "\n" (split_lines splits on it), the one thing fastText's predict refuses.
    return time_call(lambda: model.predict(lines))


def time_in_process(model, pages: list, cache: bool) -> Timing:
    model.stage1_cache_size = 1 << 16 if cache else 0

    def clean_all() -> None:
        model.__dict__.pop("_stage1_cache", None)  # each run starts cold
        for _, labels in iter_labelled(pages, model=model, lines_of=lambda page: page[1]):
            "\n".join(labels.cleaned_lines())

    return time_call(clean_all)


def time_cli_startup(one_page: list, model_flags: list[str], repeat: int) -> Timing:
    """``zhclean clean`` on one page: what every run pays before its input is read (imports, the
    model file, the layout tables). Taken from a run's time, it leaves what a dump of any size
    costs per MB: the figure for inputs far larger than the benchmark's."""
    with tempfile.TemporaryDirectory() as tmp:
        source = write_jsonl(one_page, Path(tmp) / "page.jsonl")
        command = ["clean", str(source), "-o", str(Path(tmp) / "clean.jsonl"), "-q", *model_flags]
        return best_of(repeat, run_cli, command)


def time_model_load(model_path: Path, trust: bool) -> dict[str, float]:
    """Seconds, in a fresh process, to import what labelling needs (NumPy, joblib, zhclean; not
    scikit-learn, nor SciPy where the C modules were built) and then to load the model file (card
    check included)."""
    code = (
        "import time, json\nstart = time.perf_counter()\n"
        "import classifier.api\nimported = time.perf_counter()\n"
        f"classifier.api.load_model({str(model_path)!r}, trust={trust})\n"
        "print(json.dumps({'import': imported - start, 'load': time.perf_counter() - imported}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    add_input_arguments(parser)
    parser.add_argument("--train", type=Path, nargs="+", default=[REAL_PAGES], help="gold JSONL for fastText")
    parser.add_argument("--fasttext-mode", choices=sorted(FASTTEXT_PARAMS), default="chars")
    parser.add_argument("--fasttext-cache", type=Path, default=Path.home() / ".cache" / "zhclean-bench")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=VARIANTS, help="inputs to run")
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end CLI runs")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    reference = fasttext_reference(args.train, args.fasttext_mode, args.fasttext_cache)
    model = load_model(args.model, trust=args.trust_model)
    one_blas_thread()  # as `zhclean clean` does: one labelling process, one core
    base = read_pages(args.pages)
    # The first batch builds the layout tables (once per process): not part of any timed run.
    list(iter_labelled(replicate(base[:1], 1), model=model, lines_of=lambda page: page[1]))
    model_flags = ["--model", str(args.model), *(["--trust-model"] if args.trust_model else [])]
    results: dict = {"model_load_seconds": time_model_load(args.model, args.trust_model), "inputs": {}}
    startup = None if args.no_cli else time_cli_startup(replicate(base[:1], 1), model_flags, args.repeat)
    results["cli_startup"] = None if startup is None else vars(startup)

    for variant in args.variants:
        pages = replicate(base, args.copies, variant)
        size, lines = text_bytes(pages), non_blank_lines(pages)
        name = f"{variant}: real pages x{args.copies}"
        runs = {
            f"fastText predict ({args.fasttext_mode})": best_of(
                args.repeat, time_fasttext, reference, lines, args.fasttext_mode
            ),
            "zhclean in-process": best_of(args.repeat, time_in_process, model, pages, True),
            "zhclean in-process, no line cache": best_of(args.repeat, time_in_process, model, pages, False),
        }
        if not args.no_cli:
            with tempfile.TemporaryDirectory() as tmp:
                source = write_jsonl(pages, Path(tmp) / "pages.jsonl")
                output = Path(tmp) / "clean.jsonl"
                command = ["clean", str(source), "-o", str(output), "-q", *model_flags]
                runs["zhclean clean (CLI, --jobs 1)"] = best_of(args.repeat, run_cli, command)
                if sum(1 for _ in open(output, encoding="utf-8")) != len(pages):
                    raise SystemExit(f"zhclean wrote {output} without one record per page")
            cli = runs["zhclean clean (CLI, --jobs 1)"]
            runs["zhclean clean (CLI), one start-up less"] = Timing(
                max(cli.wall - startup.wall, 1e-9), max(cli.cpu - startup.cpu, 1e-9)
            )
        reference_rate = size / runs[next(iter(runs))].cpu
        rows = []
        for label, t in runs.items():
            per_core = size / t.cpu
            rows.append(
                [
                    label,
                    size / t.wall / 1e6,
                    per_core / 1e6,
                    round(len(lines) / t.cpu),
                    per_core / reference_rate,
                ]
            )
        print(f"\n{name}: {size / 1e6:.1f} MB, {len(pages)} pages, {len(lines)} non-blank lines")
        print_table(["", "MB/s wall", "MB/s per core", "lines/s per core", "ratio (per core)"], rows)
        results["inputs"][name] = {
            "bytes": size,
            "pages": len(pages),
            "lines": len(lines),
            "runs": {label: vars(t) for label, t in runs.items()},
        }
    load = results["model_load_seconds"]
    print(f"\nimports: {load['import']:.2f} s, then load_model: {load['load']:.2f} s ({args.model})")
    if startup is not None:
        print(f"zhclean clean on one page (the start-up taken off above): {startup.cpu:.2f} CPU s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
