"""Storage: one TinyDB JSON file, written atomically under a lock, with backups.

Nothing outside this package imports tinydb.
"""

from companion.store.errors import (
    CorruptDataError,
    DataFileError,
    NewerSchemaError,
    WriteFailedError,
)

__all__ = ["CorruptDataError", "DataFileError", "NewerSchemaError", "WriteFailedError"]
