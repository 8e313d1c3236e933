"""Every path Companion uses. No other module knows where files live."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "companion"
DATA_FILE_ENV = "COMPANION_DATA_FILE"
CONFIG_DIR_ENV = "COMPANION_CONFIG_DIR"


def default_data_file() -> Path:
    """The data file in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "companion.json"


def data_file(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data file to use: an explicit path, then $COMPANION_DATA_FILE, then the default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DATA_FILE_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_file()


def lock_file(data: Path) -> Path:
    """The lock that serialises writers of one data file."""
    return data.with_name(data.name + ".lock")


def backup_dir(data: Path) -> Path:
    """Where the rolling daily backups of a data file live (beside it)."""
    return data.with_name(data.stem + "-backups")


def config_dir() -> Path:
    """The user's config folder (user themes live here)."""
    from_env = os.environ.get(CONFIG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def user_themes_dir() -> Path:
    """Themes the user added."""
    return config_dir() / "themes"


def builtin_themes_dir() -> Path:
    """The themes shipped with the app: inside the wheel, or the checkout's `themes/`."""
    packaged = Path(__file__).resolve().parent / "themes"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "themes"


def systemd_user_dir() -> Path:
    """Where user-level systemd units live ($XDG_CONFIG_HOME/systemd/user)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser().absolute() / "systemd" / "user"


def launch_agents_dir() -> Path:
    """Where a macOS user's LaunchAgents live."""
    return Path.home() / "Library" / "LaunchAgents"


def today_opened_file(data: Path) -> Path:
    """A one-line note beside the data file: the last day Today was opened.

    Kept out of the data file so that opening the app never writes it (reminders read it).
    """
    return data.with_name(data.stem + "-today-opened")


def export_dir() -> Path:
    """Where exports (data and calendar) are offered to go: the home folder, one place for both."""
    return Path.home()
