"""Shell niceties: completion through the console script, a clean `status --short`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CONSOLE = "from companion.launch import main; main()"


def console(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The console script (companion.launch:main) in a subprocess."""
    return subprocess.run([sys.executable, "-c", CONSOLE, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_short_status_is_empty_without_a_profile(data_file: Path) -> None:
    result = console("status", "--short")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not data_file.exists()


def test_short_status_with_a_profile_is_one_line(data_file: Path) -> None:
    assert console("init", "--last-contact", "3 days ago", "--length", "30").returncode == 0
    assert console("status", "--short").stdout == "NC day 3/30 · 27 left\n"


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o nosort -F"), ("zsh", "#compdef companion"),
                                           ("fish", "complete --no-files --command companion")])
def test_completion_prints_the_script_for_each_shell(shell: str, marker: str) -> None:
    result = console("completion", shell)
    assert result.returncode == 0 and marker in result.stdout and "_COMPANION_COMPLETE" in result.stdout


def test_completion_requests_reach_click_through_the_console_script() -> None:
    words = console(env={"_COMPANION_COMPLETE": "bash_complete", "COMP_WORDS": "companion rem",
                         "COMP_CWORD": "1"})
    assert words.returncode == 0 and words.stdout.splitlines() == ["plain,remind"]
    subcommands = console(env={"_COMPANION_COMPLETE": "zsh_complete", "COMP_WORDS": "companion remind ",
                               "COMP_CWORD": "2"})
    names = subcommands.stdout.splitlines()[1::3]
    assert {"fire", "install", "list", "quiet", "set", "status", "uninstall"} <= set(names)


def test_an_unknown_shell_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from companion.cli.group import entry

    with pytest.raises(SystemExit) as done:
        entry(["completion", "tcsh"])
    assert done.value.code == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1
