"""The practice-buddy pairing rules, pure: costs, history, matching. No database."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.features.buddies import pairing
from bot.features.buddies.pairing import (
    PER_HALF_HOUR,
    PRIORITY_OUT,
    PURPOSE_MISMATCH,
    RECENT_REPEAT,
    REPEAT_LAST,
    Candidate,
    Matching,
    PastPair,
    pair_cost,
    pair_members,
    partner_history,
    shared_purpose,
)

PURPOSES = ("mock-interview", "resume-review", "networking")
ROOT = Path(__file__).resolve().parents[2]


def pairs_of(m: Matching) -> set[tuple[int, int]]:
    return {(a.id, b.id) for a, b in m.pairs}


@pytest.mark.parametrize(
    "path", ["bot/features/buddies/pairing.py", "bot/features/checkins/recurrence.py"]
)
def test_pure_rules_import_no_database(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text())
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            imported.append(node.module or "")
    for name in imported:
        assert not name.startswith(("sqlalchemy", "bot.store")), f"{path} imports {name}"


# --- costs and history -----------------------------------------------------------------


def test_cost_of_sitting_out() -> None:
    ana, bo = Candidate(1), Candidate(2, priority=True)
    assert pair_cost(ana, None, {}, set()) == 0
    assert pair_cost(None, ana, {}, set()) == 0
    assert pair_cost(bo, None, {}, set()) == PRIORITY_OUT
    assert pair_cost(None, bo, {}, set()) == PRIORITY_OUT
    assert pair_cost(None, None, {}, set()) == 0


def test_cost_of_repeats_purpose_and_time_zones() -> None:
    a = Candidate(1, "mock-interview", 0)
    b = Candidate(2, "resume-review", 90)
    assert pair_cost(a, b, {}, set()) == PURPOSE_MISMATCH + 3 * PER_HALF_HOUR
    assert pair_cost(a, b, {1: 2}, set()) == REPEAT_LAST + PURPOSE_MISMATCH + 3
    assert pair_cost(a, b, {2: 1}, set()) == REPEAT_LAST + PURPOSE_MISMATCH + 3
    assert pair_cost(a, b, {}, {frozenset((1, 2))}) == RECENT_REPEAT + PURPOSE_MISMATCH + 3
    # A repeat of last round is not also charged as a recent one.
    assert pair_cost(a, b, {1: 2}, {frozenset((1, 2))}) == REPEAT_LAST + PURPOSE_MISMATCH + 3
    # No purpose on one side is no mismatch; the distance rounds down to half hours.
    assert pair_cost(Candidate(1, None, 0), Candidate(2, "networking", -59), {}, set()) == 1
    assert pair_cost(Candidate(1, "networking", 0), Candidate(2, "networking", 0), {}, set()) == 0


def test_cost_order() -> None:
    # Largest first; a repeat of last round outweighs every smaller cost together (UTC
    # offsets span at most 52 half hours).
    assert PRIORITY_OUT > REPEAT_LAST > PURPOSE_MISMATCH > RECENT_REPEAT > PER_HALF_HOUR
    assert REPEAT_LAST > PURPOSE_MISMATCH + RECENT_REPEAT + 52 * PER_HALF_HOUR


def test_partner_history() -> None:
    past = [PastPair(3, 1, 2), PastPair(3, 3, 4), PastPair(2, 1, 3), PastPair(1, 2, 4)]
    last_partner, recent = partner_history(past, 3)
    assert last_partner == {1: 2, 2: 1, 3: 4, 4: 3}
    assert recent == {frozenset(p) for p in ((1, 2), (3, 4), (1, 3), (2, 4))}
    assert partner_history([], 0) == ({}, set())


def test_shared_purpose() -> None:
    mock, cv, none = "mock-interview", "resume-review", None
    assert shared_purpose(Candidate(1, mock), Candidate(2, mock)) == mock
    assert shared_purpose(Candidate(1, mock), Candidate(2, none)) == mock
    assert shared_purpose(Candidate(1, none), Candidate(2, cv)) == cv
    assert shared_purpose(Candidate(1, none), Candidate(2, none)) is None
    assert shared_purpose(Candidate(1, mock), Candidate(2, cv)) is None


# --- matching --------------------------------------------------------------------------


def test_nobody_and_one() -> None:
    assert pair_members([], {}, set()) == Matching([], None)
    alone = Candidate(7, "networking")
    assert pair_members([alone], {}, set()) == Matching([], alone)


def test_pairs_are_ordered_by_id() -> None:
    m = pair_members([Candidate(i) for i in (9, 4, 2, 7)], {}, set())
    assert all(a.id < b.id for a, b in m.pairs)
    assert [a.id for a, _ in m.pairs] == sorted(a.id for a, _ in m.pairs)


def test_odd_one_out_with_priority_is_paired() -> None:
    people = [Candidate(1), Candidate(2), Candidate(3, priority=True)]
    m = pair_members(people, {}, set())
    assert m.left_out is not None and m.left_out.id != 3
    assert any(3 in (a.id, b.id) for a, b in m.pairs)


def test_no_repeat_of_last_round_when_someone_else_is_free() -> None:
    people = [Candidate(i, "networking", 0) for i in range(4)]
    m = pair_members(people, {0: 1, 1: 0, 2: 3, 3: 2}, set())
    assert pairs_of(m).isdisjoint({(0, 1), (2, 3)})


def test_repeat_only_when_nobody_else_is_there() -> None:
    m = pair_members([Candidate(1), Candidate(2)], {1: 2, 2: 1}, set())
    assert pairs_of(m) == {(1, 2)}


def test_recent_pairs_are_avoided() -> None:
    people = [Candidate(i, "networking", 0) for i in range(4)]
    m = pair_members(people, {}, {frozenset((0, 1)), frozenset((0, 2))})
    assert pairs_of(m) == {(0, 3), (1, 2)}


def test_shared_purpose_and_close_time_zones_are_preferred() -> None:
    people = [
        Candidate(1, "mock-interview", 0),
        Candidate(2, "resume-review", 0),
        Candidate(3, "mock-interview", 540),
        Candidate(4, "resume-review", 540),
    ]
    assert pairs_of(pair_members(people, {}, set())) == {(1, 3), (2, 4)}
    same = [Candidate(i, None, off) for i, off in enumerate([0, 540, 60, 600])]
    assert pairs_of(pair_members(same, {}, set())) == {(0, 2), (1, 3)}


def test_swaps_improve_on_the_greedy_pass() -> None:
    # The greedy pass pairs 0 with 1 (a tie with 2, first wins), leaving 2 and 3 fourteen
    # hours apart (cost 2 + 28); one swap gives 0+2 and 1+3 (cost 2 + 24).
    people = [Candidate(0, None, 0), Candidate(1, None, 60), Candidate(2, None, -60)]
    people.append(Candidate(3, None, 780))
    assert pairs_of(pair_members(people, {}, set())) == {(0, 2), (1, 3)}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*PURPOSES, None]), st.integers(-12, 14), st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.randoms(use_true_random=False),
)
def test_everyone_placed_once_and_no_single_swap_helps(people, rng) -> None:  # type: ignore[no-untyped-def]
    cands = [Candidate(i, p, h * 60, prio) for i, (p, h, prio) in enumerate(people)]
    ids = [c.id for c in cands]
    last: dict[int, int] = {}
    shuffled = ids[:]
    rng.shuffle(shuffled)
    for a, b in zip(shuffled[::2], shuffled[1::2], strict=False):
        last[a], last[b] = b, a
    m = pair_members(cands, last, set())
    placed = [c.id for pair in m.pairs for c in pair] + ([m.left_out.id] if m.left_out else [])
    assert sorted(placed) == ids
    assert (m.left_out is not None) == (len(ids) % 2 == 1)
    # Local optimality: exchanging partners between any two pairs never lowers the cost.
    slots: list[list[Candidate | None]] = [[a, b] for a, b in m.pairs]
    if m.left_out:
        slots.append([m.left_out, None])

    def cost(a: Candidate | None, b: Candidate | None) -> int:
        return pair_cost(a, b, last, set())

    for i in range(len(slots)):
        for j in range(i + 1, len(slots)):
            a, b = slots[i]
            c, d = slots[j]
            current = cost(a, b) + cost(c, d)
            assert cost(a, c) + cost(b, d) >= current
            assert cost(a, d) + cost(b, c) >= current


def test_many_rounds_never_repeat_or_leave_the_same_member_out() -> None:
    for seed in range(50):
        rng = random.Random(seed)
        pool = [Candidate(i, rng.choice([*PURPOSES, None])) for i in range(rng.randint(3, 9))]
        last: dict[int, int] = {}
        recent: set[frozenset[int]] = set()
        left_out: int | None = None
        for _ in range(10):
            cands = [Candidate(c.id, c.purpose, 0, c.id == left_out) for c in pool]
            m = pair_members(cands, last, recent)
            for a, b in m.pairs:
                assert last.get(a.id) != b.id
            if m.left_out is not None:
                assert m.left_out.id != left_out
            last = {}
            for a, b in m.pairs:
                last[a.id], last[b.id] = b.id, a.id
            recent |= {frozenset((a.id, b.id)) for a, b in m.pairs}
            left_out = m.left_out.id if m.left_out else None


def test_module_is_reexported_by_the_package() -> None:
    import bot.features.buddies as buddies

    assert buddies.pair_members is pairing.pair_members
    assert buddies.Candidate is pairing.Candidate
    assert buddies.Matching is pairing.Matching
