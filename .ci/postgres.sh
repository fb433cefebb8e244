#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite.
#
# Sourced (from .ci/run):
#     . .ci/postgres.sh
#     postgres_start            # exports CATALOG_TEST_POSTGRES_URL (and CATALOG_TEST_PG_DIR)
#     trap postgres_stop EXIT   # stopped even when the tests fail
# Called:
#     .ci/postgres.sh run -- CMD ARGS...   start, run CMD with the variable set, stop; CMD's exit code
#     eval "$(.ci/postgres.sh start)"       prints the export lines
#     .ci/postgres.sh stop [DIR]            DIR defaults to $CATALOG_TEST_PG_DIR
#
# initdb goes into a temporary directory. initdb refuses to run as root, so as root (CI) the
# server runs as the `postgres` user (runuser). It listens on 127.0.0.1 only, on a free port,
# with trust authentication: it is a private server that lives as long as the test run.
# When no initdb is found, postgresql is installed with apt-get.

_pg_log() { echo "postgres.sh: $*" >&2; }

# Find initdb: on PATH, else the newest /usr/lib/postgresql/*/bin (Debian keeps it off PATH).
_pg_bindir() {
    local initdb
    initdb=$(command -v initdb 2>/dev/null) && { dirname "$(readlink -f "$initdb")"; return 0; }
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    return 1
}

_pg_install() {
    _pg_log "initdb not found: installing postgresql with apt-get"
    if [ "$(id -u)" -ne 0 ]; then
        _pg_log "not root: cannot apt-get install postgresql; install it and run again"
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
}

# Run a PostgreSQL program as the server's owner: `postgres` when we are root, else ourselves.
_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_pg_free_port() {
    local py
    py=$(command -v python3 || command -v python) || { echo 54329; return; }
    "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

postgres_start() {
    local bindir
    bindir=$(_pg_bindir) || { _pg_install && bindir=$(_pg_bindir); } || {
        _pg_log "no initdb after installing postgresql"
        return 1
    }
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/catalog-pg.XXXXXX") || return 1
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { _pg_log "no postgres user to run the server as"; rm -rf "$dir"; return 1; }
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    export CATALOG_TEST_PG_DIR="$dir"
    echo "$bindir" >"$dir/bindir"

    if ! _pg_as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        _pg_log "initdb failed:"; cat "$dir/initdb.log" >&2
        postgres_stop; return 1
    fi

    # A free port can be taken between our probe and the server's bind: try a few.
    local port attempt started=""
    for attempt in 1 2 3 4 5; do
        port=$(_pg_free_port)
        if _pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
                -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
                    -c fsync=off -c full_page_writes=off -c max_connections=200" >/dev/null 2>&1; then
            started=1; break
        fi
        _pg_log "start on port $port failed (attempt $attempt)"
    done
    if [ -z "$started" ]; then
        _pg_log "could not start the server:"; tail -n 20 "$dir/server.log" >&2
        postgres_stop; return 1
    fi
    echo "$port" >"$dir/port"

    local db=catalog_test
    if ! _pg_as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"; then
        _pg_log "createdb failed"; postgres_stop; return 1
    fi
    export CATALOG_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/$db"
    _pg_log "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
    _pg_log "CATALOG_TEST_POSTGRES_URL=$CATALOG_TEST_POSTGRES_URL"
}

postgres_stop() {
    local dir="${1:-${CATALOG_TEST_PG_DIR:-}}"
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    case "$dir" in */catalog-pg.*) ;; *) _pg_log "refusing to remove $dir: not ours"; return 1 ;; esac
    if [ -f "$dir/data/postmaster.pid" ]; then
        local bindir
        bindir=$(cat "$dir/bindir" 2>/dev/null || _pg_bindir)
        _pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || _pg_log "pg_ctl stop failed; see $dir/server.log"
    fi
    [ -f "$dir/data/postmaster.pid" ] || rm -rf "$dir"
    if [ "${CATALOG_TEST_PG_DIR:-}" = "$dir" ]; then
        unset CATALOG_TEST_PG_DIR CATALOG_TEST_POSTGRES_URL
    fi
    _pg_log "stopped"
}

# Called rather than sourced: a subcommand.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    case "${1:-}" in
        start)
            postgres_start >&2 || exit 1
            printf 'export CATALOG_TEST_PG_DIR=%q\nexport CATALOG_TEST_POSTGRES_URL=%q\n' \
                "$CATALOG_TEST_PG_DIR" "$CATALOG_TEST_POSTGRES_URL"
            ;;
        stop)
            postgres_stop "${2:-}"
            ;;
        run)
            shift
            [ "${1:-}" = "--" ] && shift
            [ $# -gt 0 ] || { echo "usage: $0 run -- COMMAND [ARGS...]" >&2; exit 2; }
            postgres_start || exit 1
            trap postgres_stop EXIT
            trap 'exit 130' INT TERM
            "$@"
            ;;
        *)
            echo "usage: $0 start | stop [DIR] | run -- COMMAND [ARGS...]" >&2
            exit 2
            ;;
    esac
fi
