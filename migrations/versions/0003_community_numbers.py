"""Per-community numbers and member-linked moderation records.

- `community_counters`: the last number each community gave out per kind of id;
- `posts.number` and `checkin_schedules.number`, unique per community, numbered for
  existing rows in id order (the counters start after them);
- `buddy_pairs`: a member is paired once per round (duplicates a race left are dropped,
  keeping the first);
- `mutes.platform_id` (the muted account) and `mutes.member_id` now `SET NULL`, so a
  mute outlives the member's erased data;
- `audit_log.target_id`: the member an entry is about, by id.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBERED = (("posts", "post"), ("checkin_schedules", "checkin_schedule"))


def upgrade() -> None:
    op.create_table(
        "community_counters",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_community_counters_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("community_id", "name", name=op.f("pk_community_counters")),
    )
    for table, counter in NUMBERED:
        _number(table, counter)
    _unique_buddy_pairs()
    _mutes_by_platform_id()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("target_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_audit_log_target_id_members"),
            "members",
            ["target_id"],
            ["id"],
            ondelete="SET NULL",
        )


def _number(table: str, counter: str) -> None:
    """Add `number`, count existing rows per community in id order, start the counter."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
    op.execute(
        f"UPDATE {table} SET number = ranked.n FROM ("
        f"SELECT id, row_number() OVER (PARTITION BY community_id ORDER BY id) AS n "
        f"FROM {table}) AS ranked WHERE ranked.id = {table}.id"
    )
    op.execute(
        "INSERT INTO community_counters (community_id, name, value) "
        f"SELECT community_id, '{counter}', max(number) FROM {table} GROUP BY community_id"
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column("number", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f(f"uq_{table}_community_id_number"), ["community_id", "number"]
        )


def _unique_buddy_pairs() -> None:
    for side in ("member_a_id", "member_b_id"):
        op.execute(
            f"DELETE FROM buddy_pairs WHERE id NOT IN (SELECT min(id) FROM buddy_pairs "
            f"GROUP BY community_id, round, {side})"
        )
    with op.batch_alter_table("buddy_pairs", schema=None) as batch_op:
        for side in ("member_a_id", "member_b_id"):
            batch_op.create_unique_constraint(
                batch_op.f(f"uq_buddy_pairs_community_id_round_{side}"),
                ["community_id", "round", side],
            )


def _mutes_by_platform_id() -> None:
    with op.batch_alter_table("mutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("platform_id", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE mutes SET platform_id = "
        "(SELECT members.platform_id FROM members WHERE members.id = mutes.member_id)"
    )
    with op.batch_alter_table("mutes", schema=None) as batch_op:
        batch_op.alter_column("platform_id", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("member_id", existing_type=sa.Integer(), nullable=True)
        batch_op.drop_constraint(batch_op.f("fk_mutes_member_id_members"), type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_mutes_member_id_members"),
            "members",
            ["member_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            "ix_mutes_community_platform", ["community_id", "platform_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_audit_log_target_id_members"), type_="foreignkey")
        batch_op.drop_column("target_id")
    # Mutes of erased members have no member to belong to any more.
    op.execute("DELETE FROM mutes WHERE member_id IS NULL")
    with op.batch_alter_table("mutes", schema=None) as batch_op:
        batch_op.drop_index("ix_mutes_community_platform")
        batch_op.drop_constraint(batch_op.f("fk_mutes_member_id_members"), type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_mutes_member_id_members"),
            "members",
            ["member_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.alter_column("member_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("platform_id")
    with op.batch_alter_table("buddy_pairs", schema=None) as batch_op:
        for side in ("member_a_id", "member_b_id"):
            batch_op.drop_constraint(
                batch_op.f(f"uq_buddy_pairs_community_id_round_{side}"), type_="unique"
            )
    for table, _ in NUMBERED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_community_id_number"), type_="unique")
            batch_op.drop_column("number")
    op.drop_table("community_counters")
