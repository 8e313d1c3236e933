"""The data file's format, behind one door.

How the file is laid out (layout.py) and sealed (seal.py), read whole or a part at
a time (reading.py, lazy.py, tables.py), checked (shape.py, strict.py, schema.py,
validation.py) and brought up to date (migrations.py) is this package's business.
The rest of Companion uses only what this module names:

    read(path)              the file's tables, for reading (in parts when it can)
    load(path)              the whole file as one document, migrated
    parse(raw, path)        a file's bytes as a checked document (not yet migrated)
    check(document, path)   an incoming document checked record by record, migrated
    write(path, document)   lay out, seal and atomically replace a file
    FileStorage             TinyDB's storage for one locked transaction (storage.py)

and the names that describe a document. Reading imports neither TinyDB nor the
record checks unless the file needs them, so that `companion status` stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.store.files import atomic_write, read_bytes
from companion.store.fileformat.migrations import (
    SCHEMA_VERSION,
    TABLES,
    Document,
    empty_document,
    migrate,
    schema_version,
)
from companion.store.fileformat.reading import parse_document
from companion.store.fileformat.seal import is_sealed
from companion.store.fileformat.tables import Records, Tables, WholeTables

if TYPE_CHECKING:
    from companion.store.fileformat.storage import FileStorage
    from companion.store.fileformat.validation import RecordProblem

PARTIAL_READ_BYTES = 256 * 1024  # a smaller file is parsed whole: quicker than finding its parts


def read(path: Path) -> Tables:
    """The file's tables for reading, migrated (empty ones if there is no file yet).

    A file in Companion's line layout, sealed as Companion wrote it, is parsed a
    part at a time (lazy.py), unless it is small enough that parsing it whole is
    quicker. Any other file is parsed whole and checked record by record. A file
    from a newer schema is given as it is: it can be read, but not written.
    """
    raw = read_bytes(path)
    if raw is None:
        return WholeTables(empty_document())
    if len(raw) >= PARTIAL_READ_BYTES:
        from companion.store.fileformat.lazy import LazyTables

        lazy = LazyTables.open(raw, path)
        if lazy is not None:
            return lazy
    return WholeTables(_current(parse_document(raw, path), path))


def load(path: Path) -> Document:
    """The whole file as one document, as `read` gives it."""
    raw = read_bytes(path)
    if raw is None:
        return empty_document()
    return _current(parse_document(raw, path), path)


def parse(raw: bytes, path: Path, *, strict: bool = False, records: bool = True) -> Document:
    """A file's bytes as a document, checked but not migrated; CorruptDataError if wrong.

    A file sealed as Companion wrote it is parsed as it is; any other (any file when
    `strict`) as strict JSON, each of its records checked unless `records` is False
    (an import checks them itself, with `check`, cleaning their text).
    """
    if not records:
        from companion.store.fileformat.strict import load_strict

        return load_strict(raw, path)  # type: ignore[no-any-return]
    return parse_document(raw, path, strict=strict)


def check(document: Any, path: Path, *, cleaning: bool = False) -> Document:
    """An incoming document (an import) checked as an unsealed file is, migrated.

    Raises CorruptDataError when it is not a Companion document at all, and
    RecordProblem naming the first record that is wrong. With `cleaning`, text is
    cleaned and capped as typed text is.
    """
    from companion.store.fileformat.schema import check_document
    from companion.store.fileformat.shape import check_shape

    check_shape(document, path)
    check_document(document, cleaning=cleaning)
    return migrate(document, path)


def write(path: Path, document: Document) -> None:
    """Lay `document` out, seal it and replace the file at `path` atomically (no lock:
    the data file itself is written through FileStorage inside a transaction)."""
    from companion.store.fileformat.layout import serialise_parts

    atomic_write(path, serialise_parts(document))


def _current(document: Document, path: Path) -> Document:
    """Migrated, unless it comes from a newer schema (kept as it is, read-only)."""
    return document if schema_version(document) > SCHEMA_VERSION else migrate(document, path)


def __getattr__(name: str) -> Any:
    """What reading does not need, imported when first named."""
    if name == "FileStorage":  # imports TinyDB: only a transaction needs it
        from companion.store.fileformat.storage import FileStorage

        return FileStorage
    if name == "RecordProblem":  # only checking records raises it
        from companion.store.fileformat.validation import RecordProblem

        return RecordProblem
    raise AttributeError(name)


__all__ = [
    "PARTIAL_READ_BYTES", "SCHEMA_VERSION", "TABLES", "Document", "FileStorage", "RecordProblem",
    "Records", "Tables", "WholeTables", "check", "empty_document", "is_sealed", "load", "migrate",
    "parse", "read", "schema_version", "write",
]
