#!/usr/bin/env bash
# Renders an HTML file (e.g. the report of `ordinal audit --html`) to a PNG with headless chromium
# (Debian: apt-get install chromium).
# Usage: scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH [HEIGHT [OFFSET]]]
# The page is laid out in a WIDTH x HEIGHT window (default 1280 x 2400) and the window is captured.
# With OFFSET, the capture starts OFFSET pixels down the page (to show a later section): the page is
# shown in a frame of a small wrapper page, moved up by OFFSET.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT [OFFSET]]]" >&2
  exit 2
fi
html="$(realpath "$1")"
out="$(realpath -m "$2")"
width="${3:-1280}"
height="${4:-2400}"
offset="${5:-0}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "$0: no chromium found; install it with: apt-get install chromium" >&2
  exit 1
fi
# --no-sandbox: chromium refuses to run as root with its sandbox; the page is a local file.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
page="file://$html"
if [ "$offset" -gt 0 ]; then
  wrapper="$profile/offset.html"
  printf '<!doctype html><html><body style="margin:0;overflow:hidden"><iframe src="%s" scrolling="no" style="border:0;width:%spx;height:%spx;margin-top:-%spx"></iframe></body></html>\n' \
    "$page" "$width" "$((offset + height))" "$offset" > "$wrapper"
  page="file://$wrapper"
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --window-size="$width,$height" --screenshot="$out" "$page" 2>/dev/null
echo "wrote $out"
