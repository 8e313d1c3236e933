"""Words that must fit one line: shortened at a word, never in the middle of one."""

from __future__ import annotations

from rich.cells import cell_len

ELLIPSIS = "…"


def clip_at_word(text: str, cells: int) -> str:
    """`text` if it fits in `cells` terminal cells, else its first whole words and "…".

    Cells, not characters: an emoji takes two. Only a first word longer than the whole
    line is cut inside itself (there is nothing else to show).
    """
    if cell_len(text) <= cells:
        return text
    if cells <= 1:
        return ELLIPSIS[:cells]
    kept = ""
    for word in text.split(" "):
        candidate = f"{kept} {word}" if kept else word
        if cell_len(candidate + ELLIPSIS) > cells:
            break
        kept = candidate
    if not kept:  # one very long word: cut it, by cells
        for end in range(len(text), 0, -1):
            if cell_len(text[:end] + ELLIPSIS) <= cells:
                return text[:end] + ELLIPSIS
        return ELLIPSIS
    return kept.rstrip(" ,;:·—-") + ELLIPSIS
