"""The breathing pacers: box breathing and cyclic sighing, as phases over time.

Cyclic sighing (EVIDENCE.md: Balban et al. 2023) is a breath in through the nose,
a second short breath in on top of it, then a long, slow breath out: here 3 s in,
1 s in again, 6 s out, a 10-second cycle, the breath out twice as long as the two
breaths in. Box breathing is four equal phases (`timer.breathing_phase`). Pure.
"""

from __future__ import annotations

import math

from companion.domain.records import Pacer
from companion.domain.timer import BreathPhase, breathing_phase

SIGHING_PHASES: tuple[tuple[str, int], ...] = (("Breathe in", 3), ("In again", 1), ("Breathe out", 6))
SIGHING_CYCLE = sum(seconds for _, seconds in SIGHING_PHASES)


def sighing_phase(elapsed: float) -> BreathPhase:
    """The cyclic-sighing phase `elapsed` seconds in: 0 in, 1 in again, 2 the long breath out."""
    within = max(0.0, elapsed) % SIGHING_CYCLE
    for index, (label, seconds) in enumerate(SIGHING_PHASES):
        if within < seconds or index == len(SIGHING_PHASES) - 1:
            into = min(within, seconds)
            return BreathPhase(index, label, max(1, math.ceil(seconds - into)), into / seconds)
        within -= seconds
    raise AssertionError("unreachable")


def pacer_phase(pacer: str, elapsed: float) -> BreathPhase:
    """The phase of the chosen pacer (anything unknown breathes in a box)."""
    return sighing_phase(elapsed) if pacer == Pacer.CYCLIC.value else breathing_phase(elapsed)
