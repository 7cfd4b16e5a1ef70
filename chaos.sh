#!/usr/bin/env bash
# Fault campaign (issue 10), single-server variant: Sendwell on PostgreSQL with the SES simulator in
# its own process (it survives every fault and is the witness of what SES accepted). While
# CHAOS_MESSAGES sends (default 600) come in from 8 clients: kill -9 of the server, restart;
# SES answering 30 % 429 and 5 % 5xx for 15 s; a PostgreSQL restart (CHAOS_PG_RESTART=0 skips it).
# Ends with one line, and exits 1 unless lost, duplicated, stuck and rate_violations are all 0:
#   RESULT servers=1 accepted=.. sent_exactly_once=.. lost=.. duplicated=.. stuck=.. rate_violations=..
# Not covered here (see the issue note): several servers and an external broker.
set -euo pipefail
cd "$(dirname "$0")"
N="${CHAOS_MESSAGES:-600}"
PORT=9080
SIM_PORT=9480
SIM="http://localhost:$SIM_PORT/ses-simulator"
API="http://localhost:$PORT/api/v1"
ADMIN=admin:change-me-now
OUT="$PWD/target/chaos"
WLP=ear/target/liberty/wlp
rm -rf "$OUT" && mkdir -p "$OUT"

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS sendwell_chaos" >/dev/null
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE sendwell_chaos" >/dev/null
./mvnw -B -ntp -q install -DskipTests -DskipITs
./mvnw -B -ntp -q -pl ear test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
./simulator.sh start "$SIM_PORT" "http://localhost:$PORT"
trap '"$WLP/bin/server" stop sendwell >/dev/null 2>&1 || true; ./simulator.sh stop >/dev/null 2>&1 || true' EXIT

rm -rf "$WLP/usr/servers/sendwell"
./mvnw -B -ntp -q -pl ear liberty:create liberty:deploy -Ddb.type=postgres \
    -Ddb.postgres.url=jdbc:postgresql://127.0.0.1:5432/sendwell_chaos -Dses.simulator.url="$SIM" \
    -Dliberty.var.sendwell.dispatch.unknown-outcome-seconds=120 -Dliberty.var.sendwell.dispatch.sweep-seconds=3 \
    -Dliberty.var.sendwell.dispatch.sweep-grace-seconds=5

start_server() {
  "$WLP/bin/server" start sendwell >/dev/null
  for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && return 0; sleep 1; done
  echo "Sendwell did not become ready" >&2; return 1
}
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

start_server
SLUG="chaos-$RANDOM"
TENANT=$(curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d "{\"slug\":\"$SLUG\",\"displayName\":\"Chaos\",\"dailyLimit\":100000}" "$API/tenants" | json id)
DOMAIN="$SLUG.example"
curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d "{\"name\":\"$DOMAIN\"}" "$API/tenants/$TENANT/domains" >/dev/null
curl -sf -X POST "$SIM/sim/identities/$DOMAIN/verify" >/dev/null
for _ in $(seq 1 60); do curl -sf -u "$ADMIN" "$API/tenants/$TENANT/domains" | grep -q VERIFIED && break; sleep 1; done
SENDER="chaos@$DOMAIN"
curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d "{\"address\":\"$SENDER\",\"dailyLimit\":100000}" "$API/tenants/$TENANT/mailboxes" >/dev/null
KEY=$(curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d '{"name":"chaos"}' "$API/tenants/$TENANT/api-keys" | json key)
curl -sf -X PUT "$SIM/sim/account" -d '{"MaxSendRate": 100, "Max24HourSend": 10000000, "SendLatencyMillis": 50}' >/dev/null

# One send as a careful client does it: the same Idempotency-Key until a 202 (or a refusal) comes
# back, so a send that was accepted just before the crash is answered as a replay, not sent twice.
send_one() {
  for _ in $(seq 1 60); do
    reply=$(curl -s -m 20 -w '\n%{http_code}' -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: chaos-$1" \
        -d "{\"from\":\"$SENDER\",\"to\":[\"success+c$1@simulator.amazonses.com\"],\"subject\":\"Chaos $1\",\"text\":\"Hello\"}" \
        "$API/messages" || true)
    case "${reply##*$'\n'}" in
      202) printf '%s\n' "$reply" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'; return 0;;
      4??) return 0;;
    esac
    sleep 1
  done
}
export -f send_one
export KEY SENDER API
send_all() {
  seq 1 "$N" | xargs -P 8 -n 1 bash -c 'send_one "$0"' >> "$OUT/accepted.txt" || true
}
: > "$OUT/accepted.txt"
send_all &
SENDERS=$!

until [ "$(wc -l < "$OUT/accepted.txt")" -ge $((N / 4)) ] || ! kill -0 "$SENDERS" 2>/dev/null; do sleep 0.2; done
echo "== kill -9 of the server after $(wc -l < "$OUT/accepted.txt") accepted"
pkill -9 -f 'ws-server.jar sendwell' || true
sleep 3
start_server
echo "== SES answers 30 % 429 and 5 % 5xx for 15 s"
curl -sf -X PUT "$SIM/sim/account" -d '{"ThrottleRate": 0.3, "ServerErrorRate": 0.05}' >/dev/null
sleep 15
curl -sf -X PUT "$SIM/sim/account" -d '{"ThrottleRate": 0, "ServerErrorRate": 0}' >/dev/null
if [ "${CHAOS_PG_RESTART:-1}" = 1 ] && command -v pg_ctlcluster >/dev/null; then
  echo "== PostgreSQL restart"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart || true
fi
wait "$SENDERS" || true
echo "== $(wc -l < "$OUT/accepted.txt") of $N sends accepted; waiting for the outbox to settle"
java -cp "ear/target/test-classes:$(cat "$OUT/classpath.txt")" io.sendwell.chaos.ChaosCheck \
    "http://localhost:$PORT" "$SIM" "$SENDER" "$OUT/accepted.txt" "${ADMIN#admin:}" 1 300
