"""Check-in regressions from the outside review: "none" is not a blocker, clashing
schedules are refused with the other schedule's id, and every post and reply reads well."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.features.checkins.runs import is_no_blocker
from bot.store.models import CheckinSchedule
from tests.features.test_checkins import posts, prompts, setup, summaries
from tests.support.harness import Community as Driver


def test_no_blocker_words_are_recognised_and_real_blockers_are_not() -> None:
    for text in ("none", "None.", " NO ", "n/a", "N/A!", "na", "-", "—", "nothing", "Nope!!"):
        assert is_no_blocker(text), text
    for text in ("all good", "All good :)", "nothing really", "no blockers", "..."):
        assert is_no_blocker(text), text
    for text in ("no replies from recruiters", "none of my referrals answered", "nervous"):
        assert not is_no_blocker(text), text


def test_no_blocker_is_recognised_in_every_language_members_answer_in() -> None:
    for text in ("Nada.", "ninguno", "Nichts!", "alles gut", "Rien", "RAS", "Não", "tudo certo"):
        assert is_no_blocker(text), text
    for text in ("nada de respuestas", "keine Antwort vom Recruiter", "rien de Globex"):
        assert not is_no_blocker(text), text


async def test_trivial_blockers_are_never_listed_in_the_summary(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00 summary_after_hours:2")
    answers = {
        "ana": "none",
        "bo": "N/A.",
        "cy": "-",
        "dee": "Nope!",
        "eve": "all good",
        "fay": "nothing",
        "gus": "No recruiter replies",
    }
    for name, blocker in answers.items():
        reply = await community.reply(name, f'/checkin did:stuff blocker:"{blocker}"', channel="c")
        assert not reply.error, reply.text
    [summary] = summaries(await community.advance("2026-11-02T11:00:00Z"), "c")
    blockers = {f.name: f.value for f in summary.fields}["Blockers — can anyone help?"]
    assert blockers == "• gus: No recruiter replies"
    assert "7 members checked in" in summary.text


async def test_only_trivial_blockers_means_no_blockers_section(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00 summary_after_hours:2")
    await community.reply("ana", "/checkin did:applied blocker:none", channel="c")
    [summary] = summaries(await community.advance("2026-11-02T11:00:00Z"), "c")
    assert summary.fields == []
    assert "Blockers" not in summary.plain_text() and "none" not in summary.plain_text()


async def schedule_count(community: Driver) -> int:
    async with community.engine.db.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(CheckinSchedule)) or 0)


async def test_a_clashing_schedule_is_refused_with_the_other_id(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:weekdays time:10:00")
    clashes = (
        "channel:#c cadence:daily time:10:00",
        "channel:#c cadence:weekly day:wed time:10:00",
    )
    for line in clashes:
        reply = await community.reply("mo", f"/mod checkin-schedule {line}")
        assert reply.error, line
        text = reply.plain_text()
        assert "Check-in 1 already runs in #c every weekday at 10:00" in text
        assert "two prompts at once" in text
        assert "`/mod checkin-cancel id:1`" in text
    assert await schedule_count(community) == 1
    # No shared weekday, another time or another channel: no clash.
    for line in (
        "channel:#c cadence:weekly day:sat time:10:00",
        "channel:#c cadence:weekdays time:17:00",
        "channel:#other cadence:daily time:10:00",
    ):
        reply = await community.reply("mo", f"/mod checkin-schedule {line}")
        assert not reply.error, (line, reply.text)
    assert await schedule_count(community) == 4


async def test_another_schedule_in_the_channel_is_pointed_out(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:weekdays time:09:00")
    reply = await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:17:00")
    assert not reply.error
    assert "Note: check-in 1 also runs in #c every weekday at 09:00." in reply.text
    assert "`/mod checkin-cancel id:1`" in reply.text
    alone = await community.reply("mo", "/mod checkin-schedule channel:#d cadence:daily time:17:00")
    assert "Note:" not in alone.text


async def test_schedule_reply_is_punctuated_sentences(community: Driver) -> None:
    community.moderators.add("mo")
    reply = await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00")
    assert "Each one closes when the next one opens, and I post its summary then." in reply.text
    assert "opens with a summary" not in reply.text
    timed = await community.reply(
        "mo", "/mod checkin-schedule channel:#d cadence:daily time:10:00 summary_after_hours:6"
    )
    assert (
        "Each one closes after 6 hours, or when the next one opens if that is sooner, and I "
        "post its summary then." in timed.text
    )


async def test_a_manual_and_a_scheduled_check_in_on_one_day_read_differently(
    community: Driver,
) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00 summary_after_hours:2")
    await community.advance("2026-11-03T09:00:00Z")
    await community.advance("2026-11-03T14:30:00Z")
    now = await community.run("mo", "/mod checkin-now channel:#c")
    assert "It closes Wed 4 Nov 09:00 UTC, and I post its summary then." in now[-1].text
    sent = await community.advance("2026-11-04T09:00:00Z")
    titles = [m.title for m in community.sent if m.title and "3 November" in m.title]
    assert titles == [
        "Check-in · Tuesday 3 November, 09:00",
        "Check-in summary · Tuesday 3 November, 09:00",
        "Check-in · Tuesday 3 November, 14:30 (extra)",
        "Check-in summary · Tuesday 3 November, 14:30 (extra)",
    ]
    assert len(set(titles)) == len(titles)
    assert prompts(sent, "c") == ["Check-in · Wednesday 4 November, 09:00"]
    assert all(m.channel is not None for m in posts(sent, "c"))


async def test_a_check_in_opened_at_the_scheduled_minute_still_reads_differently(
    community: Driver,
) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:10:00")
    await community.advance("2026-11-03T10:00:00Z")
    # In #c itself it is refused: the scheduled one stays open (test_checkins_hold).
    await community.run("mo", "/mod checkin-now channel:#d")
    titles = [m.title for m in community.sent if m.title and "3 November" in m.title]
    assert titles == [
        "Check-in · Tuesday 3 November, 10:00",
        "Check-in · Tuesday 3 November, 10:00 (extra)",
    ]
