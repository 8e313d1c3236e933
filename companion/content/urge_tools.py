"""Words for the timer's forecast, if-then plan card and friend's view. Our own words."""

from __future__ import annotations

FORECAST_OFFER = "e: guess it in 10 min"
FORECAST_ASK = "in 10 min if you wait? 1–9, 0"
FORECAST_SET = "you expect {expected} in 10 min"
PLAN_HEADING = "Your plan for this moment"
PLAN_NONE_FOR_TRIGGER = "Your plans:"
FRIEND_KEY = "v: read it as a friend would"
FRIEND_HEADING = "If a friend showed you this, what would you tell them?"
WINDOW_HINT = "This is often the hardest time of day for you ({span})."
WINDOW_PLAN = " Your plan: {plan}."
PLANNER_WINDOW = ("Urges come most {span}. Something planned for then (a call, a class, a walk) "
                  "fills that time before it fills itself.")
WINDOW_NO_PLAN = " If an urge comes, p starts the timer."
MISSING_PLAN = ("Lately your urges have mostly wanted {trigger}. An if-then plan for that moment "
                "helps: companion ifthen add --if \"…\" --then \"…\" --trigger {key}")
