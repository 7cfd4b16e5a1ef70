#!/usr/bin/env bash
# Runs Sendwell on its embedded defaults: Derby, the Liberty messaging engine, the offline SES
# simulator and demo data. Stop with Ctrl-C. Pass extra Maven flags after the script name,
# e.g. ./run.sh -Dhttp.port=8080
set -euo pipefail
cd "$(dirname "$0")"
PORT=9080
for arg in "$@"; do case "$arg" in -Dhttp.port=*) PORT="${arg#-Dhttp.port=}";; esac; done

./mvnw -B -ntp -q install -DskipTests -DskipITs "$@"
cat <<INFO

  Sendwell is starting on embedded defaults (Derby, Liberty messaging, SES simulator, demo data).

  Console:   http://localhost:${PORT}/console/   user: admin   password: change-me-now
  REST API:  http://localhost:${PORT}/api/v1/    (HTTP Basic admin:change-me-now, or a tenant's API key)
  OpenAPI:   http://localhost:${PORT}/openapi/ui/
  Health:    http://localhost:${PORT}/health
  Simulator: http://localhost:${PORT}/ses-simulator/sim/messages   (mail "sent" through SES)

  The demo tenant's API key is printed in the log below ("DEMO DATA: ...").
  Change the admin password with SENDWELL_ADMIN_PASSWORD before exposing the server.

INFO
exec ./mvnw -B -ntp -pl ear liberty:run -Ddemo.data=true "$@"
