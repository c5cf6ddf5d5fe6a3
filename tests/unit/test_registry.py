"""The registry is a value built from a list of features: subsets work, duplicates are refused."""

from __future__ import annotations

import pytest

from bot.core.declarations import Feature, NoOptions
from bot.core.registry import Registry
from bot.features import help, streaks
from bot.features.catalog import FEATURES, REGISTRY


async def _noop(ctx: object, opts: NoOptions) -> None:
    return None


def test_a_registry_of_a_subset_knows_only_those_commands() -> None:
    small = Registry((help.feature, streaks.feature))
    assert set(small) == {"help", "streak", "pause"}
    assert small.top_level_names() == ["help", "pause", "streak"]
    assert "log" not in small and "log" in REGISTRY
    assert small.features == ("help", "streaks")


def test_the_app_registry_holds_every_feature_once() -> None:
    assert len(REGISTRY.features) == len(FEATURES) == len({f.name for f in FEATURES})
    assert {"checkin", "mod setup", "privacy delete"} <= set(REGISTRY)


def test_a_command_declared_by_two_features_is_refused() -> None:
    twin = Feature("twin")
    twin.command("help", "Another help.", NoOptions)(_noop)
    with pytest.raises(RuntimeError, match="/help is declared twice"):
        Registry((help.feature, twin))


def test_a_job_kind_registered_by_two_features_is_refused() -> None:
    one, two = Feature("one"), Feature("two")
    one.job("tick")(_noop)
    two.job("tick")(_noop)
    with pytest.raises(RuntimeError, match="'tick' is registered twice"):
        Registry((one, two))


def test_included_parts_are_registered_with_their_feature() -> None:
    part = Feature("outer.part")
    part.job("inner-tick")(_noop)
    outer = Feature("outer", includes=(part,), group_help={"outer": "The outer group"})
    registry = Registry((outer,))
    assert "inner-tick" in registry.jobs
    assert registry.group_help("outer") == "The outer group"
