"""`/log` (every kind, count, note, applications) and `/goal` weeks, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.kinds import KIND_LABELS, KINDS
from bot.store.models import Activity, Application
from tests.support.harness import Community


def fields(msg) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in msg.fields}


async def rows(community: Community, model):  # type: ignore[no-untyped-def]
    async with community.engine.db.sessions() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def test_every_kind_can_be_logged_with_count_and_note(community: Community) -> None:
    for kind in KINDS:
        reply = await community.reply("ana", f'/log activity:{kind} count:2 note:"for {kind}"')
        assert not reply.error, reply.plain_text()
        assert f"Logged: {KIND_LABELS[kind]} ×2." in reply.plain_text()
    stored = await rows(community, Activity)
    assert [(a.kind, a.count, a.note) for a in stored] == [(k, 2, f"for {k}") for k in KINDS]
    # Ten logs on one day are one active day.
    assert "Streak: 1 day" in (await community.reply("ana", "/log selfcare")).plain_text()


async def test_the_positional_shortcut_logs_a_note(community: Community) -> None:
    reply = await community.reply("ana", "/log applied Backend role at Acme")
    assert "Logged: applied." in reply.plain_text()
    [activity] = await rows(community, Activity)
    assert (activity.kind, activity.note, activity.count) == ("applied", "Backend role at Acme", 1)


async def test_applications_move_through_the_funnel(community: Community) -> None:
    reply = await community.reply("ana", '/log applied company:Acme role:"Backend Engineer"')
    text = reply.plain_text()
    assert "Logged: applied — Acme, Backend Engineer." in text
    assert "Application to Acme is tracked (stage: applied)." in text
    # Applying again to the same company and role is the same application.
    await community.reply("ana", '/log applied company:" acme " role:"Backend Engineer"')
    await community.reply("ana", "/log applied company:Globex")
    await community.advance("2026-11-05T09:00:00Z")
    reply = await community.reply("ana", "/log interviewed company:ACME")
    assert "Application to Acme moved to the interview stage." in reply.plain_text()
    apps = await rows(community, Application)
    assert [(a.company, a.role, a.stage) for a in apps] == [
        ("Acme", "Backend Engineer", "interview"),
        ("Globex", None, "applied"),
    ]
    logged = await rows(community, Activity)
    assert logged[-1].application_id == apps[0].id
    stats = fields(await community.reply("ana", "/stats"))
    # Acme (applied twice, the same application) and Globex: each application counts once.
    assert (stats["Applications"], stats["Interviews"], stats["Offers"]) == ("2", "1", "0")
    # Someone else's applications are their own.
    other = fields(await community.reply("bo", "/stats"))
    assert (other["Applications"], other["Interviews"]) == ("0", "0")


async def test_an_interview_without_an_application_opens_one(community: Community) -> None:
    await community.reply("ana", "/log interviewed company:Initech")
    [app] = await rows(community, Application)
    assert (app.company, app.stage) == ("Initech", "interview")


async def test_goals_set_show_and_remove(community: Community) -> None:
    empty = await community.reply("ana", "/goal")
    assert "no goals yet" in empty.plain_text()
    await community.reply("ana", "/log applied count:2")
    reply = await community.reply("ana", "/goal activity:applied per_week:5")
    assert "Goal set: applied 5 a week. So far this week: 2/5." in reply.plain_text()
    await community.reply("ana", "/goal networked 1")
    log = await community.reply("ana", "/log networked")
    assert "This week: applied 2/5, networked 1/1" in log.plain_text()
    shown = await community.reply("ana", "/goal")
    assert shown.title == "Your goals — week of 2 November"
    assert "applied: ▰▰▰▰▱▱▱▱▱▱ 2/5" in shown.plain_text()
    assert "networked: ▰▰▰▰▰▰▰▰▰▰ 1/1 ✓" in shown.plain_text()
    # Changing a goal keeps one goal; 0 removes it.
    await community.reply("ana", "/goal activity:applied per_week:3")
    assert "applied: ▰▰▰▰▰▰▰▱▱▱ 2/3" in (await community.reply("ana", "/goal")).plain_text()
    removed = await community.reply("ana", "/goal activity:networked per_week:0")
    assert "Removed your weekly goal for networked" in removed.plain_text()
    assert "networked" not in (await community.reply("ana", "/goal")).plain_text()
    again = await community.reply("ana", "/goal networked 0")
    assert again.error and "no weekly goal for networked" in again.plain_text()
    half = await community.reply("ana", "/goal activity:applied")
    assert half.error and "Give both `activity` and `per_week`" in half.plain_text()


async def test_weeks_start_monday_in_the_members_timezone(community: Community) -> None:
    await community.reply("ana", "/settings timezone:America/Los_Angeles")
    await community.reply("ana", "/goal applied 3")
    # Monday 9 November 05:00 UTC is still Sunday evening in Los Angeles.
    await community.advance("2026-11-09T05:00:00Z")
    await community.reply("ana", "/log applied")
    sunday = await community.reply("ana", "/goal")
    assert sunday.title == "Your goals — week of 2 November"
    assert "1/3" in sunday.plain_text()
    # Monday 01:00 in Los Angeles: a new week with nothing logged yet.
    await community.advance("2026-11-09T09:00:00Z")
    monday = await community.reply("ana", "/goal")
    assert monday.title == "Your goals — week of 9 November"
    assert "0/3" in monday.plain_text()


async def test_each_kind_gets_its_own_warm_title(community: Community) -> None:
    titles = {}
    for kind in KINDS:
        reply = await community.reply("ana", f"/log activity:{kind}")
        titles[kind] = reply.title or ""
    assert titles["applied"] == "Application logged ✓"
    assert titles["networked"] == "Networking logged ✓"
    assert titles["selfcare"] == "Self-care logged 💚"
    assert len(set(titles.values())) == len(KINDS), titles
    assert all("logged" in title for title in titles.values())
