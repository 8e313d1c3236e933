"""Companion: a calm terminal companion for a No Contact period."""

__version__ = "0.1.0"
