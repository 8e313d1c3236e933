"""The outline every data file must have, checked before anything reads its records.

A TinyDB document: tables of records under whole-number keys, and a schema
version in `meta`. Cheap enough to run on every read of a sealed file.
"""

from __future__ import annotations

from itertools import repeat
from pathlib import Path
from typing import Any

from companion.store.errors import CorruptDataError
from companion.store.fileformat.migrations import DATA_TABLES


def check_shape(document: Any, path: Path) -> None:
    """A TinyDB document: {table: {doc_id: {field: value}}} with a schema version in meta.

    A document without `meta` is accepted as version 0 only if it holds at least one
    of Companion's tables; anything else is not Companion data.
    """
    if not isinstance(document, dict):
        raise CorruptDataError(path, "it is not a Companion data file (not a JSON object)")
    for name, table in document.items():
        if not isinstance(table, dict):
            raise CorruptDataError(path, f"table {name!r} is not a JSON object")
        if not table:
            continue
        # Checked with C-level map/set calls: a ten-year file has ~50,000 records.
        records = table.values()
        if not set(map(type, records)) <= {dict} or not all(map(str.isdigit, table)):
            raise CorruptDataError(path, f"table {name!r} has a malformed record")
        if not set(map(type, map(dict.get, records, repeat("id")))) <= {str, type(None)}:
            raise CorruptDataError(path, f"table {name!r} has a record with a malformed id")
    meta = document.get("meta")
    if not meta:
        if any(name in document for name in DATA_TABLES):
            return  # version 0: written before the schema version was recorded
        raise CorruptDataError(path, "it has no schema version (not a Companion data file)")
    version = next(iter(meta.values())).get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CorruptDataError(path, "its schema version is missing or not a number")