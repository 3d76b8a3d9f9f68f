#!/usr/bin/env bash
# Install what the widget's browser tests need, idempotently:
#   - Debian's chromium (/usr/bin/chromium), driven by the Python playwright package;
#   - axe-core from npm into .cache/axe (the accessibility check injects axe.min.js).
# Never downloads a browser build of its own (no `playwright install`).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
axe_prefix="${PRESSLENS_AXE_PREFIX:-$repo_root/.cache/axe}"

if [ ! -x /usr/bin/chromium ]; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version

if [ ! -f "$axe_prefix/node_modules/axe-core/axe.min.js" ]; then
    mkdir -p "$axe_prefix"
    npm install --silent --no-audit --no-fund --prefix "$axe_prefix" axe-core@4 >/dev/null
fi
echo "axe-core $(node -p "require('$axe_prefix/node_modules/axe-core/package.json').version")"
