"""Compact choice widgets for forms: a single choice and a grid of checkboxes.

Both keep their options' stored values in each button's `name`, so a form reads
`value_of()` / `chosen()` instead of matching labels.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.containers import Grid
from textual.widgets import Checkbox, RadioButton, RadioSet


class ChoiceSet(RadioSet):
    """A compact single choice whose keyboard cursor starts on the chosen option.

    Args:
        options: (stored value, label) pairs.
        selected: the stored value chosen at first ("" for none).
        id: the widget id.
    """

    def __init__(self, options: Iterable[tuple[str, str]], selected: str = "", *,
                 id: str | None = None) -> None:
        buttons = [RadioButton(text, value=value == selected, name=value, compact=True)
                   for value, text in options]
        super().__init__(*buttons, id=id, compact=True)

    def on_mount(self) -> None:
        # RadioSet's own mount handler runs after this one and puts the cursor first.
        self.call_after_refresh(self._cursor_to_pressed)

    def _cursor_to_pressed(self) -> None:
        if self.pressed_index >= 0:
            self._selected = self.pressed_index

    @property
    def value_of(self) -> str:
        """The stored value of the chosen option ("" when none is chosen)."""
        pressed = self.pressed_button
        return (pressed.name or "") if pressed else ""

    def choose(self, value: str) -> None:
        """Choose an option by its stored value, without telling anyone (no Changed)."""
        with self.prevent(RadioSet.Changed):
            for index, button in enumerate(self.query(RadioButton)):
                if button.name == value:
                    button.value = True
                    self._selected = index


class CheckGrid(Grid):
    """Checkboxes in columns; the arrow keys move between them.

    Args:
        options: (stored value, label) pairs.
        chosen: the stored values ticked at first.
        columns: how many columns.
        id: the widget id.
    """

    DEFAULT_CSS = """
    CheckGrid {
        grid-rows: 1;
        grid-gutter: 0 2;
        height: auto;
    }
    CheckGrid > Checkbox {
        width: 100%;
    }
    """
    BINDINGS = [
        Binding("left", "move(-1, 0)", "Previous", show=False),
        Binding("right", "move(1, 0)", "Next", show=False),
        Binding("up", "move(0, -1)", "Above", show=False),
        Binding("down", "move(0, 1)", "Below", show=False),
    ]

    def __init__(self, options: Iterable[tuple[str, str]], chosen: Iterable[str] = (), *,
                 columns: int = 3, id: str | None = None) -> None:
        ticked = set(chosen)
        boxes = [Checkbox(text, value=value in ticked, name=value, compact=True)
                 for value, text in options]
        super().__init__(*boxes, id=id)
        self.columns = columns
        self.styles.grid_size_columns = columns

    @property
    def chosen(self) -> list[str]:
        """The stored values of the ticked boxes, in display order."""
        return [box.name or "" for box in self.query(Checkbox) if box.value]

    def action_move(self, across: int, down: int) -> None:
        """Move the focus to a neighbouring box (leaving the grid past its top or bottom)."""
        boxes = list(self.query(Checkbox))
        focused = self.screen.focused
        if focused not in boxes:
            return
        index = boxes.index(focused)  # type: ignore[arg-type]
        target = index + across + down * self.columns
        screen = self.screen
        if 0 <= target < len(boxes):
            screen.set_focus(boxes[target])
        elif down > 0:
            screen.set_focus(boxes[-1])
            screen.focus_next()
        elif down < 0:
            screen.set_focus(boxes[0])
            screen.focus_previous()
