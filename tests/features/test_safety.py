"""Safety: the crisis detector, crisis privacy end to end, mentions, flood and length limits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import safety, support
from bot.core.declarations import NOTE_LIMIT, SHORT_LIMIT, TEMPLATE_LIMIT
from bot.core.engine import finish
from bot.core.i18n import LANGUAGES, tr
from bot.core.messages import Field, Kind, Message
from bot.core.sanitizer import clean
from bot.features.catalog import REGISTRY
from tests.features.test_authz import invoke, required_options, sample_value, snapshot
from tests.support.harness import Community, transcript

# --- the crisis detector ----------------------------------------------------------------

TRUE_POSITIVES = [
    "I want to kill myself",
    "honestly I could kill myself",
    "I've been thinking about suicide a lot",
    "feeling SUICIDAL after this one",
    "I don't want to be alive anymore",
    "i dont want to live like this",
    "I just want to end it all",
    "thinking about ending my life",
    "I’m going to take my own life",  # curly apostrophe
    "I want to die",
    "I wish I was dead",
    "everyone would be better off without me",
    "I can't go on like this",
    "there is no reason to live",
    "life is not worth living",
    "I keep hurting myself when it gets bad",
    "I want to hurt myself",
    "self-harm again last night",
    "i might just kms",
    "I'm going to take an overdose",
    "thinking of jumping off a bridge",
    "I   want\nto   die",  # odd spacing
    "they'd be better off without me",
    # aimed at someone else: a worried friend, or harassment (never sent to anyone)
    "just kill yourself already",
    "don't kill yourself lol",
    "go kill urself",
    "kys",
    "KYS, nobody wants you here",
    "go die",
    "go die in a fire",
    "you should die",
    "you should just die",
    "I hope you die",
    "hope u die tbh",
    "hang yourself",
    "unalive yourself",
    "go neck yourself",
    "slit your wrists",
    "the world is better off without you",
    "my friend said she wants to kill herself",
]

FALSE_POSITIVES = [
    "this commute is killing me",
    "I killed it in the interview",
    "dead tired after three interviews",
    "the deadline is killing me",
    "dying to hear back from Acme",
    "my laptop died mid-interview",
    "I almost died of embarrassment",
    "watched Suicide Squad to unwind",  # a film title: decided not crisis (see bot/core/safety.py)
    "taking that offer would be career suicide",
    "did suicide prevention training as a volunteer",
    "I shot myself in the foot with that answer",
    "cut myself some slack today",
    "I hurt myself at the gym",
    "ran 5 kms before the interview",
    "I can't go on the trip next week",
    "overdosed on coffee before the panel",
    "killer portfolio review",
    "no point applying there again",
    # everyday idioms aimed at someone else
    "knock yourself out with the mock questions",
    "you killed it in the interview",
    "you're killing it this week",
    "don't beat yourself up about it",
    "hang in there, it will come",
    "go dive into the docs",
    "hope you die laughing at this meme",
    "you shot yourself in the foot there",
    "shoot yourself a reminder email",
    "cut yourself some slack",
    "you'll die of boredom in that job",
    "go dye your hair",
    "my phone should die soon",
    "the old process should die",
    "KYC checks took a week",
    "the sky's the limit",
    "take the day off yourself",
    "drop-dead gorgeous portfolio",
    "we are better off without them",
    "",
]


@pytest.mark.parametrize("text", TRUE_POSITIVES)
def test_crisis_language_is_recognised(text: str) -> None:
    assert safety.contains_crisis_language(text)


@pytest.mark.parametrize("text", FALSE_POSITIVES)
def test_everyday_hyperbole_is_not_crisis_language(text: str) -> None:
    assert not safety.contains_crisis_language(text)


def test_a_benign_phrase_does_not_hide_a_real_one() -> None:
    assert safety.contains_crisis_language("career suicide, and honestly I want to die")


# --- crisis text is kept private and stored nowhere -------------------------------------

WORD = "quokkazz"
CRISIS = f"I want to end my life, {WORD} would not even notice"


async def stored_anywhere(community: Community, word: str) -> list[str]:
    dump = await snapshot(community.engine)
    return [f"{t}: {row}" for t, rows in dump.items() for row in rows if word in row.lower()]


async def test_crisis_note_in_log_and_shared_rejection_is_stored_nowhere(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support wins_channel:#wins")
    sent: list[Message] = []
    sent += await community.run("ana", f'/log activity:applied note:"{CRISIS}"')
    sent += await community.run(
        "ana", f'/rejection company:Acme stage:final note:"{CRISIS}" share:public'
    )
    sent += await community.run("ana", f'/win text:"{CRISIS}"')
    assert sent[0].title == "You are not alone" and sent[0].ephemeral
    assert "findahelpline.com" in sent[0].text
    crisis_replies = [m for m in sent if m.title == "You are not alone"]
    assert len(crisis_replies) == 3
    assert not any(m.kind is Kind.POST for m in sent)
    assert all(m.ephemeral or m.kind is Kind.DM for m in sent)
    assert not any(WORD in m.plain_text().lower() for m in sent)
    # The rest of the command still happened, privately: the log counts for the streak.
    assert "Current streak: 1 day" in (await community.reply("ana", "/streak")).plain_text()
    later = await community.advance("2026-11-09T09:00:00Z")
    assert not any(m.kind is Kind.POST for m in later)
    assert not any(WORD in m.plain_text().lower() for m in later)
    assert await stored_anywhere(community, WORD) == []


SUPPORT_TITLES = {tr(lang)(support.TITLE) for lang in LANGUAGES}


async def test_every_command_keeps_crisis_text_private(community: Community) -> None:
    """Whoever declares a command: crisis text in any free-text option is never kept."""
    community.moderators.add("mo")
    engine = community.engine
    await community.reply(
        "mo", "/mod setup support_channel:#support wins_channel:#wins checkin_channel:#general"
    )
    await community.run("bo", "/log applied")
    text = f"suicidal {WORD}"
    tried = []
    for cmd in sorted(REGISTRY.values(), key=lambda c: c.name):
        screened = [
            o.name
            for o in cmd.options
            if o.is_free_text and o.crisis_check and len(text) <= (o.max_length or 0)
        ]
        if not screened:
            continue
        options = {o.name: sample_value(cmd, o.name, public=True) for o in cmd.options}
        options.update(dict.fromkeys(screened, text))
        messages = await invoke(engine, "mo", cmd.name, options, platform_moderator=True)
        shown = [m.plain_text() for m in messages]
        # In the language `/mod setup language:` or `/settings language:` chose by then.
        assert messages[0].title in SUPPORT_TITLES, (cmd.name, shown)
        assert not any(m.kind is Kind.POST for m in messages), (cmd.name, shown)
        assert all(m.ephemeral or m.kind is Kind.DM for m in messages), (cmd.name, shown)
        assert not any(WORD in s.lower() for s in shown), (cmd.name, shown)
        tried.append(cmd.name)
    assert {"log", "rejection", "win", "cheer", "reflect"} <= set(tried)
    later = await community.advance("2026-11-12T09:00:00Z")
    assert not any(WORD in m.plain_text().lower() for m in later)
    assert await stored_anywhere(community, WORD) == []


async def test_a_muted_member_in_crisis_still_gets_the_support_reply(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.reply("mo", "/mod mute member:@ana days:2")
    messages = await community.run("ana", f'/rejection note:"{CRISIS}" share:public')
    assert messages[0].title == "You are not alone" and not messages[0].error
    # The plan comes privately; it says the mute kept it from being shared.
    assert messages[1].title == "Your recovery plan" and "muted" in messages[1].plain_text()
    assert not any(m.kind is Kind.POST for m in messages)
    assert await stored_anywhere(community, WORD) == []


async def test_required_crisis_text_skips_the_command_and_says_so(community: Community) -> None:
    messages = await community.run("ana", f'/strengths add text:"{CRISIS}"')
    assert [m.title for m in messages] == ["You are not alone"]
    assert "`/strengths add` needs `text`, so it did not go ahead" in messages[0].text
    listed = await community.reply("ana", "/strengths")
    assert WORD not in listed.plain_text().lower()
    assert await stored_anywhere(community, WORD) == []


# --- mentions -------------------------------------------------------------------------

# What Discord or Slack would turn into a ping if it reached them unchanged.
ACTIONABLE = re.compile(r"<[!@]|@(?:everyone|here)|@(?:channel|all)\b", re.IGNORECASE)
MENTIONS = st.one_of(
    st.sampled_from(
        [
            *("@everyone", "@here", "@EveryOne", "@channel", "@all", "@everyones", "x@here"),
            *("<!channel>", "<!here>", "<!everyone>", "<!here|here>"),
        ]
    ),
    st.from_regex(r"<@&[0-9]{1,19}>", fullmatch=True),
    st.from_regex(r"<@!?[0-9]{1,19}>", fullmatch=True),
    st.from_regex(r"<@[UW][A-Z0-9]{2,11}>", fullmatch=True),
    st.from_regex(r"<!subteam\^S[A-Z0-9]{2,11}(\|[a-z-]{1,12})?>", fullmatch=True),
)
TEXT = st.lists(st.one_of(st.text(max_size=12), MENTIONS), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_no_mention_survives_the_sanitizer(text: str) -> None:
    msg = finish(Message(kind=Kind.POST, text=text, title=text, fields=[Field(text, text)]))
    for part in (msg.text, msg.title or "", msg.fields[0].name, msg.fields[0].value):
        assert not ACTIONABLE.search(part), part
        # Still readable: only invisible zero-width spaces were added to the clean text
        # (no direction controls, masked links or runs of blank lines: `clean`).
        assert part.replace("\u200b", "") == clean(text).replace("\u200b", "")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="@<")))
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert safety.neutralise(text) == text


@pytest.mark.parametrize(
    "text", ["ana@example.com", "meet @ 5pm", "a < b and c > d", "email me: bo@allstate.com"]
)
def test_everyday_at_signs_and_brackets_are_unchanged(text: str) -> None:
    assert safety.neutralise(text) == text


async def test_member_text_in_a_post_cannot_ping(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\nmo: /mod setup wins_channel:#wins\n"
        'ana: /win text:"@everyone I got it! <!channel> <@&42> <!subteam^S1|devs>"\n',
    )
    post = next(o for o in out if o["type"] == "post")
    assert "I got it!" in post["text"] and not ACTIONABLE.search(post["text"])


# --- flood limits ---------------------------------------------------------------------


async def test_flood_limit_per_member_on_shared_posts(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    for minute in range(5):
        await community.advance(f"2026-11-02T09:0{minute}:00Z")
        shared = await community.run("ana", f"/rejection company:C{minute} share:public")
        assert any(m.kind is Kind.POST for m in shared)
    await community.advance("2026-11-02T09:05:00Z")
    sixth = await community.run("ana", "/rejection company:C5 share:public")
    assert not any(m.kind is Kind.POST for m in sixth), "not shared"
    (plan,) = [m for m in sixth if m.kind is Kind.REPLY]
    assert "5 posts in the last 10 minutes" in plan.plain_text()
    assert "share again from 09:10" in plan.plain_text()
    # Another member is not held back by ana's burst.
    other = await community.run("bo", "/rejection company:Acme share:public")
    assert any(m.kind is Kind.POST for m in other)
    await community.advance("2026-11-02T09:10:00Z")
    again = await community.run("ana", "/rejection company:C5 share:public")
    assert any(m.kind is Kind.POST for m in again)


# --- length limits --------------------------------------------------------------------


def test_every_free_text_option_has_the_contract_limit() -> None:
    for cmd in REGISTRY.values():
        for opt in cmd.options:
            if not opt.is_free_text:
                continue
            assert opt.max_length is not None and 0 < opt.max_length <= TEMPLATE_LIMIT, (
                cmd.name,
                opt.name,
            )
            if opt.name in {"note", "did", "next", "blocker", "went_well", "do_differently"}:
                assert opt.max_length == NOTE_LIMIT, (cmd.name, opt.name)
            if cmd.name.startswith("mod template") and opt.name == "body":
                assert opt.max_length == TEMPLATE_LIMIT, (cmd.name, opt.name)
            if opt.name in {"company", "role", "contact"}:
                assert opt.max_length <= SHORT_LIMIT, (cmd.name, opt.name)


async def test_text_beyond_any_limit_is_refused_clearly_and_changes_nothing(
    community: Community,
) -> None:
    engine = community.engine
    await community.run("mo", "/help")
    before = await snapshot(engine)
    checked = 0
    for cmd in REGISTRY.values():
        for opt in cmd.options:
            if not opt.is_free_text or opt.max_length is None:
                continue
            options = {**required_options(cmd), opt.name: "x" * (opt.max_length + 1)}
            [msg] = await invoke(engine, "mo", cmd.name, options, platform_moderator=True)
            assert msg.error and msg.ephemeral, (cmd.name, opt.name)
            assert f"`{opt.name}`" in msg.text and f"limit is {opt.max_length}" in msg.text
            assert "shorten" in msg.text
            checked += 1
    assert checked >= 20
    assert await snapshot(engine) == before


async def test_a_long_note_in_the_console_names_the_limit(db_url: str) -> None:
    out = await transcript(db_url, f'ana: /log applied note:"{"a" * 1001}"\nana: /stats\n')
    assert out[0]["error"] and "1001 characters long; the limit is 1000" in out[0]["text"]
    assert "Applications: 0" in out[1]["text"]
