"""Concurrent commands on PostgreSQL give the answers running them one by one would give.

SQLite serialises writers, so these races only show on PostgreSQL: several engines (each
with its own connection pool, like several processes) share one database and run the same
command at once with `asyncio.gather`.

- two `/mod pair` at once make two rounds (1 and 2) of 10 pairs, never two "Round 1"s;
- 80 cheers at once from one member: exactly 20 go out (the daily limit);
- 20 `/mod template-add` of one name at once: one adds it, the others are told clearly
  that it already exists and `replace:yes` replaces it (no apology from a unique violation).
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.core.errors import APOLOGY as APOLOGY_MSG
from bot.core.i18n import tr
from bot.core.messages import Message
from bot.store.models import BuddyPair, Cheer, Template
from tests.support.harness import Community, make_engine, new_pg_database, pg_base_url

APOLOGY = tr("en").text(APOLOGY_MSG)

ENGINES = 8
# Each engine keeps this many connections open between commands (`open_database`'s pool
# size): the warm-up opens them all, so a burst starts at once instead of in waves
# paced by new connections.
POOL = 10
KEY = "console:race"


@pytest.fixture
async def drivers() -> AsyncIterator[list[Community]]:
    """`ENGINES` drivers of one community, each with its own engine and pool."""
    if not pg_base_url():
        if os.environ.get("CI"):
            pytest.fail("REBOUND_TEST_PG_URL is not set in CI: run the suite through `make test`")
        pytest.skip("race tests need PostgreSQL; `make test` starts one")
    url = await new_pg_database()
    made = [await make_engine(url) for _ in range(ENGINES)]
    try:
        found = [Community(e, c, key=KEY, moderators={"mo"}) for e, c, _ in made]
        await found[0].reply("mo", "/stats")
        await asyncio.gather(*(d.run("mo", "/stats") for d in found for _ in range(POOL)))
        yield found
    finally:
        for _, _, db in made:
            await db.dispose()


async def _all_at_once(drivers: list[Community], user: str, lines: list[str]) -> list[Message]:
    """Run every line at the same time, spread over the engines; the replies to `user`."""
    results = await asyncio.gather(
        *(drivers[i % len(drivers)].run(user, line) for i, line in enumerate(lines))
    )
    replies = [m for msgs in results for m in msgs if m.kind.value == "reply"]
    assert len(replies) == len(lines)
    assert not [m for m in replies if APOLOGY in m.text], [m.text for m in replies]
    return replies


async def test_two_pairings_at_once_make_two_rounds(drivers: list[Community]) -> None:
    first = drivers[0]
    members = [f"m{i:02}" for i in range(20)]
    for m in members:
        await first.reply(m, "/buddy join")
    replies = await _all_at_once(drivers, "mo", ["/mod pair confirm:yes"] * 2)
    assert sorted(m.title or "" for m in replies) == ["Round 1: 10 pairs", "Round 2: 10 pairs"]
    async with first.engine.db.sessions() as s:
        rows = (
            await s.execute(select(BuddyPair.round, func.count()).group_by(BuddyPair.round))
        ).all()
    assert sorted(rows) == [(1, 10), (2, 10)]
    # Each member hears about each round once: two DMs, not four.
    dms = Counter(
        m.to.ref for d in drivers for m in d.sent if m.kind.value == "dm" and m.to is not None
    )
    assert dms == dict.fromkeys(members, 2)


async def test_eighty_cheers_at_once_stop_at_the_daily_limit(drivers: list[Community]) -> None:
    first = drivers[0]
    for m in ("ana", "bo"):
        await first.reply(m, "/stats")
    replies = await _all_at_once(drivers, "ana", ["/cheer member:@bo"] * 80)
    sent = [m for m in replies if not m.error]
    refused = [m for m in replies if m.error]
    assert len(sent) == 20
    assert len(refused) == 60
    assert all("daily limit" in m.text for m in refused)
    async with first.engine.db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Cheer)) == 20


async def test_one_template_name_added_twenty_times_at_once(drivers: list[Community]) -> None:
    line = '/mod template-add name:thanks body:"Thank you, {contact}!"'
    replies = await _all_at_once(drivers, "mo", [line] * 20)
    added = [m for m in replies if not m.error]
    refused = [m for m in replies if m.error]
    assert [m.title for m in added] == ["Template thanks added"]
    assert len(refused) == 19
    assert all(
        "already exists" in m.text and "thanks" in m.text and "replace:yes" in m.text
        for m in refused
    ), [m.text for m in refused]
    async with drivers[0].engine.db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Template)) == 1
