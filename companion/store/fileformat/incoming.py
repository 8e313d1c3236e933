"""What comes in from outside: an export about to be imported.

A file with the right shape but no schema version or no profile is most likely some
other JSON (or an empty data file): importing it would replace a person's history
with nothing, so the command line and the app both refuse it, with the reason.
"""

from __future__ import annotations

from pathlib import Path

from companion.store.errors import CorruptDataError
from companion.store.fileformat.migrations import Document, not_newer, schema_version
from companion.store.fileformat.strict import load_strict


def read_export(raw: bytes, path: Path) -> Document:
    """An export's bytes as strict JSON, refused unless it is a Companion export this
    version can read (its records are checked as it is imported)."""
    document = load_strict(raw, path)
    not_newer(document, path)
    problem = export_problem(document)
    if problem:
        raise CorruptDataError(path, problem)
    return document  # type: ignore[no-any-return]


def export_problem(document: Document) -> str:
    """Why `document` is not an export ("" when it is one)."""
    if schema_version(document) == 0:
        return "it has no schema version (Companion's exports always carry one)"
    if not document.get("profile"):
        return "it has no profile (an export of a set-up Companion always has one)"
    return ""
