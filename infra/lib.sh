# shellcheck shell=bash
# Shared helpers for infra/up, infra/down, infra/status. Sourced, never run.
set -euo pipefail

INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$INFRA_DIR/.." && pwd)

# Downloads and builds: shared by every checkout of this machine, outside git.
CACHE=${CITYMATCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/citymatch}
# Runtime state of this checkout: data, logs, pid files.
STATE=${CITYMATCH_STATE:-$ROOT/.infra}
LOGS=$STATE/logs
PIDS=$STATE/pids
DATA=$STATE/data

KAFKA_PORT=${KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
MONGO_PORT=${MONGO_PORT:-27018}
REDIS_PORT=${REDIS_PORT:-16379}
SMTP_PORT=${SMTP_PORT:-11025}
SMTP_HTTP_PORT=${SMTP_HTTP_PORT:-18025}
PG_PORT=${PG_PORT:-15432}
# FerretDB's storage: sqlite (a directory of files) or postgresql (a PostgreSQL server on PG_PORT).
MONGO_BACKEND=${MONGO_BACKEND:-sqlite}

ALL_SERVERS=(kafka mongo redis smtp)

mkdir -p "$CACHE" "$LOGS" "$PIDS" "$DATA"

# stop_server NAME [SIGNAL]: stop the process infra/up recorded for NAME (SIGNAL, default TERM,
# then KILL after 30 s).
stop_server() {
  local pid
  if pid=$(pid_of "$1"); then
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$1 (pid $pid) did not stop in 30s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    say "$1 stopped (pid $pid)"
  fi
  rm -f "$PIDS/$1.pid"
}

say() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid_of NAME: the pid recorded for NAME when it is still alive and still ours.
pid_of() {
  local file="$PIDS/$1.pid" pid marker
  [[ -f $file ]] || return 1
  read -r pid marker <"$file" || return 1
  [[ -n ${pid:-} && -r /proc/$pid/cmdline ]] || return 1
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  # A process in the middle of its exec (start_bg) reads as an empty command line for a moment.
  if [[ -z $cmdline ]]; then
    sleep 0.2
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  fi
  [[ $cmdline == *"$marker"* ]] || return 1
  echo "$pid"
}

# recorded_pid NAME: the pid in NAME's pid file when that process is alive, without the command
# line check: right after start_bg the pid is ours, whatever its command line reads mid-exec.
recorded_pid() {
  local file="$PIDS/$1.pid" pid
  [[ -f $file ]] || return 1
  read -r pid _ <"$file" || return 1
  [[ -n ${pid:-} ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# require_port_free NAME PORT: fail with the server and port named when another process holds it.
require_port_free() {
  if port_open "$2"; then
    die "$1: port $2 on 127.0.0.1 is already taken by another process; stop it or choose another port (e.g. ${3:-PORT}=<free port> infra/up)"
  fi
}

# start_bg NAME MARKER CMD...: start CMD detached, logging to $LOGS/NAME.log, and record its pid.
# MARKER is a string of its command line that proves a pid is still this server.
start_bg() {
  local name=$1 marker=$2
  shift 2
  : >"$LOGS/$name.log"
  rm -f "$PIDS/$name.pid"
  # The pid is written by the process itself just before it becomes the server (exec): `$!`
  # would name setsid, which forks when it is a process group leader (shells with job control).
  # shellcheck disable=SC2016
  setsid nohup bash -c 'echo "$$ $0" >"$1"; shift; exec "$@"' "$marker" "$PIDS/$name.pid" "$@" \
    >>"$LOGS/$name.log" 2>&1 </dev/null &
  for _ in $(seq 1 100); do [[ -s $PIDS/$name.pid ]] && return 0; sleep 0.05; done
  die "$name did not start (no pid file); log: $LOGS/$name.log"
}

# wait_until NAME SECONDS CHECK...: poll CHECK until it succeeds; on timeout show the log's tail.
wait_until() {
  local name=$1 secs=$2
  shift 2
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    if ! recorded_pid "$name" >/dev/null; then
      tail -n 30 "$LOGS/$name.log" >&2 || true
      die "$name exited during start-up; log: $LOGS/$name.log"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 30 "$LOGS/$name.log" >&2 || true
      die "$name not ready after ${secs}s; log: $LOGS/$name.log"
    fi
    sleep 0.5
  done
}

# need_cmd CMD HINT: fail with what to install when CMD is missing.
need_cmd() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }

# apt_install PKG...: install Debian packages when running as root, otherwise say what to run.
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    die "missing Debian packages: run 'sudo apt-get update && sudo apt-get install -y $*'"
  fi
  say "installing Debian packages: $*"
  if ! { apt-get install -y -qq "$@" || { apt-get update -qq && apt-get install -y -qq "$@"; }; } >"$LOGS/apt.log" 2>&1; then
    tail -n 20 "$LOGS/apt.log" >&2
    die "apt-get install $* failed; log: $LOGS/apt.log"
  fi
}

# publish_dir TMP FINAL: make a finished download or build visible in one rename, so a
# half-finished one is never used (a failed run leaves only *.tmp.* that is swept next time).
publish_dir() {
  rm -rf "$2"
  mv "$1" "$2"
}

sweep_partials() { find "$CACHE" -maxdepth 2 -name '*.tmp.*' -prune -exec rm -rf {} + 2>/dev/null || true; }

# go_build_tool NAME MODULE_DIR PKG [LDFLAGS]: build a Go main package pinned by MODULE_DIR's
# go.mod/go.sum into the cache, keyed by their hash; prints the binary path.
need_go() { need_cmd go "install Go 1.22 or newer (https://go.dev/dl) and put it on PATH"; }

go_build_tool() {
  local name=$1 moddir=$2 pkg=$3 ldflags=${4:-}
  need_go
  local key
  key=$(cat "$moddir"/go.mod "$moddir"/go.sum "$moddir"/*.go 2>/dev/null | sha256sum | cut -c1-12)
  local dir="$CACHE/$name-$key"
  if [[ ! -x $dir/$name ]]; then
    say "building $name (once; cached in $dir)"
    local tmp="$dir.tmp.$$"
    mkdir -p "$tmp"
    if ! (cd "$moddir" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags "$ldflags" -o "$tmp/$name" "$pkg") >"$LOGS/build-$name.log" 2>&1; then
      rm -rf "$tmp"
      tail -n 20 "$LOGS/build-$name.log" >&2
      die "building $name failed; log: $LOGS/build-$name.log"
    fi
    publish_dir "$tmp" "$dir"
    find "$CACHE" -maxdepth 1 -name "$name-*" ! -path "$dir" -exec rm -rf {} + # older pins
  fi
  echo "$dir/$name"
}
