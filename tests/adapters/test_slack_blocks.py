"""Block Kit rendering keeps within Slack's limits and reads the way members type commands."""

from __future__ import annotations

from adapters.slack.blocks import (
    FIELD_TEXT,
    HEADER_TEXT,
    MAX_BLOCKS,
    MAX_FIELDS,
    MAX_VIEW_BLOCKS,
    SECTION_TEXT,
    Blocks,
    block_text,
    submitted_values,
)
from bot.core.declarations import Feature, NoOptions
from bot.core.messages import Button, Field, Kind, Message
from bot.core.registry import Registry
from bot.features.catalog import REGISTRY

BLOCKS = Blocks(REGISTRY)
render = BLOCKS.render
home_view = BLOCKS.home_view
modal_view = BLOCKS.modal_view


def _all_blocks(msg: Message) -> list[dict]:
    return [b for part in render(msg) for b in part.blocks]


def test_long_replies_split_into_messages_within_every_limit() -> None:
    paragraph = "Keep going — every application is practice. " * 40
    msg = Message(
        kind=Kind.REPLY,
        title="A very long title " * 20,
        text="\n\n".join(f"{i}. {paragraph}" for i in range(80)),
        fields=[Field(f"Field {i}", f"value {i}", inline=True) for i in range(25)]
        + [Field("Long", "word " * 2000)],
        buttons=[Button("Cheer", "cheer", {"post": "7"})],
    )
    parts = render(msg)
    assert len(parts) > 1
    for part in parts:
        assert len(part.blocks) <= MAX_BLOCKS
        for block in part.blocks:
            if block["type"] == "header":
                assert len(block["text"]["text"]) <= HEADER_TEXT
            if block["type"] == "section" and "text" in block:
                assert len(block["text"]["text"]) <= SECTION_TEXT
            if block["type"] == "section" and "fields" in block:
                assert len(block["fields"]) <= MAX_FIELDS
                assert all(len(f["text"]) <= FIELD_TEXT for f in block["fields"])
    blocks = [b for part in parts for b in part.blocks]
    assert sum(1 for b in blocks if b["type"] == "header") == 1
    text = "\n".join(block_text(b) for b in blocks)
    assert all(f"{i}. Keep going" in text for i in range(80)), "no paragraph was lost"
    assert all(f"*Field {i}*" in text for i in range(25))
    assert blocks[-1]["type"] == "actions"
    assert blocks[-1]["elements"][0]["action_id"] == "rb:cheer:post=7"


def test_member_text_is_escaped_and_commands_read_as_slack_commands() -> None:
    msg = Message(kind=Kind.REPLY, text="Try `/log applied` <3 & see https://example.org/help")
    (part,) = render(msg)
    text = part.blocks[0]["text"]["text"]
    assert "`/rebound log applied`" in text
    assert "&lt;3 &amp; see https://example.org/help" in text


def test_error_replies_are_marked() -> None:
    msg = Message(kind=Kind.REPLY, text="That went wrong.", error=True)
    assert block_text(_all_blocks(msg)[0]).startswith(":warning:")


def test_every_modal_command_has_a_form_that_round_trips() -> None:
    modal_commands = [c for c in REGISTRY.values() if c.modal]
    assert modal_commands, "some command is declared with a form"
    for cmd in modal_commands:
        view = modal_view(cmd, {"channel_id": "C1"})
        assert len(view["title"]["text"]) <= 24
        inputs = [b for b in view["blocks"] if b["type"] == "input"]
        own = [b["block_id"] for b in inputs if "~" not in b["block_id"]]  # not continuations
        assert own == [o.name for o in cmd.options]
        state = {}
        for opt in cmd.options:
            if opt.choices:
                state[opt.name] = {
                    "value": {"type": "static_select", "selected_option": {"value": opt.choices[0]}}
                }
            elif opt.type.value == "string":
                state[opt.name] = {"value": {"type": "plain_text_input", "value": 'say "hi" there'}}
        values = submitted_values(cmd, state)
        assert set(values) == set(state)
        for opt in cmd.options:
            if opt.type.value == "string":
                assert values[opt.name] == 'say "hi" there'


def test_command_names_come_from_the_engines_registry() -> None:
    feature = Feature("tiny")

    @feature.command("ping", "Ping.", NoOptions)
    async def ping(ctx: object, opts: NoOptions) -> None:
        return None

    tiny = Blocks(Registry([feature]))
    (part,) = tiny.render(Message(kind=Kind.REPLY, text="Try `/ping`, not `/log`."))
    assert "`/rebound ping`, not `/log`" in part.blocks[0]["text"]["text"]


def test_home_view_lays_out_the_engines_messages_with_slack_command_names() -> None:
    messages = [
        Message(kind=Kind.REPLY, title="Your Rebound", text="Log one with `/log applied`."),
        Message(kind=Kind.REPLY, title="Recent wins", text="2 Nov — <b>offer</b> & more"),
    ]
    view = home_view(messages)
    assert view["type"] == "home"
    assert [b["type"] for b in view["blocks"]] == [
        "header",
        "section",
        "divider",
        "header",
        "section",
    ]
    text = "\n".join(block_text(b) for b in view["blocks"])
    assert "`/rebound log applied`" in text
    assert "&lt;b&gt;offer&lt;/b&gt; &amp; more" in text


def test_home_view_stays_within_the_view_block_limit() -> None:
    many = [
        Message(kind=Kind.REPLY, title=f"Part {i}", fields=[Field(f"f{j}", "v") for j in range(4)])
        for i in range(60)
    ]
    view = home_view(many)
    assert len(view["blocks"]) <= MAX_VIEW_BLOCKS
    assert block_text(view["blocks"][0]) == "Part 0"
    assert view["blocks"][-1]["type"] != "divider"


def test_the_template_form_takes_a_body_as_long_as_the_command_does() -> None:
    """Slack caps one text box at 3,000 characters; the body of `/mod template-add` may be
    4,000, so the form continues it in a second box and joins the two."""
    cmd = REGISTRY.get("mod template-add")
    assert cmd is not None and cmd.option("body").max_length == 4000
    view = modal_view(cmd, {"channel_id": "C1"})
    boxes = [b for b in view["blocks"] if b["type"] == "input" and b["block_id"].startswith("body")]
    assert sum(b["element"]["max_length"] for b in boxes) == 4000
    assert all(b["element"]["max_length"] <= 3000 for b in boxes)
    first, rest = "a" * 3000, "b" * 1000
    state = {
        "name": {"value": {"type": "plain_text_input", "value": "long-one"}},
        boxes[0]["block_id"]: {"value": {"type": "plain_text_input", "value": first}},
        boxes[1]["block_id"]: {"value": {"type": "plain_text_input", "value": rest}},
    }
    assert submitted_values(cmd, state)["body"] == first + rest
