"""What a Snapshot reads records from: the tables of the data file.

Two kinds answer the same questions: `WholeTables`, a document parsed in one go
(any file, and every write transaction), and `LazyTables` (lazy.py), a file in
Companion's line layout parsed a part at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

Records = dict[str, dict[str, Any]]
Pair = tuple[str, dict[str, Any]]


class Tables(Protocol):
    """The questions a Snapshot asks of the file."""

    sealed: bool  # the file is exactly as Companion wrote it (seal.py)

    def table(self, name: str) -> Records:
        """A whole table: {doc_id: record}."""

    def events_since(self, cutoff: str, kinds: tuple[str, ...] | None) -> Iterable[Pair]:
        """Candidates: at least every event of `kinds` (any kind if None) whose
        stored instant starts with `cutoff` or a later date."""

    def activities_on(self, day: str) -> Iterable[Pair] | None:
        """Candidates: at least every activity that may occur on `day`; None: all."""

    def events_of_kind(self, kind: str) -> tuple[int, Iterable[Pair]]:
        """(how many surely are of `kind`, candidates to look at one by one)."""

    def activities_since(self, day: str) -> tuple[int, Iterable[Pair]]:
        """(how many of the activities left out are done, the others): left out are
        only activities that occur once, on a date before `day`."""

    def events_with_text(self, kind: str, field: str) -> tuple[int, Iterable[Pair]]:
        """(how many events surely are of `kind` with a text in data[`field`] that
        is not blank, candidates to look at one by one)."""


class WholeTables:
    """A document parsed in one go (already checked and migrated); `sealed` when its
    file was exactly as Companion wrote it."""

    def __init__(self, document: dict[str, Records], sealed: bool = False) -> None:
        self.document = document
        self.sealed = sealed

    def table(self, name: str) -> Records:
        return self.document.get(name) or {}

    def events_since(self, cutoff: str, kinds: tuple[str, ...] | None) -> Iterable[Pair]:
        """Candidates: every event whose stored instant could be on or after `cutoff`."""
        return [(doc_id, doc) for doc_id, doc in self.table("events").items()
                if (at := doc.get("at", "")).__class__ is not str or at[:10] >= cutoff]

    def activities_on(self, day: str) -> Iterable[Pair] | None:
        """Candidates for `day`; None: every activity."""
        return None

    def events_of_kind(self, kind: str) -> tuple[int, Iterable[Pair]]:
        """(how many surely are of `kind`, candidates to look at one by one)."""
        return 0, self.table("events").items()

    def events_with_text(self, kind: str, field: str) -> tuple[int, Iterable[Pair]]:
        """(how many surely are of `kind` with a non-blank text in data[`field`], candidates)."""
        return 0, self.table("events").items()

    def activities_since(self, day: str) -> tuple[int, Iterable[Pair]]:
        """(0, every activity): none left out."""
        return 0, self.table("activities").items()
