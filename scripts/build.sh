#!/usr/bin/env bash
# `npm run build`: the production build, then the search index built from its HTML (Pagefind, into
# public/pagefind/, which `next start` serves). Everything that builds the site calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx next build
npx tsx scripts/build-search-index.ts
