#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine: npm packages, Debian's
# chromium and postgresql, and a built Mini App. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's chromium (browser tests) and postgresql (failure tests and benchmarks start their own server).
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's ${need[*]} for the tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "The tests need Debian's ${need[*]}: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

npm run build -w miniapp --silent >/dev/null
