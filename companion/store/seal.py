"""Whether a data file is exactly as Companion wrote it: a seal on its first line.

Companion writes the file's first line as

    {"meta":{"1":{"schema_version":1,"sha256_of_rest":"<64 hex digits>"}},

where the digest is SHA-256 of every byte after that line. A file whose first line
is this and whose digest matches was written by Companion and not changed since:
its layout can be trusted for reading in parts (lazy.py), and its records were
checked when they were written. Any edit (a blank line dropped, lines sorted, a
record pasted elsewhere, jq re-indenting) breaks the seal; such a file is read
whole and checked record by record, and the next write seals it again. Checking
costs one SHA-256 pass over bytes already in memory (about 10 ms for ten years).
"""

from __future__ import annotations

import hashlib

from companion.store.migrations import SCHEMA_VERSION

_PREFIX = b'{"meta":{"1":{"schema_version":%d,"sha256_of_rest":"' % SCHEMA_VERSION
_SUFFIX = b'"}},\n'
_DIGEST = 64


def seal_line(rest: list[bytes | memoryview]) -> bytes:
    """The first line that seals `rest` (the parts that follow it)."""
    digest = hashlib.sha256()
    for part in rest:
        digest.update(part)
    return _PREFIX + digest.hexdigest().encode("ascii") + _SUFFIX


def is_sealed(raw: bytes) -> bool:
    """Whether `raw` starts with a seal line whose digest matches the rest."""
    if not raw.startswith(_PREFIX):
        return False
    end = len(_PREFIX) + _DIGEST
    if raw[end:end + len(_SUFFIX)] != _SUFFIX:
        return False
    with memoryview(raw) as view:
        digest = hashlib.sha256(view[end + len(_SUFFIX):]).hexdigest()
    return digest.encode("ascii") == raw[len(_PREFIX):end]
