"""`/privacy delete` works by member id, never by display name; moderation records stay.

The audit log names members through their ids, shown with their current names, or as
"a former member" once they erased their data. A mute is the community's record about a
member (kept under legitimate interest, GDPR Art. 17(3)): erasing your data neither lifts
it nor erases its record, and the delete reply says so.
"""

from __future__ import annotations

import json

from adapters.console.adapter import ConsoleResolver
from bot.core.messages import ChannelRef, MemberRef, Message
from tests.support.harness import Community


async def _audit(community: Community) -> str:
    return (await community.reply("mo", "/mod audit")).plain_text()


async def test_taking_a_name_and_deleting_leaves_its_owners_history(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("ana", '/win text:"Offer from Acme"')
    await community.reply("mo", "/mod remove post:1")
    await community.reply("mo", '/mod mute member:@ana days:2 reason:"Spam"')
    before = await _audit(community)
    assert before.count("@ana") == 2
    # eve takes ana's display name (same name, another platform id) and erases her data.
    await community.run("eve", '/log applied note:"hello"')
    renamed = await _run_as(community, "eve", "ana", "/privacy delete confirm:DELETE")
    assert not renamed[0].error, renamed[0].plain_text()
    after = await _audit(community)
    assert after.count("@ana") == 2, after
    assert "a former member" not in after
    assert "Spam" in after
    still = await community.reply("ana", "/cheer member:@mo")
    assert still.error and "muted" in still.plain_text()


async def test_removal_and_mute_entries_follow_renames_and_carry_no_names(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("ana", '/win text:"Offer from Acme"')
    await community.reply("mo", "/mod remove post:1")
    await community.reply("mo", "/mod mute member:@ana days:2")
    await community.reply("mo", "/mod setup moderators:@mo,@mia")
    await _run_as(community, "ana", "AnaNew", "/log applied")
    await _run_as(community, "mia", "MiaNew", "/log applied")
    audit = await _audit(community)
    assert "@AnaNew" in audit and "@MiaNew" in audit
    assert "@ana" not in audit and "@mia" not in audit


async def test_delete_keeps_the_mute_and_says_so(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("mo", '/mod mute member:@ana days:3 reason:"Spam in #support"')
    done = (await community.reply("ana", "/privacy delete confirm:DELETE")).plain_text()
    assert "mute" in done and "stays" in done and "Art. 17(3)" in done
    # Coming back does not escape the mute.
    again = await community.reply("ana", "/cheer member:@mo")
    assert again.error and "muted" in again.plain_text()
    audit = await _audit(community)
    assert "mute · a former member" in audit
    # Moderators can still lift it, by the member's platform name.
    lifted = await community.reply("mo", "/mod unmute member:@ana")
    assert not lifted.error
    shared = await community.reply("ana", "/cheer member:@mo")
    assert not shared.error


async def test_a_timed_mute_of_an_erased_member_still_ends(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod mute member:@ana days:1")
    await community.reply("ana", "/privacy delete confirm:DELETE")
    await community.advance("2026-11-03T10:00:00Z")
    audit = await _audit(community)
    assert "mute expired · a former member" in audit
    assert not (await community.reply("ana", '/cheer member:@bo message:"hi"')).error


async def test_a_deleted_moderator_appears_as_a_former_member(community: Community) -> None:
    community.moderators.update({"mo", "mia"})
    await community.reply("mia", "/mod mute member:@sam days:1")
    await community.reply("mia", "/privacy delete confirm:DELETE")
    audit = await _audit(community)
    assert "a former member · mute · @sam" in audit
    assert "@mia" not in audit


async def test_a_delete_without_a_mute_does_not_mention_one(community: Community) -> None:
    done = (await community.reply("ana", "/privacy delete confirm:DELETE")).plain_text()
    assert "mute" not in done


async def _run_as(community: Community, ref: str, name: str, line: str) -> list[Message]:
    """Run `line` as platform member `ref` whose display name is now `name`."""
    return await community.engine.run_line(
        line,
        community_key=community.key,
        actor=MemberRef(ref, name),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
    )


async def test_the_export_of_entries_about_you_names_no_moderator(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", '/mod mute member:@ana days:1 reason:"Spam"')
    [export] = (await community.reply("ana", "/privacy export")).attachments
    data = json.loads(export.data)
    [entry] = data["tables"]["audit_log"]
    assert entry["action"] == "mute" and entry["target_id"] == data["member"]["id"]
    assert entry["actor_id"] is None and entry["actor_name"] is None
    assert '"mo"' not in export.data.decode()
