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


def test_cyclic_sighing_breathes_in_twice_then_out_for_longer() -> None:
    from companion.domain.breathing import pacer_phase, sighing_phase

    phases = [(p.index, p.label, p.seconds_left) for p in map(sighing_phase, (0, 1, 2.5, 3, 4, 9.5, 10, -2))]
    assert phases == [(0, "Breathe in", 3), (0, "Breathe in", 2), (0, "Breathe in", 1), (1, "In again", 1),
                      (2, "Breathe out", 6), (2, "Breathe out", 1), (0, "Breathe in", 3), (0, "Breathe in", 3)]
    assert pacer_phase("box", 4.0) == breathing_phase(4.0)
    assert pacer_phase("cyclic", 4.0) == sighing_phase(4.0)


def test_the_sigh_traces_the_top_then_the_right_then_the_rest_round() -> None:
    from companion.domain.breathing import sighing_phase

    def traced(elapsed: float) -> int:
        return sum(len(text) for line in box_lines(sighing_phase(elapsed), pacer="cyclic")
                   for text, kind in line if kind == DONE)

    assert [traced(t) for t in (0, 1, 2, 3, 4, 7, 9.99)] == [0, 6, 12, 17, 21, 21 + 10, 40]
    middle = "".join(text for text, _ in box_lines(sighing_phase(5), pacer="cyclic")[2])
    assert middle == "│ Breathe out 5 │"


def test_each_second_of_sighing_is_one_new_look() -> None:
    """The card moves on whole seconds: one new look (one frame) a second, never a repeat to redraw."""
    from companion.domain.breathing import SIGHING_CYCLE, sighing_phase

    looks = [look(sighing_phase(s), "cyclic") for s in range(SIGHING_CYCLE + 1)]
    assert all(a != b for a, b in zip(looks, looks[1:]))
    assert looks[0] == looks[-1]  # and round again
