"""`/privacy export` and `/privacy delete`: a full copy, then nothing left behind."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.core.clock import ManualClock, parse_instant
from bot.core.engine import Engine
from bot.core.scheduler import Scheduler
from bot.features.catalog import REGISTRY
from bot.features.privacy import linked_tables
from bot.store.models import Base, Cheer, Job, Member, Outbox
from tests.support.harness import Community, transcript

SCRIPT = """\
!mod mo
mo: /mod setup support_channel:#support wins_channel:#wins
zelda: /settings timezone:Europe/Berlin
zelda: /log applied company:Acme role:Analyst
zelda: /strengths add text:Curious
zelda: /rejection company:Acme share:anonymous note:"So close"
zelda: /reflect company:Acme skill_gap:SQL followed_up:no
zelda: /win text:"Second interview"
zelda: /goal activity:applied per_week:5
zelda: /pause days:2
zelda: /buddy join purpose:networking
bo: /buddy join purpose:networking
mo: /mod pair
bo: /cheer post:1 message:Hugs strength:Brave
zelda: /cheer member:@bo message:"Thanks!" strength:Generous
zelda: /template name:feedback-request company:Acme remind_days:7
"""


async def member_rows(community_db, member_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts: dict[str, int] = {}
    async with community_db.sessions() as s:
        for table, cols in linked_tables():
            for col in cols:
                n = await s.scalar(select(func.count()).select_from(table).where(col == member_id))
                if n:
                    counts[f"{table.name}.{col.name}"] = int(n)
    return counts


# Every table that stores something about a member, with the columns that name them,
# written out by hand (not derived with the code's own foreign-key rule): a new table
# about members must be added here, after deciding what export and delete do with it.
MEMBER_TABLES = {
    "activities": {"member_id"},
    "applications": {"member_id"},
    "audit_log": {"actor_id", "target_id"},
    "buddy_enrollments": {"member_id"},
    "buddy_pairs": {"member_a_id", "member_b_id"},
    "checkin_answers": {"member_id"},
    "checkin_reminders": {"member_id"},
    "checkin_schedules": {"created_by_id"},
    "cheers": {"giver_id", "receiver_id"},
    "goals": {"member_id"},
    "member_days": {"member_id"},
    "mutes": {"member_id", "by_id"},
    "pauses": {"member_id"},
    "posts": {"author_id"},
    "reflections": {"member_id"},
    "rejections": {"member_id"},
    "reports": {"reporter_id", "target_id", "resolved_by_id"},
    "streaks": {"member_id"},
    "strengths": {"member_id", "noticed_by_id"},
    "templates": {"created_by_id"},
    "wins": {"member_id"},
}


async def test_member_tables_come_from_the_schema() -> None:
    covered = {t.name: {c.name for c in cols} for t, cols in linked_tables()}
    assert covered["cheers"] == {"giver_id", "receiver_id"}
    assert covered["buddy_pairs"] == {"member_a_id", "member_b_id"}
    for name in ("checkin_answers", "checkin_reminders", "mutes", "audit_log", "streaks"):
        assert name in covered
    assert "members" not in covered and "jobs" not in covered
    assert covered == MEMBER_TABLES
    # Tables about no member in particular stay out of export and delete.
    others = {t.name for t in Base.metadata.sorted_tables} - set(MEMBER_TABLES)
    assert others == {
        "communities",
        "community_counters",
        "channels",
        "members",
        "checkin_runs",
        "jobs",
        "outbox",
        "platform_state",
        "slack_requests",
        # A workspace's installation (its encrypted bot token), not any member's data; an
        # installing user's id stays with the workspace's installation record.
        "slack_installations",
        "slack_oauth_states",
        "slack_org_workspaces",
    }


async def test_export_then_delete_leaves_nothing(db_url: str, tmp_path: Path) -> None:
    out = await transcript(db_url, SCRIPT + "zelda: /privacy export\n", files=tmp_path)
    export = out[-1]
    assert export["to"] == "zelda" and export["ephemeral"] and len(export["attachments"]) == 1
    data = json.loads(await asyncio.to_thread(Path(export["attachments"][0]).read_text, "utf-8"))
    assert data["member"]["display_name"] == "zelda"
    tables = data["tables"]
    for name in (
        "activities",
        "applications",
        "strengths",
        "rejections",
        "reflections",
        "wins",
        "goals",
        "pauses",
        "buddy_enrollments",
        "buddy_pairs",
        "cheers",
        "posts",
        "streaks",
        "member_days",
    ):
        assert tables.get(name), name
    me = data["member"]["id"]
    received = next(c for c in tables["cheers"] if c["receiver_id"] == me)
    assert received["giver_id"] is None and received["message"] == "Hugs"
    pair = tables["buddy_pairs"][0]
    assert None in (pair["member_a_id"], pair["member_b_id"])
    assert data["scheduled_messages"]

    from bot.store.db import open_database

    db = open_database(db_url)
    try:
        before = await member_rows(db, me)
        assert before.get("cheers.giver_id") == 1 and before.get("rejections.member_id") == 1
        wrong = await transcript(db_url, "zelda: /privacy delete confirm:yes\n", files=tmp_path)
        assert wrong[0]["error"] and "Nothing was deleted" in wrong[0]["text"]
        assert await member_rows(db, me) == before
        # A week on, zelda's template reminder has run but is not delivered yet (the
        # delivering process is down): the outbox holds a pending DM to her.
        later = parse_instant("2026-11-10T12:00:00Z")
        clock = ManualClock(later)
        assert await Scheduler(db, clock, REGISTRY, None, platform="console").run_due(later)
        async with db.sessions() as s:
            pending = list(await s.scalars(select(Outbox.message).where(Outbox.sent_at.is_(None))))
        assert [m for m in pending if (m.get("to") or {}).get("ref") == "zelda"], pending
        console = Community(Engine(db, clock, REGISTRY), clock, key="console:demo")
        done = await console.reply("zelda", "/privacy delete confirm:DELETE")
        assert not done.error and "erased" in done.plain_text()
        assert await member_rows(db, me) == {}
        async with db.sessions() as s:
            assert await s.get(Member, me) is None
            kept = list(await s.scalars(select(Cheer).where(Cheer.message == "Thanks!")))
            assert len(kept) == 1 and kept[0].giver_id is None
            assert (
                await s.scalar(
                    select(func.count()).select_from(Job).where(Job.key.startswith(f"member:{me}:"))
                )
                == 0
            )
            outbox = list(await s.scalars(select(Outbox.message)))
            assert not [m for m in outbox if (m.get("to") or {}).get("ref") == "zelda"]
        # What zelda gave bo stays bo's, without zelda's name.
        again = await transcript(db_url, "bo: /strengths\nbo: /stats\n", files=tmp_path)
        assert "Generous (noticed by peers)" in again[0]["text"]
        assert "Cheers received: 1" in again[1]["text"]
    finally:
        await db.dispose()


async def test_delete_cancels_pending_reminders(community: Community) -> None:
    await community.reply("ana", "/rejection company:Acme")
    await community.reply("ana", "/template name:stay-in-touch remind_days:3")
    reply = await community.reply("ana", "/privacy delete DELETE")
    assert not reply.error
    assert await community.advance("2026-11-10T09:00:00Z") == []
    fresh = await community.reply("ana", "/stats")
    assert "Rejections: 0" in fresh.plain_text()


def _records(export_text: str) -> int:
    """The total the export shows, checked against its per-table counts."""
    line = next(x for x in export_text.splitlines() if x.startswith("Records: "))
    total, _, tables = line.removeprefix("Records: ").partition(" — ")
    assert int(total) == sum(int(part.rsplit(": ", 1)[1]) for part in tables.split(", "))
    return int(total)


async def test_delete_counts_what_the_export_listed_in_good_english(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup support_channel:#support\n"
        "ana: /log applied\n"
        'bo: /cheer member:@ana strength:"Kind"\n'
        'ana: /cheer member:@bo message:"Thank you"\n'
        "ana: /privacy export\n"
        "ana: /privacy delete confirm:DELETE\n"
        "mo: /cheer member:@bo\n"
        "mo: /cheer member:@cy\n"
        "mo: /privacy export\n"
        "mo: /privacy delete confirm:DELETE\n",
    )
    listed = _records(_reply(out, 6))
    done = _reply(out, 7)
    assert _erased(done) == listed - 1
    assert (
        "1 other record from `/privacy export` stays without your name: the cheer you gave, "
        "with the person you cheered." in done
    )
    assert "cheer you gave stay" not in done
    listed = _records(_reply(out, 10))
    done = _reply(out, 11)
    assert _erased(done) == listed - 3
    assert (
        "3 other records from `/privacy export` stay without your name: your moderator action "
        "in the audit log; the 2 cheers you gave, with the people you cheered." in done
    )


def _reply(out: list[dict[str, Any]], line: int) -> str:
    [reply] = [o for o in out if o["line"] == line]
    return str(reply["text"])


def _erased(done: str) -> int:
    return int(done.split("erased: your settings and ")[1].split(" record")[0])


async def test_delete_withdraws_shared_posts_and_forgets_moderators_notes(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup support_channel:#support wins_channel:#wins\n"
        'ana: /win text:"Second interview at Quillback!"\n'
        "ana: /rejection company:Acme share:public\n"
        'mo: /mod mute member:@ana days:1 reason:"ana posted spam about Acme"\n'
        "mo: /mod unmute member:@ana\n"
        "ana: /privacy delete confirm:DELETE\n"
        "mo: /mod audit\n",
    )
    posted = {o["post_id"] for o in out if o["type"] == "post" and not o.get("withdrawn")}
    assert len(posted) == 2
    deleting = [o for o in out if o["line"] == 7]
    withdrawals = [o for o in deleting if o["type"] == "post" and o.get("withdrawn")]
    assert {o["post_id"] for o in withdrawals} == posted  # both of ana's posts leave
    # ana took them down herself: nothing says a moderator did.
    assert [o["text"] for o in withdrawals] == ["(removed by its author)"] * 2
    audit = out[-1]["text"]
    assert "mute" in audit and "a former member" in audit
    assert "@ana" not in audit and "spam about Acme" not in audit


async def test_a_post_not_yet_delivered_never_goes_out_after_delete(db_url: str) -> None:
    """ana's win is committed but its delivery died with the process; she erases her data
    before a scheduler gets to it: the post must never appear."""
    from datetime import timedelta

    from bot.core.clock import SystemClock
    from bot.core.delivery import LEASE
    from bot.core.messages import ChannelRef, Kind, MemberRef
    from tests.support.harness import ConsoleResolver, make_engine

    engine, clock, db = await make_engine(db_url)
    try:
        c = Community(engine, clock, moderators={"mo"})
        await c.reply("mo", "/mod setup wins_channel:#wins")
        await engine.run_line(
            '/win text:"Second interview"',
            community_key=c.key,
            actor=MemberRef("ana", "ana"),
            channel=ChannelRef("general", "general"),
            resolver=ConsoleResolver(),
        )
        done = await c.run("ana", "/privacy delete confirm:DELETE")
        assert not [m for m in done if m.withdraw_ref], "nothing was on the platform yet"
        later = Scheduler(
            db,
            clock,
            REGISTRY,
            c._send,
            platform="console",
            lease_clock=ManualClock(SystemClock().now() + LEASE + timedelta(seconds=1)),
        )
        await later.deliver()
        assert not [m for m in c.sent if m.kind is Kind.POST]
    finally:
        await db.dispose()
