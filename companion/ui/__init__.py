"""The Textual app: screens, dialogs, widgets. Imported only when the app opens."""
