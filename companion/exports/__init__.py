"""What Companion writes for other programs: JSON and CSV (`formats.py`), iCalendar
(`calendar.py`, `vtimezone.py`), and where an export may go (`target.py`).

Used by the command line and the app alike; nothing here knows about click or
Textual (an import-linter contract in pyproject.toml says so).
"""
