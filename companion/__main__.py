"""Allow `python -m companion`."""

from companion.cli import entry

if __name__ == "__main__":
    entry()
