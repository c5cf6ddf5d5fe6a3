"""Job-key prefixes end at their separator: cancelling the jobs of check-in schedule 1 or
of community 1's weekly pairing leaves those of schedule or community 10 alone.

(Members' job keys, `member:1:` versus `member:10:`, are in test_mutants_privacy.py.)
"""

from __future__ import annotations

from sqlalchemy import select

from bot.store.models import Community as CommunityRow
from tests.features.test_checkins import prompts
from tests.support.harness import Community, make_engine


async def test_cancelling_check_in_1_keeps_check_ins_10_and_11(community: Community) -> None:
    community.moderators.add("mo")
    for n in range(1, 12):
        reply = await community.reply(
            "mo", f"/mod checkin-schedule channel:#c{n} cadence:daily time:10:00"
        )
        assert not reply.error and f"Check-in {n} will run in #c{n}" in reply.plain_text()
    cancelled = await community.reply("mo", "/mod checkin-cancel id:1")
    assert not cancelled.error, cancelled.plain_text()
    sent = await community.advance("2026-11-02T10:00:00Z")
    opened = {n for n in range(1, 12) if prompts(sent, f"c{n}")}
    assert opened == set(range(2, 12))
    # And the day after, too: each open scheduled its next occurrence.
    sent = await community.advance("2026-11-03T10:00:00Z")
    assert {n for n in range(1, 12) if prompts(sent, f"c{n}")} == set(range(2, 12))


async def test_weekly_pairing_off_in_community_1_keeps_community_10s(db_url: str) -> None:
    engine, clock, db = await make_engine(db_url)
    try:
        drivers = [Community(engine, clock, key=f"console:c{n}") for n in range(1, 12)]
        for c in drivers:
            c.moderators.add("mo")
            reply = await c.reply("mo", "/mod pair schedule:weekly day:mon time:09:00")
            assert not reply.error, reply.plain_text()
        async with db.sessions() as s:
            ids = {k: i for k, i in await s.execute(select(CommunityRow.key, CommunityRow.id))}
        first = min(drivers, key=lambda c: ids[c.key])
        prefixed = [
            c for c in drivers if c is not first and str(ids[c.key]).startswith(str(ids[first.key]))
        ]
        assert prefixed, ids
        off = await first.reply("mo", "/mod pair schedule:off")
        assert "Weekly pairing is off." in off.plain_text()
        for c in prefixed:
            still = await c.reply("mo", "/mod pair schedule:off")
            assert "Weekly pairing is off." in still.plain_text(), c.key
    finally:
        await db.dispose()
