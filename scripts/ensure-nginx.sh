#!/usr/bin/env bash
# Makes sure Debian's nginx (and, where packaged, its brotli module) exists for the front integration test
# (integration/front.test.ts): installs it when it can (root + apt-get), otherwise says what to install. Exits 0
# either way; the test itself explains and skips when nginx is still missing.
set -uo pipefail

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "nginx: $(command -v nginx || echo /usr/sbin/nginx)"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "nginx: not found; installing Debian's nginx (apt-get install -y nginx libnginx-mod-http-brotli-filter) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq nginx >/dev/null || true
  apt-get install -y -qq libnginx-mod-http-brotli-filter >/dev/null 2>&1 || echo "nginx: no brotli module packaged; gzip only"
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    echo "nginx: installed"
    exit 0
  fi
fi
cat >&2 <<'MSG'
nginx: not found and could not be installed here; the nginx front test will be SKIPPED.
To run it: as root `apt-get install -y nginx libnginx-mod-http-brotli-filter` (or sudo), then run the tests again.
MSG
exit 0
