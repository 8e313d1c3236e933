"""How the data file is laid out, so that Today can read only what it shows.

The file is one plain JSON document (stock TinyDB and jq read it); only its line
breaks carry the layout:

    {"meta":{"1":{"schema_version":1}},
    "profile":{"1":{...}},
    ...every small table on one line...
    "activities":{
    "7":{...weekly...},

    "1":{...2026-11-25...},
    "9":{...2026-11-26...}},
    "events":{
    "3":{..."kind":"mood"...},

    "1":{..."kind":"urge","at":"2026-11-20...},
    "2":{..."kind":"urge","at":"2026-11-26...}}}

The big tables (activities and events) hold one record per line, in blocks
separated by an empty line: events in one block per kind, each sorted by its
stored instant (so by the date it starts with); activities in a block of those
that may occur on any day (weekly ones) and a block of one-off ones sorted by
date. So "events since a day" and "what is planned today" are a binary search
over lines, and parsing stops at what is asked. Records keep their TinyDB ids, so
the order of lines carries no meaning: readers put records back in id (written)
order. Small tables come first, each on one line.

A raw newline never occurs inside a JSON string, so the line breaks are
unambiguous. Writing the layout costs about a quarter more than one `json.dumps`
of the whole document; reading Today's part of ten years costs a few milliseconds
instead of a few hundred.

The first line seals the rest (seal.py): only a file exactly as Companion wrote
it is read in parts. A file edited by hand or reshaped by a tool (jq, a stock
TinyDB) is read whole and checked record by record, and the next write lays it
out and seals it again.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from datetime import date
from itertools import chain, repeat
from operator import eq
from typing import Any

from companion.domain.planning import WEEKLY
from companion.store.files import quiet_collector
from companion.store.fileformat.migrations import SCHEMA_VERSION
from companion.store.fileformat.seal import seal_line

BIG_TABLES = ("activities", "events")
RECORD_SEPARATOR = ",\n"
BLOCK_SEPARATOR = ",\n\n"
UNKNOWN_DAY = "~"  # sorts after every date: a record without a readable date is always read

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# json.dumps's settings for the file (compact, ASCII; NaN and infinities are
# refused, never written). One encoder, made once: the fast path encodes a whole
# block of records in one call of it.
_ENCODER = json.JSONEncoder(ensure_ascii=True, check_circular=False, allow_nan=False, separators=(",", ":"))
_ENCODE = _ENCODER.encode


def _name(key: Any) -> str:
    """A table's name as JSON; TypeError for one that is not text (json.dumps would
    turn a number into text, and then the document is written as it would)."""
    if key.__class__ is not str:
        raise TypeError(f"a table name that is not text: {key!r}")
    return _ENCODE(key)  # type: ignore[no-any-return]
Chunk = bytes | memoryview


def dated(day: Any) -> bool:
    """Whether `day` is a date written YYYY-MM-DD (and a real one)."""
    if day.__class__ is not str or not _DATE.fullmatch(day):
        return False
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def activity_group(repeats: Any, on: Any) -> str:
    """The block an activity is written in: "any day" for one that may occur on any
    day (weekly, or with a date not plainly YYYY-MM-DD), "dated" for one that occurs
    exactly on `on`. Readers parse the first whole, the second by date."""
    return "dated" if repeats != WEEKLY and dated(on) else "any day"


def _texts(values: list[Any], other: str) -> list[str]:
    """The values, with `other` for any that is not text."""
    if set(map(type, values)) <= {str}:
        return values
    return [value if value.__class__ is str else other for value in values]


def _event_keys(records: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(block, day) of each event: its kind, and its stored instant (sorting by the
    whole text sorts by the date it starts with, which is what readers look at)."""
    # A kind that is not text shares a block with the kind "\uffff", written
    # escaped: readers cannot tell that block's kind, so they read it all.
    return (_texts(list(map(dict.get, records, repeat("kind"))), "\uffff"),
            _texts(list(map(dict.get, records, repeat("at"))), UNKNOWN_DAY))


