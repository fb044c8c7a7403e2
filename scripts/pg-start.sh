#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 on loopback for tests. Prints the DATABASE_URL to use.
# Usage: scripts/pg-start.sh [PORT]   (stop with scripts/pg-stop.sh)
set -euo pipefail
PORT="${1:-54329}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
DIR="${PGTMP:-/tmp/jixiao-pg-$PORT}"
if [ -f "$DIR/data/postmaster.pid" ] && su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR/data status" >/dev/null 2>&1; then
  echo "postgres://postgres:postgres@127.0.0.1:$PORT/postgres"; exit 0
fi
rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
RUN="su postgres -s /bin/sh -c"
if [ "$(id -u)" != 0 ]; then RUN="sh -c"; fi
$RUN "echo postgres > $DIR/pw && $PGBIN/initdb -D $DIR/data -U postgres --pwfile=$DIR/pw -A md5 -E UTF8 --locale=C.UTF-8 >$DIR/initdb.log 2>&1"
# wal_compression: a save's first touch of a page after a checkpoint writes the whole page to the
# WAL; compressed, the commit flushes about half the bytes (docs/DEPLOY.md recommends the same).
MAJOR="$("$PGBIN/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
WALC=on; [ "$MAJOR" -ge 15 ] && WALC=lz4
$RUN "$PGBIN/pg_ctl -D $DIR/data -l $DIR/server.log -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on -c wal_compression=$WALC' -w start >/dev/null"
echo "postgres://postgres:postgres@127.0.0.1:$PORT/postgres"
