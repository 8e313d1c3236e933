"""Turning a data file's bytes into a checked document (not yet migrated).

A file sealed as Companion wrote it (seal.py) was checked when it was written:
its JSON is parsed as it is and only its outline is checked (shape.py). Any other
file is read strictly and checked record by record (strict.py), so a problem is
named before anything uses it.
"""

from __future__ import annotations

import json
from pathlib import Path

from companion.store.errors import CorruptDataError
from companion.store.files import quiet_collector, read_bytes
from companion.store.fileformat.migrations import Document
from companion.store.fileformat.seal import is_sealed
from companion.store.fileformat.shape import check_shape


def parse_document(raw: bytes, path: Path, strict: bool = False) -> Document:
    """Parse and check a data file's bytes; raise CorruptDataError if wrong.

    A file sealed as Companion wrote it (seal.py) is parsed as it is; any other
    (or any file when `strict`) is parsed as strict JSON and every record is
    checked (strict.py), so a problem is named before anything uses it.
    """
    return parse_file(raw, path, strict)[0]


def parse_file(raw: bytes, path: Path, strict: bool = False) -> tuple[Document, bool]:
    """As `parse_document`, and whether the bytes are sealed as Companion wrote them."""
    sealed = is_sealed(raw)
    if strict or not sealed:
        from companion.store.fileformat.strict import load_checked  # not needed for a sealed file

        return load_checked(raw, path), sealed
    try:
        with quiet_collector():
            document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CorruptDataError(path, "the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise CorruptDataError(
            path, f"it is not valid JSON (line {error.lineno}, column {error.colno})"
        ) from None
    check_shape(document, path)
    return document, True


def read_document(path: Path) -> Document | None:
    """The validated document, or None when the file does not exist yet."""
    raw = read_bytes(path)
    return None if raw is None else parse_document(raw, path)