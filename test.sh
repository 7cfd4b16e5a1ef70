#!/usr/bin/env bash
# Runs every test: unit tests (surefire) in each module, then integration tests (failsafe)
# against a Liberty server started with the real EAR, the SES simulator and embedded Derby.
set -euo pipefail
cd "$(dirname "$0")"
# A fresh server each run: no data left over from an earlier run.
rm -rf ear/target/liberty/wlp/usr/servers/sendwell
exec ./mvnw -B -ntp install "$@"
