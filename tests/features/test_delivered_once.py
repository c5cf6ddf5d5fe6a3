"""Things that happen once even when a member does them twice.

- Pressing the same Cheer button twice (or the command reaching Rebound twice) sends one
  cheer; a cheer with other words, or the same one a while later, is a new cheer.
- Logging the same rejection twice on one day schedules one reflection prompt.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bot.core.messages import Kind, Message
from bot.store.models import Cheer, Job
from tests.support.harness import Community


def to(messages: list[Message], name: str, kind: Kind) -> list[Message]:
    return [m for m in messages if m.kind is kind and m.to is not None and m.to.name == name]


async def count(community: Community, model: type, *where: object) -> int:
    async with community.engine.db.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def test_a_double_press_of_the_cheer_button_is_one_cheer(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.run("ana", "/rejection company:Acme share:public")
    first = await community.run("bo", "/cheer post:1")
    second = await community.run("bo", "/cheer post:1")
    assert len(to(first, "ana", Kind.DM)) == 1
    assert not to(second, "ana", Kind.DM)
    again = to(second, "bo", Kind.REPLY)[0]
    assert not again.error and "already on its way" in again.plain_text()
    assert "19 cheers left today" in again.plain_text()
    assert await count(community, Cheer) == 1
    # Other words are another cheer; so is the same press a while later.
    worded = await community.run("bo", "/cheer post:1 message:Hugs")
    assert len(to(worded, "ana", Kind.DM)) == 1
    await community.advance("2026-11-02T09:05:00Z")
    later = await community.run("bo", "/cheer post:1")
    assert len(to(later, "ana", Kind.DM)) == 1
    assert await count(community, Cheer) == 3


async def test_the_same_rejection_twice_a_day_brings_one_reflection_prompt(
    community: Community,
) -> None:
    for line in ("/rejection company:Acme", "/rejection company:acme", "/rejection Beta"):
        assert not (await community.reply("ana", line)).error
    assert await count(community, Job, Job.kind == "reflection-prompt") == 2
    sent = await community.advance("2026-11-03T12:00:00Z")
    prompts = [m for m in sent if m.kind is Kind.DM and "about Acme" in m.plain_text()]
    assert len(prompts) == 1
    # Another day, another prompt.
    await community.reply("ana", "/rejection company:Acme")
    assert await count(community, Job, Job.kind == "reflection-prompt") == 3
