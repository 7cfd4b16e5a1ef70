#!/usr/bin/env bash
# Runs the two benchmarks against a started Liberty with the real EAR, the SES simulator and
# PostgreSQL on 127.0.0.1:5432, and prints each figure next to its baseline from the same run:
#  - SendBenchmarkIT: N messages through POST /api/v1/messages until SENT, vs a plain loop of the
#    same SDK SendEmail calls straight at the simulator (messages/s);
#  - FeedbackBenchmarkIT: signed SNS notifications POSTed to /sns/ses-events until recorded,
#    vs plain JDBC batch inserts of the same rows into the same database (events/s).
# Sizes: -Dbenchmark.messages=1000 -Dbenchmark.events=2000 (pass them after the script name).
set -euo pipefail
cd "$(dirname "$0")"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS sendwell_bench" >/dev/null
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE sendwell_bench" >/dev/null
rm -rf ear/target/liberty/wlp/usr/servers/sendwell
mvn -B -ntp verify -Ddb.type=postgres -Ddb.postgres.url=jdbc:postgresql://127.0.0.1:5432/sendwell_bench \
    -Dbenchmark=true -Dit.test='SendBenchmarkIT,FeedbackBenchmarkIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    "$@" | tee target-benchmark.log | grep -E "BENCHMARK|^  (Sendwell|plain|ratio)|Tests run:|BUILD"
