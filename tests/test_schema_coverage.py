"""Every table and kind of event Companion writes has its rules in store/schema.py, so a
hand-edited file (read whole and checked) or an import holding them is read, not refused."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from companion.cli.group import main
from companion.domain.records import EventKind, IfThen
from companion.store.fileformat.schema import EVENT_DATA, TABLES
from tests.app_helpers import onboarded_repo


def _everything(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.events.log_urge(intensity_before=7, expected=8, note="evening")
    repo.events.log_check(platform="instagram", note="stories")
    repo.events.log_contact_from_me(essential=False, note="sent it")  # a slip: records its period
    repo.growth.add_goal("Run twice a week", "body", why="for me")
    repo.growth.save_answer("in-control", "How I spend my evenings")
    repo.growth.add_workbook_time(12.5, circles=True)
    repo.growth.mark_step()
    repo.growth.add_checkin([3, 4, 2], "steadier")
    repo.ifthen.add(IfThen(if_text="I see their story", then_text="I call Sam", trigger="reassurance"))
    repo.drafts.save("journal", {"text": "half a thought"})
    repo.setup.update_settings(pacer="box")


def test_every_kind_of_event_and_every_table_written_has_rules(data_file: Path) -> None:
    _everything(data_file)
    document = json.loads(data_file.read_text())
    assert set(document) - set(TABLES) == set()
    assert {kind.value for kind in EventKind} <= set(EVENT_DATA)


def test_a_hand_edited_file_with_every_kind_of_record_is_read_and_healthy(data_file: Path) -> None:
    _everything(data_file)
    data_file.write_text(json.dumps(json.loads(data_file.read_text()), indent=4))  # unsealed: checked whole
    status = CliRunner().invoke(main, ["status", "--json"])
    assert status.exit_code == 0, status.output
    assert json.loads(status.output)["goals"] == {"active": 1, "done": 0}
    doctor = CliRunner().invoke(main, ["doctor"])
    assert doctor.exit_code == 0, doctor.output


def test_a_wrong_value_in_a_new_table_is_named(data_file: Path) -> None:
    _everything(data_file)
    document = json.loads(data_file.read_text())
    for goal in document["goals"].values():
        goal["category"] = "fame"
    data_file.write_text(json.dumps(document))
    status = CliRunner().invoke(main, ["status"])
    assert status.exit_code != 0
    assert "goals" in status.output and "category" in status.output and "fame" in status.output
