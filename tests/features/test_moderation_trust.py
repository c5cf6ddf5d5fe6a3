"""Moderation that holds, from the second outside review: admins cannot be muted, `/mod
remove` takes only members' shared posts, mute times are in the reader's zone, admins stay
moderators without being retyped, audit filters read naturally, the setup reply agrees
with its own field, removals close the reports on a post, reports about a moderator stay
out of the moderator log channel, and an empty `moderators:` is a clear error."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.core.messages import Kind, Message
from bot.store.db import open_database
from bot.store.models import Mute, Post, Report
from tests.support.harness import Community, transcript

Out = list[dict[str, Any]]


def at(out: Out, line: int, kind: str = "reply") -> list[dict[str, Any]]:
    return [o for o in out if o["line"] == line and o["type"] == kind]


def only_reply(out: Out, line: int) -> dict[str, Any]:
    [reply] = at(out, line)
    return reply


async def mutes_in(db_url: str) -> int:
    db = open_database(db_url)
    try:
        async with db.read_sessions() as s, s.begin():
            return len(list(await s.scalars(select(Mute))))
    finally:
        await db.dispose()


def posts_in(messages: list[Message], channel: str) -> list[str]:
    return [
        m.plain_text()
        for m in messages
        if m.kind is Kind.POST and m.channel is not None and m.channel.ref == channel
    ]


def dms_to(messages: list[Message], user: str) -> list[str]:
    return [m.plain_text() for m in messages if m.kind is Kind.DM and m.to and m.to.ref == user]


# --- item 5: admins cannot be muted ---------------------------------------------------------


async def test_a_moderator_cannot_mute_the_admin_who_appointed_them(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "!mod zoe\n"
        "mia: /mod setup moderators:@bob\n"  # 3
        'bob: /mod mute member:@mia reason:"coup"\n'  # 4
        "mia: /mod mute member:@zoe days:1\n"  # 5
        "bob: /mod mutes\n",  # 6
    )
    refused = only_reply(out, 4)
    assert refused["error"] and refused["to"] == "bob"
    assert "@mia is one of this community's own admins" in refused["text"]
    assert "moderators cannot mute them" in refused["text"]
    assert "Nothing was changed" in refused["text"]
    assert not at(out, 4, "dm") and not at(out, 4, "post")
    between = only_reply(out, 5)
    assert between["error"] and "@zoe is one of this community's own admins" in between["text"]
    assert "owners" in between["text"] and "not even by another admin" in between["text"]
    assert "Nobody is muted" in only_reply(out, 6)["text"]
    assert await mutes_in(db_url) == 0


# --- item 6: /mod remove takes only members' shared posts -----------------------------------


async def test_remove_refuses_rebounds_own_posts_like_the_modlog_echo(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "mia: /mod setup modlog_channel:#modlog moderators:@bob checkin_channel:#daily\n"
        "bob: /mod remove post:1\n"  # 3: the modlog echo of "made @bob a moderator"
        "mia: /mod checkin-now\n"  # 4: post 2, a check-in prompt
        "bob: /mod remove post:2\n",  # 5
    )
    [echo] = [o for o in out if o["line"] == 2 and o["type"] == "post"]
    assert echo["channel"] == "#modlog" and echo["post_id"] == 1
    refused = only_reply(out, 3)
    assert refused["error"] and refused["to"] == "bob"
    assert "Post 1 is a moderator log entry that Rebound posted" in refused["text"]
    assert "not a member's shared post" in refused["text"]
    assert "rejections, wins, check-in answers and cheers" in refused["text"]
    assert not at(out, 3, "post") and not at(out, 3, "dm")
    prompt = only_reply(out, 5)
    assert prompt["error"] and "Post 2 is a check-in prompt that Rebound posted" in prompt["text"]


async def test_a_refused_removal_changes_nothing(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup modlog_channel:#mods moderators:@bo")
    before = await community.reply("mo", "/mod audit")
    refused = await community.run("mo", "/mod remove post:1")
    assert [m.kind for m in refused] == [Kind.REPLY] and refused[0].error
    async with community.engine.db.read_sessions() as s, s.begin():
        post = await s.scalar(select(Post).where(Post.number == 1))
    assert post is not None and post.removed_at is None and post.text
    assert (await community.reply("mo", "/mod audit")).text == before.text


# --- item 9: times in the reader's zone ---------------------------------------------------


async def test_mute_times_are_in_the_moderators_zone_and_the_dm_in_the_members(
    db_url: str,
) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "mia: /settings timezone:Asia/Kolkata\n"
        "ana: /settings timezone:America/Los_Angeles\n"
        "mia: /mod setup timezone:Europe/Berlin\n"
        "mia: /mod mute member:@ana days:1\n"  # 5
        "mia: /mod audit\n",  # 6
        clock="2026-11-02T17:00:00Z",  # 09:00 for ana, outside her quiet hours
    )
    confirmed = only_reply(out, 5)["text"]
    assert "until Tuesday 3 November, 22:30 (Asia/Kolkata)" in confirmed
    assert "Europe/Berlin" not in confirmed
    [dm] = at(out, 5, "dm")
    assert dm["to"] == "ana"
    assert "until Tuesday 3 November, 09:00 (America/Los_Angeles)" in dm["text"]
    # The audit log keeps community time, and says so.
    audit = only_reply(out, 6)["text"]
    assert "Mon 2 Nov 18:00 · @mia · mute · @ana" in audit
    assert "Times: community time (Europe/Berlin); newest first" in audit


# --- item 10: admins stay moderators without being retyped ----------------------------------


async def test_an_admin_adds_a_moderator_without_retyping_the_other_admins(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "!mod zoe\n"
        "mia: /mod setup moderators:@bob,@carl\n"  # 3
        "bob: /mod setup moderators:@carl\n"  # 4: a moderator leaves the admins out
        "zoe: /mod stats\n"  # 5
        "carl: /mod setup\n",  # 6
    )
    added = only_reply(out, 3)
    assert not added["error"]
    assert "moderators → @mia (admin), @zoe (admin), @bob, @carl" in added["text"]
    assert "added @bob and @carl" in added["text"]
    assert "admins stay moderators without being named" in added["text"]
    assert "Listed moderators: @mia (admin), @zoe (admin), @bob, @carl" in added["text"]
    kept = only_reply(out, 4)
    assert not kept["error"]
    assert "moderators → @mia (admin), @zoe (admin), @bob, @carl (" in kept["text"]
    assert not only_reply(out, 5)["error"]
    assert (
        "Listed moderators: @mia (admin), @zoe (admin), @bob, @carl" in only_reply(out, 6)["text"]
    )


# --- item 15: audit filters read naturally --------------------------------------------------


async def test_an_empty_audit_filter_reads_naturally_for_every_action(
    community: Community,
) -> None:
    community.moderators.add("mo")
    expected = {
        "mute": "No mutes yet.",
        "unmute": "No unmutes yet.",
        "mute expired": "No expired mutes yet.",
        "remove post": "No removed posts yet.",
        "moderators": "No changes to the moderators yet.",
        "resolve report": "No resolved reports yet.",
        "setup": "No setup changes yet.",
        "export": "No exports yet.",
        "checkin-schedule": "No check-in schedules yet.",
        "checkin-cancel": "No cancelled check-ins yet.",
        "checkin-now": "No check-ins opened by hand yet.",
        "template-add": "No templates added yet.",
        "template-replace": "No templates replaced yet.",
        "template-remove": "No templates removed yet.",
        "pair": "No pairing runs yet.",
        "pair-schedule": "No pairing schedule changes yet.",
    }
    for action, text in expected.items():
        quoted = f'"{action}"' if " " in action else action
        reply = await community.reply("mo", f"/mod audit action:{quoted}")
        assert not reply.error and reply.text == text, (action, reply.text)
    about = await community.reply("mo", "/mod audit action:mute member:@sam")
    assert about.text == "No mutes by or about @sam yet."


# --- item 20: the setup reply agrees with its field --------------------------------------------


async def test_the_setup_reply_lists_the_same_moderators_as_its_field(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "mia: /mod setup moderators:@bob\n"
        "bob: /mod setup moderators:@mia,@zoe,@carl\n",  # 3
    )
    text = only_reply(out, 3)["text"]
    assert "moderators → @mia (admin), @bob, @zoe, @carl (added @zoe and @carl; " in text
    assert "you stay on the list, so you keep access)" in text
    assert "Listed moderators: @mia (admin), @bob, @zoe, @carl" in text
    assert "you stay listed" not in text


# --- item 22: reports follow removals, and reports about moderators stay private ------------


async def test_removing_a_reported_post_resolves_its_reports(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins modlog_channel:#mods")
    shared = await community.run("sam", '/win text:"You all lose"')
    number = next(m for m in shared if m.kind is Kind.POST).post_number
    await community.reply("ana", f'/report post:{number} reason:"Gloating"')
    await community.reply("bo", f"/report post:{number}")
    await community.reply("cy", '/report member:@sam reason:"Rude DMs"')  # not about the post
    removed = await community.run("mo", f"/mod remove post:{number}")
    reply = next(m for m in removed if m.kind is Kind.REPLY).plain_text()
    assert "This closes reports 1 and 2 about it; their reporters were told." in reply
    [told] = dms_to(removed, "ana")
    assert f"your report about post {number}" in told and "the post was removed" in told
    assert dms_to(removed, "bo") and not dms_to(removed, "cy")
    assert any("closes reports 1 and 2" in p for p in posts_in(removed, "mods"))
    queue = await community.reply("mo", "/mod reports")
    assert queue.title == "1 open report" and "Report 3" in queue.text
    async with community.engine.db.read_sessions() as s, s.begin():
        rows = list(await s.scalars(select(Report).order_by(Report.id)))
    assert [r.resolution for r in rows] == ["post removed", "post removed", None]
    history = await community.reply("mo", "/mod history member:@sam")
    assert "report 1 (resolved by @mo: “post removed”)" in history.text


async def test_a_report_about_a_moderator_stays_out_of_the_modlog(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply(
        "mo", "/mod setup wins_channel:#wins modlog_channel:#mods moderators:@bob"
    )
    made = await community.run("ana", '/report member:@bob reason:"Mocks people"')
    assert posts_in(made, "mods") == []
    reply = next(m for m in made if m.kind is Kind.REPLY)
    assert not reply.error
    assert "the moderators will see it in `/mod reports`" in reply.plain_text()
    assert "not posted in the moderator log channel" in reply.plain_text()
    assert "will not learn who reported" not in reply.plain_text()
    shared = await community.run("bob", '/win text:"Ha"')
    number = next(m for m in shared if m.kind is Kind.POST).post_number
    on_post = await community.run("ana", f"/report post:{number}")
    assert posts_in(on_post, "mods") == []
    queue = await community.reply("mo", "/mod reports")
    assert queue.title == "2 open reports" and "Mocks people" in queue.text
    # A report about an ordinary member still reaches the channel.
    plain = await community.run("ana", '/report member:@sam reason:"Spam"')
    assert posts_in(plain, "mods")


# --- item 23: an empty moderator list -------------------------------------------------------


async def test_an_empty_moderator_list_is_a_clear_error(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mia\n"
        "mia: /mod setup moderators:@bob\n"
        "mia: /mod setup moderators:\n"  # 3
        "mia: /mod setup moderators: timezone:Europe/Berlin\n"  # 4
        "mia: /mod setup\n",  # 5
    )
    for line in (3, 4):
        refused = only_reply(out, line)
        assert refused["error"], refused
        assert "`moderators` needs at least one member" in refused["text"]
        assert "/mod setup moderators:@ana,@bo" in refused["text"]
    shown = only_reply(out, 5)["text"]
    assert "Timezone: UTC" in shown and "Listed moderators: @mia (admin), @bob" in shown
