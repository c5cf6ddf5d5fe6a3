"""A member logs activity and sees the streak move, on both backends."""

from tests.support.harness import Community, transcript


async def test_log_then_streak(community: Community) -> None:
    reply = await community.reply("ana", "/log applied Backend role at Acme")
    assert "Streak: 1 day" in reply.plain_text()
    await community.advance("2026-11-03T09:00:00Z")
    reply = await community.reply("ana", "/log networked")
    assert "Streak: 2 days" in reply.plain_text()


async def test_bad_kind_changes_nothing(db_url: str) -> None:
    out = await transcript(db_url, "ana: /log dance\nana: /stats\n")
    assert out[0]["error"] is True
    assert "applied, networked" in out[0]["text"]
    assert "Applications: 0" in out[1]["text"]
