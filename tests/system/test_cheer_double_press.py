"""Pressed twice at once, on PostgreSQL with several engines: things happen once.

- the same Cheer button pressed twice by one member at the same moment sends one cheer,
  and eight presses at once still send one;
- two `/mod pair` at once make one round; the other is asked to confirm a second one.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bot.store.models import BuddyPair, Cheer
from tests.support.harness import Community
from tests.system.test_races import _all_at_once, drivers

__all__ = ["drivers"]  # the fixture: several engines sharing one PostgreSQL database


async def test_a_cheer_button_pressed_at_once_sends_one_cheer(drivers: list[Community]) -> None:
    first = drivers[0]
    await first.reply("mo", "/mod setup support_channel:#support")
    await first.reply("ana", "/rejection company:Acme share:public")
    replies = await _all_at_once(drivers, "bo", ["/cheer post:1"] * 8)
    assert not [m for m in replies if m.error], [m.text for m in replies]
    assert len([m for m in replies if "already on its way" in m.text]) == 7
    async with first.engine.db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Cheer)) == 1
    dms = [m for d in drivers for m in d.sent if m.kind.value == "dm" and m.to is not None]
    assert [m.to.name for m in dms if m.to is not None] == ["ana"]


async def test_two_plain_pairings_at_once_make_one_round(drivers: list[Community]) -> None:
    first = drivers[0]
    for m in [f"m{i:02}" for i in range(6)]:
        await first.reply(m, "/buddy join")
    replies = await _all_at_once(drivers, "mo", ["/mod pair"] * 2)
    assert sorted(bool(m.error) for m in replies) == [False, True]
    assert "confirm:yes" in next(m for m in replies if m.error).text
    async with first.engine.db.sessions() as s:
        rounds = await s.scalar(select(func.count(func.distinct(BuddyPair.round))))
    assert rounds == 1
