#!/usr/bin/env bash
# The project's one entry point for a fresh Debian machine that has only Swift, used by the
# README's two commands and by .ci/run alike, so the system packages are listed once, here.
#
#   bash Scripts/dev.sh corpus     install what the build needs, lint the bundled corpus with
#                                  the bundled rules (exit 1: error findings, as in the corpus)
#   bash Scripts/dev.sh deps [build|ci]
#                                  only install what is missing: the build's libraries, or
#                                  also what .ci/run's checks need (a browser, LibreOffice,
#                                  a JSON-schema validator)
#
# Packages are installed only when missing (apt-get as root, else through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

# What `swift build` needs: libxml2 for the DOCX/ODT readers and libhunspell with the Swedish
# dictionary for the lexicon, found by pkg-config.
build_packages=(libxml2-dev libhunspell-dev hunspell-sv pkg-config)
# What .ci/run's checks need besides: the SARIF schema validator, headless Chromium for the
# HTML report and the server page, LibreOffice for the annotated copies.
ci_packages=(python3-jsonschema chromium libreoffice-writer-nogui)

missing_packages() {
  local package
  for package in "$@"; do
    case "$package" in
      # Python may already have jsonschema from elsewhere (pip).
      python3-jsonschema) python3 -c "import jsonschema" >/dev/null 2>&1 && continue ;;
    esac
    # Installed, not merely known (a removed package keeps its dpkg record until purged).
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
  done
}

install_missing() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  # apt-get runs through env, so DEBIAN_FRONTEND reaches it (sudo resets the environment).
  local sudo=(env)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo env)
    else
      echo "Missing Debian packages: ${missing[*]}; install them as root: apt-get install ${missing[*]}" >&2
      exit 2
    fi
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

command=${1:-}
case "$command" in
  deps)
    case "${2:-build}" in
      build) install_missing "${build_packages[@]}" ;;
      ci) install_missing "${build_packages[@]}" "${ci_packages[@]}" ;;
      *) echo "usage: $0 deps [build|ci]" >&2; exit 2 ;;
    esac
    ;;
  corpus)
    install_missing "${build_packages[@]}"
    exec swift run tenderlint Corpus
    ;;
  *)
    echo "usage: $0 corpus | deps [build|ci]" >&2
    exit 2
    ;;
esac
