"""`/reflect`: the guided questions, learning goals from skill gaps, the thank-you nudge."""

from __future__ import annotations

from bot.features.catalog import REGISTRY
from tests.support.harness import Community


def fields(msg) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in msg.fields}


async def test_reflect_is_a_modal_and_alone_shows_the_questions(community: Community) -> None:
    assert REGISTRY["reflect"].modal
    reply = await community.reply("ana", "/reflect")
    assert not reply.error and reply.modal == "reflect"
    for question in ("went well", "differently", "confident", "body language", "skill"):
        assert question in reply.text
    streak = await community.reply("ana", "/streak")
    assert "Current streak: 0 days" in streak.plain_text()


async def test_skill_gap_becomes_a_learning_goal(community: Community) -> None:
    reply = await community.reply(
        "ana", '/reflect company:Acme went_well:"My project story" skill_gap:"SQL window functions"'
    )
    assert "SQL window functions" in fields(reply)["Learning goal added"]
    goals = await community.reply("ana", "/goal")
    assert "Learning goals: 1. SQL window functions\n" in goals.plain_text()
    assert "Streak: 1 day" in fields(reply)["Showing up counts"]


async def test_followed_up_no_suggests_the_thank_you(community: Community) -> None:
    await community.reply("ana", '/log interviewed company:Acme role:"Data Analyst"')
    reply = await community.reply("ana", "/reflect company:Acme followed_up:no")
    suggestion = fields(reply)["Send a thank-you — it is not too late"]
    assert suggestion.startswith("Subject: Thank you for today's conversation — Data Analyst")
    assert "Acme" in suggestion and "post-interview-thank-you" in suggestion
    done = await community.reply("ana", "/reflect company:Acme followed_up:yes")
    assert "Send a thank-you — it is not too late" not in fields(done)


async def test_low_scores_suggest_practice_and_scores_are_checked(community: Community) -> None:
    reply = await community.reply("ana", "/reflect clear_confident:2 nonverbal:4")
    assert "mock-interview" in fields(reply)["Practice helps"]
    bad = await community.reply("ana", "/reflect clear_confident:6")
    assert bad.error and "between 1 and 5" in bad.text
