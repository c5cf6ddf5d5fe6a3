"""Command declarations: what a form asks, how usage shows values, how groups are described."""

from __future__ import annotations

import pytest

from bot.core.context import Ctx
from bot.core.declarations import MAX_MODAL_FIELDS, Feature, Option, OptType
from bot.features.catalog import REGISTRY
from tests.support.declare import options_class


async def _noop(ctx: Ctx, opts: dict) -> None:
    ctx.reply("ok")


TEXT = [Option(f"q{i}", OptType.STRING, f"question {i}") for i in range(7)]


@pytest.mark.parametrize(
    ("kwargs", "options", "problem"),
    [
        ({"modal": True, "modal_fields": ("q0", "q1", "q2", "q3", "q4", "q5")}, TEXT, "at most"),
        ({"modal": True, "modal_fields": ("q0", "nope")}, TEXT, "'nope' is not an option"),
        ({"modal": True, "modal_fields": ("q0", "q0")}, TEXT, "repeats"),
        ({"modal_fields": ("q0",)}, TEXT, "needs modal=True"),
        (
            {"modal": True, "modal_fields": ("q0",)},
            [*TEXT, Option("must", OptType.STRING, "needed", required=True)],
            "required ['must']",
        ),
    ],
)
def test_a_form_declaration_is_checked_when_declared(
    kwargs: dict, options: list[Option], problem: str
) -> None:
    feature = Feature("zz-test")
    with pytest.raises(RuntimeError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        feature.command("zz-form-test", "A test form.", options_class(*options), **kwargs)(_noop)
    assert feature.commands == []


def test_every_declared_form_fits_the_smallest_platform() -> None:
    for cmd in REGISTRY.values():
        assert len(cmd.modal_fields) <= MAX_MODAL_FIELDS, cmd.name
    assert REGISTRY["reflect"].modal_fields == (
        "company",
        "went_well",
        "do_differently",
        "followed_up",
        "skill_gap",
    )


def test_usage_shows_values_the_way_people_write_them() -> None:
    assert REGISTRY["mod remove"].usage() == "/mod remove post:number"
    assert "time:HH:MM" in REGISTRY["mod checkin-schedule"].usage()
    assert "[time:HH:MM]" in REGISTRY["mod pair"].usage()
    assert "[mood:1-5]" in REGISTRY["checkin"].usage()
    assert Option("n", OptType.INTEGER, "n", min=1, max=10**6).describe() == "[n:number]"
    assert Option("n", OptType.INTEGER, "n").describe() == "[n:number]"
    assert Option("when", OptType.STRING, "a date", shape="YYYY-MM-DD").describe() == (
        "[when:YYYY-MM-DD]"
    )
    for cmd in REGISTRY.values():
        assert ":integer" not in cmd.usage() and "2147483647" not in cmd.usage(), cmd.name


def test_every_group_without_a_command_has_a_description() -> None:
    rootless = [
        n for n in REGISTRY.top_level_names() if n not in REGISTRY and REGISTRY.subcommands(n)
    ]
    assert set(rootless) == set(REGISTRY.groups)
    for name in rootless:
        assert REGISTRY.group_help(name) == REGISTRY.groups[name]
    assert REGISTRY.group_help("strengths") == REGISTRY["strengths"].help
