#!/usr/bin/env bash
# Regenerate migrations/versions/0001_initial.py from the models.
# Only while Rebound is unreleased: after the first release, add new migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f migrations/versions/0001_initial.py
DATABASE_URL="sqlite:///$tmp/gen.db" .venv/bin/alembic revision --autogenerate -m "initial schema" --rev-id 0001 >/dev/null
mv migrations/versions/0001_initial_schema.py migrations/versions/0001_initial.py
sed -i 's/^Revises: $/Revises:/' migrations/versions/0001_initial.py
.venv/bin/ruff check --fix -q migrations || true
.venv/bin/ruff format -q migrations
rm -rf "$tmp"
echo "regenerated migrations/versions/0001_initial.py"
