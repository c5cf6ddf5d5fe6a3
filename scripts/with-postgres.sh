#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL 15 cluster started just for it.
# Exports REBOUND_TEST_PG_URL (postgresql+asyncpg://...) and removes the cluster afterwards.
# The server refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

PGBIN=""
for v in 17 16 15; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PGBIN="/usr/lib/postgresql/$v/bin"; break; fi
done
if [ -z "$PGBIN" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "with-postgres: installing Debian's postgresql package" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  for v in 17 16 15; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PGBIN="/usr/lib/postgresql/$v/bin"; break; fi
  done
fi
if [ -z "$PGBIN" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR=$(mktemp -d /tmp/rebound-pg.XXXXXX)
chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

as_pg "$PGBIN/initdb" -D "$DIR/data" -U rebound --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
  || as_pg "$PGBIN/initdb" -D "$DIR/data" -U rebound --auth=trust -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U rebound rebound

export REBOUND_TEST_PG_URL="postgresql+asyncpg://rebound@127.0.0.1:$PORT/rebound"
echo "with-postgres: PostgreSQL $($PGBIN/postgres --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
set +e
"$@"
status=$?
set -e
exit $status
