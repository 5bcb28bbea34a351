"""spaCy's transition-based components (the entity recogniser and the parser) with their steps taken from Python
for a batch of texts: the same entities and trees.

These components read a batch of texts one transition at a time: at each step they score the moves of every text
still open (the hidden layer summed from features computed once for the batch, then one small matrix product), keep
the best valid move of each and take it. spaCy runs that loop in compiled code with the GIL released
(``Parser.greedy_parse``), but in the build of spaCy 3.8.18 installed, each look at a token of the buffer
(``StateC.B_``) takes the GIL and gives it back twice (``PyGILState_Ensure`` and ``Release`` in the compiled
function, seen with ``objdump``), and the validity test of every open text at every step looks at the buffer for
each move it tests: the recogniser tests every move (74 in English, 18 in French), the parser its five kinds of
move (shift, reduce, left, right, break). Under ``perf`` the GIL round trips (``pthread_mutex_lock``,
``take_gil``, ``drop_gil`` under ``StateC::B_``) were two thirds of the English recogniser's loop, the loop about
60% of the recogniser's time (its own token-to-vector layers the rest).

:class:`TransitionSteps` takes the same steps from Python with spaCy's own functions: the features of the batch
computed once (the component's ``model.predict``), each step's hidden layer by the same function as the compiled
loop (``precompute_hiddens``: the same sums, bias and maxout), the scores by the same ``blis`` matrix product
(thinc's ``NumpyOps`` with ``blis``, the product the compiled loop calls, whatever :mod:`.gemm` set for the other
layers), the same bias and the same minimum for the unseen moves, then spaCy's ``transition_states`` (the
compiled validity test and move), which runs holding the GIL, so each look at the buffer only checks the thread's
state. The scores are those of the compiled loop bit for bit, so the moves, entities and trees are the same (the
tests compare the Docs whole). Python's cost is per step, spaCy's per text and validity test at each step: the
steps are taken from Python where the sub-batch has at least :data:`STEP_LOOP_MIN` texts times validity tests, and
by spaCy's loop otherwise (one text parsed alone). On the bench's texts, the recogniser: one English text a tie,
two 0.76x, sixteen 0.56x; French, four a tie, eight 0.88x; the parser: eight texts 1.1-1.3x, sixteen 0.9x, the
job's batches (43 English texts, 62 French) 0.64x and 0.67x. Batching is spaCy's (``Parser.pipe``: sorted by
length, in sub-batches of a quarter of the batch size), so each text is scored within the same batch as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

#: The Python steps are taken for a sub-batch of at least this many texts times validity tests of a state (spaCy's
#: compiled loop costs about its GIL round trips, in proportion to both; the Python one a fixed cost per step).
STEP_LOOP_MIN = 80

#: The kinds of move the parser's transition system (arc-eager) tests for a state, each once whatever its label.
ARC_EAGER_TESTS = 5


class TransitionSteps:
    """A spaCy component giving a Doc what ``component`` (a spaCy ``EntityRecognizer`` or ``DependencyParser``)
    would, its transition steps for a batch taken from Python (see the module docstring)."""

    def __init__(self, component: Any, name: str) -> None:
        from spacy.pipeline._parser_internals.arc_eager import ArcEager
        from thinc.api import NumpyOps

        self.component, self.name = component, name  # its name in the pipeline (spaCy's listeners are found by it)
        moves = component.moves
        self.tests = ARC_EAGER_TESTS if isinstance(moves, ArcEager) else moves.n_moves  # each move, for entities
        self._blis = NumpyOps(use_blis=True)  # the product of the compiled loop (thinc's CBlas is blis's)

    @property
    def shipped(self) -> Any:
        """The component this one stands for (spaCy's)."""
        return self.component

    @property
    def model(self) -> Any:
        """The component's model (:mod:`.gemm` sets its matrix products, as for the other components)."""
        return self.component.model

    def __call__(self, doc):
        return self.component(doc)  # one text: spaCy's own loop (no cheaper from Python)

    def pipe(self, docs: Iterable, *, batch_size: int = 256) -> Iterator:
        """The Docs with the component's annotations, in order, batched as ``Parser.pipe`` batches them."""
        from spacy.util import minibatch

        comp = self.component
        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            by_length = sorted(in_order, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                comp.set_annotations(sub, self.predict(sub))
            yield from in_order

    def predict(self, docs: list) -> list:
        """The final states of ``docs`` (the component's ``predict``), from Python's steps where they are cheaper."""
        comp = self.component
        if (
            len(docs) * self.tests < STEP_LOOP_MIN
            or comp.cfg.get("beam_width", 1) != 1
            or not comp.model.attrs.get("has_upper")
            or not any(len(doc) for doc in docs)
        ):
            return comp.predict(docs)
        return self._steps(docs)

    def _steps(self, docs: list) -> list:
        """``Parser.greedy_parse(docs)`` with each step taken from Python (the same scores, moves and states)."""
        import numpy
        from thinc.api import set_dropout_rate

        comp = self.component
        comp._ensure_labels_are_added(docs)
        set_dropout_rate(comp.model, 0.0)
        batch = comp.moves.init_batch(docs)
        step = comp.model.predict(docs)  # the features of every token of the batch, computed once
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
            states = comp.transition_states(states, scores)
        step.clear_memory()
        return batch
