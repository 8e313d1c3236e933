"""TinyDB's storage for the data file: read once, then laid out and sealed when saved.

TinyDB reads and writes its tables through its `Storage` extension point; this
storage gives it the data file in Companion's format. It serves one transaction
(the Database holds the writers' lock around it): opening it reads, checks and
migrates the file once; TinyDB's writes change the document in memory; `save`
lays it out (layout.py), seals it (seal.py) and replaces the file atomically,
once. Nothing reaches the disk unless `save` is called, so a transaction that
fails half-way writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from companion.store.files import atomic_write, read_bytes
from companion.store.fileformat.layout import serialise_parts
from companion.store.fileformat.migrations import Document, empty_document, migrate
from companion.store.fileformat.reading import parse_document


class FileStorage(Storage):
    """The data file at `path`, held in memory for one transaction.

    Attributes:
        before: the file's bytes as they were when opened (None: there was no file);
            the day's backup is made of them after the save.
        changed: whether `save` has something to write (a new file always has).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.before = read_bytes(path)
        on_disk = None if self.before is None else parse_document(self.before, path)
        self.document = migrate(on_disk if on_disk is not None else empty_document(), path)
        self.changed = on_disk is None

    def read(self) -> Document:
        return self.document

    def write(self, data: Document) -> None:
        self.document = data
        self.changed = True

    def replace(self, document: Document | None) -> None:
        """Put `document` in place of the whole file, brought up to date (None: an
        empty file at the current schema, as after a reset)."""
        self.write(migrate(empty_document() if document is None else document, self.path))

    def append(self, table: str, record: dict[str, Any]) -> str:
        """Add a record as TinyDB's `insert` would, its id one more than the largest;
        returns the id. (TinyDB's own insert turns every id of the table into a
        number and back: tens of milliseconds with 40,000 events.) Not for a table
        that TinyDB also inserts into in the same transaction: TinyDB keeps its own
        count of the next id."""
        rows = self.document.setdefault(table, {})
        doc_id = str(max(map(int, rows), default=0) + 1)
        rows[doc_id] = dict(record)
        self.changed = True
        return doc_id

    def save(self) -> None:
        """Lay the document out, seal it and replace the file with it, atomically."""
        atomic_write(self.path, serialise_parts(self.document))
        self.changed = False
