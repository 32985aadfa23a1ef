# shellcheck shell=bash
# Mailpit: an SMTP server that captures mail, with a REST API to read it back; built with Go
# from the version pinned in infra/mailpit/go.mod. --enable-chaos lets tests make it answer 4xx/5xx.
MAILPIT_VERSION=$(sed -n 's:.*github.com/axllent/mailpit \(v[0-9.]*\).*:\1:p' "$INFRA_DIR/mailpit/go.mod" | head -n 1)

smtp_port() { echo "$SMTP_PORT"; }
smtp_port_var() { echo SMTP_PORT; }
smtp_marker() { echo "127.0.0.1:$SMTP_PORT"; }

smtp_fetch() {
  MAILPIT_BIN=$(go_build_tool mailpit "$INFRA_DIR/mailpit" github.com/axllent/mailpit \
    "-X github.com/axllent/mailpit/config.Version=$MAILPIT_VERSION")
}

smtp_ready() { port_open "$SMTP_PORT" && curl -fsS "http://127.0.0.1:$SMTP_HTTP_PORT/readyz"; }

smtp_start() {
  require_port_free smtp-http "$SMTP_HTTP_PORT" SMTP_HTTP_PORT
  mkdir -p "$DATA/mailpit"
  start_bg smtp "$(smtp_marker)" "$MAILPIT_BIN" --smtp "127.0.0.1:$SMTP_PORT" \
    --listen "127.0.0.1:$SMTP_HTTP_PORT" --database "$DATA/mailpit/mailpit.db" --max 100000 \
    --disable-version-check --enable-chaos --smtp-disable-rdns
  wait_until smtp 30 smtp_ready
}

smtp_version() { echo "Mailpit $MAILPIT_VERSION"; }
smtp_url() { echo "smtp://127.0.0.1:$SMTP_PORT (API http://127.0.0.1:$SMTP_HTTP_PORT)"; }
