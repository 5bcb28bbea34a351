"""The matrix products of the spaCy models on numpy's BLAS (OpenBLAS, one thread) rather than thinc's ``blis``.

Three quarters of a spaCy parse is matrix products (``NumpyOps.gemm``: the token-to-vector layers of the shared
encoder and of the NER, the parser's and the NER's hidden layers), which thinc's CPU ops hand to the ``blis``
package. On the x86-64 machines measured (AMD EPYC, AVX-512), numpy's OpenBLAS, on one thread, computes the same
products in ~0.4 of the CPU time (a 3,000 x 864 by 864 x 864 product: 124 ms against 52 ms), and the whole parse of
the bench's bodies in 0.64 of the time (bench/throughput.py prints the parse against spaCy as shipped, on blis).

The two libraries add the products' terms in another order, so the floats differ in their last bits; the parse
is what the stages read (heads, labels, tags, morphology, lemmas, entities): it was the same, token for token, on
the 408 texts of the corpora (bodies, headlines and captions of corpus/dev, dev2, dev3, the examples, the real dev
texts, the story sets; 2026-12-05), and every record of ``veille analyze`` was the same byte for byte. A decision of
the parser that hangs on the last bit of a score could go the other way on some text: it goes one way or the
other on spaCy's own parse too, by the CPU (``blis`` picks its kernel by the machine).

It is used only where it is cheaper for certain: numpy's BLAS is OpenBLAS and its threads can be set to one (with
more, each product is shared by threads that wait for each other: twice the CPU of one thread, measured, and worker
processes would compete for the cores); otherwise the models keep ``blis``. :data:`~veille.config.OPENBLAS_GEMM`
turns it off.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from typing import Any

from ..config import OPENBLAS_GEMM

logger = logging.getLogger(__name__)

#: The functions that set OpenBLAS's threads, by the names of its builds (numpy's wheels: ``scipy_openblas``).
_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def _openblas_paths() -> list[str]:
    """The OpenBLAS libraries loaded in this process (``/proc/self/maps``; none where there is no such file)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            found = {line.split(maxsplit=5)[-1].strip() for line in maps if "openblas" in line.lower()}
    except OSError:
        return []
    return sorted(path for path in found if path.startswith("/"))


@functools.cache
def single_threaded_openblas() -> bool:
    """Whether numpy's BLAS is OpenBLAS, now set to one thread (once per process; a forked worker inherits it)."""
    import numpy

    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
    except (KeyError, TypeError, AttributeError):
        return False
    if "openblas" not in str(blas).lower():
        return False
    for path in _openblas_paths():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(ctypes.c_int(1))
                return True
    return False


def _models(nlp: Any) -> list[Any]:
    """The thinc models of ``nlp``'s components, with all their layers."""
    models: list[Any] = [getattr(proc, "model", None) for _name, proc in nlp.pipeline]
    return [node for model in models if hasattr(model, "walk") for node in model.walk()]


def uses_numpy_gemm(nlp: Any) -> bool:
    """Whether the models of ``nlp`` compute their matrix products with numpy's BLAS."""
    return any(getattr(node.ops, "use_blis", True) is False for node in _models(nlp))


def numpy_gemm(nlp: Any, on: bool = True) -> bool:
    """Make the matrix products of every model of ``nlp`` numpy's (``on``) or ``blis``'s (``on=False``: spaCy as
    shipped); returns whether numpy's are used. ``on`` is refused (``blis`` kept) unless :data:`OPENBLAS_GEMM` and
    :func:`single_threaded_openblas`."""
    from thinc.api import NumpyOps

    on = on and OPENBLAS_GEMM and single_threaded_openblas()
    ops = NumpyOps(use_blis=not on)
    for node in _models(nlp):
        node.ops = ops
    if on:
        logger.debug("matrix products of %s on numpy's OpenBLAS", nlp.meta.get("name"))
    return on
