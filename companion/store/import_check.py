"""Whether a parsed JSON document is a Companion export worth importing.

A file with the right shape but no schema version or no profile is most likely some
other JSON (or an empty data file): importing it would replace a person's history
with nothing, so the CLI and the app both refuse it with the reason.
"""

from __future__ import annotations

from companion.store.fileformat import Document, schema_version


def export_problem(document: Document) -> str:
    """Why `document` is not an export ("" when it is one)."""
    if schema_version(document) == 0:
        return "it has no schema version (Companion's exports always carry one)"
    if not document.get("profile"):
        return "it has no profile (an export of a set-up Companion always has one)"
    return ""
