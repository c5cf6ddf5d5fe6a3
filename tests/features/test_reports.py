"""`/report`: members tell the moderators privately; `/mod reports` lists and resolves.

A report reaches the moderator log channel (`/mod setup modlog_channel:`) and
`/mod reports`. Moderators see who reported; the reported member never does, not even in
their `/privacy export`. Reports are rate-limited per reporter (race-safe on
PostgreSQL), a muted member may still report, and crisis words in a reason get the
support reply while nothing is sent.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.core.errors import APOLOGY as APOLOGY_MSG
from bot.core.i18n import tr
from bot.core.messages import Kind, Message
from bot.store.models import Post, Report
from tests.support.harness import Community, make_engine, new_pg_database, pg_base_url, transcript

APOLOGY = tr("en").text(APOLOGY_MSG)


async def prepare(community: Community) -> int:
    """Moderator mo, a modlog channel, and a win sam shared: its post number."""
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins modlog_channel:#mods")
    shared = await community.run("sam", '/win text:"Best offer ever, you all lose"')
    number = next(m for m in shared if m.kind is Kind.POST).post_number
    assert number is not None
    return number


def posts_in(messages: list[Message], channel: str) -> list[str]:
    return [
        m.plain_text()
        for m in messages
        if m.kind is Kind.POST and m.channel is not None and m.channel.ref == channel
    ]


async def report_count(community: Community) -> int:
    async with community.engine.db.read_sessions() as s, s.begin():
        return int(await s.scalar(select(func.count()).select_from(Report)) or 0)


async def test_a_post_report_reaches_the_moderators_and_only_them(community: Community) -> None:
    number = await prepare(community)
    messages = await community.run("ana", f'/report post:{number} reason:"Gloating at people"')
    reply = next(m for m in messages if m.kind is Kind.REPLY)
    assert not reply.error and reply.ephemeral and reply.to is not None and reply.to.ref == "ana"
    assert "moderators" in reply.plain_text() and "@sam will not learn who" in reply.plain_text()
    [logged] = posts_in(messages, "mods")
    assert "@ana reported post" in logged and f"post {number} by @sam" in logged
    assert "Gloating at people" in logged and "/mod reports resolve:1" in logged
    # Nothing else went anywhere: no DM to sam, no post in any other channel.
    assert [m.kind for m in messages if m is not reply] == [Kind.POST]
    listed = await community.reply("mo", "/mod reports")
    text = listed.plain_text()
    assert "Report 1" in text and "@ana" in text and f"post {number} by @sam" in text
    assert "Gloating at people" in text and "1 open report" in (listed.title or "")
    # The modlog post keeps no names or reason in Rebound's store.
    async with community.engine.db.read_sessions() as s, s.begin():
        stored = await s.scalar(select(Post.text).where(Post.channel_ref == "mods"))
    assert stored is not None and "ana" not in stored and "Gloating" not in stored


async def test_a_member_report_needs_a_reason(community: Community) -> None:
    await prepare(community)
    missing = await community.reply("ana", "/report member:@sam")
    assert missing.error and "reason" in missing.text
    assert "/report member:@sam reason:" in missing.text
    assert await report_count(community) == 0
    made = await community.run("ana", '/report member:@sam reason:"Rude DMs after my rejection"')
    assert not next(m for m in made if m.kind is Kind.REPLY).error
    [logged] = posts_in(made, "mods")
    assert "@ana reported @sam" in logged and "Rude DMs after my rejection" in logged


async def test_bad_reports_are_refused_clearly_and_store_nothing(community: Community) -> None:
    number = await prepare(community)
    cases = {
        "/report member:@ana reason:test": "cannot report yourself",
        "/report post:999": "no post 999",
        f"/report post:{number} member:@sam reason:x": "either a post or a member",
        "/report": "either a post or a member",
    }
    for line, expected in cases.items():
        reply = await community.reply("ana", line)
        assert reply.error and expected in reply.text, (line, reply.text)
    own = await community.reply("sam", f"/report post:{number}")
    assert own.error and "your own post" in own.text
    await community.reply("ana", f"/report post:{number}")
    twice = await community.reply("ana", f"/report post:{number} reason:again")
    assert twice.error and "already reported post" in twice.text
    await community.reply("mo", f"/mod remove post:{number}")
    removed = await community.reply("bo", f"/report post:{number}")
    assert removed.error and "already removed" in removed.text
    assert await report_count(community) == 1


async def test_the_reported_member_never_learns_who_reported(db_url: str, tmp_path: Path) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup wins_channel:#wins modlog_channel:#mods\n"
        'sam: /win text:"Offer!"\n'
        'ana: /report post:1 reason:"Quillwort thing"\n'  # 4
        'ana: /report member:@sam reason:"Zanzibar DMs"\n'  # 5
        'mo: /mod reports resolve:1 note:"Spoke with them"\n'  # 6
        "sam: /privacy export\n",  # 7
        files=tmp_path,
    )
    to_sam = [o for o in out if o["to"] == "sam" and o["line"] in (4, 5, 6)]
    assert to_sam == []
    export = next(o for o in out if o["line"] == 7)
    data = await asyncio.to_thread(Path(export["attachments"][0]).read_text, "utf-8")
    reports = json.loads(data)["tables"]["reports"]
    assert len(reports) == 2
    assert all(r["reporter_id"] is None and r["reason"] is None for r in reports)
    assert all(r["resolved_by_id"] is None and r["resolution"] is None for r in reports)
    for secret in ("ana", "Quillwort", "Zanzibar", "Spoke with them"):
        assert secret not in data


async def test_reports_are_rate_limited_per_reporter(community: Community) -> None:
    await prepare(community)
    for i in range(5):
        reply = await community.reply("ana", f"/report member:@m{i} reason:spam")
        assert not reply.error, reply.text
    sixth = await community.reply("ana", "/report member:@m5 reason:spam")
    assert sixth.error and "5 reports in the last hour" in sixth.text
    assert "10:00" in sixth.text  # when the oldest of them is an hour old
    assert not (await community.reply("bo", "/report member:@m5 reason:spam")).error
    for hour in range(1, 4):
        await community.advance(f"2026-11-02T{9 + hour:02}:00:00Z")
        for i in range(5):
            reply = await community.reply("ana", f"/report member:@n{hour}x{i} reason:spam")
            assert not reply.error, reply.text
    await community.advance("2026-11-02T13:00:00Z")
    day = await community.reply("ana", "/report member:@late reason:spam")
    assert day.error and "20 reports in the last 24 hours" in day.text
    assert await report_count(community) == 21


async def test_a_muted_member_may_still_report(community: Community) -> None:
    number = await prepare(community)
    await community.reply("mo", "/mod mute member:@ana days:2")
    reply = await community.reply("ana", f"/report post:{number} reason:mean")
    assert not reply.error and await report_count(community) == 1


async def test_crisis_words_in_a_reason_get_support_and_send_nothing(
    community: Community,
) -> None:
    await prepare(community)
    messages = await community.run("ana", '/report member:@sam reason:"I want to die"')
    assert all(m.kind is Kind.REPLY and m.to is not None and m.to.ref == "ana" for m in messages)
    assert "you do not have to carry it alone" in messages[0].plain_text()
    assert "was not sent" in messages[1].plain_text()
    assert "die" not in " ".join(m.plain_text() for m in messages[1:])
    assert await report_count(community) == 0


async def test_resolving_a_report_closes_it_and_thanks_the_reporter(
    community: Community,
) -> None:
    number = await prepare(community)
    await community.reply("ana", f'/report post:{number} reason:"Gloating"')
    resolved = await community.run("mo", '/mod reports resolve:1 note:"Removed the post"')
    reply = next(m for m in resolved if m.kind is Kind.REPLY)
    assert not reply.error and "Report 1 is resolved" in reply.plain_text()
    dm = next(m for m in resolved if m.kind is Kind.DM)
    assert dm.to is not None and dm.to.ref == "ana" and "looked into your report" in dm.text
    assert "Removed the post" not in dm.text  # the note is for moderators
    [logged] = posts_in(resolved, "mods")
    assert "@mo resolved report 1" in logged and "Removed the post" in logged
    empty = await community.reply("mo", "/mod reports")
    assert "No open reports" in empty.plain_text() and "1 resolved" in empty.plain_text()
    again = await community.reply("mo", "/mod reports resolve:1")
    assert again.error and "already resolved" in again.text and "@mo" in again.text
    missing = await community.reply("mo", "/mod reports resolve:9")
    assert missing.error and "no report 9" in missing.text
    audit = (await community.reply("mo", "/mod audit")).plain_text()
    assert "@mo · resolve report · report 1 about @sam" in audit
    assert "Removed the post" not in audit  # the note may say who reported
    history = (await community.reply("mo", "/mod history member:@sam")).plain_text()
    assert "report 1 (resolved by @mo: “Removed the post”): Gloating" in history


async def test_a_reporter_who_erases_their_data_leaves_the_report_without_them(
    community: Community,
) -> None:
    number = await prepare(community)
    await community.reply("ana", f'/report post:{number} reason:"Gloating"')
    done = await community.reply("ana", "/privacy delete confirm:DELETE")
    assert "the report you made to the moderators" in done.plain_text()
    async with community.engine.db.read_sessions() as s, s.begin():
        report = await s.scalar(select(Report))
    assert report is not None and report.reporter_id is None
    listed = (await community.reply("mo", "/mod reports")).plain_text()
    assert "a former member reported" in listed and "@ana" not in listed


# --- PostgreSQL: the limit holds under concurrency ---------------------------------------


@pytest.fixture
async def drivers() -> AsyncIterator[list[Community]]:
    """Four drivers of one community, each with its own engine and connection pool."""
    if not pg_base_url():
        if os.environ.get("CI"):
            pytest.fail("REBOUND_TEST_PG_URL is not set in CI: run the suite through `make test`")
        pytest.skip("race tests need PostgreSQL; `make test` starts one")
    url = await new_pg_database()
    made = [await make_engine(url) for _ in range(4)]
    try:
        yield [Community(e, c, key="console:reports", moderators={"mo"}) for e, c, _ in made]
    finally:
        for _, _, db in made:
            await db.dispose()


async def test_postgres_thirty_reports_at_once_stop_at_the_hourly_limit(
    drivers: list[Community],
) -> None:
    await drivers[0].reply("ana", "/stats")
    results = await asyncio.gather(
        *(
            drivers[i % len(drivers)].run("ana", f"/report member:@m{i} reason:spam")
            for i in range(30)
        )
    )
    replies = [m for msgs in results for m in msgs if m.kind is Kind.REPLY]
    assert len(replies) == 30 and not [m for m in replies if APOLOGY in m.text]
    assert len([m for m in replies if not m.error]) == 5
    assert all("5 reports in the last hour" in m.text for m in replies if m.error)
    assert await report_count(drivers[0]) == 5
