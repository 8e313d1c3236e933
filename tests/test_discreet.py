"""Discreet mode gives nothing away: every screen, dialog, footer, help, palette entry,
notification and CLI reply is searched for the words it must never show."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion.cli.group import main
from companion.content.vocabulary import WORDS, say
from companion.domain.records import Activity
from companion.ui.themes import DISCREET_THEME
from tests.app_helpers import app_for, onboarded_repo, screen_text

FORBIDDEN = re.compile(r"\bex\b|\bex's\b|urge to text|they texted|they reached out|no contact|contacted|alex",
                       re.IGNORECASE)


def leaks(text: str) -> list[str]:
    return sorted({match.group(0) for match in FORBIDDEN.finditer(text)})


def discreet_repo(path: Path):
    repo = onboarded_repo(path, shared=["the dog"])
    repo.setup.update_settings(discreet=True)
    repo.events.log_contact_from_them(about="rekindle", note="Alex wrote at night")
    repo.events.log_urge(intensity_before=7, outcome="resisted", note="thought of Alex")
    repo.events.log_mood(3, note="Alex's birthday")
    repo.events.add_journal("Missing Alex today")
    repo.events.log_contact_from_me(essential=True, note="told Alex about the dog")
    repo.activities.plan(Activity(title="Walk", category="body", on="2026-11-26"))
    return repo


def test_every_discreet_word_is_neutral() -> None:
    for key, (_normal, quiet) in WORDS.items():
        assert not leaks(quiet), key


def test_words_shown_as_they_are_in_discreet_mode_are_neutral() -> None:
    """Reflections, milestones and the timer's prompts are shown unchanged in discreet mode."""
    from companion.content import reflections, timer_prompts

    texts = [*reflections.FIRST_DAYS, *reflections.MIDDLE, *reflections.LAST_WEEK, *reflections.AFTER_END,
             *reflections.MILESTONE_WORDS.values(), *timer_prompts.PROMPTS, *timer_prompts.REREAD_QUESTIONS,
             timer_prompts.TITLE_DISCREET]
    assert [text for text in texts if leaks(text)] == []


async def test_discreet_sweep_of_every_screen_and_dialog(data_file: Path) -> None:
    repo = discreet_repo(data_file)
    app = app_for(repo)
    notices: list[str] = []
    shown: dict[str, str] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        original = app.notify

        def record(message: str, *, title: str = "", **kwargs: object) -> None:
            notices.append(f"{title} {message}")
            original(message, title=title, **kwargs)  # type: ignore[arg-type]

        app.notify = record  # type: ignore[method-assign]
        await pilot.pause()
        assert app.theme == DISCREET_THEME
        assert app.title == say("app.title", True)

        async def look(name: str, *keys: str) -> None:
            await pilot.press(*keys)
            await pilot.pause()
            shown[name] = f"{app.title}\n{screen_text(app)}"

        await look("today")
        for key in ("u", "t", "i", "m", "j"):
            await look(f"dialog {key}", key)
            await pilot.press("escape")
            await pilot.pause()
        await look("help", "question_mark")
        shown["help rows"] = "\n".join(f"{k} {d}" for k, d in app.screen.rows)  # type: ignore[attr-defined]
        await pilot.press("escape")
        await look("palette", "ctrl+p")
        palette_rows = [f"{c.title} {c.help}" for c in app.get_system_commands(app.screen)]
        shown["palette rows"] = "\n".join(palette_rows)
        assert not any(row.startswith(("Screenshot", "Keys ")) for row in palette_rows)
        await pilot.press("escape")
        await look("planner", "w")
        await look("activity form", "a")
        await pilot.press("escape")
        await look("ideas", "i")
        await pilot.press("escape")
        await pilot.press("escape")
        await look("history", "h")
        for tab in "234":
            await look(f"history tab {tab}", tab)
        await pilot.press("escape")
        await look("settings", "s")
        app.screen.query_one("#settings-body").scroll_end(animate=False)
        await look("settings, lower part")
        app.screen.query_one("#onboarding").press()  # setup again, still discreet
        for step in range(7):
            await look(f"setup step {step + 1}", "pagedown" if step else "f5")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        await pilot.press("escape")
        await look("timer", "p")
        await look("timer trigger", "g")
        await pilot.press("escape")
        await look("timer end", "f")
        await pilot.press("c")
        await pilot.pause()
        shown["timer contact"] = screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        # A contact logged from the dialog notifies in the neutral words too.
        while len(app.screen_stack) > 2:
            app.pop_screen()
            await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    shown["notifications"] = "\n".join(notices)
    assert "Step 7 of 7" in shown["setup step 7"] and "Summary" in shown["setup step 7"]
    assert "Message in" in shown["today"] and "A message came in" in shown["dialog t"]
    assert "sent a message" in shown["history tab 4"] and "reached out" not in shown["history tab 4"]
    found = {name: leaks(text) for name, text in shown.items() if leaks(text)}
    assert found == {}


