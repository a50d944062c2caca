#!/usr/bin/env bash
# Generates the DOCX and ODT versions of every Markdown document in Corpus/ with pandoc
# (Debian package "pandoc"). The outputs are committed, so the tests need no pandoc.
# Front matter is left out (it is not linted in Markdown either); smart quotes are off so
# the text stays exactly the Markdown's.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || { echo "pandoc is needed: apt-get install pandoc" >&2; exit 2; }
# Images the Markdown refers to are stood in for by a 1×1 PNG, so pandoc embeds an image
# (as Markdown drops images from the text) instead of writing their description as text.
images=$(mktemp -d)
trap 'rm -rf "$images"' EXIT
python3 - "$images" <<'PY'
import base64, re, sys, glob, os
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
for markdown in glob.glob("Corpus/*/*.md"):
    for name in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", open(markdown, encoding="utf-8").read()):
        if not re.match(r"[a-z]+://", name):
            os.makedirs(os.path.join(sys.argv[1], os.path.dirname(name)), exist_ok=True)
            open(os.path.join(sys.argv[1], name), "wb").write(png)
PY
for markdown in Corpus/*/*.md; do
  base="${markdown%.md}"
  body=$(mktemp)
  awk 'NR == 1 && $0 == "---" { skipping = 1; next } skipping && ($0 == "---" || $0 == "...") { skipping = 0; next } !skipping' \
    "$markdown" > "$body"
  for format in docx odt; do
    pandoc --from markdown-smart --to "$format" --resource-path "$images" --output "$base.$format" "$body"
    echo "wrote $base.$format"
  done
  rm -f "$body"
done
