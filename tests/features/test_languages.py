"""Which language Rebound speaks, and bad language input (issue: languages).

The member's `/settings language:` first, then the platform locale their command came
with, then the community's `/mod setup language:`, then the community's platform locale,
then English. Private replies and DMs use the member's; channel posts the community's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.core import support
from bot.core.i18n import tr
from bot.core.messages import Kind
from bot.store.models import Community as CommunityRow
from bot.store.models import Member
from tests.support.harness import Community

EN, ES, DE, FR, PT = tr("en"), tr("es"), tr("de"), tr("fr"), tr("pt-BR")
NAMES = ("en", "es", "de", "fr", "pt-BR", "auto")


async def _language_of(community: Community, user: str) -> str | None:
    async with community.engine.db.sessions() as session:
        return await session.scalar(select(Member.language).where(Member.platform_id == user))


async def test_an_unknown_language_lists_the_supported_ones_and_changes_nothing(
    community: Community,
) -> None:
    await community.reply("ana", "/settings language:es")
    refused = await community.reply("ana", "/settings language:xx timezone:Europe/Berlin")
    assert refused.error
    assert all(f"{name}" in refused.text for name in NAMES), refused.text
    assert "`xx`" in refused.text
    assert await _language_of(community, "ana") == "es"
    shown = await community.reply("ana", "/settings")
    assert shown.title == ES("settings-title")
    zone = next(f.value for f in shown.fields if f.name == ES("settings-field-timezone"))
    assert "Europe/Berlin" not in zone


async def test_mod_setup_refuses_an_unknown_language_and_changes_nothing(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup language:de")
    refused = await community.reply("mo", "/mod setup language:klingon weekly_goal:9")
    assert refused.error and all(n in refused.text for n in NAMES[:5])
    async with community.engine.db.sessions() as session:
        row = await session.scalar(select(CommunityRow))
    assert row is not None and row.language == "de" and row.weekly_goal is None


async def test_a_members_language_outranks_the_communitys_and_auto_follows_it_again(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup language:fr support_channel:#support")
    assert (await community.reply("ana", "/settings")).title == FR("settings-title")
    chosen = await community.reply("ana", "/settings language:pt-BR")
    assert chosen.title == PT("settings-title")
    assert (await community.reply("ana", "/streak")).title == PT("streak-title-own")
    back = await community.reply("ana", "/settings language:auto")
    assert back.title == FR("settings-title")


async def test_channel_posts_use_the_community_language_and_replies_the_members(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup language:de support_channel:#support")
    await community.reply("ana", "/settings language:es")
    messages = await community.run("ana", "/rejection company:Globex stage:interview share:public")
    [post] = [m for m in messages if m.kind is Kind.POST]
    [reply] = [m for m in messages if m.kind is Kind.REPLY]
    assert post.title == DE("rejection-post-title", name="ana")
    assert ES("rejection-shared") in reply.plain_text()
    # A cheer's DM reaches its receiver in the receiver's language, not the sender's.
    await community.reply("bo", "/settings language:fr")
    cheered = await community.run("ana", "/cheer member:@bo")
    [dm] = [m for m in cheered if m.kind is Kind.DM]
    assert dm.title == FR("cheer-got-title")


async def test_the_crisis_net_answers_in_the_members_language_whatever_language_they_write(
    community: Community,
) -> None:
    await community.reply("ana", "/settings language:de")
    messages = await community.run("ana", '/log applied note:"ya no quiero vivir"')
    assert messages[0].title == DE(support.TITLE)
    assert "0800 111 0 111" in messages[0].text and "findahelpline.com" in messages[0].text
    assert not [m for m in messages if m.kind is Kind.POST]


async def test_a_moderators_template_has_a_language_the_communitys_by_default(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup language:de")
    await community.reply("mo", '/mod template-add name:danke body:"Danke, {contact}!"')
    await community.reply(
        "mo", '/mod template-add name:thanks language:en body:"Thanks, {contact}!"'
    )
    await community.reply("ana", "/settings language:es")
    shown = (await community.reply("ana", "/template name:danke contact:Sam")).plain_text()
    assert "Danke, Sam!" in shown
    assert ES("template-written-in", language="Deutsch") in shown
    listed = (await community.reply("ana", "/template")).plain_text()
    assert "danke" in listed and "Deutsch" in listed and "English" in listed
    # A member who reads the template's own language is not told which language it is.
    await community.reply("bo", "/settings language:en")
    same = (await community.reply("bo", "/template name:thanks contact:Sam")).plain_text()
    assert "Thanks, Sam!" in same and "English" not in same


async def test_settings_and_wins_say_their_values_in_the_members_language(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins support_channel:#support")
    await community.reply("ana", "/settings language:de")
    changed = (await community.reply("ana", "/settings cheers_via:channel")).plain_text()
    assert DE("settings-changed-cheers-via", via=DE("settings-via-channel")) in changed
    messages = await community.run("ana", '/win text:"Offer from Initech" company:Initech')
    [post] = [m for m in messages if m.kind is Kind.POST]
    await community.reply("mo", f"/mod remove post:{post.post_number}")
    wins = (await community.reply("ana", "/wins")).plain_text()
    assert DE("win-removed-by-moderator") in wins and "removed by a moderator" not in wins


async def test_buddy_pairing_is_audited_in_the_communitys_language(community: Community) -> None:
    """Audit details are written in the community's language, like every other entry: a
    German community's pairing entries say so in German, not "nobody enrolled"."""
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup language:de")
    await community.reply("mo", "/mod pair")
    await community.reply("mo", "/mod pair schedule:weekly day:tue time:10:30")
    await community.reply("mo", "/mod pair schedule:off")
    audit = (await community.reply("mo", "/mod audit")).plain_text()
    assert DE("buddy-audit-nobody") in audit
    assert DE("buddy-audit-weekly", day=DE.date(date(2024, 1, 2), "EEEE"), time="10:30") in audit
    assert DE("buddy-audit-off") in audit
    assert "nobody enrolled" not in audit and "weekly tue" not in audit


async def test_a_moderator_who_follows_the_community_reads_its_new_language_at_once(
    community: Community,
) -> None:
    """`/mod setup language:de` changes the language of a moderator without their own
    setting too, so its reply already speaks German, as `/settings language:` does for
    a member; a moderator with their own language keeps it."""
    community.moderators.update({"mo", "eva"})
    shown = await community.reply("mo", "/mod setup language:de")
    assert shown.title == DE("setup-title")
    assert DE("setup-field-support-channel") in shown.plain_text()
    await community.reply("eva", "/settings language:fr")
    kept = await community.reply("eva", "/mod setup language:es")
    assert kept.title == FR("setup-title")
