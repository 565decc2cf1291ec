#!/usr/bin/env bash
# Starts or stops a PostgreSQL cluster in a directory of our own, from the
# installed server binaries (no Docker). Used by `make test` (a throwaway
# cluster) and `make run` (.data/). Prints the connection URL on start.
#   scripts/pg.sh start DIR PORT [throwaway]     scripts/pg.sh stop DIR
# "throwaway" turns fsync off: for test clusters only, never for data you keep.
set -euo pipefail

cmd=${1:?usage: pg.sh start|stop DIR [PORT]}
dir=${2:?usage: pg.sh start|stop DIR [PORT]}
port=${3:-5432}
durability=""
[ "${4:-}" = throwaway ] && durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"

find_bin() {
  local d
  for d in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "pg.sh: PostgreSQL server binaries not found; installing postgresql with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bin=$(find_bin || true)
  fi
fi
if [ -z "$bin" ]; then
  echo "pg.sh: PostgreSQL server binaries (initdb, pg_ctl, postgres) are not installed; install PostgreSQL 14+ (Debian: apt-get install postgresql)" >&2
  exit 1
fi

# As root, the server must run as an unprivileged user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir" -U gaps --auth=trust -E UTF8 --no-locale >"$dir/../initdb.log" 2>&1 ||
      { cat "$dir/../initdb.log" >&2; exit 1; }
  fi
  if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=300 -c shared_buffers=256MB" start >&2
  fi
  echo "postgres://gaps@127.0.0.1:$port/postgres?sslmode=disable"
  ;;
stop)
  [ -f "$dir/PG_VERSION" ] || exit 0
  as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >&2 || true
  ;;
*)
  echo "usage: pg.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
