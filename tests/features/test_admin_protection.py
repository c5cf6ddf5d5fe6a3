"""A community's own admins stay moderators; changes to the moderator list are announced.

Admins are the console's `!mod` grantees, Discord members with Manage Server and Slack
workspace admins and owners (the adapters report the last two with every command).
`/mod setup moderators:` sets the other moderators: admins stay listed without being
named, so a moderator cannot take them off the list (and nobody has to retype them), and
the reply says so. Each member added or removed hears about it by DM, and the audit log
says in the third person who made whom a moderator, linked by member id.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import Kind, Message
from bot.store.models import AuditEntry, Member
from tests.support.harness import Community, transcript


async def listed(community: Community) -> list[str]:
    async with community.engine.db.read_sessions() as s, s.begin():
        rows = await s.scalars(
            select(Member.display_name).where(Member.listed_moderator).order_by(Member.id)
        )
        return list(rows)


def dms(messages: list[Message]) -> dict[str, str]:
    return {m.to.ref: m.plain_text() for m in messages if m.kind is Kind.DM and m.to}


async def test_the_console_admin_stays_when_a_moderator_they_appointed_leaves_them_out(
    db_url: str,
) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup moderators:@ana\n"  # 2
        "ana: /mod setup moderators:@ana,@bo\n"  # 3: leaves mo out
        "ana: /mod setup\n"  # 4
        "mo: /mod stats\n",  # 5
    )
    [kept] = [o for o in out if o["line"] == 3 and o["type"] == "reply"]
    assert not kept["error"] and kept["to"] == "ana"
    assert "moderators → @mo (admin), @ana, @bo (added @bo; " in kept["text"]
    assert "admins stay moderators without being named" in kept["text"]
    [shown] = [o for o in out if o["line"] == 4]
    assert "Listed moderators: @mo (admin), @ana, @bo" in shown["text"]
    assert not any(o["error"] for o in out if o["line"] == 5)


async def test_platform_admins_on_slack_and_discord_stay_and_are_named_as_such(
    community: Community,
) -> None:
    slack = Community(community.engine, community.clock, key="slack:T1", moderators={"ann"})
    await slack.reply("ann", "/mod setup moderators:@ann,@bob")
    kept = await slack.reply("bob", "/mod setup moderators:@bob timezone:Europe/Paris")
    assert not kept.error and "moderators → @ann (admin), @bob (" in kept.text
    assert await listed(slack) == ["ann", "bob"]
    setup = await slack.reply("bob", "/mod setup")
    assert "Timezone: Europe/Paris" in setup.plain_text()
    muted = await slack.reply("bob", "/mod mute member:@ann")
    assert muted.error and "workspace admin or owner on Slack" in muted.text

    discord = Community(community.engine, community.clock, key="discord:G1", moderators={"dia"})
    await discord.reply("dia", "/mod setup moderators:@dia,@eli")
    kept = await discord.reply("eli", "/mod setup moderators:@eli")
    assert not kept.error and "moderators → @dia (admin), @eli (" in kept.text
    muted = await discord.reply("eli", "/mod mute member:@dia")
    assert muted.error and "Manage Server on Discord" in muted.text

    # Someone who is no longer an admin on the platform can be taken off the list.
    slack.moderators.discard("ann")
    await slack.reply("ann", "/log applied")
    dropped = await slack.reply("bob", "/mod setup moderators:@bob")
    assert not dropped.error and "removed @ann" in dropped.text


async def test_changes_are_announced_to_the_members_affected(community: Community) -> None:
    community.moderators.add("mo")
    added = await community.run("mo", "/mod setup moderators:@ana,@bo")
    told = dms(added)
    assert set(told) == {"ana", "bo"}
    assert "@mo made you a moderator" in told["ana"]
    assert "/help command:mod" in told["ana"]
    removed = await community.run("mo", "/mod setup moderators:@ana")
    told = dms(removed)
    assert set(told) == {"bo"}
    assert "@mo removed you from the moderators" in told["bo"]
    # Whoever acts is not told about themselves (ana keeps her own listing)...
    again = dms(await community.run("ana", "/mod setup moderators:@bo"))
    assert set(again) == {"bo"} and "@ana made you a moderator" in again["bo"]
    # ...and a list that did not change tells nobody.
    assert dms(await community.run("mo", "/mod setup moderators:@bo,@ana")) == {}


async def test_the_audit_says_who_made_whom_a_moderator_by_member_id(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup moderators:@ana,@bo")
    await community.reply("mo", "/mod setup moderators:@ana")
    audit = (await community.reply("mo", "/mod audit")).plain_text()
    assert "@mo · moderators · made @ana a moderator" in audit
    assert "@mo · moderators · removed @bo from the moderators" in audit
    async with community.engine.db.read_sessions() as s, s.begin():
        entries = list(
            await s.execute(
                select(AuditEntry.target, Member.platform_id)
                .join(Member, Member.id == AuditEntry.target_id)
                .where(AuditEntry.action == "moderators")
                .order_by(AuditEntry.id)
            )
        )
    # Names live in the member rows, never in the entry's text.
    assert [tuple(e) for e in entries] == [
        ("made {member} a moderator", "ana"),
        ("made {member} a moderator", "bo"),
        ("removed {member} from the moderators", "bo"),
    ]


async def test_several_admins_left_out_all_stay(community: Community) -> None:
    community.moderators.update({"mo", "zed"})
    await community.reply("zed", "/log applied")  # the platform says so when they act
    await community.reply("mo", "/mod setup moderators:@mo,@zed,@ana")
    kept = await community.reply("ana", "/mod setup moderators:@ana")
    assert not kept.error
    assert "moderators → @zed (admin), @mo (admin), @ana (" in kept.text
    assert await listed(community) == ["zed", "mo", "ana"]
