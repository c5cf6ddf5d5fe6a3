"""Languages.

- `communities.language`, `communities.platform_locale`: `/mod setup language:` and the
  platform's locale of the community (Discord's preferred locale of the guild);
- `members.language`, `members.platform_locale`: `/settings language:` and the locale the
  member's last command arrived with;
- `templates.language`: the language a moderator's template is written in.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("communities", "members"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
            batch_op.add_column(sa.Column("platform_locale", sa.String(length=16), nullable=True))
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.drop_column("language")
    for table in ("members", "communities"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("platform_locale")
            batch_op.drop_column("language")
