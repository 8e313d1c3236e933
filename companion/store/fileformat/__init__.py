"""The data file's format, behind one door of three functions.

How the file is laid out (layout.py) and sealed (seal.py), read whole or a part at
a time (reading.py, lazy.py, tables.py), checked (shape.py, strict.py, schema.py,
validation.py, incoming.py) and brought up to date (migrations.py) is this package's
business. The rest of Companion uses three functions:

    read(path)              the file's tables for reading, brought up to date (parsed
                            a part at a time when it can; whole=True: one document)
    check(data, path)       what comes from outside (a file's bytes, an export, a
                            document to import) checked, brought up to date, or refused
    write(path, document)   lay out, seal and atomically replace a file

TinyDB, the database, opens the data file through `FileStorage` (storage.py), its
Storage extension point. The other names describe a document: `Document`, `Records`,
`Tables`, `WholeTables`, `TABLES`, `SCHEMA_VERSION`, and `RecordProblem` (a record
that is wrong). Reading imports neither TinyDB nor the record checks unless the file
needs them, so that `companion status` stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from companion.store.files import atomic_write, read_bytes
from companion.store.fileformat.migrations import (
    SCHEMA_VERSION,
    TABLES,
    Document,
    empty_document,
    migrate,
    schema_version,
)
from companion.store.fileformat.reading import parse_document, parse_file
from companion.store.fileformat.tables import Records, Tables, WholeTables

if TYPE_CHECKING:
    from companion.store.fileformat.storage import FileStorage
    from companion.store.fileformat.validation import RecordProblem

PARTIAL_READ_BYTES = 256 * 1024  # a smaller file is parsed whole: quicker than finding its parts


@overload
def read(path: Path, *, whole: Literal[True]) -> WholeTables: ...


@overload
def read(path: Path, *, whole: bool = False) -> Tables: ...


def read(path: Path, *, whole: bool = False) -> Tables:
    """The file's tables for reading, migrated (empty ones if there is no file yet).

    A file in Companion's line layout, sealed as Companion wrote it, is parsed a
    part at a time (lazy.py), unless it is small enough that parsing it whole is
    quicker, or `whole` asks for one document (`WholeTables.document`). Any other
    file is parsed whole and checked record by record. A file from a newer schema is
    given as it is: it can be read, but not written.
    """
    raw = read_bytes(path)
    if raw is None:
        return WholeTables(empty_document())
    if not whole and len(raw) >= PARTIAL_READ_BYTES:
        from companion.store.fileformat.lazy import LazyTables

        lazy = LazyTables.open(raw, path)
        if lazy is not None:
            return lazy
    document, sealed = parse_file(raw, path)
    if schema_version(document) <= SCHEMA_VERSION:
        document = migrate(document, path)
    return WholeTables(document, sealed)


def check(data: bytes | Any, path: Path, *, strict: bool = False, export: bool = False,
          cleaning: bool = False) -> Document:
    """What comes from outside, checked and brought up to the current schema.

    - A file's bytes: parsed as the app parses its data file (a file sealed as
      Companion wrote it as it is; any other, or any file when `strict`, as strict
      JSON with every record checked).
    - An export's bytes (`export`): strict JSON that must be a Companion export (a
      schema version, a profile); returned as it is, for the import to check it as
      a document (below).
    - A document (anything but bytes), an import: its shape and every record checked
      as an unsealed file's are, text cleaned and capped as typed text is if `cleaning`.

    Raises CorruptDataError when it is not Companion data, RecordProblem naming the
    first wrong record of a document, and NewerSchemaError when a newer Companion
    wrote it (the app reads such a file, with `read`, but takes nothing from it).
    """
    if isinstance(data, bytes):
        if export:
            from companion.store.fileformat.incoming import read_export

            return read_export(data, path)
        return migrate(parse_document(data, path, strict=strict), path)
    from companion.store.fileformat.schema import check_document
    from companion.store.fileformat.shape import check_shape

    check_shape(data, path)
    check_document(data, cleaning=cleaning)
    return migrate(data, path)


def write(path: Path, document: Document) -> None:
    """Lay `document` out, seal it and replace the file at `path` atomically (no lock:
    the data file itself is written through FileStorage inside a transaction)."""
    from companion.store.fileformat.layout import serialise_parts

    atomic_write(path, serialise_parts(document))


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
    "Records", "Tables", "WholeTables", "check", "read", "write",
]
