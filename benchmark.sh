#!/usr/bin/env bash
# Runs the throughput benchmarks (issue 9) and ends with one line:
#   RESULT send_msgs_per_s=.. send_baseline_msgs_per_s=.. accept_p99_ms=.. feedback_events_per_s=..
#          feedback_baseline_tx_rows_per_s=.. feedback_baseline_batch_rows_per_s=.. errors_logged=..
# Setting: Liberty with the real EAR on PostgreSQL (127.0.0.1:5432, database sendwell_bench, made
# afresh), the SES simulator in its own Liberty process (./simulator.sh) answering SendEmail after
# 50 ms and posting every message's events back while Sendwell sends. Each figure is printed next
# to its baseline from the same run (see SendBenchmarkIT, FeedbackBenchmarkIT). Then the same on
# embedded Derby at a smaller size (figures printed, not in the RESULT line).
# Writes target/benchmark/{results.csv,throughput.svg,*-series.csv,*.properties} (Derby: .../derby/).
# Sizes: -Dbenchmark.messages=5000 -Dbenchmark.events=10000 (pass them after the script name).
# Quicker: BENCH_DERBY=0 skips the Derby pass. Profile: BENCH_JFR=/tmp/server.jfr ./benchmark.sh (then: jfr print --events jdk.ExecutionSample ...).
set -euo pipefail
cd "$(dirname "$0")"
OUT="$PWD/target/benchmark"
SIM_PORT=9480
SERVER_LOG=ear/target/liberty/wlp/usr/servers/sendwell/logs/messages.log
rm -rf "$OUT" && mkdir -p "$OUT/derby"

./mvnw -B -ntp -q install -DskipTests -DskipITs "$@"
./simulator.sh start "$SIM_PORT" http://localhost:9080
trap './simulator.sh stop >/dev/null 2>&1 || true' EXIT

# Error lines (level E) of the server's log: concurrency must be handled by design, not by failing.
errors_in_log() { grep -cE '^\[[^]]*\] [0-9a-f]+ [^ ]+ +E ' "$SERVER_LOG" 2>/dev/null || true; }

# BENCH_JFR=<file>: record the server with Java Flight Recorder (profile settings) for the hot spots.
record_server() { # <file or empty>
  [ -n "${1:-}" ] || return 0
  for _ in $(seq 1 180); do
    PID=$(pgrep -f 'ws-server.jar sendwell' | head -1 || true)
    if [ -n "$PID" ]; then
      sleep 5; jcmd "$PID" JFR.start name=bench settings=profile dumponexit=true filename="$1" >/dev/null && return 0
    fi
    sleep 1
  done
}

run_benchmarks() { # <jfr file or ""> <db args...>
  rm -rf ear/target/liberty/wlp/usr/servers/sendwell
  record_server "$1" &
  shift
  ./mvnw -B -ntp verify -pl ear "$@" -Dbenchmark=true -Dses.simulator.url="http://localhost:$SIM_PORT/ses-simulator" \
      -Dliberty.var.sendwell.dispatch.workers=64 \
      -Dit.test='SendBenchmarkIT,FeedbackBenchmarkIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
}

echo "== PostgreSQL"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS sendwell_bench" >/dev/null
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE sendwell_bench" >/dev/null
run_benchmarks "${BENCH_JFR:-}" -Ddb.type=postgres -Ddb.postgres.url=jdbc:postgresql://127.0.0.1:5432/sendwell_bench \
    -Dbenchmark.dir="$OUT" "$@" | tee "$OUT/maven-postgres.log" | grep -E "BENCHMARK|^  |Tests run:|BUILD" || true
ERRORS=$(errors_in_log)
cp "$SERVER_LOG" "$OUT/messages-postgres.log" 2>/dev/null || true

if [ "${BENCH_DERBY:-1}" = 1 ]; then
echo "== Derby (embedded default; 1,000 messages, 2,000 events)"
curl -s -X DELETE "http://localhost:$SIM_PORT/ses-simulator/sim/messages" >/dev/null || true
run_benchmarks "" -Ddb.type=derby -Dbenchmark.messages=1000 -Dbenchmark.events=2000 -Dbenchmark.dir="$OUT/derby" \
    | tee "$OUT/maven-derby.log" | grep -E "BENCHMARK|^  |Tests run:|BUILD" || true
DERBY_ERRORS=$(errors_in_log)
cp "$SERVER_LOG" "$OUT/messages-derby.log" 2>/dev/null || true
java -cp ear/target/test-classes io.sendwell.benchmark.BenchmarkReport "$OUT/derby" "$DERBY_ERRORS" | sed 's/^RESULT/DERBY/'
fi

java -cp ear/target/test-classes io.sendwell.benchmark.BenchmarkReport "$OUT" "$ERRORS"
