"""`export -o PATH` never writes over the data file, its lock, a backup or anything in the
backup folder, however the path is spelled; it writes atomically like every other write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion.cli.group import main
from tests.app_helpers import onboarded_repo

FORMATS = ["json", "csv", "ics"]


@pytest.fixture
def started(data_file: Path) -> Path:
    repo = onboarded_repo(data_file)
    repo.events.log_urge(note="kept")  # makes the day's backup
    assert repo.db.backups()
    return data_file


def _own_files(data: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in [data, *data.parent.rglob("*")] if p.is_file()}


def _targets(data: Path) -> list[str]:
    backups = data.parent / "companion-backups"
    backup = next(backups.iterdir())
    return [
        str(data),
        str(data.with_name("companion.json.lock")),
        str(backup),
        str(backups / "new-file.json"),
        str(backups),
        str(data.parent / "sub" / ".." / "companion.json"),
        "companion.json",  # relative to the data folder (the working directory)
        "companion-backups/other.csv",
        "link-to-data",  # a symbolic link to the data file
        "link-to-backups/x.ics",  # a link to the backup folder
        "hard-link",  # a hard link to the data file
        str(data.with_name(".companion.json.abcdefgh.tmp")),
        str(data.with_name("companion.json.broken-2026-11-26")),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_refuses_to_write_over_companions_own_files(started: Path, fmt: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = started.parent
    (folder / "link-to-data").symlink_to(started)
    (folder / "link-to-backups").symlink_to(folder / "companion-backups")
    os.link(started, folder / "hard-link")
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    before = _own_files(started)
    for target in _targets(started):
        result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", target])
        assert result.exit_code == 1, (target, result.output)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "choose another name" in result.stderr or "is a folder" in result.stderr, result.stderr
        assert _own_files(started) == before, target
    assert os.path.islink(folder / "link-to-data")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_atomically_elsewhere(started: Path, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / "exports" / f"mine.{fmt}"
    target.parent.mkdir()
    target.write_text("old")
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_text() != "old" and target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [f"mine.{fmt}"]  # no temp left
