"""Checking stored records field by field: one set of rules for reading and importing.

The rules per table and per event kind live in schema.py; this module holds the
kinds of field (text, a date, an instant, one of some values...) and the walk that
applies them. Reading a file that Companion did not provably write itself
(seal.py), and importing any file, go through `schema.check_document`; the first
problem is raised as a `RecordProblem` naming the table, the record and the field.

Importing also cleans text as typed text is cleaned (control characters removed,
length capped); reading keeps text as it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from typing import Any

YEARS = ("1900", "2199")  # dates and instants outside these are refused: no date sum overflows
NESTING_LIMIT = 16  # how deep a value of a field this version does not know may go
_DOC_ID = re.compile(r"[1-9][0-9]{0,17}")
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)")  # LMT offsets carry seconds
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


class RecordProblem(ValueError):
    """A record that this version cannot use as it is, and where it is."""

    def __init__(self, table: str, doc_id: str | None, name: str | None, problem: str) -> None:
        self.table, self.doc_id, self.name, self.problem = table, doc_id, name, problem
        where = f"table {table!r}"
        if doc_id is not None:
            where += f", record {doc_id}"
        if name is not None:
            where += f", field {name!r}"
        super().__init__(f"{where}: {problem}")


Check = Callable[[Any], "str | None"]  # the problem with a value, or None if it is fine


@dataclass(frozen=True)
class Field:
    """How one field of a record must look.

    `limit` marks text: on import it is cleaned like typed text and capped there
    (one line when `multiline` is False).
    """

    check: Check
    required: bool = False
    limit: int | None = None
    multiline: bool = True
    # Values already found fine, as (type, value): ten years hold the same zones,
    # dates and choices tens of thousands of times.
    fine: set[tuple[type, Any]] = dataclass_field(default_factory=set, compare=False, repr=False)


def shown(value: Any) -> str:
    """A short, printable picture of a stored value for a message."""
    text = ascii(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind_of(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _expected(what: str, value: Any) -> str:
    if value is None or value.__class__ is bool:
        return f"expected {what}, found {'null' if value is None else str(value).lower()}"
    return f"expected {what}, found {_kind_of(value)} {shown(value)}"


def encodable(text: str) -> bool:
    """Whether text can be written as UTF-8 (no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Kinds of field ----------------------------------------------------------------

def text(value: Any) -> str | None:
    if value.__class__ is not str:
        return _expected("text", value)
    return None if encodable(value) else "holds a lone surrogate (text that is not Unicode)"


def _calendar(value: Any, form: re.Pattern[str], what: str, parse: Callable[[str], Any], noun: str) -> str | None:
    """A date or instant written in `form`, in the years kept, and real."""
    if value.__class__ is not str or not form.fullmatch(value):
        return _expected(what, value)
    if not YEARS[0] <= value[:4] <= YEARS[1]:
        return f"{value} is outside the years {YEARS[0]} to {YEARS[1]}"
    try:
        parse(value)
    except ValueError:
        return f"{shown(value)} is not a real {noun}"
    return None


def day(value: Any) -> str | None:
    return _calendar(value, _DAY, "a date YYYY-MM-DD", date.fromisoformat, "date")


def instant(value: Any) -> str | None:
    return _calendar(value, _INSTANT, "an instant like 2026-11-26T09:30:00+00:00",
                     lambda text: datetime.fromisoformat(text.replace("Z", "+00:00")), "instant")


def instant_or_empty(value: Any) -> str | None:
    return None if value == "" else instant(value)


def clock_time(value: Any) -> str | None:
    if value.__class__ is not str or not _CLOCK.fullmatch(value):
        return _expected("a time of day HH:MM", value)
    return None


def zone(value: Any) -> str | None:
    problem = text(value)
    if problem:
        return problem
    from companion.clock import ClockError, check_zone

    try:
        check_zone(value)
    except ClockError:
        return f"{shown(value)} is not a known time zone"
    return None


def flag(value: Any) -> str | None:
    return None if value.__class__ is bool else _expected("true or false", value)


def safe_id(value: Any) -> str | None:
    if value.__class__ is not str or not _SAFE_ID.fullmatch(value):
        return _expected("an id of letters, digits, - and _ (at most 64)", value)
    return None


def whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if value.__class__ is not int:
            return _expected(f"a whole number from {low} to {high}", value)
        return None if low <= value <= high else f"{value} is not from {low} to {high}"
    return check


def one_of(*choices: Any) -> Check:
    allowed = frozenset(getattr(c, "value", c) for c in choices)
    said = ", ".join(sorted(map(repr, allowed)))

    def check(value: Any) -> str | None:
        if value.__class__ is not str or value not in allowed:
            return _expected(f"one of {said}", value)
        return None
    return check


def number(low: float, high: float) -> Check:
    """A whole or decimal number in [low, high] (never NaN: strict reading refuses it)."""
    def check(value: Any) -> str | None:
        if value.__class__ not in (int, float):
            return _expected(f"a number from {low} to {high}", value)
        return None if low <= value <= high else f"{value} is not from {low} to {high}"
    return check


def object_of(inner: Check) -> Check:
    """An object whose keys are text and whose values each pass `inner`."""
    def check(value: Any) -> str | None:
        if value.__class__ is not dict:
            return _expected("an object", value)
        for key, item in value.items():
            problem = text(key) or inner(item)
            if problem:
                return f"{shown(key)}: {problem}"
        return None
    return check


def plain_value(value: Any) -> str | None:
    """Any plain JSON value (not nested too deeply)."""
    return plain(value)


def optional(inner: Check) -> Check:
    return lambda value: None if value is None else inner(value)


def list_of(inner: Check) -> Check:
    def check(value: Any) -> str | None:
        if value.__class__ is not list:
            return _expected("a list", value)
        for index, item in enumerate(value):
            problem = inner(item)
            if problem:
                return f"item {index + 1}: {problem}"
        return None
    return check


def plain(value: Any, depth: int = 0) -> str | None:
    """A value of a field this version does not know: any JSON, but not nested too deeply."""
    kind = value.__class__
    if kind is str:
        return text(value)
    if kind in (int, float, bool) or value is None:
        return None
    if depth >= NESTING_LIMIT:
        return f"nested more than {NESTING_LIMIT} levels deep"
    if kind is list:
        items = value
    elif kind is dict:
        for key in value:
            if not encodable(key):
                return "a name holds a lone surrogate (text that is not Unicode)"
        items = value.values()
    else:
        return f"holds {kind.__name__}, which JSON has not"
    for item in items:
        problem = plain(item, depth + 1)
        if problem:
            return problem
    return None


# Records -----------------------------------------------------------------------

Schema = dict[str, Field]


_REMEMBERED = (str, int, bool, type(None))
_MEMORY = 4096
_required: dict[int, tuple[str, ...]] = {}


def check_fields(table: str, doc_id: str, record: dict[str, Any], schema: Schema,
                 cleaning: bool, label: str = "") -> None:
    """Check (and on import clean) one record's fields; raise RecordProblem at the first."""
    for name, value in record.items():
        rule = schema.get(name)
        if rule is None:  # a field this version does not know: kept if it is plain JSON
            if not encodable(name):
                raise RecordProblem(table, doc_id, None, "a field name is not Unicode text")
            problem = plain(value)
            if problem:
                raise RecordProblem(table, doc_id, label + name, problem)
            continue
        key = (value.__class__, value) if value.__class__ in _REMEMBERED and rule.limit is None else None
        if key is None or key not in rule.fine:
            problem = rule.check(value)
            if problem:
                raise RecordProblem(table, doc_id, label + name, problem)
            if key is not None and len(rule.fine) < _MEMORY:
                rule.fine.add(key)
        if cleaning and rule.limit is not None:
            from companion.domain.text import clean

            record[name] = clean(value, rule.limit, rule.multiline).text
    required = _required.get(id(schema))
    if required is None:
        required = _required[id(schema)] = tuple(name for name, rule in schema.items() if rule.required)
    for name in required:
        if name not in record:
            raise RecordProblem(table, doc_id, label + name, "is missing")


def check_keys(document: Any) -> None:
    """Tables of records under whole-number keys, each an object with a safe id (if
    any): checked before anything else, so that the message names the record."""
    if document.__class__ is not dict:
        return  # not a data file at all: check_shape says so
    for name, table in document.items():
        if not encodable(name):
            raise RecordProblem(ascii(name), None, None, "the table's name is not Unicode text")
        if table.__class__ is not dict:
            raise RecordProblem(name, None, None, _expected("an object of records", table))
        for doc_id, record in table.items():
            if not _DOC_ID.fullmatch(doc_id):
                raise RecordProblem(name, shown(doc_id), None,
                                    "a record's key must be a whole number from 1, written without leading zeros")
            if record.__class__ is not dict:
                raise RecordProblem(name, doc_id, None, _expected("an object", record))
            if name != "meta" and record.get("id") not in (None, "") and safe_id(record["id"]):
                raise RecordProblem(name, doc_id, "id", safe_id(record["id"]))  # type: ignore[arg-type]
