"""`doctor --repair` decides inside the writers' lock: racing repairs and a writer lose
no write that reported success, and no repair restores over a newer good file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from companion.clock import MovableSource, parse_instant
from companion.store.errors import DataFileError
from companion.store.files import atomic_write
from companion.store.repository import Repository
from tests.app_helpers import onboarded_repo

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _doctor(data_file: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, COMPANION_DATA_FILE=str(data_file), PYTHONPATH=str(ROOT),
               PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "companion", "doctor", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _broken_with_a_backup(data_file: Path) -> Repository:
    repo = onboarded_repo(data_file)
    repo.events.log_urge(note="before")  # the day's backup: the file as onboarding left it
    assert repo.db.backups()
    data_file.write_bytes(b'{"meta": {"1": ')
    return repo


def test_a_repair_never_restores_over_a_file_a_writer_fixed_meanwhile(data_file: Path) -> None:
    repo = _broken_with_a_backup(data_file)
    good = Repository(data_file.with_name("other.json"), source=repo.source)
    with repo.db.locked():
        doctor = _doctor(data_file, "--repair")
        assert doctor.stdout is not None
        seen = []  # the check (outside the lock) sees a broken file, and says so
        while not any("✗" in line for line in seen):
            line = doctor.stdout.readline()
            assert line, (seen, doctor.stderr.read() if doctor.stderr else "")
            seen.append(line)
        # Meanwhile a writer (holding the lock) puts a good, newer file in place.
        onboarded_repo(good.path).events.log_urge(note="newer and good")
        atomic_write(data_file, good.path.read_bytes())
    out, err = doctor.communicate(timeout=60)
    assert doctor.returncode == 0, err
    assert "nothing was restored" in out
    assert [e.data["note"] for e in Repository(data_file).load().events] == ["newer and good"]
    assert not list(data_file.parent.glob("companion.json.broken-*"))


def test_racing_repairs_and_a_writer_lose_no_saved_write(data_file: Path) -> None:
    _broken_with_a_backup(data_file)
    saved: list[str] = []
    stop = threading.Event()

    def write() -> None:
        writer = Repository(data_file, source=MovableSource(parse_instant("2026-11-26T09:00:00Z")))
        number = 0
        while not stop.is_set():
            number += 1
            try:
                writer.events.log_urge(note=f"w{number}")
            except DataFileError:
                time.sleep(0.01)  # the file is still broken: this write reported failure
                continue
            saved.append(f"w{number}")

    thread = threading.Thread(target=write)
    thread.start()
    try:
        doctors = [_doctor(data_file, "--repair") for _ in range(4)]
        results = [d.communicate(timeout=120) for d in doctors]
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join(60)
    for doctor, (out, err) in zip(doctors, results):
        assert doctor.returncode == 0, (out, err)
    assert saved, "the writer never saved once the file was repaired"
    notes = {e.data["note"] for e in Repository(data_file).load().events}
    assert set(saved) <= notes
    restored = [out for out, _ in results if "Restored from" in out]
    assert len(list(data_file.parent.glob("companion.json.broken-*"))) == len(restored) == 1
