"""The console script (`companion.launch:main`) in every form it is called with.

The forms that open the app are checked with the function that runs the app replaced,
so no TUI starts: the console script hands every form to the click group, which reads
the one option spec in `companion.cli.options`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from companion import locations
from companion.cli.group import entry
from companion.launch import main


class Opened(NamedTuple):
    """What the app was asked to open: the data file it resolves to, theme, panic minutes."""

    data_file: Path
    theme: str | None
    panic_minutes: int | None


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Opened]:
    """Every request to run the app, instead of running it."""
    calls: list[Opened] = []

    def record(data_file: str | None = None, theme: str | None = None,
               panic_minutes: int | None = None) -> None:
        calls.append(Opened(locations.data_file(data_file), theme, panic_minutes))

    monkeypatch.setattr("companion.ui.run.open_app", record)
    return calls


APP_FORMS: dict[str, tuple[list[str], tuple[str | None, str | None, int | None]]] = {
    "no arguments": ([], (None, None, None)),
    "panic": (["panic"], (None, None, 0)),
    "panic --minutes 5": (["panic", "--minutes", "5"], (None, None, 5)),
    "--data-file X": (["--data-file", "elsewhere.json"], ("elsewhere.json", None, None)),
    "--theme T": (["--theme", "dusk"], (None, "dusk", None)),
    "everything, with =": (["--data-file=elsewhere.json", "--theme=dusk", "panic", "--minutes=120"],
                           ("elsewhere.json", "dusk", 120)),
}


@pytest.mark.parametrize("form", list(APP_FORMS))
def test_each_app_form_opens_the_app_with_what_was_asked(opened: list[Opened], form: str) -> None:
    args, (data_file, theme, minutes) = APP_FORMS[form]
    main(args)
    assert opened == [Opened(locations.data_file(data_file), theme, minutes)]


@pytest.mark.parametrize("form", list(APP_FORMS))
def test_the_console_script_and_the_click_group_open_the_same(opened: list[Opened], form: str) -> None:
    args, _ = APP_FORMS[form]
    main(args)
    entry(args)
    assert len(opened) == 2 and opened[0] == opened[1]


def test_status_goes_to_the_command_line(opened: list[Opened], data_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    main(["init", "--last-contact", "3 days ago", "--length", "30"])
    capsys.readouterr()
    main(["status", "--short"])
    assert capsys.readouterr().out == "NC day 3/30 · 27 left\n"
    assert opened == []


def test_help_lists_the_commands_and_opens_nothing(opened: list[Opened],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = capsys.readouterr().out
    assert "--data-file" in out and "--theme" in out
    assert {"panic", "status", "log", "plan", "export", "completion"} <= set(out.split())
    assert opened == []


def test_panic_help_shows_the_shared_minutes_option(opened: list[Opened],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    main(["panic", "--help"])
    out = capsys.readouterr().out
    assert "--minutes INTEGER RANGE" in out and "Delay length (default: your setting)." in out
    assert opened == []


def test_a_completion_request_gets_the_script_and_opens_nothing(
        opened: list[Opened], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("_COMPANION_COMPLETE", "bash_source")
    with pytest.raises(SystemExit) as done:
        main([])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "complete -o nosort -F" in out and "_COMPANION_COMPLETE=bash_complete" in out
    assert opened == []


@pytest.mark.parametrize("args, code, words", [
    (["dance"], 2, "No such command 'dance'. Did you mean 'panic'?"),
    (["panic", "--minutes", "0"], 2, "'--minutes': 0 is not in the range 1<=x<=120"),
    (["--data-file"], 2, "Option '--data-file' requires an argument."),
    (["panic", "--later"], 2, "'--later'. (see `companion panic --help`)"),
])
def test_what_neither_path_can_take_is_one_line_and_opens_nothing(
        opened: list[Opened], capsys: pytest.CaptureFixture[str], args: list[str], code: int,
        words: str) -> None:
    with pytest.raises(SystemExit) as done:
        main(args)
    err = capsys.readouterr().err
    assert done.value.code == code
    assert err.startswith("companion: ") and words in err and err.count("\n") == 1, err
    assert opened == []


def test_python_m_companion_is_the_console_script() -> None:
    result = subprocess.run([sys.executable, "-m", "companion", "--version"], capture_output=True,
                            text=True, timeout=60, env={**os.environ})
    assert result.stdout.strip() == "companion, version 0.1.0"
