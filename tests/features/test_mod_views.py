"""What moderators can see: `/mod mutes`, `/mod history`, `/mod audit` pages and filters,
and important actions echoed to the moderator log channel when one is set."""

from __future__ import annotations

from adapters.console.adapter import ConsoleResolver
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from tests.support.harness import Community


async def run_as(community: Community, user: str, name: str, line: str) -> list[Message]:
    """Run `line` as platform user `user` showing the display name `name`."""
    return await community.engine.run_line(
        line,
        community_key=community.key,
        actor=MemberRef(user, name),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
        platform_moderator=user in community.moderators,
    )


def modlog(messages: list[Message]) -> list[str]:
    return [
        m.plain_text()
        for m in messages
        if m.kind is Kind.POST and m.channel is not None and m.channel.ref == "mods"
    ]


async def shared_win(community: Community, user: str) -> int:
    shared = await community.run(user, '/win text:"Landed an interview"')
    number = next(m for m in shared if m.kind is Kind.POST).post_number
    assert number is not None
    return number


# --- /mod mutes -------------------------------------------------------------------------


async def test_mutes_lists_active_mutes_in_the_moderators_zone(community: Community) -> None:
    community.moderators.add("mo")
    empty = await community.reply("mo", "/mod mutes")
    assert not empty.error and "Nobody is muted" in empty.text
    await community.reply("mo", "/settings timezone:America/New_York")
    await community.reply("mo", "/mod mute member:@sam days:2 reason:flooding")
    await community.reply("mo", "/mod mute member:@ana")
    await community.reply("mo", "/mod mute member:@bo days:1")
    await community.reply("mo", "/mod unmute member:@bo")
    await community.reply("mo", "/mod mute member:@cy days:1")
    await community.advance("2026-11-03T10:00:00Z")  # cy's mute ran out
    reply = await community.reply("mo", "/mod mutes")
    assert reply.title == "Active mutes: 2"
    assert reply.text.splitlines() == [
        "@sam · until Wed 4 Nov 04:00 · muted by @mo on Mon 2 Nov — flooding",
        "@ana · until a moderator lifts it · muted by @mo on Mon 2 Nov",
    ]
    assert any("your time (America/New_York)" in f.value for f in reply.fields)


