"""Files and folders: a linked data file is written through its link, a backup copy
killed half-way leaves nothing for good, the save comes before the backup, and every
folder Companion makes is private whatever the umask."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion import locations
from companion.cli.group import main
from companion.clock import MovableSource
from companion.store import files
from companion.store.errors import WriteFailedError
from companion.store.fileformat.reading import read_document
from companion.store.repository import Repository
from tests.app_helpers import START, onboarded_repo


def _notes(path: Path) -> list[str]:
    document = read_document(path)
    assert document is not None
    return sorted(e["data"].get("note", "") for e in document.get("events", {}).values())


def _linked(data_file: Path, tmp_path: Path) -> Path:
    """The real file in another folder (a synced one, say), the data file a link to it."""
    synced = tmp_path / "synced"
    synced.mkdir(mode=0o755)
    onboarded_repo(synced / "companion.json")
    data_file.parent.mkdir(parents=True, exist_ok=True)
    data_file.symlink_to(os.path.relpath(synced / "companion.json", data_file.parent))
    return synced / "companion.json"


def test_a_linked_data_file_is_written_through_its_link(data_file: Path, tmp_path: Path) -> None:
    target = _linked(data_file, tmp_path)
    link_text = os.readlink(data_file)
    for note in ("one", "two"):
        result = CliRunner().invoke(main, ["log", "urge", "--note", note])
        assert result.exit_code == 0, result.stderr
    assert os.path.islink(data_file) and os.readlink(data_file) == link_text
    assert _notes(target) == ["one", "two"]
    assert target.stat().st_mode & 0o777 == 0o600
    # Temp files and the lock live beside the target, in its folder.
    assert locations.lock_file(target).exists()
    assert not locations.lock_file(data_file).exists()
    assert files.temp_files(data_file) == [] and files.temp_files(target) == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["companion.json", "companion.json.lock"]
    # doctor --repair restores through the link too.
    target.write_bytes(b"{")
    assert CliRunner().invoke(main, ["doctor", "--repair"]).exit_code == 0
    assert os.path.islink(data_file) and read_document(target) is not None


@pytest.mark.slow
def test_the_link_and_its_target_share_one_lock(data_file: Path, tmp_path: Path) -> None:
    target = _linked(data_file, tmp_path)

    def write(path: Path, name: str) -> None:
        repo = Repository(path, source=MovableSource(START))
        for number in range(25):
            repo.events.log_urge(note=f"{name}{number:02d}")

    threads = [threading.Thread(target=write, args=(path, name))
               for path, name in ((data_file, "link"), (target, "real"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    notes = _notes(target)
    assert len(notes) == 50 and os.path.islink(data_file)


def _stop_at_backup_copy(path: str, ready: object) -> None:
    """The child: one write on a new day; stops forever just before the backup's copy
    is moved into place (after the save, which comes first)."""
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if "-backups" in str(dst):
            ready.set()  # type: ignore[attr-defined]
            time.sleep(60)
        real_replace(src, dst)

    os.replace = replace  # type: ignore[assignment]
    source = MovableSource(START)
    source.advance(days=1)
    Repository(Path(path), source=source).events.log_urge(note="saved")


def _backup_temps(data_file: Path) -> list[str]:
    folder = locations.backup_dir(data_file)
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


@pytest.mark.slow
def test_a_kill_during_the_backup_copy_leaves_nothing_for_good(data_file: Path) -> None:
    onboarded_repo(data_file).events.log_urge(note="first")  # the first day's backup
    context = multiprocessing.get_context("fork")
    ready = context.Event()
    child = context.Process(target=_stop_at_backup_copy, args=(str(data_file), ready), daemon=True)
    child.start()
    assert ready.wait(20)
    os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join(5)
    assert _notes(data_file) == ["first", "saved"]  # the save was made before the backup
    assert len(_backup_temps(data_file)) == 1
    source = MovableSource(START)
    source.advance(days=1)
    Repository(data_file, source=source).events.log_urge(note="next")
    assert _backup_temps(data_file) == []
    assert all(read_document(b) is not None for b in Repository(data_file).db.backups())


def test_a_backup_that_cannot_be_written_never_blocks_the_save(
        data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = onboarded_repo(data_file)
    before = data_file.read_bytes()
    written: list[str] = []
    real_write = files.atomic_write

    def full_disk(path: Path, data: object) -> None:
        written.append(path.parent.name)
        if "-backups" in path.parent.name:
            raise WriteFailedError(path, "No space left on device")
        real_write(path, data)  # type: ignore[arg-type]

    monkeypatch.setattr("companion.store.fileformat.storage.atomic_write", full_disk)  # the save
    monkeypatch.setattr("companion.store.database.atomic_write", full_disk)  # the backup
    source = MovableSource(START)
    source.advance(days=1)
    Repository(data_file, source=source).events.log_urge(note="kept")
    assert _notes(data_file) == ["kept"]
    assert written == ["data", "companion-backups"]  # the save first, then the backup
    assert repo.db.backups() == [] or all(b.read_bytes() == before for b in repo.db.backups())


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o002])
def test_every_folder_companion_makes_is_private_whatever_the_umask(tmp_path: Path, umask: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "a" / "b" / "c" / "companion.json"
    monkeypatch.setenv("COMPANION_DATA_FILE", str(data))
    old = os.umask(umask)
    try:
        result = CliRunner().invoke(main, ["init", "--last-contact", "2026-11-20", "--length", "30"])
        assert result.exit_code == 0, result.stderr
        CliRunner().invoke(main, ["log", "urge"])  # the day's backup folder
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data.parent, locations.backup_dir(data)):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    assert data.stat().st_mode & 0o777 == 0o600
    assert locations.lock_file(data).stat().st_mode & 0o777 == 0o600


def test_doctor_reports_a_data_folder_others_can_read(data_file: Path) -> None:
    onboarded_repo(data_file)
    assert "chmod 700" not in CliRunner().invoke(main, ["doctor"]).output
    os.chmod(data_file.parent, 0o755)
    result = CliRunner().invoke(main, ["doctor"])
    assert result.exit_code == 0
    assert f"chmod 700 {data_file.parent}" in result.output
    assert "can be read by others" in result.output
    os.chmod(data_file.parent, 0o700)
