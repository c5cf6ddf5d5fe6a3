"""Practice buddies: the pairing algorithm's properties over many rounds, and the commands."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.messages import Kind, Message
from bot.features.buddies import PURPOSES, Candidate, Matching, pair_members
from tests.support.harness import Community


def check_round(cands: list[Candidate], m: Matching, last: dict[int, int]) -> dict[int, int]:
    """Assert the invariants of one round; return the partner map for the next one."""
    ids = [c.id for c in cands]
    placed = [c.id for pair in m.pairs for c in pair] + ([m.left_out.id] if m.left_out else [])
    assert sorted(placed) == sorted(ids), "everyone hears back exactly once"
    assert (m.left_out is not None) == (len(ids) % 2 == 1)
    if len(ids) >= 3:
        for a, b in m.pairs:
            assert last.get(a.id) != b.id, "no repeat while another partner is available"
    priority = [c for c in cands if c.priority]
    if len(ids) >= 2 and len(priority) == 1:
        assert m.left_out is None or m.left_out.id != priority[0].id, "odd one out goes first"
    partners: dict[int, int] = {}
    for a, b in m.pairs:
        partners[a.id], partners[b.id] = b.id, a.id
    return partners


def simulate(seed: int, rounds: int = 30) -> None:
    rng = random.Random(seed)
    pool = {
        i: Candidate(i, rng.choice([*PURPOSES, None]), rng.choice([-480, -300, 0, 60, 330, 540]))
        for i in range(rng.randint(1, 6))
    }
    next_id = len(pool)
    last: dict[int, int] = {}
    recent: set[frozenset[int]] = set()
    left_out: int | None = None
    for _ in range(rounds):
        if rng.random() < 0.3:  # someone joins
            pool[next_id] = Candidate(next_id, rng.choice([*PURPOSES, None]), rng.choice([0, 60]))
            next_id += 1
        if rng.random() < 0.2 and len(pool) > 1:  # someone leaves
            del pool[rng.choice(sorted(pool))]
        cands = [
            Candidate(c.id, c.purpose, c.offset_minutes, priority=c.id == left_out)
            for c in pool.values()
        ]
        m = pair_members(cands, last, recent)
        last = check_round(cands, m, last)
        recent |= {frozenset((a.id, b.id)) for a, b in m.pairs}
        left_out = m.left_out.id if m.left_out else None


def test_pairing_properties_over_many_rounds() -> None:
    for seed in range(200):
        simulate(seed)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*PURPOSES, None]), st.integers(-12, 14)),
        min_size=1,
        max_size=12,
    ),
    st.integers(min_value=3, max_value=12),
    st.randoms(use_true_random=False),
)
def test_pairing_properties_hypothesis(people, rounds, rng) -> None:  # type: ignore[no-untyped-def]
    pool = [Candidate(i, p, h * 60) for i, (p, h) in enumerate(people)]
    last: dict[int, int] = {}
    left_out: int | None = None
    for _ in range(rounds):
        rng.shuffle(pool)
        cands = [Candidate(c.id, c.purpose, c.offset_minutes, c.id == left_out) for c in pool]
        m = pair_members(cands, last, set())
        last = check_round(cands, m, last)
        left_out = m.left_out.id if m.left_out else None


def test_shared_purpose_and_close_timezones_are_preferred() -> None:
    people = [
        Candidate(1, "mock-interview", 0),
        Candidate(2, "resume-review", 0),
        Candidate(3, "mock-interview", 540),
        Candidate(4, "resume-review", 540),
    ]
    m = pair_members(people, {}, set())
    assert {(a.id, b.id) for a, b in m.pairs} == {(1, 3), (2, 4)}
    same = [Candidate(i, None, off) for i, off in enumerate([0, 540, 60, 600])]
    m = pair_members(same, {}, set())
    assert {(a.id, b.id) for a, b in m.pairs} == {(0, 2), (1, 3)}


def test_two_members_may_repeat_when_nobody_else_is_there() -> None:
    m = pair_members([Candidate(1), Candidate(2)], {1: 2, 2: 1}, set())
    assert [(a.id, b.id) for a, b in m.pairs] == [(1, 2)]


# --- through the engine ---------------------------------------------------------------------

MEET = re.compile(r"Meet @(\w+), your practice buddy")


def partners(messages: list[Message]) -> tuple[dict[str, str], list[str]]:
    paired: dict[str, str] = {}
    waiting: list[str] = []
    for m in messages:
        if m.kind is not Kind.DM or m.to is None:
            continue
        found = MEET.search(m.text)
        if found:
            assert "First step" in m.text
            paired[m.to.name] = found.group(1)
        else:
            assert "You go first in the next round" in m.text
            waiting.append(m.to.name)
    return paired, waiting


async def test_rounds_through_the_engine(community: Community) -> None:
    community.moderators.add("mo")
    names = ["ana", "bo", "cy", "di", "ed"]
    for name, purpose in zip(
        names, ["mock-interview", "mock-interview", "networking", None, None], strict=True
    ):
        reply = await community.reply(name, f"/buddy join {purpose}" if purpose else "/buddy join")
        assert not reply.error
    previous: dict[str, str] = {}
    waited: str | None = None
    for round_no in range(1, 9):
        # Rounds in quick succession need the moderator's confirmation.
        line = "/mod pair" if round_no == 1 else "/mod pair confirm:yes"
        messages = await community.run("mo", line)
        reply = next(m for m in messages if m.kind is Kind.REPLY)
        assert reply.title is not None and reply.title.startswith(f"Round {round_no}:")
        paired, waiting = partners(messages)
        assert sorted([*paired, *waiting]) == sorted(names)
        assert len(waiting) == 1
        for a, b in paired.items():
            assert paired[b] == a
            assert previous.get(a) != b
        if waited is not None:
            assert waited in paired
        previous, waited = paired, waiting[0]
    status = await community.reply(waited, "/buddy status")
    assert "you go first next time" in status.plain_text()
    someone = next(iter(previous))
    status = await community.reply(someone, "/buddy status")
    assert f"@{previous[someone]}" in status.plain_text()


async def test_alone_and_nobody(community: Community) -> None:
    community.moderators.add("mo")
    nobody = await community.reply("mo", "/mod pair")
    assert "Nobody has joined" in nobody.text
    await community.reply("ana", "/buddy join purpose:networking")
    messages = await community.run("mo", "/mod pair")
    dm = next(m for m in messages if m.kind is Kind.DM)
    assert "only one signed up" in dm.text and "You go first" in dm.text


async def test_join_leave_status(community: Community) -> None:
    out = await community.reply("ana", "/buddy status")
    assert "not signed up" in out.text
    join = await community.reply("ana", "/buddy join purpose:resume-review")
    assert "CV and profile reviews" in join.text
    change = await community.reply("ana", "/buddy join networking")
    assert "now networking" in change.text
    await community.reply("ana", "/buddy leave")
    again = await community.reply("ana", "/buddy leave")
    assert again.error and "/buddy join" in again.text
    denied = await community.reply("ana", "/mod pair")
    assert denied.error


async def test_weekly_schedule_reschedules_itself(community: Community) -> None:
    community.moderators.add("mo")
    for name in ("ana", "bo"):
        await community.reply(name, "/buddy join")
    scheduled = await community.reply("mo", "/mod pair schedule:weekly day:tue time:09:30")
    assert "Tuesday 3 November, 09:30" in scheduled.text
    status = await community.reply("ana", "/buddy status")
    assert "Next pairing: Tuesday 3 November, 09:30" in status.text
    first = await community.advance("2026-11-03T10:00:00Z")
    assert len([m for m in first if m.kind is Kind.DM]) == 2
    second = await community.advance("2026-11-10T10:00:00Z")
    assert len([m for m in second if m.kind is Kind.DM]) == 2
    off = await community.reply("mo", "/mod pair schedule:off")
    assert "off" in off.text
    assert await community.advance("2026-11-24T10:00:00Z") == []
    # Turning it back on at the same instant as a cancelled occurrence still works.
    await community.reply("mo", "/mod pair schedule:weekly day:tue time:09:30")
    await community.reply("mo", "/mod pair schedule:off")
    await community.reply("mo", "/mod pair schedule:weekly day:tue time:09:30")
    third = await community.advance("2026-12-01T10:00:00Z")
    assert len([m for m in third if m.kind is Kind.DM]) == 2
    bad = await community.reply("mo", "/mod pair day:mon")
    assert bad.error
    bad_time = await community.reply("mo", "/mod pair schedule:weekly time:25:00")
    assert bad_time.error and "HH:MM" in bad_time.text


async def test_pairing_again_within_a_week_asks_for_confirmation(community: Community) -> None:
    community.moderators.add("mo")
    for name in ("ana", "bo", "cy", "di"):
        await community.reply(name, "/buddy join")
    first = await community.reply("mo", "/mod pair")
    assert first.title == "Round 1: 2 pairs"
    await community.advance("2026-11-04T09:00:00Z")
    again = await community.run("mo", "/mod pair")
    asked = next(m for m in again if m.kind is Kind.REPLY)
    assert asked.error
    assert "Round 1 ran on Monday 2 November" in asked.plain_text()
    assert "/mod pair confirm:yes" in asked.plain_text()
    assert not [m for m in again if m.kind is Kind.DM]  # nobody was paired again
    status = await community.reply("ana", "/buddy status")
    assert "Current buddy" in status.plain_text()
    confirmed = await community.run("mo", "/mod pair confirm:yes")
    reply = next(m for m in confirmed if m.kind is Kind.REPLY)
    assert reply.title == "Round 2: 2 pairs"
    assert len([m for m in confirmed if m.kind is Kind.DM]) == 4
    # A week after the last round, pairing needs no confirmation.
    await community.advance("2026-11-11T09:00:00Z")
    assert (await community.reply("mo", "/mod pair")).title == "Round 3: 2 pairs"
    bad = await community.reply("mo", "/mod pair schedule:off confirm:yes")
    assert bad.error and "confirm" in bad.plain_text()
