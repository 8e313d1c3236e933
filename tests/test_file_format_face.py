"""The file format's one door: three functions (`read`, `check`, `write`), and what
each gives for the files people really have: sealed, edited by hand, from a newer
Companion, an export, or some other JSON."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from companion.store import fileformat
from companion.store.errors import CorruptDataError, NewerSchemaError
from companion.store.fileformat import SCHEMA_VERSION, WholeTables, check, read
from companion.store.repository import Repository
from tests.app_helpers import onboarded_repo


def test_the_door_is_three_functions() -> None:
    functions = {name for name in fileformat.__all__ if inspect.isfunction(getattr(fileformat, name))}
    assert functions == {"read", "check", "write"}


def newer(path: Path) -> Path:
    document = json.loads(path.read_bytes())
    document["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 5
    path.write_text(json.dumps(document))
    return path


def test_a_file_from_a_newer_companion_is_read_as_it_is_but_refused_by_check(data_file: Path) -> None:
    onboarded_repo(data_file)
    newer(data_file)
    tables = read(data_file)
    assert tables.table("meta")["1"]["schema_version"] == SCHEMA_VERSION + 5  # read only, untouched
    assert tables.table("profile")
    with pytest.raises(NewerSchemaError, match=f"schema {SCHEMA_VERSION + 5}"):
        check(data_file.read_bytes(), data_file)


def test_read_says_whether_the_file_is_as_companion_wrote_it(data_file: Path) -> None:
    onboarded_repo(data_file)
    assert read(data_file).sealed
    document = json.loads(data_file.read_bytes())
    document["profile"]["1"]["name"] = "Sam, edited by hand"
    data_file.write_text(json.dumps(document, indent=2))
    tables = read(data_file)
    assert not tables.sealed and tables.table("profile")["1"]["name"] == "Sam, edited by hand"


def test_whole_gives_one_document_even_where_parts_would_do(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.events.log_mood(3, note="an evening note, long enough to add up when it is there often")
    document = read(data_file, whole=True).document
    mood = next(iter(document["events"].values()))
    document["events"] = {str(n): {**mood, "id": f"mood-{n}"} for n in range(1, 2501)}  # past the size read in parts
    fileformat.write(data_file, document)
    assert data_file.stat().st_size >= fileformat.PARTIAL_READ_BYTES
    assert not isinstance(read(data_file), WholeTables)
    whole = read(data_file, whole=True)
    assert isinstance(whole, WholeTables) and whole.sealed
    assert len(whole.document["events"]) == 2500 and whole.document["meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_an_older_file_is_brought_up_to_date_by_read_and_check(data_file: Path) -> None:
    data_file.parent.mkdir(parents=True, exist_ok=True)
    data_file.write_text(json.dumps({"events": {}, "profile": {}}))  # version 0: no meta table
    for document in (read(data_file, whole=True).document, check(data_file.read_bytes(), data_file)):
        assert document["meta"]["1"]["schema_version"] == SCHEMA_VERSION
        assert set(fileformat.TABLES) <= set(document)


@pytest.mark.parametrize("content, error, words", [
    ({"meta": {"1": {"schema_version": 1}}, "events": {}}, CorruptDataError, "no profile"),
    ({"events": {}}, CorruptDataError, "no schema version"),
    ({"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "profile": {"1": {}}}, NewerSchemaError,
     "understands up to"),
])
def test_an_export_is_refused_with_the_reason(tmp_path: Path, content: dict[str, object],
                                              error: type[Exception], words: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(content))
    with pytest.raises(error, match=words):
        check(path.read_bytes(), path, export=True)


def test_an_export_is_given_as_it_is_for_the_import_to_check(data_file: Path, tmp_path: Path) -> None:
    repo = onboarded_repo(data_file)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(repo.data.export_document()))
    document = check(path.read_bytes(), path, export=True)
    assert document["profile"] and document == json.loads(path.read_bytes())
    other = Repository(tmp_path / "other" / "companion.json")
    assert other.data.import_document(document, merge=False) > 0
    assert other.load().profile is not None and other.load().profile.name == "Sam"
