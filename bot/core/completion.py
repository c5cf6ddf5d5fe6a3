"""Autocomplete: suggestions for an option that names a completion source."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.registry import Registry
from bot.store.db import Database
from bot.store.models import Community


class Completions:
    """Answers adapters' autocomplete requests from the registry's completers."""

    def __init__(self, db: Database, registry: Registry) -> None:
        self.db = db
        self.registry = registry

    async def complete(self, community_key: str, source: str, prefix: str) -> list[str]:
        """Suggestions for an option's autocomplete source (template names, timezones...)."""
        fn = self.registry.completers.get(source)
        if fn is None:
            return []
        async with self.db.read_sessions() as session, session.begin():
            community = await session.scalar(
                select(Community).where(Community.key == community_key)
            )
            return (await fn(session, community, prefix))[:25]
