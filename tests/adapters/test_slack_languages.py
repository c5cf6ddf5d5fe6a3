"""Slack in German, end to end: a user whose Slack locale is `de-DE` (`users.info` with
`include_locale`) gets German replies and a German App Home; an English colleague in the
same workspace keeps English; `/settings language:` outranks the Slack locale."""

from __future__ import annotations

from bot.core.i18n import tr
from tests.adapters.test_slack_adapter import slack_env

DE, EN, FR = tr("de"), tr("en"), tr("fr")


async def test_a_german_slack_user_gets_german_replies(db_url: str) -> None:
    async with slack_env(db_url) as env:
        env.fake.add_user("U7", "jonas", locale="de-DE")
        shown = await env.ask("settings", user="U7")
        assert DE("settings-title") in shown.text and EN("settings-title") not in shown.text
        assert all(c.args.get("include_locale") for c in env.fake.of("users.info"))
        assert EN("settings-title") in (await env.ask("settings", user="U1")).text
        refused = await env.ask("settings quiet_hours:late", user="U7")
        assert DE("quiet-bad-window") in refused.text
        chosen = await env.ask("settings language:fr", user="U7")
        assert FR("settings-title") in chosen.text
        assert FR("settings-title") in (await env.ask("settings", user="U7")).text
        back = await env.ask("settings language:auto", user="U7")
        assert DE("settings-title") in back.text


async def test_a_german_app_home(db_url: str) -> None:
    async with slack_env(db_url) as env:
        env.fake.add_user("U7", "jonas", locale="de-DE")
        await env.ask("log applied Backend role at Acme", user="U7")
        await env.slack.event(
            {"type": "app_home_opened", "user": "U7", "channel": "DU7", "tab": "home"},
            event_id="EvHomeDe",
        )
        (publish,) = await env.fake.wait_for("views.publish")
        assert EN("home-title") not in publish.text
        assert DE("home-title") in publish.text


async def test_a_channel_slack_refuses_is_explained_in_the_moderators_language(
    db_url: str,
) -> None:
    """The problem is stored when Slack refuses a post, before any reader is known; a
    German-speaking admin reads it in German in `/mod setup`, an English one in English."""
    async with slack_env(db_url) as env:
        env.fake.add_user("U7", "jonas", locale="de-DE", admin=True)
        await env.ask("mod setup support_channel:#support", user="UADMIN")
        env.fake.fail("chat.postMessage", "not_in_channel")
        await env.ask("rejection share:anonymous")
        await env.fake.wait_for("chat.postMessage")
        german = (await env.ask("mod setup", user="U7")).text
        assert DE("delivery-problem-slack-not-in-channel") in german
        assert "invite the app" not in german
        english = (await env.ask("mod setup", user="UADMIN")).text
        assert EN("delivery-problem-slack-not-in-channel") in english
