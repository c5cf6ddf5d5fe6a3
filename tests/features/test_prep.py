"""`/prep`: the research checklist, strengths and the last reflection's advice."""

from __future__ import annotations

from tests.support.harness import Community


async def test_prep_brings_everything_together(community: Community) -> None:
    await community.reply("ana", '/log applied company:Acme role:"Data Analyst"')
    await community.reply("ana", "/strengths add text:Curious")
    await community.reply("ana", '/reflect company:Beta do_differently:"Ask more questions"')
    await community.reply("ana", '/reflect company:Acme do_differently:"Slow down" skill_gap:SQL')
    await community.reply("ana", '/reflect company:Gamma went_well:"Good rapport"')
    reply = await community.reply("ana", "/prep Acme")
    f = {x.name: x.value for x in reply.fields}
    checklist = f["Research checklist"]
    for topic in ("job description", "culture", "Responsibilities", "Qualifications"):
        assert topic in checklist
    assert "Data Analyst" in checklist
    assert "Curious" in f["Your strengths — say them out loud once"]
    assert f["Last time you said you would do differently (Acme)"] == "Slow down"
    assert "SQL" in f["What you are strengthening"]


async def test_prep_without_history_still_helps(community: Community) -> None:
    reply = await community.reply("ana", "/prep company:Nova")
    f = {x.name: x.value for x in reply.fields}
    assert "Nova" in f["Research checklist"]
    assert "/strengths add" in f["Your strengths — say them out loud once"]
    needs = await community.reply("ana", "/prep")
    assert needs.error and "company" in needs.text