def _activity_keys(records: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(block, day) of each activity: "any day" with day "", or "dated" with its date."""
    ons = list(map(dict.get, records, repeat("on")))
    repeats = list(map(dict.get, records, repeat("repeat")))
    try:
        plain = list(map(date.isoformat, map(date.fromisoformat, ons))) == ons
    except (TypeError, ValueError):
        plain = False
    if plain:  # the usual case, checked at C speed
        blocks = ["any day" if weekly else "dated" for weekly in map(eq, repeats, repeat(WEEKLY))]
    else:
        blocks = list(map(activity_group, repeats, ons))
    return blocks, [on if block == "dated" else "" for block, on in zip(blocks, ons)]


def _lines(ids: list[str], records: list[dict[str, Any]], members: list[int]) -> list[Chunk]:
    """The records at `members`, as `"<id>":{...}` lines, in one call of the encoder.

    The records are encoded as one object whose keys are their ids behind a NUL,
    which the encoder writes `\\u0000`; each `,"\\u0000` then becomes a line break.
    If some text in the records also holds `,"\\u0000` (text starting with a NUL in
    a list, say), there are more of them than record boundaries: then each record is
    encoded alone.
    """
    keyed = dict(zip(map("\0".__add__, map(ids.__getitem__, members)), map(records.__getitem__, members)))
    text = _ENCODE(keyed)
    size = len(text)
    text = text.replace(',"\\u0000', RECORD_SEPARATOR + '"')
    if size - len(text) == (len(members) - 1) * (len(',"\\u0000') - len(RECORD_SEPARATOR + '"')):
        return [b'"', memoryview(text.encode("ascii"))[len('{"\\u0000'):-1]]
    encoded = map(_ENCODE, map(records.__getitem__, members))
    keys = map(_ENCODE, map(ids.__getitem__, members))
    lines = chain.from_iterable(zip(keys, repeat(":"), encoded, repeat(RECORD_SEPARATOR)))
    return [memoryview("".join(lines).encode("ascii"))[:-len(RECORD_SEPARATOR)]]


def _table(name: str, table: dict[str, Any], blocks: list[str], days: list[str]) -> list[Chunk]:
    """A big table: its records one per line, in blocks (an empty line apart), each by day."""
    ids, records = list(table), list(table.values())
    keys = list(zip(blocks, days))
    order = sorted(range(len(records)), key=keys.__getitem__)  # mostly in order already: quick
    ordered = list(map(blocks.__getitem__, order))
    chunks: list[Chunk] = [f'"{name}":{{\n'.encode()]
    for block in sorted(set(blocks)):
        if len(chunks) > 1:
            chunks.append(BLOCK_SEPARATOR.encode())
        chunks.extend(_lines(ids, records, order[bisect_left(ordered, block):bisect_right(ordered, block)]))
    return [*chunks, b"}"]


def _sealable(meta: Any) -> bool:
    """Whether the meta table is the current schema's and nothing else (an old seal
    read back with the file is replaced by the new one)."""
    if not isinstance(meta, dict) or list(meta) != ["1"] or not isinstance(meta["1"], dict):
        return False
    return {k: v for k, v in meta["1"].items() if k != "sha256_of_rest"} == {"schema_version": SCHEMA_VERSION}


def serialise_parts(document: dict[str, dict[str, Any]]) -> list[Chunk]:
    """The bytes written to disk, in parts (joined, they are the file): plain JSON in
    the line layout described above. Writing the parts one after the other spares
    copying ten megabytes of text again and again.

    A document whose big tables are not tables of records (it could not have been
    read) is written as one line, as `json.dumps` would.
    """
    with quiet_collector():
        big = [name for name in BIG_TABLES if isinstance(document.get(name), dict)]
        if len(big) < len(BIG_TABLES) or not all(
                set(map(type, document[name].values())) <= {dict} for name in big):
            return [_ENCODE(document).encode("ascii")]
        sealed = _sealable(document.get("meta"))
        try:
            small = [f"{_name(name)}:{_ENCODE(table)}" for name, table in document.items()
                     if name not in BIG_TABLES and not (sealed and name == "meta")]
            parts = [("".join(entry + ",\n" for entry in small)).encode("ascii")]
            parts += _table("activities", document["activities"], *_activity_keys(list(document["activities"].values())))
            parts.append(b",\n")
            parts += _table("events", document["events"], *_event_keys(list(document["events"].values())))
        except TypeError:  # a key that is not text: json.dumps turns it into text
            return [_ENCODE(document).encode("ascii")]
        parts.append(b"}\n")
        return [seal_line(parts) if sealed else b"{", *parts]


def serialise(document: dict[str, dict[str, Any]]) -> bytes:
    """The bytes written to disk (see serialise_parts)."""
    return b"".join(serialise_parts(document))
