"""Moderation regressions from the outside review: `/mod setup moderators:` says who was
added and removed, `/mod stats` reads well with no answers, and a muted member's `/win`
says in one line why it was kept private."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import Kind
from bot.store.models import Member
from tests.support.harness import Community


async def listed(community: Community) -> list[str]:
    async with community.engine.db.sessions() as s:
        rows = await s.scalars(
            select(Member.display_name).where(Member.listed_moderator).order_by(Member.id)
        )
        return list(rows)


async def test_setting_moderators_says_who_was_added_and_removed(community: Community) -> None:
    community.moderators.add("owner")
    first = await community.reply("owner", "/mod setup moderators:@alice,@bob")
    assert "moderators → @alice, @bob (added @alice and @bob)" in first.text
    second = await community.reply("owner", "/mod setup moderators:@alice,@carol")
    assert "moderators → @alice, @carol (added @carol; removed @bob)" in second.text
    assert await listed(community) == ["alice", "carol"]
    same = await community.reply("owner", "/mod setup moderators:@carol,@alice")
    assert "(no change)" in same.text
    # A listed moderator who leaves themselves off keeps their access, and is told so.
    own = await community.reply("alice", "/mod setup moderators:@dan")
    assert "moderators → @alice, @dan (added @dan; removed @carol; you stay on the list" in own.text
    assert await listed(community) == ["alice", "dan"]


async def test_stats_reads_well_with_no_answers(community: Community) -> None:
    community.moderators.add("mo")
    await community.run("mo", "/mod checkin-now channel:#c")
    reply = await community.reply("mo", "/mod stats")
    fields = {f.name: f.value for f in reply.fields}
    assert fields["Check-ins, last 30 days"] == "1 check-in, no answers so far"
    assert "0.0" not in reply.plain_text()
    # The sentence starts with a capital; the community's name is in the title.
    assert reply.text.startswith("As of Monday 2 November 2026. Counts only")
    assert reply.title is not None and reply.title.startswith("Community dashboard · ")


async def test_stats_averages_answers_over_several_check_ins(community: Community) -> None:
    community.moderators.add("mo")
    await community.run("mo", "/mod checkin-now channel:#c")
    for name in ("ana", "bo", "cy"):
        await community.reply(name, "/checkin did:applied", channel="c")
    await community.advance("2026-11-03T10:00:00Z")
    await community.run("mo", "/mod checkin-now channel:#c")
    await community.reply("ana", "/checkin did:applied", channel="c")
    reply = await community.reply("mo", "/mod stats")
    rate = {f.name: f.value for f in reply.fields}["Check-ins, last 30 days"]
    assert rate.startswith("2 check-ins, 4 answers, 2.0 per check-in")
    assert "% of active members answered" in rate


async def test_a_muted_members_win_says_once_why_it_stayed_private(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("mo", "/mod mute member:@ana days:2")
    messages = await community.run("ana", '/win text:"Recruiter replied"')
    assert [m.kind for m in messages] == [Kind.REPLY]
    text = messages[0].plain_text()
    lines = [line for line in text.splitlines() if "muted you" in line]
    (line,) = lines
    assert line.startswith(
        "Kept private: A moderator has muted you until Wednesday 4 November, 09:00 (UTC), "
        "so you cannot post to the wins channel right now."
    )
    assert "Shared:" not in text


async def test_a_shared_win_and_rejection_say_where_they_went(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    win = next(m for m in await community.run("ana", "/win text:Offer") if m.kind is Kind.REPLY)
    assert "Posting it to #wins as post 1." in win.text
    rejection = await community.reply("ana", "/rejection company:Acme share:public")
    fields = {f.name: f.value for f in rejection.fields}
    assert "Shared" not in fields and "no support channel" in fields["Kept private"]
