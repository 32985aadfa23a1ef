# shellcheck shell=bash
# Apache Kafka 3.9.x, KRaft combined mode, one node, from its Maven Central jars on the JDK.
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$INFRA_DIR/kafka/pom.xml")

kafka_port() { echo "$KAFKA_PORT"; }
kafka_port_var() { echo KAFKA_PORT; }
kafka_marker() { echo "kafka.Kafka $STATE/kafka/server.properties"; }

kafka_fetch() {
  need_cmd java "install a JDK 17 or newer (apt-get install -y openjdk-17-jre-headless)"
  need_cmd mvn "install Maven (apt-get install -y maven)"
  local key
  key=$(sha256sum "$INFRA_DIR/kafka/pom.xml" | cut -c1-12)
  KAFKA_LIBS="$CACHE/kafka-$KAFKA_VERSION-$key/libs"
  [[ -f $KAFKA_LIBS/../.complete ]] && return 0
  say "fetching Kafka $KAFKA_VERSION jars from Maven Central (once; cached in $(dirname "$KAFKA_LIBS"))"
  local tmp="$CACHE/kafka-$KAFKA_VERSION-$key.tmp.$$"
  mkdir -p "$tmp"
  if ! mvn -B -q -f "$INFRA_DIR/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp/libs" >"$LOGS/fetch-kafka.log" 2>&1; then
    rm -rf "$tmp"
    tail -n 20 "$LOGS/fetch-kafka.log" >&2
    die "fetching Kafka jars failed; log: $LOGS/fetch-kafka.log"
  fi
  touch "$tmp/.complete"
  publish_dir "$tmp" "$(dirname "$KAFKA_LIBS")"
}

kafka_ready() { port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOGS/kafka.log"; }

kafka_start() {
  local dir="$STATE/kafka" data="$DATA/kafka"
  mkdir -p "$dir" "$data"
  sed -e "s|@DATA@|$data|" -e "s|@PORT@|$KAFKA_PORT|" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|" \
    "$INFRA_DIR/kafka/server.properties" >"$dir/server.properties"
  local cp="$KAFKA_LIBS/*"
  local log4j="-Dlog4j.configuration=file:$INFRA_DIR/kafka/log4j.properties"
  if [[ ! -f $data/meta.properties ]]; then
    local id
    id=$(java -cp "$cp" "$log4j" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$cp" "$log4j" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" \
      >"$LOGS/kafka-format.log" 2>&1 || die "formatting Kafka storage failed; log: $LOGS/kafka-format.log"
  fi
  require_port_free kafka "$KAFKA_CONTROLLER_PORT" KAFKA_CONTROLLER_PORT
  start_bg kafka "$(kafka_marker)" java -Xms256m -Xmx1G -XX:+UseG1GC -Djava.awt.headless=true \
    "$log4j" -cp "$cp" kafka.Kafka "$dir/server.properties"
  wait_until kafka 120 kafka_ready
}

kafka_version() { echo "Apache Kafka $KAFKA_VERSION (KRaft)"; }
kafka_url() { echo "127.0.0.1:$KAFKA_PORT"; }
