#!/usr/bin/env bash
# Start a streaming replica of a local primary (scripts/pg-start.sh) on loopback: pg_basebackup -R
# writes standby.signal and primary_conninfo, so the copy follows the primary's WAL read-only.
# Usage: scripts/pg-replica.sh PRIMARY_PORT REPLICA_PORT   (prints the replica's URL;
# stop with scripts/pg-stop.sh REPLICA_PORT)
set -euo pipefail
PRIMARY="${1:?primary port}"
PORT="${2:?replica port}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
DIR="${PGTMP:-/tmp/jixiao-pg-$PORT}"
RUN="su postgres -s /bin/sh -c"
if [ "$(id -u)" != 0 ]; then RUN="sh -c"; fi
rm -rf "$DIR"; mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown postgres "$DIR"
$RUN "PGPASSWORD=postgres $PGBIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY -U postgres -D $DIR/data -R -X stream -c fast >$DIR/basebackup.log 2>&1"
# On a loaded CI machine the standby has died once at start without a trace: show its log, retry once.
start() { $RUN "$PGBIN/pg_ctl -D $DIR/data -l $DIR/server.log -t 120 -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c hot_standby=on' -w start >/dev/null"; }
if ! start; then
  echo "replica on port $PORT did not start; its log:" >&2; tail -n 40 "$DIR/server.log" >&2 || true
  sleep 2; start || { tail -n 40 "$DIR/server.log" >&2 || true; exit 1; }
fi
echo "postgres://postgres:postgres@127.0.0.1:$PORT/postgres"
