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

# FerretDB 1.24's SQLite backend finds, updates and deletes by `_id` with the expression
# `sjson->'$._id'`, while the unique `_id` index it creates is on `sjson->"_id"`; SQLite cannot
# match the two, so every lookup by `_id` scans and parses the whole table (an `updateMany` over
# n documents costs n table scans). infra/ferretdb/patches/ writes the lookup as `sjson->'_id'`,
# the same JSON path in the index's form; the later patches send `{_id: {$in}}`, `{_id, ...}` and
# `{flag: true|false}` to SQL through the indexes as well; 0004 stops formatting every SQL
# statement's arguments (whole documents) for a debug log that is off, and 0005 keeps resource
# tracking (a stack capture per document iterator) to debug builds (README, "FerretDB").
# Existing data needs no migration: the indexes are unchanged.
# Sets FERRETDB_MODULE to a module dir like infra/ferretdb whose FerretDB is the patched copy
# (cached by content; not a subshell, so a failure here stops infra/up).
ferretdb_patched_module() {
  need_go
  local moddir="$INFRA_DIR/ferretdb" key upstream
  key=$(cat "$moddir"/go.mod "$moddir"/go.sum "$moddir"/*.go "$moddir"/patches/*.patch | sha256sum | cut -c1-12)
  local dir="$CACHE/patched-ferretdb-module-$key"
  if [[ ! -f $dir/go.mod ]]; then
    upstream=$(cd "$moddir" && go mod download -json github.com/FerretDB/FerretDB |
      sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
    [[ -d $upstream ]] || die "could not download the FerretDB module (go mod download)"
    local tmp="$dir.tmp.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    cp -R "$upstream" "$tmp/upstream" && chmod -R u+w "$tmp/upstream"
    local patch
    for patch in "$moddir"/patches/*.patch; do
      # the ceiling keeps git from treating a repository around the cache as the patch's root
      (cd "$tmp/upstream" && GIT_CEILING_DIRECTORIES="$tmp" git apply -p1 "$patch") ||
        die "could not apply $patch to FerretDB"
    done
    cp "$moddir"/go.mod "$moddir"/go.sum "$moddir"/*.go "$tmp/"
    (cd "$tmp" && go mod edit -replace github.com/FerretDB/FerretDB=./upstream)
    echo "// patches applied: $key" >>"$tmp/go.mod" # a new patch is a new binary in go_build_tool's cache
    publish_dir "$tmp" "$dir"
    find "$CACHE" -maxdepth 1 -name 'patched-ferretdb-module-*' ! -path "$dir" -exec rm -rf {} +
  fi
  FERRETDB_MODULE=$dir
}

mongo_fetch() {
  [[ $(mongo_flavour) == mongod ]] && return 0
  mongo_backend >/dev/null # dies here, not in a subshell, on a value it does not know
  ferretdb_patched_module
  MONGO_BIN=$(go_build_tool ferretdb "$FERRETDB_MODULE" .)
  if [[ $(mongo_backend) == postgresql ]]; then postgres_fetch; fi
}

mongo_ready() { port_open "$MONGO_PORT"; }

# FerretDB decodes every stored document into many small Go values, so its garbage collector ran
# often: at Go's default (GOGC=100) FerretDB took 11.1-11.9 s of CPU per `bench:publish-emails`
# run here, at 400 8.6-9.9 s, with the server's resident memory at ~58 MB. FERRETDB_GOGC
# sets another value (100 is Go's default; `off` is not accepted).
ferretdb_gogc() {
  local gogc=${FERRETDB_GOGC:-400}
  [[ $gogc =~ ^[0-9]+$ ]] || die "FERRETDB_GOGC must be a whole number (percent), not '$gogc'"
  echo "$gogc"
}

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
    start_bg mongo "$(mongo_marker)" env GOGC="$(ferretdb_gogc)" "$MONGO_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" \
      -handler postgresql -postgresql-url "$(postgres_url)" -log-level warn
    wait_until mongo 60 mongo_ready
  else
    # SQLite in WAL mode (FerretDB's choice) with synchronous=normal: a commit survives a crash of
    # FerretDB or of a service, and skips the fsync per commit (concurrent single-document writes
    # measured 2x faster); only a power loss or OS crash may roll back the last commits.
    # FERRETDB_SQLITE_SYNC=full fsyncs every commit.
    local sync=${FERRETDB_SQLITE_SYNC:-normal}
    [[ $sync =~ ^(normal|full|extra)$ ]] || die "FERRETDB_SQLITE_SYNC must be normal, full or extra, not '$sync'"
    start_bg mongo "$(mongo_marker)" env GOGC="$(ferretdb_gogc)" "$MONGO_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" \
      -handler sqlite -sqlite-url "file:$data/?_pragma=synchronous($sync)" -log-level warn
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
