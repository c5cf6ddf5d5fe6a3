"""`/privacy export` and `/privacy delete`: one member's data in one community, nothing else.

Each test pins down a rule a hand-made mutant of bot/privacy.py broke without any other
test noticing: job keys matched without their separator (member 1 taking members 10–19's
jobs along), the outbox left behind, and moderators' audit notes scrubbed in every
community instead of the member's own. Later survivors of `make mutation`: the export
file's English field names (including those of its scheduled messages), delete counting
messages already sent as still scheduled, and delete dropping the delivered messages of
every community instead of the member's own.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from bot.core.clock import parse_instant
from bot.core.engine import Engine
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.store.models import Community as Community_
from bot.store.models import Member, Outbox
from tests.support.harness import Community

PROMPT_TITLE = "reflection"


def dms_to(messages: list, name: str) -> list:  # type: ignore[type-arg]
    return [m for m in messages if m.kind.value == "dm" and m.to is not None and m.to.name == name]


async def member_ids(c: Community) -> dict[str, int]:
    async with c.engine.db.sessions() as s:
        return {m.platform_id: m.id for m in await s.scalars(select(Member))}


async def test_deleting_member_1_keeps_the_jobs_of_members_10_to_19(community: Community) -> None:
    # Twelve members; the first one's id is a prefix of the ids of some later ones
    # (1 → 10, 11, 12 on a fresh database): `member:1` must not match `member:10:...`.
    names = [f"m{i:02d}" for i in range(12)]
    for name in names:
        assert not (await community.reply(name, "/help")).error
    ids = await member_ids(community)
    victim = min(names, key=lambda n: ids[n])
    prefixed = [n for n in names if n != victim and str(ids[n]).startswith(str(ids[victim]))]
    assert prefixed, ids  # the scenario really has members whose ids extend the victim's
    for name in [victim, *prefixed]:
        assert not (await community.reply(name, "/rejection company:Acme")).error
        reply = await community.reply(name, "/template name:stay-in-touch remind_days:3")
        assert not reply.error, reply.plain_text()
    # The export lists the victim's own two scheduled messages, not the others'.
    export = await community.reply(victim, "/privacy export")
    fields = {f.name: f.value for f in export.fields}
    assert fields["Scheduled messages"] == "2"
    done = await community.reply(victim, "/privacy delete confirm:DELETE")
    assert not done.error and "2 scheduled messages" in done.plain_text()
    # Every other member still gets the reflection prompt and the follow-up reminder.
    sent = await community.advance("2026-11-10T12:00:00Z")
    assert not dms_to(sent, victim)
    for name in prefixed:
        got = dms_to(sent, name)
        assert len(got) == 2, (name, [m.plain_text() for m in got])
        export = await community.reply(name, "/privacy export")
        assert "Scheduled messages" not in {f.name for f in export.fields}


async def test_delete_drops_pending_dms_to_the_member_and_keeps_everyone_elses(
    community: Community,
) -> None:
    await community.reply("ana", "/rejection company:Acme")
    await community.reply("bo", "/rejection company:Beta")
    # The reflection prompts of the next morning have run but are not delivered yet (the
    # delivering process is down): two pending DMs in the outbox.
    later = parse_instant("2026-11-03T12:00:00Z")
    community.clock.set(later)
    runner = Scheduler(community.engine.db, community.clock, REGISTRY, None, platform="console")
    assert await runner.run_due(later) == 2
    assert sorted(await pending_dm_refs(community)) == ["ana", "bo"]
    done = await community.reply("ana", "/privacy delete confirm:DELETE")
    assert not done.error
    assert await pending_dm_refs(community) == ["bo"]
    sent = await community.advance("2026-11-03T12:01:00Z")
    assert [m.to.name for m in sent if m.kind.value == "dm"] == ["bo"]


async def pending_dm_refs(c: Community) -> list[str]:
    async with c.engine.db.sessions() as s:
        rows = await s.scalars(select(Outbox.message).where(Outbox.sent_at.is_(None)))
        return [m["to"]["ref"] for m in rows if m.get("to")]


async def test_delete_scrubs_audit_notes_and_outbox_in_its_own_community_only(
    db_url: str,
) -> None:
    from tests.support.harness import make_engine

    one_engine, clock, db = await make_engine(db_url)
    try:
        one = Community(one_engine, clock, key="console:one")
        two = Community(Engine(db, clock, REGISTRY), clock, key="console:two")
        for c in (one, two):
            c.moderators.add("mo")
            assert not (await c.reply("mo", "/mod setup support_channel:#support")).error
            reply = await c.reply("mo", '/mod mute member:@ana days:1 reason:"spam about Acme"')
            assert not reply.error, reply.plain_text()
            await c.reply("mo", "/mod unmute member:@ana")
            await c.reply("ana", "/rejection company:Acme")
        # Pending reflection prompts to ana in both communities.
        later = parse_instant("2026-11-03T12:00:00Z")
        clock.set(later)
        runner = Scheduler(db, clock, REGISTRY, None, platform="console")
        assert await runner.run_due(later) == 2
        done = await one.reply("ana", "/privacy delete confirm:DELETE")
        assert not done.error
        audit_one = (await one.reply("mo", "/mod audit")).plain_text()
        assert "@ana" not in audit_one and "spam about Acme" not in audit_one
        audit_two = (await two.reply("mo", "/mod audit")).plain_text()
        assert "@ana" in audit_two and "spam about Acme" in audit_two
        assert "a former member" not in audit_two
        # ana in the other community still has her data and her pending DM.
        assert "Rejections: 1" in (await two.reply("ana", "/stats")).plain_text()
        sent = await two.advance("2026-11-03T12:01:00Z")
        assert [m.to.name for m in sent if m.kind.value == "dm"] == ["ana"]
    finally:
        await db.dispose()


# --- the export file's fields, the scheduled messages delete counts, the outbox of others ---


async def test_the_export_file_names_its_fields_in_english(community: Community) -> None:
    await community.reply("ana", "/rejection company:Acme")  # a reflection prompt tomorrow
    export = await community.reply("ana", "/privacy export")
    [attachment] = export.attachments
    assert attachment.filename == "rebound-export-ana.json"
    data = json.loads(attachment.data)
    # The file's field names stay English whatever the member reads (a member's tools
    # read them); only the `about` text is in their language.
    assert sorted(data) == [
        "about",
        "community",
        "exported_at",
        "member",
        "scheduled_messages",
        "tables",
    ]
    assert data["community"] == "console:test"
    assert data["exported_at"] == "2026-11-02T09:00:00+00:00"
    assert data["about"].startswith("Everything Rebound stores about you in this community.")
    assert data["member"]["platform_id"] == "ana"
    assert [r["company"] for r in data["tables"]["rejections"]] == ["Acme"]
    [scheduled] = data["scheduled_messages"]
    assert sorted(scheduled) == ["due_at", "kind"]
    assert scheduled["due_at"].startswith("2026-11-03T")


async def test_delete_counts_only_messages_still_to_come(community: Community) -> None:
    await community.reply("ana", "/rejection company:Acme")
    # The reflection prompt went out the next day: nothing is scheduled for ana any more.
    sent = await community.advance("2026-11-03T12:00:00Z")
    assert dms_to(sent, "ana")
    export = await community.reply("ana", "/privacy export")
    assert "Scheduled messages" not in {f.name for f in export.fields}
    done = await community.reply("ana", "/privacy delete confirm:DELETE")
    assert not done.error
    text = done.plain_text()
    assert re.search(r"erased: your settings and \d+ records\.", text), text
    assert "scheduled message" not in text


async def test_delete_leaves_the_delivered_messages_of_another_community_alone(
    db_url: str,
) -> None:
    from tests.support.harness import make_engine

    one_engine, clock, db = await make_engine(db_url)
    try:
        one = Community(one_engine, clock, key="console:one")
        two = Community(Engine(db, clock, REGISTRY), clock, key="console:two")
        for c in (one, two):
            await c.reply("ana", "/rejection company:Acme")
        # Both reflection prompts are delivered: the outbox keeps a sent row per community.
        later = parse_instant("2026-11-03T12:00:00Z")
        clock.set(later)
        runner = Scheduler(db, clock, REGISTRY, None, platform="console")
        assert await runner.run_due(later) == 2
        await one.advance(later)
        await two.advance(later)
        assert await sent_outbox_rows(one) == {"console:one": 1, "console:two": 1}
        assert not (await one.reply("ana", "/privacy delete confirm:DELETE")).error
        # Delete forgets what was delivered in its own community, nothing of the other's.
        assert await sent_outbox_rows(one) == {"console:two": 1}
    finally:
        await db.dispose()


async def sent_outbox_rows(c: Community) -> dict[str, int]:
    async with c.engine.db.sessions() as s:
        rows = await s.execute(
            select(Community_.key, func.count())
            .join(Outbox, Outbox.community_id == Community_.id)
            .where(Outbox.sent_at.is_not(None))
            .group_by(Community_.key)
        )
        return {key: n for key, n in rows}
