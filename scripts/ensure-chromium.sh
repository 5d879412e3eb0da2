#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright and Lighthouse, and never fetches a browser at test time: it uses
# CHROMIUM_PATH, Debian's /usr/bin/chromium or Playwright's cache, and
# installs Debian's `chromium` package when it can (root + apt-get). Otherwise says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

found=$(node scripts/find-chromium.mjs || true)
if [ -n "$found" ]; then
  echo "chromium: $found"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found; installing Debian's chromium package (apt-get install -y chromium) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  if apt-get install -y -qq chromium >/dev/null; then
    found=$(node scripts/find-chromium.mjs || true)
    if [ -n "$found" ]; then
      echo "chromium: installed $found"
      exit 0
    fi
  fi
  echo "chromium: 'apt-get install -y chromium' did not produce a usable browser." >&2
fi

cat >&2 <<'MSG'
No Chromium found, and it could not be installed automatically.
The end-to-end tests need a Chromium browser. Do one of these, then run the tests again:
  - Debian/Ubuntu, as root:   apt-get install -y chromium
  - Debian/Ubuntu, with sudo: sudo apt-get install -y chromium
  - Any machine with internet access: Playwright's own browser installer (https://playwright.dev/docs/browsers)
  - Or point to an existing Chrome/Chromium: export CHROMIUM_PATH=/path/to/chrome
MSG
exit 1
