#!/usr/bin/env bash
# `npm run build`: the production build, the CSP hashes of its inline scripts, then the search index built from its HTML (Pagefind, into
# public/pagefind/, which `next start` serves). Everything that builds the site calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# STATIC_PARTS=1: articles' static parts become placeholders that the next step fills (components/static/static-mode.ts);
# a bare `next build` renders them in place instead.
STATIC_PARTS=1 npx next build
# Put each article's static segments into its HTML (lib/mdx/rehype-static-segments.mjs).
npx tsx scripts/static-segments.ts
# Articles start Next.js's scripts on the reader's intent, not while they load (lib/boot/on-intent.ts).
npx tsx scripts/boot-on-intent.ts
# Hash every prerendered page's inline scripts for its Content-Security-Policy (proxy.ts reads the manifest).
npx tsx scripts/csp-manifest.ts
# Compress every prerendered page once (brotli and gzip, named by its ETag) for proxy.ts to send as is.
npx tsx scripts/precompress-pages.ts
npx tsx scripts/build-search-index.ts
