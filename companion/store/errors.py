"""What can go wrong with the data file, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """A problem with the data file; the message names the file and what to do."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line for the user."""
        return f"{self.path}: {self.reason}"


class CorruptDataError(DataFileError):
    """The file cannot be read as Companion data. It is never overwritten."""

    def describe(self) -> str:
        return (
            f"cannot read the data file {self.path}: {self.reason}. Nothing was changed; "
            "run `companion doctor` to check it and restore a backup."
        )


class NewerSchemaError(DataFileError):
    """The file was written by a newer Companion; this one will not write to it."""

    def describe(self) -> str:
        return (
            f"the data file {self.path} was written by a newer version of Companion "
            f"({self.reason}); this version will not change it. Update Companion."
        )


class WriteFailedError(DataFileError):
    """Saving failed; the previous file is intact."""

    def describe(self) -> str:
        return (
            f"could not save to {self.path}: {self.reason}. "
            "Your data is as it was before this change."
        )


def plain_reason(error: Exception) -> str:
    """Why a write failed, in a few words (no advice about the data file around it)."""
    return str(getattr(error, "reason", None) or getattr(error, "strerror", None) or error)
