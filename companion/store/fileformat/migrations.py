"""The shape of the data file across versions: the schema version and the way up.

Version 0 (before the version was recorded) had no `meta` table, and its records
could lack an `id`. Version 1 records the version in `meta` and gives every record
a UUID. Each migration takes a document of version N and returns version N + 1.
"""

from __future__ import annotations

import json
from itertools import repeat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from companion.store.errors import NewerSchemaError

SCHEMA_VERSION = 1
TABLES = ("meta", "profile", "periods", "events", "activities", "settings", "timer", "drafts",
          "goals", "workbook", "workbook_sittings", "steps", "checkins", "ifthen")
DATA_TABLES = TABLES[1:]

Document = dict[str, dict[str, dict[str, Any]]]  # {table: {doc_id: record}}

Migration = Callable[[Document], Document]


def empty_document() -> Document:
    """A new, empty data file at the current schema."""
    document: Document = {table: {} for table in TABLES}
    document["meta"] = {"1": {"schema_version": SCHEMA_VERSION}}
    return document


def schema_version(document: Document) -> int:
    """The schema version recorded in a document's meta table (0 when there is none)."""
    meta = document.get("meta") or {}
    if not meta:
        return 0
    version = next(iter(meta.values())).get("schema_version", 0)
    return version if isinstance(version, int) and not isinstance(version, bool) else 0


def stable_id(table: str, doc_id: str, record: dict[str, Any]) -> str:
    """A UUID for a record that had none, the same every time the same file is read.

    Derived from the table, the TinyDB id and the content, so that reading a file
    twice (or importing it twice) gives each record the same id.
    """
    import uuid

    content = json.dumps(record, sort_keys=True, default=str)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"companion:{table}/{doc_id}/{content}"))


def ensure_ids(document: Document) -> Document:
    """Give every record a string `id` (records written by hand or by old versions may lack one)."""
    for name, table in document.items():
        if name == "meta" or not table:
            continue
        ids = list(map(dict.get, table.values(), repeat("id")))
        if set(map(type, ids)) <= {str} and "" not in ids:
            continue  # the usual case, checked at C speed
        for doc_id, record in table.items():
            value = record.get("id")
            if not isinstance(value, str) or not value:
                record["id"] = stable_id(name, doc_id, record)
    return document


def _from_v0(document: Document) -> Document:
    """Version 0 had no meta table; add the missing tables (ids are given by ensure_ids)."""
    for table in TABLES:
        document.setdefault(table, {})
    return document


MIGRATIONS: dict[int, Migration] = {0: _from_v0}


def not_newer(document: Document, path: Path) -> int:
    """The document's schema version; NewerSchemaError if a newer program wrote it."""
    version = schema_version(document)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            path, f"schema {version}; this version understands up to {SCHEMA_VERSION}"
        )
    return version


def migrate(document: Document, path: Path) -> Document:
    """Bring a document up to SCHEMA_VERSION (in place); refuse one from a newer program."""
    version = not_newer(document, path)
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    for table in TABLES:
        document.setdefault(table, {})
    document["meta"] = {"1": {"schema_version": SCHEMA_VERSION}}
    return ensure_ids(document)
