#!/usr/bin/env bash
# Opens every annotated corpus document in LibreOffice (Debian package
# "libreoffice-writer-nogui"): each corpus DOCX, Markdown and text file is written as an
# annotated DOCX (with --track-changes), each ODT as an annotated ODT; LibreOffice converts
# every copy to PDF, and to the other format, where the comments it read are counted. A copy
# LibreOffice cannot load, or loads with a comment missing, fails the check.
# .ci/run installs LibreOffice when it is missing and always calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
office=$(command -v soffice || command -v libreoffice || true)
[ -n "$office" ] || { echo "LibreOffice is needed: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build --product tenderlint >/dev/null
tenderlint=$(swift build --show-bin-path)/tenderlint

mkdir -p "$out/docx" "$out/odt"
: > "$out/expected.tsv"
while IFS= read -r file; do
  name=$(echo "${file#Corpus/}" | tr '/.' '__')
  case "$file" in
    *.odt) kind=odt; target="$out/odt/$name.odt"; flags=() ;;
    *) kind=docx; target="$out/docx/$name.docx"; flags=(--track-changes) ;;
  esac
  line=$("$tenderlint" --format "$kind" "${flags[@]}" --fail-on never --output "$target" "$file")
  comments=$(echo "$line" | sed -n 's/.*: \([0-9]*\) kommentar.*/\1/p')
  [ -n "$comments" ] || { echo "no annotated copy of $file: $line" >&2; exit 1; }
  printf '%s\t%s\t%s\n' "$target" "$comments" "$file" >> "$out/expected.tsv"
done < <(find Corpus -type f \( -name '*.docx' -o -name '*.odt' -o -name '*.md' -o -name '*.txt' \) | sort)

# One LibreOffice start per batch; a private profile so a desktop session is not disturbed.
convert() {
  "$office" -env:UserInstallation="file://$out/profile" --headless --convert-to "$1" --outdir "$2" "${@:3}" \
    > "$out/convert.log" 2>&1 || { cat "$out/convert.log" >&2; exit 1; }
}
convert pdf "$out/pdf" "$out"/docx/*.docx "$out"/odt/*.odt
convert odt "$out/from-docx" "$out"/docx/*.docx
convert docx:"MS Word 2007 XML" "$out/from-odt" "$out"/odt/*.odt

python3 - "$out" <<'PY'
import os, re, sys, zipfile
out = sys.argv[1]
failures = 0
rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(out, "expected.tsv"))]
for target, expected, source in rows:
    expected = int(expected)
    stem = os.path.splitext(os.path.basename(target))[0]
    pdf = os.path.join(out, "pdf", stem + ".pdf")
    if not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
        print(f"{source}: LibreOffice could not convert the annotated copy to PDF"); failures += 1; continue
    if target.endswith(".docx"):
        converted = os.path.join(out, "from-docx", stem + ".odt")
        xml = zipfile.ZipFile(converted).read("content.xml").decode()
        found = len(re.findall(r"<office:annotation[ >]", xml))
        ends = len(re.findall(r"<office:annotation-end ", xml))
    else:
        converted = os.path.join(out, "from-odt", stem + ".docx")
        archive = zipfile.ZipFile(converted)
        xml = archive.read("word/comments.xml").decode() if "word/comments.xml" in archive.namelist() else ""
        found = len(re.findall(r"<w:comment ", xml))
        ends = len(re.findall(r"<w:commentRangeEnd ", archive.read("word/document.xml").decode()))
    if found != expected or ends != expected:
        print(f"{source}: LibreOffice read {found} comments ({ends} range ends), the copy has {expected}")
        failures += 1
total = sum(int(row[1]) for row in rows)
if failures:
    sys.exit(f"{failures} annotated copies failed in LibreOffice")
print(f"Annotated copies: {len(rows)} corpus documents opened in LibreOffice, converted to PDF, {total} comments read back")
PY
echo "LibreOffice: $("$office" --version 2>/dev/null | head -1)"
