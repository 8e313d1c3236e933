"""The app's words that change in discreet mode: one vocabulary, looked up by key.

Every entry is (normal words, discreet words). Discreet words never say "ex",
"No Contact", "contacted", "they texted", "they reached out" or "urge to text", and
never hold a name: someone glancing at the screen, a notification or a shell prompt
learns only that this is a calm daily app.

`say(key, discreet)` gives the words for one key. Key descriptions in footers and
help are written in the normal words; `shown(text, discreet)` turns them into the
discreet ones where the vocabulary has them.
"""

from __future__ import annotations

from companion.content import onboarding as setup

WORDS: dict[str, tuple[str, str]] = {
    # The app and its period
    "app.title": ("Companion", "Daily"),
    "app.about": ("a calm daily companion for your No Contact period", "a calm daily companion"),
    "period.title": ("No Contact", "Your period"),
    "period.name": ("No Contact period", "period"),
    "period.finished": ("You finished your No Contact period.", "You finished your period."),
    "period.finish_question": ("Finish your No Contact period here? Your history is kept.",
                               "Finish your period here? Your history is kept."),
    # Setup run again (from Settings) while discreet
    "setup.welcome": (setup.WELCOME_NO_CONTACT, setup.WELCOME_DISCREET),
    "setup.them_label": (setup.EX_LABEL, "How should we refer to them?"),
    "setup.period_intro": (setup.PERIOD_INTRO, "How many days? Our suggestion, from what you told us:"),
    "setup.summary_them": ("Your ex", "Them"),
    "setup.summary_period": ("No Contact", "Your period"),
    # History's insights
    "insight.reached": ("reached out", "sent a message"),
    # Keys (footer, help)
    "key.they_contacted": ("They texted", "Message in"),
    "key.i_contacted": ("I texted", "Message out"),
    "key.checked": ("Checked on them", "Looked back"),
    # Counts
    "count.they_first": ("They reached out first", "Messages received first"),
    "count.short_label": ("NC day", "Day"),
    "count.short_first_day": ("NC first day", "First day"),
    # Dialog titles
    "title.they_contacted": ("They reached out", "A message came in"),
    "title.i_contacted": ("I reached out", "A message I sent"),
    # Notices
    "notice.they_logged": ("Logged. They reached out first — {count} now. Your streak is untouched.",
                           "Logged. Messages received first — {count} now. Your streak is untouched."),
    "notice.urge_reached": ("Logged. If you reached out, log that too (i) — it is a restart point, not a failure.",
                            "Logged. If you sent a message, log that too (i) — it is a restart point, not a failure."),
    "notice.essential": ("Logged as an essential contact. Your streak is untouched.",
                         "Logged as an essential message. Your streak is untouched."),
    "cli.urge_reached": ("Logged. If you reached out, log it too: companion log contact --from-me",
                         "Logged. If you sent a message, log it too: companion log contact --from-me"),
    "cli.they_logged": ("Logged. They reached out first — {count} so far.",
                        "Logged. Messages received first — {count} so far."),
    "cli.started": ("Started: {days} of No Contact from {start}.", "Started: a period of {days} from {start}."),
    # Help
    "help.about": ("Companion keeps you company through No Contact. Press p any time the urge to "
                   "text them comes: the timer starts at once. ctrl+p finds any action by name.",
                   "Companion keeps you company through your period. Press p any time you need a "
                   "pause: the timer starts at once. ctrl+p finds any action by name."),
    # The command palette: a title and a line of help per action that reads differently
    "palette.panic": ("Panic timer", "Pause timer"),
    "palette.panic.help": ("Start the delay timer: ride out the urge before you text",
                           "Start the delay timer: a short pause before you act"),
    "palette.they_contacted": ("They contacted me", "A message came in"),
    "palette.they_contacted.help": ("Log that they reached out, and decide whether to reply",
                                    "Log a message you received, and decide whether to reply"),
    "palette.i_contacted": ("I contacted them", "I sent a message"),
    "palette.i_contacted.help": ("Log a contact you made: essential, or a restart point",
                                 "Log a message you sent: essential, or a restart point"),
    "palette.checked_on_them": ("I checked on them", "I looked back"),
    "palette.checked_on_them.help": ("Log a look at their profile, stories or photos (never a slip)",
                                     "Log a look back (counted, never a restart)"),
}

# Footer and help descriptions, as written in BINDINGS, to their vocabulary key.
_KEY_WORDS = {normal: key for key, (normal, _discreet) in WORDS.items() if key.startswith("key.")}


def say(key: str, discreet: bool, **values: object) -> str:
    """The words for `key` in this mode, with `values` filled in. KeyError for an unknown key."""
    normal, quiet = WORDS[key]
    text = quiet if discreet else normal
    return text.format(**values) if values else text


def shown(description: str, discreet: bool) -> str:
    """A key's description as a footer or help shows it in this mode."""
    key = _KEY_WORDS.get(description)
    return say(key, discreet) if key and discreet else description


def palette_entry(action: str, title: str, help_text: str, discreet: bool) -> tuple[str, str]:
    """(title, help) of a palette action ("app.panic") in this mode."""
    key = f"palette.{action.removeprefix('app.')}"
    if key not in WORDS:
        return title, help_text
    return say(key, discreet), say(f"{key}.help", discreet)
