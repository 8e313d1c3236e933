"""The box-breathing pacer's drawing: the line goes round the square, one side a phase."""

from __future__ import annotations

from companion.domain.timer import breathing_phase
from companion.ui.widgets.breathing import DONE, LABEL, box_lines, box_path, look


def done_cells(elapsed: float) -> int:
    return sum(len(text) for line in box_lines(breathing_phase(elapsed)) for text, kind in line
               if kind == DONE)


def test_the_path_goes_round_the_square_once() -> None:
    sides = box_path(17, 5)
    cells = [cell for side in sides for cell in side]
    assert len(cells) == len(set(cells)) == 2 * 17 + 2 * 3
    assert sides[0][0] == (0, 0) and sides[1][-1] == (4, 16) and sides[3][-1] == (1, 0)


def test_each_phase_draws_its_side() -> None:
    assert done_cells(0.0) == 0
    assert done_cells(2.0) == 9  # half the top
    assert done_cells(4.0) == 17  # the top, the hold starts
    assert done_cells(8.0) == 17 + 4  # the right side as well
    assert done_cells(15.99) == 40  # all round
    assert done_cells(16.0) == 0  # a new breath


def test_the_words_sit_in_the_middle() -> None:
    lines = box_lines(breathing_phase(9.5))
    middle = "".join(text for text, _ in lines[2])
    assert middle == "│ Breathe out 3 │"
    assert any(kind == LABEL for _, kind in lines[2])
    assert all(len("".join(t for t, _ in line)) == 17 for line in lines)


def test_the_look_changes_only_when_something_visible_does() -> None:
    assert look(breathing_phase(4.1)) == look(breathing_phase(4.5))  # a 4-cell side: no new cell
    assert look(breathing_phase(0.1)) != look(breathing_phase(0.4))
