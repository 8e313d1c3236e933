"""The data file cannot be lost: atomic writes, permissions, schema, corrupt files, faults, backups."""

from __future__ import annotations

import errno
import json
import os
import stat
import uuid
from datetime import date
from pathlib import Path

import pytest

from companion import locations
from companion.clock import MovableSource, parse_instant
from companion.domain.records import Profile, Settings
from companion.store import database as database_module
from companion.store import fileformat
from companion.store.doctor import check, restore_newest_backup
from companion.store.errors import CorruptDataError, NewerSchemaError, WriteFailedError
from companion.store.files import temp_files
from companion.store.repository import Repository


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(parse_instant("2026-11-26T09:00:00Z"))


@pytest.fixture
def repo(data_file: Path, source: MovableSource) -> Repository:
    repository = Repository(data_file, source=source)
    repository.setup.complete_onboarding(Profile(name="Sam"), Settings(), date(2026, 11, 20), 30)
    repository.events.log_urge(intensity_before=7, outcome="resisted", note="after the party 🎉")
    return repository


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def all_records(document: dict) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    return [(name, record) for name, table in document.items() if name != "meta"
            for record in table.values()]


# Atomic writes ---------------------------------------------------------------------


def test_a_write_goes_temp_fsync_replace_fsync_dir(data_file: Path, source: MovableSource,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, object]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def spy_fsync(fd: int) -> None:
        calls.append(("fsync", stat.S_ISDIR(os.fstat(fd).st_mode)))
        real_fsync(fd)

    def spy_replace(src: str, dst: str) -> None:
        calls.append(("replace", (Path(src).parent == Path(dst).parent, Path(src).name)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", spy_fsync)
    monkeypatch.setattr(os, "replace", spy_replace)
    Repository(data_file, source=source).setup.complete_onboarding(Profile(), Settings(), date(2026, 11, 20), 30)
    assert [c[0] for c in calls] == ["fsync", "replace", "fsync"]
    assert calls[0][1] is False  # the temp file's data
    same_folder, temp_name = calls[1][1]  # type: ignore[misc]
    assert same_folder and temp_name.startswith(".companion.json.")
    assert calls[2][1] is True  # then the folder, so that the rename is durable
    assert temp_files(data_file) == []


def test_permissions_are_private(repo: Repository, data_file: Path, source: MovableSource) -> None:
    assert mode_of(data_file) == 0o600
    assert mode_of(data_file.parent) == 0o700
    source.advance(days=1)
    repo.events.log_urge()  # the first write of a day makes a backup
    backups = repo.db.backups()
    assert backups
    assert mode_of(backups[0]) == 0o600
    assert mode_of(locations.backup_dir(data_file)) == 0o700
    assert mode_of(locations.lock_file(data_file)) & 0o077 == 0


def test_a_loose_file_mode_is_tightened_on_the_next_write(repo: Repository, data_file: Path) -> None:
    os.chmod(data_file, 0o644)
    repo.events.log_mood(3)
    assert mode_of(data_file) == 0o600


def test_the_file_is_plain_json_and_plain_tinydb(repo: Repository, data_file: Path) -> None:
    from tinydb import TinyDB

    with data_file.open(encoding="utf-8") as handle:
        document = json.load(handle)
    assert document["meta"]["1"]["schema_version"] == fileformat.SCHEMA_VERSION
    assert set(document) >= set(fileformat.TABLES)
    before = data_file.read_bytes()
    db = TinyDB(data_file)
    try:
        urges = db.table("events").all()
        assert [u["data"]["note"] for u in urges] == ["after the party 🎉"]
        assert db.table("profile").all()[0]["name"] == "Sam"
    finally:
        db.close()
    assert data_file.read_bytes() == before


def test_every_record_has_a_stable_uuid(repo: Repository, data_file: Path) -> None:
    first = json.loads(data_file.read_bytes())
    ids = {name: record["id"] for name, record in all_records(first)}
    for value in [r["id"] for _, r in all_records(first)]:
        assert uuid.UUID(value)
    assert {"profile", "settings", "periods", "events"} <= set(ids)
    repo.events.log_mood(4)
    repo.setup.update_settings(theme="companion-light")
    second = json.loads(data_file.read_bytes())
    again = [r["id"] for _, r in all_records(second)]
    assert set(r["id"] for _, r in all_records(first)) <= set(again)
    assert len(again) == len(set(again))


# Schema version and migration ---------------------------------------------------


V0_DOCUMENT = {
    "profile": {"1": {"name": "Sam", "created_at": "2026-11-01T09:00:00+00:00"}},
    "periods": {"1": {"started_on": "2026-11-20", "length_days": 30, "outcome": "ongoing"}},
    "events": {
        "1": {"kind": "urge", "at": "2026-11-25T22:00:00+00:00", "zone": "UTC",
              "data": {"outcome": "resisted"}},
        "2": {"kind": "urge", "at": "2026-11-25T23:00:00+00:00", "zone": "UTC",
              "data": {"outcome": "resisted"}},
    },
}


def test_a_version_0_file_is_migrated(data_file: Path, source: MovableSource) -> None:
    data_file.parent.mkdir(parents=True)
    data_file.write_text(json.dumps(V0_DOCUMENT))
    original = data_file.read_bytes()
    repo = Repository(data_file, source=source)
    snap = repo.load()
    assert snap.profile is not None and snap.profile.name == "Sam"
    ids = sorted(e.id for e in snap.events)
    assert len(set(ids)) == 2 and all(uuid.UUID(i) for i in ids)
    assert sorted(e.id for e in repo.load().events) == ids  # the same on every read
    assert repo.status().streak_days == 6
    assert data_file.read_bytes() == original  # reading never writes
    repo.events.log_mood(4)
    document = json.loads(data_file.read_bytes())
    assert document["meta"]["1"]["schema_version"] == fileformat.SCHEMA_VERSION
    assert set(document["meta"]["1"]) == {"schema_version", "sha256_of_rest"}  # and sealed (seal.py)
    assert set(document) >= set(fileformat.TABLES)
    stored = sorted(r["id"] for r in document["events"].values() if r["kind"] == "urge")
    assert stored == ids  # the ids given on reading are the ones kept
    assert uuid.UUID(document["profile"]["1"]["id"]) and uuid.UUID(document["periods"]["1"]["id"])


def test_a_file_from_a_newer_version_is_read_but_never_written(repo: Repository, data_file: Path) -> None:
    document = json.loads(data_file.read_bytes())
    document["meta"]["1"]["schema_version"] = 99
    document["events"]["1"]["new_field"] = {"from": "the future"}
    data_file.write_text(json.dumps(document))
    os.chmod(data_file, 0o600)
    before = data_file.read_bytes()
    backups = repo.db.backups()
    assert repo.load().profile is not None  # reading is fine
    with pytest.raises(NewerSchemaError) as caught:
        repo.events.log_urge()
    message = str(caught.value)
    assert str(data_file) in message and "newer version" in message and "schema 99" in message
    assert data_file.read_bytes() == before
    assert repo.db.backups() == backups
    assert check(repo.db).healthy


# Corrupt files are refused and never overwritten ----------------------------------


def _valid_bytes(repo: Repository) -> bytes:
    return repo.path.read_bytes()


CORRUPTIONS = {
    "empty": lambda good: b"",
    "whitespace": lambda good: b"   \n",
    "truncated": lambda good: good[: len(good) // 2],
    "trailing garbage": lambda good: good + b"}garbage",
    "not json": lambda good: b"this is not json",
    "binary": lambda good: b"\x00\xff\xfe\x01" * 20,
    "a list": lambda good: b"[1, 2, 3]",
    "a table that is a list": lambda good: b'{"meta": {"1": {"schema_version": 1}}, "events": []}',
    "a record that is a string": lambda good: b'{"meta": {"1": {"schema_version": 1}}, "events": {"1": "x"}}',
    "a non-numeric doc id": lambda good: b'{"meta": {"1": {"schema_version": 1}}, "events": {"x": {}}}',
    "a version that is text": lambda good: b'{"meta": {"1": {"schema_version": "one"}}}',
    "no version, no tables": lambda good: b'{"shopping": {"1": {"item": "milk"}}}',
    "an empty object": lambda good: b"{}",
}


@pytest.mark.parametrize("kind", list(CORRUPTIONS))
def test_corrupt_files_are_refused_and_left_alone(repo: Repository, data_file: Path, kind: str) -> None:
    broken = CORRUPTIONS[kind](_valid_bytes(repo))
    data_file.write_bytes(broken)
    backups = {p: p.read_bytes() for p in repo.db.backups()}
    fresh = Repository(data_file, source=repo.source)
    for attempt in (fresh.load, lambda: fresh.events.log_urge(), lambda: repo.events.log_mood(3)):
        with pytest.raises(CorruptDataError) as caught:
            attempt()
        message = str(caught.value)
        assert str(data_file) in message and "companion doctor" in message and "\n" not in message
    assert data_file.read_bytes() == broken
    assert {p: p.read_bytes() for p in repo.db.backups()} == backups
    assert not check(repo.db).healthy


# Faults while writing -----------------------------------------------------------------


def test_a_failing_replace_leaves_the_old_file(repo: Repository, data_file: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = data_file.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteFailedError) as caught:
        repo.events.log_urge(note="will not be saved")
    assert "Input/output error" in str(caught.value)
    assert "as it was before" in str(caught.value)
    assert data_file.read_bytes() == before
    assert temp_files(data_file) == []
    monkeypatch.undo()
    repo.events.log_urge(note="saved")
    assert len(repo.load().events) == 2


def test_a_full_disk_leaves_the_old_file(repo: Repository, data_file: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    before = data_file.read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self.handle.write(data[:10])  # type: ignore[attr-defined]
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullDisk(real_fdopen(fd, *a, **k)))
    with pytest.raises(WriteFailedError) as caught:
        repo.events.log_urge(note="no room")
    assert "No space left on device" in str(caught.value)
    assert str(data_file) in str(caught.value)
    assert data_file.read_bytes() == before
    assert temp_files(data_file) == []


def test_a_held_lock_times_out_with_a_clear_error(repo: Repository, data_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_SECONDS", 0.2)
    other = Repository(data_file, source=repo.source)
    holder = FileLock(str(locations.lock_file(data_file)))
    before = data_file.read_bytes()
    with holder:
        with pytest.raises(WriteFailedError, match="holding the file lock"):
            other.events.log_urge()
    assert data_file.read_bytes() == before


def test_leftover_temp_files_are_cleaned_by_the_next_write(repo: Repository, data_file: Path) -> None:
    leftover = data_file.parent / ".companion.json.abcd1234.tmp"
    leftover.write_bytes(b'{"half": ')
    unrelated = data_file.parent / "notes.tmp"
    unrelated.write_text("mine")
    repo.events.log_urge()
    assert not leftover.exists() and unrelated.exists()


# Backups, doctor and import -----------------------------------------------------------


def test_a_rolling_daily_backup_keeps_the_last_14(repo: Repository, source: MovableSource,
                                                   data_file: Path) -> None:
    for _ in range(20):
        source.advance(days=1)
        repo.events.log_urge()
        repo.events.log_urge()  # a second write the same day makes no new backup
    backups = repo.db.backups()
    assert len(backups) == 14
    assert backups[0].name == "companion-2026-12-16.json"
    assert backups[-1].name == "companion-2026-12-03.json"
    # Each is the file as it was before the day's first write.
    newest = json.loads(backups[0].read_bytes())
    assert len(newest["events"]) == 1 + 2 * 19


def test_labelled_backups_never_replace_each_other_nor_roll_off(repo: Repository,
                                                               source: MovableSource) -> None:
    first = repo.db.backup_now(label="before-import")
    repo.events.log_urge()
    second = repo.db.backup_now(label="before-import")
    assert first != second and first.exists() and second.exists()
    assert first.read_bytes() != second.read_bytes()
    for _ in range(16):
        source.advance(days=1)
        repo.events.log_urge()
    assert first.exists() and second.exists()


def test_doctor_repair_restores_the_newest_good_backup(repo: Repository, source: MovableSource,
                                                       data_file: Path) -> None:
    source.advance(days=1)
    repo.events.log_urge()
    source.advance(days=1)
    repo.events.log_urge()
    newest = repo.db.backups()[0]
    broken = data_file.read_bytes()[:-20]
    data_file.write_bytes(broken)
    # A broken backup newer than the good one is passed over.
    (newest.parent / "companion-2026-12-31.json").write_bytes(b"{")
    report = check(repo.db)
    assert not report.healthy and any("not valid JSON" in line for line in report.lines)
    restored = restore_newest_backup(repo.db)
    assert restored is not None
    kept, used = restored
    assert used == newest
    assert data_file.read_bytes() == newest.read_bytes()
    assert kept.read_bytes() == broken
    assert kept.name.startswith("companion.json.broken-")
    assert check(repo.db).healthy
    assert mode_of(data_file) == 0o600


def test_doctor_finds_records_with_broken_values(repo: Repository, data_file: Path) -> None:
    document = json.loads(data_file.read_bytes())
    document["events"]["1"]["at"] = "last tuesday"
    data_file.write_text(json.dumps(document))
    report = check(repo.db)
    assert not report.healthy


def test_doctor_without_backups_leaves_the_file(repo: Repository, data_file: Path) -> None:
    import shutil

    shutil.rmtree(locations.backup_dir(data_file))
    data_file.write_bytes(b"oops")
    assert restore_newest_backup(repo.db) is None
    assert data_file.read_bytes() == b"oops"


def test_merge_import_twice_adds_nothing(repo: Repository, data_file: Path, tmp_path: Path,
                                        source: MovableSource) -> None:
    exported = repo.data.export_document()
    other = Repository(tmp_path / "other" / "companion.json", source=source)
    other.setup.complete_onboarding(Profile(name="Other"), Settings(), date(2026, 11, 1), 45)
    other.events.log_mood(2)
    added = repo.data.import_document(json.loads(json.dumps(other.data.export_document())), merge=True)
    assert added == 2  # the mood and the other period; profile and settings are kept
    assert repo.data.import_document(other.data.export_document(), merge=True) == 0
    assert repo.data.import_document(exported, merge=True) == 0
    snap = repo.load()
    assert snap.profile.name == "Sam"  # type: ignore[union-attr]
    assert len(snap.events) == 2 and len(snap.periods) == 2


def test_merge_of_a_version_0_export_twice_adds_nothing(repo: Repository) -> None:
    assert repo.data.import_document(json.loads(json.dumps(V0_DOCUMENT)), merge=True) == 3
    assert repo.data.import_document(json.loads(json.dumps(V0_DOCUMENT)), merge=True) == 0


def test_replace_import_keeps_a_backup(repo: Repository, data_file: Path, tmp_path: Path,
                                       source: MovableSource) -> None:
    before = data_file.read_bytes()
    other = Repository(tmp_path / "other" / "companion.json", source=source)
    other.setup.complete_onboarding(Profile(name="Other"), Settings(), date(2026, 11, 1), 45)
    repo.data.import_document(other.data.export_document(), merge=False)
    assert repo.load().profile.name == "Other"  # type: ignore[union-attr]
    kept = [p for p in repo.db.backups() if "before-import" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_a_newer_export_is_refused(repo: Repository, data_file: Path) -> None:
    document = repo.data.export_document()
    document["meta"]["1"]["schema_version"] = 7
    before = data_file.read_bytes()
    with pytest.raises(NewerSchemaError):
        repo.data.import_document(document, merge=True)
    assert data_file.read_bytes() == before


def test_doctor_restores_a_missing_file(repo: Repository, source: MovableSource, data_file: Path) -> None:
    source.advance(days=1)
    repo.events.log_urge()
    newest = repo.db.backups()[0]
    data_file.unlink()
    report = check(repo.db)
    assert not report.healthy and any("missing" in line for line in report.lines)
    restored = restore_newest_backup(repo.db)
    assert restored == (None, newest)
    assert data_file.read_bytes() == newest.read_bytes()
