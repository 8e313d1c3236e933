"""A data file in Companion's line layout (layout.py), parsed a part at a time.

`LazyTables` holds the file's bytes and parses only what is asked: the small tables
at once, then events since a day, today's activities, or a whole big table when a
screen wants all of it. It answers as `WholeTables` does (tables.py); it may hand
over a few more candidate records, which the Snapshot filters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from companion.store.errors import CorruptDataError
from companion.store.files import quiet_collector
from companion.store.fileformat.layout import activity_group
from companion.store.fileformat.migrations import SCHEMA_VERSION, Document, ensure_ids, migrate, schema_version
from companion.store.fileformat.reading import parse_document
from companion.store.fileformat.seal import is_sealed
from companion.store.fileformat.shape import check_shape
from companion.store.fileformat.tables import Pair, Records, WholeTables

# A record line starts `"<id>":{`; then come its fields. These patterns step over
# fields with plain values (strings, numbers, null, true, false) until the wanted
# one, so what they find is a field of the record itself, never of a nested object.
_STRING = rb'"(?:[^"\\]|\\.)*"'
_FIELD = rb'"[^"\\]*":(?:' + _STRING + rb'|null|true|false|-?[0-9][0-9.eE+-]*)'


def _field_pattern(name: bytes, value: bytes) -> re.Pattern[bytes]:
    return re.compile(rb'"[0-9]+":\{(?:' + _FIELD + rb',)*?"' + name + rb'":' + value)


_PLAIN_TEXT = rb'"([^"\\]*)"'
_KIND = _field_pattern(b"kind", _PLAIN_TEXT)
_AT = _field_pattern(b"at", _PLAIN_TEXT)
_ON = _field_pattern(b"on", _PLAIN_TEXT)
_REPEAT = _field_pattern(b"repeat", b"(null|" + _STRING + b")")

_MARKS = {name: b'\n"' + name.encode() + b'":{\n' for name in ("activities", "events")}


class LazyTables:
    """A file in Companion's line layout, parsed a part at a time from its bytes.

    Use `LazyTables.open`, which says None when the file is not in that layout.
    """

    sealed = True  # only a file exactly as Companion wrote it is read in parts

    def __init__(self, raw: bytes, path: Path, head: Document,
                 blocks: dict[str, list[tuple[int, int]]]) -> None:
        self.raw = raw
        self.path = path
        self.head = head
        self.blocks = blocks
        self._tables: dict[str, Records] = {}
        self._whole: WholeTables | None = None

    @classmethod
    def open(cls, raw: bytes, path: Path) -> LazyTables | None:
        """The file's tables, or None if it is not in the line layout (or not of
        this schema), or not provably as Companion wrote it (unsealed, see seal.py):
        it is then parsed whole, as any other file."""
        if not is_sealed(raw):
            return None
        acts = raw.find(_MARKS["activities"])
        events = raw.find(_MARKS["events"], acts + 1)
        if (not 0 < acts < events or not raw.endswith(b"}}\n") or raw[acts - 1:acts] != b","
                or raw[events - 2:events] != b"}," or not raw.isascii()):
            return None
        try:
            head = json.loads(raw[:acts - 1] + b"}")
            check_shape(head, path)
        except (ValueError, CorruptDataError):  # not JSON, or not Companion's tables
            return None
        if not head.get("meta") or schema_version(head) != SCHEMA_VERSION:
            return None  # an older file is migrated, a newer one kept as it is: read whole
        blocks = {"activities": _split(raw, acts + len(_MARKS["activities"]), events - 2, _group),
                  "events": _split(raw, events + len(_MARKS["events"]), len(raw) - 3, _kind)}
        return cls(raw, path, migrate(head, path), blocks)

    # Whole tables ------------------------------------------------------------

    def table(self, name: str) -> Records:
        if name in self.blocks and name not in self._tables and self._whole is None:
            self._tables[name] = self._parse(name, self.blocks[name][0][0], self.blocks[name][-1][1])
        if self._whole is not None:
            return self._whole.table(name)
        return self._tables[name] if name in self.blocks else self.head.get(name) or {}

    # Parts -------------------------------------------------------------------

    def events_since(self, cutoff: str, kinds: tuple[str, ...] | None) -> Iterable[Pair]:
        """Candidates: per block of one kind, the lines from the first dated `cutoff`
        or later (every line of a block whose kind or dates cannot be read)."""
        if self._whole is not None or "events" in self._tables:
            return (self._whole or WholeTables(self._tables)).events_since(cutoff, kinds)
        found: list[Pair] = []
        target = cutoff.encode()
        for start, end in self.blocks["events"]:
            kind = _kind(self.raw, start, _line_end(self.raw, start, end))
            if kinds is not None and kind is not None and kind.decode() not in kinds:
                continue
            first = _first_at_least(self.raw, start, end, target, _day)
            found.extend(self._pairs("events", start if first is None else first, end))
        return found if self._whole is None else self._whole.events_since(cutoff, kinds)

    def activities_on(self, day: str) -> Iterable[Pair] | None:
        """Candidates: activities that may occur any day, and one-off ones on `day`."""
        if self._whole is not None or "activities" in self._tables:
            return None
        found: list[Pair] = []
        target = day.encode()
        for start, end in self.blocks["activities"]:
            if _activity_group(self.raw, start, _line_end(self.raw, start, end)) == "dated":
                first = _first_at_least(self.raw, start, end, target, _on)
                after = _first_at_least(self.raw, start, end, target + b"\0", _on)
                if first is not None and after is not None:
                    start, end = first, after
            found.extend(self._pairs("activities", start, end))
        return found if self._whole is None else None

    def activities_since(self, day: str) -> tuple[int, Iterable[Pair]]:
        """(how many one-off activities dated before `day` are done, every other
        activity): the first counted from their lines, the others parsed."""
        if self._whole is not None or "activities" in self._tables:
            return (self._whole or WholeTables(self._tables)).activities_since(day)
        done, found = 0, []
        for start, end in self.blocks["activities"]:
            if _activity_group(self.raw, start, _line_end(self.raw, start, end)) == "dated":
                first = _first_at_least(self.raw, start, end, day.encode(), _on)
                if first is not None:
                    done += self.raw.count(b'"done":true', start, first)
                    start = first
            found.extend(self._pairs("activities", start, end))
        return (done, found) if self._whole is None else self._whole.activities_since(day)

    def events_of_kind(self, kind: str) -> tuple[int, Iterable[Pair]]:
        """(lines in the blocks of `kind`, records of blocks whose kind cannot be read)."""
        if self._whole is not None or "events" in self._tables:
            return (self._whole or WholeTables(self._tables)).events_of_kind(kind)
        sure, unsure = 0, []
        for start, end in self.blocks["events"]:
            found = _kind(self.raw, start, _line_end(self.raw, start, end))
            if found is None:
                unsure.extend(self._pairs("events", start, end))
            elif found.decode() == kind and start < end:
                sure += self.raw.count(b"\n", start, end) + 1
        return (sure, unsure) if self._whole is None else self._whole.events_of_kind(kind)

    def events_with_text(self, kind: str, field: str) -> tuple[int, Iterable[Pair]]:
        """(how many events in the blocks of `kind` have a non-blank text in
        data[`field`], records of blocks whose kind cannot be read)."""
        if self._whole is not None or "events" in self._tables:
            return (self._whole or WholeTables(self._tables)).events_with_text(kind, field)
        pattern = re.compile(rb'"' + re.escape(field.encode()) + rb'":(' + _STRING + rb")")
        sure, unsure = 0, []
        for start, end in self.blocks["events"]:
            found = _kind(self.raw, start, _line_end(self.raw, start, end))
            if found is None:
                unsure.extend(self._pairs("events", start, end))
            elif found.decode() == kind:
                sure += sum(map(_not_blank, pattern.findall(self.raw, start, end)))
        return (sure, unsure) if self._whole is None else self._whole.events_with_text(kind, field)

    # Parsing -----------------------------------------------------------------

    def _pairs(self, name: str, start: int, end: int) -> list[Pair]:
        return list(self._parse(name, start, end).items()) if start < end else []

    def _parse(self, name: str, start: int, end: int) -> Records:
        """The records on the lines raw[start:end], checked and given ids as a whole
        read would; a part that does not parse means the whole file is read again."""
        text = self.raw[start:end].rstrip(b",\n")
        try:
            with quiet_collector():
                records = json.loads(b"{" + text + b"}")
            check_shape({name: records}, self.path)
            if len(records) != text.count(b",\n") + 1:
                raise ValueError("not one record a line")
        except (ValueError, CorruptDataError):
            self._read_whole()
            return {}
        ensure_ids({name: records})
        return records

    def _read_whole(self) -> None:
        document = parse_document(self.raw, self.path)  # raises if the file is corrupt
        self._whole = WholeTables(migrate(document, self.path))


def _split(raw: bytes, start: int, end: int,
           key: Callable[[bytes, int, int], bytes | None]) -> list[tuple[int, int]]:
    """The blocks of a big table's body raw[start:end], as (start, end) of their lines.

    Each block holds the lines of one key (an event kind, an activity's group), and
    the blocks come in the order of their keys, so where a block ends is a binary
    search; where a key cannot be read, the empty line that ends it is looked for.
    """
    blocks = []
    while start < end:
        first = key(raw, start, _line_end(raw, start, end))
        stop = None if first is None else _first_at_least(raw, start, end, first + b"\0", key)
        if stop is None or stop <= start or (stop < end and raw[stop - 3:stop] != b",\n\n"):
            gap = raw.find(b",\n\n", start, end)
            stop = end if gap < 0 else gap + 3
        blocks.append((start, stop - 3 if stop < end else end))
        start = stop
    return blocks or [(start, end)]


def _kind(raw: bytes, start: int, end: int) -> bytes | None:
    return _text(_KIND, raw, start, end)


def _group(raw: bytes, start: int, end: int) -> bytes | None:
    group = _activity_group(raw, start, end)
    return None if group is None else group.encode()


def _not_blank(text: bytes) -> bool:
    """Whether a JSON string (with its quotes) holds more than white space, as
    `str.strip` sees it. A first character that is neither a space, a control
    character nor an escape settles it; anything else is decoded to be sure."""
    first = text[1:2]
    if first == b'"':
        return False
    if first > b" " and first != b"\\":
        return True
    return bool(json.loads(text, strict=False).strip())


def _line_end(raw: bytes, start: int, end: int) -> int:
    found = raw.find(b"\n", start, end)
    return end if found < 0 else found


def _text(pattern: re.Pattern[bytes], raw: bytes, start: int, end: int) -> bytes | None:
    match = pattern.match(raw, start, end)
    return match.group(1) if match else None


def _day(raw: bytes, start: int, end: int) -> bytes | None:
    at = _text(_AT, raw, start, end)
    return None if at is None else at[:10]


def _on(raw: bytes, start: int, end: int) -> bytes | None:
    return _text(_ON, raw, start, end)


def _activity_group(raw: bytes, start: int, end: int) -> str | None:
    on, repeats = _text(_ON, raw, start, end), _text(_REPEAT, raw, start, end)
    if on is None or repeats is None:
        return None
    return activity_group(json.loads(repeats), on.decode())


def _first_at_least(raw: bytes, lo: int, hi: int, target: bytes,
                    key: Callable[[bytes, int, int], bytes | None]) -> int | None:
    """Where the first line of raw[lo:hi] whose key is `target` or more starts (hi if
    none): a binary search over lines sorted by key. None if a key cannot be read."""
    while lo < hi:
        mid = (lo + hi) // 2
        start = raw.rfind(b"\n", lo, mid) + 1 or lo
        end = _line_end(raw, start, hi)
        value = key(raw, start, end)
        if value is None:
            return None
        if value < target:
            lo = end + 1
        else:
            hi = start
    return min(lo, hi)


__all__ = ["LazyTables"]
