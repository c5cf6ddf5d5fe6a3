"""Moderator tools: mute and unmute, post removal, the audit log, stats, export and setup."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from sqlalchemy import select

from bot.core.messages import Kind
from bot.store.models import AuditEntry, CheckinAnswer, Member, Mute, Post, Rejection, Win
from tests.features.test_authz import invoke, mod_commands, required_options, snapshot
from tests.support.harness import Community, transcript

SETUP = "!mod mo\nmo: /mod setup support_channel:#support wins_channel:#wins\n"


async def audit_actions(community: Community) -> list[tuple[str, str | None, str | None]]:
    """(actor, action, target) of every entry; the target's member, linked by id, named."""
    async with community.engine.db.read_sessions() as session, session.begin():
        rows = await session.execute(
            select(AuditEntry.actor_name, AuditEntry.action, AuditEntry.target, Member.display_name)
            .outerjoin(Member, Member.id == AuditEntry.target_id)
            .order_by(AuditEntry.id)
        )
        return [
            (actor, action, target.replace("{member}", f"@{name}") if target and name else target)
            for actor, action, target, name in rows.all()
        ]


async def shares(community: Community, user: str) -> bool:
    """Whether `user`'s win reaches the wins channel; a muted member is told why not."""
    messages = await community.run(user, '/win text:"A small win"')
    posted = any(m.kind is Kind.POST for m in messages)
    reply = next(m for m in messages if m.kind is Kind.REPLY)
    assert posted or "A moderator has muted you" in reply.plain_text()
    return posted


