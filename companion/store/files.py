"""Low-level file work: validated reads, atomic writes, private permissions."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any

from companion.store.errors import CorruptDataError, WriteFailedError

FILE_MODE = 0o600
DIR_MODE = 0o700

Document = dict[str, dict[str, dict[str, Any]]]


def ensure_private_dir(folder: Path) -> None:
    """Create the folder if it does not exist; WriteFailedError if it cannot be.

    Every folder created here, the parents it needs included, is made 0700 whatever
    the umask: created one level at a time, each set to 0700 explicitly. Folders that
    already exist are left as they are (`companion doctor` reports one others can read).
    """
    if folder.is_dir():
        return
    missing = []
    for level in (folder, *folder.parents):
        if level.is_dir():
            break
        missing.append(level)
    try:
        for level in reversed(missing):
            try:
                level.mkdir(mode=DIR_MODE)
            except FileExistsError:
                if not level.is_dir():
                    raise
                continue  # another process made it meanwhile: theirs to set
            os.chmod(level, DIR_MODE)
    except OSError as error:
        reason = error.strerror or str(error)
        raise WriteFailedError(folder, f"the folder cannot be created ({reason})") from None


def real_path(path: Path) -> Path:
    """Where a write to `path` lands: through symbolic links to the file they point to
    (so a linked data file is replaced in its own folder and the link is kept)."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


@contextmanager
def quiet_collector() -> Iterator[None]:
    """No garbage collection meanwhile: parsing or writing 50,000 records makes
    hundreds of thousands of containers, and each collection would walk them all."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_document(raw: bytes, path: Path, strict: bool = False) -> Document:
    """Parse and check a data file's bytes; raise CorruptDataError if wrong.

    A file sealed as Companion wrote it (seal.py) is parsed as it is; any other
    (or any file when `strict`) is parsed as strict JSON and every record is
    checked (strict.py), so a problem is named before anything uses it.
    """
    from companion.store.seal import is_sealed

    if strict or not is_sealed(raw):
        from companion.store.strict import load_checked

        return load_checked(raw, path)  # type: ignore[no-any-return]
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
    return document


def check_shape(document: Any, path: Path) -> None:
    """A TinyDB document: {table: {doc_id: {field: value}}} with a schema version in meta.

    A document without `meta` is accepted as version 0 only if it holds at least one
    of Companion's tables; anything else is not Companion data.
    """
    from companion.store.migrations import DATA_TABLES

    if not isinstance(document, dict):
        raise CorruptDataError(path, "it is not a Companion data file (not a JSON object)")
    for name, table in document.items():
        if not isinstance(table, dict):
            raise CorruptDataError(path, f"table {name!r} is not a JSON object")
        if not table:
            continue
        # Checked with C-level map/set calls: a ten-year file has ~50,000 records.
        records = table.values()
        if not set(map(type, records)) <= {dict} or not all(map(str.isdigit, table)):
            raise CorruptDataError(path, f"table {name!r} has a malformed record")
        if not set(map(type, map(dict.get, records, repeat("id")))) <= {str, type(None)}:
            raise CorruptDataError(path, f"table {name!r} has a record with a malformed id")
    meta = document.get("meta")
    if not meta:
        if any(name in document for name in DATA_TABLES):
            return  # version 0: written before the schema version was recorded
        raise CorruptDataError(path, "it has no schema version (not a Companion data file)")
    version = next(iter(meta.values())).get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CorruptDataError(path, "its schema version is missing or not a number")


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None when it does not exist yet."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CorruptDataError(path, f"it cannot be opened ({error.strerror})") from None


def read_document(path: Path) -> Document | None:
    """The validated document, or None when the file does not exist yet."""
    raw = read_bytes(path)
    return None if raw is None else parse_document(raw, path)


def serialise(document: Document) -> bytes:
    """The bytes written to disk: plain JSON that stock TinyDB and jq read, laid out
    one record per line so that it can be read in parts (see layout.py)."""
    from companion.store.layout import serialise as in_lines

    return in_lines(document)


def temp_files(path: Path) -> list[Path]:
    """Temp files that atomic_write left beside `path` (only a killed process leaves any)."""
    path = real_path(path)
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / name for name in names
            if name.startswith(prefix) and name.endswith(".tmp") and len(name) == len(prefix) + 12]


def remove_temp_files(path: Path) -> None:
    """Remove what a killed writer left; call only while holding the file's lock."""
    for leftover in temp_files(path):
        try:
            leftover.unlink()
        except OSError:
            pass


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes | Iterable[bytes | memoryview]) -> None:
    """Write `data` to `path` so that a crash leaves the old or the new file, never a mix.

    Temp file in the same folder, flush, fsync, os.replace, fsync the folder. On any
    failure the temp file is removed, the old file is untouched, and WriteFailedError
    says why. A symbolic link is written through: its target is replaced, in the
    target's folder, and the link stays.
    """
    import tempfile  # here, not at the top: reading the file should not pay for it

    path = real_path(path)
    folder = path.parent
    ensure_private_dir(folder)
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            for part in [data] if isinstance(data, bytes) else data:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, FILE_MODE)
        os.replace(temp_name, path)
        temp_name = None
        fsync_dir(folder)
    except OSError as error:
        raise WriteFailedError(path, error.strerror or str(error)) from None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass
