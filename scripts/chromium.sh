#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests
# (playwright-core drives it; it cannot download a browser of its own here).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "chromium.sh: installing Debian's chromium with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq chromium >&2
fi
[ -x /usr/bin/chromium ] || { echo "chromium.sh: /usr/bin/chromium is missing; install Debian's chromium package" >&2; exit 1; }
