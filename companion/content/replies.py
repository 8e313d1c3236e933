"""Words for the moment they reach out: the calm-reply guide. Our own words."""

from __future__ import annotations

FEELINGS_GUIDANCE = (
    "A message about feelings, or asking to talk, can land hard — it makes sense if your "
    "heart is racing. Nothing needs an answer now. If the pull to reply is strong, start "
    "the timer and let the first wave pass; if you do want to answer one day, the calm-reply "
    "guide helps you keep it short and kind."
)

CALM_REPLY_TITLE = "A calm reply, if you choose to send one"
CALM_REPLY_META = "Nothing here needs to happen today."
CALM_REPLY = "\n".join((
    "Before you write",
    "• Wait until the first wave has passed: the timer is there for that (p).",
    "• Ask what you want the reply to do. If the answer is \"make them feel something\" or "
    "\"find out where I stand\", it can wait.",
    "",
    "If you reply",
    "• Keep it short: two or three sentences.",
    "• Say what is true for you, without blame and without opening a conversation: "
    "\"Thank you for telling me. I'm taking this time for myself, and I won't be talking "
    "about us for now. I hope you're looking after yourself.\"",
    "• Close it: no question at the end, nothing that asks for an answer.",
    "",
    "Afterwards",
    "• Put the phone away for an hour and do one thing on today's plan.",
    "• A reply about feelings counts as reaching out: log it with i. That is a restart point, "
    "not a failure.",
))

REPLY_QUESTION = (
    "A reply about this is not one of the essentials, so it counts as reaching out: a "
    "restart point, not a failure. Log their message, then your reply?"
)
CLI_REPLY_NOTE = (
    "A reply about this is not one of the essentials, so it counts as reaching out: log your "
    "reply too with `companion log contact --from-me` (a restart point, not a failure)."
)
