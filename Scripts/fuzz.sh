#!/usr/bin/env bash
# Fuzzes the readers (text, Markdown, DOCX, ODT, flat ODT, bare document.xml) with libFuzzer
# for a bounded time: Scripts/fuzz.sh [SECONDS] (default 300). Seeds come from the corpus and
# the fixtures; crashes are saved as Fuzz/crash-* and replay with
#   swift run tenderlint-fuzz Fuzz/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
scratch=.build-fuzz
swift build -c release --product tenderlint-fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -parse-as-library
seeds=Fuzz/seeds
work=Fuzz/corpus
mkdir -p "$seeds" "$work"
python3 - "$seeds" <<'PY'
import glob, os, sys
out = sys.argv[1]
kinds = {".txt": 0, ".md": 1, ".docx": 2, ".odt": 3, ".fodt": 4}
files = glob.glob("Corpus/*/*.*") + glob.glob("Tests/Fixtures/*.*")
for path in sorted(files):
    ext = os.path.splitext(path)[1]
    if ext not in kinds:
        continue
    data = open(path, "rb").read()
    name = path.replace("/", "_")
    open(os.path.join(out, name), "wb").write(bytes([kinds[ext]]) + data[:200_000])
import zipfile
with zipfile.ZipFile("Tests/Fixtures/word-style.docx") as archive:
    open(os.path.join(out, "word-style_document.xml"), "wb").write(bytes([5]) + archive.read("word/document.xml"))
PY
export TENDERLINT_RULES="$PWD/Rules"
# Let libFuzzer, not Swift's backtracer, handle a crash, so it saves the input.
export SWIFT_BACKTRACE=enable=no
"$scratch/release/tenderlint-fuzz" "$work" "$seeds" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=300000 \
  -artifact_prefix=Fuzz/ -print_final_stats=1
