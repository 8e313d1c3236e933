"""No notification, in any mode, names the ex or says ex / No Contact / urge / text them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.content.reminders import FORBIDDEN, OPEN_HINT, WORDS, describe, safe_title
from companion.domain.reminder_prefs import KINDS
from companion.domain.reminders import Due

NAMES = ("Sam", "Alex Morgan", "Jo", "Chris", "Ana-Lucia", "Émile", "Kim Lee")


def shows(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def every_notification(title: str, ex_name: str) -> list[str]:
    texts = []
    for discreet in (False, True):
        for kind in KINDS:
            due = Due(kind, f"{kind}:x", title=title, starts_at="18:30")
            texts.append(" ".join(describe(due, ex_name, discreet)))
    return texts


@settings(max_examples=300, deadline=None)
@given(title=st.one_of(
    st.text(max_size=80),
    st.builds(lambda a, n, b: f"{a}{n}{b}", st.text(max_size=20), st.sampled_from(NAMES + FORBIDDEN),
              st.text(max_size=20)),
), ex_name=st.sampled_from(NAMES + ("",)))
def test_no_notification_names_the_ex_or_says_a_forbidden_word(title: str, ex_name: str) -> None:
    for text in every_notification(title, ex_name):
        for word in FORBIDDEN + ("No Contact", "text them"):
            assert not shows(text, word), (word, text)
        for part in ex_name.split():
            assert not shows(text, part), (part, text)
        assert text.endswith(OPEN_HINT)


def test_our_own_words_avoid_even_parts_of_forbidden_words() -> None:
    ours = " ".join(" ".join(pair) for pair in WORDS.values()).lower()
    for fragment in ("urge", "contact", "text them", " ex ", "ex-"):
        assert fragment not in ours


def test_an_activity_shows_its_own_title_unless_it_names_them() -> None:
    due = Due("activities", "a", title="walk with Sam", starts_at="18:30")
    assert describe(due, "Jo") == ("Coming up at 18:30", "Walk with Sam starts at 18:30. " + OPEN_HINT)
    assert "Sam" not in " ".join(describe(due, "Sam"))
    assert "Sam" not in " ".join(describe(due, "sam smith"))
    assert "Sam" not in " ".join(describe(due, "Jo", discreet=True))
    assert safe_title("Text them back", "") == "Something you planned"
    assert safe_title("Coffee with my ex", "") == "Something you planned"
    assert safe_title("Exercise class\x1b[31m", "") == "Exercise class[31m"
