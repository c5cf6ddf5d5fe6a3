"""The activity kinds members log, and how replies name them."""

from __future__ import annotations

from typing import Any

from bot.core.declarations import Feature

feature = Feature("activity.kinds")

KINDS = (
    "applied",
    "networked",
    "learned",
    "practiced",
    "interviewed",
    "followed_up",
    "researched",
    "resume",
    "selfcare",
    "volunteered",
)

KIND_LABELS = {
    "applied": "applied",
    "networked": "networked",
    "learned": "learned something",
    "practiced": "practised (mock interview or questions)",
    "interviewed": "interviewed",
    "followed_up": "followed up",
    "researched": "researched a company",
    "resume": "worked on CV, LinkedIn or portfolio",
    "selfcare": "took care of yourself",
    "volunteered": "volunteered",
}


@feature.completer("kinds")
async def complete_kinds(_session: Any, _community: Any, prefix: str) -> list[str]:
    return [k for k in KINDS if k.startswith(prefix.lower())]
