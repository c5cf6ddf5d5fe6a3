"""Discord limits: every declared command and every long reply fit what Discord accepts."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord.commands import TYPEABLE, build_commands, command_path, modal_options
from adapters.discord.render import (
    DESCRIPTION_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    MESSAGE_TOTAL_LIMIT,
    TITLE_LIMIT,
    render,
)
from bot.core.messages import Attachment, Button, Field, Kind, MemberRef, Message
from bot.core.undelivered import OTHER_DMS_CLOSED, OWN_DMS_CLOSED, dm_fallback
from bot.features.catalog import REGISTRY

NAME = re.compile(r"^[-_a-z0-9]{1,32}$")


def _check_options(where: str, options: list[dict[str, Any]]) -> None:
    assert len(options) <= 25, where
    names = [o["name"] for o in options]
    assert len(names) == len(set(names)), where
    seen_optional = False
    for opt in options:
        assert NAME.match(opt["name"]), (where, opt["name"])
        assert 1 <= len(opt["description"]) <= 100, (where, opt["name"])
        if opt.get("type") in (1, 2):
            _check_options(f"{where} {opt['name']}", opt.get("options", []))
            continue
        assert len(opt.get("choices", [])) <= 25, (where, opt["name"])
        assert not (opt.get("choices") and opt.get("autocomplete")), (where, opt["name"])
        if opt["required"]:
            assert not seen_optional, f"{where}: required {opt['name']} after an optional one"
        else:
            seen_optional = True


def test_every_declared_command_fits_discord() -> None:
    commands = build_commands(REGISTRY)
    assert len(commands.payload) <= 100
    for cmd in commands.payload:
        assert NAME.match(cmd["name"]), cmd["name"]
        assert 1 <= len(cmd["description"]) <= 100, cmd["name"]
        _check_options(cmd["name"], cmd["options"])
    # Every declared command is reachable, and found again from its Discord path.
    assert sorted(commands.paths.values()) == sorted(REGISTRY)
    for path, name in commands.paths.items():
        data: dict[str, Any] = {"name": path[0], "options": []}
        node = data["options"]
        for depth, part in enumerate(path[1:], start=1):
            child = {"name": part, "type": 1 if depth == len(path) - 1 else 2, "options": []}
            node.append(child)
            node = child["options"]
        found, _ = command_path(data)
        assert commands.resolve(found) == name
    for cmd in REGISTRY.values():
        if cmd.modal:
            asked = modal_options(cmd)
            assert 1 <= len(asked) <= 5, cmd.name
            assert all(o.type in TYPEABLE for o in asked), cmd.name
            assert {o.name for o in cmd.options if o.required} <= {o.name for o in asked}


def test_a_form_asks_what_its_declaration_names() -> None:
    reflect = REGISTRY["reflect"]
    assert [o.name for o in modal_options(reflect)] == list(reflect.modal_fields)
    assert "followed_up" in reflect.modal_fields
    # A form that declares nothing gets the fallback: required options first.
    template_add = REGISTRY["mod template-add"]
    assert not template_add.modal_fields
    assert {"name", "body"} <= {o.name for o in modal_options(template_add)}


def test_groups_without_a_command_are_described_by_their_declaration() -> None:
    commands = build_commands(REGISTRY)
    described = {c["name"]: c["description"] for c in commands.payload}
    for group, text in REGISTRY.groups.items():
        assert described[group] == text
    assert described["strengths"] == REGISTRY["strengths"].help


def test_group_root_becomes_its_list_subcommand() -> None:
    commands = build_commands(REGISTRY)
    strengths = next(c for c in commands.payload if c["name"] == "strengths")
    assert "default_member_permissions" not in strengths
    assert commands.resolve(("strengths", REGISTRY["strengths"].group_root_name)) == "strengths"


def _fits(pages: list[Any]) -> None:
    for page in pages:
        assert len(page.embeds) <= EMBEDS_PER_MESSAGE
        assert sum(len(e) for e in page.embeds) <= MESSAGE_TOTAL_LIMIT
        for embed in page.embeds:
            assert len(embed.title or "") <= TITLE_LIMIT
            assert len(embed.description or "") <= DESCRIPTION_LIMIT
            assert len(embed.fields) <= FIELD_COUNT_LIMIT
            for f in embed.fields:
                assert 0 < len(f.name or "") <= FIELD_NAME_LIMIT
                assert 0 < len(f.value or "") <= FIELD_VALUE_LIMIT


words = st.text(alphabet="abcdefghij \n", min_size=0, max_size=9000)


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(max_size=400),
    text=words,
    fields=st.lists(st.tuples(st.text(max_size=300), words), max_size=40),
)
def test_long_replies_are_split_within_limits_and_lose_nothing(
    title: str, text: str, fields: list[tuple[str, str]]
) -> None:
    msg = Message(
        kind=Kind.REPLY,
        title=title or None,
        text=text,
        fields=[Field(n, v) for n, v in fields],
    )
    pages = render(msg)
    _fits(pages)
    shown = "".join(
        (e.description or "") + "".join(f.value for f in e.fields)
        for page in pages
        for e in page.embeds
    )
    expected = text + "".join(v for _, v in fields)
    assert re.sub(r"\s", "", shown).replace("\u200b", "") == re.sub(r"\s", "", expected)


def test_picture_buttons_and_mentions() -> None:
    msg = Message(
        kind=Kind.POST,
        title="Your streak",
        text="Seven days!",
        attachments=[Attachment("streak.png", b"\x89PNG", "image/png", alt="heatmap")],
        buttons=[Button("Cheer", "cheer", {"post": "12"})],
    )
    (page,) = render(msg)
    kwargs = page.kwargs()
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert page.embeds[0].image.url == "attachment://streak.png"
    assert [f.filename for f in page.files] == ["streak.png"]
    assert page.view is not None and page.view.timeout is None
    (item,) = page.view.children
    assert getattr(item, "custom_id", None) == "rb:cheer:post=12"


def test_a_bounced_direct_message_is_explained_in_the_engines_words() -> None:
    ana, bo = MemberRef("1", "ana"), MemberRef("2", "Bogdan")
    own = Message(kind=Kind.DM, text="Your export is ready.", title="Export", to=ana)
    shown = dm_fallback(own, ana)
    assert shown.kind is Kind.REPLY and shown.ephemeral and shown.title == "Export"
    assert shown.text == f"Your export is ready.\n\n*{OWN_DMS_CLOSED}*"
    other = dm_fallback(Message(kind=Kind.DM, text="ana cheered you", to=bo), ana)
    assert other.kind is Kind.REPLY and other.ephemeral and other.to == ana
    # The sender is not shown the receiver's DM, nor their name (they may be anonymous).
    assert other.text == OTHER_DMS_CLOSED and "Bogdan" not in other.text


def test_a_long_picture_description_is_cut_to_discords_1024_characters() -> None:
    alt = "Calendar of the last 12 weeks. " * 60  # about 1,900 characters
    msg = Message(
        kind=Kind.REPLY,
        text="Your streak",
        attachments=[Attachment("streak.png", b"\x89PNG", "image/png", alt=alt)],
    )
    (page,) = render(msg)
    (file,) = page.files
    assert file.description is not None
    assert 0 < len(file.description) <= 1024
    assert file.description.startswith("Calendar of the last 12 weeks.")


def test_a_long_field_continues_under_its_own_name_numbered_in_no_language() -> None:
    """Discord caps a field's value at 1024 characters, so a longer one continues in
    further fields. Their names number the parts ("Notas (2)"): a Spanish reader is never
    shown an English "(continued)"."""
    value = "una nota larga " * 200  # about 3,000 characters: three fields
    (page,) = render(Message(kind=Kind.REPLY, text="", fields=[Field("Notas", value)]))
    names = [f.name for e in page.embeds for f in e.fields]
    assert names == ["Notas", "Notas (2)", "Notas (3)"]
