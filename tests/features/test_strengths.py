"""`/strengths`: add, list, remove by number."""

from __future__ import annotations

from tests.support.harness import Community


async def test_add_list_remove(community: Community) -> None:
    empty = await community.reply("ana", "/strengths")
    assert "empty" in empty.text
    await community.reply("ana", '/strengths add text:"Calm under pressure"')
    await community.reply("ana", "/strengths add Explaining things simply")
    listed = await community.reply("ana", "/strengths")
    assert "1. Calm under pressure" in listed.text
    assert "2. Explaining things simply" in listed.text
    removed = await community.reply("ana", "/strengths remove number:1")
    assert "Calm under pressure" in removed.text
    listed = await community.reply("ana", "/strengths")
    assert "1. Explaining things simply" in listed.text and "Calm" not in listed.text


async def test_errors_change_nothing(community: Community) -> None:
    await community.reply("ana", "/strengths add text:Curious")
    dup = await community.reply("ana", "/strengths add text:curious")
    assert dup.error and "already" in dup.text
    missing = await community.reply("ana", "/strengths remove number:3")
    assert missing.error and "your list has 1" in missing.text
    listed = await community.reply("ana", "/strengths")
    assert listed.text.startswith("1. Curious\n\n")


async def test_strengths_are_per_member(community: Community) -> None:
    await community.reply("ana", "/strengths add text:Curious")
    other = await community.reply("bo", "/strengths")
    assert "Curious" not in other.text


async def test_the_same_strength_in_other_spacing_or_case_is_refused(
    community: Community,
) -> None:
    await community.run("bo", '/cheer member:@ana strength:"Calm under pressure"')
    twice = await community.reply("ana", '/strengths add text:"calm  under   PRESSURE"')
    assert twice.error and "already on your list" in twice.text
    listed = (await community.reply("ana", "/strengths")).text
    assert listed.lower().count("calm under pressure") == 1
