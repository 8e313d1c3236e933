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

from typing import Any

from companion.store.fileformat.migrations import SCHEMA_VERSION

_PREFIX = b'{"meta":{"1":{"schema_version":%d,"sha256_of_rest":"' % SCHEMA_VERSION
_SUFFIX = b'"}},\n'
_DIGEST = 64
_SMALL = 1 << 20  # below this, Python's own SHA-256 (no OpenSSL to load: `status` stays quick)


def _sha256(size: int) -> Any:
    """A SHA-256 hasher: OpenSSL's (fast on big files), or for a small file the
    built-in one, which loads in a fraction of a millisecond instead of several."""
    if size < _SMALL:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]

            return sha256()
        except ImportError:
            pass
    import hashlib

    return hashlib.sha256()


def seal_line(rest: list[bytes | memoryview]) -> bytes:
    """The first line that seals `rest` (the parts that follow it)."""
    digest = _sha256(sum(map(len, rest)))
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
    digest = _sha256(len(raw))
    with memoryview(raw) as view:
        digest.update(view[end + len(_SUFFIX):])
    return digest.hexdigest().encode("ascii") == raw[len(_PREFIX):end]
