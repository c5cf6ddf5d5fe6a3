"""Feedback templates: listing, rendering, follow-up reminders, moderators' own templates."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.declarations import TEMPLATE_LIMIT
from bot.core.messages import Kind
from bot.features.templates import BUILTIN_NAMES
from bot.store.models import AuditEntry
from tests.support.harness import Community, transcript

NAMES = (
    "feedback-request",
    "application-feedback-request",
    "feedback-follow-up",
    "thank-you-after-rejection",
    "stay-in-touch",
    "post-interview-thank-you",
    "network-reach-out",
)


async def test_list_shows_the_seven_builtins(community: Community) -> None:
    reply = await community.reply("ana", "/template")
    for name in NAMES:
        assert name in reply.plain_text()
    assert set(BUILTIN_NAMES) == set(NAMES)


async def test_every_builtin_renders_as_a_complete_email(community: Community) -> None:
    for name in NAMES:
        reply = await community.reply(
            "ana", f'/template name:{name} company:Acme contact:Sam role:"Data Analyst"'
        )
        text = reply.text
        assert text.startswith("Subject: "), name
        subject, body = text.split("\n\n", 1)
        assert "Acme" in subject or "Data Analyst" in subject, name
        assert "{" not in text and "[" not in text, name
        assert body.startswith("Hi Sam,"), name
        assert body.rstrip().endswith("ana"), name
        assert "Acme" in text, name
        assert not reply.fields, name  # nothing left to fill in
        assert len(body.split()) < 160, f"{name} should stay concise"


async def test_feedback_request_asks_for_positive_or_critical_feedback(
    community: Community,
) -> None:
    reply = await community.reply("ana", "/template name:feedback-request company:Acme")
    text = reply.text.lower()
    assert "thank you" in text and "feedback" in text
    assert "positive or critical" in text and "future roles" in text


async def test_missing_values_stay_visible(community: Community) -> None:
    reply = await community.reply("ana", "/template feedback-request")
    assert "[company]" in reply.text and "[contact]" in reply.text and "[role]" in reply.text
    fill = {f.name: f.value for f in reply.fields}["Before you send"]
    assert "[role]" in fill and "[contact]" in fill and "[company]" in fill


async def test_unknown_template_names_the_choices(community: Community) -> None:
    reply = await community.reply("ana", "/template name:nope")
    assert reply.error and "feedback-request" in reply.text


async def test_remind_days_sends_a_follow_up_dm(db_url: str) -> None:
    out = await transcript(
        db_url,
        "ana: /template name:feedback-request company:Acme remind_days:7\n"
        "!time 2026-11-09T09:59:00Z\n"
        "!time 2026-11-09T10:00:00Z\n",
    )
    assert "Monday 9 November" in out[0]["text"]
    dms = [o for o in out if o["type"] == "dm"]
    assert len(dms) == 1
    assert dms[0]["to"] == "ana" and dms[0]["line"] == 3
    assert "A week ago" in dms[0]["text"] and "Acme" in dms[0]["text"]


async def test_moderators_add_and_remove_templates(community: Community) -> None:
    community.moderators.add("mo")
    denied = await community.reply("ana", "/mod template-add name:x body:hi")
    assert denied.error and "moderators" in denied.text
    added = await community.reply(
        "mo",
        '/mod template-add name:referral-thanks title:"Thank you, {contact}" '
        'body:"Hi {contact},\\n\\nThank you for referring me to {company}.\\n\\n{my_name}"',
    )
    assert not added.error, added.text
    listed = await community.reply("ana", "/template")
    assert "referral-thanks" in listed.plain_text()
    rendered = await community.reply("ana", "/template name:referral-thanks company:Acme")
    assert rendered.text == (
        "Subject: Thank you, [contact]\n\nHi [contact],\n\nThank you for referring me to "
        "Acme.\n\nana"
    )
    removed = await community.reply("mo", "/mod template-remove name:referral-thanks")
    assert not removed.error
    gone = await community.reply("ana", "/template name:referral-thanks")
    assert gone.error
    async with community.engine.db.sessions() as s:
        actions = list(await s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["template-add", "template-remove"]


async def test_template_add_validates(community: Community) -> None:
    community.moderators.add("mo")
    cases = {
        "/mod template-add name:Bad_Name body:hi": "lowercase letters",
        '/mod template-add name:ok body:"Hi {manager}"': "{manager}",
        "/mod template-add name:feedback-request body:hi": "built-in",
        f"/mod template-add name:long body:{'x' * (TEMPLATE_LIMIT + 1)}": str(TEMPLATE_LIMIT),
    }
    for line, expected in cases.items():
        reply = await community.reply("mo", line)
        assert reply.error and expected in reply.text, (line, reply.text)
    ok = await community.reply("mo", f"/mod template-add name:long body:{'x' * TEMPLATE_LIMIT}")
    assert not ok.error
    builtin = await community.reply("mo", "/mod template-remove name:stay-in-touch")
    assert builtin.error and "built-in" in builtin.text
    missing = await community.reply("mo", "/mod template-remove name:never-added")
    assert missing.error


async def test_template_names_autocomplete(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod template-add name:feedback-thanks body:Thanks")
    found = await community.engine.completions.complete(community.key, "templates", "feedback")
    assert found[:3] == ["feedback-request", "feedback-follow-up", "feedback-thanks"]
    assert await community.engine.completions.complete(community.key, "templates", "stay") == [
        "stay-in-touch"
    ]


async def test_rendered_template_is_private(community: Community) -> None:
    messages = await community.run("ana", "/template name:stay-in-touch company:Acme")
    assert [m.kind for m in messages] == [Kind.REPLY]
    assert messages[0].ephemeral


async def test_adding_over_an_existing_name_asks_for_replace_yes(community: Community) -> None:
    community.moderators.add("mo")
    first = await community.reply("mo", '/mod template-add name:follow body:"Hi {contact}"')
    assert first.title == "Template follow added"
    for line in (
        '/mod template-add name:follow body:"Hello {contact}"',
        '/mod template-add name:follow body:"Hello {contact}" replace:no',
    ):
        refused = await community.reply("mo", line)
        assert refused.error, refused.text
        assert "already exists" in refused.text and "replace:yes" in refused.text, refused.text
    kept = await community.reply("ana", "/template name:follow contact:Sam")
    assert kept.text == "Hi Sam"
    replaced = await community.reply(
        "mo", '/mod template-add name:follow body:"Hello {contact}" replace:yes'
    )
    assert not replaced.error and replaced.title == "Template follow replaced", replaced.text
    now = await community.reply("ana", "/template name:follow contact:Sam")
    assert now.text == "Hello Sam"
    async with community.engine.db.sessions() as s:
        actions = list(await s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["template-add", "template-replace"]


async def test_replace_yes_on_a_new_name_simply_adds_it(community: Community) -> None:
    community.moderators.add("mo")
    added = await community.reply("mo", "/mod template-add name:fresh body:Thanks replace:yes")
    assert not added.error and added.title == "Template fresh added", added.text
