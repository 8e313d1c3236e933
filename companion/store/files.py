"""Low-level file work: reading bytes, atomic writes, private permissions.

What the bytes mean (layout, checks, versions) is the file format's business:
companion/store/fileformat/.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from companion.store.errors import CorruptDataError, WriteFailedError

FILE_MODE = 0o600
DIR_MODE = 0o700

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


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None when it does not exist yet."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CorruptDataError(path, f"it cannot be opened ({error.strerror})") from None


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
