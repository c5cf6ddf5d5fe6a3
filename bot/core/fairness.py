"""Serving many communities fairly: round-robin orders for jobs and outbox turns.

A community with thousands of due jobs or waiting messages must not delay a community
with one. `round_robin` orders due jobs as the first of every community, then the second
of each, and so on. `Turns` hands the outbox's waiting rows out in turns: up to `turn`
rows of one community at a time, never two turns of one community at once (its messages
stay in order), the communities in rounds. Both are plain data structures; the
scheduler (`bot.core.scheduler`) does the claiming, sending and settling.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass


def round_robin(rows: Iterable[tuple[int, int]]) -> list[int]:
    """The ids of `(id, community id)` rows given in due order, re-ordered round-robin: the
    first row of every community (in the order of their first rows), then the second row
    of each, and so on. Linear in the number of rows."""
    queues: dict[int, deque[int]] = {}
    for row_id, community_id in rows:
        queues.setdefault(community_id, deque()).append(row_id)
    ready = deque(queues.values())
    order: list[int] = []
    while ready:
        queue = ready.popleft()
        order.append(queue.popleft())
        if queue:
            ready.append(queue)
    return order


@dataclass(frozen=True)
class Row:
    """A waiting outbox row: its id, and the community it is for."""

    id: int
    community_id: int
    community_key: str


class Turns:
    """Waiting outbox rows per community, handed out in turns of at most `turn` rows.

    A community is either ready (waiting for a turn, in round order), busy (a lane is
    serving its turn) or gone (nothing left). `take` gives the next ready community's turn;
    `done` puts it back at the end of the round if it has rows left. Rows found later
    (`add`) join their community's queue, or make it ready. `round_over` says when every
    community known at the last `add` has had a turn since, so new rows are looked for
    once a round, whatever the number of communities.
    """

    def __init__(self, turn: int) -> None:
        self.turn = max(1, turn)
        self._rows: dict[int, deque[Row]] = {}
        self._ready: deque[int] = deque()
        self.busy: set[int] = set()
        self.newest = 0  # the highest row id seen
        self._served = 0  # turns given since the last `add`
        self._round = 0  # communities waiting at the last `add`
        self._changed = asyncio.Event()

    def add(self, rows: Iterable[Row]) -> int:
        """Queue rows newer than any seen before (`rows` in id order); returns how many."""
        added = 0
        for row in rows:
            if row.id <= self.newest:
                continue
            queue = self._rows.get(row.community_id)
            if queue is None:
                queue = self._rows[row.community_id] = deque()
                self._ready.append(row.community_id)
            queue.append(row)
            self.newest = max(self.newest, row.id)
            added += 1
        self._served, self._round = 0, len(self._rows)
        self._changed.set()
        return added

    def take(self) -> tuple[int, list[Row]] | None:
        """The next ready community and up to `turn` of its rows; it is busy until `done`."""
        if not self._ready:
            return None
        community_id = self._ready.popleft()
        queue = self._rows[community_id]
        rows = [queue.popleft() for _ in range(min(self.turn, len(queue)))]
        self.busy.add(community_id)
        self._served += 1
        return community_id, rows

    def done(self, community_id: int, *, drop: bool = False) -> None:
        """The community's turn is over: back to the end of the round if rows are left
        (`drop`: forget them, e.g. while the platform rate-limits the community)."""
        self.busy.discard(community_id)
        queue = self._rows[community_id]
        if drop:
            queue.clear()
        if queue:
            self._ready.append(community_id)
        else:
            del self._rows[community_id]
        self._changed.set()

    @property
    def finished(self) -> bool:
        """Nothing waiting and nothing being served."""
        return not self._ready and not self.busy

    @property
    def round_over(self) -> bool:
        return self._served >= max(1, self._round)

    async def changed(self, within: float) -> bool:
        """Wait until rows were added or a turn ended (True), or `within` seconds passed."""
        self._changed.clear()
        try:
            await asyncio.wait_for(self._changed.wait(), within)
        except TimeoutError:
            return False
        return True
