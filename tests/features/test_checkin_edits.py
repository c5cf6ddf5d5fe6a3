"""An updated check-in answer edits its message in the thread: members read the answer
as it is now, and no second message appears."""

from __future__ import annotations

from tests.features.test_checkins import posts, setup
from tests.support.harness import Community as Driver
from tests.support.harness import transcript

SCHEDULE = "channel:#c cadence:daily time:09:00 summary_after_hours:2"


async def test_an_updated_answer_edits_its_thread_message(community: Driver) -> None:
    await setup(community, "UTC", SCHEDULE)
    first = await community.run("ana", '/checkin did:"one application"', channel="c")
    (answer,) = posts(first, "c")
    again = await community.run("ana", '/checkin did:"two applications" mood:4', channel="c")
    (edit,) = [m for m in again if m.edit_ref]
    assert edit.edit_ref == f"msg-{answer.post_id}"
    assert edit.post_id == answer.post_id and edit.thread_ref == answer.thread_ref
    assert "Did: two applications" in edit.text and "Mood: 4/5" in edit.text
    assert [m for m in posts(again) if not m.edit_ref] == [], "no second message"
    reply = next(m for m in again if m.kind.value == "reply")
    assert "edited" in reply.text.lower()


async def test_the_console_shows_the_edit(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "!mod mo",
                f"mo: /mod checkin-schedule {SCHEDULE}",
                'ana in #c: /checkin did:"first try"',
                'ana in #c: /checkin did:"second try"',
            ]
        ),
    )
    edits = [r for r in out if r.get("edited")]
    assert len(edits) == 1 and "Did: second try" in edits[0]["text"]
    assert edits[0]["channel"] == "#c"
