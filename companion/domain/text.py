"""Cleaning text the user typed: stored as typed, minus control characters, capped."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TITLE_LIMIT = 120
NOTE_LIMIT = 2_000
LONG_TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class CleanText:
    """Cleaned text and whether it had to be shortened."""

    text: str
    truncated: bool


def clean(text: str | None, limit: int = NOTE_LIMIT, multiline: bool = True) -> CleanText:
    """Remove control characters (keeping newlines and tabs when multiline) and cap length.

    Emoji and every printable character are kept as typed.
    """
    if not text:
        return CleanText("", False)
    kept = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        if char in "\n\t":
            kept.append(char if multiline else " ")
            continue
        category = unicodedata.category(char)
        if category == "Cc" or (category == "Cf" and char not in "\u200d\ufe0f\u200c"):
            continue
        if category == "Cs":  # a lone surrogate cannot be stored as UTF-8
            continue
        kept.append(char)
    result = "".join(kept)
    if not multiline:
        result = result.strip()
    truncated = len(result) > limit
    if truncated:
        result = result[:limit]
    return CleanText(result, truncated)


def clean_line(text: str | None, limit: int = TITLE_LIMIT) -> CleanText:
    """One line of text (a name, a title): no newlines, trimmed, capped."""
    return clean(text, limit=limit, multiline=False)


def hide_name(text: str, name: str) -> str:
    """`text` with the ex's name put as "they" / "them" / "their" (discreet mode shows no name)."""
    name = name.strip()
    if not text or not name:
        return text
    word = re.escape(name)
    text = re.sub(rf"\b{word}['’]s\b", "their", text, flags=re.IGNORECASE)
    text = re.sub(rf"(^|[.!?]\s+){word}\b", lambda m: m.group(1) + "They", text, flags=re.IGNORECASE)
    return re.sub(rf"\b{word}\b", "them", text, flags=re.IGNORECASE)
