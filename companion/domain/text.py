"""Cleaning text the user typed: stored as typed, minus control characters, capped."""

from __future__ import annotations

import json
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


def plural(count: int, word: str, many: str | None = None) -> str:
    """"1 day", "3 days", "1,200 urges" ("activity" takes its plural form as `many`)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


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


# Characters that can drive or disguise a terminal when printed: C0 controls (all but
# newline and tab), DEL, C1 controls, the bidi marks, embeddings, overrides and
# isolates, and lone surrogates (which cannot be written as UTF-8 at all).
UNSAFE_CODEPOINTS = frozenset([
    *range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
    0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
    *range(0xD800, 0xE000),
])
_REMOVE_UNSAFE = dict.fromkeys(UNSAFE_CODEPOINTS)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: object) -> str:
    """Stored text made safe to show: every character in UNSAFE_CODEPOINTS removed
    (newlines and tabs stay). Stored text can come from an import or a hand edit, so
    everything shown on a terminal or in the app goes through this."""
    return str(text).translate(_REMOVE_UNSAFE)


def printable_line(text: object) -> str:
    """Like printable, on one line: newlines and tabs become spaces."""
    return printable(text).replace("\n", " ").replace("\t", " ")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\ufffd" if 0xD800 <= code < 0xE000 else f"\\u{code:04x}"


def strict_json(value: object, indent: int | None = None) -> str:
    """JSON that strict parsers (JavaScript's JSON.parse) accept and a terminal can show:
    no NaN or infinity (ValueError), lone surrogates as U+FFFD, and C1 controls and bidi
    marks written as \\u escapes (the same text once parsed). C0 controls are always
    escaped by json itself."""
    try:
        text = json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise ValueError("the data holds a number JSON cannot carry (NaN or infinity); "
                         "run `companion doctor`") from None
    return _JSON_UNSAFE.sub(_json_escape, text)
