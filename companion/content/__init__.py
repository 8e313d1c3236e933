"""Our own wording, kept as data: prompts, suggestions, help text."""
