"""The Slack adapter end to end: signed requests through slack-bolt against a fake Slack.

Each test starts the fake Web API, the adapter's real aiohttp endpoint on port 0 and a
client that signs requests as Slack does; the engine runs on a manual clock so the
scheduler can be driven through time.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.adapter import SlackApp
from bot.core.clock import ManualClock
from bot.core.engine import Engine
from bot.core.scheduler import Scheduler
from bot.core.undelivered import OTHER_DMS_CLOSED
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, Call, FakeSlack, SlackClient
from tests.support.harness import make_engine


@dataclass
class SlackEnv:
    fake: FakeSlack
    app: SlackApp
    slack: SlackClient
    engine: Engine
    clock: ManualClock

    @property
    def scheduler(self) -> Scheduler:
        return Scheduler(
            self.engine.db,
            self.engine.clock,
            self.engine.registry,
            self.app.delivery.send,
            platform="slack",
        )

    async def ask(self, text: str, **kw: object) -> Call:
        """Run `/rebound text`; return the first private answer posted to its response_url."""
        resp, token = await self.slack.command(text, **kw)  # type: ignore[arg-type]
        assert resp.status == 200
        calls = await self.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        return calls[0]


@asynccontextmanager
async def slack_env(db_url: str) -> AsyncIterator[SlackEnv]:
    engine, clock, db = await make_engine(db_url)
    fake = await FakeSlack().start()
    fake.add_user("U1", "ana")
    fake.add_user("U2", "bo")
    fake.add_user("U3", "cy")
    fake.add_user("UADMIN", "mia", admin=True)
    fake.add_channel("C1", "general")
    fake.add_channel("C2", "support")
    fake.add_channel("C3", "wins")
    fake.add_channel("C4", "checkins")
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url)
    app = SlackApp(engine, client, SIGNING_SECRET)
    runner = web.AppRunner(app.web_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    try:
        yield SlackEnv(
            fake, app, SlackClient(f"http://127.0.0.1:{port}", fake, session), engine, clock
        )
        await app.drain()
        assert fake.unknown == [], (
            f"the adapter called methods the fake does not know: {fake.unknown}"
        )
    finally:
        await session.close()
        await runner.cleanup()
        await fake.close()
        await db.dispose()


async def test_log_is_acknowledged_and_answered_privately_with_the_streak(db_url: str) -> None:
    async with slack_env(db_url) as env:
        resp, token = await env.slack.command('log activity:applied note:"Backend role at Acme"')
        assert resp.status == 200
        (answer,) = await env.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        assert answer.args["response_type"] == "ephemeral"
        assert answer.args["replace_original"] is False
        assert "Application logged" in answer.text
        assert "Streak: 1 day" in answer.text
        assert answer.blocks()[0]["type"] == "header"
        assert {c.token for c in env.fake.calls if c.method != "response_url"} == {BOT_TOKEN}


async def test_the_ack_comes_before_the_work(db_url: str) -> None:
    async with slack_env(db_url) as env:
        release = env.fake.hold("users.info")
        resp, token = await env.slack.command("log applied")
        assert resp.status == 200
        await env.fake.wait_for("users.info")  # the work has started, and is waiting
        assert env.fake.of("response_url") == []
        release.set()
        (answer,) = await env.fake.wait_for("response_url", lambda c: c.args["token"] == token)
        assert "Streak: 1 day" in answer.text


async def test_positional_shortcut_and_streak(db_url: str) -> None:
    async with slack_env(db_url) as env:
        logged = await env.ask("log applied Backend role at Acme")
        assert "Logged:" in logged.text and "Streak: 1 day" in logged.text
        streak = await env.ask("streak")
        assert "Your streak" in streak.text
        assert "Current streak*\n1 day" in streak.text
        # The heatmap picture goes to the member's DM through the files upload v2 flow.
        (complete,) = await env.fake.wait_for("files.completeUploadExternal")
        assert complete.args["channel_id"] == "DU1"
        assert env.fake.uploads, "the picture bytes were uploaded"
        assert env.fake.uploads[next(iter(env.fake.uploads))].startswith(b"\x89PNG")
        # Screen readers get the picture's description as Slack's alt text.
        (asked,) = env.fake.of("files.getUploadURLExternal")
        assert "calendar of the last 12 weeks" in asked.args["alt_txt"].lower()
        assert asked.args["alt_txt"] != asked.args["filename"]


async def test_empty_command_and_help_show_help_with_slack_command_names(db_url: str) -> None:
    async with slack_env(db_url) as env:
        alone = await env.ask("")
        assert "Rebound — commands" in alone.text
        assert "/rebound log" in alone.text
        helped = await env.ask("help")
        assert helped.text == alone.text


async def test_bad_signature_and_stale_timestamp_are_refused(db_url: str) -> None:
    async with slack_env(db_url) as env:
        resp, _ = await env.slack.command("log applied", secret="not-the-secret")
        assert resp.status == 401
        resp, _ = await env.slack.command("log applied", timestamp=int(time.time()) - 600)
        assert resp.status == 401
        await env.app.drain()
        assert env.fake.of("response_url") == []
        assert env.fake.of("users.info") == []


async def test_a_retried_event_is_processed_once(db_url: str) -> None:
    async with slack_env(db_url) as env:
        event = {"type": "app_home_opened", "user": "U1", "channel": "DU1", "tab": "home"}
        first = await env.slack.event(event, event_id="Ev1")
        assert first.status == 200
        await env.fake.wait_for("views.publish")
        retried = await env.slack.event(event, event_id="Ev1", retry=1)
        assert retried.status == 200
        await env.app.drain()
        assert len(env.fake.of("views.publish")) == 1
        other = await env.slack.event(event, event_id="Ev2")
        assert other.status == 200
        await env.fake.wait_for("views.publish", count=2)


async def test_app_home_shows_streak_goals_and_wins(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("log applied Backend role at Acme")
        await env.ask("goal applied 5")
        await env.ask('win text:"Invited to a second interview" company:Acme')
        await env.slack.event(
            {"type": "app_home_opened", "user": "U1", "channel": "DU1", "tab": "home"},
            event_id="EvHome",
        )
        (publish,) = await env.fake.wait_for("views.publish")
        assert publish.args["user_id"] == "U1"
        view = publish.args["view"]
        view = json.loads(view) if isinstance(view, str) else view
        assert view["type"] == "home"
        assert "Your streak" in publish.text
        assert "applied: 1/5" in publish.text
        assert "Invited to a second interview" in publish.text
        assert not any(b["type"] == "actions" for b in view["blocks"])
        # Commands read as Slack members type them, also in the engine's how-to line.
        assert "`/rebound log applied`" in publish.text and "`/rebound help`" in publish.text
        assert not re.search(r"(?<!rebound )/(log|help|wins)\b", publish.text)


async def test_app_home_of_a_newcomer_invites_a_first_step(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.slack.event(
            {"type": "app_home_opened", "user": "U2", "channel": "DU2", "tab": "home"},
            event_id="EvNew",
        )
        (publish,) = await env.fake.wait_for("views.publish")
        assert "Every streak starts with one small step" in publish.text
        assert "`/rebound log activity:applied`" in publish.text


async def test_a_direct_message_slack_refuses_is_explained_to_the_sender(db_url: str) -> None:
    async with slack_env(db_url) as env:
        env.fake.fail("conversations.open", "user_disabled")
        resp, token = await env.slack.command('cheer member:<@U2|bo> message:"You have got this"')
        assert resp.status == 200
        answers = await env.fake.wait_for(
            "response_url", lambda c: c.args["token"] == token, count=2
        )
        (sent,) = [a for a in answers if "Cheer sent" in a.text]
        (bounced,) = [a for a in answers if a is not sent]
        assert OTHER_DMS_CLOSED in bounced.text
        assert bounced.args["response_type"] == "ephemeral"
        assert not env.fake.of("chat.postMessage")


async def test_two_workspaces_never_share_data(db_url: str) -> None:
    async with slack_env(db_url) as env:
        env.fake.add_user("UX", "xena", team="T2")
        await env.ask("log applied", team="T1", enterprise="E1")
        other = await env.ask("streak", team="T2", enterprise="E1")
        assert "Every streak starts with one small step" in other.text
        same = await env.ask("streak", team="T1", enterprise="E1")
        assert "Current streak*\n1 day" in same.text


async def test_mass_mentions_are_neutralised_end_to_end(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:<#C2|support>", user="UADMIN")
        await env.ask(
            'rejection company:Acme share:public note:"<!channel> <!here> @everyone '
            '<!subteam^S123|devs> look"'
        )
        (post,) = await env.fake.wait_for("chat.postMessage", lambda c: c.args["channel"] == "C2")
        sent = json.dumps(post.args)
        for raw in ("<!channel>", "<!here>", "<!subteam", "@everyone"):
            assert raw not in sent
        assert post.args["link_names"] is False
        assert "look" in post.text


def _cheer_button(post: Call) -> dict:
    for block in post.blocks():
        if block["type"] == "actions":
            return block["elements"][0]
    raise AssertionError(f"no button in {post.blocks()}")


def _press(env: SlackEnv, post: Call, user: str, **payload_extra: object) -> dict:
    button = _cheer_button(post)
    return {
        "type": "block_actions",
        "team": {"id": "T1", "domain": "t1"},
        "user": {"id": user, "username": env.fake.users[user]["name"], "team_id": "T1"},
        "api_app_id": "A1",
        "trigger_id": "trigger-press",
        "channel": {"id": post.args["channel"], "name": env.fake.channels[post.args["channel"]]},
        "container": {"type": "message", "message_ts": "1", "channel_id": post.args["channel"]},
        "response_url": env.fake.response_url(f"press-{user}"),
        "actions": [
            {
                "type": "button",
                "action_id": button["action_id"],
                "block_id": "b",
                "value": button["value"],
                "action_ts": "1",
            }
        ],
        **payload_extra,
    }


async def test_cheer_button_runs_cheer_as_the_presser(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:#support", user="UADMIN")
        await env.ask("rejection company:Acme share:anonymous")
        (post,) = await env.fake.wait_for("chat.postMessage", lambda c: c.args["channel"] == "C2")
        assert _cheer_button(post)["action_id"].startswith("rb:cheer:post=")
        resp = await env.slack.interactive(_press(env, post, "U2"))
        assert resp.status == 200
        (reply,) = await env.fake.wait_for("response_url", lambda c: c.args["token"] == "press-U2")
        assert reply.args["response_type"] == "ephemeral"
        assert "Cheer sent" in reply.text and "the author of post" in reply.text
        # The author hears about it by DM without learning who cheered.
        (dm,) = await env.fake.wait_for("chat.postMessage", lambda c: c.args["channel"] == "DU1")
        assert "bo" not in dm.text.lower().split()


async def test_org_wide_button_uses_the_members_workspace(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:#support", user="UADMIN")
        await env.ask("rejection share:public")
        (post,) = await env.fake.wait_for("chat.postMessage", lambda c: c.args["channel"] == "C2")
        payload = _press(env, post, "U2", team=None, enterprise={"id": "E1"})
        await env.slack.interactive(payload)
        (reply,) = await env.fake.wait_for("response_url", lambda c: c.args["token"] == "press-U2")
        assert "Cheer sent" in reply.text


async def test_reflection_modal_opens_and_its_submission_runs_reflect(db_url: str) -> None:
    async with slack_env(db_url) as env:
        resp, _ = await env.slack.command("reflect")
        assert resp.status == 200
        (opened,) = await env.fake.wait_for("views.open")
        view = opened.args["view"]
        view = json.loads(view) if isinstance(view, str) else view
        assert opened.args["trigger_id"].startswith("trigger-")
        inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
        assert inputs["went_well"]["type"] == "plain_text_input"
        assert inputs["clear_confident"]["type"] == "static_select"
        assert inputs["followed_up"]["type"] == "static_select"
        assert env.fake.of("response_url") == []
        submission = {
            "type": "view_submission",
            "team": {"id": "T1", "domain": "t1"},
            "user": {"id": "U1", "username": "ana", "team_id": "T1"},
            "api_app_id": "A1",
            "trigger_id": "trigger-submit",
            "view": {
                **view,
                "id": "V1",
                "team_id": "T1",
                "state": {
                    "values": {
                        "company": {"value": {"type": "plain_text_input", "value": "Acme"}},
                        "went_well": {
                            "value": {"type": "plain_text_input", "value": "My project story"}
                        },
                        "clear_confident": {
                            "value": {
                                "type": "static_select",
                                "selected_option": {"value": "2"},
                            }
                        },
                        "followed_up": {
                            "value": {"type": "static_select", "selected_option": {"value": "no"}}
                        },
                        "skill_gap": {"value": {"type": "plain_text_input", "value": None}},
                    }
                },
            },
        }
        resp = await env.slack.interactive(submission)
        assert resp.status == 200
        (reply,) = await env.fake.wait_for("chat.postEphemeral")
        assert reply.args["user"] == "U1" and reply.args["channel"] == "C1"
        assert "My project story" in reply.text
        assert "mock interview" in reply.text


def _template_submission(
    view: dict[str, Any], name: str, body: str, replace: str | None
) -> dict[str, Any]:
    """What Slack sends when mia submits the `/mod template-add` form."""
    chosen = {"value": replace} if replace else None
    values = {
        "name": {"value": {"type": "plain_text_input", "value": name}},
        "body": {"value": {"type": "plain_text_input", "value": body}},
        "title": {"value": {"type": "plain_text_input", "value": None}},
        "replace": {"value": {"type": "static_select", "selected_option": chosen}},
    }
    return {
        "type": "view_submission",
        "team": {"id": "T1", "domain": "t1"},
        "user": {"id": "UADMIN", "username": "mia", "team_id": "T1"},
        "api_app_id": "A1",
        "trigger_id": f"trigger-submit-{replace}",
        "view": {**view, "id": "V1", "team_id": "T1", "state": {"values": values}},
    }


async def test_template_form_replaces_an_existing_name_only_when_asked(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod template-add name:follow body:Hi", user="UADMIN")
        resp, _ = await env.slack.command("mod template-add", user="UADMIN")
        assert resp.status == 200
        (opened,) = await env.fake.wait_for("views.open")
        view = opened.args["view"]
        view = json.loads(view) if isinstance(view, str) else view
        inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
        assert inputs["replace"]["type"] == "static_select"
        refused = _template_submission(view, "follow", "Hello {contact}", None)
        assert (await env.slack.interactive(refused)).status == 200
        (told,) = await env.fake.wait_for("chat.postEphemeral")
        assert "already exists" in told.text and "replace:yes" in told.text
        replacing = _template_submission(view, "follow", "Hello {contact}", "yes")
        assert (await env.slack.interactive(replacing)).status == 200
        done = await env.fake.wait_for("chat.postEphemeral", count=2)
        assert "Template follow replaced" in done[1].text
        assert [c.args["user"] for c in done] == ["UADMIN", "UADMIN"]


async def test_not_in_channel_is_reported_in_mod_setup_without_a_crash(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:#support", user="UADMIN")
        env.fake.fail("chat.postMessage", "not_in_channel")
        shared = await env.ask("rejection share:anonymous")
        assert "Your recovery plan" in shared.text
        await env.fake.wait_for("chat.postMessage")
        setup = await env.ask("mod setup", user="UADMIN")
        assert "cannot post in #support: not in channel: invite the app with /invite @Rebound" in (
            setup.text
        )
        # The app keeps working, and a later successful post clears the problem.
        await env.ask("rejection share:anonymous")
        await env.fake.wait_for("chat.postMessage", lambda c: "_failed" not in c.args)
        cleared = await env.ask("mod setup", user="UADMIN")
        assert "not in channel" not in cleared.text


async def test_rate_limits_are_waited_out(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:#support", user="UADMIN")
        env.fake.fail("chat.postMessage", "ratelimited", retry_after=0)
        await env.ask("rejection share:anonymous")
        posts = await env.fake.wait_for("chat.postMessage", count=2)
        assert posts[0].args["_failed"] == "ratelimited"
        assert "_failed" not in posts[1].args


async def test_admins_are_moderators_and_plain_names_resolve(db_url: str) -> None:
    async with slack_env(db_url) as env:
        refused = await env.ask("mod setup support_channel:#support")
        assert "for moderators" in refused.text
        listed = await env.ask("mod setup moderators:@ana,<@U2|bo>", user="UADMIN")
        assert "@ana" in listed.text and "@bo" in listed.text
        allowed = await env.ask("mod setup wins_channel:#wins", user="U2")
        assert "Wins channel" in allowed.text and "#wins" in allowed.text
        unknown = await env.ask("cheer member:@nobody")
        assert "could not find a member called `@nobody`" in unknown.text


def _in(channel: str):  # type: ignore[no-untyped-def]
    return lambda c: c.args.get("channel") == channel and "_failed" not in c.args


async def test_checkin_prompt_and_a_threaded_answer(db_url: str) -> None:
    async with slack_env(db_url) as env:
        opened = await env.ask("mod checkin-now channel:<#C4|checkins>", user="UADMIN")
        assert "Check-in opened in #checkins" in opened.text
        await env.scheduler.advance_to(env.clock, env.clock.now())
        (prompt,) = await env.fake.wait_for("chat.postMessage", _in("C4"))
        assert "thread_ts" not in prompt.args
        answered = await env.ask('checkin did:"sent 2 applications" mood:4', channel="C4")
        assert "Thanks for checking in to #checkins" in answered.text
        posts = await env.fake.wait_for("chat.postMessage", _in("C4"), count=2)
        reply = posts[1]
        assert reply.args["thread_ts"] == prompt.result["ts"]
        assert "sent 2 applications" in reply.text
        # Answering again edits that reply in the thread: no second message.
        updated = await env.ask('checkin did:"sent 3 applications" mood:5', channel="C4")
        assert "edited to match" in updated.text
        (edit,) = await env.fake.wait_for("chat.update")
        assert edit.args["channel"] == "C4" and edit.args["ts"] == reply.result["ts"]
        assert "sent 3 applications" in edit.text and "Cheer" in json.dumps(edit.args)
        assert len(env.fake.of("chat.postMessage", _in("C4"))) == 2


async def test_a_whole_member_journey(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup support_channel:#support checkin_channel:#checkins", user="UADMIN")
        logged = await env.ask('log applied company:Acme role:"Backend Engineer"')
        assert "Streak: 1 day" in logged.text
        streak = await env.ask("streak")
        assert "Current streak*\n1 day" in streak.text

        plan = await env.ask(
            'rejection company:Acme stage:interview share:anonymous note:"So close"'
        )
        assert "Your recovery plan" in plan.text and "Posting anonymously to #support" in plan.text
        (shared,) = await env.fake.wait_for("chat.postMessage", _in("C2"))
        assert "So close" in shared.text and "ana" not in shared.text.lower()

        await env.slack.interactive(_press(env, shared, "U2"))
        (cheered,) = await env.fake.wait_for(
            "response_url", lambda c: c.args["token"] == "press-U2"
        )
        assert "Cheer sent" in cheered.text
        (note,) = await env.fake.wait_for("chat.postMessage", _in("DU1"))
        assert note.text

        await env.ask("mod checkin-now channel:#checkins", user="UADMIN")
        await env.scheduler.advance_to(env.clock, env.clock.now())
        (prompt,) = await env.fake.wait_for("chat.postMessage", _in("C4"))
        checked = await env.ask('checkin did:"two applications" mood:3', channel="C4")
        assert "Checked in" in checked.text and "Streak: 1 day" in checked.text
        posts = await env.fake.wait_for("chat.postMessage", _in("C4"), count=2)
        assert posts[1].args["thread_ts"] == prompt.result["ts"]

        # The next day the scheduler sends the reflection prompt by direct message.
        dms_before = len(env.fake.of("chat.postMessage", _in("DU1")))
        await env.scheduler.advance_to(env.clock, env.clock.now().replace(day=4))
        dms = await env.fake.wait_for("chat.postMessage", _in("DU1"), count=dms_before + 1)
        assert any("reflect" in d.text.lower() for d in dms[dms_before:])

        # A moderator removes the shared post: its Slack message is withdrawn.
        post_id = plan.text.split("as post ")[1].split(".")[0]
        removed = await env.ask(f"mod remove post:{post_id}", user="UADMIN")
        assert "Removed post" in removed.text
        (deleted,) = await env.fake.wait_for("chat.delete")
        assert deleted.args == {"channel": "C2", "ts": shared.result["ts"]}
        assert not env.fake.of("chat.postMessage", lambda c: "removed by a moderator" in c.text)
