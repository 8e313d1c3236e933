"""Reading JSON that Companion did not provably write itself: strictly.

Python's json module accepts more than JSON: a key twice in one object (the last
one wins, so a record would vanish), NaN and Infinity, numbers too large for a
float (1e999 becomes infinity), and it fails on deep nesting with RecursionError.
`load_strict` refuses each with one line that says what and where; `load_checked`
also checks every record (schema.py) so that a wrong-typed field is named here,
not met later as a TypeError.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from companion.store.errors import CorruptDataError
from companion.store.files import quiet_collector
from companion.store.fileformat.migrations import SCHEMA_VERSION, schema_version
from companion.store.fileformat.schema import check_document
from companion.store.fileformat.shape import check_shape
from companion.store.fileformat.validation import RecordProblem, check_keys, shown


class _Twice(dict):  # type: ignore[type-arg]
    """An object in which a key was written twice (the key is in `twice`)."""

    twice: str


class _NotStrict(ValueError):
    """A number strict JSON has not."""


def _constant(name: str) -> Any:
    raise _NotStrict(f"it holds {name}, which is not a JSON number")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotStrict(f"it holds the number {text[:20]}, too large to keep")
    return value


def _load(raw: bytes, path: Path) -> Any:
    """Parse strictly; CorruptDataError (one line) for anything that is not strict JSON."""
    twice: list[_Twice] = []

    def objects(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        if len(made) != len(pairs):
            seen: set[str] = set()
            marked = _Twice(made)
            marked.twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
            twice.append(marked)
            return marked
        return made

    try:
        text = raw.decode("utf-8-sig")  # an editor may have saved it with a byte-order mark
    except UnicodeDecodeError:
        raise CorruptDataError(path, "the file is not UTF-8 text") from None
    try:
        with quiet_collector():
            document = json.loads(text, object_pairs_hook=objects, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as error:
        raise CorruptDataError(path, f"it is not valid JSON (line {error.lineno}, column {error.colno})") from None
    except _NotStrict as error:
        raise CorruptDataError(path, str(error)) from None
    except RecursionError:
        raise CorruptDataError(path, "it is nested too deeply to be Companion data") from None
    except ValueError as error:  # an integer of thousands of digits
        raise CorruptDataError(path, f"it holds a value that cannot be read ({error})") from None
    if twice:
        raise CorruptDataError(path, _where_twice(document))
    return document


def _where_twice(document: Any) -> str:
    """Which key was written twice, named by table and record."""
    if isinstance(document, _Twice):
        return f"the table {shown(document.twice)} is written twice"
    for name, table in document.items():
        if isinstance(table, _Twice):
            return (f"table {name!r} has two records under the same id {shown(table.twice)}; "
                    "give one of them a new id (a number not used in the table)")
        for doc_id, record in (table.items() if isinstance(table, dict) else ()):
            found = _first_twice(record)
            if found is not None:
                return str(RecordProblem(name, doc_id, found, "is written twice in the record"))
    return "a key is written twice in one object"


def _first_twice(value: Any, depth: int = 0) -> str | None:
    if isinstance(value, _Twice):
        return value.twice
    if depth > 64 or not isinstance(value, (dict, list)):
        return None
    for item in value.values() if isinstance(value, dict) else value:
        found = _first_twice(item, depth + 1)
        if found is not None:
            return found
    return None


def load_strict(raw: bytes, path: Path) -> Any:
    """Strict JSON with the shape of a data file (records are not checked)."""
    if not raw.strip():
        raise CorruptDataError(path, "the file is empty")
    document = _load(raw, path)
    try:
        check_keys(document)
    except RecordProblem as problem:
        raise CorruptDataError(path, str(problem)) from None
    check_shape(document, path)
    return document


def load_checked(raw: bytes, path: Path) -> Any:
    """Strict JSON whose every record is as this version expects (schema.py)."""
    document = load_strict(raw, path)
    if schema_version(document) > SCHEMA_VERSION:
        return document  # a newer version's rules: read only, as it is
    try:
        with quiet_collector():
            check_document(document)
    except RecordProblem as problem:
        raise CorruptDataError(path, str(problem)) from None
    return document