async def test_discreet_theme_unless_chosen(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_settings(discreet=True, theme="companion-contrast", theme_chosen=True)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "companion-contrast"


def test_cli_replies_are_neutral_when_discreet(data_file: Path) -> None:
    discreet_repo(data_file)
    runner = CliRunner()
    outputs = [
        runner.invoke(main, ["status"]).output,
        runner.invoke(main, ["status", "--short"]).output,
        runner.invoke(main, ["log", "contact", "--from-them"]).output,
        runner.invoke(main, ["log", "urge", "--outcome", "contacted"]).output,
    ]
    status = runner.invoke(main, ["status", "--json"])
    outputs.append(json.dumps(list(json.loads(status.output).values())))
    assert [leaks(text) for text in outputs] == [[]] * len(outputs)


@pytest.mark.parametrize("key", ["count.they_first", "title.they_contacted", "period.title"])
def test_normal_words_still_say_what_they_mean(key: str) -> None:
    assert say(key, False) != say(key, True)


async def test_the_sweep_would_see_the_normal_words(data_file: Path) -> None:
    """The same look with discreet mode off finds the words: the sweep can fail."""
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "No Contact" in leaks(screen_text(app))
        await pilot.press("t")
        await pilot.pause()
        assert "They reached out" in leaks(screen_text(app))


async def test_a_theme_picked_in_settings_or_the_palette_counts_as_chosen(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_settings(discreet=True)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == DISCREET_THEME
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+s")  # saved without touching the theme: still not chosen
        await pilot.pause()
        assert repo.load().settings.theme_chosen is False and app.theme == DISCREET_THEME
        app.theme = "companion-warm"  # as the palette's Theme command does
        await pilot.pause()
        settings = repo.load().settings
        assert (settings.theme, settings.theme_chosen) == ("companion-warm", True)
    repo.setup.update_settings(discreet=False)
    repo.setup.update_settings(discreet=True)
    again = app_for(repo)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "companion-warm"


async def test_the_unsent_message_is_read_back_without_their_name(data_file: Path) -> None:
    """The timer's outcome step re-reads what was written, as History's unsent list does:
    in discreet mode the ex's name is put as they/them there too, and the stored text
    stays as it was written."""
    from tests.app_helpers import timer_open

    repo = onboarded_repo(data_file)
    repo.setup.update_settings(discreet=True)
    repo.timer.start(15)
    repo.timer.update(unsent_message="Alex, I miss you. Alex's jumper is still here.")
    async with timer_open(repo) as pilot:
        await pilot.press("f")
        await pilot.pause()
        shown = screen_text(pilot.app)
        assert "I miss you" in shown and "Alex" not in shown
        await pilot.press("v")  # the friend's view, read back the same way
        await pilot.pause()
        assert "Alex" not in screen_text(pilot.app)
    assert repo.load().timer.unsent_message.startswith("Alex, I miss you.")
