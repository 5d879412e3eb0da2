#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it. Lint, unit tests, content check, production build, types,
# then the production stack (nginx front, Observatory, fuzz, budgets) and Playwright (desktop + mobile Chromium)
# against the production server (server.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

started=$(date +%s)
last=$started
# Each step's heading also says how long the one before it took, so a slow step shows in CI's log.
current=''
step() {
  local now
  now=$(date +%s)
  [ -z "$current" ] || printf '\033[2m  (%s: %ss)\033[0m\n' "$current" "$((now - last))"
  current=$1
  last=$now
  printf '\n\033[1m▶ %s\033[0m\n' "$1"
}

step "Chromium"
bash scripts/ensure-chromium.sh

step "Lint (ESLint + Prettier)"
npx eslint --max-warnings 0 .
npx prettier --check . --log-level warn

step "Unit and property tests (Vitest)"
npx vitest run

step "Content check"
npx tsx scripts/check-content.ts

step "Production build"
# The type check that follows covers every file the build compiles, and the route types the build writes
# (.next/types): the build skips its own copy of that check.
BUILD_TYPES_CHECKED=1 bash scripts/build.sh

step "Type check (tsc, with the build's route types)"
npx tsc --noEmit

step "Production stack: nginx front, Observatory grade, HTTP fuzz, budgets"
bash scripts/ensure-nginx.sh
node scripts/integration/run.mjs

step "End-to-end tests (Playwright)"
E2E_SKIP_BUILD=1 npx playwright test

step "Done"
printf '\033[1m✔ All checks passed in %ss\033[0m\n' "$(( $(date +%s) - started ))"