async def prepare(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support wins_channel:#wins")


# --- mute -----------------------------------------------------------------------------


async def test_timed_mute_blocks_sharing_and_cheering_then_lifts_itself(db_url: str) -> None:
    out = await transcript(
        db_url,
        SETUP
        + 'ana: /win text:"Second round at Acme"\n'  # line 3: post 1
        + 'mo: /mod mute member:@ana days:2 reason:"Spam in #support"\n'  # 4
        + "ana: /rejection company:Beta share:public\n"  # 5
        + "ana: /rejection company:Delta share:anonymous\n"  # 6
        + 'bo: /win text:"Offer from Gamma"\n'  # 7: post 2
        + "ana: /cheer post:2\n"  # 8
        + "ana: /log applied\n"  # 9: private commands still work
        + "!time 2026-11-04T08:59:00Z\n"  # 10: still muted
        + "ana: /cheer post:2\n"  # 11
        + "!time 2026-11-04T09:00:00Z\n"  # 12: the mute ends
        + "ana: /cheer post:2\n",  # 13
    )
    by_line: dict[int, list[dict]] = {}
    for o in out:
        by_line.setdefault(o["line"], []).append(o)
    dm, reply = by_line[4]
    assert dm["type"] == "dm" and dm["to"] == "ana" and "muted you" in dm["text"]
    assert "Spam in #support" in dm["text"]
    assert reply["to"] == "mo" and "Muted @ana for 2 days" in reply["text"]
    assert "Wednesday 4 November, 09:00" in reply["text"]
    for line in (8, 11):
        [refusal] = by_line[line]
        assert refusal["error"] and refusal["to"] == "ana", line
        assert "A moderator has muted you until Wednesday 4 November, 09:00" in refusal["text"]
        assert "private commands" in refusal["text"]
    for line in (5, 6):  # a rejection is still logged, with its plan, but kept private
        [kept] = by_line[line]
        assert not kept["error"] and kept["to"] == "ana", line
        assert "A moderator has muted you until Wednesday 4 November, 09:00" in kept["text"]
    assert not any(o["type"] == "post" for line in (5, 6, 8, 11) for o in by_line[line])
    assert not by_line[9][0]["error"]
    [lifted] = by_line[12]
    assert lifted["type"] == "dm" and lifted["to"] == "ana" and "mute has ended" in lifted["text"]
    assert not any(o["error"] for o in by_line[13])
    cheered = next(o for o in by_line[13] if o["type"] == "dm")
    assert cheered["to"] == "bo" and "@ana cheered you" in cheered["text"]


async def test_unmute_lifts_now_and_cancels_the_expiry(community: Community) -> None:
    await prepare(community)
    await community.reply("mo", "/mod mute member:@ana days:3")
    assert not await shares(community, "ana")
    messages = await community.run("mo", "/mod unmute member:@ana")
    dm = next(m for m in messages if m.kind is Kind.DM)
    assert dm.to is not None and dm.to.ref == "ana" and "lifted your mute" in dm.text
    assert await shares(community, "ana")
    # The expiry job no longer fires: nothing about the mute arrives three days later.
    later = await community.advance("2026-11-06T09:00:00Z")
    assert not any("mute" in m.plain_text().lower() for m in later)
    again = await community.reply("mo", "/mod unmute member:@ana")
    assert again.error and "@ana is not muted" in again.text


async def test_mute_without_days_lasts_and_a_new_mute_replaces_the_old(
    community: Community,
) -> None:
    await prepare(community)
    reply = await community.reply("mo", "/mod mute member:@ana")
    assert "until a moderator lifts it" in reply.text
    await community.advance("2026-12-30T09:00:00Z")
    assert not await shares(community, "ana")
    reply = await community.reply("mo", "/mod mute member:@ana days:1")
    assert "replaces their earlier mute" in reply.text
    await community.advance("2026-12-31T09:00:00Z")
    assert await shares(community, "ana")
    async with community.engine.db.read_sessions() as session, session.begin():
        mutes = list(await session.scalars(select(Mute).order_by(Mute.id)))
    assert [m.lifted_at is not None for m in mutes] == [True, True]


async def test_moderator_cannot_mute_themselves(community: Community) -> None:
    await prepare(community)
    reply = await community.reply("mo", "/mod mute member:@mo days:1")
    assert reply.error and "cannot mute yourself" in reply.text


# --- remove ---------------------------------------------------------------------------


async def test_remove_withdraws_the_message_and_erases_the_text(community: Community) -> None:
    await prepare(community)
    shared = await community.run(
        "ana", '/rejection company:Acme note:"Zephyrine panel went badly" share:public'
    )
    post_msg = next(m for m in shared if m.kind is Kind.POST)
    assert "Zephyrine" in post_msg.plain_text()
    messages = await community.run("mo", f"/mod remove post:{post_msg.post_id}")
    withdraw = next(m for m in messages if m.kind is Kind.POST)
    assert withdraw.withdraw_ref == f"msg-{post_msg.post_id}"  # the platform's message id
    assert withdraw.post_id == post_msg.post_id and withdraw.channel is not None
    assert withdraw.channel.ref == "support" and withdraw.text == "(removed by a moderator)"
    author_dm = next(m for m in messages if m.kind is Kind.DM)
    assert author_dm.to is not None and author_dm.to.ref == "ana"
    reply = next(m for m in messages if m.kind is Kind.REPLY)
    assert f"Removed post {post_msg.post_id}" in reply.text
    dump = await snapshot(community.engine)
    assert not any("Zephyrine" in row for rows in dump.values() for row in rows)
    async with community.engine.db.read_sessions() as session, session.begin():
        post = await session.get(Post, post_msg.post_id)
        rejection = await session.scalar(select(Rejection))
    assert post is not None and post.text is None and post.removed_at is not None
    # What aggregates need stays: the rejection still counts, for Acme, at its stage.
    assert rejection is not None and rejection.note is None and rejection.company == "Acme"
    again = await community.reply("mo", f"/mod remove post:{post_msg.post_id}")
    assert again.error and "already removed" in again.text


async def test_remove_a_win_keeps_the_win_without_its_text(community: Community) -> None:
    await prepare(community)
    shared = await community.run("ana", '/win text:"Quillwort offer accepted" company:Acme')
    post_id = next(m for m in shared if m.kind is Kind.POST).post_id
    await community.run("mo", f"/mod remove post:{post_id}")
    async with community.engine.db.read_sessions() as session, session.begin():
        win = await session.scalar(select(Win))
    assert win is not None and "Quillwort" not in win.text and win.company == "Acme"
    wins = await community.reply("ana", "/wins")
    assert "Quillwort" not in wins.plain_text()


async def test_remove_unknown_post_and_anonymous_author_stays_hidden(
    community: Community,
) -> None:
    await prepare(community)
    missing = await community.reply("mo", "/mod remove post:999")
    assert missing.error and "no post 999" in missing.text
    shared = await community.run("ana", "/rejection company:Acme share:anonymous")
    post_id = next(m for m in shared if m.kind is Kind.POST).post_id
    messages = await community.run("mo", f"/mod remove post:{post_id}")
    to_mod = [m for m in messages if m.kind is not Kind.DM]
    assert not any("ana" in m.plain_text() for m in to_mod)
    audit = await community.reply("mo", "/mod audit")
    assert f"post {post_id}" in audit.text and "ana" not in audit.text


async def test_remove_check_in_answer_erases_it_everywhere_and_leaves_the_prompt(
    community: Community,
) -> None:
    await prepare(community)
    await community.reply("mo", "/mod checkin-schedule channel:#standup cadence:daily time:10:00")
    [prompt] = [m for m in await community.advance("2026-11-02T10:01:00Z") if m.kind is Kind.POST]
    answered = await community.run("ana", '/checkin did:"Sent Quillback application" mood:4')
    answer = next(m for m in answered if m.kind is Kind.POST)
    await community.run("bo", "/checkin did:Rested mood:3 private:yes")
    stats = await community.reply("mo", "/mod stats")
    rate = next(f.value for f in stats.fields if f.name == "Check-ins, last 30 days")
    assert rate.startswith("1 check-in, 2 answers")
    removed = await community.run("mo", f"/mod remove post:{answer.post_id}")
    withdraw = next(m for m in removed if m.kind is Kind.POST)
    assert withdraw.thread_ref == f"msg-{prompt.post_id}"  # the answer lives in the thread
    # The prompt is Rebound's own post, not a member's: `/mod remove` leaves it alone.
    kept = await community.reply("mo", f"/mod remove post:{prompt.post_number}")
    assert kept.error and "check-in prompt that Rebound posted" in kept.text
    dump = await snapshot(community.engine)
    rows = [row for rows in dump.values() for row in rows]
    assert not any("Quillback" in row for row in rows)
    assert any("How is your search going" in row for row in rows)
    async with community.engine.db.read_sessions() as session, session.begin():
        moods = list(await session.scalars(select(CheckinAnswer.mood).order_by(CheckinAnswer.id)))
    assert moods == [4, 3]  # aggregates keep what they count


async def test_console_prints_the_withdrawal(db_url: str) -> None:
    out = await transcript(
        db_url,
        SETUP
        + 'ana: /rejection company:Acme note:"Tough one" share:public\nmo: /mod remove post:1\n',
    )
    withdrawal = next(o for o in out if o["line"] == 4 and o["type"] == "post")
    assert withdrawal["channel"] == "#support" and withdrawal["post_id"] == 1
    assert withdrawal["withdrawn"] == "console-1"
    assert withdrawal["text"] == "(removed by a moderator)"


# --- audit ----------------------------------------------------------------------------


async def test_every_moderator_action_leaves_an_audit_entry(community: Community) -> None:
    await prepare(community)
    shared = await community.run("ana", '/win text:"Got the call"')
    number = next(m for m in shared if m.kind is Kind.POST).post_number
    steps = [
        ("/mod mute member:@ana days:1", ("mute", "@ana")),
        ("/mod unmute member:@ana", ("unmute", "@ana")),
        (f"/mod remove post:{number}", ("remove post", f"post {number} by @ana")),
        ("/mod export", ("export", None)),
        ("/mod setup timezone:Europe/Berlin", ("setup", None)),
    ]
    for line, (action, target) in steps:
        before = await audit_actions(community)
        reply = next(m for m in await community.run("mo", line) if m.kind is Kind.REPLY)
        assert not reply.error, reply.text
        after = await audit_actions(community)
        assert after[len(before) :] == [("mo", action, target)], line
    # Looking is not acting: read-only views leave the log as it was.
    before = await audit_actions(community)
    for line in ("/mod audit", "/mod stats", "/mod setup"):
        await community.run("mo", line)
    assert await audit_actions(community) == before


async def test_any_mod_command_that_changes_something_is_audited(community: Community) -> None:
    """Also the moderator commands other modules declare: changing data means a log entry."""
    community.moderators.add("mo")
    engine = community.engine
    await community.run("mo", "/help")
    await community.run("bo", "/help")
    checked = []
    for cmd in mod_commands():
        before = await snapshot(engine)
        messages = await invoke(
            engine, "mo", cmd.name, required_options(cmd), platform_moderator=True
        )
        after = await snapshot(engine)
        changed = [t for t in after if t != "audit_log" and after[t] != before[t]]
        if messages[0].error or not changed:
            continue
        added = len(after["audit_log"]) - len(before["audit_log"])
        assert added >= 1, (cmd.name, changed)
        checked.append(cmd.name)
    assert {"mod mute", "mod unmute", "mod template-add"} <= set(checked), checked


async def test_audit_shows_20_a_page_newest_first_in_community_time(
    community: Community,
) -> None:
    await prepare(community)
    await community.reply("mo", "/mod setup timezone:America/New_York")
    for i in range(22):
        await community.reply("mo", f"/mod setup weekly_goal:{i + 1}")
    await community.advance("2026-11-02T15:30:00Z")
    await community.reply("mo", "/mod mute member:@sam days:1 reason:flooding")
    reply = await community.reply("mo", "/mod audit")
    lines = reply.text.splitlines()
    assert len(lines) == 20 and reply.title == "Audit log — page 1 of 2"
    assert lines[0] == "Mon 2 Nov 10:30 · @mo · mute · @sam — for 1 day: flooding"
    assert lines[1] == "Mon 2 Nov 04:00 · @mo · setup — weekly goal → 22 applications"
    assert lines[-1].endswith("weekly goal → 4 applications")
    assert any("America/New_York" in f.value for f in reply.fields)


async def test_mute_expiry_is_in_the_audit_log(community: Community) -> None:
    await prepare(community)
    await community.reply("mo", "/mod mute member:@ana days:1")
    await community.advance("2026-11-03T09:00:00Z")
    assert (await audit_actions(community))[-1] == ("Rebound (automatic)", "mute expired", "@ana")


# --- stats and export -----------------------------------------------------------------


async def test_stats_counts_members_activity_and_streaks(community: Community) -> None:
    await prepare(community)
    await community.reply("mo", "/mod setup weekly_goal:10")
    for day in range(1, 4):
        await community.reply("ana", "/log applied count:2")
        await community.advance(f"2026-11-0{day + 2}T09:00:00Z")
    await community.run("bo", "/rejection company:Acme")
    await community.reply("bo", "/log networked")
    await community.advance("2026-11-20T09:00:00Z")
    await community.reply("cy", "/log selfcare")
    reply = await community.reply("mo", "/mod stats")
    fields = {f.name: f.value for f in reply.fields}
    assert fields["Members"] == "4"  # mo, ana, bo, cy
    assert fields["Active, last 7 days"] == "1"
    assert fields["Active, last 30 days"] == "3"
    kinds = fields["Activity by kind, last 30 days"].splitlines()
    assert kinds == ["applied: 6", "networked: 1", "selfcare: 1", "rejection: 1"]
    assert fields["Current streaks"].startswith("0 days: 2 · 1–2: 1 · 3–6: 0")
    assert "of 3 members" in fields["Current streaks"]
    assert fields["Check-ins, last 30 days"].startswith("no check-ins ran")
    assert fields["Collective goal this week"] == "0 of 10 applications"
    [chart] = reply.attachments
    assert chart.mime == "image/png" and chart.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert "week of 2 Nov 8" in chart.alt  # 6 applications, 1 rejection, 1 networked
    assert "no names" in reply.text.lower()


async def test_export_is_aggregate_csv_without_names_or_notes(db_url: str, tmp_path: Path) -> None:
    out = await transcript(
        db_url,
        SETUP
        + 'ana: /log applied note:"Marzipan Corp backend" company:Marzipan count:3\n'
        + 'bo: /rejection company:Marzipan note:"Bittersweet feedback" share:public\n'
        + "!time 2026-11-10T09:00:00Z\n"
        + 'ana: /win text:"Onsite at Marzipan"\n'
        + "bo: /log networked\n"
        + "mo: /mod export\n",
        files=tmp_path,
    )
    reply = out[-1]
    assert reply["to"] == "mo" and not reply["error"]
    [path] = reply["attachments"]
    assert path.endswith(".csv")
    text = Path(path).read_bytes().decode("utf-8")  # noqa: ASYNC240 — a small local file
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [
        {"week_start": "2026-11-02", "kind": "applied", "entries": "3", "members": "1"},
        {"week_start": "2026-11-02", "kind": "rejection", "entries": "1", "members": "1"},
        {"week_start": "2026-11-09", "kind": "networked", "entries": "1", "members": "1"},
        {"week_start": "2026-11-09", "kind": "win", "entries": "1", "members": "1"},
    ]
    for private in ("ana", "bo", "Marzipan", "Bittersweet", "Onsite"):
        assert private not in text
    assert "4 rows" in reply["text"]


# --- setup ----------------------------------------------------------------------------


async def test_setup_shows_config_and_resources_may_name_crisis_lines(db_url: str) -> None:
    resources = "US: call or text 988 (Suicide & Crisis Lifeline). UK: Samaritans 116 123."
    out = await transcript(
        db_url,
        "!mod mo\n"
        + f'mo: /mod setup resources:"{resources}" timezone:europe/berlin\n'
        + "mo: /mod setup\n"
        + 'ana: /log applied note:"honestly I want to die"\n'
        + "mo: /mod setup resources:default moderator_role:none\n",
    )
    first = out[0]
    assert not first["error"] and "You are not alone" not in first["text"]
    assert "timezone → Europe/Berlin" in first["text"]
    shown = out[1]["text"]
    assert resources in shown and "Timezone: Europe/Berlin" in shown
    crisis = next(o for o in out if o["line"] == 4)
    assert "You are not alone" in crisis["text"] and resources in crisis["text"]
    reset = next(o for o in out if o["line"] == 5)
    assert "support resources → the built-in default" in reset["text"]
    assert "findahelpline.com" in reset["text"]


async def test_setup_rejects_an_unknown_timezone_and_changes_nothing(db_url: str) -> None:
    out = await transcript(
        db_url, "!mod mo\nmo: /mod setup timezone:Mars/Olympus weekly_goal:5\nmo: /mod setup\n"
    )
    assert out[0]["error"] and "not a timezone" in out[0]["text"]
    assert re.search(r"Weekly goal: not set", out[1]["text"])
