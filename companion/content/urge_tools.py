"""Words for the timer's forecast, if-then plan card and friend's view. Our own words."""

from __future__ import annotations

FORECAST_OFFER = "e: guess it in 10 min"
FORECAST_ASK = "in 10 min if you wait? 1–9, 0"
FORECAST_SET = "you expect {expected} in 10 min"
PLAN_HEADING = "Your plan for this moment"
PLAN_NONE_FOR_TRIGGER = "Your plans:"
FRIEND_KEY = "v: read it as a friend would"
FRIEND_HEADING = "If a friend showed you this, what would you tell them?"
