# shellcheck shell=bash
# A MongoDB wire-protocol server: a real mongod when one is on PATH, otherwise FerretDB 1.x
# (SQLite backend) embedded in infra/ferretdb and built from the Go module proxy.
FERRETDB_VERSION=$(sed -n 's:.*github.com/FerretDB/FerretDB \(v[0-9.]*\).*:\1:p' "$INFRA_DIR/ferretdb/go.mod" | head -n 1)

mongo_port() { echo "$MONGO_PORT"; }
mongo_port_var() { echo MONGO_PORT; }
mongo_flavour() { if [[ ${CITYMATCH_MONGO:-auto} != ferretdb ]] && command -v mongod >/dev/null 2>&1; then echo mongod; else echo ferretdb; fi; }
mongo_marker() { echo "127.0.0.1:$MONGO_PORT"; }

mongo_fetch() {
  [[ $(mongo_flavour) == mongod ]] && return 0
  MONGO_BIN=$(go_build_tool ferretdb "$INFRA_DIR/ferretdb" .)
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
  else
    start_bg mongo "$(mongo_marker)" "$MONGO_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" \
      -sqlite-url "file:$data/" -log-level warn
    wait_until mongo 60 mongo_ready
  fi
}

mongo_version() {
  if [[ $(mongo_flavour) == mongod ]]; then mongod --version | head -n 1; else echo "FerretDB $FERRETDB_VERSION (SQLite)"; fi
}
mongo_url() { echo "mongodb://127.0.0.1:$MONGO_PORT"; }
