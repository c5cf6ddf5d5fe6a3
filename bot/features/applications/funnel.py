"""The application funnel as pure rules: stages, how they move, and the funnel's figures.

An application goes applied → interview → rejected or offer; stages only move forward,
and a closed application (rejected or offer) is left alone when the member applies or
interviews there again, so a new one is opened; applying again to an open one keeps it
at its stage. `/stats` shows applications, interviews
and offers (`funnel_steps`): each application once, with what an interview, an offer or a
rejection implies. No database here: the package (`applications.funnel`) counts the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

STAGES = ("applied", "interview", "rejected", "offer")
_ORDER = {"applied": 0, "interview": 1, "rejected": 2, "offer": 2}
CLOSED = ("rejected", "offer")


def company_key(company: str) -> str:
    """How applications to one company are matched: case- and space-insensitive."""
    return " ".join(company.lower().split())


def reopens(current: str, stage: str) -> bool:
    """Whether moving a `current` application to `stage` opens a new application instead."""
    return current in CLOSED and stage in ("applied", "interview")


def applying_again_keeps(current: str) -> bool:
    """Whether applying again to a company whose latest application is at `current` keeps
    that application: an open one (applied or interview) does, at its stage, since stages
    never move back; a closed one is left alone for a new application."""
    return current not in CLOSED


def advances(current: str, stage: str) -> bool:
    """Whether an application at `current` moves to `stage` (never backwards)."""
    return _ORDER[stage] >= _ORDER[current]


@dataclass(frozen=True)
class Tracked:
    """One tracked application: its stage, and whether an interview is on record for it
    (a `/log interviewed` for it, or a rejection after an interview there)."""

    stage: str
    interviewed: bool = False

    @property
    def reached_interview(self) -> bool:
        """An application at the interview or offer stage had an interview: an offer
        implies one."""
        return self.interviewed or self.stage in ("interview", "offer")


@dataclass(frozen=True)
class FunnelCounts:
    """One member's application history, counted in the store.

    Entries that name a company belong to a tracked application; entries without one
    ("untracked") cannot be matched to each other or to a company.
    """

    tracked: tuple[Tracked, ...] = ()
    applied: int = 0  # `/log applied` without a company, counts summed
    interviewed: int = 0  # `/log interviewed` without a company, counts summed
    rejections: int = 0  # `/rejection` without a company
    rejections_after_interview: int = 0  # of those, at the interview or final stage


@dataclass(frozen=True)
class Funnel:
    applications: int
    interviews: int
    offers: int


def funnel_steps(counts: FunnelCounts) -> Funnel:
    """Applications → interviews → offers, each application counted once.

    A tracked application counts once whatever was logged for it, and as an interview
    once it reached one (an offer implies an interview). Untracked entries are taken to
    overlap each other, never a company's application: an interview or a rejection
    without a company is one of the applications logged without one, and a rejection
    after an interview is one of those interviews, so each untracked step is the largest
    of what implies it. So offers never exceed interviews, nor interviews applications.
    """
    untracked_interviews = max(counts.interviewed, counts.rejections_after_interview)
    untracked = max(counts.applied, untracked_interviews, counts.rejections)
    return Funnel(
        applications=len(counts.tracked) + untracked,
        interviews=sum(t.reached_interview for t in counts.tracked) + untracked_interviews,
        offers=sum(t.stage == "offer" for t in counts.tracked),
    )


def owner_of(applications: list[tuple[int, str, datetime]], key: str, at: datetime) -> int | None:
    """The application an entry about company `key` made at `at` belongs to: the latest
    one for that company opened by then. `applications` are (id, company key, opened at)
    rows in the order they were opened."""
    owner = None
    for app_id, app_key, opened in applications:
        if app_key == key and opened <= at:
            owner = app_id
    return owner
