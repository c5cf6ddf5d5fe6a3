"""The application funnel's pure rules: stages, company matching and `/stats` figures.

No store and no database: these call `bot.features.applications.funnel` directly; the
store-backed behaviour through `/log`, `/rejection`, `/win` and `/stats` is in
tests/features.
"""

from __future__ import annotations

from bot.features.applications.funnel import (
    STAGES,
    FunnelCounts,
    advances,
    company_key,
    funnel_steps,
    reopens,
)


def counts(**given: int) -> FunnelCounts:
    base = {
        "tracked": 0,
        "applied_logged": 0,
        "interviews_logged": 0,
        "interviewing": 0,
        "rejected_after_interview": 0,
        "offers": 0,
    }
    return FunnelCounts(**{**base, **given})


def test_companies_match_ignoring_case_and_spacing() -> None:
    assert company_key("  Acme   Corp ") == company_key("acme corp") == "acme corp"


def test_stages_only_move_forward() -> None:
    assert advances("applied", "interview")
    assert advances("interview", "offer")
    assert advances("interview", "rejected")
    assert advances("rejected", "offer")  # closed stages rank the same
    assert not advances("interview", "applied")
    assert not advances("offer", "interview")


def test_a_closed_application_is_reopened_by_a_new_application_or_interview() -> None:
    for closed in ("rejected", "offer"):
        assert reopens(closed, "applied")
        assert reopens(closed, "interview")
        assert not reopens(closed, "offer")
    for open_stage in ("applied", "interview"):
        assert not any(reopens(open_stage, stage) for stage in STAGES)


def test_each_step_shows_the_larger_of_logged_and_tracked() -> None:
    steps = funnel_steps(counts(tracked=3, applied_logged=5, interviews_logged=1, offers=1))
    assert (steps.applications, steps.interviews, steps.offers) == (5, 1, 1)
    steps = funnel_steps(counts(tracked=4, applied_logged=2))
    assert steps.applications == 4


def test_tracked_interviews_include_rejections_after_an_interview() -> None:
    steps = funnel_steps(counts(interviews_logged=2, interviewing=1, rejected_after_interview=2))
    assert steps.interviews == 3
    assert funnel_steps(counts(interviews_logged=4, interviewing=1)).interviews == 4


def test_nothing_logged_is_an_empty_funnel() -> None:
    steps = funnel_steps(counts())
    assert (steps.applications, steps.interviews, steps.offers) == (0, 0, 0)
