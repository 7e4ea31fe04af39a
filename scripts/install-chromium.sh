#!/usr/bin/env bash
# Install Debian's Chromium (used by the e2e tests through Playwright's
# `executable_path`, because Playwright's own browser download is not
# reachable here). Idempotent: does nothing when /usr/bin/chromium exists.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# fonts-liberation gives the headless browser metric-compatible Latin fonts;
# the emoji font is optional (apps use emoji icons), so its failure is not fatal.
$sudo apt-get install -y -q --no-install-recommends chromium fonts-liberation
$sudo apt-get install -y -q --no-install-recommends fonts-noto-color-emoji || true

/usr/bin/chromium --version
