"""zhclean inside data-processing engines: a datatrove step (:mod:`.datatrove`) and a batch
function for Spark ``mapInPandas`` and Ray Data ``map_batches`` (:mod:`.batch`). ``docs/distributed.md``
shows each one running.

The engines themselves are optional dependencies (extras ``datatrove``, ``spark``, ``ray``): each
module imports its engine only when used.
"""
