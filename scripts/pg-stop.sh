#!/usr/bin/env bash
set -euo pipefail
PORT="${1:-54329}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
DIR="${PGTMP:-/tmp/jixiao-pg-$PORT}"
RUN="su postgres -s /bin/sh -c"; [ "$(id -u)" != 0 ] && RUN="sh -c"
$RUN "$PGBIN/pg_ctl -D $DIR/data -m fast stop" >/dev/null 2>&1 || true
rm -rf "$DIR"
