"""spaCy's entity recogniser with its transition steps taken from Python for a batch of texts: the same entities.

The entity recogniser (spaCy's ``ner``) reads a batch of texts one transition at a time: at each step it scores
the moves of every text still open (the hidden layer summed from features computed once for the batch, then one
small matrix product), keeps the best valid move of each and takes it. spaCy runs that loop in compiled code with
the GIL released (``Parser.greedy_parse``), but in the build of spaCy 3.8.18 installed, each look at a token of
the buffer (``StateC.B_``) takes the GIL and gives it back twice (``PyGILState_Ensure`` and ``Release`` in the
compiled function, seen with ``objdump``), and the recogniser's validity test asks every move of every text at
every step, each move looking at the buffer: 74 moves in English, 18 in French. The GIL round trips were two thirds
of the loop (``perf``: ``pthread_mutex_lock``, ``take_gil`` and ``drop_gil`` under ``StateC::B_``), the loop
about 60% of the English recogniser's time (its own token-to-vector layers the rest).

:class:`EntitySteps` takes the same steps from Python with spaCy's own functions: the features of the batch computed
once (the recogniser's ``model.predict``), each step's hidden layer by the same function as the compiled loop
(``precompute_hiddens``: the same sums, bias and maxout), the scores by the same ``blis`` matrix product (thinc's
``NumpyOps`` with ``blis``, the product the compiled loop calls, whatever :mod:`.gemm` set for the other layers),
the same bias and the same minimum for the unseen moves, then spaCy's ``transition_states`` (the compiled
validity test and move), which runs holding the GIL, so each look at the buffer only checks the thread's state.
The scores are those of the compiled loop bit for bit, so the moves and the entities are the same (the tests
compare the Docs whole). Python's cost is per step, spaCy's per text and move at each step: the steps are taken
from Python where the batch has at least :data:`STEP_LOOP_MIN` texts times moves (on the bench's bodies, one
English text: a tie; two: 0.76x; sixteen: 0.56x; French texts, four: a tie, eight: 0.88x, sixteen: 0.84x), and by
spaCy's loop otherwise (one text parsed alone). Batching is spaCy's (``Parser.pipe``: sorted by length, in
sub-batches of a quarter of the batch size), so each text is scored with the same batch as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

#: The Python steps are taken for a sub-batch of at least this many texts times moves of the recogniser (spaCy's
#: compiled loop costs about its GIL round trips, in proportion to both; the Python one a fixed cost per step).
STEP_LOOP_MIN = 128


class EntitySteps:
    """A spaCy component giving a Doc the entities ``ner`` (a spaCy ``EntityRecognizer``) would, its transition
    steps for a batch taken from Python (see the module docstring)."""

    def __init__(self, ner: Any) -> None:
        from thinc.api import NumpyOps

        self.ner = ner
        self._blis = NumpyOps(use_blis=True)  # the product of the compiled loop (thinc's CBlas is blis's)

    @property
    def shipped(self) -> Any:
        """The component this one stands for (spaCy's entity recogniser)."""
        return self.ner

    def __call__(self, doc):
        return self.ner(doc)  # one text: spaCy's own loop (no cheaper from Python)

    def pipe(self, docs: Iterable, *, batch_size: int = 256) -> Iterator:
        """The Docs with their entities, in order, batched as ``Parser.pipe`` batches them."""
        from spacy.util import minibatch

        ner = self.ner
        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            by_length = sorted(in_order, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                ner.set_annotations(sub, self.predict(sub))
            yield from in_order

    def predict(self, docs: list) -> list:
        """The final states of ``docs`` (``ner.predict``'s), from Python's steps where they are cheaper."""
        ner = self.ner
        if (
            len(docs) * ner.moves.n_moves < STEP_LOOP_MIN
            or ner.cfg.get("beam_width", 1) != 1
            or not ner.model.attrs.get("has_upper")
            or not any(len(doc) for doc in docs)
        ):
            return ner.predict(docs)
        return self._steps(docs)

    def _steps(self, docs: list) -> list:
        """``Parser.greedy_parse(docs)`` with each step taken from Python (the same scores, moves and states)."""
        import numpy
        from thinc.api import set_dropout_rate

        ner = self.ner
        ner._ensure_labels_are_added(docs)
        set_dropout_rate(ner.model, 0.0)
        batch = ner.moves.init_batch(docs)
        step = ner.model.predict(docs)  # the features of every token of the batch, computed once
        upper = step.vec2scores
        weights, bias = upper.get_param("W"), upper.get_param("b")
        unseen = step._class_mask == 0
        hide = bool(unseen.any())
        gemm, hiddens = self._blis.gemm, step.state2vec.predict
        states = [state for state in batch if not state.is_final()]
        while states:
            scores = gemm(hiddens(step.get_token_ids(states)), weights, trans2=True)
            scores += bias
            if hide:
                scores[:, unseen] = numpy.nanmin(scores)  # an unseen move scores the lowest, as in the compiled loop
            states = ner.transition_states(states, scores)
        step.clear_memory()
        return batch
