#!/usr/bin/env bash
# Runs the SES simulator as its own Liberty server, apart from Sendwell (benchmarks, fault tests).
#   ./simulator.sh start [port] [sendwell-url]   default 9480 and http://localhost:9080
#   ./simulator.sh stop
# Knobs at run time: PUT http://localhost:9480/ses-simulator/sim/account with SendLatencyMillis,
# MaxSendRate, ThrottleRate, ServerErrorRate, ThrottleNextSends (see ses-simulator/README.md).
# Point Sendwell at it with -Dses.simulator.url=http://localhost:<port>/ses-simulator.
set -euo pipefail
cd "$(dirname "$0")"
WLP=ear/target/liberty/wlp
SERVER=$WLP/usr/servers/ses-simulator
case "${1:-}" in
  start)
    PORT="${2:-9480}"
    SENDWELL="${3:-http://localhost:9080}"
    if [ ! -x "$WLP/bin/server" ]; then
      ./mvnw -B -ntp -q -pl ear liberty:create    # unpacks the Liberty runtime from Maven Central
    fi
    WAR=ses-simulator/target/ses-simulator.war
    [ -f "$WAR" ] || ./mvnw -B -ntp -q -pl ses-simulator package -DskipTests
    mkdir -p "$SERVER/apps"
    cp ses-simulator/src/main/liberty/config/server.xml "$SERVER/server.xml"
    cp "$WAR" "$SERVER/apps/ses-simulator.war"
    printf 'sim.http.port=%s\nsendwell.url=%s\n' "$PORT" "$SENDWELL" > "$SERVER/bootstrap.properties"
    "$WLP/bin/server" start ses-simulator
    for _ in $(seq 1 120); do
      curl -sf "http://127.0.0.1:$PORT/ses-simulator/sim/account" >/dev/null && { echo "SES simulator on http://localhost:$PORT/ses-simulator"; exit 0; }
      sleep 1
    done
    echo "SES simulator did not come up; see $SERVER/logs/messages.log" >&2; exit 1;;
  stop)
    [ -x "$WLP/bin/server" ] && "$WLP/bin/server" stop ses-simulator || true;;
  *)
    sed -n '2,8p' "$0"; exit 2;;
esac
