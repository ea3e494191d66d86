#!/usr/bin/env bash
# Renders an HTML file (e.g. the report of `ordinal audit --html`) to a PNG with headless chromium
# (Debian: apt-get install chromium).
# Usage: scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
# The page is laid out in a WIDTH x HEIGHT window (default 1280 x 2400) and the window is captured.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT]]" >&2
  exit 2
fi
html="$(realpath "$1")"
out="$(realpath -m "$2")"
width="${3:-1280}"
height="${4:-2400}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "$0: no chromium found; install it with: apt-get install chromium" >&2
  exit 1
fi
# --no-sandbox: chromium refuses to run as root with its sandbox; the page is a local file.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --window-size="$width,$height" --screenshot="$out" "file://$html" 2>/dev/null
echo "wrote $out"
