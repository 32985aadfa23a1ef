# shellcheck shell=bash
# PostgreSQL from Debian's packages, FerretDB's storage when MONGO_BACKEND=postgresql. Not a
# server of its own in ALL_SERVERS: mongo.sh starts it before FerretDB and infra/down stops it
# after. Local to loopback (TCP only, no Unix socket), trust auth, one database `ferretdb`.

postgres_port() { echo "$PG_PORT"; }
postgres_port_var() { echo PG_PORT; }
postgres_marker() { echo "-D $DATA/postgres -p $PG_PORT"; }

# postgres_bin: the newest installed server's bin directory (Debian keeps them out of PATH).
postgres_bin() {
  local dir found=
  for dir in /usr/lib/postgresql/*/bin; do # in version order for any two-digit major versions
    [[ -x $dir/initdb && -x $dir/postgres && -x $dir/pg_isready && -x $dir/psql ]] && found=$dir
  done
  [[ -n $found ]] && { echo "$found"; return 0; }
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  [[ -x $dir/initdb && -x $dir/postgres && -x $dir/pg_isready && -x $dir/psql ]] && echo "$dir"
}

postgres_fetch() {
  PG_BIN=$(postgres_bin) && return 0
  apt_install postgresql
  PG_BIN=$(postgres_bin) || die "postgresql installed but no initdb/postgres found under /usr/lib/postgresql/*/bin"
}

# postgres_as CMD...: run CMD as the non-root owner of the data; PostgreSQL refuses to run as root.
postgres_as() {
  if [[ $(id -u) -eq 0 ]]; then
    id -u postgres >/dev/null 2>&1 || die "running as root and there is no 'postgres' user to run PostgreSQL as (apt-get install -y postgresql creates it)"
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

postgres_ready() { "${PG_BIN:-$(postgres_bin)}/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -d ferretdb -U ferretdb; }

postgres_start() {
  local data="$DATA/postgres"
  if [[ $(id -u) -eq 0 ]]; then
    # The postgres user must be able to reach its data: let it traverse (not list) the state
    # folders, which may be private (mktemp -d).
    chmod a+x "$STATE" "$DATA"
    postgres_as test -x "$DATA" ||
      die "user postgres cannot reach $DATA (a parent folder is private); use a CITYMATCH_STATE it can reach"
  fi
  if [[ ! -f $data/PG_VERSION ]]; then
    rm -rf "$data"
    mkdir -p "$data"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$data"; fi
    chmod 700 "$data"
    # Trust on loopback only: the server listens on 127.0.0.1 and has no Unix socket.
    postgres_as "$PG_BIN/initdb" -D "$data" -U ferretdb -E UTF8 --locale=C \
      --auth-local=reject --auth-host=trust >"$LOGS/postgres-initdb.log" 2>&1 ||
      die "initdb failed; log: $LOGS/postgres-initdb.log"
  fi
  require_port_free postgres "$PG_PORT" PG_PORT
  # synchronous_commit=off: a crash may lose the last few hundred ms of commits, never corrupt
  # the data; these are disposable development and test databases.
  local as=()
  [[ $(id -u) -eq 0 ]] && as=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  start_bg postgres "$(postgres_marker)" "${as[@]}" "$PG_BIN/postgres" -D "$data" -p "$PG_PORT" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c synchronous_commit=off \
    -c max_connections=300
  wait_until postgres 60 postgres_ready_server
  if [[ -z $("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U ferretdb -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'") ]]; then
    "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U ferretdb -d postgres -c 'CREATE DATABASE ferretdb' \
      >>"$LOGS/postgres.log" 2>&1 || die "could not create database ferretdb; log: $LOGS/postgres.log"
  fi
}

# The server answers (any database): used during start-up, before `ferretdb` exists.
postgres_ready_server() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U ferretdb; }

postgres_version() {
  local bin
  bin=$(postgres_bin) && "$bin/postgres" --version | sed -e 's/^postgres (PostgreSQL) /PostgreSQL /' -e 's/ (.*//' || echo "PostgreSQL (not installed)"
}
# pool_max_conns: FerretDB 1.24 holds one connection per statement of an update command until the
# command ends and needs one more for each write, so an update of n statements needs n+1
# connections; past the pool's size (its default is 50) the whole server deadlocks (seen with a
# bulkWrite of 100 updateOne). 250 of PostgreSQL's 300 keeps that out of this project's reach.
postgres_url() { echo "postgres://ferretdb@127.0.0.1:$PG_PORT/ferretdb?pool_max_conns=250"; }
