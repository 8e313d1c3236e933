"""The `companion` command line: the click group (`group.py`) and one module per
command family. Commands load lazily (`group.LAZY_COMMANDS`): `companion status`
imports neither Textual nor the other commands.
"""
