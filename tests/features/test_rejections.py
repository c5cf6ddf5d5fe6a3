"""`/rejection`: the recovery plan, the reflection prompt the next day, and sharing.

The anonymity guarantee is checked by searching every message the cheerer and the
channel see (and moderators' ordinary commands) for the author's name.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import Kind, Message
from bot.features.rejections import REFRAME, SELF_CARE
from bot.store.models import Application, Job, Rejection
from tests.support.harness import Community, transcript


def fields(msg: Message) -> dict[str, str]:
    return {f.name: f.value for f in msg.fields}


async def setup_support(c: Community) -> None:
    c.moderators.add("mo")
    msg = await c.reply("mo", "/mod setup support_channel:#support wins_channel:#wins")
    assert not msg.error, msg.plain_text()


async def test_recovery_plan_has_every_part(community: Community) -> None:
    await community.reply("ana", '/log applied company:Acme role:"Data Analyst"')
    await community.reply("ana", '/strengths add text:"Calm under pressure"')
    reply = await community.reply("ana", "/rejection company:Acme stage:interview")
    assert not reply.error
    f = fields(reply)
    assert f["1. Take time to process"] == SELF_CARE[0]
    email = f["2. Ask for feedback — ready to copy"]
    assert email.startswith("Subject: ")
    assert "Acme" in email and "Data Analyst" in email and "[contact]" in email
    assert email.rstrip().endswith("ana")
    assert "Calm under pressure" in f["3. Remember your strengths"]
    assert "10:00" in f["4. Reflect tomorrow"] and "DM" in f["4. Reflect tomorrow"]
    assert REFRAME in reply.text
    assert f["Showing up counts"] == "Your streak: 1 day (best 1)"
    async with community.engine.db.sessions() as s:
        stage = await s.scalar(select(Application.stage).where(Application.company == "Acme"))
    assert stage == "rejected"


async def test_self_care_varies_deterministically(community: Community) -> None:
    seen = []
    for company in ("Acme", "Beta", "Gamma"):
        reply = await community.reply("ana", f"/rejection company:{company}")
        seen.append(fields(reply)["1. Take time to process"])
    assert seen == list(SELF_CARE[:3])
    assert len(set(seen)) == 3


async def test_no_strengths_invites_adding_one(community: Community) -> None:
    reply = await community.reply("ana", "/rejection")
    assert "/strengths add" in fields(reply)["3. Remember your strengths"]
    assert "[company]" in fields(reply)["2. Ask for feedback — ready to copy"]


async def test_reflection_prompt_arrives_next_local_morning(community: Community) -> None:
    await community.reply("ana", "/settings timezone:Europe/Berlin")
    await community.reply("ana", "/rejection company:Acme")
    # 10:00 in Berlin on 3 November is 09:00 UTC.
    assert await community.advance("2026-11-03T08:59:00Z") == []
    sent = await community.advance("2026-11-03T09:00:00Z")
    assert len(sent) == 1
    dm = sent[0]
    assert dm.kind is Kind.DM and dm.to is not None and dm.to.name == "ana"
    assert "What went well?" in dm.text and '/reflect company:"Acme"' in dm.text


async def test_no_prompt_when_already_reflected(community: Community) -> None:
    await community.reply("ana", "/rejection company:Acme")
    await community.reply("ana", '/reflect company:Acme went_well:"good stories"')
    assert await community.advance("2026-11-04T09:00:00Z") == []


async def test_share_without_support_channel_stays_private(community: Community) -> None:
    messages = await community.run("ana", "/rejection company:Acme share:public")
    assert [m.kind for m in messages] == [Kind.REPLY]
    kept = fields(messages[0])
    assert "Shared" not in kept, "a rejection that was not posted is never labelled shared"
    assert "no support channel" in kept["Kept private"]
    assert "/mod setup support_channel:" in kept["Kept private"]
    async with community.engine.db.sessions() as s:
        share = await s.scalar(select(Rejection.share))
    assert share == "private"


async def test_public_share_names_the_member(community: Community) -> None:
    await setup_support(community)
    messages = await community.run("ana", "/rejection company:Acme stage:final share:public")
    post = next(m for m in messages if m.kind is Kind.POST)
    assert post.channel is not None and post.channel.name == "support"
    assert "@ana" in post.text and "Acme" in post.text and "final round" in post.text
    assert post.post_id is not None and f"/cheer post:{post.post_id}" in post.text
    assert post.buttons[0].label == "Cheer"
    assert post.buttons[0].args == {"post": str(post.post_id)}


async def test_muted_member_keeps_the_rejection_private_but_logged(community: Community) -> None:
    await setup_support(community)
    await community.reply("mo", '/mod mute member:@ana days:2 reason:"Too many posts"')
    messages = await community.run("ana", "/rejection company:Acme share:anonymous")
    assert [m.kind for m in messages] == [Kind.REPLY] and not messages[0].error
    kept = fields(messages[0])["Kept private"]
    assert "muted you" in kept and "Reason given: Too many posts." in kept
    assert "Shared" not in fields(messages[0])
    async with community.engine.db.sessions() as s:
        share, post = (await s.execute(select(Rejection.share, Rejection.post_id))).one()
        assert (share, post) == ("private", None)
        assert await s.scalar(select(Job.id).where(Job.kind == "reflection-prompt")) is not None
        stage = await s.scalar(select(Application.stage).where(Application.company == "Acme"))
    assert stage == "rejected"


async def test_anonymous_post_never_reveals_the_author(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "!mod mo",
                "mo: /mod setup support_channel:#support",
                "zelda: /strengths add text:Kind",
                'zelda: /rejection company:Acme stage:final share:anonymous note:"So close"',
                'quincy: /cheer post:1 message:"You will get there" strength:Brave',
                "mo: /mod audit",
                "mo: /mod stats",
                "mo: /mod remove post:1",
                "mo: /mod audit",
            ]
        ),
    )
    post = next(o for o in out if o["type"] == "post")
    assert post["channel"] == "#support" and post["post_id"] == 1
    assert "So close" in post["text"]
    assert "Acme" not in post["text"]  # a company can give someone away
    assert post["buttons"] == [{"label": "Cheer", "command": "/cheer post:1"}]
    seen_by_others = [o for o in out if o["to"] not in ("zelda",)]
    assert any(o["to"] == "quincy" for o in seen_by_others)
    for o in seen_by_others:
        assert "zelda" not in o["text"].lower(), o
    dm = next(o for o in out if o["type"] == "dm" and o["to"] == "zelda")
    assert "You will get there" in dm["text"] and "quincy" not in dm["text"]
    plan = next(o for o in out if o["to"] == "zelda" and o["line"] == 4)
    assert "Posting anonymously to #support as post 1" in plan["text"]


async def test_stats_funnel_and_normalising_line(community: Community) -> None:
    await community.reply("ana", "/log applied company:Acme")
    await community.reply("ana", "/log applied company:Beta")
    await community.reply("ana", "/rejection company:Acme stage:interview")
    alone = await community.reply("ana", "/stats")
    f = fields(alone)
    assert (f["Applications"], f["Interviews"], f["Rejections"], f["Offers"]) == (
        "2",
        "1",
        "1",
        "0",
    )
    assert "only one here" in alone.text
    await community.reply("bo", "/rejection")
    together = await community.reply("ana", "/stats")
    assert together.text == "2 members logged a rejection this month — you are not alone."
