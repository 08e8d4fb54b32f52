"""Writers: atomic outputs (:mod:`.atomic`) and what is written for each page (:mod:`.formats`)."""

from .atomic import STDOUT, OutputError, atomic_outputs
from .formats import (
    AnnotateJsonlWriter,
    AnnotateTsvWriter,
    CleanJsonlWriter,
    CleanTextWriter,
    PageWriter,
    RejectsWriter,
)

__all__ = [
    "STDOUT",
    "AnnotateJsonlWriter",
    "AnnotateTsvWriter",
    "CleanJsonlWriter",
    "CleanTextWriter",
    "OutputError",
    "PageWriter",
    "RejectsWriter",
    "atomic_outputs",
]
