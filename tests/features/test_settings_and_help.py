"""`/settings` (each option) and `/help` (every command, and one command's details)."""

from __future__ import annotations

import re

from bot.features.catalog import REGISTRY
from tests.support.harness import Community


def fields(msg) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in msg.fields}


async def test_settings_shows_the_defaults(community: Community) -> None:
    reply = await community.reply("ana", "/settings")
    assert reply.ephemeral and not reply.error
    assert fields(reply) == {
        "Timezone": "UTC (default)",
        "Streak days": "every day",
        "Reminders": "on",
        "Leaderboard": "on",
        "Cheers via": "direct message",
        "Quiet hours": "22:00–08:00",
        "Language": "English (automatic)",
    }


async def test_each_setting_changes_and_is_remembered(community: Community) -> None:
    reply = await community.reply(
        "ana",
        "/settings timezone:europe/berlin streak_days:weekdays reminders:off "
        "leaderboard:off cheers_via:channel",
    )
    text = reply.plain_text()
    assert "timezone → Europe/Berlin" in text
    assert "streak days → weekdays" in text
    assert "reminders → off" in text and "leaderboard → off" in text
    assert "cheers via → support channel" in text
    expected = {
        "Timezone": "Europe/Berlin (yours)",
        "Streak days": "weekdays",
        "Reminders": "off",
        "Leaderboard": "off",
        "Cheers via": "support channel (none set yet, so direct message for now)",
        "Quiet hours": "22:00–08:00",
        "Language": "English (automatic)",
    }
    assert fields(await community.reply("ana", "/settings")) == expected
    same = await community.reply("ana", "/settings reminders:off")
    assert "Nothing changed" in same.plain_text()
    back = await community.reply("ana", "/settings streak_days:all reminders:on")
    assert "streak days → every day" in back.plain_text()
    assert fields(back)["Reminders"] == "on"
    # Another member's settings are untouched.
    assert fields(await community.reply("bo", "/settings"))["Timezone"] == "UTC (default)"


async def test_the_timezone_decides_the_day(community: Community) -> None:
    await community.reply("ana", "/settings timezone:Europe/Berlin")
    await community.reply("bo", "/settings timezone:UTC")
    # 23:30 UTC on 2 November is already the 3rd in Berlin; 08:00 UTC is still the 3rd.
    await community.advance("2026-11-02T23:30:00Z")
    for who in ("ana", "bo"):
        await community.reply(who, "/log learned")
    await community.advance("2026-11-03T08:00:00Z")
    ana = await community.reply("ana", "/log learned")
    bo = await community.reply("bo", "/log learned")
    assert "Streak: 1 day" in ana.plain_text()
    assert "Streak: 2 days" in bo.plain_text()


async def test_settings_errors(community: Community) -> None:
    zone = await community.reply("ana", "/settings timezone:Europe/Berlinn")
    assert zone.error and "`Europe/Berlinn` is not a timezone I know" in zone.plain_text()
    choice = await community.reply("ana", "/settings streak_days:weekends")
    assert choice.error and "must be one of: all, weekdays" in choice.plain_text()
    assert fields(await community.reply("ana", "/settings"))["Streak days"] == "every day"


async def test_help_lists_every_command(community: Community) -> None:
    reply = await community.reply("ana", "/help")
    text = reply.plain_text()
    listed = set(re.findall(r"^/([a-z-]+) — ", "\n".join(f.value for f in reply.fields), re.M))
    assert listed == set(REGISTRY.top_level_names())
    assert "/help command:log" in text
    assert "(moderators only)" in text  # /mod is listed, marked for moderators


async def test_help_for_one_command(community: Community) -> None:
    reply = await community.reply("ana", "/help command:log")
    assert reply.title == "/log"
    [field] = reply.fields
    assert field.name == REGISTRY["log"].usage()
    assert "activity:applied|networked|learned" in field.name
    for option in ("activity", "note", "count", "company", "role"):
        assert f"• {option}: " in field.value
    assert "e.g. /log applied Backend role at Acme" in field.value
    assert (await community.reply("ana", "/help log")).title == "/log"
    setup = await community.reply("ana", "/help mod setup")
    assert "(moderators only)" in setup.plain_text()
    unknown = await community.reply("ana", "/help command:dance")
    assert unknown.error and "There is no command `/dance`" in unknown.plain_text()


async def test_help_describes_groups_and_shows_readable_value_shapes(
    community: Community,
) -> None:
    listing = "\n".join(f.value for f in (await community.reply("ana", "/help")).fields)
    assert (
        "/buddy — Weekly practice-buddy pairing for mock interviews, résumé reviews or "
        "networking: join, leave, status."
    ) in listing
    assert (
        "/privacy — Export everything Rebound stores about you, or erase it: delete, export."
        in (listing)
    )
    assert "/strengths — " + REGISTRY["strengths"].help in listing
    buddy = await community.reply("ana", "/help buddy")
    assert buddy.text.startswith("Weekly practice-buddy pairing")
    assert {f.name.split(" ")[1] for f in buddy.fields} == {"join", "leave", "status"}
    removal = (await community.reply("ana", "/help mod remove")).fields[0].name
    assert removal == "/mod remove post:number"
    schedule = (await community.reply("ana", "/help mod checkin-schedule")).fields[0].name
    assert "time:HH:MM" in schedule and "time:text" not in schedule


async def test_an_empty_command_line_shows_help(community: Community) -> None:
    empty = await community.reply("ana", "")
    assert empty.title == "Rebound — commands" and not empty.error
    assert empty.plain_text() == (await community.reply("ana", "/help")).plain_text()
