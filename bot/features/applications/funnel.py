"""The application funnel as pure rules: stages, how they move, and the funnel's figures.

An application goes applied → interview → rejected or offer; stages only move forward,
and a closed application (rejected or offer) is left alone when the member applies or
interviews there again, so a new one is opened. `/stats` shows applications, interviews
and offers from what was logged and what was tracked (`funnel_steps`). No database here:
`applications.py` keeps the rows, `bot.features.stats` counts them.
"""

from __future__ import annotations

from dataclasses import dataclass

STAGES = ("applied", "interview", "rejected", "offer")
_ORDER = {"applied": 0, "interview": 1, "rejected": 2, "offer": 2}
CLOSED = ("rejected", "offer")


def company_key(company: str) -> str:
    """How applications to one company are matched: case- and space-insensitive."""
    return " ".join(company.lower().split())


def reopens(current: str, stage: str) -> bool:
    """Whether moving a `current` application to `stage` opens a new application instead."""
    return current in CLOSED and stage in ("applied", "interview")


def advances(current: str, stage: str) -> bool:
    """Whether an application at `current` moves to `stage` (never backwards)."""
    return _ORDER[stage] >= _ORDER[current]


@dataclass(frozen=True)
class FunnelCounts:
    """One member's application history, counted in the store."""

    tracked: int  # applications tracked, at any stage
    applied_logged: int  # `/log applied` counts, summed
    interviews_logged: int  # `/log interviewed` counts, summed
    interviewing: int  # tracked applications at the interview stage
    rejected_after_interview: int  # rejections at the interview or final stage
    offers: int  # tracked applications at the offer stage


@dataclass(frozen=True)
class Funnel:
    applications: int
    interviews: int
    offers: int


def funnel_steps(counts: FunnelCounts) -> Funnel:
    """Applications → interviews → offers.

    Logged activity and tracked applications describe the same steps and overlap, so
    each step shows the larger of the two. Interviews also show in the tracked funnel:
    open ones, and rejections after an interview.
    """
    tracked_interviews = counts.interviewing + counts.rejected_after_interview
    return Funnel(
        applications=max(counts.tracked, counts.applied_logged),
        interviews=max(counts.interviews_logged, tracked_interviews),
        offers=counts.offers,
    )
