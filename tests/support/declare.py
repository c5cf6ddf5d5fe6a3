"""Declaring throwaway commands in tests: an options dataclass made from `Option` values."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.core.declarations import Option, option


def options_class(*options: Option) -> type[Any]:
    """A frozen options dataclass with `options` as its fields, in order."""
    fields = [
        (
            o.name,
            Any,
            option(
                o.type,
                o.help,
                required=o.required,
                choices=o.choices,
                min=o.min,
                max=o.max,
                max_length=o.max_length,
                autocomplete=o.autocomplete,
                crisis_check=o.crisis_check,
                shape=o.shape,
            ),
        )
        for o in options
    ]
    return dataclasses.make_dataclass("TestOptions", fields, frozen=True)
