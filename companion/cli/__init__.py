"""The `companion` command line: the click group (`group.py`) and one module per
command family.

This file stays empty on purpose: `companion.launch` reads `options.py` to open the
app without loading click, and importing this package must not load click either.
"""
