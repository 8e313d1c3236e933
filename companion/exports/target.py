"""Where an export may be written: anywhere but over Companion's own files."""

from __future__ import annotations

import os
from pathlib import Path

from companion import locations


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def export_target(data: Path, output: str | os.PathLike[str]) -> Path:
    """The file to write an export to, made absolute; ValueError (one line) if it is the
    data file, its lock, its temp files, a kept broken copy, the backup folder or anything
    in it — however it is named (relative, through `..` or a symbolic link, or a hard link)."""
    target = Path(output).expanduser().absolute()
    real = Path(os.path.realpath(target))
    data_real = Path(os.path.realpath(data))
    folders = {locations.backup_dir(data), locations.backup_dir(data_real)}
    own = {data, data_real, locations.lock_file(data), locations.lock_file(data_real)}
    for name in (target, real):
        if name in own or any(_inside(name, Path(os.path.realpath(f))) or _inside(name, f)
                              for f in folders):
            raise ValueError(f"{output} is one of Companion's own files (the data file, its lock "
                             f"or a backup); choose another name for the export")
        if name.parent in (data.parent, data_real.parent) and (
                name.name.startswith((f".{data.name}.", f".{data_real.name}."))
                or name.name.startswith((f"{data.name}.broken-", f"{data_real.name}.broken-"))):
            raise ValueError(f"{output} is one of Companion's own files (a temporary or kept "
                             f"copy of the data file); choose another name for the export")
    same = _identity(real)
    if same is not None and same in {_identity(p) for p in own}:
        raise ValueError(f"{output} is the data file or its lock under another name; "
                         f"choose another name for the export")
    if real.is_dir():
        raise ValueError(f"{output} is a folder; give a file name for the export")
    return target
