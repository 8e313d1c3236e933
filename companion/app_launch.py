"""The console script's old address, kept only for `companion` scripts installed before
the rename to `companion.launch` (their shim imports this name).

Delete this file once the environment is reinstalled (`pip install -e .` regenerates
the shim from pyproject.toml, which names `companion.launch:main`).
"""

from companion.launch import main

__all__ = ["main"]