async def test_mutes_shows_a_member_who_erased_their_data(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod mute member:@sam days:3")
    await community.reply("sam", "/privacy delete confirm:DELETE")
    reply = await community.reply("mo", "/mod mutes")
    assert reply.text.startswith("a former member · until Thu 5 Nov 09:00")


# --- /mod history -----------------------------------------------------------------------


async def test_history_shows_every_action_on_one_member_by_id(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    number = await shared_win(community, "sam")
    steps = [
        ("mo", "/mod mute member:@sam days:1 reason:spam"),
        ("mo", "/mod unmute member:@sam"),
        ("ana", '/report member:@sam reason:"Rude DMs"'),
        ("mo", f"/mod remove post:{number}"),
        ("mo", "/mod mute member:@ana days:1"),  # about someone else
        ("mo", "/mod setup moderators:@sam"),
    ]
    for minute, (user, line) in enumerate(steps, start=1):
        await community.advance(f"2026-11-02T09:{minute:02}:00Z")
        reply = await community.reply(user, line)
        assert not reply.error, reply.text
    await run_as(community, "sam", "Samuel", "/log applied")  # a new display name
    reply = await community.reply("mo", "/mod history member:@sam")
    assert reply.title == "Moderation history of @Samuel"
    assert reply.text.splitlines() == [
        "Mon 2 Nov 09:06 · @mo · moderators · made @Samuel a moderator",
        f"Mon 2 Nov 09:04 · @mo · remove post · post {number} by @Samuel — win in #wins",
        "Mon 2 Nov 09:03 · @ana · report · @Samuel — report 1 (open): Rude DMs",
        "Mon 2 Nov 09:02 · @mo · unmute · @Samuel",
        "Mon 2 Nov 09:01 · @mo · mute · @Samuel — for 1 day: spam",
    ]
    assert any(f.name == "Now" and f.value == "Not muted; 1 open report." for f in reply.fields)


async def test_history_of_someone_with_none(community: Community) -> None:
    community.moderators.add("mo")
    reply = await community.reply("mo", "/mod history member:@zed")
    assert not reply.error and "No moderation actions or reports about @zed" in reply.text


# --- /mod audit -------------------------------------------------------------------------


async def test_audit_pages_newest_first_and_filters(community: Community) -> None:
    community.moderators.add("mo")
    for i in range(43):
        await community.reply("mo", f"/mod setup weekly_goal:{i + 1}")
    await community.reply("mo", "/mod mute member:@sam days:1")
    await community.reply("mo", "/mod mute member:@ana days:1")
    await community.reply("mo", "/mod unmute member:@ana")  # 46 entries
    first = await community.reply("mo", "/mod audit")
    lines = first.text.splitlines()
    assert len(lines) == 20 and lines[0].endswith("@mo · unmute · @ana")
    assert first.title == "Audit log — page 1 of 3"
    assert any("`/mod audit page:2`" in f.value for f in first.fields)
    last = await community.reply("mo", "/mod audit page:3")
    assert len(last.text.splitlines()) == 6
    assert last.text.splitlines()[-1].endswith("weekly goal → 1 applications")
    beyond = await community.reply("mo", "/mod audit page:4")
    assert beyond.error and "There is no page 4" in beyond.text and "3 pages" in beyond.text

    ana = await community.reply("mo", "/mod audit member:@ana")
    assert [line.split(" · ", 1)[1] for line in ana.text.splitlines()] == [
        "@mo · unmute · @ana",
        "@mo · mute · @ana — for 1 day",
    ]
    mutes = await community.reply("mo", "/mod audit action:mute")
    assert len(mutes.text.splitlines()) == 2
    both = await community.reply("mo", "/mod audit action:mute member:@sam")
    assert len(both.text.splitlines()) == 1 and "@sam" in both.text
    none = await community.reply("mo", "/mod audit action:remove-post")
    assert not none.error and none.text == "No removed posts yet."
    unknown = await community.reply("mo", "/mod audit action:mutee")
    assert unknown.error and "`mutee` is not an audit action" in unknown.text
    for action in ("mute", "unmute", "remove post", "setup", "moderators"):
        assert action in unknown.text
    past = await community.reply("mo", "/mod audit member:@ana page:2")
    assert past.error and "There is no page 2" in past.text and "1 page" in past.text


# --- the moderator log channel ----------------------------------------------------------


async def test_important_actions_are_echoed_to_the_modlog(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    number = await shared_win(community, "sam")
    quiet = await community.run("mo", "/mod mute member:@bo days:1")
    assert not [m for m in quiet if m.kind is Kind.POST]  # no modlog channel yet
    await community.reply("mo", "/mod unmute member:@bo")
    setup = await community.run("mo", "/mod setup modlog_channel:#mods")
    assert "visible to moderators only" in next(m for m in setup if m.kind is Kind.REPLY).text
    expected = {
        "/mod mute member:@sam days:1 reason:spam": "@mo muted @sam for 1 day: spam",
        "/mod unmute member:@sam": "@mo lifted @sam's mute",
        f"/mod remove post:{number}": f"@mo removed post {number} by @sam (win in #wins)",
        "/mod setup moderators:@ana": "@mo made @ana a moderator",
        "/mod setup moderators:@bo": "@mo removed @ana from the moderators",
    }
    for line, text in expected.items():
        logged = modlog(await community.run("mo", line))
        assert any(text in p for p in logged), (line, logged)
    for line in ("/mod setup timezone:Europe/Paris", "/mod export", "/mod stats", "/mod audit"):
        assert modlog(await community.run("mo", line)) == [], line
    await community.reply("mo", "/mod mute member:@cy days:1")
    later = await community.advance("2026-11-03T10:00:00Z")
    assert any("@cy's mute ran out" in p for p in modlog(later))
