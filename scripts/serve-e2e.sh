#!/usr/bin/env bash
# Playwright's web server: builds unless E2E_SKIP_BUILD=1 (npm test has just built), then the production server (server.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ "${E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f .next/BUILD_ID ]; then
  bash scripts/build.sh
fi
exec node server.mjs -p "${E2E_PORT:-3100}"
