"""The application funnel's pure rules: stages, company matching and `/stats` figures.

No store and no database: these call `bot.features.applications.funnel` directly; the
store-backed behaviour through `/log`, `/rejection`, `/win` and `/stats` is in
tests/features.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from bot.features.applications.funnel import (
    STAGES,
    FunnelCounts,
    Tracked,
    advances,
    applying_again_keeps,
    company_key,
    funnel_steps,
    owner_of,
    reopens,
)


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


def test_applying_again_keeps_an_open_application_at_its_stage() -> None:
    # `/log applied` after an interview there is the same application, still at interview.
    assert applying_again_keeps("applied")
    assert applying_again_keeps("interview")
    assert not applying_again_keeps("rejected")
    assert not applying_again_keeps("offer")


def test_each_tracked_application_counts_once() -> None:
    steps = funnel_steps(
        FunnelCounts(tracked=(Tracked("applied"), Tracked("interview"), Tracked("rejected")))
    )
    assert (steps.applications, steps.interviews, steps.offers) == (3, 1, 0)


def test_an_offer_implies_an_interview_and_an_application() -> None:
    # `/log applied` without a company, then an offer from Initech: two applications.
    steps = funnel_steps(FunnelCounts(tracked=(Tracked("offer"),), applied=1))
    assert (steps.applications, steps.interviews, steps.offers) == (2, 1, 1)


def test_a_rejected_application_counts_as_an_interview_only_if_it_had_one() -> None:
    steps = funnel_steps(
        FunnelCounts(tracked=(Tracked("rejected", interviewed=True), Tracked("rejected")))
    )
    assert (steps.applications, steps.interviews) == (2, 1)
    assert Tracked("interview").reached_interview and Tracked("offer").reached_interview
    assert not Tracked("applied").reached_interview


def test_untracked_entries_overlap_with_each_other() -> None:
    # An interview or a rejection without a company is one of the untracked applications.
    assert funnel_steps(FunnelCounts(applied=3, interviewed=1, rejections=2)).applications == 3
    assert funnel_steps(FunnelCounts(applied=1, interviewed=4)).applications == 4
    assert funnel_steps(FunnelCounts(rejections=2)).applications == 2
    # A rejection after an interview is one of the interviews.
    steps = funnel_steps(FunnelCounts(interviewed=2, rejections=3, rejections_after_interview=3))
    assert (steps.applications, steps.interviews) == (3, 3)
    assert funnel_steps(FunnelCounts(interviewed=4, rejections_after_interview=1)).interviews == 4


def test_tracked_and_untracked_add_up() -> None:
    steps = funnel_steps(
        FunnelCounts(tracked=(Tracked("interview"), Tracked("offer")), applied=2, interviewed=1)
    )
    assert (steps.applications, steps.interviews, steps.offers) == (4, 3, 1)


@given(
    stages=st.lists(st.tuples(st.sampled_from(STAGES), st.booleans()), max_size=8),
    applied=st.integers(0, 60),
    interviewed=st.integers(0, 60),
    rejections=st.integers(0, 60),
    after=st.integers(0, 60),
)
def test_offers_never_exceed_interviews_nor_interviews_applications(
    stages: list[tuple[str, bool]], applied: int, interviewed: int, rejections: int, after: int
) -> None:
    steps = funnel_steps(
        FunnelCounts(
            tracked=tuple(Tracked(stage, flag) for stage, flag in stages),
            applied=applied,
            interviewed=interviewed,
            rejections=max(rejections, after),
            rejections_after_interview=after,
        )
    )
    assert 0 <= steps.offers <= steps.interviews <= steps.applications
    assert steps.applications >= len(stages) + max(applied, rejections)


def test_an_entry_belongs_to_the_latest_application_opened_by_then() -> None:
    t0, t1, t2 = (datetime(2026, 11, d, tzinfo=UTC) for d in (2, 3, 4))
    opened = [(1, "acme", t0), (2, "globex", t0), (3, "acme", t2)]
    assert owner_of(opened, "acme", t1) == 1
    assert owner_of(opened, "acme", t2) == 3
    assert owner_of(opened, "globex", t2) == 2
    assert owner_of(opened, "hooli", t2) is None
    assert owner_of(opened, "acme", datetime(2026, 11, 1, tzinfo=UTC)) is None


def test_nothing_logged_is_an_empty_funnel() -> None:
    steps = funnel_steps(FunnelCounts())
    assert (steps.applications, steps.interviews, steps.offers) == (0, 0, 0)
