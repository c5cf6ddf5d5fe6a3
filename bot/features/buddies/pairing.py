"""The practice-buddy pairing algorithm: a small minimum-cost matching, pure.

A greedy first pass, then pair swaps until no swap lowers the cost. Costs, largest
first: leaving out the member who sat out last time (they go first), repeating a pair
from the previous round, a different purpose, a recent (older) pair, and the distance
between UTC offsets. Because last round's pairs form a matching, one swap can always
undo a repeat when a third member exists, so a repeat happens only when nobody else is
available. With an odd number, one member sits out.

No database and no clock: inputs are plain values (`Candidate`, `PastPair`), so the
rules are tested without a store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

PRIORITY_OUT = 100_000
REPEAT_LAST = 10_000
PURPOSE_MISMATCH = 200
RECENT_REPEAT = 50
PER_HALF_HOUR = 1  # UTC offset distance, at most 52 half hours


@dataclass(frozen=True)
class Candidate:
    id: int
    purpose: str | None = None
    offset_minutes: int = 0
    priority: bool = False


@dataclass
class Matching:
    pairs: list[tuple[Candidate, Candidate]]
    left_out: Candidate | None


@dataclass(frozen=True)
class PastPair:
    """A pair from an earlier round: the round's number and the two member ids."""

    round: int
    member_a_id: int
    member_b_id: int


def partner_history(
    past: Iterable[PastPair], last_round: int
) -> tuple[dict[int, int], set[frozenset[int]]]:
    """Who was paired with whom in `last_round`, and every pair seen in `past`."""
    last_partner: dict[int, int] = {}
    recent: set[frozenset[int]] = set()
    for p in past:
        recent.add(frozenset((p.member_a_id, p.member_b_id)))
        if p.round == last_round:
            last_partner[p.member_a_id] = p.member_b_id
            last_partner[p.member_b_id] = p.member_a_id
    return last_partner, recent


def pair_cost(
    a: Candidate | None,
    b: Candidate | None,
    last_partner: dict[int, int],
    recent: set[frozenset[int]],
) -> int:
    """The cost of pairing `a` with `b`; None stands for sitting out."""
    if a is None or b is None:
        other = a or b
        return PRIORITY_OUT if other is not None and other.priority else 0
    total = 0
    if last_partner.get(a.id) == b.id or last_partner.get(b.id) == a.id:
        total += REPEAT_LAST
    elif frozenset((a.id, b.id)) in recent:
        total += RECENT_REPEAT
    if a.purpose and b.purpose and a.purpose != b.purpose:
        total += PURPOSE_MISMATCH
    total += PER_HALF_HOUR * (abs(a.offset_minutes - b.offset_minutes) // 30)
    return total


class _Costs:
    """`pair_cost` bound to one round's history."""

    def __init__(self, last_partner: dict[int, int], recent: set[frozenset[int]]) -> None:
        self.last_partner = last_partner
        self.recent = recent

    def __call__(self, a: Candidate | None, b: Candidate | None) -> int:
        return pair_cost(a, b, self.last_partner, self.recent)


def pair_members(
    candidates: list[Candidate],
    last_partner: dict[int, int],
    recent: set[frozenset[int]],
) -> Matching:
    """Pair `candidates`; `last_partner` is the previous round, `recent` older pairs."""
    ordered = sorted(candidates, key=lambda c: (not c.priority, c.purpose is None, c.id))
    people: list[Candidate | None] = list(ordered)
    if len(people) % 2:
        people.append(None)  # whoever is paired with None sits out this round
    cost = _Costs(last_partner, recent)
    pairs = _greedy_pairs(people, cost)
    _improve_by_swaps(pairs, cost)
    return _matching(pairs)


def _greedy_pairs(people: list[Candidate | None], cost: _Costs) -> list[list[Candidate | None]]:
    """Pair each person in order with the cheapest partner still free."""
    pairs: list[list[Candidate | None]] = []
    free = list(people)
    while free:
        a = free.pop(0)
        best = min(range(len(free)), key=lambda i: cost(a, free[i]))
        pairs.append([a, free.pop(best)])
    return pairs


def _improve_by_swaps(pairs: list[list[Candidate | None]], cost: _Costs) -> None:
    """Swap partners between two pairs while that lowers the total cost."""
    improved = True
    while improved:
        improved = False
        for i in range(len(pairs)):
            for j in range(i + 1, len(pairs)):
                a, b = pairs[i]
                c, d = pairs[j]
                current = cost(a, b) + cost(c, d)
                for p, q, r, s in ((a, c, b, d), (a, d, b, c)):
                    if cost(p, q) + cost(r, s) < current:
                        pairs[i], pairs[j] = [p, q], [r, s]
                        improved = True
                        break


def _matching(pairs: list[list[Candidate | None]]) -> Matching:
    matched: list[tuple[Candidate, Candidate]] = []
    left_out: Candidate | None = None
    for a, b in pairs:
        if a is None or b is None:
            left_out = a or b
        else:
            matched.append((a, b) if a.id < b.id else (b, a))
    return Matching(sorted(matched, key=lambda p: p[0].id), left_out)


def shared_purpose(a: Candidate, b: Candidate) -> str | None:
    """The purpose a pair shares; one side's when the other has none; None if they differ."""
    if a.purpose == b.purpose or not (a.purpose and b.purpose):
        return a.purpose or b.purpose
    return None
