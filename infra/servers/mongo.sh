# shellcheck shell=bash
# A MongoDB wire-protocol server: a real mongod when one is on PATH, otherwise FerretDB 1.x
# embedded in infra/ferretdb and built from the Go module proxy, storing its data in SQLite or,
# with MONGO_BACKEND=postgresql, in a PostgreSQL server of its own (servers/postgres.sh).
source "$INFRA_DIR/servers/postgres.sh"
FERRETDB_VERSION=$(sed -n 's:.*github.com/FerretDB/FerretDB \(v[0-9.]*\).*:\1:p' "$INFRA_DIR/ferretdb/go.mod" | head -n 1)

mongo_port() { echo "$MONGO_PORT"; }
mongo_port_var() { echo MONGO_PORT; }
mongo_flavour() { if [[ ${CITYMATCH_MONGO:-auto} != ferretdb ]] && command -v mongod >/dev/null 2>&1; then echo mongod; else echo ferretdb; fi; }
mongo_marker() { echo "127.0.0.1:$MONGO_PORT"; }
mongo_backend() {
  case $MONGO_BACKEND in
  sqlite | postgresql) echo "$MONGO_BACKEND" ;;
  *) die "MONGO_BACKEND must be sqlite or postgresql, not '$MONGO_BACKEND'" ;;
  esac
}
# The backend of the FerretDB that is running (from its command line), else the configured one.
mongo_running_backend() {
  local pid
  if pid=$(pid_of mongo); then
    if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- '-handler postgresql'; then echo postgresql; else echo sqlite; fi
  else
    mongo_backend
  fi
}

mongo_fetch() {
  [[ $(mongo_flavour) == mongod ]] && return 0
  mongo_backend >/dev/null # dies here, not in a subshell, on a value it does not know
  MONGO_BIN=$(go_build_tool ferretdb "$INFRA_DIR/ferretdb" .)
  if [[ $(mongo_backend) == postgresql ]]; then postgres_fetch; fi
}

mongo_ready() { port_open "$MONGO_PORT"; }

mongo_start() {
  local data="$DATA/mongo-$(mongo_flavour)"
  mkdir -p "$data"
  if [[ $(mongo_flavour) == mongod ]]; then
    start_bg mongo "$(mongo_marker)" mongod --dbpath "$data" --bind_ip 127.0.0.1 --port "$MONGO_PORT" \
      --replSet rs0 --quiet
    wait_until mongo 60 mongo_ready
    mongosh --quiet --port "$MONGO_PORT" --eval \
      "try { rs.status() } catch (e) { rs.initiate({_id:'rs0',members:[{_id:0,host:'127.0.0.1:$MONGO_PORT'}]}) }" \
      >/dev/null 2>&1 || say "mongod: could not initiate the replica set (mongosh missing?); transactions stay off"
  elif [[ $(mongo_backend) == postgresql ]]; then
    if pid_of postgres >/dev/null && postgres_ready; then
      say "postgres already up on port $PG_PORT: reused"
    else
      if pid=$(pid_of postgres); then kill "$pid" 2>/dev/null || true; sleep 1; fi
      postgres_start
    fi
    start_bg mongo "$(mongo_marker)" "$MONGO_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" \
      -handler postgresql -postgresql-url "$(postgres_url)" -log-level warn
    wait_until mongo 60 mongo_ready
  else
    start_bg mongo "$(mongo_marker)" "$MONGO_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" \
      -handler sqlite -sqlite-url "file:$data/" -log-level warn
    wait_until mongo 60 mongo_ready
  fi
}

# After infra/up reused a running server: say when it runs another backend than the one asked.
mongo_reused() {
  [[ $(mongo_flavour) == mongod ]] && return 0
  local running
  running=$(mongo_running_backend)
  [[ $running == "$(mongo_backend)" ]] ||
    say "mongo: the running FerretDB uses $running, not MONGO_BACKEND=$(mongo_backend); run 'infra/down mongo' first to switch"
}

mongo_version() {
  if [[ $(mongo_flavour) == mongod ]]; then
    mongod --version | head -n 1
  elif [[ $(mongo_running_backend) == postgresql ]]; then
    local pg=down
    pid_of postgres >/dev/null && postgres_ready >/dev/null 2>&1 && pg="up, pid $(pid_of postgres)"
    echo "FerretDB $FERRETDB_VERSION ($(postgres_version) on port $PG_PORT: $pg)"
  else
    echo "FerretDB $FERRETDB_VERSION (SQLite)"
  fi
}
mongo_url() { echo "mongodb://127.0.0.1:$MONGO_PORT"; }
