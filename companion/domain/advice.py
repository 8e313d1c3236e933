"""Whether and how to reply when the ex reaches out (SPEC: only for the essential)."""

from __future__ import annotations

from collections.abc import Iterable

from companion.content.replies import FEELINGS_GUIDANCE
from companion.domain.records import ContactAbout

ESSENTIAL_TOPICS = "an emergency, children, your shared home, money or work, a pet, belongings, a bereavement"


def is_essential(about: str) -> bool:
    """Logistics and emergencies may need an answer; the rest can wait."""
    return about in (ContactAbout.LOGISTICS.value, ContactAbout.EMERGENCY.value)


def is_about_feelings(about: str) -> bool:
    """Feelings, memories, or wanting to talk: the moments that need the most care."""
    return about in (ContactAbout.EMOTIONAL.value, ContactAbout.REKINDLE.value)


def reply_counts_as_reaching_out(about: str, replied: bool) -> bool:
    """One rule for the app and the command line: replying to anything but the essential
    is reaching out (a restart point), however the exchange began."""
    return replied and not is_essential(about)


def reply_guidance(about: str, shared: Iterable[str] = ()) -> str:
    """A few calm sentences on whether to reply, and how."""
    if is_about_feelings(about):
        return FEELINGS_GUIDANCE
    if about == ContactAbout.EMERGENCY.value:
        return ("An emergency can need an answer. Reply briefly and factually, about the "
                "emergency only, and close the exchange. Nothing else needs saying now.")
    if about == ContactAbout.LOGISTICS.value:
        things = ", ".join(shared) if shared else "what you share"
        return (f"Logistics ({things}) may need a reply — brief, factual and closed. There is "
                "no need to answer at once: a few hours is fine. Keep it to the practical point.")
    return ("This is not essential. Note it, and don't reply now: it will keep until your "
            f"period ends. A reply is only for the essential ({ESSENTIAL_TOPICS}).")
