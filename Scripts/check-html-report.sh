#!/usr/bin/env bash
# Renders the HTML report of the school-transport corpus in headless Chromium (Debian package
# "chromium"), fails on any console error, and with --screenshot writes docs/html-report.png.
# .ci/run installs Chromium when it is missing and always calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is needed: apt-get install chromium" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift run tenderlint --format html --fail-on never --output "$out/rapport.html" \
  Corpus/skolskjuts-nordanby/upphandlingsdokument.md Corpus/skolskjuts-nordanby/bilaga-1-kravspecifikation.md >/dev/null
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$out/profile")
"$browser" "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom \
  "file://$out/rapport.html" > "$out/dom.html" 2> "$out/console.log" || true
grep -q 'class="finding' "$out/dom.html" || { echo "the report did not render" >&2; exit 1; }
if grep -E 'CONSOLE.*(Uncaught|Error|error)' "$out/console.log"; then
  echo "the report logged errors in the browser console" >&2
  exit 1
fi
echo "HTML report: rendered in $("$browser" --version 2>/dev/null | head -1) without console errors"
if [ "${1:-}" = "--screenshot" ]; then
  "$browser" "${flags[@]}" --window-size=1280,1400 --screenshot="$PWD/docs/html-report.png" "file://$out/rapport.html" 2>/dev/null
  echo "wrote docs/html-report.png"
fi
