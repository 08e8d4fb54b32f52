"""``--jobs``: the worker pool gives the same output as one process, really runs in parallel,
reads its input lazily, and fails cleanly when a worker cannot start or dies."""

from __future__ import annotations

import itertools
import os
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier.cli import main
from classifier.decide import PageLabels
from classifier.model.persist import ModelError
from classifier.run import IN_FLIGHT_PER_JOB, Tally, _packed, _unpacked, iter_labelled
from tests.conftest import tiny_pages


class ConstantModel:
    """Calls every line body; stands in for a model where only the plumbing is under test."""

    def predict_proba(self, pages):
        return [np.tile([0.7, 0.1, 0.1, 0.1], (len(page), 1)) for page in pages]


class RendezvousModel(ConstantModel):
    """Labels a batch only once two different processes are labelling at the same time."""

    def __init__(self, directory: str):
        self.directory = Path(directory)

    def predict_proba(self, pages):
        (self.directory / str(os.getpid())).touch()
        deadline = time.monotonic() + 30
        while len([p for p in self.directory.iterdir() if p.name.isdigit()]) < 2:
            if time.monotonic() > deadline:
                (self.directory / "timeout").touch()
                break
            time.sleep(0.01)
        return super().predict_proba(pages)


class DyingModel(ConstantModel):
    def predict_proba(self, pages):
        os._exit(3)  # as if the kernel's OOM killer took the worker


def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path, tiny_model_path):
    pages, _ = tiny_pages(60, seed=11)
    source = tmp_path / "pages.txt"
    source.write_text("\f\n".join("\n".join(page) + "\n" for page in pages), encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        out, rejects = tmp_path / f"out{jobs}.txt", tmp_path / f"rejects{jobs}.jsonl"
        argv = ["clean", str(source), "--split", "-q", "--jobs", jobs, "--batch-size", "7"]
        assert main([*argv, "-o", str(out), "--rejects", str(rejects), "--model", str(tiny_model_path)]) == 0
        outputs[jobs] = (out.read_bytes(), rejects.read_bytes())
    assert outputs["1"] == outputs["2"] and outputs["1"][0].count(b"\f\n") == 59


class MarkerModel(ConstantModel):
    """body for lines holding 甲, navigation for the rest: labels that show which line went where."""

    def predict_proba(self, pages):
        return [np.array([[0.9, 0, 0.1, 0] if "甲" in line else [0.1, 0, 0.9, 0] for line in page]) for page in pages]


@given(st.lists(st.text(st.sampled_from(["甲", "乙", "\n", "\r", " "]), max_size=4), max_size=6))
def test_pages_reach_the_workers_line_for_line(lines):
    assert list(_unpacked(_packed(lines))) == lines


def test_workers_see_the_same_lines_as_one_process():
    pages = [["甲", "", "乙"], [], [""], ["甲\n乙", "乙"], ["乙\r甲", "", ""], ["甲"] * 3 + [""]]
    results = {jobs: [r.labels for _, r in iter_labelled(pages, model=MarkerModel(), jobs=jobs, batch_size=2)]
               for jobs in (1, 2)}
    assert results[1] == results[2]
    assert [len(labels) for labels in results[2]] == [len(page) for page in pages]


def test_two_workers_label_at_the_same_time(tmp_path):
    pages = [["正文一", "正文二"]] * 40
    results = list(iter_labelled(pages, model=RendezvousModel(str(tmp_path)), jobs=2, batch_size=5))
    assert len(results) == 40 and all(labels.labels == ["body", "body"] for _, labels in results)
    assert not (tmp_path / "timeout").exists()
    assert len(list(tmp_path.iterdir())) == 2  # two worker processes


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily_and_in_order(jobs):
    pulled = itertools.count()

    def endless():
        for number in itertools.count():
            next(pulled)
            yield [f"第{number}页"]

    labelled = iter_labelled(endless(), model=ConstantModel(), jobs=jobs, batch_size=4)
    first = [next(labelled)[0] for _ in range(10)]
    labelled.close()
    assert first == [[f"第{n}页"] for n in range(10)]
    assert next(pulled) <= 4 * (IN_FLIGHT_PER_JOB * jobs + 2)  # a few batches ahead, not the input


def test_a_dying_worker_raises_instead_of_hanging():
    with pytest.raises(BrokenProcessPool):
        list(iter_labelled([["正文"]] * 10, model=DyingModel(), jobs=2, batch_size=2))


def test_a_model_that_cannot_load_in_the_workers_is_reported(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        list(iter_labelled([["正文"]], model_path=tmp_path / "none.joblib", jobs=2))


def test_tally_counts_every_non_blank_line_once():
    tally = Tally()
    for _, labels in iter_labelled([["正文", "", "二"], []], model=ConstantModel(), keep=("spam",)):
        tally.add(labels)
    assert (tally.pages, tally.lines, tally.non_blank) == (2, 3, 2)
    assert tally.dropped == {"body": 2} and tally.kept.total() == 0


def test_tally_splits_each_label_into_kept_and_dropped():
    labels = ["body", None, "spam", "body", "navigation", "body"]
    kept = [True, False, False, False, False, True]
    tally = Tally()
    tally.add(PageLabels([""] * 6, labels, np.zeros((6, 4)), kept))
    tally.add(PageLabels(["", ""], ["spam", None], np.zeros((2, 4)), [True, False]))
    assert tally.kept == {"body": 2, "spam": 1}
    assert tally.dropped == {"body": 1, "spam": 1, "navigation": 1}
    assert (tally.pages, tally.lines, tally.non_blank) == (2, 8, 6)
