"""Quiet hours: no direct message arrives between 22:00 and 08:00 in the member's zone (or
the window they chose in `/settings`); it waits until the window ends."""

from __future__ import annotations

from bot.core.messages import Kind, Message
from tests.support.harness import Community


def dms_to(messages: list[Message], name: str) -> list[Message]:
    return [m for m in messages if m.kind is Kind.DM and m.to is not None and m.to.name == name]


async def test_a_cheer_sent_at_night_arrives_at_eight(community: Community) -> None:
    await community.run("bo", "/log activity:applied")
    await community.advance("2026-11-02T23:30:00Z")
    sent = await community.run("ana", '/cheer member:@bo message:"Proud of you"')
    assert dms_to(sent, "bo") == [] and dms_to(community.sent, "bo") == []
    (reply,) = [m for m in sent if m.kind is Kind.REPLY]
    assert "at 08:00 their time, when their quiet hours end" in reply.text
    assert dms_to(await community.advance("2026-11-03T07:59:00Z"), "bo") == []
    (dm,) = dms_to(await community.advance("2026-11-03T08:00:00Z"), "bo")
    assert "Proud of you" in dm.text
    assert dms_to(await community.advance("2026-11-03T12:00:00Z"), "bo") == [], "only once"


async def test_the_window_follows_the_members_zone(community: Community) -> None:
    await community.run("bo", "/settings timezone:America/New_York")
    await community.advance("2026-11-03T01:00:00Z")  # 20:00 in New York
    sent = await community.run("ana", '/cheer member:@bo message:"Evening cheer"')
    assert len(dms_to(sent, "bo")) == 1


async def test_members_choose_their_window_or_turn_it_off(community: Community) -> None:
    shown = await community.reply("bo", "/settings")
    assert "Quiet hours: 22:00–08:00" in shown.plain_text()
    changed = await community.reply("bo", "/settings quiet_hours:00-06")
    assert "quiet hours → 00:00–06:00" in changed.text
    await community.advance("2026-11-02T23:00:00Z")
    assert len(dms_to(await community.run("ana", "/cheer member:@bo"), "bo")) == 1
    await community.reply("bo", "/settings quiet_hours:off")
    await community.advance("2026-11-03T03:00:00Z")
    assert len(dms_to(await community.run("ana", "/cheer member:@bo"), "bo")) == 1


async def test_a_bad_window_is_refused_and_changes_nothing(community: Community) -> None:
    for bad in ("25-08", "22", "08-08", "night"):
        refused = await community.reply("bo", f"/settings quiet_hours:{bad}")
        assert refused.error and "quiet_hours" in refused.text, bad
    assert "Quiet hours: 22:00–08:00" in (await community.reply("bo", "/settings")).plain_text()


async def test_a_window_with_minutes_is_told_the_format_not_a_length_limit(
    community: Community,
) -> None:
    for bad in ('"22:30-07:15"', '"10pm to 7am"'):
        refused = await community.reply("bo", f"/settings quiet_hours:{bad}")
        assert refused.error, bad
        assert "takes two hours like `22-08`" in refused.text, refused.text
        assert "limit" not in refused.text, refused.text
    assert "Quiet hours: 22:00–08:00" in (await community.reply("bo", "/settings")).plain_text()


async def test_a_scheduled_reminder_in_quiet_hours_waits(community: Community) -> None:
    await community.reply("bo", "/settings quiet_hours:08-12")
    await community.run("bo", "/template name:feedback-request company:Acme remind_days:1")
    # The follow-up reminder falls due at 10:00 the next day, inside bo's window.
    assert dms_to(await community.advance("2026-11-03T11:59:00Z"), "bo") == []
    (dm,) = dms_to(await community.advance("2026-11-03T12:00:00Z"), "bo")
    assert "Acme" in dm.text


async def test_a_reminder_that_would_wait_past_the_close_is_not_sent(
    community: Community,
) -> None:
    """A 06:00 check-in's reminder falls inside quiet hours; held until 08:00 it would
    point at a check-in already closed, so it is not sent at all."""
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup checkin_channel:#daily")
    await community.reply("mo", "/mod checkin-schedule cadence:daily time:06:00")
    await community.run("ana", "/log activity:applied")
    later = await community.advance("2026-11-04T12:00:00Z")
    nudges = [m for m in later if m.kind is Kind.DM and "nudge" in (m.title or "")]
    assert nudges == [], [m.plain_text() for m in nudges]
    # With quiet hours off, the same reminder arrives before the close.
    await community.reply("ana", "/settings quiet_hours:off")
    again = await community.advance("2026-11-05T12:00:00Z")
    assert [m.to.name for m in dms_to(again, "ana") if "nudge" in (m.title or "")] == ["ana"]
