"""``python -m classifier`` as a real process: exit statuses, stdin and stdout, a closed pipe."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.fixtures.helpers import PAGE, REPO, cli_env, python_output, run_cli, wet_record


def test_stdin_to_stdout(tiny_model_path):
    result = run_cli("clean", "--model", str(tiny_model_path), stdin=("\n".join(PAGE) + "\n").encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"{PAGE[2]}\n\n{PAGE[4]}\n"
    assert result.stderr.decode().startswith("zhclean: 1 pages, 8 lines (7 non-blank)")


def test_wet_from_stdin_with_format(tiny_model_path):
    wet = wet_record("\n".join(PAGE), url="http://a.cn/")
    result = run_cli("clean", "-", "--format", "wet", "-q", "--model", str(tiny_model_path), stdin=wet)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["url"] == "http://a.cn/" and result.stderr == b""


def test_exit_statuses_and_one_line_errors(tmp_path):
    usage = run_cli("clean", "--threshold", "x")
    assert usage.returncode == 1 and b"usage: zhclean clean" in usage.stderr
    missing = run_cli("clean", str(tmp_path / "none.txt"), "-o", str(tmp_path / "out.txt"))
    assert missing.returncode == 1
    assert missing.stderr.decode() == f"zhclean: error: {tmp_path / 'none.txt'}: no such file\n"
    assert not (tmp_path / "out.txt").exists()


def test_a_closed_stdout_ends_quietly(tmp_path, tiny_model_path):
    """``zhclean clean big | head -1``: the reader leaves early; no traceback, no error message."""
    source = tmp_path / "pages.txt"
    source.write_text(("\n".join(PAGE) + "\n\f\n") * 3000, encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "classifier",
            "clean",
            str(source),
            "--split",
            "-q",
            "--model",
            str(tiny_model_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
        cwd=REPO,
    )
    assert process.stdout.readline().decode() == PAGE[2] + "\n"
    process.stdout.close()
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


def clean_in_a_fresh_process(tmp_path, model_path, jobs: int, then: str) -> str:
    """Run `zhclean clean --jobs N` on PAGE through `classifier.cli.main` in a new interpreter,
    check its output, then run the code ``then`` there; returns what that printed."""
    source, output = tmp_path / "page.txt", tmp_path / "out.txt"
    source.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from classifier.cli import main\n"
        f"status = main(['clean', {str(source)!r}, '-o', {str(output)!r}, '-q', '--jobs', '{jobs}',"
        f" '--model', {str(model_path)!r}])\n"
        "assert status == 0, status\n"
        + then
    )
    printed = python_output(script)
    assert output.read_text(encoding="utf-8") == f"{PAGE[2]}\n\n{PAGE[4]}\n"
    return printed


def test_the_main_process_of_a_parallel_run_never_imports_scikit_learn(tmp_path, tiny_model_path):
    """Under --jobs the main process only reads, batches and writes: not even SciPy is imported
    there, only in the fork server (docs/speed.md)."""
    then = "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))\n"
    assert clean_in_a_fresh_process(tmp_path, tiny_model_path, 2, then) == "[]"


def test_labelling_never_imports_scikit_learn(tmp_path, tiny_model_path):
    """A loaded model predicts from plain arrays (classifier.model.line_model): the 1.5 s
    scikit-learn import is paid by training only, not by `zhclean clean` nor by `classifier.clean`."""
    then = (
        "import classifier\n"
        f"model = classifier.load_model({str(tiny_model_path)!r})\n"
        f"assert classifier.clean({chr(10).join(PAGE)!r}, model=model) == {PAGE[2] + chr(10) * 2 + PAGE[4]!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))\n"
    )
    assert clean_in_a_fresh_process(tmp_path, tiny_model_path, 1, then) == "[]"


def test_clean_caps_blas_at_one_thread(tmp_path, tiny_model_path):
    """One labelling process is one core (run.one_blas_thread); --jobs gives more."""
    then = (
        "from threadpoolctl import threadpool_info\n"
        "print(sorted({pool['num_threads'] for pool in threadpool_info() if pool['user_api'] == 'blas'}))\n"
    )
    assert clean_in_a_fresh_process(tmp_path, tiny_model_path, 1, then) == "[1]"


def blas_at_import(command: str, **env: str) -> str:
    """OPENBLAS_NUM_THREADS and the BLAS thread counts once ``zhclean COMMAND`` has imported the CLI."""
    script = (
        f"import sys; sys.argv = ['zhclean', {command!r}]\n"
        "import os, classifier.cli, numpy\n"
        "from threadpoolctl import threadpool_info\n"
        "counts = sorted({pool['num_threads'] for pool in threadpool_info() if pool['user_api'] == 'blas'})\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), counts)\n"
    )
    environment = {key: value for key, value in cli_env().items() if key != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env={**environment, **env}, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode().strip()


def test_openblas_starts_with_one_thread_unless_training():
    """classifier._blas_threads: no idle BLAS threads to start and spin in a labelling process;
    training keeps OpenBLAS's default, and a value the user set stays."""
    assert blas_at_import("clean") == "1 [1]"
    assert blas_at_import("label") == "1 [1]"
    assert blas_at_import("train").startswith("None ")
    assert blas_at_import("clean", OPENBLAS_NUM_THREADS="2") == "2 [2]"


def test_a_worker_caps_blas_at_one_thread_after_loading_its_model(tiny_model_path):
    """What a --jobs worker runs first (run._start_worker), in a fresh interpreter as the fork
    server gives it: the model loads, then BLAS is capped, so the libraries it loaded are too."""
    script = (
        "from threadpoolctl import threadpool_info\n"
        "from classifier import run\n"
        f"run._start_worker(None, {str(tiny_model_path)!r}, False)\n"
        "assert run._worker_error is None, run._worker_error\n"
        "print(sorted({pool['num_threads'] for pool in threadpool_info() if pool['user_api'] == 'blas'}))\n"
    )
    assert python_output(script) == "[1]"


def _worker_model_source(model_args: str) -> str:
    """Start a one-worker pool as ``run.iter_labelled`` does, in a fresh interpreter (the fork
    server is one per process), and ask the worker where its model came from."""
    script = (
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from classifier import run\n"
        "from tests.fixtures.worker_probe import model_source\n"
        "if __name__ == '__main__':\n"
        f"    model_args = {model_args}\n"
        "    context = run._pool_context()\n"
        "    run._start_fork_server(context, model_args)\n"
        "    with ProcessPoolExecutor(1, mp_context=context, initializer=run._start_worker,\n"
        "                             initargs=model_args) as pool:\n"
        "        print(pool.submit(model_source).result())\n"
    )
    return python_output(script)


def test_workers_are_born_with_the_model_the_fork_server_loaded(tiny_model_path):
    """run._start_fork_server names the model file; classifier.worker_model loads it in the fork
    server, so a worker neither loads it again nor holds its own copy."""
    assert _worker_model_source(f"(None, {str(tiny_model_path)!r}, False)") == "fork server"


def test_a_model_object_or_an_unloadable_file_is_not_preloaded(tiny_model_path, tmp_path):
    # A model object travels to each worker pickled, as before; a file the fork server cannot load
    # leaves each worker to load it and report the error with the first batch.
    sent = f"(__import__('classifier').load_model({str(tiny_model_path)!r}), None, False)"
    assert _worker_model_source(sent) == "own"
    missing = tmp_path / "missing.joblib"
    assert _worker_model_source(f"(None, {str(missing)!r}, False)") == "none"
