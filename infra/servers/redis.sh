# shellcheck shell=bash
# redis-server from Debian's packages, no persistence (idempotency keys, caches, rate limits).

redis_port() { echo "$REDIS_PORT"; }
redis_port_var() { echo REDIS_PORT; }
redis_marker() { echo "redis-server"; }

redis_fetch() {
  command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 && return 0
  apt_install redis-server
}

redis_ready() { [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; }

redis_start() {
  mkdir -p "$DATA/redis"
  start_bg redis "$(redis_marker)" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" \
    --dir "$DATA/redis" --save '' --appendonly no --protected-mode yes
  wait_until redis 30 redis_ready
}

redis_version() { redis-server --version | sed 's/ sha=.*//'; }
redis_url() { echo "redis://127.0.0.1:$REDIS_PORT"; }
